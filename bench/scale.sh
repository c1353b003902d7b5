#!/usr/bin/env bash
# Scale bars (docs/performance.md, "Scale"): synthetic datasets of N facts (SyntheticDataset, seed text scaled with
# the facts), and for each: the generator driver (parse, validate, emit, Roslyn parse; median of 3 warm runs and the
# bytes one run allocates), a full `dotnet build src/KzData` over it, and the first access to Dataset.Facts in a
# JIT console consumer (bench/KzData.FirstAccess, Release; median of 3 fresh processes).
#   bash bench/scale.sh [N ...]     default: 1000 10000 50000 100000
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
