"""How the report formats number, name and cite a report's articles.

The JSON report cites articles by id; Markdown and HTML cite them by their
position in the reference list (``[3]``). Both of those number through the same
``SourceList``, so the numbering cannot drift between formats, and both fail
the same way (``InvalidReportError``) on an article the report does not list.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple
from urllib.parse import urlsplit

from storyweave.align import outlet_of
from storyweave.crosscheck.dates import YEAR_END
from storyweave.crosscheck.names import SpeakerSpelling, spelt_speakers
from storyweave.crosscheck.quotes import OtherSpeaker, other_speakers
from storyweave.embed.terms import WORD_NUMBERS
from storyweave.errors import StoryweaveError
from storyweave.ingest import counted
from storyweave.model import (
    CURRENCY_CODES,
    Article,
    Claim,
    Conflict,
    Position,
    Quote,
    Report,
    Sentence,
    TimelineEvent,
    in_the_future,
)
from storyweave.segment import curly_quotes

# A conflict's figure as the cross-check writes it: digits, maybe a fraction.
_FIGURE = re.compile(r"\d+(?:\.\d+)?")
_LARGE = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
# The sign a sum's currency is written with (``Position.unit``), shown before its figure as the outlets wrote it.
_CURRENCY_SIGNS = {code: sign for sign, code in CURRENCY_CODES.items()}
# Units of time a figure is shown with: a delay's bare "5" against "6" says nothing of hours, which the label
# ("hours of the delay") alone left to the reader (tests/crosscheck/test_s42_numbers.py).
_TIME_UNITS = frozenset(["seconds", "minutes", "hours", "days", "weeks", "months", "years"])
_QUOTE_MARKS = frozenset("\"'“”‘’«»„")
# The marks that open or close a quotation the segmenter finds, once a sentence's marks are read as the
# segmenter reads them (``curly_quotes``: guillemets, „ “, and the single marks of British copy become “ ”).
# Single marks are left out: "’" is also an apostrophe ("didn’t"), and a quote within a quote is in them.
_DOUBLE_QUOTE_MARKS = frozenset('"“”„‟«»')
_WORDS = re.compile(r"\w+")
# The replacement character: what a wrongly decoded byte (often a curly quote mark) became.
_UNREADABLE = "\ufffd"
# A timeline date as the report gives it: YYYY, YYYY-MM or YYYY-MM-DD; a week as YYYY-Www (ISO 8601); a part of a
# year as YYYY-Qn or YYYY-Hn.
_ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_ISO_WEEK = re.compile(r"(\d{4})-W(\d{2})")
# A year's December, the month of a deadline "by the end of 2027" (see ``_due_by``).
_DECEMBER = re.compile(r"\d{4}-12")
# A part of a year: a quarter as YYYY-Qn, a half as YYYY-Hn.
_YEAR_PART = re.compile(r"(\d{4})-([QH])([1-4])")
_PART_NAMES = {"Q": "quarter", "H": "half"}
_ORDINAL_WORDS = ("First", "Second", "Third", "Fourth")
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
class Outlet:
    """One outlet of a report, as the reader sees it.

    Attributes:
        label: Its name as its first article gives it (else that article's id).
        article_ids: Its articles, in reference-list order.
        named: False when the label is an article id standing in for an unknown outlet.
    """

    label: str
    article_ids: tuple[str, ...]
    named: bool = True


@dataclass(frozen=True)
class SourceList:
    """The reference list of a report: articles numbered from 1 in input order.

    Attributes:
        articles: The report's articles.
        outlets: The outlets that published them (see ``storyweave.align.outlet_of``), in order of their first article.
        outlet_noun: What the report calls them when it counts or heads them: "outlet", or "source" when any
            article's outlet is unknown. Such an article counts as its own outlet, so "2 outlets" could be
            two articles of no known outlet (teigen-jack's claims: "15 claims in two or more outlets").

    Example:
        >>> from storyweave.model import Article
        >>> sources = SourceList((Article("a", "..."), Article("b", "...", source="Reuters")))
        >>> sources.numbers(["b", "a", "b"]), sources.label("b"), sources.outlet_noun
        ([1, 2], 'Reuters', 'source')
    """

    articles: tuple[Article, ...]
    _by_id: dict[str, tuple[int, Article]] = field(init=False, repr=False, compare=False)
    outlets: tuple[Outlet, ...] = field(init=False, repr=False, compare=False)
    _outlet_of: dict[str, Outlet] = field(init=False, repr=False, compare=False)
    outlet_noun: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_id: dict[str, tuple[int, Article]] = {}
        by_outlet: dict[tuple[str, str], list[Article]] = {}
        for number, article in enumerate(self.articles, start=1):
            if article.id in by_id:
                raise InvalidReportError(f"article {article.id!r}", "article id listed twice")
            by_id[article.id] = (number, article)
            by_outlet.setdefault(outlet_of(article), []).append(article)
        object.__setattr__(self, "_by_id", by_id)
        outlets = tuple(
            Outlet(group[0].label, tuple(a.id for a in group), named=bool(group[0].source))
            for group in by_outlet.values()
        )
        object.__setattr__(self, "outlets", outlets)
        object.__setattr__(self, "outlet_noun", "outlet" if all(o.named for o in outlets) else "source")
        object.__setattr__(
            self,
            "_outlet_of",
            {article_id: outlet for outlet in outlets for article_id in outlet.article_ids},
        )

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

    def cited_outlets(self, article_ids: Iterable[str]) -> list[tuple[Outlet, list[int]]]:
        """The outlets of the given articles, each once with the reference numbers of those articles.

        A wire service's stories of one day read "Associated Press [5][6]", not
        "Associated Press [5], Associated Press [6]". Articles are grouped by
        outlet as claims count them (``storyweave.align.outlet_of``), under the outlet's name as
        its first article spells it; articles without an outlet are labelled by
        their own ids, so stay apart.

        Example:
            >>> from storyweave.model import Article
            >>> articles = [Article(i, "...", source=s) for i, s in [("a", "AP"), ("b", "BBC"), ("c", " ap")]]
            >>> [(o.label, numbers) for o, numbers in SourceList(tuple(articles)).cited_outlets(["c", "b", "a"])]
            [('AP', [1, 3]), ('BBC', [2])]
        """
        grouped: dict[Outlet, list[int]] = {}
        for number, article in self.cited(article_ids):
            grouped.setdefault(self._outlet_of[article.id], []).append(number)
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


# How many references a line of the report cites before the rest are only counted ("and 1,813 more") and
# listed under "Citations in full" at its end. A reference is a number, a run of three or more consecutive
# numbers ("[5–9]") or an outlet with its numbers. Read on harbor-fire inflated to 40 and 2,000 articles of
# distinct outlets (each copy's number interleaved with the others', the worst case for runs): 8 keeps a
# line's citations to about 100 characters, where a summary sentence cited [1]...[1816] ran to 9,900; dev
# clusters have at most 10 articles, hence at most 7 references a line: none is cut.
CITED_INLINE = 8
# The most reading caveats a report lists; a stored story of 2,000 articles can hold 800 syndicated copies, each
# named in a caveat the command line logs. The JSON report keeps them all.
NOTES_SHOWN = 20


def shown_notes(report: Report) -> tuple[tuple[str, ...], int]:
    """The report's reading caveats a human-readable report lists, and how many more there are."""
    return report.notes[:NOTES_SHOWN], max(0, len(report.notes) - NOTES_SHOWN)


@dataclass(frozen=True)
class NumberRun:
    """Consecutive reference numbers, cited as one: ``[5–9]``, or ``[5]`` when ``first == last``."""

    first: int
    last: int

    @property
    def text(self) -> str:
        """The run as cited, without brackets: "5" or "5–9" (an en dash)."""
        return str(self.first) if self.first == self.last else f"{self.first}–{self.last}"


def number_runs(numbers: Iterable[int]) -> list[NumberRun]:
    """Reference numbers (ascending, no repeats) as runs: three or more consecutive ones become a range.

    Two stay apart ("[4][5]"): a range saves nothing there.

    >>> [run.text for run in number_runs([1, 2, 3, 4, 6, 7, 9])]
    ['1–4', '6', '7', '9']
    """
    runs: list[NumberRun] = []
    for number in numbers:
        if runs and runs[-1].last == number - 1:
            runs[-1] = NumberRun(runs[-1].first, number)
        else:
            runs.append(NumberRun(number, number))
    split: list[NumberRun] = []
    for run in runs:
        if run.last - run.first == 1:
            split += [NumberRun(run.first, run.first), NumberRun(run.last, run.last)]
        else:
            split.append(run)
    return split


@dataclass(frozen=True)
class CitedOutlet:
    """An outlet as a line cites it: its label (``outlet.named`` says whether it is a name) and its numbers."""

    outlet: Outlet
    runs: tuple[NumberRun, ...]


@dataclass(frozen=True)
class Cited:
    """The citations of one line of the report, cut to ``CITED_INLINE`` references.

    Attributes:
        runs: The reference numbers shown, as runs.
        outlets: The outlets shown, each with its numbers (empty unless outlets were asked for).
        more: How many of the articles cited are not shown (0: none is left out).
        more_outlets: How many of the outlets cited are not shown.
        full: The number of the entry under "Citations in full" that lists them all (0 when none is left out).
    """

    runs: tuple[NumberRun, ...] = ()
    outlets: tuple[CitedOutlet, ...] = ()
    more: int = 0
    more_outlets: int = 0
    full: int = 0


@dataclass(frozen=True)
class FullCitation:
    """A line's citations in full, for a line that cites more than ``CITED_INLINE`` references.

    Attributes:
        number: Its number in the list "Citations in full" (from 1).
        context: The line it belongs to (a summary sentence, a claim, a quote, ...), as plain text.
        runs: Every reference number it cites, as runs.
        count: How many articles that is.
    """

    number: int
    context: str
    runs: tuple[NumberRun, ...]
    count: int


@dataclass
class CitationLines:
    """Cites articles the way a line of the report can hold them, keeping the whole list for the report's end.

    A story of hundreds of articles cites each summary sentence to most of them. A line shows its first
    ``CITED_INLINE`` references and how many more there are; the references it leaves out are listed,
    with the line they belong to, under "Citations in full" (``full``), so every citation stays reachable.
    The JSON report keeps every list whole.

    Example:
        >>> articles = tuple(Article(str(i), "...", source=f"Outlet {i % 12}") for i in range(40))
        >>> lines = CitationLines(SourceList(articles))
        >>> cited = lines.numbers([str(i) for i in range(0, 40, 2)], "A claim.")
        >>> [run.text for run in cited.runs], cited.more, cited.full
        (['1', '3', '5', '7', '9', '11', '13', '15'], 12, 1)
        >>> [run.text for run in lines.numbers([str(i) for i in range(40)], "Another.").runs]
        ['1–40']
        >>> [(entry.context, entry.count) for entry in lines.full]
        [('A claim.', 20)]
    """

    sources: SourceList
    full: list[FullCitation] = field(default_factory=list)
    _full_of: dict[tuple[str, tuple[int, ...]], int] = field(default_factory=dict, repr=False)

    def numbers(self, article_ids: Iterable[str], context: str) -> Cited:
        """The reference numbers of the articles as runs, the first ``CITED_INLINE`` of them.

        Args:
            article_ids: The articles cited.
            context: The line citing them, named in the full list when some are left out.

        Raises:
            InvalidReportError: An article the report does not list.
        """
        numbers = self.sources.numbers(article_ids)
        runs = number_runs(numbers)
        if len(runs) <= CITED_INLINE:
            return Cited(runs=tuple(runs))
        shown = tuple(runs[:CITED_INLINE])
        more = len(numbers) - sum(run.last - run.first + 1 for run in shown)
        return Cited(runs=shown, more=more, full=self._full(context, numbers, runs))

    def outlets(self, article_ids: Iterable[str], context: str) -> Cited:
        """The outlets of the articles, each with its numbers (see ``SourceList.cited_outlets``), the first
        ``CITED_INLINE`` of them.

        Args:
            article_ids: The articles cited.
            context: The line citing them, named in the full list when some are left out.

        Raises:
            InvalidReportError: An article the report does not list.
        """
        cited = self.sources.cited_outlets(article_ids)
        outlets = tuple(CitedOutlet(outlet, tuple(number_runs(numbers))) for outlet, numbers in cited)
        if len(outlets) <= CITED_INLINE:
            return Cited(outlets=outlets)
        numbers = sorted(number for _, group in cited for number in group)
        more = sum(len(group) for _, group in cited[CITED_INLINE:])
        return Cited(
            outlets=outlets[:CITED_INLINE],
            more=more,
            more_outlets=len(outlets) - CITED_INLINE,
            full=self._full(context, numbers, number_runs(numbers)),
        )

    def _full(self, context: str, numbers: list[int], runs: list[NumberRun]) -> int:
        """The number of the full list of a line's citations, added unless the same line cited the same."""
        context = " ".join(context.split())
        key = (context, tuple(numbers))
        if key not in self._full_of:
            self.full.append(FullCitation(len(self.full) + 1, context, tuple(runs), len(numbers)))
            self._full_of[key] = len(self.full)
        return self._full_of[key]


def shown_value(kind: str, value: str, unit: str | None = None) -> str:
    """A conflict's value as a reader reads it: a figure with its thousands grouped, or in millions.

    The JSON report keeps the value as found ("150000"); Markdown and HTML show "150,000", and a
    round large figure in words ("10400000000" -> "10.4 billion"), a sum's with its currency's sign, as the
    outlets wrote it (``unit`` "USD": "$300 billion", not a bare "300 billion" the sources never wrote); a date as
    the timeline gives it, with its weekday ("2027-Q1" -> "First quarter of 2027", "2026-06" -> "June 2026",
    "2026-08-09" -> "Sunday 9 August 2026"). A value that is no such date, and names, are shown as they are.

    >>> shown_value("number", "150000"), shown_value("number", "10400000000"), shown_value("number", "52.4")
    ('150,000', '10.4 billion', '52.4')
    >>> shown_value("number", "300000000000", "USD"), shown_value("number", "about $4 million", "USD")
    ('$300 billion', 'about $4 million')
    >>> shown_value("number", "5", "hours"), shown_value("number", "1", "days")
    ('5 hours', '1 day')
    >>> shown_value("date", "2026-06"), shown_value("date", "2026-08-09"), shown_value("date", "29 February")
    ('June 2026', 'Sunday 9 August 2026', '29 February')
    """
    if kind == "date":
        # As the timeline says it: a conflict's "2027-Q1" or "2026-06" beside a timeline's "First quarter of 2027"
        # or "June 2026" read as two dates; the weekday ties a day to the outlets' "on Sunday" / "on Monday".
        return _dated(value, ()).heading
    if kind != "number" or not _FIGURE.fullmatch(value):
        return value
    shown = _CURRENCY_SIGNS.get(unit or "", "") + _grouped(value)
    if unit in _TIME_UNITS:
        return f"{shown} {unit.removesuffix('s') if float(value) == 1 else unit}"
    return shown


def _grouped(figure: str) -> str:
    """A figure with its thousands grouped, or a round large one in words: "150,000", "10.4 billion"."""
    number = float(figure)
    for scale, name in _LARGE:
        # Only a figure that is a round number of millions reads the same in words ("$972,814" does not).
        if number >= scale and (number * 1000 / scale).is_integer():
            return f"{number / scale:,.3f}".rstrip("0").rstrip(".") + f" {name}"
    whole, _, decimals = figure.partition(".")
    return f"{int(whole):,}" + (f".{decimals}" if decimals else "")


def value_spans(text: str, kind: str, value: str) -> list[tuple[str, bool]]:
    """The text cut into pieces, each flagged True where it states the conflict's value, so it can be marked.

    A figure is found as written, with its thousands grouped or in words ("150000", "150,000"; "300 billion" of
    "300000000000"), with the currency sign before it ("$300 billion"), never inside a longer figure ("14" is
    not in "2014" or "14.5"); a bound as written, in any case and spacing (the
    conflict gives "more than 250" of "More than 250 people"); a date or name only as a whole word,
    case and all, since a spelling may be what the outlets disagree on.

    >>> value_spans("forcing 14 workers out in 2014", "number", "14")
    [('forcing ', False), ('14', True), (' workers out in 2014', False)]
    >>> value_spans("a toll of 150,000", "number", "150000")
    [('a toll of ', False), ('150,000', True)]
    >>> value_spans("Rich nations pledged $300 billion a year", "number", "300000000000")
    [('Rich nations pledged ', False), ('$300 billion', True), (' a year', False)]
    >>> value_spans("More than  250 died", "number", "more than 250")
    [('More than  250', True), (' died', False)]
    >>> value_spans("handed a two-year ban", "number", "two years")
    [('handed a ', False), ('two-year', True), (' ban', False)]
    """
    if not value.strip():
        return [(text, False)]
    flags = 0
    if kind == "number" and _FIGURE.fullmatch(value):
        whole, point, decimals = value.partition(".")
        forms = sorted({value, f"{int(whole):,}{point}{decimals}", _grouped(value)}, key=len, reverse=True)
        written = "|".join(r"\s+".join(map(re.escape, form.split())) for form in forms)
        # "dlrs 2.1 billion": the wire's old way of writing a dollar sign, which ``CURRENCY_CODES`` reads as "$".
        signs = "|".join([r"dlrs\s", *map(re.escape, ["US$", *CURRENCY_CODES])])
        pattern = rf"(?<![\w.,])(?:{signs})?(?:{written})(?!\w|[.,]\d)"
    elif kind == "number":
        written = r"\s+".join(map(re.escape, value.split()))
        length = _UNIT_FIGURE.match(value)
        if length is not None:
            # A length joined to its noun states it too: "two years" in "a two-year ban", "18 months" in "an
            # 18-month ban" (a sports desk's QA), not in "a two-year-old".
            written = rf"(?:{written}|{re.escape(length[1])}-{re.escape(length[2])}(?![\w-]))"
        pattern = rf"(?<!\w){written}(?!\w|[.,]\d)"
        flags = re.IGNORECASE
    else:
        pattern = rf"(?<!\w){re.escape(value)}(?!\w)"
    spans: list[tuple[str, bool]] = []
    position = 0
    for match in re.finditer(pattern, text, flags):
        if match.start() > position:
            spans.append((text[position : match.start()], False))
        spans.append((match.group(0), True))
        position = match.end()
    if position < len(text) or not spans:
        spans.append((text[position:], False))
    return spans


@dataclass(frozen=True)
class Title:
    """The report's title, and a note to show under it when it is not a headline from the input."""

    text: str
    note: str | None = None


def story_title(report: Report) -> Title:
    """The report's title, chosen in this order.

    1. The headline most articles carry (wire copies share one), case and spacing aside; among
       equally common ones the earliest published, then the first given. Only the headlines of
       articles in the story's majority language count, as for the summary's lines, when one has a headline.
       An outlet's versions of one article (at one URL: an update) count once, with the newest's headline
       (:func:`~storyweave.ingest.newest_versions`) in the first version's place, as the store's list names
       the story: its update's "cancels 210 flights", not the first post's "140" (QA8 aer-lumen).
       A headline that states one side of a conflict between outlets (its "34 hurt" where others say
       41) gives way to one that does not, as a summary line stating one is marked (QA10 #7); when every
       headline states one, a note says so. Then one that states a figure the story has since updated (a
       wire's first post's "three hurt", revised to four) gives way to one that does not.
    2. Else the story's name in the story list (:func:`storyweave.group.story_from_articles`): the earliest
       article's first sentence, shortened as the list shortens it. The summary's first sentence, which this
       was, changed with the word budget, and the list named the story by its first article
       (session 40: one function names an untitled story). One that states a side of a conflict between
       outlets (the one outlet's "trapped 12 workers" where others say 11) gives way to the first sentence of
       the earliest article that states none, as a headline does; when every one states a side, a note says so.
    3. Else "Untitled story".

    An article the report names as sharing almost nothing with the others (``Report.off_topic``) takes part
    in neither 1 nor 2 while another article is left: a lone bakery article that joined an election's
    untitled articles titled their report (tests/render/test_s42_user.py).

    Example:
        >>> from storyweave.model import Summary, SummarySentence
        >>> summary = Summary((SummarySentence("Fire guts the old mill.", "a#0", ("a",)),), word_budget=50)
        >>> story_title(Report((Article("a", "Fire guts the old mill.", title="Mill fire"),), summary))
        Title(text='Mill fire', note=None)
        >>> story_title(Report((Article("a", "Fire guts the old mill."),), summary)).text
        'Fire guts the old mill.'
    """
    from storyweave.group import headline, story_from_articles
    from storyweave.group.dedup import original_rank
    from storyweave.ingest import newest_versions
    from storyweave.language import other_language_articles

    on_topic = [article for article in report.articles if article.id not in report.off_topic]
    articles = on_topic or list(report.articles)
    all_titled = [(order, article) for order, article in enumerate(articles) if (article.title or "").strip()]
    other_language = other_language_articles(report.articles)
    titled = [item for item in all_titled if item[1].id not in other_language] or all_titled
    # The newest of one date is the last in file-name order, as ``report`` tells a revision from its
    # original, whatever order the paths were given in.
    newest = newest_versions(
        sorted((article for _, article in titled), key=lambda a: original_rank(a.date, a.origin, a.modified))
    )
    # Each article's headline, or one for an outlet's versions of one article: (headline, date, order given).
    headlines: dict[tuple[str, str], tuple[str, dt.date, int]] = {}
    for order, article in titled:
        version = newest.get(article.url or "")
        key = ("url", article.url or "") if version is not None else ("id", article.id)
        date = article.date or dt.date.max
        if key in headlines:
            title, first_date, first_order = headlines[key]
            headlines[key] = (title, min(first_date, date), first_order)
        else:
            headlines[key] = ((version or article).title or "", date, order)
    if headlines:
        counts = Counter(_title_key(title) for title, _, _ in headlines.values())
        disputed = _disputed_values(report)
        outdated = _outdated_values(report)
        best, _, _ = min(
            headlines.values(),
            key=lambda item: (
                _states_any(item[0], disputed),
                _states_any(item[0], outdated),
                -counts[_title_key(item[0])],
                item[1],
                item[2],
            ),
        )
        if _states_any(best, disputed):
            return Title(best, note="Outlets dispute a figure or name in this headline: see Conflicts.")
        return Title(best)
    named = story_from_articles("", articles).headline if articles else None
    if not named:
        return Title("Untitled story")
    note = "No article has a headline: the title is the earliest article's first sentence."
    disputed = _disputed_values(report)
    if not _states_any(named, disputed):
        return Title(named, note=note)
    # One side of a conflict: the earliest article whose first sentence states none titles the story instead.
    by_date = sorted(articles, key=lambda article: article.date or dt.date.max)
    undisputed = next(
        (first for article in by_date if (first := headline(article)) and not _states_any(first, disputed)),
        None,
    )
    if undisputed is None:
        return Title(named, note=f"{note} Outlets dispute a figure or name in it: see Conflicts.")
    return Title(
        undisputed,
        note="No article has a headline: the title is the first sentence of the earliest article whose first"
        " sentence states no figure or name outlets dispute.",
    )


def _disputed_values(report: Report) -> frozenset[str]:
    """The values outlets contradict each other on (not an update's), as headlines may state them (see
    :func:`_as_headlines_state`)."""
    return _as_headlines_state(
        position.value
        for conflict in report.conflicts
        if not conflict.update
        for position in conflict.positions
    )


def _outdated_values(report: Report) -> frozenset[str]:
    """The values updates replaced (each update's positions but the newest, in the renderers' date order), as
    :func:`_disputed_values`."""
    sources = SourceList(report.articles)
    return _as_headlines_state(
        position.value
        for conflict in report.conflicts
        if conflict.update
        for position in sources.chronological(conflict.positions)[:-1]
    )


def _as_headlines_state(values: Iterable[str]) -> frozenset[str]:
    """``values`` case-folded, each count of two or more also as its word ("three" for 3; "one" would match "no
    one"), and each figure of a unit also joined to it: "two years" as in "two-year doping ban" (the sports
    desk's doping story, whose other headlines say "18 months" and "18-month ban")."""
    folded = {value.casefold() for value in values}
    words = {word for word, number in WORD_NUMBERS.items() if number >= 2 and str(number) in folded}
    joined = {form for value in folded if (form := _UNIT_FIGURE.sub(r"\1-\2", value)) != value}
    return frozenset(folded | words | joined)


# A figure and its plural unit, as a conflict's position states a length: "two years", "18 months".
_UNIT_FIGURE = re.compile(r"^(\w+) ([a-z]+?)s$")


def _states_any(headline: str, values: frozenset[str]) -> bool:
    """Whether ``headline`` states one of ``values`` as whole words ("34" in "34 hurt", not in "1934" or
    "34-year-old")."""
    folded = headline.casefold()
    return any(re.search(rf"(?<![\w.,-]){re.escape(value)}(?![\w-]|[.,]\d)", folded) for value in values)


def _title_key(title: str) -> str:
    return " ".join(title.split()).casefold()


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

    A claim a longer claim's sentence states (``Claim.part_of``) is shown once, under that claim with its own
    outlets, not in a row of its own; a claim with a part two outlets carry is with the corroborated ones.

    Attributes:
        corroborated: Claims two or more outlets carry, or with such a part, in the report's order.
        single_source: The other claims, grouped by outlet, outlets in order of their first article.
        parts: Claim id -> the claims shown under it, in the report's order.
    """

    corroborated: tuple[Claim, ...]
    single_source: tuple[OutletClaims, ...]
    parts: Mapping[str, tuple[Claim, ...]] = field(default_factory=dict)

    def parts_of(self, claim: Claim) -> tuple[Claim, ...]:
        """The claims shown under ``claim``."""
        return self.parts.get(claim.id, ())

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
    claims = tuple(claims)
    shown = {claim.id for claim in claims}
    parts: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.part_of in shown:
            parts.setdefault(claim.part_of, []).append(claim)
    corroborated = []
    by_outlet: dict[tuple[Outlet, ...], tuple[set[str], list[Claim]]] = {}
    for claim in claims:
        # Looked up through the reference list, so a claim citing an unlisted article fails the render.
        outlets = sources.cited_outlets(claim.article_ids)
        if claim.part_of in shown:
            continue
        if claim.single_source and all(part.single_source for part in parts.get(claim.id, ())):
            article_ids, grouped = by_outlet.setdefault(tuple(outlet for outlet, _ in outlets), (set(), []))
            article_ids.update(claim.article_ids)
            grouped.append(claim)
        else:
            corroborated.append(claim)
    groups = [
        OutletClaims(tuple(article.id for _, article in sources.cited(article_ids)), tuple(grouped))
        for article_ids, grouped in by_outlet.values()
    ]
    groups.sort(key=lambda group: sources.number(group.article_ids[0]))
    return FoldedClaims(
        tuple(corroborated), tuple(groups), {key: tuple(value) for key, value in parts.items()}
    )


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


def update_day(article: Article) -> dt.date | None:
    """The day the Sources list shows an article was updated: its ``modified`` day when later than its
    publication date (or when that is unknown); an update on the day it was published is no news to a reader.

    It is the one place the report tells of an update: a page saved before and after its outlet corrected it
    reads "(2026-11-28, updated 2026-11-29)" beside the first save's "(2026-11-28)".

    Example:
        >>> update_day(Article("a", "...", date=dt.date(2026, 11, 28), modified=dt.date(2026, 11, 29)))
        datetime.date(2026, 11, 29)
        >>> update_day(Article("a", "...", date=dt.date(2026, 11, 28), modified=dt.date(2026, 11, 28))) is None
        True
    """
    if article.modified is None or (article.date is not None and article.modified <= article.date):
        return None
    return article.modified


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


def quoted(text: str) -> str:
    """The text in quotation marks, unless it already opens and closes with one.

    The cross-check strips a quote's own marks, so a fragment ("to save Xu Wenli.") would read as the
    report's prose without them.

    >>> quoted("to save Xu Wenli."), quoted("'We lost everything'")
    ('“to save Xu Wenli.”', "'We lost everything'")
    """
    if len(text) > 1 and text[0] in _QUOTE_MARKS and text[-1] in _QUOTE_MARKS:
        return text
    return f"“{text}”"


@dataclass(frozen=True)
class QuotedWords:
    """A line of the report that is someone's quoted words, the sentence not saying whose.

    Attributes:
        text: The words between balanced quotation marks (“…”): the mark of a quotation that opened in an
            earlier sentence or closes in a later one is dropped, not left dangling.
        speaker: Who said them; None when no quote of the report names a speaker for them.
    """

    text: str
    speaker: str | None


@dataclass(frozen=True)
class QuoteCredits:
    """Tells which claims and summary sentences are quoted words standing alone, and who said them.

    The summarizer and the aligner pick sentences, and a sentence inside a multi-sentence quote ("We will
    always love you.") or the quote's end ("Mom and dad love you forever.”") says nothing of its speaker,
    so it reads as the outlets' own claim. A sentence with any word outside the quotation ('..., Teigen
    shared on Instagram.', '..., she wrote.', 'She wrote, "...') carries its attribution and is not
    credited again. Whether a sentence starts inside a quotation is read from its neighbour: the previous
    sentence of the article lies in the same quotation (``Sentence.quotation``), which works whatever the
    marks, straight ones included. The marks are read as the segmenter reads them, in the article's text
    (``curly_quotes``): a quote within a French quote («Il a dit “stop”») or the closing single mark of a
    British quote is then no mark of the quotation.

    The speaker is that of the quote which, in this order: has the sentence among its variants; has a
    variant in the same quotation; or is carried by the sentence's article and holds its words (the quotes
    stage joins a post's quotations into one quote, with one variant per article).

    Attributes:
        sentences: The story's sentences (``Report.sentences``); without them nothing is credited.
        quotes: The report's quotes.
        articles: The story's articles (``Report.articles``), whose text tells which marks are quotation
            marks; without them, a sentence's marks are read as written.

    Example:
        >>> from storyweave.model import Evidence
        >>> sentences = (
        ...     Sentence("a#0", "a", 0, 0, 27, '"We lost it all," Lee said.', quotation="a@q0"),
        ...     Sentence("a#1", "a", 1, 28, 47, '"We will rebuild.', quotation="a@q1"),
        ...     Sentence("a#2", "a", 2, 48, 60, 'Every wall."', quotation="a@q1"),
        ... )
        >>> quotes = (Quote("We will rebuild. Every wall.", "Ann Lee", ("a",), (Evidence("a", "a#1", "..."),)),)
        >>> credits = QuoteCredits(sentences, quotes)
        >>> credits.of_sentence("a#0", '"We lost it all," Lee said.') is None
        True
        >>> credits.of_sentence("a#2", 'Every wall."')
        QuotedWords(text='“Every wall.”', speaker='Ann Lee')
    """

    sentences: tuple[Sentence, ...]
    quotes: tuple[Quote, ...]
    articles: tuple[Article, ...] = ()
    _by_id: dict[str, Sentence] = field(init=False, repr=False, compare=False)
    _marked: dict[str, str] = field(init=False, repr=False, compare=False)
    _starts_inside: frozenset[str] = field(init=False, repr=False, compare=False)
    _by_variant: dict[str, list[Quote]] = field(init=False, repr=False, compare=False)
    _by_quotation: dict[str, list[Quote]] = field(init=False, repr=False, compare=False)
    _by_article: dict[str, list[tuple[str, Quote]]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_id = {sentence.id: sentence for sentence in self.sentences}
        starts_inside = set()
        previous: Sentence | None = None
        for sentence in sorted(self.sentences, key=lambda s: (s.article_id, s.index)):
            if (
                sentence.quotation is not None
                and previous is not None
                and previous.article_id == sentence.article_id
                and previous.quotation == sentence.quotation
            ):
                starts_inside.add(sentence.id)
            previous = sentence
        by_variant: dict[str, list[Quote]] = {}
        by_quotation: dict[str, list[Quote]] = {}
        by_article: dict[str, list[tuple[str, Quote]]] = {}
        for quote in self.quotes:
            for variant in quote.variants:
                by_variant.setdefault(variant.sentence_id, []).append(quote)
                sentence = by_id.get(variant.sentence_id)
                if sentence is not None and sentence.quotation is not None:
                    by_quotation.setdefault(sentence.quotation, []).append(quote)
            words = _word_key(quote.text)
            for article_id in quote.articles:
                by_article.setdefault(article_id, []).append((words, quote))
        object.__setattr__(self, "_by_id", by_id)
        object.__setattr__(self, "_marked", _as_segmented(self.sentences, self.articles))
        object.__setattr__(self, "_starts_inside", frozenset(starts_inside))
        object.__setattr__(self, "_by_variant", by_variant)
        object.__setattr__(self, "_by_quotation", by_quotation)
        object.__setattr__(self, "_by_article", by_article)

    def of_sentence(self, sentence_id: str, text: str) -> QuotedWords | None:
        """The quoted words a line taken from a sentence shows, and whose; None when it is no quote or says whose.

        Args:
            sentence_id: The article sentence the line was taken from.
            text: The line as the report shows it; only judged when it is that sentence's text (spacing
                aside), as a line reworded from it may no longer be the quote.
        """
        sentence = self._by_id.get(sentence_id)
        if sentence is None or text.split() != sentence.text.split():
            return None
        return self._of_span([sentence])

    def _of_span(self, span: Sequence[Sentence]) -> QuotedWords | None:
        """The quoted words of the sentences ``span`` (one after another in one article), and whose."""
        first = span[0]
        if first.quotation is None:
            return None
        marked = " ".join(self._marked.get(sentence.id, sentence.text) for sentence in span)
        words = _inside_quotation(marked, first.id in self._starts_inside)
        if words is None:
            return None
        return QuotedWords(words, self._speaker(first, words))

    def of_claim(self, claim: Claim) -> QuotedWords | None:
        """The quoted words a claim shows, and whose; None when it is no quote or names its speaker.

        A claim's text is one of its supporting sentences, or those of one article that follow one another
        in a quotation (``storyweave.align`` shows a quotation whole), which are judged as one.
        """
        shown = claim.text.split()
        supporting = [self._by_id[i] for i in claim.sentence_ids if i in self._by_id]
        for first in supporting:
            opening = first.text.split()
            if shown[: len(opening)] != opening:
                continue
            next_in_quotation = {
                s.index: s
                for s in supporting
                if s.article_id == first.article_id and s.quotation == first.quotation
            }
            span = [first]
            while len(_span_words(span)) < len(shown) and span[-1].index + 1 in next_in_quotation:
                span.append(next_in_quotation[span[-1].index + 1])
            if _span_words(span) == shown:
                return self._of_span(span)
        return None

    def _speaker(self, sentence: Sentence, words: str) -> str | None:
        """The speaker of the first quote found for the sentence (see the class), a named one first."""
        key = f" {_word_key(words)} "
        found = (
            self._by_variant.get(sentence.id)
            or self._by_quotation.get(sentence.quotation or "")
            or [
                quote
                for quote_words, quote in self._by_article.get(sentence.article_id, [])
                if key in f" {quote_words} "
            ]
        )
        return next((quote.speaker for quote in found if quote.speaker and quote.speaker.strip()), None)


def _span_words(span: Iterable[Sentence]) -> list[str]:
    """The words of the sentences ``span``, one after another."""
    return [word for sentence in span for word in sentence.text.split()]


def _as_segmented(sentences: Iterable[Sentence], articles: Iterable[Article]) -> dict[str, str]:
    """Each quoted sentence's text with its marks as the segmenter read them (see ``curly_quotes``), by id.

    Only a sentence whose offsets still index its article's text is read again; the others keep their text.
    """
    texts = {article.id: article.text for article in articles}
    curly: dict[str, str] = {}
    marked = {}
    for sentence in sentences:
        text = texts.get(sentence.article_id)
        if sentence.quotation is None or text is None or text[sentence.start : sentence.end] != sentence.text:
            continue
        if sentence.article_id not in curly:
            curly[sentence.article_id] = curly_quotes(text)
        marked[sentence.id] = curly[sentence.article_id][sentence.start : sentence.end]
    return marked


def _inside_quotation(text: str, starts_inside: bool) -> str | None:
    """The text as a balanced quotation when no word of it lies outside the quotation, else None.

    Marks toggle between inside and outside, as the segmenter reads a straight quote; a sentence
    ending a quote ('...forever.”') starts inside. Punctuation outside ('“...”.') is no attribution.
    A mark left dangling (the quote opens here and goes on, or ends here having begun before) is
    dropped; a sentence still in its own marks ('"I hurt every day."') keeps them, as written. A
    sentence whose marks cannot all be read is left as written (None).
    """
    if _UNREADABLE in text:
        # A mark lost in decoding may have closed the quote: in '...before,<U+FFFD>? said Mumma.' it did
        # (6 dev sentences, all in one multinews article).
        return None
    inside = starts_inside
    for char in text:
        if char in _DOUBLE_QUOTE_MARKS:
            inside = not inside
        elif char.isalnum() and not inside:
            return None
    words = text.strip()
    if inside and words[:1] in _DOUBLE_QUOTE_MARKS:
        words = words[1:]
    if starts_inside and words[-1:] in _DOUBLE_QUOTE_MARKS:
        words = words[:-1]
    words = words.strip()
    if not _WORDS.search(words):
        return None
    balanced = len(words) > 1 and words[0] in _DOUBLE_QUOTE_MARKS and words[-1] in _DOUBLE_QUOTE_MARKS
    if balanced:
        # French copy spaces its marks ('« Nous reconstruirons. »'); the marks shown hug the words.
        words = f"{words[0]}{words[1:-1].strip()}{words[-1]}"
    elif any(char in _DOUBLE_QUOTE_MARKS for char in words):
        # Marks inside ('“We love you”.', a closing and an opening one): wrapped once, without them.
        words = "".join(char for char in words if char not in _DOUBLE_QUOTE_MARKS).strip()
    return quoted(words)


def _word_key(text: str) -> str:
    """The text's words, lowercase and single-spaced: a quote and a sentence differ in marks and commas."""
    return " ".join(_WORDS.findall(text.casefold()))


@dataclass(frozen=True)
class SpeakerQuotes:
    """The quotes of one speaker; ``speaker`` is None for the quotes whose speaker is not named.

    ``others`` holds, for each quote, the other people to whom other outlets credit its words ("who said
    it", see ``other_speakers``); empty when none does. ``spellings`` holds, for each quote, the other
    spellings of the speaker's name by outlets that carry it ("spelt Gretchen Holdane by KRTV News", see
    ``spelt_speakers``); empty when there are none.
    """

    speaker: str | None
    quotes: tuple[Quote, ...]
    others: tuple[tuple[OtherSpeaker, ...], ...] = ()
    spellings: tuple[tuple[SpeakerSpelling, ...], ...] = ()


def quotes_by_speaker(quotes: Iterable[Quote], conflicts: Iterable[Conflict] = ()) -> list[SpeakerQuotes]:
    """The quotes grouped by who said them, to answer "who said what" at a glance.

    Speakers come in the order of their first quote (the cross-check puts the quotes most outlets
    carry first); the unattributed ones go last, not mixed in: on DUC 2003 d31050t 14 of 37 quotes
    are unattributed fragments. A speaker is named the same way case and spacing aside. The report's
    ``conflicts`` tell which outlets spell a speaker's name otherwise, and how most spell it: a quote only
    outlets of a rarer spelling carry goes under the name as most write it (``spelt_speakers``).

    Example:
        >>> quotes = [Quote("A", "Ann Lee", ("a",), ()), Quote("B", None, ("a",), ()), Quote("C", "ann  lee", ("b",), ())]
        >>> [(group.speaker, [q.text for q in group.quotes]) for group in quotes_by_speaker(quotes)]
        [('Ann Lee', ['A', 'C']), (None, ['B'])]
    """
    quotes = tuple(quotes)
    others = other_speakers(quotes)
    spelt = spelt_speakers(quotes, tuple(conflicts))
    named: dict[str, list[int]] = {}
    unnamed: list[Quote] = []
    for index, quote in enumerate(quotes):
        speaker = spelt[index].speaker
        if speaker and speaker.strip():
            named.setdefault(" ".join(speaker.split()).casefold(), []).append(index)
        else:
            unnamed.append(quote)
    groups = [
        SpeakerQuotes(
            spelt[group[0]].speaker,
            tuple(quotes[index] for index in group),
            tuple(others[index] for index in group),
            tuple(spelt[index].spellings for index in group),
        )
        for group in named.values()
    ]
    return groups + ([SpeakerQuotes(None, tuple(unnamed))] if unnamed else [])


@dataclass(frozen=True)
class TimelineDate:
    """One date of the timeline, as a reader reads it, with the events on it.

    Attributes:
        iso: The date as the report gives it, when it is one an HTML ``<time>`` can carry (``YYYY-MM-DD``,
            ``YYYY-MM``, ``YYYY`` or the week ``YYYY-Www``; not a part of a year, ``YYYY-Qn`` or ``YYYY-Hn``).
        label: The date in words: "11 March 2026", "March 2026", "2026", "Week of 16 November 2026" (a
            week from its Monday: the articles said "last week", not which day), "First quarter of 2027",
            "Second half of 2027"; a value that is no such date is shown as it is.
        weekday: The day of the week of a day ("Wednesday"): articles name a day by it, so it ties the
            date to the events' wording ("declared under control shortly after 4 a.m. Wednesday").
        events: The events of the date, in the report's order.
        deadline: Whether the date is one its events are due by (``TimelineEvent.deadline``): shown "By
            Wednesday 31 March 2027", so that no reader takes it for the day they happened.
    """

    iso: str | None
    label: str
    weekday: str | None
    events: tuple[TimelineEvent, ...]
    deadline: bool = False

    @property
    def heading(self) -> str:
        """The date as a heading says it: its weekday and label, after "By" for a deadline."""
        return " ".join(filter(None, ("By" if self.deadline else "", self.weekday, self.label)))


def timeline_dates(events: Iterable[TimelineEvent]) -> list[TimelineDate]:
    """The timeline's events under their dates, each date once, in the order of its first event; a date that
    events are due by apart from the same date that others happened on.

    One date per heading or cell: on harbor-fire nine events in a row were dated 2026-03-11, and
    "2020" beside "2020-09-30" read as two kinds of value, not a year and a day.

    Example:
        >>> events = [TimelineEvent(d, e, ("a",)) for d, e in [("2026-03", "Plan"), ("2026-03-11", "Fire"),
        ...     ("2026-03-11", "Smoke")]]
        >>> [(d.label, d.weekday, len(d.events)) for d in timeline_dates(events)]
        [('March 2026', None, 1), ('11 March 2026', 'Wednesday', 2)]
    """
    grouped: dict[tuple[str, bool], list[TimelineEvent]] = {}
    for event in events:
        grouped.setdefault((event.date, event.deadline), []).append(event)
    return [
        _due_by(value, _dated(value, tuple(group))) if deadline else _dated(value, tuple(group))
        for (value, deadline), group in grouped.items()
    ]


def _due_by(value: str, date: TimelineDate) -> TimelineDate:
    """``date`` as a deadline, its label as read after "By": a week or a part of a year as a phrase ("By the week
    of 16 November 2026", "By the first quarter of 2027", not "By Week of ..."), and a December its events give as
    their year's end as that end ("By the end of 2027" for "by the end of 2027", not "By December 2027"; the
    business desk's leftovers, tests/crosscheck/test_s38_leftovers.py)."""
    label = date.label
    if _DECEMBER.fullmatch(value) and all(_said_year_end(event) for event in date.events):
        label = f"the end of {value[:4]}"
    elif _ISO_WEEK.fullmatch(value) or _year_part_words(value) is not None:
        label = f"the {label[0].lower()}{label[1:]}"
    return replace(date, label=label, deadline=True)


def _said_year_end(event: TimelineEvent) -> bool:
    """Whether an event's words give its date as a year's end: "by the end of 2027", "by the end of the year"."""
    return any(
        YEAR_END.search(text) for text in (event.event, *(evidence.text for evidence in event.evidence))
    )


def _year_part_words(value: str) -> str | None:
    """A part of a year, ``YYYY-Qn`` or ``YYYY-Hn``, in words ("First quarter of 2027"); None for any other value."""
    part = _YEAR_PART.fullmatch(value)
    if part and (part[2] == "Q" or int(part[3]) <= 2):
        return f"{_ORDINAL_WORDS[int(part[3]) - 1]} {_PART_NAMES[part[2]]} of {part[1]}"
    return None


def _dated(value: str, events: tuple[TimelineEvent, ...]) -> TimelineDate:
    """The date ``value`` in words (see ``TimelineDate``) over its events."""
    week = _ISO_WEEK.fullmatch(value)
    if week:
        try:
            monday = dt.date.fromisocalendar(int(week[1]), int(week[2]), 1)
        except ValueError:
            return TimelineDate(None, value, None, events)
        return TimelineDate(value, f"Week of {_in_words(monday)}", None, events)
    part = _year_part_words(value)
    if part is not None:
        # No ``iso``: HTML's <time> has no form for a quarter or a half.
        return TimelineDate(None, part, None, events)
    match = _ISO_DATE.fullmatch(value)
    if not match:
        return TimelineDate(None, value, None, events)
    year, month, day = match.groups()
    if month is None:
        return TimelineDate(value, year, None, events)
    if day is None:
        if 1 <= int(month) <= 12:
            return TimelineDate(value, f"{calendar.month_name[int(month)]} {year}", None, events)
        return TimelineDate(None, value, None, events)
    try:
        date = dt.date(int(year), int(month), int(day))
    except ValueError:
        return TimelineDate(None, value, None, events)
    return TimelineDate(value, _in_words(date), calendar.day_name[date.weekday()], events)


def _in_words(date: dt.date) -> str:
    """A day as the timeline writes it: "11 March 2026"."""
    return f"{date.day} {calendar.month_name[date.month]} {date.year}"


@dataclass(frozen=True)
class GlanceItem:
    """One fact of a report's at-a-glance line, and the id of the section it sums up (None: no section)."""

    section: str | None
    text: str


class DisputedLine(NamedTuple):
    """What a summary line is disputed about, and the id of the section that shows the dispute."""

    about: str
    section: str

    @property
    def section_name(self) -> str:
        return self.section.capitalize()


def disputed_lines(report: Report) -> dict[str, DisputedLine]:
    """What each summary line that states one side of a dispute is disputed about, by its sentence id.

    A summary line is one outlet's sentence; when that sentence is a side of a conflict between outlets (not an
    update), the reader must not take its figure for the story's ("five people were missing" where three
    outlets say three). The line is marked and points to the conflict. A line carrying a quote that other
    outlets credit to someone else is marked "who said it" and points to the quotes (QA10a #3: the gates
    quote another outlet gives to the club's chief executive was marked only for a spelling).
    """
    about: dict[str, list[str]] = defaultdict(list)
    for conflict in report.conflicts:
        if not conflict.update:
            for position in conflict.positions:
                for evidence in position.evidence:
                    about[evidence.sentence_id].append(conflict.about)
    attributed: set[str] = set()
    for quote, others in zip(report.quotes, other_speakers(report.quotes), strict=True):
        if others:
            attributed.update(variant.sentence_id for variant in quote.variants)
    for sentence_id in attributed:
        about[sentence_id].append("who said it")
    return {
        line.sentence_id: DisputedLine(
            "; ".join(dict.fromkeys(about[line.sentence_id])),
            "conflicts"
            if line.sentence_id not in attributed or len(about[line.sentence_id]) > 1
            else "quotes",
        )
        for line in report.summary.sentences
        if line.sentence_id in about
    }


def at_a_glance(report: Report, sources: SourceList, claims: FoldedClaims) -> list[GlanceItem]:
    """What the report holds, in a line an editor reads before anything else.

    First the articles, outlets and dates; then, for a cross-checked report (one with claims),
    whether outlets contradict each other, how many claims two or more outlets carry and how many
    only one, the quotes and their named speakers, and the timeline. A summary-only report (no
    claims) says nothing of conflicts, as none were looked for. Claims are counted in sources, not
    outlets, when an article's outlet is unknown (see ``SourceList.outlet_noun``).

    Example:
        >>> from storyweave.model import Summary
        >>> articles = tuple(Article(i, "...", source=s) for i, s in [("a", "AP"), ("b", "BBC"), ("c", "AP")])
        >>> report = Report(articles, Summary((), 50), claims=(Claim("c1", "Both.", ("a#0", "b#0"), ("a", "b")),))
        >>> sources = SourceList(articles)
        >>> [item.text for item in at_a_glance(report, sources, fold_claims(report.claims, sources))]
        ['3 articles from 2 outlets', 'no conflicts found', '1 claim in two or more outlets']
    """
    dates = sorted(article.date for article in report.articles if article.date)
    # A date in the future (most often a typo; a caveat names it) spans no story, as in the story list (QA7 #14).
    credible = [date for date in dates if not in_the_future(date)]
    span = ""
    if credible:
        span = f", {credible[0].isoformat()}" + (
            f" to {credible[-1].isoformat()}" if credible[-1] != credible[0] else ""
        )
    if len(credible) < len(dates):
        span += f" ({counted(len(dates) - len(credible), 'article')} dated in the future)"
    items = [
        GlanceItem("sources", f"{counted(len(report.articles), 'article')}{_from_outlets(sources)}{span}")
    ]
    speaker_groups = quotes_by_speaker(report.quotes)
    disputed = _disputed_attributions(speaker_groups)
    if report.claims:
        updates = sum(conflict.update for conflict in report.conflicts)
        found = [
            counted(len(report.conflicts) - updates, "conflict") if len(report.conflicts) > updates else "",
            counted(updates, "update") if updates else "",
        ]
        found_text = ", ".join(filter(None, found))
        if found_text:
            items.append(GlanceItem("conflicts", found_text))
        elif not disputed:
            items.append(GlanceItem(None, "no conflicts found"))
    if disputed:
        # Outlets crediting the same words to different people contradict each other as much as two figures
        # do: "no conflicts found" over a "Who said it" dispute misled a reader (QA9 #8).
        items.append(GlanceItem("quotes", counted(disputed, "disputed attribution")))
    if report.claims:
        noun = sources.outlet_noun
        if claims.corroborated:
            items.append(
                GlanceItem("claims", f"{counted(len(claims.corroborated), 'claim')} in two or more {noun}s")
            )
        if claims.single_source:
            items.append(
                GlanceItem(
                    "single-source", f"{counted(claims.single_source_count, 'claim')} in one {noun} only"
                )
            )
    if report.quotes:
        speakers = sum(group.speaker is not None for group in speaker_groups)
        items.append(
            GlanceItem(
                "quotes", f"{counted(len(report.quotes), 'quote')} ({counted(speakers, 'named speaker')})"
            )
        )
    if report.timeline:
        items.append(GlanceItem("timeline", counted(len(report.timeline), "dated event")))
    if report.problems:
        items.append(GlanceItem("problems", counted(len(report.problems), "input") + " skipped"))
    return items


def _disputed_attributions(groups: Iterable[SpeakerQuotes]) -> int:
    """How many times outlets credit the same words to different people ("who said it", see ``quotes_by_speaker``).

    Each side of a dispute is a quote of its own, which names the other (``other_speakers`` is symmetric): a pair
    of quotes, counted once. Two statements disputed between the same two people are two disputes (multinews
    dev lb-b614820b: two quotations each credited to two spellings of one man).

    Example:
        >>> words = "We will not be held to ransom by a union"
        >>> _disputed_attributions(quotes_by_speaker([Quote(words, "Dana Whitlock", ("a",), ()),
        ...     Quote(words, "Luis Ferraro", ("b",), ())]))
        1
    """
    return sum(len(others) for group in groups for others in group.others) // 2


def _from_outlets(sources: SourceList) -> str:
    """Where the articles come from, after their count: " from 5 outlets".

    An article whose outlet is unknown is not an outlet: teigen-jack's five articles, none with a source
    line, read "from 5 outlets". They are counted apart, as sources not named.

    Example:
        >>> named = SourceList((Article("a", "...", source="AP"), Article("b", "...", source="BBC")))
        >>> _from_outlets(named), _from_outlets(SourceList((Article("a", "..."), Article("b", "..."))))
        (' from 2 outlets', ' (outlets not named)')
        >>> _from_outlets(SourceList((Article("a", "...", source="AP"), Article("b", "..."))))
        ' from 1 outlet and 1 unnamed source'
    """
    named = sum(outlet.named for outlet in sources.outlets)
    unnamed = len(sources.outlets) - named
    if not unnamed:
        return f" from {counted(named, 'outlet')}"
    if not named:
        return f" ({'outlet' if len(sources.articles) == 1 else 'outlets'} not named)"
    return f" from {counted(named, 'outlet')} and {counted(unnamed, 'unnamed source')}"
