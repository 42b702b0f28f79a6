-- wrk script: registrations through POST /api/v1/events/{id}/registrations, each a new person.
-- Run with as many connections as threads (-tN -cN): each thread then has one request in flight,
-- so the answer in response() belongs to the last request(), and the e-mails answered 201 can be
-- written down for the database check afterwards.
-- Environment: EVENT_ID, TOKEN (an API token), MAX_PER_THREAD (count bound), ANSWERS_DIR;
-- EMAIL_PREFIX (optional, default bench) starts each e-mail, so that two runs on one event differ.
local event_id = os.getenv("EVENT_ID")
local token = os.getenv("TOKEN")
local max_per_thread = tonumber(os.getenv("MAX_PER_THREAD") or "5000")
local answers_dir = os.getenv("ANSWERS_DIR")
local email_prefix = os.getenv("EMAIL_PREFIX") or "bench"
local countries = {"LT", "PL", "DE", "SE", "RS", "LV"}

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

function init(args)
  sent = 0
  created = 0
  other = 0
  last_email = ""
  answers = io.open(answers_dir .. "/registered-" .. id .. ".txt", "w")
  wrk.method = "POST"
  wrk.path = "/api/v1/events/" .. event_id .. "/registrations"
  wrk.headers["Authorization"] = "Bearer " .. token
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  sent = sent + 1
  local n = id .. "-" .. sent
  local country = countries[(sent % #countries) + 1]
  last_email = email_prefix .. "-" .. n .. "@example.org"
  local body = string.format(
    '{"firstName":"Bench%s","lastName":"Person%s","email":"%s","country":"%s","consent":true,"language":"en"}',
    n, n, last_email, country)
  return wrk.format(nil, nil, nil, body)
end

function response(status, headers, body)
  if status == 201 then
    created = created + 1
    answers:write(last_email, "\n")
    answers:flush()
  else
    other = other + 1
    if other <= 5 then
      io.stderr:write("unexpected answer " .. status .. ": " .. body .. "\n")
    end
  end
  if created + other >= max_per_thread then
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local total_created, total_other = 0, 0
  for _, thread in ipairs(threads) do
    total_created = total_created + thread:get("created")
    total_other = total_other + thread:get("other")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT registrations_created=%d other_answers=%d seconds=%.2f per_second=%.1f " ..
    "median_ms=%.2f p99_ms=%.2f\n", total_created, total_other, seconds, total_created / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
