#!/usr/bin/env bash
# Regenerates src/main/resources/static/geo/countries-europe.json, the country outlines the maps draw,
# from Natural Earth (public domain) as packaged by world-atlas 2.0.2 (ISC). Needs node and npm, at
# development time only: both packages are fetched into a temporary folder, nothing is added to the
# application's build. The output is the same for the same package versions.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
target="$here/../../src/main/resources/static/geo/countries-europe.json"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$work"
npm pack --silent world-atlas@2.0.2 >/dev/null
tar xzf world-atlas-2.0.2.tgz
npm install --silent --no-save --no-package-lock topojson-client@3.1.0 >/dev/null
cp "$here/country-outlines.mjs" .
mkdir -p "$(dirname "$target")"
node country-outlines.mjs package/countries-50m.json "$target"
