#!/usr/bin/env bash
# Fills a fresh data directory with N generated Arabic posts (through the app's own services), starts the site in Release,
# counts the SQL queries each measured page runs (N+1 check), then measures each page with wrk.
# Usage: bench/public/run.sh [N]   (env: DURATION=10s THREADS=2 CONNECTIONS=16 PORT=5600;
#        DATA=dir reuses a directory an earlier run filled and kept with KEEP=1)
set -euo pipefail
PORT=${PORT:-5600}
source "$(dirname "$0")/../wrk-site.sh"

build_and_fill
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

# load MODE [ENV...]: every page under wrk on a server started with ENV; figures kept per mode for the ratios below.
load() {
  local mode=$1; shift
  echo "== Load, page cache $mode: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency"
  start_server "$@"
  warm "${PATHS[@]}"
  table_head page
  for i in "${!PATHS[@]}"; do measure "$mode" "$i" "${NAMES[$i]}" "${PATHS[$i]}"; done
  pid=$SERVER
  # The database is mapped into memory (mmap_size): its pages count as resident but belong to the kernel's file cache.
  echo "Server peak memory ($mode): $(awk '/VmHWM/ {printf "%.0f MB", $2/1024}' "/proc/$pid/status");" \
    "resident now: $(awk '/RssAnon/ {a=$2} /RssFile/ {f=$2} END {printf "%.0f MB own, %.0f MB mapped files", a/1024, f/1024}' "/proc/$pid/status")"
  stop_server
}

load off "Qalam__Cache__Enabled=false"
load on
ratios "${NAMES[@]}"
echo "Data directory: $(du -sh "$DATA" | cut -f1)"
