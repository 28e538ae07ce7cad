#!/usr/bin/env bash
# The public JSON API under wrk: the posts list and one post through /api/v1, and the WordPress posts list, with the
# page cache off and on, against a static file measured by the same server in the same run (so the ratios hold on a
# busy machine better than the absolute figures). Fills a fresh data directory with N generated Arabic posts first.
# Usage: bench/api/run.sh [N]   (env: DURATION=10s THREADS=2 CONNECTIONS=16 PORT=5610;
#        DATA=dir reuses a directory an earlier run filled and kept with KEEP=1)
set -euo pipefail
N=${1:-${N:-5000}}
DURATION=${DURATION:-10s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
PORT=${PORT:-5610}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
REUSE=${DATA:+1}
DATA=${DATA:-$(mktemp -d /tmp/qalam-bench-api.XXXXXX)}
BASE="http://127.0.0.1:$PORT"
SERVER=""
cd "$ROOT"

stop_server() {
  if [[ -n "$SERVER" ]]; then
    kill "$SERVER" 2>/dev/null || true
    wait "$SERVER" 2>/dev/null || true
    SERVER=""
  fi
}
trap 'stop_server; [[ -n "${KEEP:-}${REUSE:-}" ]] || rm -rf "$DATA"' EXIT

start_server() {
  # Arguments are extra environment settings for the site.
  env "$@" dotnet src/Qalam/bin/Release/net10.0/Qalam.dll serve --data "$DATA" --urls "$BASE" > "$DATA/server.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 120); do curl -sf "$BASE/healthz" > /dev/null && return 0; sleep 0.5; done
  echo "The site did not start:" >&2; tail -20 "$DATA/server.log" >&2; exit 1
}

echo "== Building (Release)"
dotnet build -c Release src/Qalam -v q -nologo > /dev/null
dotnet build -c Release bench/Qalam.Bench -v q -nologo > /dev/null

if [[ -z "$REUSE" ]]; then
  echo "== Filling $DATA with the demo organisation and $N generated posts"
  dotnet src/Qalam/bin/Release/net10.0/Qalam.dll demo --data "$DATA" > /dev/null
  dotnet bench/Qalam.Bench/bin/Release/net10.0/Qalam.Bench.dll --data "$DATA" --posts "$N" > /dev/null
else
  echo "== Reusing $DATA"
fi

start_server
# One post from the middle of the stream, so its page is neither the newest nor cached by a warm-up of the list.
ID=$(curl -sf "$BASE/api/v1/posts?perPage=1&page=$((N / 2))" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
stop_server
PATHS=("/api/v1/posts" "/api/v1/posts/$ID" "/wp-json/wp/v2/posts" "/css/site.css")
NAMES=("api posts list" "api one post" "wp posts list" "static file")
last=$((${#PATHS[@]} - 1))
declare -A RPS

load() {
  local mode=$1; shift
  echo "== Load, page cache $mode: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency"
  start_server "$@"
  printf '| %-16s | %9s | %8s | %8s | %6s |\n' "request" "req/s" "p50" "p99" "errors"
  printf '|%s|%s|%s|%s|%s|\n' "------------------" "-----------" "----------" "----------" "--------"
  for i in "${!PATHS[@]}"; do
    url="$BASE${PATHS[$i]}"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d2s -H "Accept-Encoding: br" "$url" > /dev/null   # warm-up
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Accept-Encoding: br" "$url")
    rps=$(awk '/Requests\/sec/ {print $2}' <<< "$out")
    p50=$(awk '$1=="50%" {print $2}' <<< "$out")
    p99=$(awk '$1=="99%" {print $2}' <<< "$out")
    non2xx=$(awk '/Non-2xx/ {print $NF}' <<< "$out"); non2xx=${non2xx:-0}
    sock=$(grep -o 'Socket errors:.*' <<< "$out" | grep -o '[0-9]\+' | paste -sd+ | bc || true); sock=${sock:-0}
    printf '| %-16s | %9s | %8s | %8s | %6s |\n' "${NAMES[$i]}" "$rps" "$p50" "$p99" "$((non2xx + sock))"
    RPS[$mode,$i]=$rps
  done
  stop_server
}

load off "Qalam__Cache__Enabled=false"
load on
echo "Cached against uncached, and each against the static file, same run:"
for i in $(seq 0 $((last - 1))); do
  awk -v n="${NAMES[$i]}" -v off="${RPS[off,$i]}" -v on="${RPS[on,$i]}" -v s="${RPS[on,$last]}" \
    'BEGIN { printf "  %-16s cached %.1fx uncached; uncached %.3f of static, cached %.3f of static\n", n, on/off, off/s, on/s }'
done
