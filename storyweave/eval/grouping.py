"""``storyweave eval-groups``: score story grouping against gold stories with B-cubed.

Steps, for a clustering file (``/work/shared/data/clustering_*/*.jsonl``: one
article per line, in stream order, with its gold story in ``cluster``):

1. Read the articles (:func:`~storyweave.ingest.read_articles`) and each
   line's gold story; an article is matched to its line through its origin
   (``file:line``), so the ids ``read_articles`` renames stay matched. A line
   that is no article, or has no gold story, is skipped with a warning.
2. Run the online grouper over the stream in file order, then the two batch
   baselines (:mod:`storyweave.group.baselines`) over the whole file. The
   encoder is loaded before timing; the HDBSCAN time includes the embedding.
3. Score each system with B-cubed precision, recall and F1 (Bagga and Baldwin
   1998; every article weighs the same).
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from storyweave.embed import Encoder, default_encoder
from storyweave.errors import BadInputError
from storyweave.group import StoryGrouper, group_stream
from storyweave.group.baselines import embed_articles, hdbscan_embeddings, tfidf_agglomerative
from storyweave.ingest import read_articles, read_text
from storyweave.model import Article, Problem

logger = logging.getLogger(__name__)

PathLike = str | os.PathLike[str]


@dataclass(frozen=True)
class BCubed:
    """B-cubed precision, recall and F1, each in 0..1."""

    precision: float
    recall: float
    f1: float


@dataclass(frozen=True)
class GroupingScore:
    """One system's result on one file.

    Attributes:
        name: The system.
        precision: B-cubed precision.
        recall: B-cubed recall.
        f1: B-cubed F1.
        stories: How many stories it made.
        seconds: Wall time over the whole file (model loading excluded).
    """

    name: str
    precision: float
    recall: float
    f1: float
    stories: int
    seconds: float


@dataclass(frozen=True)
class GroupingEvaluation:
    """Every system's scores on one clustering file, and the lines skipped (each already logged)."""

    path: str
    articles: int
    gold_stories: int
    rows: tuple[GroupingScore, ...]
    problems: tuple[Problem, ...] = ()


