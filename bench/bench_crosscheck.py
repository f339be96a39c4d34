"""Time the cross-check stage on every DUC 2003 dev cluster.

Run: ``/work/venv/bin/python bench/bench_crosscheck.py [path/to/dev.jsonl]``

Cleans and segments each cluster once (not timed), then times one warm run
of ``find_quotes`` + ``find_conflicts`` + ``build_timeline`` per cluster (the
timeline with the MiniLM encoder, loaded before, as ``storyweave.api.report``
runs it) and prints the median and 90th percentile in milliseconds, with the
core count.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

from storyweave.clean import clean
from storyweave.crosscheck import build_timeline, find_conflicts, find_quotes, read_story_facts
from storyweave.embed import default_encoder
from storyweave.ingest import read_clusters
from storyweave.segment import segment

DEFAULT = Path(__file__).parents[1] / ".." / "shared" / "data" / "duc2003" / "dev.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(
        description="Time quotes + conflicts + timeline per cluster of a cluster file."
    )
    parser.add_argument(
        "path", nargs="?", type=Path, default=DEFAULT, help="cluster JSONL file (default: DUC 2003 dev)"
    )
    path = parser.parse_args().path
    clusters = [[segment(clean(a)) for a in cluster.articles] for cluster in read_clusters(path)]
    encoder = default_encoder()
    (
        find_quotes(clusters[0]),
        find_conflicts(clusters[0]),
        build_timeline(clusters[0], encoder=encoder),
    )  # warm-up
    timings = []
    for docs in clusters:
        start = time.perf_counter()
        reading = read_story_facts(docs)  # read once for all three, as storyweave.api.report does
        find_quotes(docs, reading=reading)
        find_conflicts(docs, reading=reading)
        build_timeline(docs, reading=reading, encoder=encoder)
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    p90 = timings[min(len(timings) - 1, int(0.9 * len(timings)))]
    print(
        f"crosscheck on {len(clusters)} clusters of {path.parent.name}/{path.name} ({os.cpu_count()} cores): "
        f"median {statistics.median(timings):.1f} ms, p90 {p90:.1f} ms, max {timings[-1]:.1f} ms per cluster"
    )


if __name__ == "__main__":
    main()
