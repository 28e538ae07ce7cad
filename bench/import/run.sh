#!/usr/bin/env bash
# Import benchmark: a generated export of N posts (default 10,000) into an empty data directory,
# with the Release build of the real program. Prints the importer's report, wall time and peak memory (max RSS).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
posts=${1:-10000}
work=$(mktemp -d /tmp/qalam-bench-import.XXXXXX)
trap 'rm -rf "$work"' EXIT
python3 "$here/generate.py" "$work/export.xml" "$posts"
ls -l "$work/export.xml" | awk '{printf "export: %.1f MB\n", $5/1048576}'
dotnet build -c Release "$root/src/Qalam" -o "$work/bin" -v quiet -nologo > /dev/null
Qalam__SeedDemo=false /usr/bin/time -v dotnet "$work/bin/Qalam.dll" import wordpress "$work/export.xml" --data "$work/data" \
  2> >(grep -E "Elapsed|Maximum resident|User time|System time|items/s" | tail -6 >&2)
