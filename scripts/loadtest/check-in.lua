-- wrk script: check-ins through POST /api/v1/events/{id}/check-ins. Every thread is a device at the
-- door: it walks the whole token list once with its own nonces, starting a few people after the
-- previous device, so the devices scan the same people at about the same time. Afterwards each
-- person must be present exactly once. Run with one connection per thread (-tN -cN): a thread stops
-- after the answer to its last check-in, so nothing is left in flight and the latency figures hold
-- check-ins only.
-- Environment: EVENT_ID, TOKEN, TOKENS_FILE (one check-in token per line), DAY; ANSWERS_DIR
-- (optional): each answer saying the person is present is written there as "registration-id day",
-- both read from the answer (checked-in-N.txt). A nonce names the device, the day and the scan, so
-- runs for other days send other nonces, and a run for the same day repeats the same scans.
local event_id = os.getenv("EVENT_ID")
local token = os.getenv("TOKEN")
local day = os.getenv("DAY")
local tokens_file = os.getenv("TOKENS_FILE")
local answers_dir = os.getenv("ANSWERS_DIR")

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

function init(args)
  tokens = {}
  for line in io.lines(tokens_file) do
    if line ~= "" then
      table.insert(tokens, line)
    end
  end
  sent = 0
  answered = 0
  ok = 0
  other = 0
  if answers_dir then
    answers = io.open(answers_dir .. "/checked-in-" .. id .. ".txt", "a")
  end
  wrk.method = "POST"
  wrk.path = "/api/v1/events/" .. event_id .. "/check-ins"
  wrk.headers["Authorization"] = "Bearer " .. token
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  sent = sent + 1
  local index = ((sent + id * 3) % #tokens) + 1
  local body = string.format('{"token":"%s","day":"%s","nonce":"bench-%s-%d-%d"}', tokens[index], day, day, id, sent)
  return wrk.format(nil, nil, nil, body)
end

function response(status, headers, body)
  answered = answered + 1
  if status >= 200 and status < 300 then
    ok = ok + 1
    local registration = string.match(body, '"registrationId":(%d+)')
    local answered_day = string.match(body, '"day":"([%d-]+)"')
    if answers and registration and answered_day and string.find(body, '"present":true', 1, true) then
      answers:write(registration, " ", answered_day, "\n")
      answers:flush()
    end
  else
    other = other + 1
    if other <= 5 then
      io.stderr:write("unexpected answer " .. status .. ": " .. body .. "\n")
    end
  end
  if answered >= #tokens then
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local total_ok, total_other = 0, 0
  for _, thread in ipairs(threads) do
    total_ok = total_ok + thread:get("ok")
    total_other = total_other + thread:get("other")
  end
  io.write(string.format("RESULT check_ins_answered=%d other_answers=%d median_ms=%.2f p90_ms=%.2f p99_ms=%.2f " ..
    "max_ms=%.2f\n", total_ok, total_other, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
