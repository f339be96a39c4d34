"""Story grouping of feeds that tell events in English, German, French and Spanish.

Usage:
    python bench/bench_cross_language.py [FEED.jsonl ...] [--sweep]

Each feed (default: bench/cross_language/*.jsonl, written for session 29 before the change they measure, gold
stories first) holds a few events each told by two to four English outlets and one to three German, French or
Spanish ones over a few days, look-alikes (rail strikes in France and Germany the same week, port strikes in
Hamburg and Antwerp, migrant arrivals on the Canary route beside the EU's pact with Mauritania) and unrelated
noise in each language. It prints the online grouper's B-cubed precision, recall and F1 over the feed's
articles, alone and amid an English background: the AllSides dev articles (/work/shared/data) re-dated evenly
over the feed's days, so that document frequencies and the stream's background similarity are a busy feed's.
A feed article's precision counts the background articles of its story too. ``--sweep`` scores the grid of
``StoryGrouper(cross_language_threshold=..., cross_language_marks=...)`` instead of the defaults.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import itertools
import logging
from collections import defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path

from storyweave.eval.grouping import read_gold
from storyweave.group import StoryGrouper, group_stream
from storyweave.model import Article

FEEDS = Path(__file__).resolve().parent / "cross_language"
BACKGROUND = (
    Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "clustering_allsides" / "dev.jsonl"
)
THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4)
MARKS = (2, 3, 4)


def with_background(
    articles: Sequence[Article], gold: Mapping[str, frozenset[str]]
) -> tuple[list[Article], dict[str, frozenset[str]]]:
    """The feed amid the background's articles, re-dated evenly over the feed's days, in date order."""
    background, background_gold = read_gold(BACKGROUND)
    first = min(article.date for article in articles if article.date)
    last = max(article.date for article in articles if article.date)
    days = (last - first).days + 1
    redated = [
        dataclasses.replace(article, date=first + dt.timedelta(days=number * days // len(background)))
        for number, article in enumerate(background)
    ]
    # Stable: within a day, the background comes first.
    stream = sorted([*redated, *articles], key=lambda article: article.date or first)
    return stream, {**background_gold, **gold}


def feed_scores(
    stream: Sequence[Article],
    gold: Mapping[str, frozenset[str]],
    scored: Sequence[str],
    grouper: StoryGrouper,
) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 over the ``scored`` articles of the grouped ``stream``."""
    predicted = group_stream(stream, grouper)
    members = defaultdict(set)
    for article_id, story in predicted.items():
        members[story].add(article_id)
    related = defaultdict(set)
    for article_id, stories in gold.items():
        for story in stories:
            related[story].add(article_id)
    precision = recall = 0.0
    for article_id in scored:
        same_gold = set().union(*(related[story] for story in gold[article_id]))
        together = members[predicted[article_id]]
        precision += len(together & same_gold) / len(together)
        recall += len(together & same_gold) / len(same_gold)
    precision, recall = precision / len(scored), recall / len(scored)
    return precision, recall, 2 * precision * recall / (precision + recall)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("feeds", nargs="*", type=Path, default=sorted(FEEDS.glob("*.jsonl")))
    parser.add_argument("--sweep", action="store_true", help="score a grid of the cross-language settings")
    args = parser.parse_args()
    logging.disable(logging.WARNING)  # the background's repeated ids
    grid = list(itertools.product(THRESHOLDS, MARKS)) if args.sweep else [(None, None)]
    for feed in args.feeds:
        articles, gold = read_gold(feed)
        ids = [article.id for article in articles]
        streams = {"alone": (articles, gold), "amid background": with_background(articles, gold)}
        for (threshold, marks), (name, (stream, stream_gold)) in itertools.product(grid, streams.items()):
            settings = (
                {}
                if threshold is None
                else {"cross_language_threshold": threshold, "cross_language_marks": marks}
            )
            precision, recall, f1 = feed_scores(stream, stream_gold, ids, StoryGrouper(**settings))
            setting = "defaults" if threshold is None else f"threshold {threshold:.2f} marks {marks}"
            print(f"{feed.name:20} {name:16} {setting:24} P {precision:.3f} R {recall:.3f} F1 {f1:.3f}")


if __name__ == "__main__":
    main()
