#!/usr/bin/env bash
# Coverage-guided fuzzing of one Qalam feature for a bounded time: fuzz/run.sh TARGET [SECONDS]
# Targets: wxr html slug analyser upload pdf (see fuzz/README.md). Findings land in fuzz/out/TARGET-<time>/.
set -euo pipefail

target=${1:-}
seconds=${2:-300}
timeout=5000
case "$target" in
  wxr) prefixes="Qalam.Import"; libs=""; dicts="xml.dict rss.dict" ;;
  html) prefixes="Qalam.Content"; libs="HtmlSanitizer.dll AngleSharp.dll"; dicts="html_tags.dict" ;;
  slug) prefixes="Qalam.Content"; libs=""; dicts="utf8.dict" ;;
  analyser) prefixes="Qalam.Search"; libs=""; dicts="utf8.dict" ;;
  upload) prefixes="Qalam.Media"; libs=""; dicts="jpeg.dict png.dict gif.dict webp.dict" ;;
  pdf) prefixes="Qalam.Organisation"; libs="PdfSharp.dll"; dicts="pdf.dict.gz"; timeout=20000 ;;
  *) echo "usage: fuzz/run.sh wxr|html|slug|analyser|upload|pdf [SECONDS]" >&2; exit 2 ;;
esac

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
tools="$here/.tools"
export UseSharedCompilation=false MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0 DOTNET_NOLOGO=1

# afl-fuzz from Debian (its dictionaries come with afl++-doc), and SharpFuzz's instrumenter as a tool under fuzz/.tools.
if ! command -v afl-fuzz >/dev/null; then
  apt-get update -qq && apt-get install -y -qq afl++ afl++-doc >/dev/null
fi
if [ ! -x "$tools/sharpfuzz" ]; then
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$tools" >/dev/null
fi

nice -n 19 dotnet build "$here/Qalam.Fuzz/Qalam.Fuzz.csproj" -c Release -v quiet -nologo >/dev/null

# Instrument a copy: the build output stays clean for the tests that share src/Qalam's build.
stamp=$(date -u +%Y%m%dT%H%M%S)
out="$here/out/$target-$stamp"
bin="$out/bin"
mkdir -p "$bin"
cp -a "$here/Qalam.Fuzz/bin/Release/net10.0/." "$bin/"
# Only the feature's namespace is traced, so the coverage map is not filled by the rest of the app.
"$tools/sharpfuzz" "$bin/Qalam.dll" $prefixes
for lib in $libs; do "$tools/sharpfuzz" "$bin/$lib"; done

dict_args=()
for d in $dicts; do
  src="/usr/share/doc/afl++-doc/afl/dictionaries/$d"
  [ -f "$src" ] || continue
  case "$d" in
    *.gz) gunzip -c "$src" >"$out/${d%.gz}"; dict_args+=(-x "$out/${d%.gz}") ;;
    *) dict_args+=(-x "$src") ;;
  esac
done

# The fork server is a .NET process, not an instrumented binary (AFL_SKIP_BIN_CHECK); this machine's core pattern and
# CPU governor are not ours to change (the other two). -t: a run over 5 s is a hang worth a look; for pdf, 20 s, past
# the 15 s that WatermarkStamp gives PDFsharp to read a file.
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1
nice -n 19 afl-fuzz -V "$seconds" -i "$here/seeds/$target" -o "$out/findings" -t "$timeout" -m none "${dict_args[@]}" \
  -- dotnet "$bin/Qalam.Fuzz.dll" "$target" >"$out/afl.log" 2>&1 || { tail -n 30 "$out/afl.log" >&2; exit 1; }
ln -sfn "$(basename "$out")" "$here/out/$target-latest"
# The instrumented copy is 650 MB and only runs under afl-fuzz; findings are replayed with the plain build (README).
rm -rf "$bin"

stats="$out/findings/default/fuzzer_stats"
get() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats"; }
echo "$target: $(get run_time) s, $(get execs_done) execs ($(get execs_per_sec)/s), $(get corpus_count) paths," \
  "$(get saved_crashes) crashes, $(get saved_hangs) hangs, findings in ${out#"$root"/}/findings/default"
