"""Time full reports over a cluster file: serially in-process, then on a Dask LocalCluster of 1 and 2 workers.

    python bench/bench_scale.py [--data FILE] [--limit N] [--workers 1 2]

Each story is cleaned, reported and rendered as JSON (what `storyweave scale-report` does).
Serial is warm (encoder loaded, one story run first). For Dask, "cold" is one
`report_stories(..., workers=N)` call as the CLI makes it (cluster start-up, worker imports and
encoder load included); "warm" reuses a started cluster whose workers have loaded the encoder.
Prints stories/s for each and the machine's core count; the timings include whatever else the
machine is running.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from distributed import Client, LocalCluster

from storyweave import api
from storyweave.embed import default_encoder
from storyweave.render import render
from storyweave.scale import read_stories, report_stories

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "duc2003" / "dev.jsonl"


def _warm_encoder() -> None:
    default_encoder().encode(["Warm the encoder up."])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None, help="time only the first N stories")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    stories = read_stories([args.data]).stories[: args.limit]
    count = len(stories)
    print(f"{args.data.parent.name}: {count} stories, {os.cpu_count()} cores (shared machine)")

    render(api.report(api.clean_batch(stories[0].batch)), "json")
    start, cpu_start = time.perf_counter(), time.process_time()
    for story in stories:
        render(api.report(api.clean_batch(story.batch)), "json")
    serial, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    # CPU over wall time above 1 means onnxruntime's threads already use more than one core serially.
    print(
        f"serial in-process (warm):   {serial:6.1f} s  {count / serial:5.2f} stories/s"
        f"  (CPU {cpu / serial:.2f}x wall)"
    )

    with tempfile.TemporaryDirectory() as out_dir:
        for workers in args.workers:
            cold = report_stories(stories, out_dir=out_dir, workers=workers)
            assert not cold.failed, cold.failed
            print(
                f"dask {workers} worker(s), cold:   {cold.seconds:6.1f} s  {count / cold.seconds:5.2f} stories/s"
                "  (start-up included)"
            )
            with (
                LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    host="127.0.0.1",
                    dashboard_address=None,
                    scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
                ) as cluster,
                Client(cluster) as client,
            ):
                client.run(_warm_encoder)
                warm = report_stories(stories, out_dir=out_dir, scheduler=client)
            print(
                f"dask {workers} worker(s), warm:   {warm.seconds:6.1f} s  {count / warm.seconds:5.2f} stories/s"
            )


if __name__ == "__main__":
    main()
