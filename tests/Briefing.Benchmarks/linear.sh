#!/usr/bin/env bash
# Linear growth: the time per briefing at SMALL and at LARGE briefings (default 250 and 4000), with
# the two sizes interleaved round by round, so that the machine's drift falls on both alike, and Hugo
# measured the same way for comparison. Run from the repository root:
#   tests/Briefing.Benchmarks/linear.sh [ROUNDS] [SMALL] [LARGE]
# Each round: Briefing at SMALL, LARGE, SMALL, then Hugo likewise; output deleted before each run, a
# default build (the cache written, as compare.sh builds). Prints each round's ratio of the time per
# briefing (SMALL over LARGE; the mean of the round's two SMALL runs), sorted, then the medians.
# Needs: python3, dotnet, gawk, hugo (Debian package; installed when missing).
set -euo pipefail
ROUNDS=${1:-9}
SMALL=${2:-250}
LARGE=${3:-4000}
repo=$(pwd)
cache=${BENCH_CACHE:-/tmp/briefing-bench}
scratch=/dev/shm
[[ -d $scratch && -w $scratch ]] || scratch=$cache
command -v hugo >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo >/dev/null; }
command -v gawk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gawk >/dev/null; }

for n in "$SMALL" "$LARGE"; do
  [[ -d $cache/corpus-$n ]] || python3 "$repo/tests/Briefing.Benchmarks/bench/make-corpus.py" "$n" "$cache/corpus-$n" >/dev/null
done
dotnet publish "$repo/src/Briefing.Cli" -c Release -o "$cache/bin" -v quiet -nologo >/dev/null

out=$scratch/linear-out
trap 'rm -rf "$out"' EXIT
now() { date +%s.%N; }
briefing() { # N: seconds for one build of corpus-N
  rm -rf "$out"; local t0; t0=$(now)
  "$cache/bin/briefing" build --input "$cache/corpus-$1/briefing/input" --theme "$repo/theme" --output "$out" >/dev/null 2>&1
  awk -v a="$t0" -v b="$(now)" 'BEGIN { printf "%.4f", b - a }'
}
hugo_() { # N: seconds for one Hugo build of corpus-N
  rm -rf "$out"; local t0; t0=$(now)
  (cd "$cache/corpus-$1/hugo" && hugo --quiet -d "$out" >/dev/null)
  awk -v a="$t0" -v b="$(now)" 'BEGIN { printf "%.4f", b - a }'
}
for ((i = 0; i <= ROUNDS; i++)); do
  b1=$(briefing "$SMALL"); bl=$(briefing "$LARGE"); b2=$(briefing "$SMALL")
  h1=$(hugo_ "$SMALL"); hl=$(hugo_ "$LARGE"); h2=$(hugo_ "$SMALL")
  ((i == 0)) || awk -v b1="$b1" -v bl="$bl" -v b2="$b2" -v h1="$h1" -v hl="$hl" -v h2="$h2" -v s="$SMALL" -v l="$LARGE" 'BEGIN {
    bs = (b1 + b2) / 2; hs = (h1 + h2) / 2
    printf "%.3f %.3f %.3f %.3f %.3f %.3f\n", (bs / s) / (bl / l), bs, bl, (hs / s) / (hl / l), hs, hl }'
done | sort -n | gawk -v s="$SMALL" -v l="$LARGE" '{ print; for (k = 1; k <= 6; k++) c[k][NR] = $k }
  END { m = int((NR + 1) / 2); for (k = 1; k <= 6; k++) asort(c[k])
        printf "rounds: %d  (each line: briefing ratio, its %s s, its %s s, hugo ratio, its %s s, its %s s)\n", NR, s, l, s, l
        printf "briefing: %.3f ms a briefing at %s, %.3f ms at %s; median ratio %.3f (range %.3f-%.3f)\n", c[2][m] * 1000 / s, s, c[3][m] * 1000 / l, l, c[1][m], c[1][1], c[1][NR]
        printf "hugo:     %.3f ms a briefing at %s, %.3f ms at %s; median ratio %.3f (range %.3f-%.3f)\n", c[5][m] * 1000 / s, s, c[6][m] * 1000 / l, l, c[4][m], c[4][1], c[4][NR] }'
