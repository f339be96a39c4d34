"""The functions every shell (CLI, web app, Python users) calls; one short block per stage.

Each function imports the stages it runs when it runs them. Every command line
imports this module (through the package), and most need few of the stages:
``storyweave stories`` needs no model, SciPy or trafilatura, and ``--help``
none at all, so importing all of them here made every command start in 0.8 s.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import hashlib
import itertools
import json
import logging
import os
import re
import sys
import threading
import typing
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence, Sized
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from types import UnionType
from typing import TYPE_CHECKING, TypeVar

from storyweave.errors import BadInputError, StoryweaveError
from storyweave.model import (
    Article,
    Batch,
    Claim,
    Conflict,
    Problem,
    Quote,
    Report,
    Segmented,
    Sentence,
    Story,
    Summary,
    future_date_note,
    in_the_future,
)

if TYPE_CHECKING:
    from storyweave.align import Alignment, AlignOptions
    from storyweave.embed import Encoder
    from storyweave.embed.terms import SentenceTerms
    from storyweave.eval.grouping import GroupingEvaluation
    from storyweave.eval.runner import Evaluation
    from storyweave.ingest import StatedStories
    from storyweave.store import AddResult, Store, StoryPage
    from storyweave.summarizer import SummaryOptions

PathLike = str | os.PathLike[str]
logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Prepared:
    batch: Batch
    docs: tuple[Segmented, ...]
    terms: dict[str, SentenceTerms]
    notes: tuple[str, ...]
    # Article id -> id of the earlier version it revises: one outlet's reporting, counted once.
    revisions: Mapping[str, str] = field(default_factory=dict)
    # The articles read as separate groups, perhaps several stories (a caveat in the notes).
    separate_groups: bool = False
    # The ids of the articles that share almost nothing with the others (a caveat in the notes).
    off_topic: tuple[str, ...] = ()


def load(
    paths: Sequence[PathLike],
    *,
    cluster: str | None = None,
    all_clusters: bool = False,
    progress: bool = False,
) -> Batch:
    """Read and clean the articles of one story under ``paths`` (or, with ``all_clusters``, every article).

    Bad files are skipped with a :class:`~storyweave.model.Problem` each (also
    logged); the rest of the batch goes on. What is read with a caveat (also
    logged as a warning) is in the batch's ``notes``: see :class:`~storyweave.model.Batch`.

    A JSONL line with ``documents`` (and each line of a Multi-News file of
    several stories) is one story, and so are the other articles (loose ones)
    together; see :func:`storyweave.ingest.read_story`.

    Args:
        paths: Files and folders, as for :func:`storyweave.ingest.read_articles`.
        cluster: Keep only the articles of this cluster line: its JSONL ``id``,
            else ``{file stem}-{line}``. Needed when the input holds several
            stories (in one file or across files).
        all_clusters: Every article of every cluster line, as one batch (for
            :func:`ingest`, which groups them into stories itself; :func:`ingest_files`
            does both without holding the articles).
        progress: Show a progress bar of the cleaning on stderr (only when
            it is a terminal): a feed of 100,000 articles takes half a minute.

    Returns:
        The articles, cleaned; the problems; the notes.

    Raises:
        storyweave.ingest.ClusterChoiceError: Without ``cluster`` or
            ``all_clusters``, the input holds several cluster lines, or one
            and loose articles; or ``cluster`` is not a cluster id of the
            input. Its ``ids`` lists the valid ones.
        ValueError: Both ``cluster`` and ``all_clusters`` were given.
        TypeError: ``paths`` holds an :class:`~storyweave.model.Article` (see :func:`report`).
    """
    from storyweave.ingest import read_articles, read_story, reading_notes

    if all_clusters and cluster is not None:
        raise ValueError("give cluster or all_clusters, not both")
    if any(isinstance(path, Article) for path in paths):
        # Found by QA: pathlib's own TypeError said nothing of what to do.
        raise TypeError(
            "load reads files and folders; give Article objects to report, summarize or group as they are"
        )
    with reading_notes() as notes:
        read = read_articles(paths) if all_clusters else read_story(paths, cluster=cluster)
        batch = clean_batch(read, progress=progress)
    return replace(batch, notes=tuple(notes))


def clean_batch(batch: Batch, *, progress: bool = False) -> Batch:
    """``batch`` with boilerplate removed; articles left empty become problems.

    ``progress`` shows a progress bar on stderr (only when it is a terminal).
    The batch keeps its notes.
    """
    from storyweave.clean import clean_all

    cleaned = clean_all(_shown(batch.articles, "clean", progress))
    return replace(batch, articles=cleaned.articles, problems=batch.problems + cleaned.problems)


_Item = TypeVar("_Item")


def _showing(progress: bool) -> bool:
    """Whether to show a progress bar: asked for (``progress``), and stderr is a terminal, not a log."""
    return progress and sys.stderr.isatty()


def _shown(items: Iterable[_Item], stage: str, progress: bool) -> Iterable[_Item]:
    """``items``, counted on a progress bar on stderr when ``progress`` is set and stderr is a terminal."""
    if not _showing(progress):
        return items
    from tqdm import tqdm

    return tqdm(items, desc=stage, unit="article", file=sys.stderr)


# The stages of :func:`report`, in order. Those of a huge story take minutes together (one of 2,000
# articles: bench/bench_huge_report.py), so its progress bar names each as it starts.
# Copies a story's notes name one by one; the rest are counted in one more note.
_COPIES_NAMED = 10
_REPORT_STAGES = ("articles", "people and dates", "quotes", "conflicts", "summary and claims", "timeline")


@contextlib.contextmanager
def _stages(job: str, stages: Sequence[str], progress: bool) -> Iterator[Callable[[str], None]]:
    """A function to call with the name of each of ``stages`` as it starts: it names it on a progress bar
    of the ``job``'s stages on stderr when ``progress`` is set and stderr is a terminal."""
    if not _showing(progress):
        yield lambda stage: None
        return
    from tqdm import tqdm

    # Elapsed time, no rate or time left: the stages are far from equally long.
    shape = "{l_bar}{bar}| {n_fmt}/{total_fmt} [{elapsed}{postfix}]"
    with tqdm(total=len(stages), desc=job, unit="stage", file=sys.stderr, bar_format=shape) as bar:

        def start(stage: str) -> None:
            # Count and name change in one refresh: the count of the next stage beside the last one's name
            # would read as that stage done.
            bar.n = stages.index(stage)
            bar.set_postfix_str(stage)

        yield start
        bar.update(len(stages) - bar.n)


class NothingToReadError(StoryweaveError):
    """No article could be read: the message names the first problems (why), ``problems`` holds them all.

    Each problem was logged as a warning when it was met, so a shell that shows
    the log need not repeat them.
    """

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__("no readable articles" + "".join(f"; {p}" for p in problems[:3]))
        self.problems = tuple(problems)


