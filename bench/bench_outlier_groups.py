"""How often the separate-stories caveat (storyweave.outliers.separate_stories) names a real story, and how
often it names a mixture of two stories.

Usage:
    python bench/bench_outlier_groups.py [--data ../shared/data] [--mixtures 200] [--seed 17]
        [--floor 0.04] [--ratio 0.25] [--bridge 0.07] [--sweep] [-v]

The dev summarization clusters are single stories: every one the rule names (4 articles or more; fewer
cannot form two groups of two) is a false alarm (print them with ``-v`` and read them). A mixture is two
dev clusters of one set (sets taken in turn, clusters drawn with ``--seed``; article ids prefixed, as one
story's ids are unique): the rule should name it, with each group inside one of the two clusters ("pure").
``--sweep`` prints the grid the thresholds were chosen from. CPU time is that of separate_stories alone,
per dev cluster of 4 or more articles.
"""

from __future__ import annotations

import argparse
import itertools
import logging
import random
import time
from dataclasses import dataclass, replace
from pathlib import Path

from storyweave import outliers
from storyweave.clean import clean_all
from storyweave.embed.terms import terms_by_sentence
from storyweave.ingest import read_clusters
from storyweave.model import Article, Segmented
from storyweave.segment import segment

SETS = ("multinews", "duc2003", "allsides", "multiling2011_en")
DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


@dataclass(frozen=True)
class Case:
    """One story's segmented articles and terms; for a mixture, the cluster each article came from."""

    name: str
    docs: list[Segmented]
    terms: dict
    home: dict[str, int]


def _case(name: str, articles: list[Article], home: dict[str, int] | None = None) -> Case:
    docs = [segment(article) for article in articles]
    return Case(name, docs, terms_by_sentence(docs), home or {})


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--mixtures", type=int, default=200)
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--floor", type=float, default=outliers.GROUP_FLOOR)
    parser.add_argument("--ratio", type=float, default=outliers.GROUP_RATIO)
    parser.add_argument("--bridge", type=float, default=outliers.GROUP_BRIDGE)
    parser.add_argument("--sweep", action="store_true")
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="name every dev cluster named, and misses"
    )
    args = parser.parse_args()
    logging.disable(logging.WARNING)

    clusters = {
        name: [
            (c.id, list(clean_all(c.articles).articles))
            for c in read_clusters(args.data / name / "dev.jsonl")
        ]
        for name in SETS
    }
    dev = [
        _case(f"{name} {cluster_id}", articles)
        for name, story in clusters.items()
        for cluster_id, articles in story
        if len(articles) >= 2 * outliers.MIN_GROUP
    ]
    rng = random.Random(args.seed)
    mixtures = []
    for k in range(args.mixtures):
        name = SETS[k % len(SETS)]
        first, second = rng.sample(range(len(clusters[name])), 2)
        parts = [
            [replace(article, id=f"{side}:{article.id}") for article in clusters[name][index][1]]
            for side, index in (("A", first), ("B", second))
        ]
        home = {article.id: side for side, part in enumerate(parts) for article in part}
        label = f"{name} {clusters[name][first][0]} + {clusters[name][second][0]}"
        mixtures.append(_case(label, [*parts[0], *parts[1]], home))

    grid = (
        itertools.product((0.035, 0.04, 0.045), (0.25, 0.3, 0.4), (0.06, 0.065, 0.07, 0.075))
        if args.sweep
        else [(args.floor, args.ratio, args.bridge)]
    )
    print(
        f"{len(dev)} dev stories of {2 * outliers.MIN_GROUP}+ articles; {len(mixtures)} mixtures (seed {args.seed})"
    )
    print("floor  ratio  bridge  dev named  mixtures named (pure)  per set")
    for floor, ratio, bridge in grid:
        settings = {"floor": floor, "ratio": ratio, "bridge": bridge}
        started = time.process_time()
        named_dev = [(case, outliers.separate_stories(case.docs, case.terms, **settings)) for case in dev]
        cpu = (time.process_time() - started) / len(dev)
        named_dev = [(case, found) for case, found in named_dev if found is not None]
        named = {case.name: outliers.separate_stories(case.docs, case.terms, **settings) for case in mixtures}
        caught = [case for case in mixtures if named[case.name] is not None]
        pure = sum(
            all(len({case.home[article] for article in group}) == 1 for group in named[case.name].groups)
            for case in caught
        )
        per_set = {name: sum(case.name.startswith(name) for case in caught) for name in SETS}
        print(
            f"{floor:5.3f}  {ratio:5.2f}  {bridge:6.3f}  {len(named_dev):9d}  {len(caught):7d} / {len(mixtures)}"
            f" ({pure})  {per_set}  {cpu * 1000:.2f} ms CPU per dev story"
        )
        if args.verbose and not args.sweep:
            for case, found in named_dev:
                print(f"  dev named: {case.name}: {found}")
            for case in mixtures:
                if named[case.name] is None:
                    print(f"  missed: {case.name}")


if __name__ == "__main__":
    main()
