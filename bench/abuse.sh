#!/usr/bin/env bash
# Issue 14 figures, short runs on 127.0.0.1 in Release:
#  1. the load mix (bench/mix.lua: incl. /openapi/v1.json, an unknown id, a misspelled entity), limiter off:
#     requests, p99, unexpected answers, RSS before/after;
#  2. 2,000 requests each with a distinct junk parameter, then 2,000 with distinct valid keys: RSS growth;
#  3. fairness, limiter on and 127.0.0.1 configured as the trusted proxy: a victim's p50 alone, then while
#     another client (another X-Forwarded-For) hammers the most expensive request left (bench/hammer.lua).
#   bash bench/abuse.sh          DURATION=15s, CONNECTIONS=64 by default
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-64}   # the red-team run: CONNECTIONS=256 DURATION=60s
PORT=${PORT:-5094}
URL="http://127.0.0.1:$PORT"
ensure_tool wrk
ensure_tool curl
mkdir -p "$BENCH_OUT"
echo "publishing the API (Release) ..."
[ -n "${NO_PUBLISH:-}" ] || publish src/KzData.Api api

p50() { awk '/^ +50%/ { print $2 }'; }

if [ -z "${ONLY_FAIRNESS:-}" ]; then
# --- 1 and 2: limiter off ---------------------------------------------------------------------------
start_server api "$PORT" RateLimiting__Enabled=false
trap stop_server EXIT
wait_ready "$URL/health"
wrk -t2 -c64 -d3s -s "$BENCH_ROOT/bench/mix.lua" "$URL" >/dev/null
before=$(rss_kb "$SERVER_PID" VmRSS)
echo "== 1. mix, wrk -t2 -c$CONNECTIONS -d$DURATION"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$BENCH_ROOT/bench/mix.lua" "$URL" | grep -E "Requests/sec|^ +99%|^requests|^non-2xx|^socket"
after=$(rss_kb "$SERVER_PID" VmRSS)
echo "RSS before ${before} kB, after ${after} kB, peak $(rss_kb "$SERVER_PID" VmHWM) kB"

echo "== 2. 2,000 distinct junk parameters, then 2,000 distinct valid keys"
junk="$BENCH_OUT/junk.curl"; valid="$BENCH_OUT/valid.curl"
: >"$junk"; : >"$valid"
for i in $(seq 1 2000); do
  echo "url = \"$URL/api/v1/facts?pageSize=200&junk$i=$(printf 'x%.0s' $(seq 1 $((i % 50 + 1))))\"" >>"$junk"
  echo "output = \"/dev/null\"" >>"$junk"
  echo "url = \"$URL/api/v1/facts?pageSize=200&q=$(printf '%%20%.0s' $(seq 1 $((i % 150 + 1))))&page=$((i % 13 + 1))\"" >>"$valid"
  echo "output = \"/dev/null\"" >>"$valid"
done
r0=$(rss_kb "$SERVER_PID" VmRSS)
curl -s -w '%{http_code}\n' --config "$junk" -H "Accept-Encoding: br" | sort | uniq -c | sed 's/^/  junk statuses: /'
r1=$(rss_kb "$SERVER_PID" VmRSS)
curl -s -w '%{http_code}\n' --config "$valid" -H "Accept-Encoding: br" | sort | uniq -c | sed 's/^/  valid statuses: /'
r2=$(rss_kb "$SERVER_PID" VmRSS)
echo "RSS ${r0} kB -> after junk ${r1} kB ($(( (r1 - r0) / 1024 )) MB) -> after distinct valid keys ${r2} kB ($(( (r2 - r1) / 1024 )) MB)"
stop_server
fi

# --- 3: fairness, limiter on, behind a trusted proxy -------------------------------------------------
start_server api "$PORT" ForwardedHeaders__KnownProxies__0=127.0.0.1
trap stop_server EXIT
wait_ready "$URL/health"
# The victim stays inside its own budget: 300 sequential requests (curl, one connection), p50 of their times.
vic="$BENCH_OUT/victim.curl"; : >"$vic"
for _ in $(seq 1 300); do
  echo "url = \"$URL/api/v1/facts/un-general-assembly-abstention\"" >>"$vic"
  echo "output = \"/dev/null\"" >>"$vic"
done
victim() { # prints p50, p99 (ms) and the statuses
  local out
  out=$(curl -s -H "X-Forwarded-For: 198.51.100.7" -w '%{http_code} %{time_total}\n' --config "$vic")
  local statuses times
  statuses=$(echo "$out" | awk '{ print $1 }' | sort | uniq -c | awk '{ printf "%s x%s ", $2, $1 }')
  times=$(echo "$out" | awk '{ printf "%.3f\n", $2 * 1000 }' | sort -n)
  echo "$times" | awk -v st="$statuses" '{ t[NR] = $1 } END { printf "p50 %.2f ms, p99 %.2f ms, statuses %s\n", t[int((NR + 1) / 2)], t[int(NR * 0.99)], st }'
}
victim >/dev/null
echo "== 3. victim alone: $(victim)"
wrk -t1 -c"${HAMMER_CONNECTIONS:-32}" -d12s --latency -s "$BENCH_ROOT/bench/hammer.lua" "$URL" >"$BENCH_OUT/hammer.txt" &
HAMMER=$!
sleep 3
fair_rss=$(rss_kb "$SERVER_PID" VmRSS)
echo "== victim while another client hammers uncached 200-fact Brotli pages (wrk -t1 -c${HAMMER_CONNECTIONS:-32}): $(victim)"
wait $HAMMER
echo "hammer: $(grep -E 'Requests/sec' "$BENCH_OUT/hammer.txt"), $(grep -E 'Non-2xx' "$BENCH_OUT/hammer.txt" || echo 'no non-2xx'); server RSS during the hammer ${fair_rss} kB, peak $(rss_kb "$SERVER_PID" VmHWM) kB"
