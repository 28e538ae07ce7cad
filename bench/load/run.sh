#!/usr/bin/env bash
# Load scenarios on loopback with an open-model driver (bench/Qalam.Load): a capacity ramp, STEADY seconds near
# capacity, a tenfold spike, and a soak while an editor publishes every few seconds. Each scenario gets a fresh site
# process on the same data directory; bench/load/README.md says how to read the CSVs and PNGs it writes.
# Usage: bench/load/run.sh [N]   (env: RATE= skips the ramp; STEADY=600 SPIKE=60 SOAK=600 WARMUP=30 seconds; P99_BOUND=250 ms;
#        NORMAL= SOAK_RATE= PUBLISH_EVERY=3s PORT=5700 OUT=bench/load SCENARIOS="capacity steady spike soak";
#        RAMP_START=50 RAMP_FACTOR=1.25 RAMP_STEP=20; DATA=dir reuses a directory an earlier run filled and kept with KEEP=1)
set -euo pipefail
N=${1:-${N:-10000}}
STEADY=${STEADY:-600}
SPIKE=${SPIKE:-60}
SOAK=${SOAK:-600}
P99_BOUND=${P99_BOUND:-250}
RAMP_START=${RAMP_START:-50}
RAMP_FACTOR=${RAMP_FACTOR:-1.25}
RAMP_STEP=${RAMP_STEP:-20}
PUBLISH_EVERY=${PUBLISH_EVERY:-3s}
PORT=${PORT:-5700}
SCENARIOS=${SCENARIOS:-capacity steady spike soak}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=${OUT:-$ROOT/bench/load}
REUSE=${DATA:+1}
DATA=${DATA:-$(mktemp -d /tmp/qalam-load.XXXXXX)}
BASE="http://127.0.0.1:$PORT"
SERVER=""
SITE_ERRORS=()
CONTENT="$N generated posts"
cd "$ROOT"

stop_server() {
  if [[ -n "$SERVER" ]]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; SERVER=""; fi
}
trap 'stop_server; [[ -n "${KEEP:-}${REUSE:-}" ]] || rm -rf "$DATA"' EXIT

start_server() {
  # The apphost directly (not `dotnet run`), so $! is the site's own process, whose memory the driver reads.
  src/Qalam/bin/Release/net10.0/Qalam serve --data "$DATA" --urls "$BASE" > "$DATA/server-$1.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 120); do curl -sf "$BASE/healthz" > /dev/null && return 0; sleep 0.5; done
  echo "The site did not start:" >&2; tail -20 "$DATA/server-$1.log" >&2; exit 1
}

# scenario NAME PHASES [DRIVER OPTIONS...]: a fresh site process, the driver, then the site's own error lines.
scenario() {
  local name=$1 phases=$2; shift 2
  start_server "$name"
  dotnet bench/Qalam.Load/bin/Release/net10.0/Qalam.Load.dll --base "$BASE" --urls "$DATA/bench-urls.txt" --pid "$SERVER" \
    --name "$name" --phases "$phases" --out "$OUT" "$@" | tee "$DATA/driver-$name.log"
  SITE_ERRORS+=("$name $(grep -cE '(fail|crit):' "$DATA/server-$name.log" || true)")
  echo "Site log: ${SITE_ERRORS[-1]#* } error lines ($DATA/server-$name.log)"
  stop_server
}

echo "== Building (Release)"
for p in src/Qalam bench/Qalam.Bench bench/Qalam.Load; do dotnet build -c Release "$p" -v q -nologo > /dev/null; done

PASSWORD=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')
if [[ -z "$REUSE" ]]; then
  echo "== Filling $DATA with the demo organisation and $N generated posts"
  dotnet src/Qalam/bin/Release/net10.0/Qalam.dll demo --data "$DATA" > /dev/null
  dotnet bench/Qalam.Bench/bin/Release/net10.0/Qalam.Bench.dll --data "$DATA" --posts "$N"
else
  echo "== Reusing $DATA"
  CONTENT="a reused data directory"
