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
   1998; every article weighs the same), extended to articles in several gold
   stories as Amigó et al. (2009) do.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from storyweave.embed import Encoder, default_encoder
from storyweave.errors import BadInputError
from storyweave.group import StoryGrouper, group_stream
from storyweave.group.baselines import embed_articles, hdbscan_embeddings, tfidf_agglomerative
from storyweave.ingest import read_articles, read_text
from storyweave.model import Article, Problem

logger = logging.getLogger(__name__)

PathLike = str | os.PathLike[str]
# Article ids named in the warning about a line without a gold story: a cluster line may hold dozens.
_IDS_SHOWN = 3


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


def bcubed(predicted: Mapping[str, str], gold: Mapping[str, AbstractSet[str]]) -> BCubed:
    """B-cubed scores of a grouping against gold stories, an article may be in several.

    This is the extended B-cubed of Amigó et al. (2009, "A comparison of
    extrinsic clustering evaluation metrics based on formal constraints",
    section 5), which is Bagga and Baldwin's (1998) when each article has one
    gold story. For each article, precision is the share of its predicted
    story that shares a gold story with it, and recall the share of the
    articles sharing a gold story with it that were put in its story, an
    article sharing k gold stories counting 1/k (itself too): one story per
    article cannot hold an article that is in two.

    Args:
        predicted: ``{article id: story}`` from the system.
        gold: ``{article id: its gold stories}`` (one or more); must hold the same ids.

    Returns:
        Precision and recall averaged over articles, and their harmonic mean.

    Example:
        >>> bcubed({"a": "x", "b": "x", "c": "y"}, {"a": {1}, "b": {1}, "c": {1}})
        BCubed(precision=1.0, recall=0.5555555555555555, f1=0.7142857142857143)
        >>> bcubed({"a": "x", "b": "x"}, {"a": {1, 2}, "b": {1}})
        BCubed(precision=1.0, recall=0.875, f1=0.9333333333333333)
    """
    if predicted.keys() != gold.keys():
        raise ValueError("predicted and gold must cover the same articles")
    if not gold:
        raise ValueError("no articles to score")
    if any(isinstance(stories, str) or not stories for stories in gold.values()):
        raise ValueError("each article's gold must be a non-empty set of stories")
    by_predicted: dict[str, set[str]] = defaultdict(set)
    by_gold: dict[str, set[str]] = defaultdict(set)
    for article_id, story in predicted.items():
        by_predicted[story].add(article_id)
        for gold_story in gold[article_id]:
            by_gold[gold_story].add(article_id)
    precision = recall = 0.0
    for article_id, story in predicted.items():
        stories = gold[article_id]
        related = set().union(*(by_gold[gold_story] for gold_story in stories))
        together = by_predicted[story]
        precision += len(together & related) / len(together)
        recall += sum(1 / len(stories & gold[other]) for other in together & related) / len(related)
    precision /= len(gold)
    recall /= len(gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return BCubed(precision, recall, f1)


def read_gold(
    path: PathLike, problems: list[Problem] | None = None
) -> tuple[list[Article], dict[str, frozenset[str]]]:
    """Read a clustering file: its articles in stream order and each one's gold stories.

    A line that is no article is skipped with a warning (as
    :func:`~storyweave.ingest.read_articles` does). An article on several
    lines (the same id and text, in several gold stories: 9 of the TDT dev
    file's) is one article in all those stories, where it came first.

    Args:
        path: The clustering file.
        problems: When given, collects every skipped line, and an article
            without a gold story is skipped too instead of raising.

    Returns:
        The articles that have a gold story, and ``{article id: gold stories}``.

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
    gold: dict[str, set[str]] = {}
    # read_articles renames a repeated id; the line's own id and the text tell a repeat from a namesake.
    first_of: dict[tuple[str, str], str] = {}
    # Line number -> the ids of its articles, for a line with no gold story: a cluster line (with
    # "documents") holds several, and is named once.
    without_gold: dict[int, list[str]] = {}
    for article in batch.articles:
        line_number = int((article.origin or "").rsplit(":", 1)[-1])
        record = json.loads(lines[line_number - 1])
        story = record.get("cluster")
        if story is None:
            without_gold.setdefault(line_number, []).append(article.id)
            continue
        article_id = first_of.setdefault((str(record.get("id")), article.text), article.id)
        if article_id == article.id:
            articles.append(article)
        gold.setdefault(article_id, set()).add(str(story))
    for line_number, ids in without_gold.items():
        shown = ", ".join(ids[:_IDS_SHOWN]) + (", ..." if len(ids) > _IDS_SHOWN else "")
        problem = Problem(f"{path}:{line_number}", f'no gold story ("cluster") for {shown}')
        if problems is None:
            raise BadInputError(problem.origin, problem.reason)
        problems.append(problem)
        logger.warning("skipped %s", problem)
    if not gold:
        raise BadInputError(str(path), 'no article with a gold story ("cluster")')
    repeated = sum(len(stories) > 1 for stories in gold.values())
    if repeated:
        # Said after read_articles' warning that it renamed their repeated lines, which this undoes.
        logger.warning(
            "%s: %d articles are on several lines, in several gold stories; each is scored once",
            path,
            repeated,
        )
    return articles, {article_id: frozenset(stories) for article_id, stories in gold.items()}


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
    gold_stories = len(set().union(*gold.values()))
    return GroupingEvaluation(str(path), len(articles), gold_stories, tuple(rows), tuple(problems))


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


def write_assignments(articles: Sequence[Article], assignments: Mapping[str, str], out: TextIO) -> None:
    """Write one JSON line ``{"id", "story"}`` per article, in the given order (``storyweave group --out``)."""
    for article in articles:
        out.write(json.dumps({"id": article.id, "story": assignments[article.id]}) + "\n")
