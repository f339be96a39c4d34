"""Quote attribution on hostile input: one article of N quotations, each credited to a one-word name.

Usage:
    python bench/bench_quotes_hostile.py [--n 8000] [--repeat 3]

Each paragraph introduces a made-up full name ("Sen. Kamarvi Tosbelmir spoke on day 12.")
and then quotes the surname alone. The people are read once, outside the timing; the
median of ``--repeat`` runs of ``find_quotes`` is printed with a hash of its output, so
two versions of the code can be checked for the same quotes and speakers as well as timed.
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import random
import statistics
import time

from storyweave.crosscheck import find_quotes
from storyweave.crosscheck.reading import read_story_facts
from storyweave.model import Article
from storyweave.segment import segment

_SYLLABLES = ["ka", "ro", "vi", "len", "mar", "tos", "bel", "dun", "sha", "mir", "zor", "pel", "quin", "dra"]


def hostile_article(n: int, seed: int = 7) -> Article:
    rng = random.Random(seed)

    def name() -> str:
        return "".join(rng.choice(_SYLLABLES) for _ in range(3)).capitalize()

    paragraphs = []
    for i in range(n):
        first, last = name(), name()
        paragraphs.append(
            f'Sen. {first} {last} spoke on day {i}. "I think plan {i} will work for the town," {last} said.'
        )
    return Article(id="a0", text="\n".join(paragraphs))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=8000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    logging.disable(logging.WARNING)
    docs = [segment(hostile_article(args.n))]
    reading = read_story_facts(docs)
    times = []
    for _ in range(args.repeat):
        began = time.perf_counter()
        quotes = find_quotes(docs, reading=reading)
        times.append(time.perf_counter() - began)
    digest = hashlib.md5(repr([(q.text, q.speaker) for q in quotes]).encode()).hexdigest()[:10]
    print(
        f"{args.n:,} quotations: {len(quotes):,} quotes, {sum(q.speaker is not None for q in quotes):,} "
        f"with a speaker; find_quotes median {statistics.median(times):.2f} s; output {digest}"
    )


if __name__ == "__main__":
    main()
