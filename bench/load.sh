#!/usr/bin/env bash
# Sustained load: wrk for 30 s with 64 connections against a mix of endpoints of the API on
# 127.0.0.1, in Release. Reports requests, non-2xx/3xx answers (the expected 404 and 400 excepted), socket errors and the server's
# memory at start and end. The rate limiter is switched off for the run (RateLimiting__Enabled=false):
# one client at this rate is exactly what it exists to stop.
#   bash bench/load.sh                 # 30 s x 64 connections
#   DURATION=5s bash bench/load.sh     # a quick smoke run
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
PORT=${PORT:-5091}

ensure_tool wrk
ensure_tool curl
mkdir -p "$BENCH_OUT"
echo "publishing the API (Release) ..."
publish src/KzData.Api api

start_server api "$PORT" RateLimiting__Enabled=false
trap stop_server EXIT
wait_ready "http://127.0.0.1:$PORT/health"

# Warm-up, so the start figure is the server's steady state and not its cold start.
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s "$BENCH_ROOT/bench/mix.lua" "http://127.0.0.1:$PORT" >/dev/null
start_rss=$(rss_kb "$SERVER_PID" VmRSS)

echo "load: $DURATION, $CONNECTIONS connections, $THREADS threads, mixed endpoints"
result=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$BENCH_ROOT/bench/mix.lua" "http://127.0.0.1:$PORT")
end_rss=$(rss_kb "$SERVER_PID" VmRSS)
peak_rss=$(rss_kb "$SERVER_PID" VmHWM)

echo "$result" | grep -E "Requests/sec|Latency +[0-9]" || true
echo "$result" | sed -n '/^requests:/,$p'
echo "server memory: start ${start_rss} kB, end ${end_rss} kB, peak ${peak_rss} kB"
awk -v s="$start_rss" -v e="$end_rss" 'BEGIN { printf "memory growth over the run: %+.1f%%\n", (e - s) * 100 / s }'

bad=$(echo "$result" | awk -F': ' '/^non-2xx/ { print $2 }')
errors=$(echo "$result" | awk '/^socket errors/ { print $4 + $6 + $8 + $10 }' | tr -d ',')
if [ "${bad:-1}" -ne 0 ] || [ "${errors:-1}" -ne 0 ]; then
  echo "FAILED: $bad bad answers, $errors socket errors"
  exit 1
fi
echo "OK: zero errors"
