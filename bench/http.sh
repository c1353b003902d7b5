#!/usr/bin/env bash
# HTTP benchmark: the API, as a JIT (ReadyToRun) build and as Native AOT, against its ceiling, a bare Kestrel app
# (bench/KzData.Baseline) serving a pre-allocated byte array of the same size, measured side by side in one run
# on 127.0.0.1.
#   bash bench/http.sh                        # 4 alternating rounds of 5 s, best of each; 7 starts each
#   DURATION=2s ROUNDS=1 STARTS=3 bash bench/http.sh   # a quick smoke run
#   AOT=0 bash bench/http.sh                  # JIT and ceiling only (no native toolchain needed)
#   AOT_ARGS="" bash bench/http.sh            # the AOT build exactly as eng/publish-aot.sh ships it (portable
#                                             # instruction set) instead of tuned to this machine's CPU
#   NO_PUBLISH=1 bash bench/http.sh           # measure the builds already in artifacts/bench again
# Prints, for JIT and AOT: req/s, p99 and the ratio to the ceiling for each case; startup (process start to the
# first 200, median of STARTS, and the CPU time used by then); memory after touching every endpoint once and
# peak memory under load. Each figure is checked against its bar.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DURATION=${DURATION:-5s}
ROUNDS=${ROUNDS:-4}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-1}
API_PORT=${API_PORT:-5092}
BASE_PORT=${BASE_PORT:-5093}
AOT_PORT=${AOT_PORT:-5094}
STARTS=${STARTS:-7}
AOT=${AOT:-1}
# The benchmark's AOT build may use every instruction the machine has (the shipped one targets any x64).
AOT_ARGS=${AOT_ARGS--p:IlcInstructionSet=native}

ensure_tool wrk
ensure_tool curl
mkdir -p "$BENCH_OUT"
apps=(api)
[ "$AOT" = 1 ] && apps+=(api-aot)
if [ -z "${NO_PUBLISH:-}" ]; then
  echo "publishing the API and the baseline (Release, ReadyToRun) ..."
  publish src/KzData.Api api
  publish bench/KzData.Baseline baseline
  if [ "$AOT" = 1 ]; then
    echo "publishing the API as Native AOT ($(if [ -n "$AOT_ARGS" ]; then echo "$AOT_ARGS"; else echo "as shipped"; fi)) ..."
    # shellcheck disable=SC2086 # AOT_ARGS is a list of arguments
    publish_aot api-aot $AOT_ARGS
  fi
fi
declare -A PORT=([baseline]=$BASE_PORT [api]=$API_PORT [api-aot]=$AOT_PORT)
declare -A LABEL=([baseline]=ceiling [api]=JIT [api-aot]=AOT)

# --- memory after touching every endpoint once (a fresh process each) --------------------------------------------
# Every API endpoint first (the bar), then the explorer's page and Swagger UI (Swagger UI's SHA-1 ETags load
# OpenSSL: a few MB more). The fact for the by-id case: the one earlier runs used while it exists (same size,
# comparable), else the first fact.
FACT_ID=${FACT_ID:-un-general-assembly-abstention}
declare -A TOUCHED_KB SITE_KB
for app in "${apps[@]}"; do
  start_server "$app" "${PORT[$app]}" RateLimiting__Enabled=false
  wait_ready "http://127.0.0.1:${PORT[$app]}/health"
  touch_api "${PORT[$app]}" || { echo "$app: an endpoint did not answer 200" >&2; exit 1; }
  if ! curl -sf -o /dev/null "http://127.0.0.1:${PORT[$app]}/api/v1/facts/$FACT_ID"; then
    FACT_ID=$(first_id "http://127.0.0.1:${PORT[$app]}/api/v1/facts?pageSize=1")
  fi
  sleep 1
  TOUCHED_KB[$app]=$(rss_kb "$SERVER_PID" VmRSS)
  touch_site "${PORT[$app]}" || { echo "$app: a page did not answer 200" >&2; exit 1; }
  sleep 1
  SITE_KB[$app]=$(rss_kb "$SERVER_PID" VmRSS)
  stop_server
