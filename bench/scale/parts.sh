# The pieces of bench/scale/run.sh (sourced, not run): the servers it starts, one measurement, the summary and the
# search comparison. Everything it starts is its own child, on loopback ports, under $WORK.
declare -A PID NGINX_PID
READY=()

cleanup() {
  stop_servers
  [[ -f "$WORK/pg/data/postmaster.pid" ]] && as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m fast -w stop > /dev/null 2>&1 || true
  [[ -n "${KEEP:-}" ]] && echo "Kept $WORK" || rm -rf "$WORK"
}

stop_servers() {
  local p
  for p in "${PIDS[@]}"; do kill "$p" 2> /dev/null || true; done
  for p in "${PIDS[@]}"; do wait "$p" 2> /dev/null || true; done
  PIDS=()
}

# initdb and the server refuse to run as root: as root they run as the postgres user.
as_pg() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# A throwaway cluster on loopback. Durability off: nothing measured writes, and it halves the fill.
start_postgres() {
  mkdir -p "$WORK/pg"; [[ $(id -u) == 0 ]] && chown postgres:postgres "$WORK/pg"
  as_pg "$PG_BIN/initdb" -D "$WORK/pg/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync > /dev/null
  as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/log" -w -t 60 -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1 \
    -c max_connections=500 -c shared_buffers=1GB -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start > /dev/null
  for db in site search; do psql -qh 127.0.0.1 -p "$PG_PORT" -U postgres -c "CREATE DATABASE $db" > /dev/null; done
}

start_redis() {
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no --daemonize no > "$WORK/redis.log" 2>&1 &
  PID[redis]=$!; PIDS+=($!)
}

# fill DIR [ENV...]: the demo organisation, then N generated posts, into DIR's database (ENV names another).
fill() {
  local dir=$1; shift
  env "$@" dotnet "$SITE_DLL" demo --data "$dir" > /dev/null
  env "$@" dotnet bench/Qalam.Bench/bin/Release/net10.0/Qalam.Bench.dll --data "$dir" --posts "$N"
  # The generator leaves the search index to be built; built once here, or every instance would build it at start.
  env "$@" dotnet "$SITE_DLL" reindex --data "$dir" > /dev/null
}

# serve NAME PORT DIR [ENV...]: `Qalam serve` in the background, as deploy/qalam.service runs it.
serve() {
  local name=$1 port=$2 dir=$3; shift 3
  mkdir -p "$dir"
  env "$@" dotnet "$SITE_DLL" serve --no-demo --data "$dir" --urls "http://127.0.0.1:$port" > "$WORK/$name.log" 2>&1 &
  PID[$name]=$!; PIDS+=($!)
  # One at a time: instances starting at once on one PostgreSQL queue on the migration lock, and on a loaded machine
  # the last can wait past its command timeout and stop.
  READY=("http://127.0.0.1:$port/readyz")
  wait_ready
}

