-- wrk script for bench/profile.sh: one API request type, every connection a closed-loop client.
--   BENCH_NAME    the scenario's name in the printed line
--   BENCH_METHOD  GET (default), POST or PATCH
--   BENCH_PATH    the path; "{q}" becomes a random line of BENCH_TERMS (URL-encoded), "{id}" a random line of BENCH_IDS
--   BENCH_ID_WALK wrk's thread count (-t), optional: then each thread takes the lines of BENCH_IDS in turn from its
--                 own share (thread k: lines k, k+T, k+2T, ..., then again from k) instead of at random, so no two
--                 requests in flight name the same id (two PATCHes of one contact at once: one answers 409)
--   BENCH_BODY    the body (POST, PATCH); "{n}" becomes a number unique to this request in this run, "{p}" seven
--                 digits that vary from request to request (for a valid phone number)
--   BENCH_HEADER  one header "Name: value" sent with every request (the bearer token)
-- Prints: NAME requests=N errors=N throughput=N/s median=Nms p99=Nms (errors: any answer but 2xx, socket errors).
local name = os.getenv("BENCH_NAME") or "scenario"
local method = os.getenv("BENCH_METHOD") or "GET"
local template = os.getenv("BENCH_PATH") or "/"
local body = os.getenv("BENCH_BODY")
local header = os.getenv("BENCH_HEADER")
local terms_file = os.getenv("BENCH_TERMS")
local ids_file = os.getenv("BENCH_IDS")
local id_walk = tonumber(os.getenv("BENCH_ID_WALK") or "")
local threads = {}

function setup(thread)
  thread:set("thread_number", #threads + 1)
  table.insert(threads, thread)
end

local function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function lines(file, encode)
  local list = {}
  if file then
    for line in io.lines(file) do
      if line ~= "" then table.insert(list, encode and urlencode(line) or line) end
    end
  end
  return list
end

function init(args)
  failed = 0
  counter = 0
  stamp = os.time()
  math.randomseed(os.time() * 100 + thread_number)
  terms = lines(terms_file, true)
  ids = lines(ids_file, false)
  position = thread_number
  wrk.headers["Content-Type"] = method == "PATCH" and "application/merge-patch+json" or "application/json"
  if header then
    local key, value = header:match("^([^:]+):%s*(.*)$")
    wrk.headers[key] = value
  end
end

local function next_id()
  if not id_walk or thread_number > #ids then return ids[math.random(#ids)] end
  local id = ids[position]
  position = position + id_walk
  if position > #ids then position = thread_number end
  return id
end

function request()
  local path = template
  if #terms > 0 then path = path:gsub("{q}", function() return terms[math.random(#terms)] end) end
  if #ids > 0 then path = path:gsub("{id}", next_id) end
  local b = nil
  if body then
    counter = counter + 1
    local n = string.format("%d%02d%07d", stamp, thread_number, counter)
    b = body:gsub("{n}", n):gsub("{p}", string.format("%07d", (thread_number * 1000003 + counter) % 10000000))
  end
  return wrk.format(method, path, nil, b)
end

function response(status, headers, body)
  if status < 200 or status > 299 then failed = failed + 1 end
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  for _, thread in ipairs(threads) do errors = errors + thread:get("failed") end
  local seconds = summary.duration / 1e6
  io.write(string.format("%-14s requests=%d errors=%d throughput=%.1f/s median=%.1fms p99=%.1fms\n",
    name, summary.requests, errors, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
