#!/usr/bin/env bash
# HTTP benchmark: the API against its ceiling, a bare Kestrel app (bench/KzData.Baseline) serving a
# pre-allocated byte array of the same size, measured side by side in one run on 127.0.0.1.
#   bash bench/http.sh                    # 4 alternating rounds of 5 s, best of each
#   DURATION=2s ROUNDS=1 bash bench/http.sh   # a quick smoke run
# Prints req/s and p99 for each case, the ratios against the bars, startup and peak memory ratios.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DURATION=${DURATION:-5s}
ROUNDS=${ROUNDS:-4}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-1}
API_PORT=${API_PORT:-5092}
BASE_PORT=${BASE_PORT:-5093}
STARTS=${STARTS:-5}

ensure_tool wrk
ensure_tool curl
mkdir -p "$BENCH_OUT"
echo "publishing the API and the baseline (Release) ..."
publish src/KzData.Api api
publish bench/KzData.Baseline baseline

# --- startup: process start to first 200, median of $STARTS -------------------------------------
startup_ms() { # NAME PORT URL
  local times=()
  for _ in $(seq 1 "$STARTS"); do
    local t0 t1
    t0=$(date +%s%N)
    start_server "$1" "$2" RateLimiting__Enabled=false
    until curl -sf -o /dev/null "$3"; do sleep 0.005; done
    t1=$(date +%s%N)
    stop_server
    times+=($(( (t1 - t0) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}
echo "measuring startup ($STARTS starts each) ..."
base_start=$(startup_ms baseline "$BASE_PORT" "http://127.0.0.1:$BASE_PORT/bytes/16")
api_start=$(startup_ms api "$API_PORT" "http://127.0.0.1:$API_PORT/api/v1/facts/un-general-assembly-abstention")

# --- throughput ------------------------------------------------------------------------------------
start_server baseline "$BASE_PORT"; BASE_PID=$SERVER_PID
start_server api "$API_PORT" RateLimiting__Enabled=false; API_PID=$SERVER_PID
SERVER_PID=""
trap 'kill $BASE_PID $API_PID 2>/dev/null' EXIT
wait_ready "http://127.0.0.1:$BASE_PORT/health"
wait_ready "http://127.0.0.1:$API_PORT/health"

# run_wrk URL [HEADER]: prints "req/s p99ms"
run_wrk() {
  local args=(-t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency)
  [ -n "${2:-}" ] && args+=(-H "$2")
  wrk "${args[@]}" "$1" | awk '/Requests\/sec/ { rps = $2 } /^ +99%/ { p = $2; if (p ~ /us$/) { sub("us", "", p); p /= 1000 } else if (p ~ /ms$/) { sub("ms", "", p) } else if (p ~ /s$/) { sub("s", "", p); p *= 1000 } } END { printf "%.0f %.2f\n", rps, p }'
}

printf '\n%-28s %9s %12s %9s %12s %9s %7s %6s\n' case bytes "api req/s" "api p99" "base req/s" "base p99" ratio bar
check() { # NAME PATH BAR [HEADER]
  local name=$1 path=$2 bar=$3 header=${4:-}
  local size
  if [ -n "$header" ]; then
    size=$(curl -s -o /dev/null -w '%{size_download}' -H "$header" "http://127.0.0.1:$API_PORT$path")
  else
    size=$(curl -s -o /dev/null -w '%{size_download}' "http://127.0.0.1:$API_PORT$path")
  fi
  # Warm both (JIT, caches) before measuring.
  wrk -t1 -c4 -d1s ${header:+-H "$header"} "http://127.0.0.1:$API_PORT$path" >/dev/null
  wrk -t1 -c4 -d1s "http://127.0.0.1:$BASE_PORT/bytes/$size" >/dev/null
  # Rounds alternate baseline and API, so drift in the machine's speed hits both alike; best of each.
  local base="0 0" api="0 0" r
  for _ in $(seq 1 "$ROUNDS"); do
    r=$(run_wrk "http://127.0.0.1:$BASE_PORT/bytes/$size")
    if [ "${r%% *}" -gt "${base%% *}" ]; then base=$r; fi
    r=$(run_wrk "http://127.0.0.1:$API_PORT$path" "$header")
    if [ "${r%% *}" -gt "${api%% *}" ]; then api=$r; fi
  done
  local ratio
  ratio=$(awk -v a="${api%% *}" -v b="${base%% *}" 'BEGIN { printf "%.2f", a / b }')
  local verdict
  verdict=$(awk -v r="$ratio" -v bar="$bar" 'BEGIN { print (r >= bar ? "ok" : "BELOW") }')
  printf '%-28s %9s %12s %9s %12s %9s %7s %6s %s\n' "$name" "$size" "${api%% *}" "${api##* }ms" "${base%% *}" "${base##* }ms" "$ratio" ">=$bar" "$verdict"
}

check "fact by id" "/api/v1/facts/un-general-assembly-abstention" 0.90
check "page of 200" "/api/v1/facts?pageSize=200" 0.80
check "q=CSTO search" "/api/v1/facts?q=CSTO" 0.50
check "page of 200, br/gzip" "/api/v1/facts?pageSize=200" 0.50 "Accept-Encoding: br, gzip"

# --- exports (issue 16): every fact as CSV in one response, serialised and compressed once like any list ---
check "facts CSV, all rows" "/api/v1/facts?format=csv" 0.80
check "facts CSV, all rows, br/gzip" "/api/v1/facts?format=csv" 0.50 "Accept-Encoding: br, gzip"

api_peak=$(rss_kb "$API_PID" VmHWM)
base_peak=$(rss_kb "$BASE_PID" VmHWM)
echo
awk -v a="$api_start" -v b="$base_start" 'BEGIN { r = a / b; printf "startup to first 200: api %d ms, baseline %d ms, ratio %.2f (bar <= 1.20) %s\n", a, b, r, (r <= 1.2 ? "ok" : "ABOVE") }'
awk -v a="$api_peak" -v b="$base_peak" 'BEGIN { r = a / b; printf "peak memory under load: api %d kB, baseline %d kB, ratio %.2f (bar <= 1.30) %s\n", a, b, r, (r <= 1.3 ? "ok" : "ABOVE") }'
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); wrk -t$THREADS -c$CONNECTIONS -d$DURATION, best of $ROUNDS; $(date -u +%Y-%m-%dT%H:%MZ)"
