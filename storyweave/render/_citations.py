"""How the report formats number, name and cite a report's articles.

The JSON report cites articles by id; Markdown and HTML cite them by their
position in the reference list (``[3]``). Both of those number through the same
``SourceList``, so the numbering cannot drift between formats, and both fail
the same way (``InvalidReportError``) on an article the report does not list.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from storyweave.errors import StoryweaveError
from storyweave.model import Article, Claim, Position

# A conflict's figure as the cross-check writes it: digits, maybe a fraction.
_FIGURE = re.compile(r"\d+(?:\.\d+)?")
_LARGE = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
# Characters that must be percent-encoded in a URL (RFC 3986); a raw one means the URL is malformed.
_NOT_IN_URL = frozenset('<>"`')
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


def story_title(articles: Iterable[Article]) -> str:
    """The report's title: the first headline among the articles, else "Story"."""
    return next((article.title for article in articles if article.title), "Story")


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
