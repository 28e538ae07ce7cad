#!/usr/bin/env bash
# Import benchmark: a generated export of N posts (default 10,000) into an empty data directory, with the Release
# build of the real program (PUBLISHED=1: as published for linux-x64). Prints the importer's report, wall time and
# peak memory (max RSS).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
posts=${1:-10000}
work=$(mktemp -d /tmp/qalam-bench-import.XXXXXX)
trap 'rm -rf "$work"' EXIT
python3 "$here/generate.py" "$work/export.xml" "$posts"
ls -l "$work/export.xml" | awk '{printf "export: %.1f MB\n", $5/1048576}'
# PUBLISHED=1: the program as deployed (dotnet publish for linux-x64: ReadyToRun code, see src/Qalam/Qalam.csproj).
if [[ -n "${PUBLISHED:-}" ]]; then
  dotnet publish -c Release -r linux-x64 --self-contained false "$root/src/Qalam" -o "$work/bin" -v quiet -nologo > /dev/null
else
  dotnet build -c Release "$root/src/Qalam" -o "$work/bin" -v quiet -nologo > /dev/null
fi
Qalam__SeedDemo=false /usr/bin/time -v dotnet "$work/bin/Qalam.dll" import wordpress "$work/export.xml" --data "$work/data" \
  2> >(grep -E "Elapsed|Maximum resident|User time|System time|items/s" | tail -6 >&2)
