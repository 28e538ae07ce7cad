#!/usr/bin/env bash
# Fills a fresh data directory with N generated Arabic posts (through the app's own services), starts the site in Release,
# counts the SQL queries each measured page runs (N+1 check), then measures each page with wrk.
# Usage: bench/public/run.sh [N]   (env: DURATION=10s THREADS=2 CONNECTIONS=16 PORT=5600;
#        DATA=dir reuses a directory an earlier run filled and kept with KEEP=1)
set -euo pipefail
N=${1:-${N:-5000}}
DURATION=${DURATION:-10s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
PORT=${PORT:-5600}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
REUSE=${DATA:+1}
DATA=${DATA:-$(mktemp -d /tmp/qalam-bench.XXXXXX)}
BASE="http://127.0.0.1:$PORT"
SERVER=""
cd "$ROOT"

stop_server() {
  if [[ -n "$SERVER" ]]; then
    # `dotnet run` starts the site as its child: stop the child by its id, then the parent.
    for pid in $(pgrep -P "$SERVER") "$SERVER"; do kill "$pid" 2>/dev/null || true; done
    wait "$SERVER" 2>/dev/null || true
    SERVER=""
  fi
}
trap 'stop_server; [[ -n "${KEEP:-}${REUSE:-}" ]] || rm -rf "$DATA"' EXIT

start_server() {
  # Arguments are extra environment settings for the site (e.g. a log level).
  env "$@" dotnet run -c Release --no-build --project src/Qalam -- serve --data "$DATA" --urls "$BASE" > "$DATA/server.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 120); do curl -sf "$BASE/healthz" > /dev/null && return 0; sleep 0.5; done
  echo "The site did not start:" >&2; tail -20 "$DATA/server.log" >&2; exit 1
}

site_pid() { pgrep -P "$SERVER" | head -1; }

echo "== Building (Release)"
dotnet build -c Release src/Qalam -v q -nologo > /dev/null
dotnet build -c Release bench/Qalam.Bench -v q -nologo > /dev/null

if [[ -z "$REUSE" ]]; then
  echo "== Filling $DATA with the demo organisation and $N generated posts"
  dotnet src/Qalam/bin/Release/net10.0/Qalam.dll demo --data "$DATA" > /dev/null
  dotnet bench/Qalam.Bench/bin/Release/net10.0/Qalam.Bench.dll --data "$DATA" --posts "$N"
else
  echo "== Reusing $DATA"
fi
mapfile -t PATHS < "$DATA/bench-urls.txt"
PATHS=("/" "${PATHS[@]}")
NAMES=("home" "post" "author archive" "tag archive" "feed (RSS)")

echo "== SQL queries per request, page cache off (EF command log)"
start_server "Qalam__Cache__Enabled=false" "Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command=Information"
for i in "${!PATHS[@]}"; do
  curl -sf -o /dev/null "$BASE${PATHS[$i]}"   # warm
  before=$(grep -c "Executed DbCommand" "$DATA/server.log" || true)
  curl -sf -o /dev/null "$BASE${PATHS[$i]}"
  sleep 0.3
  after=$(grep -c "Executed DbCommand" "$DATA/server.log" || true)
  printf '%-16s %3d queries\n' "${NAMES[$i]}" $((after - before))
done
stop_server

# Baseline measured in the same run on the same server: a static file (the stylesheet) that involves no database,
# so each page's cost is also given as a ratio to it, which holds better than absolute figures on a busy machine.
PATHS+=("/css/site.css")
NAMES+=("static file")
last=$((${#PATHS[@]} - 1))
declare -A RPS

# load MODE [ENV...]: every page under wrk on a server started with ENV; figures kept per mode for the ratios below.
load() {
  local mode=$1; shift
  echo "== Load, page cache $mode: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency"
  start_server "$@"
  printf '| %-16s | %9s | %8s | %8s | %6s |\n' "page" "req/s" "p50" "p99" "errors"
  printf '|%s|%s|%s|%s|%s|\n' "------------------" "-----------" "----------" "----------" "--------"
  for i in "${!PATHS[@]}"; do
    url="$BASE${PATHS[$i]}"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d2s -H "Accept-Encoding: br" "$url" > /dev/null   # warm-up
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Accept-Encoding: br" "$url")
    rps=$(awk '/Requests\/sec/ {print $2}' <<< "$out")
    p50=$(awk '$1=="50%" {print $2}' <<< "$out")
    p99=$(awk '$1=="99%" {print $2}' <<< "$out")
    non2xx=$(awk '/Non-2xx/ {print $NF}' <<< "$out"); non2xx=${non2xx:-0}
    # "Socket errors: connect 0, read 0, write 0, timeout 12": timeouts are errors too.
    sock=$(grep -o 'Socket errors:.*' <<< "$out" | grep -o '[0-9]\+' | paste -sd+ | bc || true); sock=${sock:-0}
    printf '| %-16s | %9s | %8s | %8s | %6s |\n' "${NAMES[$i]}" "$rps" "$p50" "$p99" "$((non2xx + sock))"
    RPS[$mode,$i]=$rps
  done
  pid=$(site_pid)
  # The database is mapped into memory (mmap_size): its pages count as resident but belong to the kernel's file cache.
  echo "Server peak memory ($mode): $(awk '/VmHWM/ {printf "%.0f MB", $2/1024}' "/proc/$pid/status");" \
    "resident now: $(awk '/RssAnon/ {a=$2} /RssFile/ {f=$2} END {printf "%.0f MB own, %.0f MB mapped files", a/1024, f/1024}' "/proc/$pid/status")"
  stop_server
}

load off "Qalam__Cache__Enabled=false"
load on
echo "Cached against uncached, and each against the static file, same run:"
for i in $(seq 0 $((last - 1))); do
  awk -v n="${NAMES[$i]}" -v off="${RPS[off,$i]}" -v on="${RPS[on,$i]}" -v s="${RPS[on,$last]}" \
    'BEGIN { printf "  %-16s cached %.1fx uncached; uncached %.3f of static, cached %.3f of static\n", n, on/off, off/s, on/s }'
done
echo "Data directory: $(du -sh "$DATA" | cut -f1)"
