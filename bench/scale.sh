#!/usr/bin/env bash
# Scale bars (docs/performance.md, "Scale"): synthetic datasets of N facts (SyntheticDataset, seed text scaled with
# the facts), and for each: the generator driver (parse, validate, emit, Roslyn parse; median of 3 warm runs and the
# bytes one run allocates), a full `dotnet build src/KzData` over it, and the first access to Dataset.Facts in a
# JIT console consumer (bench/KzData.FirstAccess, Release; median of 3 fresh processes); then the API's startup
# (process start to the first 200 of a fact list, JIT with ReadyToRun as bench/http.sh publishes it) over the real
# dataset and over each of API_SIZES (default 10000), alternating, median of STARTS (default 7).
#   bash bench/scale.sh [N ...]     default: 1000 10000 50000 100000
#   API_SIZES="" bash bench/scale.sh 1000   skips the API stage
# Output: artifacts/scale/ (datasets, build logs, results.tsv). Noisy on a shared machine: compare within one run.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
OUT="$BENCH_ROOT/artifacts/scale"
SIZES=("${@:-1000 10000 50000 100000}")
read -r -a SIZES <<<"${SIZES[*]}"
mkdir -p "$OUT"
RESULTS="$OUT/results.tsv"

dotnet build "$BENCH_ROOT/bench/KzData.Benchmarks" -c Release >/dev/null
BENCH_DLL="$BENCH_ROOT/bench/KzData.Benchmarks/bin/Release/net10.0/KzData.Benchmarks.dll"

echo "== generator driver ==" | tee "$RESULTS"
dotnet "$BENCH_DLL" driver "${SIZES[@]}" | tee -a "$RESULTS"

seconds() { echo "$2 - $1" | bc; }

echo "== build and first access ==" | tee -a "$RESULTS"
printf 'facts\tbuild rc\tbuild s (cold, incl. restore)\tedit build s (facts.yaml touched)\tKzData.dll KB\tfirst access (median of 3)\n' | tee -a "$RESULTS"
for n in "${SIZES[@]}"; do
  data="$OUT/data-$n"
  rm -rf "$data" && dotnet "$BENCH_DLL" synthetic "$n" "$data"
  art="$OUT/artifacts-$n"
  rm -rf "$art"
  args=(-p:KzDataDatasetDir="$data" --artifacts-path "$art")
  start=$(date +%s.%N)
  rc=0; dotnet build "$BENCH_ROOT/src/KzData" "${args[@]}" >"$OUT/build-$n.log" 2>&1 || rc=$?
  cold=$(seconds "$start" "$(date +%s.%N)")
  edit=-; size=-; first=-
  if [ "$rc" = 0 ]; then
    touch "$data/facts.yaml"
    start=$(date +%s.%N)
    dotnet build "$BENCH_ROOT/src/KzData" "${args[@]}" --no-restore >>"$OUT/build-$n.log" 2>&1 || rc=$?
    edit=$(seconds "$start" "$(date +%s.%N)")
    size=$(( $(stat -c %s "$(find "$art/bin/KzData" -name KzData.dll | head -n 1)") / 1024 ))
    dotnet build "$BENCH_ROOT/bench/KzData.FirstAccess" -c Release "${args[@]}" >"$OUT/first-access-$n.log" 2>&1
    exe=$(find "$art/bin/KzData.FirstAccess" -name KzData.FirstAccess.dll | head -n 1)
    first=$(for _ in 1 2 3; do dotnet "$exe"; done | sort -n | sed -n 2p)
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$rc" "$cold" "$edit" "$size" "$first" | tee -a "$RESULTS"
done

# --- the API's startup over the real dataset and over synthetic ones -----------------------------------------------
API_SIZES=${API_SIZES-10000}
STARTS=${STARTS:-7}
read -r -a API_SIZES <<<"$API_SIZES"
if [ "${#API_SIZES[@]}" -gt 0 ]; then
  echo "== API startup: process start to first 200 of /api/v1/facts?pageSize=1, median of $STARTS ==" | tee -a "$RESULTS"
  mkdir -p "$BENCH_OUT"
  publish src/KzData.Api api-scale-real
  apps=(api-scale-real)
  for n in "${API_SIZES[@]}"; do
    data="$OUT/data-$n"
    [ -f "$data/facts.yaml" ] || dotnet "$BENCH_DLL" synthetic "$n" "$data"
    # Same settings as publish(), over the synthetic data, with its own artifacts so the real build is untouched.
    dotnet publish "$BENCH_ROOT/src/KzData.Api" -c Release -r linux-x64 --self-contained false \
      -p:PublishReadyToRun=true -p:UseAppHost=false -p:KzDataDatasetDir="$data" \
      --artifacts-path "$OUT/api-artifacts-$n" -o "$BENCH_OUT/api-scale-$n" >"$OUT/api-publish-$n.log" 2>&1
    apps+=("api-scale-$n")
  done
  declare -A WALLS CPUS
  for _ in $(seq 1 "$STARTS"); do
    for app in "${apps[@]}"; do
      read -r wall cpu < <(first_200 "$app" 5097 "/api/v1/facts?pageSize=1" RateLimiting__Enabled=false) || true
      [ -n "${wall:-}" ] || { echo "$app: no first 200" >&2; exit 1; }
      WALLS[$app]="${WALLS[$app]:-} $wall"
      CPUS[$app]="${CPUS[$app]:-} $cpu"
    done
  done
  printf 'dataset\tstartup wall ms\tstartup CPU ms\n' | tee -a "$RESULTS"
  for app in "${apps[@]}"; do
    label=${app#api-scale-}
    printf '%s\t%s\t%s\n' "$label" "$(printf '%s\n' ${WALLS[$app]} | median)" \
      "$(printf '%s\n' ${CPUS[$app]} | median)" | tee -a "$RESULTS"
  done
fi
