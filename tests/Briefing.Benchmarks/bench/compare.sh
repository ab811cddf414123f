#!/usr/bin/env bash
# ORIGIN: the project's shared benchmark folder (bench/compare.sh), kept here so that any clone runs it.
# Build the same generated corpus with Briefing, Hugo and Eleventy, side by side, and print the
# ratios. Run from the repository root:  tests/Briefing.Benchmarks/bench/compare.sh [N] [RUNS]
# N briefings (default 4000), RUNS timed runs of each after one warm-up (default 3).
# Briefing is timed without search (--no-search); the search step is reported apart: Pagefind's own
# time as the build reports it ("the search index in N ms"), when pagefind is on PATH.
# BENCH_PEERS="hugo" leaves Eleventy out.
# Needs: python3, dotnet; installs Hugo (Debian package) and Eleventy (npm, in a cache folder)
# when missing. Output goes to a RAM disk where one exists, so the file system's noise is not
# what is measured.
set -euo pipefail
N=${1:-4000}
RUNS=${2:-3}
here=$(cd "$(dirname "$0")" && pwd)
repo=$(pwd)
cache=${BENCH_CACHE:-/tmp/briefing-bench}
scratch=/dev/shm
[[ -d $scratch && -w $scratch ]] || scratch=$cache
mkdir -p "$cache"

command -v hugo >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo >/dev/null; }
if [[ ! -x $cache/node/node_modules/.bin/eleventy ]]; then
  mkdir -p "$cache/node" && (cd "$cache/node" && npm init -y >/dev/null && npm i -E @11ty/eleventy@3.1.8 markdown-it-footnote@4.0.0 >/dev/null 2>&1)
fi

corpus=$cache/corpus-$N
[[ -d $corpus ]] || python3 "$here/make-corpus.py" "$N" "$corpus" >/dev/null
ln -sfn "$cache/node/node_modules" "$corpus/eleventy/node_modules"

dotnet publish "$repo/src/Briefing.Cli" -c Release -o "$cache/bin" -v quiet -nologo >/dev/null
briefing=$cache/bin/briefing

time_it() { # name, command...: prints the median wall seconds of RUNS runs after a warm-up
  local name=$1; shift
  local times=()
  for ((i = 0; i <= RUNS; i++)); do
    rm -rf "$scratch/bench-out"
    local t0 t1
    t0=$(date +%s.%N)
    "$@" >/dev/null 2>"$cache/$name.err" || { echo "$name failed:"; tail -5 "$cache/$name.err"; exit 1; }
    t1=$(date +%s.%N)
    ((i == 0)) || times+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f", b - a}')")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

ours=$(time_it briefing "$briefing" build --no-search --input "$corpus/briefing/input" --theme "$repo/theme" --output "$scratch/bench-out")

search_time() { # the median of the search step's seconds over RUNS builds with search, after a warm-up
  for ((i = 0; i <= RUNS; i++)); do
    rm -rf "$scratch/bench-search"
    "$briefing" build --no-cache --input "$corpus/briefing/input" --theme "$repo/theme" --output "$scratch/bench-search" 2>&1 >/dev/null |
      sed -n 's/.*the search index in \([0-9]*\) ms.*/\1/p'
  done | tail -n +2 | sort -n | awk '{a[NR]=$1} END {printf "%.3f", a[int((NR+1)/2)] / 1000}'
  rm -rf "$scratch/bench-search"
}
search=n/a
command -v pagefind >/dev/null && search=$(search_time)
hugo=$(cd "$corpus/hugo" && time_it hugo hugo --quiet -d "$scratch/bench-out")
eleventy=0
[[ ${BENCH_PEERS:-hugo eleventy} == *eleventy* ]] &&
  eleventy=$(cd "$corpus/eleventy" && time_it eleventy "$cache/node/node_modules/.bin/eleventy" --quiet --output="$scratch/bench-out")
pages=$(find "$corpus/briefing/input/briefings" -name article.md | wc -l)
printf 'briefings: %s  runs: %s (median wall seconds)\n' "$pages" "$RUNS"
printf 'briefing  %8.3f s (without search)\nhugo      %8.3f s\neleventy  %8.3f s\n' "$ours" "$hugo" "$eleventy"
printf 'search    %8s s (Pagefind, the build'"'"'s search step)\n' "$search"
awk -v o="$ours" -v h="$hugo" -v e="$eleventy" 'BEGIN {printf "ratio briefing/hugo: %.3f", o / h; if (e > 0) printf "  briefing/eleventy: %.3f", o / e; print ""}'
