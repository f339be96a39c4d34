"""Late articles: do back-filled articles join their story once the store holds newer ones?

Usage:
    python bench/bench_stream.py --n 20000 --db stream.db   # a year of synthetic stories, once
    python bench/bench_backfill.py stream.db [--late 200] [--seed 5]

Works on a copy of the database (``stream.db`` is left as it is). It takes ``--late``
articles of May and June (months before the stream's newest date, so their stories
have gone stale in the grouper), makes a re-edited copy of each (the second half of
its sentences, under a new id, as a later write-through carries the story on), and
adds them all in one ``Store.add_articles`` batch. It prints the CPU time of that
call and how many late articles joined their source article's story.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from storyweave.store import Store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", help="a database bench_stream.py wrote (--db)")
    parser.add_argument("--late", type=int, default=200, help="late articles to add")
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder) / "backfill.db"
        shutil.copy(args.db, work)
        with sqlite3.connect(work) as db:
            ids = [
                row[0]
                for row in db.execute(
                    "SELECT a.id FROM articles a LEFT JOIN duplicates d ON d.article_id = a.id"
                    " WHERE a.date >= '2024-05-01' AND a.date < '2024-07-01' AND d.article_id IS NULL"
                    " ORDER BY a.seq"
                )
            ]
        chosen = set(random.Random(args.seed).sample(ids, args.late))
        with Store(work) as store:
            late = []
            for article in store.articles([i for i in ids if i in chosen]):
                sentences = article.text.split(". ")
                text = ". ".join(sentences[len(sentences) // 2 :])
                late.append(dataclasses.replace(article, id=article.id + "-late", text=text, url=None))
            start = time.process_time()
            store.add_articles(late)
            cpu = time.process_time() - start
        with sqlite3.connect(work) as db:
            story_of = dict(db.execute("SELECT article_id, story_id FROM assignments"))
    joined = sum(story_of[a.id] == story_of[a.id.removesuffix("-late")] for a in late)
    print(
        f"{len(late)} late articles: {joined} joined their source's story; "
        f"CPU {cpu:.2f} s ({1000 * cpu / len(late):.1f} ms each)"
    )


if __name__ == "__main__":
    main()
