"""Typed objects passed between pipeline stages.

Every stage takes and returns these frozen dataclasses. They carry ids and
character offsets, so every output (a summary sentence, a quote, a conflict)
can be traced back to the article text it came from. The JSON report is
written from these objects, not from a second model of the same data.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal


def in_the_future(date: dt.date) -> bool:
    """Whether ``date`` is past tomorrow (tomorrow is still today somewhere east of here).

    Such an article date is kept but is most often a typo ("2031" for "2026"): the reader warns of it, and a
    stream's clock does not follow it.
    """
    return date > dt.date.today() + dt.timedelta(days=1)


def future_date_note(origin: str, date: dt.date) -> str:
    """The one-line note on an article ``date`` :func:`in_the_future`, naming where the article came from:
    what the reader warns of, and what a stored story's report repeats."""
    return f"{origin}: the date {date.isoformat()} is in the future (kept; check it)"


@dataclass(frozen=True)
class RemovedLine:
    """A line that cleaning dropped from an article, and why."""

    text: str
    reason: str


@dataclass(frozen=True)
class Article:
    """One news article as ingested.

    Attributes:
        id: Unique within a run (file stem, JSON id, ...).
        text: Body text; paragraphs separated by "\\n". After cleaning it no
            longer contains boilerplate; sentence offsets index into it.
        title: Headline, when known.
        date: Publication date, when known; relative dates in the text ("on Saturday") are read from it.
        modified: The day the outlet last updated it, when its input says so (a page's dateModified): orders
            an outlet's versions of one URL, the corrected one last, and shows in the report's Sources.
        source: Outlet name, when known.
        url: Where the article was published, when known.
        origin: The file (and line) it was read from, for error messages.
        removed: Boilerplate lines dropped by cleaning, with the reason.
    """

    id: str
    text: str
    title: str | None = None
    date: dt.date | None = None
    source: str | None = None
    url: str | None = None
    origin: str | None = None
    removed: tuple[RemovedLine, ...] = ()
    modified: dt.date | None = None

    @property
    def label(self) -> str:
        """A human name for the article: its outlet, else its id."""
        return self.source or self.id


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article, with its character span in ``Article.text``.

    Attributes:
        id: ``"{article_id}#{index}"``.
        article_id: The article it belongs to.
        index: Position among the article's sentences (0-based).
        start: Offset of the first character in the article text.
        end: Offset one past the last character.
        text: ``article.text[start:end]``.
        paragraph: Index of the paragraph it is in (0-based).
        quotation: Id of the quotation span the sentence lies in (fully or in
            part), so a multi-sentence quote stays attributable to its
            speaker; None outside quotes.
    """

    id: str
    article_id: str
    index: int
    start: int
    end: int
    text: str
    paragraph: int = 0
    quotation: str | None = None


@dataclass(frozen=True)
class Quotation:
    """A span of quoted speech inside one article (quote marks included)."""

    id: str
    article_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Segmented:
    """An article split into sentences and quotation spans."""

    article: Article
    sentences: tuple[Sentence, ...]
    quotations: tuple[Quotation, ...] = ()


@dataclass(frozen=True)
class Claim:
    """One piece of information, and every sentence (across articles) that states it.

    Attributes:
        id: ``"c{n}"``, stable for the same input.
        text: The clearest wording: one of the supporting sentences, or the run of
            them that tells one quotation whole (see ``align``).
        sentence_ids: Supporting sentences, one or more per article.
        article_ids: Every article that carries the claim, in input order.
        outlet_count: How many distinct outlets carry it: two articles from
            one outlet corroborate nothing. Articles with the same
            ``Article.source`` are one outlet; an article without a source is
            its own. 0 (not given) means one outlet per article.
        part_of: The id of the claim whose text, or whose summary line, states this claim's information
            inside a longer sentence (one of this claim's supporting sentences): the reader is shown this
            claim there, as a part of that one with its own outlets, not as a second claim telling the same
            fact. None for a claim shown on its own.
    """

    id: str
    text: str
    sentence_ids: tuple[str, ...]
    article_ids: tuple[str, ...]
    outlet_count: int = 0
    part_of: str | None = None

    def __post_init__(self) -> None:
        if not self.outlet_count:
            object.__setattr__(self, "outlet_count", len(self.article_ids))
        if not 1 <= self.outlet_count <= len(self.article_ids):
            raise ValueError(
                f"claim {self.id}: {self.outlet_count} outlets for {len(self.article_ids)} articles"
            )

    @property
    def single_source(self) -> bool:
        """True when only one outlet carries the claim (uncorroborated)."""
        return self.outlet_count == 1


@dataclass(frozen=True)
class SummarySentence:
    """A sentence of a summary with the articles that carry its information.

    Attributes:
        text: The sentence as shown.
        sentence_id: The article sentence it was taken from.
        sources: Ids of every article that carries the same information.
        claim_id: The claim it expresses, when claims were aligned.
    """

    text: str
    sentence_id: str
    sources: tuple[str, ...]
    claim_id: str | None = None


@dataclass(frozen=True)
class Summary:
    sentences: tuple[SummarySentence, ...]
    word_budget: int

    @property
    def word_count(self) -> int:
        # Imported here: the model is the one module every stage imports, so it imports none of them.
        from storyweave.embed.terms import word_count

        return sum(word_count(s.text) for s in self.sentences)


@dataclass(frozen=True)
class Evidence:
    """A sentence of one article that supports a quote, value or event.

    Attributes:
        article_id: The article the sentence is in.
        sentence_id: The sentence; for a quote's variant, the one its first quoted word is in.
        text: The sentence's text; for a quote's variant, the quoted words as the article has them, parts
            left apart joined by " … ".
        quoted: For a quote's variant, where each of those parts lies in the article's text, as (start, end)
            offsets in text order: ``article.text[start:end]`` is the part, running over sentence ends where
            the quote does. Empty for a sentence.
    """

    article_id: str
    sentence_id: str
    text: str
    quoted: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Quote:
    """A quoted statement, merged across the outlets that carry it.

    Attributes:
        text: The fullest wording found.
        speaker: The named person who said it; None when unknown.
        articles: Every article that carries it.
        variants: The differing wordings, one Evidence per article.
        language: The ISO 639-1 code of the language the words are in when it is not English ("de"), read from an
            article in that language; None for words in English.
    """

    text: str
    speaker: str | None
    articles: tuple[str, ...]
    variants: tuple[Evidence, ...]
    language: str | None = None


@dataclass(frozen=True)
class Position:
    """One side of a conflict: a value and the articles that state it.

    The value as the cross-check read it, where it read one, is given too; each is None where it did not
    (a name, a statement, a side that joins values: "at least 32 / 25").

    Attributes:
        value: The value as shown.
        articles: The articles that state it.
        evidence: The sentences that state it.
        amount: For a number, the figure as a number, its scale applied: 610000000 for "$610m", 61.2 for
            "61.2%", 8.5 for "eight and a half years"; for a bound or an estimate ("more than 250"), its figure.
        unit: For an ``amount``, what it counts or measures: "USD", "GBP" or "EUR" for a sum written with
            $ (or US$), £ or €; "%" for a percentage; else the counted or measured noun as the articles write
            it, in lower case ("people", "years", "deaths", "hectares", "yen", "magnitude"). One conflict's
            amounts share one unit.
        date: For a date, the date it was read as: YYYY-MM-DD, YYYY-Www (an ISO week), YYYY-MM, YYYY, or a part
            of a year: YYYY-Qn (a quarter), YYYY-Hn (a half).
        score: For a match score, the winner's figure and the loser's: (2, 1) for "2-1" and for "1-2".
    """

    value: str
    articles: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    amount: float | None = None
    unit: str | None = None
    date: str | None = None
    score: tuple[int, int] | None = None


# The currency a sum written with a sign is in (``Position.unit``); "$" stands for "US$" and "dlrs" too, as the
# cross-check keys the sums. A report shows a sum's figure with its sign again.
CURRENCY_CODES = {"$": "USD", "£": "GBP", "€": "EUR"}

ConflictKind = Literal["date", "number", "name", "statement"]


@dataclass(frozen=True)
class Conflict:
    """Outlets that state different values for the same fact.

    ``update`` is True when the values change with the articles' dates (a
    rising toll) or one outlet revises its own figure, so the difference is the
    story developing, not outlets contradicting each other.
    """

    about: str
    kind: ConflictKind
    positions: tuple[Position, ...]
    update: bool = False


@dataclass(frozen=True)
class TimelineEvent:
    """A dated event; ``date`` is ``YYYY-MM-DD``, ``YYYY-Www`` (an ISO 8601 week: "last week"), ``YYYY-MM``, ``YYYY``,
    or a part of a year: ``YYYY-Qn`` (a quarter: "in the first quarter of 2027"), ``YYYY-Hn`` (a half), ``mid-YYYY``
    (the middle of a year, as written: "mid-2027"). ``deadline`` marks a date the event is due by ("must be
    completed by the end of 2027"), not one it happened on."""

    date: str
    event: str
    articles: tuple[str, ...]
    evidence: tuple[Evidence, ...] = ()
    deadline: bool = False


@dataclass(frozen=True)
class Story:
    """A group of articles about one event, as the online grouper sees it.

    A syndicated copy (a near-duplicate, in ``duplicates``) is the same reporting as its original, so the
    story's report counts it once and not as an outlet (QA9 #6): ``original_count`` and ``original_sources``
    count as the report does, ``sources`` lists every outlet, and ``copy_sources`` those that carried only
    copies.
    """

    id: str
    article_ids: tuple[str, ...]
    headline: str | None = None
    sources: tuple[str, ...] = ()
    first_date: dt.date | None = None
    last_date: dt.date | None = None
    duplicates: tuple[tuple[str, str], ...] = field(default=())  # (copy id, original id)
    copy_sources: tuple[str, ...] = ()  # of ``sources``, those of copies only, in the same order

    @property
    def original_count(self) -> int:
        """How many of the articles are not copies of another: the count the story's report gives."""
        return len(self.article_ids) - len(self.duplicates)

    @property
    def original_sources(self) -> tuple[str, ...]:
        """The outlets of the articles that are not copies: those the story's report counts."""
        return tuple(source for source in self.sources if source not in self.copy_sources)

    @property
    def copies_note(self) -> str:
        """The copies a story list counts once, beside its article count: " (+2 copies)", or "" for none."""
        copies = len(self.duplicates)
        return f" (+{copies} cop{'y' if copies == 1 else 'ies'})" if copies else ""

    @property
    def listed_sources(self) -> str:
        """A story list's outlets: those of its original articles, then those that carried only copies, named
        apart as the story's report counts them: "AP, BBC (copies: CNN)"."""
        listed = ", ".join(self.original_sources) or "-"
        return f"{listed} (copies: {', '.join(self.copy_sources)})" if self.copy_sources else listed


def copy_only_sources(sources: Iterable[tuple[str | None, bool]]) -> tuple[str, ...]:
    """The outlets, in order of first appearance, of copies only, from each article's (outlet, is a copy).

    Example:
        >>> copy_only_sources([("AP", False), ("BBC", True), ("AP", True), ("CNN", True), ("CNN", False)])
        ('BBC',)
    """
    pairs = list(sources)
    originals = {source for source, is_copy in pairs if not is_copy}
    return tuple(dict.fromkeys(source for source, is_copy in pairs if source and source not in originals))


@dataclass(frozen=True)
class Problem:
    """Input that was skipped, with a one-line reason."""

    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


@dataclass(frozen=True)
class Report:
    """Everything storyweave says about one story.

    ``summary`` is always set; the cross-check sections are empty when only a
    summary was asked for. ``sentences`` are the story's segmented sentences,
    so that every sentence id cited anywhere resolves to its text and offsets.
    """

    articles: tuple[Article, ...]
    summary: Summary
    claims: tuple[Claim, ...] = ()
    quotes: tuple[Quote, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    timeline: tuple[TimelineEvent, ...] = ()
    problems: tuple[Problem, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    notes: tuple[str, ...] = ()
    # Ids of the articles the notes name as sharing almost nothing with the others (another event's file in the
    # folder): still sources, but none of them titles the report.
    off_topic: tuple[str, ...] = ()

    def sentence_texts(self) -> dict[str, str]:
        """Sentence id -> text, for the sentences the report cites."""
        return {s.id: s.text for s in self.sentences}


@dataclass(frozen=True)
class Batch:
    """What ingest read from a set of paths: the articles, what it skipped, and what it read with a caveat.

    ``notes`` are one line each, as the command line warns of them on stderr
    (without its ``storyweave:`` prefix): a file not UTF-8 read as Windows-1252,
    a date that cannot be read (the article kept undated) or one in the future,
    a syndicated copy counted once. Input skipped is a problem, not a note.
    """

    articles: tuple[Article, ...]
    problems: tuple[Problem, ...] = ()
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Cluster:
    """A benchmark cluster: one story's articles plus reference summaries."""

    id: str
    articles: tuple[Article, ...]
    references: tuple[str, ...] = ()
