-- A mix of KzData endpoints for wrk, with a count of unexpected answers.
-- Two requests are expected to fail: an unknown fact id (404) and a misspelled entity (400). wrk's
-- response() does not say which request an answer belongs to, so each thread counts the requests it sent
-- that should fail and the 404s and 400s it got: more 404s (or 400s) than such requests, or any other
-- status of 400 and above, counts as an error. (A 404 from a known fact is therefore caught, not excused.)
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
  "/openapi/v1.json",
  "/api/v1/facts/no-such-fact",
  "/api/v1/facts?entity=kazakhstn",
  "/health",
}

local expected = {
  ["/api/v1/facts/no-such-fact"] = 404,
  ["/api/v1/facts?entity=kazakhstn"] = 400,
}

function init(args)
  bad = 0
  sent404 = 0
  sent400 = 0
  got404 = 0
  got400 = 0
  counter = 0
end

function request()
  counter = counter + 1
  local path = paths[(counter % #paths) + 1]
  if expected[path] == 404 then sent404 = sent404 + 1 end
  if expected[path] == 400 then sent400 = sent400 + 1 end
  if counter % 3 == 0 then
    return wrk.format("GET", path, { ["Accept-Encoding"] = "br, gzip" })
  end
  return wrk.format("GET", path)
end

function response(status, headers, body)
  if status == 404 then
    got404 = got404 + 1
  elseif status == 400 then
    got400 = got400 + 1
  elseif status >= 400 then
    bad = bad + 1
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("bad")
      + math.max(0, thread:get("got404") - thread:get("sent404"))
      + math.max(0, thread:get("got400") - thread:get("sent400"))
  end
  io.write(string.format("requests: %d\n", summary.requests))
  io.write(string.format("non-2xx/3xx (the expected 404 and 400 excepted): %d\n", total))
  io.write(string.format("socket errors: connect %d, read %d, write %d, timeout %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
  io.write(string.format("status errors reported by wrk: %d\n", summary.errors.status))
  io.write(string.format("p99 latency: %.2f ms\n", latency:percentile(99) / 1000))
end
