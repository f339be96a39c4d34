"""Throughput of ingest + grouping on a long synthetic stream.

Usage:
    python bench/bench_stream.py [--n 100000] [--days 365] [--db FILE] [--seed 7] [--assignments FILE] [--cpu-time]

The stream is built deterministically (fixed seed) from the dev articles in
/work/shared/data (those of 150 words or more), with no paraphrasing: each source
story (a cluster of a summarization set, or a gold story of a clustering set) is
replayed as "events" at random points of one year (``--days``). Each event
renames the story's three most frequent capitalised words (people, places) with
made-up names, so that a story replayed twice makes two stories, as two
earthquakes would. An event runs for one to four days and emits remixes of its
articles (the lead of one article, then a shuffled sample of the other sentences
of that article and another one of the same story, dated on the event's day)
and, one time in ten, a lightly edited copy of an article it already emitted
(a near-duplicate).

The grouper's work per article grows with the number of *active* stories (those
updated within its ``stale_days``), not with the history. Over one year, that
window fills during the first ~25k articles; after it, the rate should hold.

Every article goes through ``Store.add_articles`` (SQLite insert, near-duplicate
check, online grouping, checkpoints), in batches of 500. Only that call is
timed. At every tenth of the stream (10k, 20k, ... 100k) it prints the overall
and the recent articles/s and the peak resident memory (ru_maxrss); closing the
store (the final grouper checkpoint) is timed apart, and then the peak of the
largest worker process that sketched articles (``storyweave.group.sketching``). ``--assignments`` writes each
article's story at the end ("id<TAB>story" lines, by id), to check that a change
meant only to be faster groups the stream as before.

``--cpu-time`` times the call in this process's CPU time rather than wall time:
on a machine other jobs load (five helpers on two cores ran it at 15-20
articles/s wall against 126-140 in CPU time), two codes compare by it, pinned to
one core each (``taskset -c 0``), where every article is sketched in-process.
With two usable cores the sketching workers' CPU time is not counted.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import os
import random
import re
import resource
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from storyweave.ingest import read_articles, read_clusters
from storyweave.model import Article
from storyweave.store import Store

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
SUMMARIZATION = ["duc2003", "multinews", "allsides", "multiling2011_en"]
CLUSTERING = ["clustering_tdt_duc2003", "clustering_allsides"]
BOILERPLATE = [
    "Copyright 2024 The Associated Press. All rights reserved.",
    "Sign up for our newsletter to get the latest news.",
    "This story has been updated.",
]
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{3,}\b")
BATCH = 500


def source_stories() -> list[list[Article]]:
    """Every dev story, as the list of its articles (long enough to remix)."""
    stories = [
        list(cluster.articles)
        for name in SUMMARIZATION
        for cluster in read_clusters(DATA / name / "dev.jsonl")
    ]
    for name in CLUSTERING:
        path = DATA / name / "dev.jsonl"
        lines = path.read_text(encoding="utf-8").split("\n")
        by_gold: dict[str, list[Article]] = {}
        for article in read_articles([path]).articles:
            gold = re.search(r'"cluster": "([^"]+)"', lines[int(article.origin.rsplit(":", 1)[1]) - 1]).group(
                1
            )
            by_gold.setdefault(gold, []).append(article)
        stories += by_gold.values()
    return [[a for a in story if len(a.text.split()) >= 150] for story in stories if story]


def sentences(article: Article) -> list[str]:
    return _SENTENCE_END.split(" ".join(article.text.split()))


def remix(first: Article, second: Article, rng: random.Random) -> str:
    """The first article's lead, then a shuffled sample of the other sentences of both articles."""
    lead, *rest = sentences(first)
    pool = rest + (sentences(second) if second is not first else [])
    rng.shuffle(pool)
    return " ".join([lead] + pool[: max(2, len(pool) // 2)])


def renamer(story: list[Article], rng: random.Random) -> Callable[[str], str]:
    """Replace the story's three most frequent capitalised words with made-up names."""
    counts = Counter(w for a in story for w in _CAPITALISED.findall(f"{a.title or ''} {a.text}"))
    names = {w: fake_name(rng) for w, _ in counts.most_common(3)}
    if not names:
        return lambda text: text
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\b")
    return lambda text: pattern.sub(lambda m: names[m.group()], text)


def fake_name(rng: random.Random) -> str:
    syllables = ["ka", "lo", "mi", "ra", "ze", "tu", "vo", "ni", "sha", "bel", "dor", "quin"]
    return "".join(rng.choice(syllables) for _ in range(3)).capitalize()


def light_edit(text: str, rng: random.Random) -> str:
    """A near-duplicate: three words changed and other boilerplate appended."""
    words = text.split()
    for _ in range(3):
        words[rng.randrange(len(words))] = rng.choice(["reportedly", "also", "now", "later"])
    return " ".join(words) + " " + rng.choice(BOILERPLATE)


def synthetic_stream(n: int, seed: int, days: int = 365) -> Iterator[Article]:
    """``n`` synthetic articles in date order over ``days`` days (see the module docstring)."""
    rng = random.Random(seed)
    stories = [s for s in source_stories() if s]
    start = dt.date(2024, 1, 1)
    per_event = 12
    active: list[
        tuple[int, list[Article], list[Article], Callable[[str], str]]
    ] = []  # last day, ..., renamer
    for i in range(n):
        day = i * days // n
        active = [event for event in active if event[0] >= day]
        if not active or rng.random() < 1 / per_event:
            sources = rng.choice(stories)
            active.append((day + rng.randint(0, 3), sources, [], renamer(sources, rng)))
        _, sources, emitted, rename = rng.choice(active)
        base = rng.choice(sources)
        if emitted and rng.random() < 0.1:
            text = light_edit(rng.choice(emitted).text, rng)
        else:
            text = rename(remix(base, rng.choice(sources), rng))
        # A reference number keeps every synthetic text distinct, so the store keeps them all.
        article = dataclasses.replace(
            base,
            id=f"syn{i:06d}",
            text=f"{text} (Ref {i:06d}.)",
            title=rename(base.title) if base.title else None,
            date=start + dt.timedelta(days=day),
            url=None,
            origin=None,
        )
        emitted.append(article)
        yield article


def write_assignments(store: Store, path: str) -> None:
    story_of = {article_id: story.id for story in store.stories() for article_id in story.article_ids}
    with open(path, "w", encoding="utf-8") as out:
        out.writelines(f"{article_id}\t{story_of[article_id]}\n" for article_id in sorted(story_of))


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=100_000, help="articles in the stream")
    parser.add_argument("--db", help="database file (default: a temporary file)")
    parser.add_argument("--days", type=int, default=365, help="days the stream spans")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--assignments", help="write each article's story to this file at the end")
    parser.add_argument(
        "--cpu-time", action="store_true", help="time in this process's CPU time, not wall time (see above)"
    )
    args = parser.parse_args(argv)
    clock = time.process_time if args.cpu_time else time.perf_counter
    marks = sorted({args.n * k // 10 for k in range(1, 11)} - {0})
    cores = len(os.sched_getaffinity(0))
    print(
        f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs ({cores} usable); stream of {args.n:,} articles;"
        f" {'CPU' if args.cpu_time else 'wall'} time"
    )
    with tempfile.TemporaryDirectory() as folder:
        db = args.db or os.path.join(folder, "bench.db")
        stream = synthetic_stream(args.n, args.seed, args.days)
        done = copies = 0
        elapsed = 0.0
        last_mark, last_elapsed = 0, 0.0
        print(f"{'articles':>9} {'art/s overall':>14} {'art/s recent':>13} {'peak MB':>8} {'stories':>8}")
        store = Store(db, batch_size=BATCH).open()
        try:
            while done < args.n:
                batch = [next(stream) for _ in range(min(BATCH, args.n - done))]
                began = clock()
                copies += store.add_articles(batch).duplicates
                elapsed += clock() - began
                done += len(batch)
                if marks and done >= marks[0]:
                    marks.pop(0)
                    recent = (done - last_mark) / (elapsed - last_elapsed)
                    stories = store.story_count()
                    print(
                        f"{done:>9,} {done / elapsed:>14.0f} {recent:>13.0f} {peak_mb():>8.0f} {stories:>8,}",
                        flush=True,
                    )
                    last_mark, last_elapsed = done, elapsed
            if args.assignments:
                write_assignments(store, args.assignments)
        finally:
            began = clock()
            store.close()
        print(f"closing (final checkpoint) {clock() - began:.1f} s")
        # The sketching workers (storyweave.group.sketching) have exited by now: the largest one's peak.
        workers_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"peak MB: this process {peak_mb():.0f}, largest sketching worker {workers_mb:.0f}")
        print(f"near-duplicates {copies:,}; database {os.path.getsize(db) / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