# front NAME HTTPS_PORT UPSTREAM_PORT...: nginx on deploy/nginx-several.conf, changed only in ports, addresses and paths.
front() {
  local name=$1 https=$2 dir=$WORK/nginx-$1; shift 2
  mkdir -p "$dir/temp"
  openssl req -x509 -newkey rsa:2048 -nodes -subj /CN=127.0.0.1 -days 1 -keyout "$dir/privkey.pem" -out "$dir/fullchain.pem" 2> /dev/null
  local edit=(-e "s|listen 80;|listen 127.0.0.1:$((https + 50));|" -e "s|listen 443 ssl http2;|listen 127.0.0.1:$https ssl http2;|"
    -e "s|/etc/letsencrypt/live/example.org/|$dir/|" -e "s|/var/www/acme|$dir/acme|" -e '/listen \[::\]:/d'
    -e "s|server 10.0.0.11:5000 |server 127.0.0.1:$1 |")
  if [[ $# -ge 2 ]]; then edit+=(-e "s|server 10.0.0.12:5000 |server 127.0.0.1:$2 |"); else edit+=(-e '/server 10.0.0.12:5000 /d'); fi
  sed "${edit[@]}" deploy/nginx-several.conf > "$dir/qalam.conf"
  # What Debian's /etc/nginx/nginx.conf sets around a site, with this run's own paths.
  cat > "$dir/nginx.conf" << CONF
user root;
worker_processes auto;
pid $dir/nginx.pid;
error_log $dir/error.log;
events { worker_connections 1024; }
http {
  sendfile on; tcp_nopush on; types_hash_max_size 2048;
  access_log off;
  client_body_temp_path $dir/temp/body; proxy_temp_path $dir/temp/proxy; fastcgi_temp_path $dir/temp/fastcgi;
  uwsgi_temp_path $dir/temp/uwsgi; scgi_temp_path $dir/temp/scgi;
  include $dir/qalam.conf;
}
CONF
  nginx -p "$dir" -c "$dir/nginx.conf" -e "$dir/error.log" -g "daemon off;" &
  NGINX_PID[$name]=$!; PIDS+=($!)
}

wait_ready() {
  local url
  for url in "${READY[@]}"; do
    for _ in $(seq 1 240); do curl -sf -o /dev/null "$url" && continue 2; sleep 0.5; done
    echo "Not ready: $url" >&2; tail -n 20 "$WORK"/*.log >&2; exit 1
  done
}

# ticks PID...: user + system CPU of those processes, in clock ticks.
ticks() {
  local t=0 p v
  # A process may end between listing and reading (a database backend): it counts nothing then.
  for p in "$@"; do v=$(awk '{ sub(/.*\) /, ""); print $12 + $13 }' "/proc/$p/stat" 2> /dev/null || true); t=$((t + ${v:-0})); done
  echo "$t"
}

# The processes one set-up runs on, by group.
group_pids() {
  local setup=$1 cache=$2 group=$3 master
  case $group in
    qalam) case $setup in a|"a'") echo "${PID[sqlite-$cache]}" ;; b) echo "${PID[pg1-$cache]}" ;; c) echo "${PID[pg2-$cache-a]} ${PID[pg2-$cache-b]}" ;; esac ;;
    nginx) case $setup in a) ;; "a'") master=${NGINX_PID[sqlite-$cache]} ;; b) master=${NGINX_PID[pg1-$cache]} ;; c) master=${NGINX_PID[pg2-$cache]} ;; esac
           [[ -n "${master:-}" ]] && echo "$master $(pgrep -P "$master" | tr '\n' ' ')" ;;
    postgres) master=$(head -1 "$WORK/pg/data/postmaster.pid"); echo "$master $(pgrep -P "$master" | tr '\n' ' ')" ;;
    redis) echo "${PID[redis]}" ;;
  esac
  return 0
}

# measure ROUND PAGE_INDEX CACHE SETUP: one wrk figure, with the CPU each group of processes spent meanwhile.
measure() {
  local round=$1 i=$2 cache=$3 setup=$4 url g out rps p50 p99 errors start wall wrk_cpu
  url="${TARGET[$setup,$cache]}${PATHS[$i]}"
  declare -A before pids
  for g in qalam nginx postgres redis; do pids[$g]=$(group_pids "$setup" "$cache" "$g"); before[$g]=$(ticks ${pids[$g]}); done
  start=$(date +%s.%N)
  TIMEFORMAT='%U %S'
  { time wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -H "Accept-Encoding: br" "$url" > "$WORK/wrk.out"; } 2> "$WORK/wrk.time"
  wall=$(echo "$(date +%s.%N) - $start" | bc)
  out=$(cat "$WORK/wrk.out")
  rps=$(awk '/Requests\/sec/ {print $2}' <<< "$out")
  p50=$(awk '$1=="50%" {print $2}' <<< "$out")
  p99=$(awk '$1=="99%" {print $2}' <<< "$out")
  errors=$(awk '/Non-2xx/ {x = $NF} /Socket errors/ {gsub(/[^0-9 ]/, " "); for (f = 1; f <= NF; f++) s += $f} END {print x + s}' <<< "$out")
  wrk_cpu=$(awk -v w="$wall" 'NF {printf "%.0f", ($1 + $2) / w * 100}' "$WORK/wrk.time")
  local shares=()
  for g in qalam nginx postgres redis; do
    shares+=("$(awk -v a="${before[$g]}" -v b="$(ticks ${pids[$g]})" -v w="$wall" 'BEGIN {printf "%.0f", (b - a) / w}')")
  done
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$round" "${NAMES[$i]}" "$cache" "$setup" \
    "$rps" "$p50" "$p99" "$errors" "${shares[0]}" "${shares[1]}" "${shares[2]}" "${shares[3]}" "$wrk_cpu"
  echo "${NAMES[$i]},$cache,$setup,$rps" >> "$WORK/figures.csv"
}

# Means over the rounds, and each set-up against (a), same page and cache.
summary() {
  echo
  echo "Mean req/s over $ROUNDS rounds, and against (a) one instance on SQLite:"
  awk -F, '{ k = $1 "," $2 "," $3; s[k] += $4; n[k]++; if (!($1 "," $2 in seen)) { seen[$1 "," $2] = 1; order[++m] = $1 "," $2 } }
    END {
      printf "| page | cache | (a) SQLite | (a'"'"') SQLite + nginx | (b) PostgreSQL + nginx | (c) 2 x PostgreSQL + Redis + nginx |\n|---|---|---:|---:|---:|---:|\n"
      for (j = 1; j <= m; j++) {
        pc = order[j]; split(pc, x, ","); a = s[pc ",a"] / n[pc ",a"]
        printf "| %s | %s | %.0f", x[1], x[2], a
        split("a'"'"' b c", rest, " ")
        for (r = 1; r <= 3; r++) { v = s[pc "," rest[r]] / n[pc "," rest[r]]; printf " | %.0f (%.2fx)", v, v / a }
        printf " |\n"
      }
    }' "$WORK/figures.csv"
}

# Search p95 at SEARCH_POSTS posts: the same generated corpus into a SQLite file and into PostgreSQL, then the
# query sets again on each, alternating, with the web servers stopped.
search_compare() {
  local dll=bench/search/bin/Release/net10.0/Qalam.Bench.Search.dll pg="postgres:Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=search"
  stop_servers
  echo
  echo "== Search: $SEARCH_POSTS posts, $SEARCH_QUERIES queries of each kind; SQLite, then PostgreSQL (generate, index, query)"
  dotnet "$dll" "$SEARCH_POSTS" "$WORK/search.db" "$SEARCH_QUERIES" generate
  dotnet "$dll" "$SEARCH_POSTS" "$pg" "$SEARCH_QUERIES" generate
  for round in 1 2; do
    echo "== Search, queries only, round $round: SQLite"
    dotnet "$dll" "$SEARCH_POSTS" "$WORK/search.db" "$SEARCH_QUERIES" reuse 2> /dev/null
    echo "== Search, queries only, round $round: PostgreSQL"
    dotnet "$dll" "$SEARCH_POSTS" "$pg" "$SEARCH_QUERIES" reuse 2> /dev/null
  done
}
