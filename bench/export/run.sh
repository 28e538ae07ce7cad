#!/usr/bin/env bash
# Static export against Hugo on the same corpus: fills a fresh data directory with N generated Arabic posts (through the
# app's own services), writes the same published posts as Hugo Markdown files, then builds both sites, each under
# /usr/bin/time -v, and reports pages per second and peak memory side by side.
# Usage: bench/export/run.sh [N]   (env: DATA=dir reuses a directory an earlier run filled and kept with KEEP=1)
# Needs: dotnet, python3, hugo (Debian: apt-get install hugo), /usr/bin/time (Debian: apt-get install time).
set -euo pipefail
N=${1:-${N:-5000}}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
REUSE=${DATA:+1}
DATA=${DATA:-$(mktemp -d /tmp/qalam-export-bench.XXXXXX)}
WORK=$(mktemp -d /tmp/qalam-export-work.XXXXXX)
trap 'rm -rf "$WORK"; [[ -n "${KEEP:-}${REUSE:-}" ]] || rm -rf "$DATA" "$DATA.keyring-key"' EXIT
cd "$ROOT"
QALAM="dotnet src/Qalam/bin/Release/net10.0/Qalam.dll"

echo "== Building (Release)"
dotnet build -c Release src/Qalam -v q -nologo > /dev/null
dotnet build -c Release bench/Qalam.Bench -v q -nologo > /dev/null

if [[ -z "$REUSE" ]]; then
  echo "== Filling $DATA with the demo organisation and $N generated posts"
  $QALAM demo --data "$DATA" > /dev/null
  dotnet bench/Qalam.Bench/bin/Release/net10.0/Qalam.Bench.dll --data "$DATA" --posts "$N"
else
  echo "== Reusing $DATA"
fi
python3 bench/export/hugo_corpus.py "$DATA" "$WORK/hugo"

# measure NAME COMMAND...: wall seconds and peak resident memory (MB) of the command, its output kept in $WORK/NAME.out.
measure() {
  local name=$1; shift
  /usr/bin/time -v -o "$WORK/$name.time" "$@" > "$WORK/$name.out" 2>&1 || { cat "$WORK/$name.out" >&2; exit 1; }
  SECONDS_TAKEN=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$WORK/$name.time")
  PEAK_MB=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$WORK/$name.time")
}

row() { printf '| %-34s | %7s | %8s | %9s | %8s | %9s |\n' "$@"; }

echo "== Qalam: export static (first run, empty folder)"
measure qalam $QALAM export static "$WORK/qalam" --data "$DATA" --base-url https://example.org/
cat "$WORK/qalam.out" | grep -v '^\[' || true
Q_PAGES=$(grep -o 'Exported [0-9,]* pages' "$WORK/qalam.out" | tr -dc '0-9')
Q_S=$SECONDS_TAKEN; Q_MB=$PEAK_MB

echo "== Qalam: export static again (nothing changed)"
measure qalam2 $QALAM export static "$WORK/qalam" --data "$DATA" --base-url https://example.org/
grep -v '^\[' "$WORK/qalam2.out" || true
Q2_S=$SECONDS_TAKEN; Q2_MB=$PEAK_MB

echo "== Hugo: build"
measure hugo hugo --source "$WORK/hugo" --destination "$WORK/hugo-out"
H_PAGES=$(awk -F'|' '/^ *(Pages|Paginator pages) / { s += $2 } END { print s }' "$WORK/hugo.out")
H_S=$SECONDS_TAKEN; H_MB=$PEAK_MB

files() { find "$1" -type f | wc -l; }
rate() { awk -v p="$1" -v s="$2" 'BEGIN { printf "%.0f", p / (s > 0 ? s : 0.001) }'; }
echo
echo "Posts: $(sqlite3 "$DATA/qalam.db" "select count(*) from Posts where Status = 'Published'" 2>/dev/null || echo "$N+demo"); $(nproc) cores; $(date -u '+%d %b %Y %H:%M UTC')"
echo "Versions: $(dotnet --version) (.NET SDK), $(hugo version | cut -d' ' -f1-2)"
row "build" "pages" "seconds" "pages/s" "peak MB" "files"
row "---" "---:" "---:" "---:" "---:" "---:"
row "Qalam export static (first)" "$Q_PAGES" "$Q_S" "$(rate "$Q_PAGES" "$Q_S")" "$Q_MB" "$(files "$WORK/qalam")"
row "Qalam export static (unchanged)" "$Q_PAGES" "$Q2_S" "$(rate "$Q_PAGES" "$Q2_S")" "$Q2_MB" "$(files "$WORK/qalam")"
row "Hugo $(hugo version | cut -d' ' -f2 | cut -d+ -f1)" "$H_PAGES" "$H_S" "$(rate "$H_PAGES" "$H_S")" "$H_MB" "$(files "$WORK/hugo-out")"
awk -v q="$(rate "$Q_PAGES" "$Q_S")" -v h="$(rate "$H_PAGES" "$H_S")" -v qm="$Q_MB" -v hm="$H_MB" \
  'BEGIN { printf "Qalam / Hugo: %.2f× the pages per second, %.2f× the peak memory\n", q / h, qm / hm }'
