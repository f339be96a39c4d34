"""How the report formats number, name and cite a report's articles.

The JSON report cites articles by id; Markdown and HTML cite them by their
position in the reference list (``[3]``). Both of those number through the same
``SourceList``, so the numbering cannot drift between formats, and both fail
the same way (``InvalidReportError``) on an article the report does not list.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from storyweave.errors import StoryweaveError
from storyweave.model import Article, Claim, Position, Report

# A conflict's figure as the cross-check writes it: digits, maybe a fraction.
_FIGURE = re.compile(r"\d+(?:\.\d+)?")
_LARGE = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
# Characters that must be percent-encoded in a URL (RFC 3986); a raw one means the URL is malformed.
_NOT_IN_URL = frozenset('<>"`')
# A title made from the summary's first sentence is cut (at a word) to this many characters: longer than 9 in 10
# real headlines (the 702 titles of the allsides and multiling2011_en dev sets: median 66, 90th percentile 92).
_TITLE_CHARS = 100
# Said in place of an empty summary. The report cannot tell which reason holds: the summarizer leaves
# out fragments (a one-word article) as well as sentences longer than the budget.
EMPTY_SUMMARY = (
    "No sentence was chosen for the summary: the {budget}-word budget is too small, or the articles hold no "
    "complete sentence long enough to stand alone."
)


class InvalidReportError(StoryweaveError):
    """A report that breaks the JSON schema or cites an article it does not list.

    Args:
        where: JSON path (``$.claims[0].articles[1]``) or a description of the
            offending object.
        reason: What is wrong, in a few words.
    """

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


@dataclass(frozen=True)
class Support:
    """A sentence supporting a claim; ``text`` is None when it could not be looked up."""

    article_id: str
    sentence_id: str
    text: str | None


@dataclass(frozen=True)
class SourceList:
    """The reference list of a report: articles numbered from 1 in input order.

    Example:
        >>> from storyweave.model import Article
        >>> sources = SourceList((Article("a", "..."), Article("b", "...", source="Reuters")))
        >>> sources.numbers(["b", "a", "b"]), sources.label("b")
        ([1, 2], 'Reuters')
    """

    articles: tuple[Article, ...]
    _by_id: dict[str, tuple[int, Article]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_id: dict[str, tuple[int, Article]] = {}
        for number, article in enumerate(self.articles, start=1):
            if article.id in by_id:
                raise InvalidReportError(f"article {article.id!r}", "article id listed twice")
            by_id[article.id] = (number, article)
        object.__setattr__(self, "_by_id", by_id)

    def _entry(self, article_id: str) -> tuple[int, Article]:
        try:
            return self._by_id[article_id]
        except KeyError:
            raise InvalidReportError(f"article {article_id!r}", "cited but not in the report") from None

    def number(self, article_id: str) -> int:
        """The article's position in the reference list (1-based).

        Raises:
            InvalidReportError: The report does not list the article.
        """
        return self._entry(article_id)[0]

    def cited(self, article_ids: Iterable[str]) -> list[tuple[int, Article]]:
        """(Reference number, article) of the given articles, by number, without repeats."""
        return sorted(dict(self._entry(article_id) for article_id in article_ids).items())

    def numbers(self, article_ids: Iterable[str]) -> list[int]:
        """Reference numbers of the given articles, ascending and without repeats."""
        return [number for number, _ in self.cited(article_ids)]

    def by_outlet(self, article_ids: Iterable[str]) -> list[tuple[str, list[int]]]:
        """The outlet names of the given articles, each once with its reference numbers.

        A wire service's stories of one day read "Associated Press [5][6]", not
        "Associated Press [5], Associated Press [6]". Names are grouped as shown:
        articles without an outlet are labelled by their own ids, so stay apart.

        Example:
            >>> from storyweave.model import Article
            >>> articles = [Article(i, "...", source=s) for i, s in [("a", "AP"), ("b", "BBC"), ("c", "AP")]]
            >>> SourceList(tuple(articles)).by_outlet(["c", "b", "a"])
            [('AP', [1, 3]), ('BBC', [2])]
        """
        grouped: dict[str, list[int]] = {}
        for number, article in self.cited(article_ids):
            grouped.setdefault(article.label, []).append(number)
        return list(grouped.items())

    def label(self, article_id: str) -> str:
        """The outlet name of the article, else its id."""
        return self._entry(article_id)[1].label

    def earliest_date(self, article_ids: Iterable[str]) -> dt.date | None:
        """The earliest publication date among the given articles, if any is known."""
        dates = [self._entry(article_id)[1].date for article_id in article_ids]
        return min((date for date in dates if date is not None), default=None)

    def chronological(self, positions: Iterable[Position]) -> list[Position]:
        """Positions ordered by the earliest date of the articles stating them.

        An update (a rising toll) reads as "old value -> new value" only in date
        order; positions without any dated article go last, in their given order.
        """
        return sorted(positions, key=lambda p: self.earliest_date(p.articles) or dt.date.max)


def shown_value(kind: str, value: str) -> str:
    """A conflict's value as a reader reads it: a figure with its thousands grouped, or in millions.

    The JSON report keeps the value as found ("150000"); Markdown and HTML show "150,000", and a
    round large figure in words ("10400000000" -> "10.4 billion"). Dates and names are shown as they are.

    >>> shown_value("number", "150000"), shown_value("number", "10400000000"), shown_value("number", "52.4")
    ('150,000', '10.4 billion', '52.4')
    """
    if kind != "number" or not _FIGURE.fullmatch(value):
        return value
    number = float(value)
    for scale, name in _LARGE:
        # Only a figure that is a round number of millions reads the same in words ("$972,814" does not).
        if number >= scale and (number * 1000 / scale).is_integer():
            return f"{number / scale:,.3f}".rstrip("0").rstrip(".") + f" {name}"
    whole, _, decimals = value.partition(".")
    return f"{int(whole):,}" + (f".{decimals}" if decimals else "")


@dataclass(frozen=True)
class Title:
    """The report's title, and a note to show under it when it is not a headline from the input."""

    text: str
    note: str | None = None