done
FACT_PATH="/api/v1/facts/$FACT_ID"

# --- startup: process start to first 200, median of $STARTS; the apps alternate so drift hits all alike ----------
echo "measuring startup ($STARTS starts each, first 200 of $FACT_PATH; the ceiling's of /bytes/16) ..."
declare -A WALLS CPUS
for _ in $(seq 1 "$STARTS"); do
  for app in baseline "${apps[@]}"; do
    path=$FACT_PATH; [ "$app" = baseline ] && path=/bytes/16
    read -r wall cpu < <(first_200 "$app" "${PORT[$app]}" "$path" RateLimiting__Enabled=false) || true
    [ -n "${wall:-}" ] || { echo "$app: no first 200" >&2; exit 1; }
    WALLS[$app]="${WALLS[$app]:-} $wall"
    CPUS[$app]="${CPUS[$app]:-} $cpu"
  done
done
declare -A START_MS START_CPU
for app in baseline "${apps[@]}"; do
  START_MS[$app]=$(printf '%s\n' ${WALLS[$app]} | median)
  START_CPU[$app]=$(printf '%s\n' ${CPUS[$app]} | median)
done

# --- throughput ------------------------------------------------------------------------------------------------------
declare -A PID
pids=()
for app in baseline "${apps[@]}"; do
  extra=(); [ "$app" = baseline ] || extra=(RateLimiting__Enabled=false)
  start_server "$app" "${PORT[$app]}" "${extra[@]}"
  PID[$app]=$SERVER_PID
  pids+=("$SERVER_PID")
done
SERVER_PID=""
trap 'kill ${pids[*]} 2>/dev/null' EXIT
for app in baseline "${apps[@]}"; do
  wait_ready "http://127.0.0.1:${PORT[$app]}/health"
done

# run_wrk URL [HEADER]: prints "req/s p99ms"
run_wrk() {
  local args=(-t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency)
  [ -n "${2:-}" ] && args+=(-H "$2")
  wrk "${args[@]}" "$1" | awk '/Requests\/sec/ { rps = $2 } /^ +99%/ { p = $2; if (p ~ /us$/) { sub("us", "", p); p /= 1000 } else if (p ~ /ms$/) { sub("ms", "", p) } else if (p ~ /s$/) { sub("s", "", p); p *= 1000 } } END { printf "%.0f %.2f\n", rps, p }'
}

missed=0
judge() { # VALUE BAR ge|le: sets VERDICT (ok, BELOW or ABOVE) and counts a missed bar
  if awk -v v="$1" -v b="$2" -v op="$3" 'BEGIN { exit !((op == "ge") ? v >= b : v <= b) }'; then
    VERDICT=ok
  else
    missed=$((missed + 1))
    if [ "$3" = ge ]; then VERDICT=BELOW; else VERDICT=ABOVE; fi
  fi
}

header=$(printf '%-22s %8s %10s %8s' case bytes "ceil req/s" "ceil p99")
for app in "${apps[@]}"; do
  header+=$(printf ' %11s %9s %6s' "${LABEL[$app]} req/s" "${LABEL[$app]} p99" ratio)
done
printf '\n%s %5s\n' "$header" bar

