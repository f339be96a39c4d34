"""Time the web UI's story list on a database of many stories.

Usage:
    python bench/bench_web_list.py [--stories 20000] [--db FILE] [--repeat 5]

Unless ``--db`` names a database that exists, writes one of ``--stories``
synthetic articles of random words (seed 7), each its own story, through
``api.ingest``. Then times, in process, ``api.stories`` and a ``GET /stories``
through the WSGI app (the first page of the list), and prints the median of
``--repeat`` runs of each and the page's size. Reusing one ``--db`` lets two
versions of the code be timed on the same stories.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import random
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
    args = parser.parse_args(argv)
    logging.disable(logging.WARNING)
    with tempfile.TemporaryDirectory() as folder:
        db = args.db or Path(folder) / "list.db"
        if not db.exists():
            began = time.perf_counter()
            api.ingest(Batch(tuple(synthetic_articles(args.stories))), db, progress=False)
            print(f"stored {args.stories:,} articles in {time.perf_counter() - began:.0f} s")
        app = make_app(db)
        page: list[bytes] = []

        def get_list() -> None:
            environ = {
                "REQUEST_METHOD": "GET",
                "PATH_INFO": "/stories",
                "QUERY_STRING": "",
                "HTTP_HOST": "localhost",
            }
            page[:] = [b"".join(app(environ, lambda status, headers: None))]

        stories = len(api.stories(db))
        print(f"{stories:,} stories")
        print(f"api.stories   median {median_ms(lambda: api.stories(db), args.repeat):.0f} ms")
        print(
            f"GET /stories  median {median_ms(get_list, args.repeat):.0f} ms, page {len(page[0]) / 1e3:.0f} KB"
        )


if __name__ == "__main__":
    main()
