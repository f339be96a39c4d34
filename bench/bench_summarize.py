"""Time storyweave against sumy's LexRank per cluster, from raw article text.

Usage:
    /work/venv/bin/python bench/bench_summarize.py [--data FILE] [--words 100] [--threads 1]

Both systems start from the cluster's raw articles: storyweave runs
``clean_all`` + ``storyweave.api.summarize``; LexRank runs the eval's shared
preparation (clean + segment) + sumy's LexRank. Each is warmed on the first
cluster first, so model and library loading is left out; the median wall time
per cluster is reported with the speed ratio and the cores used, and beside it
the calling thread's CPU time: on a shared machine a process waits for its core
while others run (session 33: 20-30 involuntary switches per DUC cluster, wall
twice the CPU time at a load average of 15), which wall time counts and CPU time
does not, so the two tell the code's cost from the machine's load.
``--threads 1`` pins the process to one core and sets the BLAS/OpenMP thread
counts to 1 before numpy or onnxruntime is imported.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "duc2003" / "dev.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--data", type=Path, default=DEFAULT_DATA, help="cluster JSONL file (default: DUC 2003 dev)"
    )
    parser.add_argument("--words", type=int, default=100, help="word budget (default: 100, DUC)")
    parser.add_argument("--threads", type=int, default=None, help="cores/threads to use (default: all)")
    args = parser.parse_args()
    if args.threads:
        # Must happen before numpy/onnxruntime start their thread pools.
        for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
            os.environ[variable] = str(args.threads)
        if hasattr(os, "sched_setaffinity"):
            os.sched_setaffinity(0, sorted(os.sched_getaffinity(0))[: args.threads])

    from storyweave import api
    from storyweave.clean import clean_all
    from storyweave.eval.peers import PEERS
    from storyweave.eval.runner import machine_name, prepare
    from storyweave.ingest import read_clusters

    clusters = read_clusters(args.data)
    lexrank = PEERS["sumy-lexrank"]()

    def run_storyweave(articles) -> None:
        api.summarize(clean_all(articles), words=args.words)

    def run_lexrank(articles) -> None:
        lexrank.summarize(prepare(articles), args.words)

    systems = {"storyweave": run_storyweave, "sumy-lexrank": run_lexrank}
    times: dict[str, list[float]] = {name: [] for name in systems}
    cpu_times: dict[str, list[float]] = {name: [] for name in systems}
    for run in systems.values():  # warm-up: loads libraries and models, untimed
        run(clusters[0].articles)
    for cluster in clusters:
        for name, run in systems.items():
            start, cpu_start = time.perf_counter(), time.thread_time()
            run(cluster.articles)
            times[name].append((time.perf_counter() - start) * 1000)
            cpu_times[name].append((time.thread_time() - cpu_start) * 1000)

    medians = {name: statistics.median(values) for name, values in times.items()}
    cpu_medians = {name: statistics.median(values) for name, values in cpu_times.items()}
    print(f"{args.data} ({len(clusters)} clusters, budget {args.words} words); machine: {machine_name()}")
    for name, median in medians.items():
        print(
            f"{name:14s} median {median:8.1f} ms/cluster  mean {statistics.fmean(times[name]):8.1f} ms"
            f"  (thread CPU: median {cpu_medians[name]:8.1f}  mean {statistics.fmean(cpu_times[name]):8.1f} ms)"
        )
    print(
        f"speed ratio (sumy-lexrank / storyweave): {medians['sumy-lexrank'] / medians['storyweave']:.1f}x"
        f"  (thread CPU: {cpu_medians['sumy-lexrank'] / cpu_medians['storyweave']:.1f}x)"
    )


if __name__ == "__main__":
    main()
