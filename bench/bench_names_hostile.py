"""Time the name-spelling check on a story of thousands of distinct capitalised names.

Usage:
    python bench/bench_names_hostile.py [--names 4000] [--repeat 3]

Two articles of made-up two-word names of one length and a few initials (seed
3), each in its own sentence: every pair of name words with the same initial
is a candidate spelling pair, the worst case for ``find_name_conflicts``. It
prints the median wall time of ``--repeat`` runs and the conflicts found (none).
"""

from __future__ import annotations

import argparse
import logging
import random
import statistics
import time

from storyweave.crosscheck.names import find_name_conflicts
from storyweave.model import Article
from storyweave.segment import segment


def made_up_names(n: int, seed: int = 3) -> list[str]:
    """``n`` two-word names of three consonant-vowel syllables each."""
    rng = random.Random(seed)

    def word() -> str:
        return "".join(rng.choice("bcdfgklmnprstv") + rng.choice("aeiou") for _ in range(3)).capitalize()

    return [f"{word()} {word()}" for _ in range(n)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", type=int, default=4000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    names = made_up_names(args.names)
    half = len(names) // 2
    docs = [
        segment(Article("a", " ".join(f"{name} spoke on Monday." for name in names[:half]))),
        segment(Article("b", " ".join(f"{name} spoke on Tuesday." for name in names[half:]))),
    ]
    times, found = [], ()
    for _ in range(args.repeat):
        start = time.perf_counter()
        found = find_name_conflicts(docs)
        times.append(time.perf_counter() - start)
    print(f"{args.names} names: median {statistics.median(times):.2f} s, {len(found)} conflicts")


if __name__ == "__main__":
    main()
