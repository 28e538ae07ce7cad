#!/usr/bin/env bash
# One machine against several: requests a second with wrk, side by side in one run, for
#   (a)  one instance on SQLite, direct;                  (a') the same behind nginx;
#   (b)  one instance on PostgreSQL behind nginx;          (c)  two instances on PostgreSQL + Redis behind nginx;
# each with the page cache on and off (Qalam:Cache:Enabled), on the same generated corpus (the demo organisation and
# N posts, filled once per database by bench/Qalam.Bench). nginx runs deploy/nginx-several.conf with only its ports,
# addresses and paths changed (as the multi-instance test does), over TLS as deployed. Every server stays up for the
# whole run and the figures are taken interleaved (round, page, cache, set-up), so a busy machine slows all alike and
# the ratios hold. Then search p95 at SEARCH_POSTS posts, SQLite against PostgreSQL (bench/search), interleaved too.
# Usage: bench/scale/run.sh [N]   (env: N=3000 DURATION=8s THREADS=2 CONNECTIONS=32 ROUNDS=2 BASE_PORT=5700
#        SEARCH_POSTS=100000 SEARCH_QUERIES=200, SEARCH_POSTS=0 skips search, SEARCH_ONLY=1 runs only search;
#        KEEP=1 keeps the work folder)
set -euo pipefail
N=${1:-${N:-3000}}
DURATION=${DURATION:-8s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
ROUNDS=${ROUNDS:-2}
BASE_PORT=${BASE_PORT:-5700}
SEARCH_POSTS=${SEARCH_POSTS:-100000}
SEARCH_QUERIES=${SEARCH_QUERIES:-200}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d /tmp/qalam-scale.XXXXXX)
chmod 755 "$WORK"   # the postgres user reaches its cluster folder through it
SITE_DLL=$ROOT/src/Qalam/bin/Release/net10.0/Qalam.dll
PG_BIN=/usr/lib/postgresql/15/bin
PG_PORT=$((BASE_PORT + 90)); REDIS_PORT=$((BASE_PORT + 91))
PIDS=()
cd "$ROOT"
source bench/scale/parts.sh
trap cleanup EXIT

echo "== $(date -u '+%F %T') UTC; load average $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
if [[ "${SEARCH_ONLY:-}" == 1 ]]; then
  dotnet build -c Release bench/search -v q -nologo > /dev/null
  start_postgres
  search_compare
  exit 0
fi
echo "== Building (Release)"
dotnet build -c Release src/Qalam -v q -nologo > /dev/null
dotnet build -c Release bench/Qalam.Bench -v q -nologo > /dev/null
[[ "$SEARCH_POSTS" == 0 ]] || dotnet build -c Release bench/search -v q -nologo > /dev/null

start_postgres
start_redis
PG_SITE="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=site;Maximum Pool Size=100"
PG_ENV=("Qalam__Database=postgres" "ConnectionStrings__Default=$PG_SITE" "Qalam__Media__Store=$WORK/pg-files")

echo "== Filling SQLite and PostgreSQL with the demo organisation and $N generated posts"
fill "$WORK/sqlite-on"
fill "$WORK/pg-files" "${PG_ENV[@]}"
cp -a "$WORK/sqlite-on" "$WORK/sqlite-off"
mapfile -t URLS < "$WORK/sqlite-on/bench-urls.txt"
cmp -s "$WORK/sqlite-on/bench-urls.txt" "$WORK/pg-files/bench-urls.txt" || { echo "The two corpora differ" >&2; exit 1; }
PATHS=("/" "${URLS[0]}" "${URLS[2]}")
NAMES=("home" "post" "tag archive")

echo "== Starting 8 instances, 3 nginx, PostgreSQL and Redis"
KEY=$(head -c 32 /dev/urandom | base64)
for cache in on off; do
  off=$([[ $cache == on ]] && echo 0 || echo 10)
  c=("Qalam__Cache__Enabled=$([[ $cache == on ]] && echo true || echo false)" "Qalam__KnownProxies=127.0.0.1")
  serve "sqlite-$cache" $((BASE_PORT + off + 1)) "$WORK/sqlite-$cache" "${c[@]}"
  serve "pg1-$cache" $((BASE_PORT + off + 2)) "$WORK/pg1-$cache" "${c[@]}" "${PG_ENV[@]}"
  for i in a b; do
    serve "pg2-$cache-$i" $((BASE_PORT + off + $([[ $i == a ]] && echo 3 || echo 4))) "$WORK/pg2-$cache-$i" "${c[@]}" "${PG_ENV[@]}" \
      "Qalam__Redis=127.0.0.1:$REDIS_PORT,channelPrefix=scale-$cache" "Qalam__KeyRingKey=$KEY"
  done
  front "sqlite-$cache" $((BASE_PORT + off + 5)) $((BASE_PORT + off + 1))
  front "pg1-$cache" $((BASE_PORT + off + 6)) $((BASE_PORT + off + 2))
  front "pg2-$cache" $((BASE_PORT + off + 7)) $((BASE_PORT + off + 3)) $((BASE_PORT + off + 4))
done
wait_ready
# Set-ups by name: the address wrk reads and the processes whose CPU it costs.
declare -A TARGET
for cache in on off; do
  off=$([[ $cache == on ]] && echo 0 || echo 10)
  TARGET[a,$cache]="http://127.0.0.1:$((BASE_PORT + off + 1))"
  TARGET[a\',$cache]="https://127.0.0.1:$((BASE_PORT + off + 5))"
  TARGET[b,$cache]="https://127.0.0.1:$((BASE_PORT + off + 6))"
  TARGET[c,$cache]="https://127.0.0.1:$((BASE_PORT + off + 7))"
done
SETUPS=(a "a'" b c)

echo "== Warming every address on every set-up (2 s each)"
for cache in on off; do for s in "${SETUPS[@]}"; do for p in "${PATHS[@]}"; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d2s -H "Accept-Encoding: br" "${TARGET[$s,$cache]}$p" > /dev/null
done; done; done

echo "== wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $ROUNDS rounds interleaved; CPU as % of one core over the figure"
printf '| round | page | cache | set-up | req/s | p50 | p99 | errors | qalam %% | nginx %% | postgres %% | redis %% | wrk %% |\n'
printf '|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n'
for round in $(seq 1 "$ROUNDS"); do
  for i in "${!PATHS[@]}"; do
    for cache in on off; do
      for s in "${SETUPS[@]}"; do measure "$round" "$i" "$cache" "$s"; done
    done
  done
done
summary

[[ "$SEARCH_POSTS" == 0 ]] || search_compare
echo "== Done $(date -u '+%F %T') UTC; load average $(cut -d' ' -f1-3 /proc/loadavg)"