def _require_articles(articles: Sized, problems: Sequence[Problem]) -> None:
    """Refuse to go on with no articles, naming the first problems (why nothing could be read)."""
    if not len(articles):
        raise NothingToReadError(problems)


def _plain_field_types() -> dict[str, tuple[type, ...]]:
    """What each plain field of :class:`Article` may hold (``str``, ``date | None``, ...), read from its annotations
    so a new field is checked too; a field of another kind (the ``removed`` tuple) is not checked."""
    fields: dict[str, tuple[type, ...]] = {}
    for name, hint in typing.get_type_hints(Article).items():
        kinds = typing.get_args(hint) if isinstance(hint, UnionType) else (hint,)
        if all(isinstance(kind, type) and typing.get_origin(kind) is None for kind in kinds):
            fields[name] = kinds
    return fields


# What each field of an article given to the API may hold; a wrong type fails on arrival, naming the article
# and the field, not deep inside a stage with an error about something else (QA10c #4).
_ARTICLE_FIELD_TYPES = _plain_field_types()


def _given_batch(source: Batch | Sequence[Article]) -> Batch:
    """``source`` as a batch, once each article's fields are of their types.

    Raises:
        TypeError: ``source`` is a string, or holds something other than an :class:`Article`, or an
            article's field holds another type (a date as a string: ``datetime.date.fromisoformat`` reads it).
    """
    if isinstance(source, Batch):
        batch = source
    elif isinstance(source, str | bytes):
        raise TypeError(
            "give Article objects (or a Batch), not text: storyweave.load reads files and folders"
        )
    else:
        batch = Batch(tuple(source))
    for place, article in enumerate(batch.articles):
        if not isinstance(article, Article):
            raise TypeError(f"article {place}: an Article expected, got {type(article).__name__}")
        for name, types in _ARTICLE_FIELD_TYPES.items():
            value = getattr(article, name)
            if not isinstance(value, types):
                raise TypeError(
                    f"article {article.id!r}: {name} must be {' or '.join(t.__name__ for t in types)},"
                    f" got {type(value).__name__} {value!r:.40}"
                )
    return batch


def _prepare(source: Batch | Sequence[Article]) -> _Prepared:
    from storyweave.embed.terms import terms_by_sentence
    from storyweave.ingest import reading_notes
    from storyweave.outliers import OffTopic, SeparateStories, warn_off_topic
    from storyweave.segment import segment

    batch = _given_batch(source)
    with reading_notes() as notes:
        batch, revisions = _without_copies(batch)
        docs = tuple(segment(article) for article in batch.articles)
        terms = terms_by_sentence(docs)
        # A caveat, not a filter: an article far from all the others may be another event's.
        caveats = warn_off_topic(docs, terms)
        _note_other_languages(batch.articles)
    earlier = source.notes if isinstance(source, Batch) else ()
    separate = any(isinstance(caveat, SeparateStories) for caveat in caveats)
    off_topic = tuple(caveat.article_id for caveat in caveats if isinstance(caveat, OffTopic))
    return _Prepared(batch, docs, terms, (*earlier, *notes), revisions, separate, off_topic)


def _note_other_languages(articles: Sequence[Article]) -> None:
    """Warn of each article written in another language than most of the story's: the summary leaves it out."""
    from storyweave.language import language_name, majority_language, other_language_articles

    other_language = other_language_articles(articles)
    if not other_language:
        return
    label = _article_labels(articles)
    majority = language_name(majority_language(articles))
    for article_id, language in other_language.items():
        logger.warning(
            "%s: in %s, not the story's %s: listed as a source, its sentences not in the summary",
            label[article_id],
            language_name(language),
            majority,
        )


def _without_copies(batch: Batch) -> tuple[Batch, dict[str, str]]:
    """``batch`` without its syndicated copies, each named in a warning, and its revisions (id -> id of the
    earlier version), kept.

    Raises:
        NothingToReadError: No articles.
        ValueError: Two articles share an id.
    """
    from storyweave.group.dedup import near_duplicates_among

    _require_articles(batch.articles, batch.problems)
    # Sentence ids and citations are built from article ids: two articles with one id would share sentences.
    repeated = [
        article_id for article_id, count in Counter(a.id for a in batch.articles).items() if count > 1
    ]
    if repeated:
        raise ValueError(f"article ids must be unique in a story; repeated: {', '.join(map(repr, repeated))}")
    # A syndicated copy is the same reporting: as a second article it would count as a second outlet.
    # A revision (a re-post with other figures) stays, so the cross-check shows the figures that changed.
    found = near_duplicates_among(batch.articles)
    if found.copies or found.revisions:
        label = _article_labels(batch.articles)
        for note in _copy_notes(label, found.copies):
            logger.warning("%s", note)
        for revision, earlier in found.revisions.items():
            # A caveat for the reader: the two are one outlet's reporting, but their figures differ.
            logger.warning(
                "%s: kept as a revision of %s: its figures differ", label[revision], label[earlier]
            )
        batch = Batch(tuple(a for a in batch.articles if a.id not in found.copies), batch.problems)
    return batch, dict(found.revisions)


def _copy_notes(label: Mapping[str, str], copies: Mapping[str, str]) -> list[str]:
    """A note on each of the first ``_COPIES_NAMED`` copies (copy id -> original id), named by ``label``, then one on the rest."""
    named = [
        f"{label.get(copy, copy)}: a near-duplicate of {label.get(original, original)}, counted once"
        for copy, original in itertools.islice(copies.items(), _COPIES_NAMED)
    ]
    # A stored story of a syndicated wire can hold hundreds of copies: one line each buries the other notes.
    rest = (
        [f"{len(copies) - _COPIES_NAMED} more near-duplicates, each counted once"]
        if len(copies) > _COPIES_NAMED
        else []
    )
    return named + rest


def _article_labels(articles: Iterable[Article]) -> dict[str, str]:
    """How a note names each article: its origin (file, feed line) and id; articles of one JSONL line share the origin."""
    return {a.id: f"{a.origin} ({a.id})" if a.origin else a.id for a in articles}


# The young-generation threshold of the garbage collector (``gc.set_threshold``'s first value, 700 by default)
# while :func:`summarize` runs. A story's working set (sentences, terms, claims) lives until the call returns,
# and each young collection traverses what is still alive, only to promote it: on the DUC dev clusters (one
# core, warm) collections took about 5.6 ms of CPU a summary at 700, 9.5 young and 0.9 middle ones and a
# full one every 30 summaries, and 0.1 ms at 20,000, which a summary's net allocations (a few thousand container
# objects) seldom reach. Cyclic garbage waits at most that many allocations more; nothing else changes.
_YOUNG_OBJECTS_COLLECTED = 20_000
_thresholds_lock = threading.Lock()
# Calls under _fewer_collections now (threads may overlap), and the thresholds to restore when none is.
_calls_collecting_less = 0
_thresholds_before: tuple[int, ...] = ()


