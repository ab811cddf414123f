#!/usr/bin/env bash
# Builds the generated corpus at several sizes with Briefing, Hugo and Eleventy side by side
# (bench/compare.sh) and writes one CSV row per size. Run from the repository root:
#   tests/Briefing.Benchmarks/scaling.sh [RUNS] [SIZES...] > scaling.csv
#   python3 tests/Briefing.Benchmarks/chart.py scaling.csv > build-time.svg
# BENCH_PEERS=hugo leaves Eleventy out (its column is then 0).
set -euo pipefail
RUNS=${1:-3}
shift || true
SIZES=("${@:-250 1000 4000}")
read -r -a SIZES <<< "${SIZES[*]}"
compare=$(cd "$(dirname "$0")" && pwd)/bench/compare.sh
echo "briefings,briefing_s,hugo_s,eleventy_s"
for n in "${SIZES[@]}"; do
  out=$(bash "$compare" "$n" "$RUNS")
  b=$(awk '/^briefing /{print $2}' <<< "$out")
  h=$(awk '/^hugo /{print $2}' <<< "$out")
  e=$(awk '/^eleventy /{print $2}' <<< "$out")
  echo "$n,$b,$h,$e"
done
