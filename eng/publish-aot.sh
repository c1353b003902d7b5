#!/usr/bin/env bash
# Native AOT publish of the API: one native executable that needs no .NET runtime to run.
#
#   bash eng/publish-aot.sh                      # -> artifacts/aot/KzData.Api
#   bash eng/publish-aot.sh -o /srv/kzdata       # any further arguments go to dotnet publish
#   ASPNETCORE_URLS=http://127.0.0.1:5080 artifacts/aot/KzData.Api
#   AOT_PROJECT=bench/KzData.Baseline bash eng/publish-aot.sh -o DIR   # another app, same toolchain (benchmarks)
#
# What it runs is `dotnet publish src/KzData.Api -c Release -p:PublishProfile=aot`: the profile
# (src/KzData.Api/Properties/PublishProfiles/aot.pubxml) turns on PublishAot for the API project only. A plain
# `-p:PublishAot=true` on the command line would also reach the netstandard2.0 source generator and fail with
# NETSDK1207. The target is the SDK's own platform (linux-x64 here); -r RID picks another (a cross-compile
# needs that platform's linker and libraries).
#
# Native AOT links with a C toolchain: `clang` (with zlib1g-dev, Microsoft's documented prerequisites on
# Debian/Ubuntu). The script uses `clang` when it is on PATH, else a versioned clang-NN it finds (Debian's
# clang-14 installs no plain `clang`), else installs Debian's clang and zlib1g-dev with apt-get (as root,
# or through sudo). Warnings fail the publish: trim (IL2xxx) and AOT (IL3xxx) analysis included.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

toolchain=()
if command -v clang >/dev/null 2>&1; then
  echo "native toolchain: $(command -v clang)"
else
  versioned=$(compgen -c clang- | grep -E '^clang-[0-9]+$' | sort -t- -k2 -n | tail -n 1 || true)
  if [ -n "$versioned" ]; then
    echo "native toolchain: $versioned (no plain 'clang' on PATH)"
    toolchain=(-p:CppCompilerAndLinker="$versioned")
  else
    echo "native toolchain: installing Debian's clang and zlib1g-dev ..."
    as_root=""; [ "$(id -u)" -eq 0 ] || as_root="sudo"
    if ! { $as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null \
        && $as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q clang zlib1g-dev >/dev/null; }; then
      if command -v gcc >/dev/null 2>&1; then
        # The ILCompiler's targets fall back to gcc when clang is missing (.NET 10).
        echo "could not install clang; linking with gcc instead" >&2
      else
        echo "could not install clang; install it (apt-get install clang zlib1g-dev) and re-run" >&2
        exit 1
      fi
    fi
  fi
fi

output=artifacts/aot
for arg in "$@"; do
  case $arg in -o|--output|-o=*|--output=*) output="" ;; esac
done

if [ -n "${AOT_PROJECT:-}" ]; then
  # Another app (the benchmarks' floor and ceiling apps) with the same toolchain: it has no aot profile.
  dotnet publish "$AOT_PROJECT" -c Release -p:PublishAot=true -warnaserror "${toolchain[@]}" "$@"
  exit
fi
dotnet publish src/KzData.Api -c Release -p:PublishProfile=aot -warnaserror \
  ${output:+-o "$output"} "${toolchain[@]}" "$@"
