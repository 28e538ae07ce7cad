#!/usr/bin/env bash
# One import with a built program, sampled every 2 s: anonymous memory (the heap) and file-backed memory (mapped files)
# apart, beside /usr/bin/time's whole-process figures. Usage: measure.sh BUILD_DIR EXPORT.xml LABEL [VAR=value...]
# (build once per variant: dotnet build -c Release src/Qalam -o BUILD_DIR; exports from generate.py).
set -uo pipefail
bin=$1 export_=$2 label=$3; shift 3
out=${OUT:-/tmp/qalam-bench-import}; mkdir -p "$out"
data=$(mktemp -d "$out/data.XXXXXX")
log=$out/$label
env Qalam__SeedDemo=false "$@" /usr/bin/time -f "TIME wall=%e user=%U sys=%S maxrss=%MKB" "$bin/Qalam" import wordpress "$export_" --data "$data" > "$log.out" 2> "$log.err" &
timer=$!
sleep 1
pid=$(pgrep -P $timer | head -1)
anon=0 file=0
while kill -0 $timer 2>/dev/null; do
  a=$(awk '/RssAnon/{print $2}' /proc/$pid/status 2>/dev/null) f=$(awk '/RssFile/{print $2}' /proc/$pid/status 2>/dev/null)
  if [ -n "$a" ]; then
    [ "$a" -gt $anon ] && anon=$a; [ "$f" -gt $file ] && file=$f
    echo "$(date +%s) anon=$a file=$f $(tail -c 200 "$log.err" | tr '\r' '\n' | grep items/s | tail -1)" >> "$log.samples"
  fi
  sleep 2
done
wait $timer
echo "$label $(grep TIME "$log.err") maxRssAnon=${anon}KB maxRssFile=${file}KB load=$(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/results.txt"
rm -rf "$data"
