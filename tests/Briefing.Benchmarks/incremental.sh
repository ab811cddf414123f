#!/usr/bin/env bash
# Incremental rebuilds against full builds of the generated corpus, with hyperfine. Run from the
# repository root:  tests/Briefing.Benchmarks/incremental.sh [N] [RUNS]
# N briefings (default 4000), RUNS timed runs of each (default 10, after 2 warm-ups). The corpus is
# copied first (the runs edit one briefing's annotations.yml). Output and cache go to /dev/shm.
# Needs: python3, dotnet, hyperfine (Debian package; installed when missing).
set -euo pipefail
N=${1:-4000}
RUNS=${2:-10}
repo=$(pwd)
cache=${BENCH_CACHE:-/tmp/briefing-bench}
scratch=/dev/shm
[[ -d $scratch && -w $scratch ]] || scratch=$cache
command -v hyperfine >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine >/dev/null; }

corpus=$cache/corpus-$N
[[ -d $corpus ]] || python3 "$repo/tests/Briefing.Benchmarks/bench/make-corpus.py" "$N" "$corpus" >/dev/null
dotnet publish "$repo/src/Briefing.Cli" -c Release -o "$cache/bin" -v quiet -nologo >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work" "$scratch/incremental-out" "$scratch/.briefing-cache/incremental-out"' EXIT
cp -r "$corpus/briefing/input" "$work/input"
annotations=$(find "$work/input/briefings" -name annotations.yml | sort | sed -n 43p)
cp "$annotations" "$work/original.yml"
python3 - "$work/original.yml" "$work/reworded.yml" "$work/one-note-less.yml" <<'EOF'
import sys
text = open(sys.argv[1]).read()
at = text.index("note: ")
open(sys.argv[2], "w").write(text[:at] + "note: Reworded. " + text[at + 6:])
open(sys.argv[3], "w").write(text[:text.rindex("  - id:")])
EOF
# Each run sees a change: the file goes back and forth between the original and the edit.
toggle() { echo "if cmp -s '$annotations' '$work/original.yml'; then cp '$work/$1' '$annotations'; else cp '$work/original.yml' '$annotations'; fi"; }

out=$scratch/incremental-out
build="$cache/bin/briefing build --no-search --input $work/input --theme $repo/theme --output $out"
# hyperfine pairs the i-th --prepare with the i-th command.
hyperfine --style basic --warmup 2 --runs "$RUNS" --export-csv "$work/times.csv" \
  --prepare "rm -rf $out" -n "full build --no-cache" "$build --no-cache" \
  --prepare "rm -rf $out" -n "full build with cache (output/ deleted)" "$build" \
  --prepare "true" -n "rebuild: nothing changed" "$build" \
  --prepare "$(toggle reworded.yml)" -n "rebuild: one note reworded" "$build" \
  --prepare "$(toggle one-note-less.yml)" -n "rebuild: one note removed or restored" "$build" >&2

echo "briefings: $N  runs: $RUNS (median wall seconds; ratio to the full build without cache)"
awk -F, 'NR == 1 { next } { name[NR] = $1; median[NR] = $4 } NR == 2 { full = $4 }
  END { for (i = 2; i <= NR; i++) printf "%-48s %8.3f s  %6.1f%%\n", name[i], median[i], 100 * median[i] / full }' "$work/times.csv"
