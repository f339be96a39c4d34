"""What the central-name test of story grouping refuses on the clustering dev sets, by days since a story began.

Usage:
    python bench/bench_lookalikes.py [--days 0 1 2 3 4 5 7] [--stream 20000]

For each dev set (/work/shared/data/clustering_tdt_duc2003 and clustering_allsides, dev.jsonl, in stream
order) and each ``--days`` (``StoryGrouper(central_name_days=...)``), it prints the B-cubed scores and how
many candidate stories the test (``StoryGrouper._another_event``: the story never uses the name the article
mentions most, and the article never names the one the story's members mention most) refused, by whether
most of the story's members are of the article's gold story or of another, next to the grouping with the
test off. A refused candidate of the same gold story costs nothing when the article joins another piece of
it, or would not have joined it anyway: the B-cubed scores tell.

``--stream N`` also groups N articles of bench_stream.py's synthetic stream (its recipe, with each article's
event kept: an event replays a dev story for one to four days with its three main names made up, in remixes
of its articles), scored against the events. Its events' articles are remixed from a whole dev story (a TDT
topic of months), so their central names vary more than one real event's do: it shows what the test costs
true joins when a story's own articles name different people.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import random
from collections import Counter
from collections.abc import Mapping
from pathlib import Path

import bench_stream

from storyweave.eval.grouping import bcubed, read_gold
from storyweave.group import StoryGrouper, group_stream
from storyweave.model import Article

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
DATASETS = {
    "tdt": DATA / "clustering_tdt_duc2003" / "dev.jsonl",
    "allsides": DATA / "clustering_allsides" / "dev.jsonl",
}
OFF = 10_000  # days: the test never asked


class CountingGrouper(StoryGrouper):
    """A grouper that counts the stories its central-name test refuses, by whether the gold joins them."""

    def __init__(self, gold: Mapping[str, frozenset[str]], **settings: int) -> None:
        super().__init__(**settings)
        self.gold = gold
        self.article_id = ""
        self.refused: Counter[str] = Counter()

    def add(self, article: Article, **options) -> str:
        self.article_id = article.id
        return super().add(article, **options)

    def _another_event(self, story, names, central) -> bool:  # type: ignore[override]
        refused = super()._another_event(story, names, central)
        if refused:
            golds = Counter(gold for member in story.article_ids for gold in self.gold.get(member, ()))
            majority = golds.most_common(1)[0][0] if golds else None
            self.refused["same" if majority in self.gold[self.article_id] else "other"] += 1
        return refused


def labelled_stream(
    n: int, seed: int = 7, days: int = 365
) -> tuple[list[Article], dict[str, frozenset[str]]]:
    """``n`` articles over ``days`` days in bench_stream.py's recipe, and each one's event (as a gold story)."""
    rng = random.Random(seed)
    stories = [story for story in bench_stream.source_stories() if story]
    start = dt.date(2024, 1, 1)
    active: list[tuple[int, int, list[Article], list[Article]]] = []  # last day, event, sources, emitted
    renamers = {}
    articles, gold = [], {}
    for i in range(n):
        day = i * days // n
        active = [event for event in active if event[0] >= day]
        if not active or rng.random() < 1 / 12:
            sources = rng.choice(stories)
            active.append((day + rng.randint(0, 3), len(renamers), sources, []))
            renamers[len(renamers)] = bench_stream.renamer(sources, rng)
        _, event, sources, emitted = rng.choice(active)
        base = rng.choice(sources)
        if emitted and rng.random() < 0.1:
            text = bench_stream.light_edit(rng.choice(emitted).text, rng)
        else:
            text = renamers[event](bench_stream.remix(base, rng.choice(sources), rng))
        article = dataclasses.replace(
            base,
            id=f"syn{i:06d}",
            text=f"{text} (Ref {i:06d}.)",
            title=renamers[event](base.title) if base.title else None,
            date=start + dt.timedelta(days=day),
            url=None,
            origin=None,
        )
        emitted.append(article)
        articles.append(article)
        gold[article.id] = frozenset({str(event)})
    return articles, gold


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--days", type=int, nargs="+", default=[0, 1, 2, 3, 4, 5, 7])
    parser.add_argument("--stream", type=int, default=0, help="also this many synthetic articles (0: none)")
    args = parser.parse_args(argv)
    sets = {name: read_gold(path) for name, path in DATASETS.items()}
    if args.stream:
        sets["stream"] = labelled_stream(args.stream)
    print(
        f"{'set':9} {'days':>5} {'P':>6} {'R':>6} {'F1':>6} {'stories':>8} {'refused: same gold':>19} {'other':>6}"
    )
    for name, (articles, gold) in sets.items():
        for days in [OFF, *args.days]:
            grouper = CountingGrouper(gold, central_name_days=days)
            assigned = group_stream(articles, grouper)
            score = bcubed(assigned, gold)
            label = "off" if days == OFF else str(days)
            print(
                f"{name:9} {label:>5} {score.precision:>6.3f} {score.recall:>6.3f} {score.f1:>6.3f} "
                f"{len(set(assigned.values())):>8} {grouper.refused['same']:>19} {grouper.refused['other']:>6}"
            )


if __name__ == "__main__":
    main()
