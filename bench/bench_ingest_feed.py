"""Throughput and peak memory of `storyweave ingest` on one big JSONL feed, through the command line.

Usage:
    python bench/bench_ingest_feed.py [--n 100000] [--seed 7] [--encoding utf-8] [--feed FILE] [--db FILE]

Writes a feed of ``--n`` synthetic articles (bench/bench_stream.py's stream: one
year of remixed dev articles, a tenth near-duplicates) as one JSON line each
(id, text, title, date, source), unless ``--feed`` names one that exists; then
runs ``storyweave ingest FEED --db DB`` in a child process and prints its wall
time, articles/s and peak resident memory (the child's ru_maxrss). Unlike
bench_stream.py, which hands the articles to the store, this times reading,
cleaning, ordering by date and storing, as a user runs it.

Peak memory should follow the store and grouper's own state (bench_stream.py),
not the feed's size: ``storyweave ingest`` keeps only each article's date, id and
place in a temporary file until it stores them. ``--encoding cp1252`` writes the
feed as Windows-1252 (a character it lacks becomes "?"), which ingest reads with a
warning, a line at a time as it reads UTF-8.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_stream import synthetic_stream


def write_feed(path: Path, n: int, seed: int, encoding: str = "utf-8") -> None:
    """``n`` synthetic articles, one JSON line each, in date order (as a feed is written)."""
    with path.open("w", encoding=encoding, errors="replace") as feed:
        for article in synthetic_stream(n, seed):
            record = {
                "id": article.id,
                "text": article.text,
                "title": article.title,
                "date": article.date.isoformat() if article.date else None,
                "source": article.source,
            }
            feed.write(json.dumps(record, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=100_000, help="articles in the feed")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--encoding", default="utf-8", help="the feed's encoding, e.g. cp1252")
    parser.add_argument("--feed", type=Path, help="the feed to ingest (written first if it does not exist)")
    parser.add_argument(
        "--db", type=Path, help="database file, which must not exist (default: a temporary one)"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        feed = args.feed or Path(folder) / "feed.jsonl"
        if not feed.exists():
            began = time.perf_counter()
            write_feed(feed, args.n, args.seed, args.encoding)
            print(f"wrote {args.n:,} articles to {feed} in {time.perf_counter() - began:.0f} s")
        db = args.db or Path(folder) / "bench.db"
        if db.exists():
            parser.error(f"{db} exists: ingest would skip the articles already stored")
        articles = sum(1 for line in feed.open("rb") if line.strip())
        print(
            f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs; feed of {articles:,} articles, "
            f"{feed.stat().st_size / 1e6:.0f} MB"
        )
        began = time.perf_counter()
        run = subprocess.run(
            [sys.executable, "-m", "storyweave", "ingest", str(feed), "--db", str(db)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        seconds = time.perf_counter() - began
        # Linux reports ru_maxrss in KB: the peak of the largest child waited for, here the only one.
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        summary = run.stderr.strip().splitlines()[-1] if run.stderr.strip() else ""
        print(f"exit {run.returncode}: {summary}")
        print(
            f"{seconds:.0f} s, {articles / seconds:.0f} articles/s, peak {peak_mb:.0f} MB, "
            f"database {db.stat().st_size / 1e6:.0f} MB"
        )


if __name__ == "__main__":
    main()
