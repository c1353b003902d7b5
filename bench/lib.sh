# Shared helpers for the benchmark and load scripts (sourced, not run).
# Servers bind to 127.0.0.1 only; every load is bounded in time.

BENCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_OUT="$BENCH_ROOT/artifacts/bench"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# Installs a Debian package's command when missing (root on these machines).
ensure_tool() {
  local tool=$1 package=${2:-$1}
  command -v "$tool" >/dev/null 2>&1 && return 0
  echo "installing $package ..." >&2
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null
}

# publish PROJECT NAME: Release build into artifacts/bench/NAME, precompiled (ReadyToRun) as a
# deployment would be. The API and the baseline get exactly the same settings.
publish() {
  dotnet publish "$BENCH_ROOT/$1" -c Release -r linux-x64 --self-contained false \
    -p:PublishReadyToRun=true -p:UseAppHost=false -o "$BENCH_OUT/$2" >/dev/null
}

# start_server NAME PORT [ENV=VALUE ...]: starts artifacts/bench/NAME on 127.0.0.1:PORT, sets SERVER_PID.
start_server() {
  local name=$1 port=$2; shift 2
  local dll
  dll=$(ls "$BENCH_OUT/$name"/*.dll | grep -E "/(KzData\.Api|KzData\.Baseline)\.dll$" | head -n 1)
  env "$@" ASPNETCORE_URLS="http://127.0.0.1:$port" Logging__LogLevel__Default=Warning \
    dotnet "$dll" >"$BENCH_OUT/$name.log" 2>&1 &
  SERVER_PID=$!
}

# wait_ready URL: polls until 200, up to 30 s.
wait_ready() {
  for _ in $(seq 1 300); do
    curl -sf -o /dev/null "$1" && return 0
    sleep 0.1
  done
  echo "server at $1 did not start" >&2
  return 1
}

# rss_kb PID FIELD: VmRSS (now) or VmHWM (peak) of a process, in kB.
rss_kb() {
  awk -v f="$2:" '$1 == f { print $2 }' "/proc/$1/status"
}

stop_server() {
  [ -n "${SERVER_PID:-}" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
  SERVER_PID=""
}
