"""The functions every shell (CLI, web app, Python users) calls; one short block per stage."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass, replace

from storyweave.align import AlignOptions, align
from storyweave.clean import clean_all
from storyweave.crosscheck import build_timeline, find_conflicts, find_quotes
from storyweave.embed import Encoder, default_encoder
from storyweave.embed.terms import SentenceTerms, terms_by_sentence
from storyweave.errors import StoryweaveError
from storyweave.ingest import read_articles
from storyweave.model import Article, Batch, Report, Segmented
from storyweave.segment import segment
from storyweave.summarizer import SummaryOptions, cite, select

PathLike = str | os.PathLike[str]


@dataclass(frozen=True)
class _Prepared:
    batch: Batch
    docs: tuple[Segmented, ...]
    terms: dict[str, SentenceTerms]


def load(paths: Sequence[PathLike]) -> Batch:
    """Read and clean every article under ``paths``.

    Bad files are skipped with a :class:`~storyweave.model.Problem` each (also
    logged); the rest of the batch goes on.
    """
    return clean_batch(read_articles(paths))


def clean_batch(batch: Batch) -> Batch:
    """``batch`` with boilerplate removed; articles left empty become problems."""
    cleaned = clean_all(batch.articles)
    return Batch(cleaned.articles, batch.problems + cleaned.problems)


def _prepare(source: Batch | Sequence[Article]) -> _Prepared:
    batch = source if isinstance(source, Batch) else Batch(tuple(source))
    if not batch.articles:
        raise StoryweaveError("no readable articles" + "".join(f"; {p}" for p in batch.problems[:3]))
    docs = tuple(segment(article) for article in batch.articles)
    return _Prepared(batch, docs, terms_by_sentence(docs))


def summarize(
    source: Batch | Sequence[Article],
    *,
    words: int = 120,
    options: SummaryOptions | None = None,
    encoder: Encoder | None = None,
    align_options: AlignOptions | None = None,
) -> Report:
    """Summarize one story from all its articles, every sentence citing the articles that carry it.

    Args:
        source: The story's articles (already cleaned, e.g. from :func:`load`),
            or a :class:`Batch` whose problems are carried into the report.
        words: Word budget; the summary never exceeds it.
        options: The summarizer's other knobs (its ``words`` is replaced by ``words``).
        encoder: Adds paraphrase matching to the citations (slower); lexical
            alignment only when None.
        align_options: Alignment thresholds.

    Returns:
        A report with the articles and the summary; cross-check sections empty.
    """
    prepared = _prepare(source)
    chosen = select(prepared.docs, replace(options or SummaryOptions(), words=words), prepared.terms)
    alignment = align(
        prepared.docs,
        encoder=encoder,
        options=align_options,
        centers=[s.id for s in chosen],
        centers_only=True,
        terms=prepared.terms,
    )
    return Report(
        articles=prepared.batch.articles,
        summary=cite(chosen, alignment, words),
        problems=prepared.batch.problems,
        sentences=tuple(s for d in prepared.docs for s in d.sentences),
    )


def report(
    source: Batch | Sequence[Article],
    *,
    words: int = 120,
    encoder: Encoder | None = None,
    align_options: AlignOptions | None = None,
) -> Report:
    """The whole story report: summary, claims, quotes, conflicts and timeline.

    Args:
        source: As for :func:`summarize`.
        words: Word budget of the summary.
        encoder: Sentence encoder for paraphrase-aware claims; the default
            MiniLM encoder when None.
        align_options: Alignment thresholds.
    """
    prepared = _prepare(source)
    chosen = select(prepared.docs, SummaryOptions(words=words), prepared.terms)
    alignment = align(
        prepared.docs,
        encoder=encoder or default_encoder(),
        options=align_options,
        centers=[s.id for s in chosen],
        terms=prepared.terms,
    )
    return Report(
        articles=prepared.batch.articles,
        summary=cite(chosen, alignment, words),
        claims=alignment.claims,
        quotes=find_quotes(prepared.docs),
        conflicts=find_conflicts(prepared.docs),
        timeline=build_timeline(prepared.docs),
        problems=prepared.batch.problems,
        sentences=tuple(s for d in prepared.docs for s in d.sentences),
    )


def evaluate(
    path: PathLike,
    *,
    words: int | None = None,
    systems: Sequence[str] | None = None,
    out_dir: PathLike | None = None,
):
    """Score storyweave and its peers on a benchmark cluster file, as ``../shared/data/PROTOCOL.md`` says.

    See :func:`storyweave.eval.runner.evaluate`; imported on use because the
    peers' libraries (sumy, lexrank, rouge-score) take a while to import.
    """
    from storyweave.eval.runner import evaluate as run_evaluation

    return run_evaluation(path, words=words, systems=systems, out_dir=out_dir)


# The stream stages below are imported on use: `summarize` starts faster without
# them (datasketch, SQLite schema code), and the eval package pulls in every peer.


def ingest(source: Batch, db: PathLike = "storyweave.db"):
    """Add a batch of (cleaned) articles to the embedded store, grouping them into stories as they come.

    Re-ingesting an article already stored is a no-op; each batch is one
    transaction. Returns a :class:`storyweave.store.AddResult`.
    """
    from storyweave.store import Store

    # The grouper sees a stream: oldest first (undated articles last, in input order).
    in_date_order = sorted(source.articles, key=lambda a: a.date or dt.date.max)
    with Store(db) as store:
        return store.add_articles(in_date_order)


def stories(db: PathLike = "storyweave.db") -> list:
    """Every story in the store (:class:`~storyweave.model.Story`), oldest first."""
    from storyweave.store import Store

    _require_database(db)
    with Store(db) as store:
        return store.stories()


def story_articles(db: PathLike, story_id: str) -> Batch:
    """The articles of one stored story, without its near-duplicate copies.

    A syndicated copy is the same reporting, so it must not count as a second
    outlet corroborating a claim.
    """
    from storyweave.store import Store

    _require_database(db)
    with Store(db) as store:
        story = store.story(story_id)
        copies = {copy for copy, _ in story.duplicates}
        return Batch(tuple(a for a in store.story_articles(story_id) if a.id not in copies))


def group(articles: Sequence[Article]) -> dict[str, str]:
    """Group articles, in the order given, into stories; returns article id -> story id."""
    from storyweave.group import group_stream

    return group_stream(articles)


def evaluate_groups(path: PathLike):
    """B-cubed scores of the online grouper and two batch baselines on a clustering file.

    See :func:`storyweave.eval.grouping.evaluate_groups`.
    """
    from storyweave.eval.grouping import evaluate_groups as run_evaluation

    return run_evaluation(path)


def _require_database(db: PathLike) -> None:
    if not os.path.isfile(db):
        raise StoryweaveError(f"{db}: no such database (create it with `storyweave ingest`)")