def story_title(report: Report) -> Title:
    """The report's title, chosen in this order.

    1. The headline most articles carry (wire copies share one), case and spacing aside; among
       equally common ones the earliest published, then the first given.
    2. Else the summary's first sentence, cut at a word to about 100 characters: the gist the
       summarizer put first says more than a generic name.
    3. Else "Untitled story".

    Example:
        >>> from storyweave.model import Summary, SummarySentence
        >>> summary = Summary((SummarySentence("Fire guts the old mill.", "a#0", ("a",)),), word_budget=50)
        >>> story_title(Report((Article("a", "Fire guts the old mill.", title="Mill fire"),), summary))
        Title(text='Mill fire', note=None)
        >>> story_title(Report((Article("a", "Fire guts the old mill."),), summary)).text
        'Fire guts the old mill.'
    """
    titled = [
        (order, article) for order, article in enumerate(report.articles) if (article.title or "").strip()
    ]
    if titled:
        counts = Counter(_title_key(article) for _, article in titled)
        _, best = min(
            titled,
            key=lambda item: (-counts[_title_key(item[1])], item[1].date or dt.date.max, item[0]),
        )
        return Title(best.title or "")
    if report.summary.sentences:
        lead = " ".join(report.summary.sentences[0].text.split())
        if len(lead) > _TITLE_CHARS:
            cut = lead[:_TITLE_CHARS]
            # At the last space, unless one long token (a URL) fills the whole cut.
            lead = (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" ,;:-—") + "…"
        return Title(lead, note="No article has a headline: the title is the summary's first sentence.")
    return Title("Untitled story")


def _title_key(article: Article) -> str:
    return " ".join((article.title or "").split()).casefold()


@dataclass(frozen=True)
class OutletClaims:
    """The single-source claims of one outlet.

    Attributes:
        article_ids: The outlet's articles that carry any of them, in reference-list order.
        claims: The claims, in the report's order.
    """

    article_ids: tuple[str, ...]
    claims: tuple[Claim, ...]