check() { # NAME PATH BAR [HEADER]
  local name=$1 path=$2 bar=$3 header=${4:-}
  local size app r
  size=$(curl -s -o /dev/null -w '%{size_download}' ${header:+-H "$header"} "http://127.0.0.1:$API_PORT$path")
  # Warm everything (JIT, caches) before measuring.
  wrk -t1 -c4 -d1s "http://127.0.0.1:$BASE_PORT/bytes/$size" >/dev/null
  for app in "${apps[@]}"; do
    wrk -t1 -c4 -d1s ${header:+-H "$header"} "http://127.0.0.1:${PORT[$app]}$path" >/dev/null
  done
  # Rounds alternate ceiling, JIT and AOT, so drift in the machine's speed hits all alike; best of each.
  declare -A best=([baseline]="0 0" [api]="0 0" [api-aot]="0 0")
  for _ in $(seq 1 "$ROUNDS"); do
    r=$(run_wrk "http://127.0.0.1:$BASE_PORT/bytes/$size")
    if [ "${r%% *}" -gt "${best[baseline]%% *}" ]; then best[baseline]=$r; fi
    for app in "${apps[@]}"; do
      r=$(run_wrk "http://127.0.0.1:${PORT[$app]}$path" "$header")
      if [ "${r%% *}" -gt "${best[$app]%% *}" ]; then best[$app]=$r; fi
    done
  done
  local line verdicts="" ratio
  line=$(printf '%-22s %8s %10s %8s' "$name" "$size" "${best[baseline]%% *}" "${best[baseline]##* }ms")
  for app in "${apps[@]}"; do
    ratio=$(awk -v a="${best[$app]%% *}" -v b="${best[baseline]%% *}" 'BEGIN { printf "%.2f", a / b }')
    line+=$(printf ' %11s %9s %6s' "${best[$app]%% *}" "${best[$app]##* }ms" "$ratio")
    judge "$ratio" "$bar" ge
    verdicts+=" ${LABEL[$app]} $VERDICT"
  done
  printf '%s %5s%s\n' "$line" ">=$bar" "$verdicts"
}

check "fact by id" "$FACT_PATH" 0.90
check "page of 200" "/api/v1/facts?pageSize=200" 0.80
check "q=CSTO search" "/api/v1/facts?q=CSTO" 0.50
check "page of 200, br/gzip" "/api/v1/facts?pageSize=200" 0.50 "Accept-Encoding: br, gzip"

# --- exports (issue 16): every fact as CSV in one response, serialised and compressed once like any list ---
check "facts CSV, all rows" "/api/v1/facts?format=csv" 0.80
check "facts CSV, all rows, br/gzip" "/api/v1/facts?format=csv" 0.50 "Accept-Encoding: br, gzip"

declare -A PEAK_KB
for app in baseline "${apps[@]}"; do
  PEAK_KB[$app]=$(rss_kb "${PID[$app]}" VmHWM)
done

echo
printf '%-44s %10s %10s %10s\n' "" ceiling JIT AOT
row() { # LABEL FORMAT ARRAY-NAME
  local -n values=$3
  printf '%-44s' "$1"
  for app in baseline api api-aot; do
    if [ -n "${values[$app]:-}" ]; then printf " %10s" "$(printf "$2" "${values[$app]}")"; else printf ' %10s' -; fi
  done
  echo
}
row "startup, process start to first 200 (ms)" '%d' START_MS
row "  CPU time used by then (ms)" '%d' START_CPU
row "memory after every API endpoint once (kB)" '%d' TOUCHED_KB
row "  and after the explorer and Swagger UI (kB)" '%d' SITE_KB
row "peak memory under load, VmHWM (kB)" '%d' PEAK_KB
echo

r=$(awk -v a="${START_MS[api]}" -v b="${START_MS[baseline]}" 'BEGIN { printf "%.2f", a / b }')
judge "$r" 1.20 le
echo "JIT startup ratio to the ceiling: $r (bar <= 1.20) $VERDICT"
r=$(awk -v a="${PEAK_KB[api]}" -v b="${PEAK_KB[baseline]}" 'BEGIN { printf "%.2f", a / b }')
judge "$r" 1.30 le
echo "JIT peak memory ratio to the ceiling: $r (bar <= 1.30) $VERDICT"
if [ "$AOT" = 1 ]; then
  judge "${START_MS[api-aot]}" 50 le
  echo "AOT startup: ${START_MS[api-aot]} ms (bar <= 50 ms) $VERDICT"
  judge "${TOUCHED_KB[api-aot]}" 40960 le
  echo "AOT memory after every API endpoint once: $(awk -v k="${TOUCHED_KB[api-aot]}" 'BEGIN { printf "%.1f", k / 1024 }') MB (bar <= 40 MB) $VERDICT"
fi
echo "bars missed: $missed"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg) at the end; wrk -t$THREADS -c$CONNECTIONS -d$DURATION, best of $ROUNDS; $(date -u +%Y-%m-%dT%H:%MZ)"
