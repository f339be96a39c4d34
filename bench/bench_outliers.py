"""How often the off-topic caveat (storyweave.outliers) names an on-topic article, and how often an intruder.

Usage:
    python bench/bench_outliers.py [--data ../shared/data] [--mixtures 30] [--seed 17]
        [--floor 0.05] [--ratio 0.3] [--sweep]

The dev summarization clusters hold only on-topic articles: every article of a
cluster of three or more that the rule flags is a false alarm (print them with
``-v`` and read them). A mixture is a dev cluster plus one article of another
cluster of the same set (sets taken in turn, clusters and intruder drawn with
``--seed``): the rule should name the intruder and nothing else. ``--sweep``
prints the grid the thresholds were chosen from.
"""

from __future__ import annotations

import argparse
import itertools
import logging
import random
import sys
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from storyweave import outliers
from storyweave.clean import clean_all
from storyweave.embed.terms import terms_by_sentence
from storyweave.ingest import read_clusters
from storyweave.model import Article
from storyweave.segment import segment

SETS = ("multinews", "duc2003", "allsides", "multiling2011_en")
DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


@dataclass(frozen=True)
class Scored:
    """One story's articles with each one's closest-article cosine, and the story's median of it."""

    name: str
    ids: tuple[str, ...]
    closest: np.ndarray
    usual: float


def _scored(name: str, articles: list[Article]) -> Scored:
    # With no threshold, off_topic returns every article with its scores.
    docs = [segment(article) for article in articles]
    found = outliers.off_topic(docs, terms_by_sentence(docs), floor=np.inf, ratio=np.inf)
    usual = found[0].usual if found else 0.0
    return Scored(name, tuple(f.article_id for f in found), np.array([f.closest for f in found]), usual)


def _flagged(scored: Scored, floor: float, ratio: float) -> list[str]:
    keep = (scored.closest < floor) & (scored.closest < ratio * scored.usual)
    return [article_id for article_id, flagged in zip(scored.ids, keep, strict=True) if flagged]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--mixtures", type=int, default=30)
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--floor", type=float, default=outliers.FLOOR)
    parser.add_argument("--ratio", type=float, default=outliers.RATIO)
    parser.add_argument("--sweep", action="store_true")
    parser.add_argument("-v", "--verbose", action="store_true", help="name every dev article flagged")
    args = parser.parse_args()
    logging.disable(logging.WARNING)

    clusters = {
        name: [list(clean_all(c.articles).articles) for c in read_clusters(args.data / name / "dev.jsonl")]
        for name in SETS
    }
    dev = [
        _scored(name, articles)
        for name, story in clusters.items()
        for articles in story
        if len(articles) >= outliers.MIN_ARTICLES
    ]
    rng = random.Random(args.seed)
    mixtures = []
    for k in range(args.mixtures):
        name = SETS[k % len(SETS)]
        home, other = rng.sample(range(len(clusters[name])), 2)
        intruder = replace(rng.choice(clusters[name][other]), id="INTRUDER")
        mixtures.append(_scored(name, [*clusters[name][home], intruder]))

    grid = (
        itertools.product((0.03, 0.05, 0.08, 0.1, 0.15, 0.2), (0.25, 0.3, 0.4, 0.5, 1.0))
        if args.sweep
        else [(args.floor, args.ratio)]
    )
    print(
        f"{sum(len(s.ids) for s in dev)} dev articles in {len(dev)} stories of {outliers.MIN_ARTICLES}+; "
        f"{len(mixtures)} mixtures (seed {args.seed})"
    )
    print("floor  ratio  dev flagged  intruders caught  on-topic flagged in mixtures")
    for floor, ratio in grid:
        flagged_dev = [(s.name, article_id) for s in dev for article_id in _flagged(s, floor, ratio)]
        in_mixtures = [_flagged(s, floor, ratio) for s in mixtures]
        caught = sum("INTRUDER" in found for found in in_mixtures)
        others = sum(len(found) - ("INTRUDER" in found) for found in in_mixtures)
        print(
            f"{floor:5.2f}  {ratio:5.2f}  {len(flagged_dev):11d}  {caught:7d} / {len(mixtures):<6d}  {others:d}"
        )
        if args.verbose and not args.sweep:
            for name, article_id in flagged_dev:
                print(f"  flagged: {name} {article_id}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