@dataclass(frozen=True)
class FoldedClaims:
    """A report's claims as a reader takes them in: corroborated first, the rest folded away by outlet.

    On teigen-jack 53 of 71 claims, and on 29 of the 30 DUC 2003 dev clusters over 95%, are in one outlet only;
    a table of them all buries the few that several outlets confirm.

    Attributes:
        corroborated: Claims two or more outlets carry, in the report's order.
        single_source: The other claims, grouped by outlet, outlets in order of their first article.
    """

    corroborated: tuple[Claim, ...]
    single_source: tuple[OutletClaims, ...]

    @property
    def single_source_count(self) -> int:
        """How many claims only one outlet carries."""
        return sum(len(group.claims) for group in self.single_source)


def fold_claims(claims: Iterable[Claim], sources: SourceList) -> FoldedClaims:
    """The claims split into corroborated ones and single-source ones grouped by outlet.

    A single-source claim goes under its outlet's name as the reference list
    shows it, so one outlet with many articles (a wire service) is one group.

    Raises:
        InvalidReportError: A claim cites an article the report does not list.

    Example:
        >>> articles = tuple(Article(i, "...", source=s) for i, s in [("a", "AP"), ("b", "BBC"), ("c", "AP")])
        >>> claims = [
        ...     Claim("c1", "AP once.", ("a#0",), ("a",)),
        ...     Claim("c2", "Both.", ("a#1", "b#0"), ("a", "b")),
        ...     Claim("c3", "AP twice.", ("a#2", "c#0"), ("a", "c"), outlet_count=1),
        ... ]
        >>> folded = fold_claims(claims, SourceList(articles))
        >>> [c.id for c in folded.corroborated], [(g.article_ids, len(g.claims)) for g in folded.single_source]
        (['c2'], [(('a', 'c'), 2)])
    """
    corroborated = []
    by_outlet: dict[tuple[str, ...], tuple[set[str], list[Claim]]] = {}
    for claim in claims:
        # Looked up through the reference list, so a claim citing an unlisted article fails the render.
        outlets = sources.by_outlet(claim.article_ids)
        if claim.single_source:
            article_ids, grouped = by_outlet.setdefault(tuple(label for label, _ in outlets), (set(), []))
            article_ids.update(claim.article_ids)
            grouped.append(claim)
        else:
            corroborated.append(claim)
    groups = [
        OutletClaims(tuple(article.id for _, article in sources.cited(article_ids)), tuple(grouped))
        for article_ids, grouped in by_outlet.values()
    ]
    groups.sort(key=lambda group: sources.number(group.article_ids[0]))
    return FoldedClaims(tuple(corroborated), tuple(groups))


def article_of(sentence_id: str) -> str:
    """The article id inside a sentence id (``"{article_id}#{index}"``)."""
    article_id, hash_sign, _ = sentence_id.rpartition("#")
    if not hash_sign:
        raise InvalidReportError(f"sentence {sentence_id!r}", "sentence id is not 'article_id#index'")
    return article_id


def claim_support(claim: Claim, sentences: Mapping[str, str] | None) -> list[Support]:
    """The sentences supporting a claim, with their text when ``sentences`` has it.

    Args:
        claim: The claim whose ``sentence_ids`` to resolve.
        sentences: Sentence id -> sentence text, for every sentence of the story;
            None when the caller has no sentence texts.

    Returns:
        One entry per supporting sentence, in the claim's order.
    """
    lookup = sentences or {}
    return [Support(article_of(sid), sid, lookup.get(sid)) for sid in claim.sentence_ids]


def web_url(url: str | None) -> str | None:
    """The URL if it is a well-formed absolute http(s) URL, else None.

    Reports only link to web pages: a ``javascript:`` or ``data:`` URL taken
    from an input file would run code when the reader clicks it. Spaces, quotes
    and angle brackets must be percent-encoded in a URL, so one containing them
    is malformed and is not linked either (it could also end a Markdown autolink).
    """
    url = (url or "").strip()
    if not url or any(char.isspace() or char in _NOT_IN_URL for char in url):
        return None
    parts = urlsplit(url)
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return url
    return None
