# Shared by the start-up and signed-in page benchmarks (sourced, not run): signs in as the demo
# coordinator through the sign-in form (with its CSRF token) and lists the main staff pages of the
# demo data, and finds a free port. The caller sets BASE and WORK first.

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

DEMO_COORDINATOR=coordinator@example.org
DEMO_PASSWORD=Demo-Daugavpils-2018

# Signs in as the demo coordinator; the session cookie is in ${COOKIES}. Fails when the sign-in
# does not lead to a signed-in page.
sign_in() {
  COOKIES="${WORK}/cookies.txt"
  rm -f "$COOKIES"
  local form token
  form=$(curl -fsS -c "$COOKIES" -b "$COOKIES" "${BASE}/sign-in")
  token=$(printf '%s' "$form" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="\([^"]*\)"/\1/')
  if [ -z "$token" ]; then
    token=$(printf '%s' "$form" | grep -o 'value="[^"]*"[^>]*name="_csrf"' | head -1 | sed 's/value="\([^"]*\)".*/\1/')
  fi
  curl -fsS -o /dev/null -c "$COOKIES" -b "$COOKIES" \
    --data-urlencode "email=${DEMO_COORDINATOR}" --data-urlencode "password=${DEMO_PASSWORD}" \
    --data-urlencode "_csrf=${token}" "${BASE}/sign-in"
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' -b "$COOKIES" "${BASE}/projects")
  if [ "$status" != 200 ]; then
    echo "Signing in as ${DEMO_COORDINATOR} failed (GET /projects answered ${status})." >&2
    return 1
  fi
}

# Sets PAGES: "name path" lines of the main staff pages of the demo, found through the API with the
# session (TTChan: the project with an event in Daugavpils and its grant panel).
staff_pages() {
  local project event organisation
  local projects
  projects=$(curl -fsS -b "$COOKIES" "${BASE}/api/v1/projects?size=50")
  project=$(printf '%s' "$projects" | jq -r '.items[] | select(.acronym == "TTChan") | .id' | head -1)
  organisation=$(printf '%s' "$projects" | jq -r '.items[] | select(.acronym == "TTChan") | .lead.id // empty' | head -1)
  event=$(curl -fsS -b "$COOKIES" "${BASE}/api/v1/projects/${project}/events" | jq -r '.items[0].id')
  PAGES="desk /
projects /projects
project /projects/${project}
grant-panel /projects/${project}/grant-panel
report /projects/${project}/report
event /events/${event}
registration /events/${event}/registration
statistics /events/${event}/statistics
lists /events/${event}/lists
news /news
dashboards /dashboards
organisations /organisations${organisation:+/${organisation}}"
}

# get PATH: fetches PATH with the session; prints status and seconds.
get_page() {
  curl -s -o /dev/null -b "$COOKIES" -w '%{http_code} %{time_total}\n' "${BASE}$1"
}
