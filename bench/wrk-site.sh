#!/usr/bin/env bash
# Shared by the wrk benchmarks (bench/public/run.sh, bench/api/run.sh); sourced, not run. Gives the settings, the
# site's build, fill, start and stop, and one wrk measurement per address. The caller sets PORT's default first.
# Settings (env): N=5000 DURATION=10s THREADS=2 CONNECTIONS=16; DATA=dir reuses a directory an earlier run filled
# and kept with KEEP=1.
N=${1:-${N:-5000}}
DURATION=${DURATION:-10s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
REUSE=${DATA:+1}
DATA=${DATA:-$(mktemp -d /tmp/qalam-bench.XXXXXX)}
BASE="http://127.0.0.1:$PORT"
SERVER=""
SITE_DLL=src/Qalam/bin/Release/net10.0/Qalam.dll
cd "$ROOT"
declare -A RPS

stop_server() {
  if [[ -n "$SERVER" ]]; then
    kill "$SERVER" 2>/dev/null || true
    wait "$SERVER" 2>/dev/null || true
    SERVER=""
  fi
}
trap 'stop_server; [[ -n "${KEEP:-}${REUSE:-}" ]] || rm -rf "$DATA"' EXIT

# start_server [ENV...]: the Release site on $BASE over $DATA, with extra environment settings (e.g. a log level).
start_server() {
  env "$@" dotnet "$SITE_DLL" serve --data "$DATA" --urls "$BASE" > "$DATA/server.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 120); do curl -sf "$BASE/healthz" > /dev/null && return 0; sleep 0.5; done
  echo "The site did not start:" >&2; tail -20 "$DATA/server.log" >&2; exit 1
}

# build_and_fill: Release builds, then (unless DATA is reused) the demo organisation and N generated Arabic posts.
build_and_fill() {
  echo "== Building (Release)"
  dotnet build -c Release src/Qalam -v q -nologo > /dev/null
  dotnet build -c Release bench/Qalam.Bench -v q -nologo > /dev/null
  if [[ -z "$REUSE" ]]; then
    echo "== Filling $DATA with the demo organisation and $N generated posts"
    dotnet "$SITE_DLL" demo --data "$DATA" > /dev/null
    dotnet bench/Qalam.Bench/bin/Release/net10.0/Qalam.Bench.dll --data "$DATA" --posts "$N" > /dev/null
  else
    echo "== Reusing $DATA"
  fi
}

table_head() {
  printf '| %-16s | %9s | %8s | %8s | %6s |\n' "$1" "req/s" "p50" "p99" "errors"
  printf '|%s|%s|%s|%s|%s|\n' "------------------" "-----------" "----------" "----------" "--------"
}

# warm PATH...: 2 s of wrk on each address before any is measured. A warm-up just before each figure left the first
# address measured paying for the JIT of the path every later one shares (the cached API list read at a third of its rate).
warm() {
  local path
  for path in "$@"; do wrk -t"$THREADS" -c"$CONNECTIONS" -d2s -H "Accept-Encoding: br" "$BASE$path" > /dev/null; done
}

# measure MODE INDEX NAME PATH: wrk for DURATION (after warm); prints a table row, keeps req/s in RPS[MODE,INDEX].
measure() {
  local mode=$1 i=$2 name=$3 url="$BASE$4" out rps p50 p99 non2xx sock
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Accept-Encoding: br" "$url")
  rps=$(awk '/Requests\/sec/ {print $2}' <<< "$out")
  p50=$(awk '$1=="50%" {print $2}' <<< "$out")
  p99=$(awk '$1=="99%" {print $2}' <<< "$out")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<< "$out"); non2xx=${non2xx:-0}
  # "Socket errors: connect 0, read 0, write 0, timeout 12": timeouts are errors too.
  sock=$(grep -o 'Socket errors:.*' <<< "$out" | grep -o '[0-9]\+' | paste -sd+ | bc || true); sock=${sock:-0}
  printf '| %-16s | %9s | %8s | %8s | %6s |\n' "$name" "$rps" "$p50" "$p99" "$((non2xx + sock))"
  RPS[$mode,$i]=$rps
}

# ratios NAME...: cached against uncached, and each against the last address (the static file), same run.
ratios() {
  local names=("$@") last=$(($# - 1))
  echo "Cached against uncached, and each against the static file, same run:"
  for i in $(seq 0 $((last - 1))); do
    awk -v n="${names[$i]}" -v off="${RPS[off,$i]}" -v on="${RPS[on,$i]}" -v s="${RPS[on,$last]}" \
      'BEGIN { printf "  %-16s cached %.1fx uncached; uncached %.3f of static, cached %.3f of static\n", n, on/off, off/s, on/s }'
  done
}
