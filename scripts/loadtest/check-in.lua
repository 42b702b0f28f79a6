-- wrk script: check-ins through POST /api/v1/events/{id}/check-ins. Every thread walks the whole
-- token list with its own nonces, so each person is checked in once per thread: like several
-- devices at the door scanning the same people. Afterwards each person must be present exactly once.
-- Environment: EVENT_ID, TOKEN, TOKENS_FILE (one check-in token per line), DAY.
local event_id = os.getenv("EVENT_ID")
local token = os.getenv("TOKEN")
local day = os.getenv("DAY")
local tokens_file = os.getenv("TOKENS_FILE")

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
  wrk.method = "POST"
  wrk.path = "/api/v1/events/" .. event_id .. "/check-ins"
  wrk.headers["Authorization"] = "Bearer " .. token
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  if sent >= #tokens then
    -- The bound is reached: wait for the last answers with requests that change nothing.
    return wrk.format("GET", "/actuator/health", {}, nil)
  end
  sent = sent + 1
  -- Threads start at different places in the list so that they meet on the same people.
  local index = ((sent + id * 7) % #tokens) + 1
  local body = string.format('{"token":"%s","day":"%s","nonce":"bench-%d-%d"}', tokens[index], day, id, sent)
  return wrk.format(nil, nil, nil, body)
end

function response(status, headers, body)
  if string.find(body, '"status":"UP"', 1, true) then
    return
  end
  answered = answered + 1
  if status >= 200 and status < 300 then
    ok = ok + 1
  else
    other = other + 1
    if other <= 3 then
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
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT check_ins_answered=%d other_answers=%d seconds=%.2f per_second=%.1f " ..
    "median_ms=%.2f p90_ms=%.2f p99_ms=%.2f\n", total_ok, total_other, seconds, (total_ok + total_other) / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000))
end
