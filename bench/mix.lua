-- A mix of KzData endpoints for wrk, with a count of non-2xx/3xx answers.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

local paths = {
  "/api/v1/facts/un-general-assembly-abstention",
  "/api/v1/facts?pageSize=200",
  "/api/v1/facts?q=csto",
  "/api/v1/facts?topic=migration&sort=-date",
  "/api/v1/facts?entity=kazakhstan&entity=russia&page=2&pageSize=20",
  "/api/v1/facts?from=2022-03&to=2022-06",
  "/api/v1/entities?kind=person",
  "/api/v1/entities/kassym-jomart-tokayev",
  "/api/v1/entities/csto/facts",
  "/api/v1/sources",
  "/api/v1/sources/war-revealed-independent-kazakhstan/text",
  "/api/v1/topics",
  "/api/v1/dataset",
  "/api/v1/facts/no-such-fact",
  "/health",
}

function init(args)
  bad = 0
  counter = 0
end

function request()
  counter = counter + 1
  local path = paths[(counter % #paths) + 1]
  if counter % 3 == 0 then
    return wrk.format("GET", path, { ["Accept-Encoding"] = "br, gzip" })
  end
  return wrk.format("GET", path)
end

function response(status, headers, body)
  -- The unknown fact is an expected 404; anything else outside 2xx/3xx counts as an error.
  if status >= 400 and status ~= 404 then
    bad = bad + 1
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("bad")
  end
  io.write(string.format("requests: %d\n", summary.requests))
  io.write(string.format("non-2xx/3xx (404 for the unknown id excepted): %d\n", total))
  io.write(string.format("socket errors: connect %d, read %d, write %d, timeout %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
  io.write(string.format("status errors reported by wrk: %d\n", summary.errors.status))
  io.write(string.format("p99 latency: %.2f ms\n", latency:percentile(99) / 1000))
end
