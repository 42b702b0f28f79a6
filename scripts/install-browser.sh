#!/usr/bin/env bash
# Installs the browser the end-to-end tests drive: Debian's chromium and chromium-driver.
# Runs from the Maven build when /usr/bin/chromedriver is missing, and from .ci/run.
set -euo pipefail

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "The browser tests need Chromium and ChromeDriver at /usr/bin/chromium and /usr/bin/chromedriver." >&2
  echo "Install them with your system's package manager, or pass -Dchromium.binary=... -Dchromedriver.binary=..." >&2
  exit 1
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo="sudo"
  else
    echo "Installing chromium needs root: run 'apt-get install -y chromium chromium-driver' as root." >&2
    exit 1
  fi
fi

echo "Installing Debian's chromium and chromium-driver for the browser tests..."
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq chromium chromium-driver >/dev/null
echo "Installed: $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
