#!/usr/bin/env bash
# The inner loop: time a build after a one-word statement edit of facts.yaml, with the compiler server on
# and off, and say which projects were compiled again (their output assembly changed).
#   bash bench/edit-build.sh [ROOT]        ROOT: a checkout (default: this one); TARGETS=src/KzData.Api for fewer builds
# Prints: target, server, seconds, and whether KzData / KzData.Api were recompiled. Noisy on a busy machine.
set -euo pipefail
ROOT="$(cd "${1:-$(dirname "${BASH_SOURCE[0]}")/..}" && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
FACTS="$ROOT/src/KzData/facts.yaml"
LINE=$(grep -n -m 1 '^    statement: ' "$FACTS" | cut -d: -f1)  # -m 1, not | head: under pipefail, grep's SIGPIPE would end the script
cp "$FACTS" "$FACTS.edit-build.bak"
trap 'mv "$FACTS.edit-build.bak" "$FACTS" && touch "$FACTS"' EXIT  # touched: the restored file must not look older than the edited build

stamp() { stat -c %Y.%N "$ROOT/$1" 2>/dev/null || echo none; }

measure() { # TARGET SERVER(on|off) WORD
  local target=$1 server=$2 word=$3 extra=()
  [ "$server" = off ] && extra=(-p:UseSharedCompilation=false)
  dotnet build "$ROOT/$target" --no-restore "${extra[@]}" >/dev/null   # warm, same settings
  local lib api
  lib=$(stamp src/KzData/obj/Debug/net10.0/KzData.dll); api=$(stamp src/KzData.Api/obj/Debug/net10.0/KzData.Api.dll)
  sed -i "${LINE}s/\$/ $word/" "$FACTS"
  local start end
  start=$(date +%s.%N)
  dotnet build "$ROOT/$target" --no-restore "${extra[@]}" >/dev/null
  end=$(date +%s.%N)
  local libc=no apic=no
  [ "$lib" != "$(stamp src/KzData/obj/Debug/net10.0/KzData.dll)" ] && libc=yes
  [ "$api" != "$(stamp src/KzData.Api/obj/Debug/net10.0/KzData.Api.dll)" ] && apic=yes
  printf '%-12s server=%-3s %6.2f s   KzData recompiled=%s  KzData.Api recompiled=%s\n' "$target" "$server" "$(echo "$end - $start" | bc)" "$libc" "$apic"
  cp "$FACTS.edit-build.bak" "$FACTS"
}

dotnet restore "$ROOT/KzData.sln" >/dev/null
for server in on off; do
  for target in ${TARGETS:-src/KzData.Api KzData.sln}; do
    measure "$target" "$server" Edited
  done
done
