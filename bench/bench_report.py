"""Time the whole cross-checked report (summary, claims, quotes, conflicts, timeline) per cluster.

    python bench/bench_report.py [--data FILE] [--limit N]

Warm: the encoder is loaded and the first cluster is run once before timing.
Prints the median and 90th-percentile wall time per cluster and the core count.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

from storyweave import api
from storyweave.clean import clean_all
from storyweave.embed import default_encoder
from storyweave.ingest import read_clusters

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "duc2003" / "dev.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None, help="time only the first N clusters")
    args = parser.parse_args()
    clusters = read_clusters(args.data)[: args.limit]
    encoder = default_encoder()
    api.report(clean_all(clusters[0].articles).articles, encoder=encoder)
    times = []
    for cluster in clusters:
        start = time.perf_counter()
        api.report(clean_all(cluster.articles).articles, encoder=encoder)
        times.append(time.perf_counter() - start)
    times.sort()
    print(
        f"{args.data.parent.name}: {len(times)} clusters, report median {statistics.median(times) * 1000:.0f} ms, "
        f"p90 {times[int(0.9 * (len(times) - 1))] * 1000:.0f} ms per cluster ({os.cpu_count()} cores)"
    )


if __name__ == "__main__":
    main()
