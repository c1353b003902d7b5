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

# publish_aot NAME [MSBUILD-ARGS ...]: the API as Native AOT (eng/publish-aot.sh, which names or installs the
# native toolchain) into artifacts/bench/NAME. Extra arguments go to dotnet publish.
publish_aot() {
  local name=$1; shift
  if ! bash "$BENCH_ROOT/eng/publish-aot.sh" -o "$BENCH_OUT/$name" "$@" >"$BENCH_OUT/$name.publish.log" 2>&1; then
    tail -n 30 "$BENCH_OUT/$name.publish.log" >&2
    echo "the Native AOT publish failed (log: $BENCH_OUT/$name.publish.log)" >&2
    return 1
  fi
}

# start_server NAME PORT [ENV=VALUE ...]: starts artifacts/bench/NAME on 127.0.0.1:PORT, sets SERVER_PID.
# A framework-dependent publish runs as `dotnet X.dll`, a Native AOT one as its executable; either way from its
# publish folder, which is then the content root (wwwroot, appsettings.json), as in a deployment.
start_server() {
  local name=$1 port=$2; shift 2
  local dir="$BENCH_OUT/$name" app
  app=$(ls "$dir"/KzData.Api.dll "$dir"/KzData.Baseline.dll 2>/dev/null | head -n 1 || true)
  local run=(dotnet "$app")
  if [ -z "$app" ]; then
    run=("$dir/${SERVER_EXE:-KzData.Api}") # a Native AOT executable (SERVER_EXE names another app's)
  fi
  (cd "$dir" && exec env "$@" ASPNETCORE_URLS="http://127.0.0.1:$port" Logging__LogLevel__Default=Warning \
    "${run[@]}") >"$BENCH_OUT/$name.log" 2>&1 &
  SERVER_PID=$!
}

# http_ok PORT PATH: one GET over bash's /dev/tcp (no process started, so polling costs well under a
# millisecond); true when the answer is 200.
http_ok() {
  local line
  { exec 3<>"/dev/tcp/127.0.0.1/$1"; } 2>/dev/null || return 1
  printf 'GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' "$2" >&3
  IFS= read -r -t 5 line <&3 || true
  exec 3<&- 3>&-
  [[ $line == "HTTP/1.1 200"* ]]
}

# cpu_ms PID: CPU time the process's live threads have used, in ms (from the scheduler, ns resolution).
cpu_ms() {
  local total=0 ns f
  for f in /proc/"$1"/task/*/schedstat; do
    read -r ns _ <"$f" 2>/dev/null || continue
    total=$((total + ns))
  done
  echo $((total / 1000000))
}

# first_200 NAME PORT PATH [ENV=VALUE ...]: starts the server and polls PATH every ~1 ms until it answers 200;
# prints "WALL_MS CPU_MS": wall time from just before the process starts to the first 200, and the CPU time
# the process used by then (less sensitive to a busy machine than the wall time). Stops the server.
first_200() {
  local name=$1 port=$2 path=$3; shift 3
  local t0 t1 tries=0 pause
  exec {pause}<> <(:) # a pipe nobody writes to: `read -t` on it sleeps without starting a process
  t0=$EPOCHREALTIME
  start_server "$name" "$port" "$@"
  until http_ok "$port" "$path"; do
    tries=$((tries + 1))
    if [ "$tries" -gt 30000 ] || ! kill -0 "$SERVER_PID" 2>/dev/null; then
      echo "$name did not answer 200 on $path" >&2
      stop_server
      exec {pause}<&-
      return 1
    fi
    read -r -t 0.001 -u "$pause" _ || true
  done
  t1=$EPOCHREALTIME
  local cpu
  cpu=$(cpu_ms "$SERVER_PID")
  stop_server
  exec {pause}<&-
  echo "$(( (${t1/./} - ${t0/./}) / 1000 )) $cpu"
}

# first_id URL: the first "id" in a JSON answer (a list page's first item).
first_id() {
  curl -sf "$1" | grep -o '"id":"[^"]*"' | head -n 1 | cut -d'"' -f4
}

# touch_api PORT: GETs every API endpoint once (ids taken from the lists, so nothing names a fact), the OpenAPI
# document and the compressed page included. touch_site PORT: the explorer's page and Swagger UI. Each prints every
# status that is not 200 and returns non-zero if there is one.
touch_api() {
  local base="http://127.0.0.1:$1" fact entity source
  fact=$(first_id "$base/api/v1/facts?pageSize=1")
  entity=$(first_id "$base/api/v1/entities?pageSize=1")
  source=$(first_id "$base/api/v1/sources?pageSize=1")
  touch_paths "$1" /health /api/v1/health /api/v1/dataset /api/v1/topics /api/v1/vocabularies \
    "/api/v1/facts?pageSize=200" "/api/v1/facts?q=CSTO" "/api/v1/facts/$fact" \
    /api/v1/entities "/api/v1/entities/$entity" "/api/v1/entities/$entity/facts" "/api/v1/entities/$entity/claims" \
    /api/v1/sources "/api/v1/sources/$source" "/api/v1/sources/$source/facts" "/api/v1/sources/$source/text" \
    "/api/v1/sources/$source/coverage" /openapi/v1.json \
    "/api/v1/facts?format=csv" "/api/v1/facts?format=ndjson" /api/v1/evidence /api/v1/fact-entities /api/v1/datapackage.json \
    "/api/v1/facts?fields=id,statement" "/api/v1/facts/$fact/annotations"
  local code
  code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Accept-Encoding: br, gzip' "$base/api/v1/facts?pageSize=200")
  [ "$code" = 200 ] || { echo "GET /api/v1/facts?pageSize=200 (br, gzip): $code" >&2; return 1; }
}
touch_site() {
  touch_paths "$1" / /swagger/index.html
}
touch_paths() { # PORT PATH...
  local port=$1 path code bad=0; shift
  for path in "$@"; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$path")
    if [ "$code" != 200 ]; then
      echo "GET $path: $code" >&2
      bad=1
    fi
  done
  return "$bad"
}

# median: the median of the numbers on stdin.
median() {
  sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
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
  if [ -n "${SERVER_PID:-}" ]; then
    kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
  fi
  SERVER_PID=""
  return 0
}
