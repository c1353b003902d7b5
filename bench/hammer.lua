-- The most expensive request left for one client: a 200-fact page under a key never asked before (so it is
-- built, serialised and Brotli-compressed), sent as client 198.51.100.66 through the trusted proxy.
local counter = 0
local id = 0

function init(args)
  id = tonumber(args[1] or "0")
end

function request()
  counter = counter + 1
  -- Whitespace-only q matches everything; each count of spaces (and page size) is a new cache key.
  local spaces = string.rep("%20", (counter % 150) + 1)
  local size = 100 + ((counter + id * 37) % 100)
  return wrk.format("GET", "/api/v1/facts?pageSize=" .. size .. "&q=" .. spaces,
    { ["Accept-Encoding"] = "br", ["X-Forwarded-For"] = "198.51.100.66" })
end
