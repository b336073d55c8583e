-- wrk script for bench/run.sh: one scenario, every connection a closed-loop client.
--   BENCH_NAME    the scenario's name in the printed line
--   BENCH_PATH    the path to request; "{q}" in it is replaced by a random line of BENCH_TERMS, URL-encoded
--   BENCH_HEADER  one header "Name: value" sent with every request (a bearer token or a session cookie)
--   BENCH_TERMS   a file of search terms, one a line
-- Prints: NAME requests=N errors=N throughput=N/s median=Nms p99=Nms (errors: any answer but 200, and socket
-- errors and timeouts; a signed-out UI request is redirected to /login and counts as an error).

local name = os.getenv("BENCH_NAME") or "scenario"
local template = os.getenv("BENCH_PATH") or "/"
local header = os.getenv("BENCH_HEADER")
local terms_file = os.getenv("BENCH_TERMS")

local threads = {}

function setup(thread)
  thread:set("thread_number", #threads + 1)
  table.insert(threads, thread)
end

local function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local terms = {}

function init(args)
  non_200 = 0
  math.randomseed(os.time() * 100 + thread_number)
  if terms_file then
    for line in io.lines(terms_file) do
      if line ~= "" then table.insert(terms, urlencode(line)) end
    end
  end
  if header then
    local key, value = header:match("^([^:]+):%s*(.*)$")
    wrk.headers[key] = value
  end
end

local before, after = template:match("^(.-){q}(.*)$")

function request()
  if before and #terms > 0 then
    return wrk.format("GET", before .. terms[math.random(#terms)] .. after)
  end
  return wrk.format("GET", template)
end

function response(status, headers, body)
  if status ~= 200 then non_200 = non_200 + 1 end
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  for _, thread in ipairs(threads) do errors = errors + thread:get("non_200") end
  local seconds = summary.duration / 1e6
  io.write(string.format("%-14s requests=%d errors=%d throughput=%.1f/s median=%.1fms p99=%.1fms\n",
    name, summary.requests, errors, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
