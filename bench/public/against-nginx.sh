#!/usr/bin/env bash
# Qalam's cached pages against nginx serving the very same bytes from a file, side by side in one run, plus the time
# from start to the first page and the server's resident memory after the load.
# Usage: bench/public/against-nginx.sh [N]   (env: DURATION=10s THREADS=2 CONNECTIONS=64 PORT=5600 NGINX_PORT=5601;
#        DATA=dir reuses a directory bench/public/run.sh filled and kept with KEEP=1)
set -euo pipefail
N=${1:-${N:-5000}}
DURATION=${DURATION:-10s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-64}
PORT=${PORT:-5600}
NGINX_PORT=${NGINX_PORT:-5601}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
REUSE=${DATA:+1}
DATA=${DATA:-$(mktemp -d /tmp/qalam-bench.XXXXXX)}
BASE="http://127.0.0.1:$PORT"
WWW=$(mktemp -d /tmp/qalam-nginx.XXXXXX)
SERVER=""; NGINX=""
cd "$ROOT"
command -v nginx > /dev/null || [[ -x /usr/sbin/nginx ]] || apt-get install -y nginx-light > /dev/null
NGINX_BIN=$(command -v nginx || echo /usr/sbin/nginx)

cleanup() {
  [[ -n "$NGINX" ]] && kill "$NGINX" 2>/dev/null || true
  if [[ -n "$SERVER" ]]; then for pid in $(pgrep -P "$SERVER") "$SERVER"; do kill "$pid" 2>/dev/null || true; done; fi
  rm -rf "$WWW"
  [[ -n "${KEEP:-}${REUSE:-}" ]] || rm -rf "$DATA"
}
trap cleanup EXIT

echo "== Building (Release)"
dotnet build -c Release src/Qalam -v q -nologo > /dev/null
dotnet build -c Release bench/Qalam.Bench -v q -nologo > /dev/null
if [[ -z "$REUSE" ]]; then
  echo "== Filling $DATA with the demo organisation and $N generated posts"
  dotnet src/Qalam/bin/Release/net10.0/Qalam.dll demo --data "$DATA" > /dev/null
  dotnet bench/Qalam.Bench/bin/Release/net10.0/Qalam.Bench.dll --data "$DATA" --posts "$N"
fi
mapfile -t PATHS < "$DATA/bench-urls.txt"

# The first page: from starting the published program (no `dotnet run`, no build) to the first complete response.
start=$(date +%s.%N)
dotnet src/Qalam/bin/Release/net10.0/Qalam.dll serve --data "$DATA" --urls "$BASE" > "$DATA/server.log" 2>&1 &
SERVER=$!
until curl -sf -o /dev/null "$BASE${PATHS[0]}"; do sleep 0.02; done
first=$(echo "$(date +%s.%N) - $start" | bc)
printf '== First response of a post page after start: %.2f s\n' "$first"

# The same bytes for both: the page as Qalam sends it uncompressed, written to a file nginx serves.
declare -A NAMES=([0]="post" [1]="author archive" [2]="tag archive" [3]="feed (RSS)")
for i in 0 1 2; do
  mkdir -p "$WWW/p$i"
  curl -sf "$BASE${PATHS[$i]}" -o "$WWW/p$i/index.html"
done
cat > "$WWW/nginx.conf" <<CONF
worker_processes 2;
error_log $WWW/error.log;
pid $WWW/nginx.pid;
daemon off;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on; tcp_nopush on; keepalive_requests 100000;
  default_type text/html;
  server { listen 127.0.0.1:$NGINX_PORT; root $WWW; }
}
CONF
"$NGINX_BIN" -c "$WWW/nginx.conf" -p "$WWW" &
NGINX=$!
sleep 0.5

run() { wrk -t"$THREADS" -c"$CONNECTIONS" -d2s "$1" > /dev/null; wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$1"; }
# The runtime compiles its hot paths again after their first calls: warm every page first, so no row pays for it.
for i in 0 1 2; do wrk -t"$THREADS" -c"$CONNECTIONS" -d3s "$BASE${PATHS[$i]}" > /dev/null; done
echo "== wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, identity encoding, same bytes"
printf '| %-14s | %6s | %10s | %8s | %8s | %10s | %8s | %8s | %6s |\n' page bytes "Qalam r/s" p50 p99 "nginx r/s" p50 p99 ratio
printf '|%s|%s|%s|%s|%s|%s|%s|%s|%s|\n' ---------------- -------- ------------ ---------- ---------- ------------ ---------- ---------- --------
for i in 0 1 2; do
  q=$(run "$BASE${PATHS[$i]}"); n=$(run "http://127.0.0.1:$NGINX_PORT/p$i/")
  qr=$(awk '/Requests\/sec/ {print $2}' <<< "$q"); nr=$(awk '/Requests\/sec/ {print $2}' <<< "$n")
  printf '| %-14s | %6s | %10s | %8s | %8s | %10s | %8s | %8s | %6s |\n' "${NAMES[$i]}" "$(stat -c %s "$WWW/p$i/index.html")" \
    "$qr" "$(awk '$1=="50%" {print $2}' <<< "$q")" "$(awk '$1=="99%" {print $2}' <<< "$q")" \
    "$nr" "$(awk '$1=="50%" {print $2}' <<< "$n")" "$(awk '$1=="99%" {print $2}' <<< "$n")" \
    "$(awk -v a="$qr" -v b="$nr" 'BEGIN { printf "%.2f", a/b }')"
done
pid=$(pgrep -f "Qalam.dll serve --data $DATA" | head -1)
echo "Qalam resident memory after the load: $(awk '/VmRSS/ {printf "%.0f MB", $2/1024}' "/proc/$pid/status"), peak $(awk '/VmHWM/ {printf "%.0f MB", $2/1024}' "/proc/$pid/status")," \
  "of which $(awk '/RssAnon/ {a=$2} /RssFile/ {f=$2} END {printf "%.0f MB own, %.0f MB mapped files", a/1024, f/1024}' "/proc/$pid/status")"