fi
# A fresh editor each run (the password is not kept anywhere); on a reused directory the earlier one stays unused.
EDITOR="editor-$(date +%s)@load.example"
echo "$PASSWORD" | dotnet src/Qalam/bin/Release/net10.0/Qalam.dll users add --data "$DATA" --email "$EDITOR" \
  --name "محررة الحمل" --role editor --password-stdin > /dev/null
export LOAD_EDITOR_PASSWORD=$PASSWORD
mkdir -p "$OUT"

if [[ -z "${RATE:-}" && " $SCENARIOS " == *" capacity "* ]]; then
  # Steps of RAMP_FACTOR from RAMP_START, each RAMP_STEP seconds; the driver stops at the first that breaks the bound.
  steps=$(awk -v r="$RAMP_START" -v f="$RAMP_FACTOR" -v s="$RAMP_STEP" \
    'BEGIN { for (i = 0; i < 40; i++) { printf "%s%ds@%d", (i ? "," : ""), s, r; r *= f } }')
  scenario capacity "$steps" --p99-bound "$P99_BOUND"
  capacity=$(awk '/^capacity:/ {print $2}' "$DATA/driver-capacity.log")
  if (( ${capacity:-0} < RAMP_START )); then echo "The first step already broke the bound: lower RAMP_START." >&2; exit 1; fi
  # "Near capacity": four fifths of the last rate that held the bound.
  RATE=$(( capacity * 8 / 10 ))
  echo "== Capacity $capacity req/s (p99 within $P99_BOUND ms, no failures); near capacity: $RATE req/s"
fi
RATE=${RATE:?set RATE= or include capacity in SCENARIOS}
# "Normal" is a tenth of the near-capacity rate, so ten times normal is the rate steady held for STEADY seconds: the
# spike tests the jump itself (cold connections, thread pool growth, cache fills) rather than a rate known to be too much.
NORMAL=${NORMAL:-$(( RATE / 10 > 0 ? RATE / 10 : 1 ))}
# The soak's readers come at half the near-capacity rate: enough requests that a leak per request shows within the
# soak, with room left for the publishes, each of which empties cached pages the readers then fill again.
SOAK_RATE=${SOAK_RATE:-$(( RATE / 2 > 0 ? RATE / 2 : 1 ))}

# Every scenario but the ramp (which is its own) starts with WARMUP seconds rising to RATE, outside its figures: a site
# started a moment ago has nothing compiled or cached and few threads. The driver prints what the warm-up saw.
WARMUP=${WARMUP:-30}
w=$(( WARMUP / 3 > 0 ? WARMUP / 3 : 1 ))
WARM="${w}s@$(( RATE / 4 > 0 ? RATE / 4 : 1 )),${w}s@$(( RATE / 2 > 0 ? RATE / 2 : 1 )),${w}s@$RATE"

for s in $SCENARIOS; do
  case $s in
    capacity) ;;
    steady) scenario steady "${STEADY}s@$RATE" --warmup "$WARM" ;;
    spike) scenario spike "${SPIKE_BEFORE:-$SPIKE}s@$NORMAL,${SPIKE}s@$(( NORMAL * 10 )),${SPIKE_AFTER:-$(( SPIKE * 2 ))}s@$NORMAL" --warmup "$WARM" ;;
    soak) scenario soak "${SOAK}s@$SOAK_RATE" --warmup "$WARM" --editor "$EDITOR" --publish-every "$PUBLISH_EVERY" ;;
    *) echo "Unknown scenario '$s'" >&2; exit 2 ;;
  esac
done

echo
echo "== For bench/RESULTS.md"
echo "$(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(date -u +%Y-%m-%d), $CONTENT;" \
  "driver and site on the same machine over loopback; p99 bound $P99_BOUND ms; windows of 10 s;" \
  "error lines in the site's log: $(IFS=,; echo "${SITE_ERRORS[*]}" | sed 's/,/, /g')."
echo
awk '/^\| scenario/ {print; getline; print; exit}' "$DATA"/driver-*.log
for s in $SCENARIOS; do [[ -f "$OUT/$s.md" ]] && cat "$OUT/$s.md"; done
echo
echo "CSVs and charts: $OUT/{$(echo "$SCENARIOS" | tr ' ' ',')}.{csv,png}"
