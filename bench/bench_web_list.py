"""Time the web UI's story list, and a stored story's report, on a database of many stories.

Usage:
    python bench/bench_web_list.py [--stories 20000] [--db FILE] [--repeat 5] [--story ID]

Unless ``--db`` names a database that exists, writes one of ``--stories``
synthetic articles of random words (seed 7), each its own story, through
``api.ingest``. Then times, in process, through the WSGI app:

- ``api.stories`` (every story, as ``storyweave stories`` lists them);
- ``GET /stories``, the first page of the list, and a search sorted by the latest
  article, page 2 (``/stories?q=synthetic+1&sort=latest&page=2``);
- ``GET /stories/<id>`` for the first story (or ``--story``): the first request (its report is
  made; any report the database kept of that story is dropped first) and the
  ones after it (read back where the code keeps reports).

It prints the median of ``--repeat`` runs of each (the first report request
runs once) and the pages' sizes. Reusing one ``--db`` lets two versions of the
code be timed on the same stories (a newer one migrates it once, on first open).
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from storyweave import api
from storyweave.model import Article, Batch
from storyweave.serve.app import make_app


def synthetic_articles(n: int, seed: int = 7) -> list[Article]:
    """``n`` articles of random made-up words: no two share enough to make one story."""
    rng = random.Random(seed)
    words = [f"w{i}" for i in range(20_000)]
    return [
        Article(
            id=f"syn-{i}",
            text=(" ".join(rng.choice(words) for _ in range(60)) + ".").capitalize()
            + " "
            + " ".join(rng.choice(words) for _ in range(40))
            + ".",
            title=f"Synthetic story {i} {rng.choice(words)}",
            date=dt.date(2022, 1 + i % 12, 1 + i % 28),
            source=f"Outlet {i % 37}",
        )
        for i in range(n)
    ]


def median_ms(run, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        run()
        times.append(time.perf_counter() - began)
    return statistics.median(times) * 1000


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--stories", type=int, default=20_000)
    parser.add_argument("--db", type=Path, help="database to time (built first if it does not exist)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--story", help="the story whose report is timed (default: the first)")
    args = parser.parse_args(argv)
    logging.disable(logging.WARNING)
    with tempfile.TemporaryDirectory() as folder:
        db = args.db or Path(folder) / "list.db"
        if not db.exists():
            began = time.perf_counter()
            api.ingest(Batch(tuple(synthetic_articles(args.stories))), db, progress=False)
            print(f"stored {args.stories:,} articles in {time.perf_counter() - began:.0f} s")
        stories = api.stories(db)  # also brings the schema up to date, outside the timings
        print(f"{len(stories):,} stories")
        app = make_app(db)
        page: list[bytes] = []

        def get(path: str, query: str = "") -> None:
            environ = {
                "REQUEST_METHOD": "GET",
                "PATH_INFO": path,
                "QUERY_STRING": query,
                "HTTP_HOST": "localhost",
            }
            page[:] = [b"".join(app(environ, lambda status, headers: None))]

        print(f"api.stories              median {median_ms(lambda: api.stories(db), args.repeat):.0f} ms")
        for query in ("", "q=synthetic+1&sort=latest&page=2"):
            took = median_ms(lambda query=query: get("/stories", query), args.repeat)
            print(
                f"GET /stories{'?' + query if query else ''}  median {took:.0f} ms, page {len(page[0]) / 1e3:.0f} KB"
            )
        story_id = args.story or stories[0].id
        forget_report(db, story_id)
        began = time.perf_counter()
        get(f"/stories/{story_id}")
        first = (time.perf_counter() - began) * 1000
        size = len(page[0])
        again = median_ms(lambda: get(f"/stories/{story_id}"), args.repeat)
        assert len(page[0]) == size, "the report read back differs from the one made"
        print(
            f"GET /stories/{story_id}  first {first:.0f} ms, then median {again:.1f} ms, page {size / 1e3:.0f} KB"
        )


def forget_report(db: Path, story_id: str) -> None:
    """Drop the reports the database kept of a story, so that the first request makes it (older code keeps none)."""
    with sqlite3.connect(db) as connection:
        if connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'report_cache'").fetchone():
            connection.execute("DELETE FROM report_cache WHERE story_id = ?", (story_id,))


if __name__ == "__main__":
    main()
