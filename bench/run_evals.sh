#!/usr/bin/env bash
# Re-run every dev-set evaluation BENCHMARKS.md reports (storyweave and all peers in one run per set).
# Usage: bench/run_evals.sh [OUT_DIR]   (needs ../shared beside the repo; about 15 minutes on 2 cores)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-bench/results}
for set in duc2003 multinews allsides multiling2011_en; do
  storyweave eval "../shared/data/$set/dev.jsonl" --out "$out/$set" | tee "$out/$set.txt"
done
