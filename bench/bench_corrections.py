"""Time of an editor's move out of a long story, through the API and the command line.

Usage:
    python bench/bench_corrections.py [--story 2000] [--background 2000] [--repeat 3] [--db-cache DIR]

The database holds one long story (``--story`` remixes of one dev story, with
its three most frequent names made up, over 20 days) among ``--background``
articles of bench_stream's synthetic stream over the same days. It is built
once (deterministic, fixed seeds) and kept in ``--db-cache`` if given, so two
versions of storyweave can each time moves on a copy of their own database.
Each timing is on a fresh copy of it and moves one article of the long story
to a new story:

- ``middle``: an article from the middle of the story (none of its recent
  vectors), through ``api.move_article`` (open, load the grouper, move,
  checkpoint, close), then through ``Store.move_article`` in a store already
  open (after a first move that loads the grouper: the move and its
  checkpoint only), then through ``storyweave move ARTICLE --to new`` in a new
  Python process (start-up and imports included);
- ``newest``: the story's newest article (one of its recent vectors), through the API.

Each line prints the best of ``--repeat`` runs. To compare with other code, run
it with that code first on the path (``PYTHONPATH=/other/code python
bench/bench_corrections.py``, from a folder outside the repository), alternating.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import heapq
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from bench_stream import remix, renamer, source_stories, synthetic_stream

from storyweave import api
from storyweave.model import Article
from storyweave.store import Store

DAYS = 20


def long_story_articles(size: int, seed: int) -> Iterator[Article]:
    """``size`` remixes of the first dev story of three long articles (one story), in date order over DAYS days."""
    rng = random.Random(seed)
    sources = next(story for story in source_stories() if len(story) == 3)
    rename = renamer(sources, rng)
    start = dt.date(2024, 1, 1)
    for i in range(size):
        base = rng.choice(sources)
        yield dataclasses.replace(
            base,
            id=f"long{i:05d}",
            text=f"{rename(remix(base, rng.choice(sources), rng))} (Long {i:05d}.)",
            title=rename(base.title) if base.title else None,
            date=start + dt.timedelta(days=i * DAYS // size),
            url=None,
            origin=None,
        )


def build(path: Path, story: int, background: int) -> None:
    """Store the long story and the background, merged in date order (the long story first on a day)."""
    stream = heapq.merge(
        ((article.date, 0, article) for article in long_story_articles(story, 11)),
        ((article.date, 1, article) for article in synthetic_stream(background, 7, DAYS)),
        key=lambda item: item[:2],
    )
    with Store(path) as store:
        store.add_articles(article for _, _, article in stream)


def long_story(path: Path) -> tuple[str, list[str], int]:
    """The story holding the most long-story articles: its id, its articles that copy none, its size."""
    with sqlite3.connect(path) as db:
        story_id, size = db.execute(
            "SELECT story_id, COUNT(*) FROM assignments WHERE story_id IN (SELECT story_id FROM assignments"
            " WHERE article_id LIKE 'long%' GROUP BY story_id ORDER BY COUNT(*) DESC LIMIT 1) GROUP BY story_id"
        ).fetchone()
        originals = [
            row[0]
            for row in db.execute(
                "SELECT s.article_id FROM assignments s JOIN articles a ON a.id = s.article_id"
                " LEFT JOIN duplicates d ON d.article_id = a.id"
                " WHERE s.story_id = ? AND d.article_id IS NULL ORDER BY a.seq",
                (story_id,),
            )
        ]
        return story_id, originals, size


def timed_move(template: Path, article_id: str, how: str, folder: str) -> float:
    """Seconds to move ``article_id`` to a new story, in a fresh copy of the database."""
    db = Path(folder) / "moved.db"
    shutil.copyfile(template, db)
    began = time.perf_counter()
    if how == "store":
        with Store(db) as store:
            store.move_article("long00000")  # loads the grouper (not timed)
            began = time.perf_counter()
            store.move_article(article_id)
            elapsed = time.perf_counter() - began
    elif how == "cli":
        subprocess.run(
            [sys.executable, "-m", "storyweave", "move", article_id, "--to", "new", "--db", str(db)],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    else:
        api.move_article(db, article_id)
    if how != "store":
        elapsed = time.perf_counter() - began
    db.unlink()
    return elapsed


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--story", type=int, default=2_000, help="articles of the long story")
    parser.add_argument("--background", type=int, default=2_000, help="other articles")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--db-cache", type=Path, help="folder to keep the built database in")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        cache = args.db_cache or Path(folder)
        cache.mkdir(parents=True, exist_ok=True)
        template = cache / f"long-{args.story}-{args.background}.db"
        if not template.exists():
            began = time.perf_counter()
            build(template, args.story, args.background)
            print(f"built {template} in {time.perf_counter() - began:.0f} s")
        story_id, originals, size = long_story(template)
        print(
            f"storyweave from {Path(api.__file__).parents[1]}; long story {story_id} of {size:,} articles"
            f" ({size - len(originals):,} of them near-duplicate copies)"
        )
        middle, newest = originals[len(originals) // 2], originals[-1]
        runs = [
            ("middle", middle, "api", "api.move_article"),
            ("newest", newest, "api", "api.move_article"),
            ("middle", middle, "store", "Store.move_article in an open store"),
            ("middle", middle, "cli", "storyweave move --to new"),
        ]
        for label, article_id, how, what in runs:
            best = min(timed_move(template, article_id, how, folder) for _ in range(args.repeat))
            print(f"{label:>7} {article_id}: {what} {best:.3f} s")


if __name__ == "__main__":
    main()
