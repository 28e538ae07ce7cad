#!/usr/bin/env bash
# The public JSON API under wrk: the posts list and one post through /api/v1, and the WordPress posts list, with the
# page cache off and on, against a static file measured by the same server in the same run (so the ratios hold on a
# busy machine better than the absolute figures). Fills a fresh data directory with N generated Arabic posts first.
# Usage: bench/api/run.sh [N]   (env: DURATION=10s THREADS=2 CONNECTIONS=16 PORT=5610;
#        DATA=dir reuses a directory an earlier run filled and kept with KEEP=1)
set -euo pipefail
PORT=${PORT:-5610}
source "$(dirname "$0")/../wrk-site.sh"

build_and_fill
start_server
# One post from the middle of the stream, so its page is neither the newest nor cached by a warm-up of the list.
ID=$(curl -sf "$BASE/api/v1/posts?perPage=1&page=$((N / 2))" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
stop_server
PATHS=("/api/v1/posts" "/api/v1/posts/$ID" "/wp-json/wp/v2/posts" "/css/site.css")
NAMES=("api posts list" "api one post" "wp posts list" "static file")

load() {
  local mode=$1; shift
  echo "== Load, page cache $mode: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency"
  start_server "$@"
  warm "${PATHS[@]}"
  table_head request
  for i in "${!PATHS[@]}"; do measure "$mode" "$i" "${NAMES[$i]}" "${PATHS[$i]}"; done
  stop_server
}

load off "Qalam__Cache__Enabled=false"
load on
ratios "${NAMES[@]}"
