#!/usr/bin/env bash
# Briefing and Hugo on the same generated corpus, run alternately round by round, so that the
# machine's drift falls on both alike. Run from the repository root:
#   tests/Briefing.Benchmarks/alternate.sh [N] [ROUNDS]
# N briefings (default 4000), ROUNDS timed rounds after one warm-up round (default 9). Each run
# starts from a deleted output folder on /dev/shm. Prints each round (Briefing s, Hugo s, ratio),
# sorted by ratio, then the medians.
# Needs: python3, dotnet, gawk, hugo (Debian package; installed when missing).
set -euo pipefail
N=${1:-4000}
ROUNDS=${2:-9}
repo=$(pwd)
cache=${BENCH_CACHE:-/tmp/briefing-bench}
scratch=/dev/shm
[[ -d $scratch && -w $scratch ]] || scratch=$cache
command -v hugo >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo >/dev/null; }
command -v gawk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gawk >/dev/null; }

corpus=$cache/corpus-$N
[[ -d $corpus ]] || python3 "$repo/tests/Briefing.Benchmarks/bench/make-corpus.py" "$N" "$corpus" >/dev/null
dotnet publish "$repo/src/Briefing.Cli" -c Release -o "$cache/bin" -v quiet -nologo >/dev/null

out=$scratch/alternate-out
trap 'rm -rf "$out"' EXIT
now() { date +%s.%N; }
for ((i = 0; i <= ROUNDS; i++)); do
  rm -rf "$out"; t0=$(now)
  "$cache/bin/briefing" build --input "$corpus/briefing/input" --theme "$repo/theme" --output "$out" --no-cache >/dev/null 2>&1
  t1=$(now); rm -rf "$out"; t2=$(now)
  (cd "$corpus/hugo" && hugo --quiet -d "$out" >/dev/null)
  t3=$(now)
  ((i == 0)) || awk -v t0="$t0" -v t1="$t1" -v t2="$t2" -v t3="$t3" 'BEGIN { b = t1 - t0; h = t3 - t2; printf "%.3f %.3f %.3f\n", b, h, b / h }'
done | sort -k3 -n | gawk '{ print; b[NR] = $1; h[NR] = $2; r[NR] = $3 }
  END { asort(b); asort(h); m = int((NR + 1) / 2)
        printf "briefings: %s  rounds: %d  median briefing %.3f s  median hugo %.3f s  median ratio %.3f (range %.3f-%.3f)\n", "'"$N"'", NR, b[m], h[m], r[m], r[1], r[NR] }'
