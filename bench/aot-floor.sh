#!/usr/bin/env bash
# The floor under the AOT startup bar (docs/performance.md, "Native AOT"): process start to the first 200, Native
# AOT, measured side by side in alternating starts (median of ROUNDS, default 11) for
#   hello    bench/floor/HelloAot: start, print a line, exit (to the exit; no server)
#   empty    bench/floor/EmptyHost: WebApplication.CreateEmptyBuilder, Kestrel, routing, one endpoint
#   ceiling  bench/KzData.Baseline: CreateSlimBuilder and two endpoints (bench/http.sh's ceiling)
#   api      the API as eng/publish-aot.sh ships it, GET of a fact (as bench/http.sh)
# Wall and CPU time as bench/http.sh's startup row (first_200 in bench/lib.sh).
#   bash bench/aot-floor.sh            ROUNDS=21 bash bench/aot-floor.sh
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ROUNDS=${ROUNDS:-11}
mkdir -p "$BENCH_OUT"

floor_publish() { # PROJECT NAME [MSBUILD-ARGS ...]
  local project=$1 name=$2; shift 2
  if ! AOT_PROJECT="$BENCH_ROOT/$project" bash "$BENCH_ROOT/eng/publish-aot.sh" --use-current-runtime \
      -p:ServerGarbageCollection=false -o "$BENCH_OUT/$name" "$@" >"$BENCH_OUT/$name.publish.log" 2>&1; then
    tail -n 30 "$BENCH_OUT/$name.publish.log" >&2
    return 1
  fi
}
echo "publishing (Native AOT) ..."
floor_publish bench/floor/HelloAot floor-hello
floor_publish bench/floor/EmptyHost floor-empty
floor_publish bench/KzData.Baseline floor-ceiling
publish_aot floor-api

hello_ms() {
  local t0=$EPOCHREALTIME
  "$BENCH_OUT/floor-hello/HelloAot" >/dev/null
  local t1=$EPOCHREALTIME
  echo "$(( (${t1/./} - ${t0/./}) / 1000 ))"
}

declare -A WALL CPU
for _ in $(seq 1 "$ROUNDS"); do
  WALL[hello]+="$(hello_ms) "
  read -r w c < <(SERVER_EXE=EmptyHost first_200 floor-empty 5091 /health); WALL[empty]+="$w "; CPU[empty]+="$c "
  read -r w c < <(SERVER_EXE=KzData.Baseline first_200 floor-ceiling 5092 /health); WALL[ceiling]+="$w "; CPU[ceiling]+="$c "
  read -r w c < <(first_200 floor-api 5093 /api/v1/facts/un-general-assembly-abstention); WALL[api]+="$w "; CPU[api]+="$c "
done

of() { tr ' ' '\n' <<<"$1" | grep . | median; }
printf 'app\twall ms (median of %s)\tCPU ms (median)\tevery wall time\n' "$ROUNDS"
for app in hello empty ceiling api; do
  printf '%s\t%s\t%s\t%s\n' "$app" "$(of "${WALL[$app]}")" "$( [ -n "${CPU[$app]:-}" ] && of "${CPU[$app]}" || echo -)" "${WALL[$app]}"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
