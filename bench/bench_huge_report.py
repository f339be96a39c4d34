"""CPU and wall time and peak memory of the whole report of one huge story, per story size.

Usage:
    python bench/bench_huge_report.py [--sizes 250,500,1000,2000] [--profile 30]

Each story is bench_corrections' long story (``--sizes`` remixes of one dev story of three long articles,
with its three most frequent names made up; deterministic): many of its articles are near-duplicate
copies, counted once, and the others repeat the same few dozen sentences in hundreds of articles, as a
wire story's pick-ups do. Each size runs in a Python process of its own, so its peak resident memory
(ru_maxrss) is its own; there the encoder is loaded and a report of five articles made before timing.
``api.report`` alone is timed, as the command line makes it (``storyweave report --db --story`` then
renders it, in about a second). CPU time counts every thread (BLAS, ONNX Runtime): compare it, not
wall time, on a loaded machine.

``--profile N`` prints, for each size, the N functions with the most CPU time under them (cProfile,
which slows the run down). To compare with other code, run it with that code first on the path
(``PYTHONPATH=/other/code python bench/bench_huge_report.py``, from a folder outside the repository),
alternating.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import resource
import subprocess
import sys
import time
from pathlib import Path

from bench_corrections import long_story_articles

from storyweave import api
from storyweave.embed import default_encoder


def measure(size: int, profile: int) -> dict[str, object]:
    """Report the long story of ``size`` articles once, in this process: its times, memory and counts."""
    articles = list(long_story_articles(size, 11))
    encoder = default_encoder()
    api.report(articles[:5], encoder=encoder)
    profiler = cProfile.Profile(time.process_time) if profile else None
    cpu, wall = time.process_time(), time.perf_counter()
    if profiler:
        profiler.enable()
    report = api.report(articles, encoder=encoder)
    if profiler:
        profiler.disable()
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    heaviest = ""
    if profiler:
        text = io.StringIO()
        pstats.Stats(profiler, stream=text).sort_stats("cumulative").print_stats(profile)
        heaviest = text.getvalue()
    return {
        "size": size,
        "cpu": cpu,
        "wall": wall,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "articles": len(report.articles),
        "sentences": len(report.sentences),
        "claims": len(report.claims),
        "profile": heaviest,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="250,500,1000,2000", help="story sizes, comma-separated")
    parser.add_argument("--profile", type=int, default=0, help="print the N heaviest functions per size")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # a child process: one size, as JSON
    args = parser.parse_args(argv)
    if args.one is not None:
        print(json.dumps(measure(args.one, args.profile)))
        return
    print(f"storyweave from {Path(api.__file__).parents[1]}; {os.cpu_count()} cores")
    print(f"{'size':>5} {'kept':>5} {'sentences':>9} {'claims':>6} {'CPU s':>7} {'wall s':>7} {'peak MB':>8}")
    for size in (int(part) for part in args.sizes.split(",")):
        child = subprocess.run(
            [sys.executable, __file__, "--one", str(size), "--profile", str(args.profile)],
            check=True,
            capture_output=True,
            text=True,
        )
        run = json.loads(child.stdout.splitlines()[-1])
        print(
            f"{run['size']:>5} {run['articles']:>5} {run['sentences']:>9} {run['claims']:>6}"
            f" {run['cpu']:>7.1f} {run['wall']:>7.1f} {run['peak_mb']:>8.0f}",
            flush=True,
        )
        if run["profile"]:
            print(run["profile"])


if __name__ == "__main__":
    main()
