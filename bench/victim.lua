-- An ordinary client (198.51.100.7, through the trusted proxy) reading one fact.
function request()
  return wrk.format("GET", "/api/v1/facts/un-general-assembly-abstention", { ["X-Forwarded-For"] = "198.51.100.7" })
end