@contextlib.contextmanager
def _fewer_collections() -> Iterator[None]:
    """Raise the young-generation threshold to ``_YOUNG_OBJECTS_COLLECTED`` for the block (never lower it), then
    restore the thresholds once no thread is inside such a block."""
    global _calls_collecting_less, _thresholds_before
    with _thresholds_lock:
        if _calls_collecting_less == 0:
            _thresholds_before = gc.get_threshold()
            young, *older = _thresholds_before
            gc.set_threshold(max(young, _YOUNG_OBJECTS_COLLECTED), *older)
        _calls_collecting_less += 1
    try:
        yield
    finally:
        with _thresholds_lock:
            _calls_collecting_less -= 1
            if _calls_collecting_less == 0:
                gc.set_threshold(*_thresholds_before)


@_fewer_collections()
def summarize(
    source: Batch | Sequence[Article],
    *,
    words: int = 120,
    options: SummaryOptions | None = None,
    encoder: Encoder | None = None,
    align_options: AlignOptions | None = None,
    conflicts: bool = False,
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
        conflicts: Also find the conflicts between outlets (as :func:`report`
            does), so that a line stating one side of one is shown disputed
            and the other side is at hand, and the summary gives a count's
            newest value and a disputed figure's majority side. Off by default: on the DUC dev
            clusters (one core) they cost 113 ms of CPU per cluster (median)
            against the summary's 26 ms, which the eval and the benchmarks
            leave out; the CLI's ``summarize`` asks for them, as a reader of
            a line must not take one outlet's disputed figure for the story's.

    Returns:
        A report with the articles and the summary; cross-check sections empty but for the quotes that
        credit a line quoting someone, read when several outlets carry such a line, and the conflicts when
        asked for; its ``notes`` (see :class:`~storyweave.model.Batch`) say what was read with a caveat.
        Its lines are :func:`report`'s, but a line may cite fewer outlets: only the summary's own claims are
        built (``align``'s ``centers_only``, a fraction of the work), so a sentence one outlet alone carries
        that is linked toward a line but not from it is not joined to the line's claim, as the report's
        claims section joins it (``align._join_strays``; QA pass 11: "Harbour City's 2-1 win ..." cites 3
        outlets in the report, 2 here). Corroboration counts are the report's.

    Raises:
        StoryweaveError: No articles (naming a batch's first problems).
        ValueError: Two articles share an id (:func:`load` makes them unique).
        TypeError: ``source`` is not articles, or an article's field or ``words`` has another type.
    """
    prepared = _prepare(source)
    reading = None
    found: tuple[Conflict, ...] = ()
    if conflicts:
        from storyweave.crosscheck import find_conflicts, read_story_facts

        # The people and dates the quotes and the conflicts both read. The conflicts come first: a line must
        # give a count's newest value and a disputed figure's majority side (``select_aligned``).
        reading = read_story_facts(prepared.docs)
        found = find_conflicts(prepared.docs, reading=reading, revisions=prepared.revisions)
    summary_only, alignment = _cited_summary(
        prepared, words, options, encoder, align_options, all_claims=False, conflicts=found
    )
    # Who said what is read only when a line cites several outlets for a quotation (5 of 30 DUC clusters, 14 of
    # 208 AllSides) or is someone's quoted words standing alone: reading the people and the quotes costs about
    # as much as the summary. The summary is made again, as ``report`` makes it, only when outlets credit those
    # words to different people.
    quoting = _quoting_claims(summary_only, alignment, prepared.docs)
    if quoting or _shows_quoted_words(summary_only):
        from storyweave.crosscheck import find_quotes, read_story_facts

        if reading is None:
            reading = read_story_facts(prepared.docs)
        quotes = find_quotes(prepared.docs, reading=reading)
        speakers = _disputed_speakers(quotes, prepared.docs)
        if any(sentence_id in speakers for claim in quoting for sentence_id in claim.sentence_ids):
            summary_only, _ = _cited_summary(
                prepared,
                words,
                options,
                encoder,
                align_options,
                all_claims=False,
                speakers=speakers,
                conflicts=found,
            )
        # The quotes that credit the summary's quoted lines: without them the renderers show "Speaker not
        # identified" for a quote the report credits (QA pass 8 #10).
        summary_only = replace(summary_only, quotes=_quotes_of_lines(summary_only, quotes, prepared.docs))
    if conflicts:
        summary_only = replace(summary_only, conflicts=found)
    return summary_only


def _quotes_of_lines(
    summary_only: Report, quotes: Sequence[Quote], docs: Sequence[Segmented]
) -> tuple[Quote, ...]:
    """The quotes with a variant in the quotation of a summary line's sentence."""
    quotation_of = {s.id: (doc.article.id, s.quotation) for doc in docs for s in doc.sentences if s.quotation}
    quoted = {
        quotation_of[line.sentence_id]
        for line in summary_only.summary.sentences
        if line.sentence_id in quotation_of
    }
    return tuple(
        quote
        for quote in quotes
        if any(quotation_of.get(variant.sentence_id) in quoted for variant in quote.variants)
    )


def _shows_quoted_words(summary_only: Report) -> bool:
    """Whether a summary line is someone's quoted words standing alone, which the renderers credit to a
    speaker: without the quotes they show "Speaker not identified" for words the report credits (the kiln
    held-out story's "Everyone who could walk got out within minutes.", which follows '..., Lindqvist said.')."""
    from storyweave.render import QuoteCredits

    in_quotation = {sentence.id for sentence in summary_only.sentences if sentence.quotation}
    lines = [line for line in summary_only.summary.sentences if line.sentence_id in in_quotation]
    if not lines:
        return False  # most summaries: the credits' reading of every sentence's marks is not needed
    credits = QuoteCredits(summary_only.sentences, (), summary_only.articles)
    return any(credits.of_sentence(line.sentence_id, line.text) for line in lines)


def _quoting_claims(summary_only: Report, alignment: Alignment, docs: Sequence[Segmented]) -> list[Claim]:
    """The claims of the summary's lines that several articles carry with a sentence inside a quotation."""
    quoted = {sentence.id for doc in docs for sentence in doc.sentences if sentence.quotation}
    claims = {claim.id: claim for claim in alignment.claims}
    lines = (
        claims.get(line.claim_id or "") for line in summary_only.summary.sentences if len(line.sources) > 1
    )
    return [claim for claim in lines if claim is not None and not quoted.isdisjoint(claim.sentence_ids)]


def report(
    source: Batch | Sequence[Article],
    *,
    words: int = 120,
    options: SummaryOptions | None = None,
    encoder: Encoder | None = None,
    align_options: AlignOptions | None = None,
    progress: bool = False,
) -> Report:
    """The whole story report: summary, claims, quotes, conflicts and timeline.

    Args:
        source: As for :func:`summarize`.
        words: Word budget of the summary.
        options: The summarizer's other knobs, as for :func:`summarize`.
        encoder: Sentence encoder for paraphrase-aware claims and timeline
            entries; the default MiniLM encoder when None.
        align_options: Alignment thresholds.
        progress: Show a progress bar of the report's stages on stderr (only
            when it is a terminal): a story of 2,000 articles takes minutes.

    Returns:
        A report with every section, and its ``notes`` as for :func:`summarize`.

    Raises:
        StoryweaveError, ValueError, TypeError: As for :func:`summarize`.
    """
    with _stages("report", _REPORT_STAGES, progress) as stage:
        stage("articles")
        return _whole_report(_prepare(source), stage, words, options, encoder, align_options)


def _whole_report(
    prepared: _Prepared,
    stage: Callable[[str], None],
    words: int,
    options: SummaryOptions | None,
    encoder: Encoder | None,
    align_options: AlignOptions | None,
) -> Report:
    """:func:`report` of articles already prepared; ``stage`` is called with the name of each stage as it starts."""
    from storyweave.crosscheck import build_timeline, find_conflicts, find_quotes, read_story_facts
    from storyweave.embed import EncodedOnce, default_encoder

    # The claims and the timeline read some of the same sentences: each is encoded once per report.
    encoder = EncodedOnce(encoder or default_encoder())
    stage("people and dates")
    reading = read_story_facts(prepared.docs)
    stage("quotes")
    quotes = find_quotes(prepared.docs, reading=reading)
    stage("conflicts")
    # Before the summary, which gives a count's newest value and a disputed figure's majority side.
    conflicts = find_conflicts(prepared.docs, reading=reading, revisions=prepared.revisions)
    stage("summary and claims")
    # Before the claims: a claim must not cite an outlet for words it credits to someone else.
    summary_only, alignment = _cited_summary(
        prepared,
        words,
        options,
        encoder,
        align_options,
        all_claims=True,
        speakers=_disputed_speakers(quotes, prepared.docs),
        conflicts=conflicts,
    )
    stage("timeline")
    timeline = build_timeline(
        prepared.docs, alignment.claim_of_sentence, reading=reading, encoder=encoder, conflicts=conflicts
    )
    return replace(
        summary_only, claims=alignment.claims, quotes=quotes, conflicts=conflicts, timeline=timeline
    )


def _disputed_speakers(quotes: Sequence[Quote], docs: Sequence[Segmented]) -> dict[str, str]:
    """Sentence id -> the person it credits its quoted words to, for words outlets credit to different people.

    What ``align`` keeps apart (its ``speakers``): '"...," said council leader Tom Astley.' is no claim of the
    outlet that gives the same words to an MP, and the summary line does not cite it. Every sentence of the
    quotation counts, not only the one a quote's variant names: an outlet's longer quotation may carry the
    disputed words in a later sentence ('"We are not declaring anything tonight. Every ballot will be
    counted ...," Alvarez told supporters', found by QA).
    """
    from storyweave.crosscheck.quotes import other_speakers

    quotation_of = {s.id: (doc.article.id, s.quotation) for doc in docs for s in doc.sentences if s.quotation}
    in_quotation: dict[tuple[str, str], list[str]] = {}
    for sentence_id, quotation in quotation_of.items():
        in_quotation.setdefault(quotation, []).append(sentence_id)
    return {
        sentence_id: quote.speaker or ""
        for quote, others in zip(quotes, other_speakers(quotes), strict=True)
        if others
        for variant in quote.variants
        for sentence_id in (
            in_quotation[quotation_of[variant.sentence_id]]
            if variant.sentence_id in quotation_of
            else [variant.sentence_id]
        )
    }


def _cited_summary(
    prepared: _Prepared,
    words: int,
    options: SummaryOptions | None,
    encoder: Encoder | None,
    align_options: AlignOptions | None,
    *,
    all_claims: bool,
    speakers: Mapping[str, str] | None = None,
    conflicts: Sequence[Conflict] = (),
) -> tuple[Report, Alignment]:
    """The summary-only report and the alignment its citations come from.

    The summary's sentences head their claims; with ``all_claims`` every other
    sentence is aligned too (the report's claims section), otherwise only the
    summary's own claims are built. ``speakers`` is ``align``'s; ``conflicts``
    are :func:`~storyweave.summarizer.select_aligned`'s.
    """
    from storyweave.align import align
    from storyweave.embed import EncodedOnce
    from storyweave.summarizer import SummaryOptions, cite, name_the_speakers, select_aligned

    if encoder is not None and not isinstance(encoder, EncodedOnce):
        encoder = EncodedOnce(encoder)  # a second selection round re-aligns the same sentences

    def align_chosen(chosen: Sequence[Sentence]) -> Alignment:
        return align(
            prepared.docs,
            encoder=encoder,
            options=align_options,
            centers=[s.id for s in chosen],
            centers_only=not all_claims,
            terms=prepared.terms,
            revisions=prepared.revisions,
            speakers=speakers,
        )

    summary_options = replace(options or SummaryOptions(), words=words)
    chosen, alignment = select_aligned(
        prepared.docs, summary_options, prepared.terms, align_chosen, encoder=encoder, conflicts=conflicts
    )
    # A sentence a revision copied is its earlier version's: the summary cites that one, first.
    earlier_of = {
        (doc.article.id, sentence.text): sentence
        for doc in prepared.docs
        if doc.article.id in prepared.revisions.values()
        for sentence in doc.sentences
    }
    originals = chosen.reworded(
        [earlier_of.get((prepared.revisions.get(s.article_id), s.text), s) for s in chosen]
    )
    if originals != chosen:
        chosen, alignment = originals, align_chosen(originals)
    named = name_the_speakers(chosen, alignment, prepared.docs, summary_options)
    if named != chosen:
        chosen, alignment = named, align_chosen(named)
    summary = cite(chosen, alignment, words, prepared.docs, prepared.revisions)
    lead_id = chosen.lead.id if chosen.lead is not None else _lead_for_quotation(chosen, summary)
    if lead_id is not None:
        summary = _lead_first(summary, lead_id)
    summary_only = Report(
        articles=prepared.batch.articles,
        summary=summary,
        problems=prepared.batch.problems,
        sentences=tuple(s for d in prepared.docs for s in d.sentences),
        notes=prepared.notes,
        off_topic=prepared.off_topic,
    )
    return summary_only, alignment


def _lead_for_quotation(chosen: Sequence[Sentence], summary: Summary) -> str | None:
    """The id of the chosen article lead (an article's first sentence) a summary opens with instead of a quotation:
    its first line in reading order (``cite``) may be a quotation from inside an earlier article (AllSides 5982
    opened with '"There are a lot of parallels, ..." Mr. Wray said' before the other outlet's lead "The FBI is
    investigating ..."); None when the first line is no such quotation or no line is a lead. A quotation that
    opens its own article is its lead."""
    if not summary.sentences or not _OPENING_QUOTATION.match(summary.sentences[0].text):
        return None
    index = {sentence.id: sentence.index for sentence in chosen}
    if index.get(summary.sentences[0].sentence_id) == 0:
        return None
    return next((line.sentence_id for line in summary.sentences if index.get(line.sentence_id) == 0), None)


# A line opening with quoted words (``_lead_for_quotation``).
_OPENING_QUOTATION = re.compile('["\u201c\u2018]')


def _lead_first(summary: Summary, lead_id: str) -> Summary:
    """``summary`` with the line of the sentence ``lead_id`` (the one that states the story's lead) first.

    A short summary holds the story's lead (``SummaryOptions.lead_words``), but :func:`~storyweave.summarizer.cite`
    puts each line where its information first appeared, so a side fact an earlier article printed (a preview's
    cost of a tram line, a mine's age in a report's first line) would open it. The other lines keep their order.
    """
    lines = summary.sentences
    at = next((number for number, line in enumerate(lines) if line.sentence_id == lead_id), 0)
    return replace(summary, sentences=(lines[at], *lines[:at], *lines[at + 1 :])) if at else summary


def evaluate(
    path: PathLike,
    *,
    words: int | None = None,
    systems: Sequence[str] | None = None,
    out_dir: PathLike | None = None,
) -> Evaluation:
    """Score storyweave and its peers on a benchmark cluster file under the benchmark protocol.

    The protocol is PROTOCOL.md beside the dev data (``../shared/data``), outside the repository.

    See :func:`storyweave.eval.runner.evaluate`; imported on use because the
    peers' libraries (sumy, lexrank, rouge-score) take a while to import.
    """
    from storyweave.eval.runner import evaluate as run_evaluation

    return run_evaluation(path, words=words, systems=systems, out_dir=out_dir)


def ingest(
    source: Batch, db: PathLike | None = None, *, progress: bool = True, lines: Collection[str] = ()
) -> AddResult:
    """Add a batch of (cleaned) articles to the embedded store, grouping them into stories as they come.

    Re-ingesting an article already stored is a no-op; each batch is one
    transaction. ``db`` defaults to ``storyweave.store.DEFAULT_DB``.
    ``progress`` shows a progress bar on stderr (only when it is a terminal).
    The articles of each cluster line (``lines``: their shared origins, ``file:line``) are one story of their
    own, the story the input states (see :meth:`storyweave.store.Store.add_articles`); the others are grouped.
    :func:`ingest_files` does the same for files, without holding their articles.

    Raises:
        StoryweaveError: The batch has no articles; checked before the database
            is opened, so a failed run creates no empty database.
    """
    _require_articles(source.articles, source.problems)
    return _store(source.articles, source.problems, db, progress, source.notes, lines)


@dataclass(frozen=True)
class Ingested:
    """What :func:`ingest_files` did.

    Attributes:
        stored: How many articles were added, how many of those are near-duplicates, how many were
            already stored.
        problems: Each file, record or article skipped (named in a warning as it was met), in that order.
    """

    stored: AddResult
    problems: tuple[Problem, ...]


def ingest_files(paths: Sequence[PathLike], db: PathLike | None = None, *, progress: bool = True) -> Ingested:
    """Read, clean and store every article under ``paths``, grouping them into stories; see :func:`ingest`.

    Memory does not grow with the input: articles are read one at a time (a
    JSONL feed, or a Multi-News file of one story a line, a line at a time),
    cleaned, and put aside on disk until all are read, then stored oldest first (see
    :func:`storyweave.ingest.in_date_order`). The stories are those of
    ``ingest(load(paths, all_clusters=True), db, lines=...)`` with the input's cluster lines: each line (a
    JSONL line with ``documents``, a line of a Multi-News file of several stories) one story, as the web's
    upload shows them and ``report --cluster`` reads them; the other articles grouped by content. So are the
    problems, in the order they are met. ``progress`` shows progress bars of the reading
    and of the storing on stderr (only when it is a terminal).

    Raises:
        StoryweaveError: No article could be read; checked before the database
            is opened, so a failed run creates no empty database.
    """
    from storyweave.clean import clean_all
    from storyweave.ingest import read_lazily, reading_notes

    problems: list[Problem] = []
    # Filled in as the files are read, all before the first article is stored.
    lines: set[str] = set()

    def cleaned() -> Iterator[Article]:
        for article in _shown(read_lazily(paths, problems, lines=lines), "read", progress):
            batch = clean_all([article])
            problems.extend(batch.problems)
            yield from batch.articles

    with reading_notes() as notes:
        stored = _store(cleaned(), problems, db, progress, notes, lines)
    return Ingested(stored, tuple(problems))


def _store(
    articles: Iterable[Article],
    problems: Sequence[Problem],
    db: PathLike | None,
    progress: bool,
    notes: Sequence[str] = (),
    lines: Collection[str] = (),
) -> AddResult:
    """Store articles oldest first, as the grouper needs (see :func:`storyweave.ingest.in_date_order`).

    ``problems`` name why nothing could be read when no article comes. ``notes`` are what reading them warned
    of (all read before the first is stored), each kept with the article it names for its story's report.
    ``lines`` are the origins of the cluster lines, each one story (also all read before the first is stored).
    """
    from storyweave.ingest import in_date_order
    from storyweave.store import DEFAULT_DB
    from storyweave.store import ingest as add_to_store

    with in_date_order(articles) as dated:
        _require_articles(dated, problems)
        return add_to_store(
            _shown(dated, "ingest", progress), db if db is not None else DEFAULT_DB, tuple(notes), lines
        )


def stories(db: PathLike | None = None) -> list[Story]:
    """Every story in the store, in order of creation.

    Story ids (s0001, s0002, ...) follow the order in which the grouper started
    the stories, i.e. the order articles were ingested (each batch sorted by
    date in :func:`ingest`), not the stories' own dates.
    """
    from storyweave.store import Store

    with Store(_existing_database(db)) as store:
        return store.stories()


# How :func:`find_stories` can order stories, each with what it means to a reader.
STORY_ORDERS = {
    "created": "In order of creation",
    "latest": "Latest article first",
    "articles": "Most articles first",
    "outlets": "Most outlets first",
}


def find_stories(
    db: PathLike | None = None,
    *,
    query: str = "",
    order: str = "created",
    offset: int = 0,
    limit: int | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> StoryPage:
    """The stored stories whose articles' headlines, outlets or id hold every word of ``query``, in ``order``.

    The search, the date window, the order and the paging run in the database, on what the
    store keeps of each story for its list (see :meth:`storyweave.store.Store.find_stories`):
    only the page's stories are read, and an order without a search walks an index.

    Args:
        db: The database (default: ``storyweave.store.DEFAULT_DB``).
        query: Words to find, whole, ignoring case, accents and plurals; empty keeps every story.
        order: A key of ``STORY_ORDERS``: "created" is the order of :func:`stories`,
            "latest" puts the story with the latest article first (undated
            ones last), "articles" and "outlets" the one with the most first,
            counted as its report counts them (a syndicated copy not: see
            ``Story.original_count``). Ties keep the order of creation.
        offset: How many of the stories found to pass over.
        limit: At most this many stories (a page); None: all from ``offset`` on.
        since: Only the stories with an article dated this day or later.
        until: Only the stories with an article dated this day or earlier. With both,
            the stories whose dates (first to last article) meet the window; a story
            without a dated article is in no window.

    Returns:
        The stories asked for, how many matched and how many are stored.

    Raises:
        ValueError: ``order`` is not one of ``STORY_ORDERS``, or ``since`` is after ``until``.
        StoryweaveError: No such database, or not a storyweave one.
    """
    from storyweave.store import Store

    if order not in STORY_ORDERS:
        raise ValueError(f"unknown story order {order!r} (one of: {', '.join(STORY_ORDERS)})")
    with Store(_existing_database(db)) as store:
        return store.find_stories(
            query=query, order=order, offset=offset, limit=limit, since=since, until=until
        )


def story_articles(db: PathLike | None, story_id: str) -> Batch:
    """The articles of one stored story, without its near-duplicate copies.

    A syndicated copy is the same reporting, so it must not count as a second
    outlet corroborating a claim.

    Raises:
        StoryweaveError: No such database, or not a storyweave one.
        storyweave.store.sqlite.StoryChoiceError: No story has that id (saying where a merged one went).
    """
    from storyweave.store import Store

    with Store(_existing_database(db)) as store:
        return _story_batch(store, story_id)


def stored_story_batches(db: PathLike | None = None) -> list[tuple[str, Batch]]:
    """Every stored story's id and articles, as :func:`story_articles` gives them, read over one connection.

    Raises:
        StoryweaveError: No such database, or not a storyweave one.
    """
    from storyweave.store import Store

    with Store(_existing_database(db)) as store:
        return [(story.id, _story_batch(store, story.id)) for story in store.stories()]


def _story_batch(store: Store, story_id: str) -> Batch:
    """The story's articles without its copies, which its notes name, and with what reading them warned of,
    kept by the store, and a note on each date in the future, as a report read from files has (the reader's
    warnings, which only the ingest that read it saw)."""
    story = store.story(story_id)
    copies = dict(story.duplicates)
    articles = store.story_articles(story_id)
    label = _article_labels(articles)
    future = [
        future_date_note(label[a.id], a.date)
        for a in articles
        if a.date is not None and in_the_future(a.date)
    ]
    return Batch(
        tuple(a for a in articles if a.id not in copies),
        notes=(*store.reading_notes(a.id for a in articles), *future, *_copy_notes(label, copies)),
    )


def current_story_id(db: PathLike | None, story_id: str) -> str:
    """The id of the stored story ``story_id`` names now: itself, or, for an id that stopped existing, the story its
    articles went into (see :meth:`storyweave.store.Store.current_story_id`).

    A story id a reader saw (in :func:`find_stories`, a report's address) stops existing when the grouper merges its
    story into an older one as later articles arrive (an ingest killed and run again, or simply the next batch),
    when an editor merges it, or when a cluster line is moved out of it; the store records where each went.

    Raises:
        StoryweaveError: No such database, or not a storyweave one.
        storyweave.store.sqlite.StoryChoiceError: No story has that id, and none went anywhere from it.
    """
    from storyweave.store import Store

    with Store(_existing_database(db)) as store:
        return store.current_story_id(story_id)


def report_story(
    db: PathLike | None, story_id: str, *, words: int = 120, fmt: str = "md", progress: bool = False
) -> str:
    """The rendered report of a stored story: ``render(report(story_articles(db, story_id), words=words), fmt)``.

    The text is kept in the database, under a digest of the story's articles
    (every field) and of the code that made it (:func:`_code_fingerprint`), so
    asking again for a story that has not changed reads it back instead of
    making the report again (seconds), and a story that gained an article or
    a merged story never gets the old text. A database that cannot be written
    (read-only, or busy with an ingest) still gets the report, just not kept.

    Args:
        db: The database (default: ``storyweave.store.DEFAULT_DB``).
        story_id: The story's id (see :func:`stories`).
        words: Word budget of the summary.
        fmt: ``"md"``, ``"json"`` or ``"html"``, as for :func:`storyweave.render.render`.
        progress: Show a progress bar of the report's stages, as for :func:`report`, when it is made.

    Raises:
        StoryweaveError: No such database, or not a storyweave one.
        storyweave.store.sqlite.StoryChoiceError: No story has that id (an id that stopped existing says where
            it went: :func:`current_story_id` gives that story's).
        ValueError: Unknown format.
    """
    from storyweave.render import FORMATS, render
    from storyweave.store import Store

    if fmt not in FORMATS:
        raise ValueError(f"unknown report format {fmt!r}; expected one of {', '.join(FORMATS)}")
    with Store(_existing_database(db)) as store:
        batch = _story_batch(store, story_id)
        digest = _report_digest(batch)
        text = store.cached_report(story_id, words, fmt, digest)
        if text is None:
            text = render(report(batch, words=words, progress=progress), fmt)
            store.keep_report(story_id, words, fmt, digest, text)
        return text


def _report_digest(batch: Batch) -> str:
    """SHA-256 of everything a stored story's report is made from but its word budget and format: the articles,
    and the notes, one of which (a date in the future) today's date decides (QA s39: a kept report said "in the
    future" after the day had come)."""
    content = json.dumps([[asdict(article) for article in batch.articles], batch.notes], default=str)
    return hashlib.sha256(f"{_code_fingerprint()}\n{content}".encode()).hexdigest()


@functools.cache
def _code_fingerprint() -> str:
    """SHA-256 of storyweave's own files (code, templates, schema) and its dependencies' installed versions.

    A report is only as current as the code that made it: this changes with
    any edit to the package (a development checkout too, whose version number
    stays put) or an upgrade of a library it runs (the encoder's model among them).
    It takes about 40 ms, once per process.
    """
    import importlib.metadata

    package = Path(__file__).parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    for requirement in importlib.metadata.requires("storyweave") or ():
        if "extra ==" in requirement:  # optional extras do not make reports
            continue
        name = re.match(r"[A-Za-z0-9._-]+", requirement).group()
        try:
            digest.update(f"{name}=={importlib.metadata.version(name)}".encode())
        except importlib.metadata.PackageNotFoundError:
            digest.update(f"{name} absent".encode())
    return digest.hexdigest()


def group(source: Batch | Sequence[Article]) -> dict[str, str]:
    """Group articles, in the order given, into stories; returns article id -> story id.

    Raises:
        StoryweaveError: ``source`` has no articles (naming a batch's first problems).
        TypeError: As for :func:`summarize`.
    """
    from storyweave.group import group_stream

    batch = _given_batch(source)
    _require_articles(batch.articles, batch.problems)
    return group_stream(batch.articles)


def group_file(path: PathLike) -> tuple[Batch, dict[str, str]]:
    """Read a stream of articles from a file and group them in its order, as ``storyweave group`` does.

    The ids are those every command reads (:func:`load`, :func:`ingest_files`): a repeated id is renamed
    ``{id}-2`` (``-3``, ...), in input order, and the renames are named, with the file and line of each, in one
    warning. So every article read is grouped and named by an id of its own, never dropped nor given another
    article's story under a shared id.

    Returns:
        The articles read, in input order, with the input skipped (``problems``); and article id -> story id.

    Raises:
        StoryweaveError: Nothing could be read (naming the first problems).
    """
    from storyweave.ingest import read_articles

    batch = read_articles([path])
    return batch, group(batch)


def evaluate_groups(path: PathLike) -> GroupingEvaluation:
    """B-cubed scores of the online grouper and two batch baselines on a clustering file.

    See :func:`storyweave.eval.grouping.evaluate_groups`.

    Raises:
        BadInputError: ``path`` is not a ``.jsonl`` file: gold stories are
            the ``cluster`` field of JSON lines.
    """
    if os.path.splitext(path)[1].lower() != ".jsonl":
        raise BadInputError(os.fspath(path), 'not a clustering file (JSON lines with a "cluster" field)')
    from storyweave.eval.grouping import evaluate_groups as run_evaluation

    return run_evaluation(path)


def _existing_database(db: PathLike | None) -> PathLike:
    """``db`` (or the default database), which must exist: reading never creates one."""
    from storyweave.store import DEFAULT_DB

    path = db if db is not None else DEFAULT_DB
    if not os.path.isfile(path):
        raise StoryweaveError(f"{path}: no such database (create it with `storyweave ingest`)")
    if os.path.getsize(path) == 0:
        # SQLite would take an empty file for an empty database and write the schema into it (QA).
        raise StoryweaveError(f"{path}: an empty file, no database (create it with `storyweave ingest`)")
    return path


def merge_stories(db: PathLike | None, story_ids: Sequence[str]) -> Story:
    """Make several stored stories one, a correction of the grouping: see ``Store.merge_stories``.

    The stories join the oldest (the lowest id); the others' ids stop existing. The
    story list and reports show the merged story at once, later articles that match
    any of the pieces join it, and the correction holds when the articles are
    grouped again (a re-ingest, a regroup with other settings).

    Args:
        db: The database (default: ``storyweave.store.DEFAULT_DB``).
        story_ids: Two or more distinct story ids (see :func:`stories`).

    Returns:
        The merged story.

    Raises:
        StoryweaveError: No such database, or not a storyweave one.
        storyweave.store.sqlite.StoryChoiceError: Fewer than two ids, an id named twice, or an unknown id.
    """
    from storyweave.store import Store

    with Store(_existing_database(db)) as store:
        return store.merge_stories(story_ids)


def move_article(db: PathLike | None, article_id: str, to: str | None = None) -> Story:
    """Move a stored article and its near-duplicate copies to story ``to`` (None: a new story).

    A correction of the grouping that holds, as :func:`merge_stories`; see
    :meth:`storyweave.store.Store.move_article`. The story the article leaves
    stops matching articles like it (the grouper takes the moved articles'
    words back out of it), and the story it joins matches them.

    Args:
        db: The database (default: ``storyweave.store.DEFAULT_DB``).
        article_id: The article's id (as in a report's sources).
        to: The story it joins; None: a new story.

    Returns:
        The story the article is in now.

    Raises:
        StoryweaveError: No such database, or not a storyweave one.
        storyweave.store.sqlite.StoryChoiceError: No such article or story, or the article is there already.
    """
    from storyweave.store import Store

    with Store(_existing_database(db)) as store:
        return store.move_article(article_id, to)


@dataclass(frozen=True)
class AddedToStore:
    """What :func:`add_to_store` did.

    Attributes:
        stored: The counts of :func:`ingest` (those ``storyweave ingest`` prints).
        stories: Each stored story holding articles of the batch (added now or stored before), with how many
            of them it holds, in the order of the batch.
    """

    stored: AddResult
    stories: tuple[tuple[Story, int], ...]


def add_to_store(source: Batch, db: PathLike | None = None, *, lines: Collection[str] = ()) -> AddedToStore:
    """Add a batch of (cleaned) articles to the store, as :func:`ingest` does, and name the stories they are in.

    The articles take the path of ``storyweave ingest``: the same identity (an
    article already stored is left alone), near-duplicate links and grouping, each cluster line of ``lines``
    one story (an upload's: :attr:`UploadReport.lines`).

    Raises:
        StoryweaveError: The batch has no articles (nothing is opened then), no such database, not a
            storyweave one, or one that cannot be written now (read-only, busy).
    """
    from storyweave.store import Store

    stored = ingest(source, db, progress=False, lines=lines)
    held: Counter[str] = Counter()
    with Store(_existing_database(db)) as store:
        for article in source.articles:
            story_id = store.story_of(article)
            if story_id is not None:
                held[story_id] += 1
        return AddedToStore(stored, tuple((store.story(story_id), count) for story_id, count in held.items()))


@dataclass(frozen=True)
class StoryReport:
    """One story of an upload: as the story list names it (headline, outlets, articles, dates), and its report
    (None: not made, the story past :func:`report_upload`'s ``most_reports``). A reported story's headline is
    its report's title."""

    story: Story
    report: Report | None


@dataclass(frozen=True)
class UploadReport:
    """What :func:`report_upload` made of uploaded files or pasted text.

    Attributes:
        batch: Every article read, cleaned, with the input skipped (``problems``) and the input read with a
            caveat (``notes``): what :func:`add_to_store` adds.
        stories: The one story and its report, which is ``storyweave report``'s for the same files; or each
            story and its report: first one per cluster line, in input order (the story's id is the line's
            cluster id), then those the other articles were grouped into, in order of creation (the grouper's,
            oldest first). A report of one of several stories lists neither skipped input nor reading notes:
            they are the upload's, in ``batch``.
        lines_of: The inputs whose cluster lines made stories, one each (a paste's is "the pasted text"):
            how ``stories`` were formed, for the reader.
        grouped: How many articles, in no cluster line, were grouped into stories by content.
        lines: The origin (``file:line``) of each cluster line, which its articles share: what
            :func:`add_to_store` needs to store each line as one story, as ``stories`` shows it.
    """

    batch: Batch
    stories: tuple[StoryReport, ...]
    lines_of: tuple[str, ...] = ()
    grouped: int = 0
    lines: tuple[str, ...] = ()


def report_upload(
    files: Sequence[tuple[str, bytes]] = (),
    text: str = "",
    *,
    words: int = 120,
    encoder: Encoder | None = None,
    most_reports: int | None = None,
) -> UploadReport:
    """Read uploaded files (or else pasted text) from memory, and report the story, or each of the stories, they hold.

    The files are read by :func:`storyweave.ingest.read_uploaded_stories`, the text by
    :func:`storyweave.ingest.read_pasted_stories`. A story the input states, a cluster line (a JSONL line
    with ``documents``, a line of a Multi-News file of several stories), is one story as given, as
    ``storyweave report --cluster ID`` reads it. The other (loose) articles are one story when they alone
    are given and do not read as separate groups (the caveat of :func:`storyweave.outliers.separate_stories`,
    which names no dev story); otherwise (a mixed folder, or loose articles beside cluster lines) they are
    grouped into stories as ``storyweave ingest`` groups them (see :func:`_grouped`). One story in all (one
    cluster line; loose articles the grouper keeps together) is reported as :func:`report` reports it;
    several are each reported. Nothing is written to disk.

    Args:
        files: Each file's name, as the sender gave it, and its bytes.
        text: Pasted text, read when no file is given.
        words: Word budget of each summary.
        encoder: As for :func:`report`.
        most_reports: Of several stories, report at most this many, those of the most articles (the first of
            equals); None reports all. Each report takes about a second: a file of a dataset's stories (5 MB
            of AllSides holds over a thousand) would take many minutes.

    Raises:
        StoryweaveError: No article could be read (naming the first problems).
    """
    from storyweave.group import story_from_articles
    from storyweave.ingest import read_pasted_stories, read_uploaded_stories, reading_notes

    # What the command line warns of on stderr while reading goes into the report, which lists it.
    with reading_notes() as notes:
        stated = read_uploaded_stories(files) if files else read_pasted_stories(text)
        batch = clean_batch(stated.batch)
    batch = replace(batch, notes=(*batch.notes, *notes))
    _require_articles(batch.articles, batch.problems)
    lines, loose = _stated_stories(stated, batch)
    origins = tuple(line.origin for line in stated.lines if line.origin)

    def one_story(prepared: _Prepared) -> UploadReport:
        report = _whole_report(prepared, lambda stage: None, words, None, encoder, None)
        story = story_from_articles("s0001", batch.articles)
        return UploadReport(batch, (_story_report(story, report),), lines=origins)

    if not lines:
        prepared = _prepare(batch)
        if not prepared.separate_groups:
            return one_story(prepared)
        grouped = _grouped(batch)
        if len(grouped) == 1:
            return one_story(prepared)
    elif len(lines) == 1 and not loose:
        return one_story(_prepare(batch))
    else:
        grouped = _grouped(Batch(loose)) if loose else []
    stories = [*lines, *grouped]
    largest = sorted(range(len(stories)), key=lambda number: -len(stories[number][1]))
    reported = set(largest[:most_reports])
    return UploadReport(
        batch,
        tuple(
            _story_report(
                story, report(Batch(articles), words=words, encoder=encoder) if number in reported else None
            )
            for number, (story, articles) in enumerate(stories)
        ),
        lines_of=tuple(dict.fromkeys(line.where for line in stated.lines)) if lines else (),
        grouped=len(loose),
        lines=origins,
    )


def _story_report(story: Story, story_report: Report | None) -> StoryReport:
    """``story`` and its report, the story headed by the title its report opens with: the upload's list links
    each story to its report, and named an untitled story by its first article's opening while the report it
    led to was titled by the summary's first line (QA s39 surface #5)."""
    from storyweave.render import story_title

    if story_report is None:
        return StoryReport(story, None)
    return StoryReport(replace(story, headline=story_title(story_report).text), story_report)


def _stated_stories(
    stated: StatedStories, cleaned: Batch
) -> tuple[list[tuple[Story, tuple[Article, ...]]], tuple[Article, ...]]:
    """The story of each cluster line of ``stated`` (its id the line's) with its articles, and the articles of
    no line: as ``cleaned`` holds them, without those cleaning left empty.

    A story lists its near-duplicate copies, as a grouped story does (its report counts each once).
    """
    from storyweave.group import story_from_articles
    from storyweave.group.dedup import near_duplicates_among

    kept = {article.id: article for article in cleaned.articles}
    lines = []
    for line in stated.lines:
        articles = tuple(kept[article.id] for article in line.articles if article.id in kept)
        if articles:
            copies = near_duplicates_among(articles).copies
            lines.append((story_from_articles(line.id, articles, copies.items()), articles))
    return lines, tuple(kept[article.id] for article in stated.loose if article.id in kept)


def _grouped(batch: Batch) -> list[tuple[Story, tuple[Article, ...]]]:
    """The stories of a batch's articles, as ``storyweave ingest`` groups them into an empty store, each with its
    articles (near-duplicate copies too).

    The grouper is fed in its order, in memory (an upload is a few MB): oldest first, the articles of a date in
    input order, then the undated ones. Ingest puts an undated article with the newest of its folder (see
    :func:`storyweave.ingest.in_date_order`), which for an upload, one folder, is after nearly every dated one.
    """
    from storyweave.group import StoryGrouper
    from storyweave.group.stories import with_copy_sources

    _require_articles(batch.articles, batch.problems)
    grouper = StoryGrouper()
    for article in sorted(batch.articles, key=lambda article: article.date or dt.date.max):
        grouper.add(article)
    grouper.settle()
    by_id = {article.id: article for article in batch.articles}
    grouped = []
    for story in grouper.stories():
        articles = tuple(by_id[article_id] for article_id in story.article_ids)
        # The grouper lists every outlet; the story list names those of copies only apart (see Story).
        grouped.append((with_copy_sources(story, articles), articles))
    return grouped
