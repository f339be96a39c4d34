"""What the central-name test of story grouping refuses on the clustering dev sets, by days since a story began.

Usage:
    python bench/bench_lookalikes.py [--days 0 1 2 3 4 5 7] [--stream 20000]
    python bench/bench_lookalikes.py --late [--revive 0.15 0.2 0.25 0.3 0.35 0.4] [--min-size 3]

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

``--late`` measures instead the revival of retired stories by a late follow-up
(``StoryGrouper(revive_threshold=...)``): each dev set's stream with the last-dated article of every gold story of
``--min-size`` (3) or more held back and sent ``--gap`` days after the stream's end (in stream order, a day apart),
when every story has gone stale. It prints the B-cubed scores and where the late articles went: into a story holding
their gold story's earlier articles (right), into one holding none of them (wrong), or alone. ``--min-size 2`` also
holds back the second article of gold stories of two, whose first then retires alone (a one-article story).
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


def late_stream(
    articles: list[Article], gold: Mapping[str, frozenset[str]], gap: int, min_size: int = 3
) -> tuple[list[Article], list[str]]:
    """The stream with each gold story's (of ``min_size``+ articles) last-dated article sent ``gap`` days after its end.

    Returns the stream and the late articles' ids.
    """
    by_story: dict[str, list[Article]] = {}
    for article in articles:
        for story in gold[article.id]:
            by_story.setdefault(story, []).append(article)
    late_ids = {
        max(members, key=lambda article: (article.date, members.index(article))).id
        for members in by_story.values()
        if len(members) >= min_size
    }
    kept = [article for article in articles if article.id not in late_ids]
    end = max(article.date for article in articles if article.date)
    late = [
        dataclasses.replace(article, date=end + dt.timedelta(days=gap + number))
        for number, article in enumerate(article for article in articles if article.id in late_ids)
    ]
    return kept + late, [article.id for article in late]


def report_late(sets: Mapping[str, tuple[list[Article], dict[str, frozenset[str]]]], args) -> None:
    """Print the ``--late`` table (see the module docstring)."""
    print(
        f"{'set':9} {'revive':>6} {'P':>6} {'R':>6} {'F1':>6} {'late':>5} {'right':>6} {'wrong':>6} {'alone':>6}"
    )
    for name, (articles, gold) in sets.items():
        stream, late_ids = late_stream(articles, gold, args.gap, args.min_size)
        for revive in [OFF, *args.revive]:
            assigned = group_stream(stream, StoryGrouper(revive_threshold=revive))
            score = bcubed(assigned, gold)
            members: dict[str, set[str]] = {}
            for article_id, story_id in assigned.items():
                members.setdefault(story_id, set()).add(article_id)
            landed: Counter[str] = Counter()
            for article_id in late_ids:
                others = members[assigned[article_id]] - set(late_ids)
                if not others:
                    landed["alone"] += 1
                else:
                    same = any(gold[other] & gold[article_id] for other in others)
                    landed["right" if same else "wrong"] += 1
            label = "off" if revive == OFF else str(revive)
            print(
                f"{name:9} {label:>6} {score.precision:>6.3f} {score.recall:>6.3f} {score.f1:>6.3f} "
                f"{len(late_ids):>5} {landed['right']:>6} {landed['wrong']:>6} {landed['alone']:>6}"
            )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--days", type=int, nargs="+", default=[0, 1, 2, 3, 4, 5, 7])
    parser.add_argument("--stream", type=int, default=0, help="also this many synthetic articles (0: none)")
    parser.add_argument("--late", action="store_true", help="measure the revival of retired stories instead")
    parser.add_argument("--revive", type=float, nargs="+", default=[0.15, 0.2, 0.25, 0.3, 0.35, 0.4])
    parser.add_argument(
        "--gap", type=int, default=120, help="days from the stream's end to the first late article"
    )
    parser.add_argument(
        "--min-size",
        type=int,
        default=3,
        help="--late: hold back an article of gold stories of this many or more",
    )
    args = parser.parse_args(argv)
    sets = {name: read_gold(path) for name, path in DATASETS.items()}
    if args.late:
        report_late(sets, args)
        return
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