def bcubed(predicted: Mapping[str, str], gold: Mapping[str, str]) -> BCubed:
    """B-cubed scores of a grouping against gold stories.

    Args:
        predicted: ``{article id: story}`` from the system.
        gold: ``{article id: gold story}``; must hold the same ids.

    Returns:
        Precision and recall averaged over articles, and their harmonic mean.

    Example:
        >>> bcubed({"a": "x", "b": "x", "c": "y"}, {"a": 1, "b": 1, "c": 1})
        BCubed(precision=1.0, recall=0.5555555555555556, f1=0.7142857142857143)
    """
    if predicted.keys() != gold.keys():
        raise ValueError("predicted and gold must cover the same articles")
    if not gold:
        raise ValueError("no articles to score")
    by_predicted: dict[str, set[str]] = defaultdict(set)
    by_gold: dict[str, set[str]] = defaultdict(set)
    for article_id, story in predicted.items():
        by_predicted[story].add(article_id)
        by_gold[gold[article_id]].add(article_id)
    precision = recall = 0.0
    for article_id, story in predicted.items():
        same = len(by_predicted[story] & by_gold[gold[article_id]])
        precision += same / len(by_predicted[story])
        recall += same / len(by_gold[gold[article_id]])
    precision /= len(gold)
    recall /= len(gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return BCubed(precision, recall, f1)


def read_gold(path: PathLike, problems: list[Problem] | None = None) -> tuple[list[Article], dict[str, str]]:
    """Read a clustering file: its articles in stream order and each one's gold story.

    A line that is no article is skipped with a warning (as
    :func:`~storyweave.ingest.read_articles` does).

    Args:
        path: The clustering file.
        problems: When given, collects every skipped line, and an article
            without a gold story is skipped too instead of raising.

    Returns:
        The articles that have a gold story, and ``{article id: gold story}``.

    Raises:
        BadInputError: No article with a gold story could be read; without
            ``problems``, also a line with no ``cluster``.
    """
    path = Path(path)
    batch = read_articles([path])  # logs its own problems
    if problems is not None:
        problems.extend(batch.problems)
    if not batch.articles:
        raise BadInputError(str(path), "no readable articles")
    lines = read_text(path).split("\n")
    articles = []
    gold = {}
    for article in batch.articles:
        line_number = int((article.origin or "").rsplit(":", 1)[-1])
        story = json.loads(lines[line_number - 1]).get("cluster")
        if story is None:
            problem = Problem(f"{path}:{line_number}", 'no gold story ("cluster")')
            if problems is None:
                raise BadInputError(problem.origin, problem.reason)
            problems.append(problem)
            logger.warning("skipped %s", problem)
            continue
        articles.append(article)
        gold[article.id] = str(story)
    if not gold:
        raise BadInputError(str(path), 'no article with a gold story ("cluster")')
    return articles, gold


def _timed(name: str, run: Callable[[], dict[str, str]], gold: Mapping[str, str]) -> GroupingScore:
    start = time.perf_counter()
    predicted = run()
    seconds = time.perf_counter() - start
    scores = bcubed(predicted, gold)
    return GroupingScore(
        name, scores.precision, scores.recall, scores.f1, len(set(predicted.values())), seconds
    )


def evaluate_groups(
    path: PathLike,
    *,
    grouper: StoryGrouper | None = None,
    encoder: Encoder | None = None,
    baselines: bool = True,
) -> GroupingEvaluation:
    """Score the online grouper, and the batch baselines, on one clustering file.

    Args:
        path: A JSONL file of articles with gold ``cluster`` ids, in stream order.
        grouper: A fresh grouper to use; default settings when None.
        encoder: The encoder behind the HDBSCAN baseline (default when None).
        baselines: Also run the two batch baselines.

    Returns:
        One row per system: ``storyweave`` (online), then ``tfidf-agglomerative``
        and ``hdbscan-minilm``; and the lines skipped.

    Raises:
        BadInputError: No article with a gold story could be read.
    """
    problems: list[Problem] = []
    articles, gold = read_gold(path, problems)
    rows = [_timed("storyweave", lambda: group_stream(articles, grouper), gold)]
    if baselines:
        rows.append(_timed("tfidf-agglomerative", lambda: tfidf_agglomerative(articles), gold))
        encoder = encoder or default_encoder()
        encoder.encode(["warm-up"])  # load the model outside the timing
        rows.append(
            _timed(
                "hdbscan-minilm",
                lambda: hdbscan_embeddings(articles, embed_articles(articles, encoder)),
                gold,
            )
        )
    return GroupingEvaluation(str(path), len(articles), len(set(gold.values())), tuple(rows), tuple(problems))


def render_grouping_table(evaluation: GroupingEvaluation) -> str:
    """A plain-text table of an evaluation, one line per system."""
    lines = [
        f"{evaluation.path}: {evaluation.articles} articles, {evaluation.gold_stories} gold stories",
        f"{'system':<22}{'P':>8}{'R':>8}{'F1':>8}{'stories':>9}{'seconds':>9}",
    ]
    for row in evaluation.rows:
        lines.append(
            f"{row.name:<22}{row.precision:>8.3f}{row.recall:>8.3f}{row.f1:>8.3f}{row.stories:>9}{row.seconds:>9.2f}"
        )
    return "\n".join(lines)


def write_assignments(articles: Sequence[Article], assignments: Mapping[str, str], path: PathLike) -> None:
    """Write one JSON line ``{"id", "story"}`` per article, in the given order (``storyweave group --out``)."""
    with open(path, "w", encoding="utf-8") as out:
        for article in articles:
            out.write(json.dumps({"id": article.id, "story": assignments[article.id]}) + "\n")
