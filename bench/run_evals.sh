#!/usr/bin/env bash
# Re-run every dev-set evaluation BENCHMARKS.md reports (storyweave and all peers in one run per set).
# Usage: bench/run_evals.sh [OUT_DIR]   (storyweave on PATH, e.g. after `source .venv/bin/activate`; needs ../shared
# beside the repo; about 15 minutes on 2 cores)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-bench/results}
# tee opens its file before storyweave creates the folder: without this a fresh clone stops after the first set.
mkdir -p "$out"
for set in duc2003 multinews allsides multiling2011_en; do
  storyweave eval "../shared/data/$set/dev.jsonl" --out "$out/$set" | tee "$out/$set.txt"
done
