"""The HTML report: one self-contained page (inline CSS, no scripts, no external assets).

Rendered with Jinja2 with autoescaping on, so article text (which may contain
markup) is always shown as text, without the characters an HTML page may not
hold. Links go only to the reference list inside the page and to articles' own
http(s) URLs.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from jinja2 import Environment, PackageLoader, StrictUndefined

from storyweave.language import language_name
from storyweave.model import Claim, Evidence, Report
from storyweave.render._citations import (
    EMPTY_SUMMARY,
    CitationLines,
    FoldedClaims,
    QuoteCredits,
    QuotedWords,
    SourceList,
    Support,
    at_a_glance,
    claim_support,
    disputed_lines,
    fold_claims,
    number_runs,
    quotes_by_speaker,
    shown_notes,
    shown_value,
    story_title,
    timeline_dates,
    update_day,
    value_spans,
    web_url,
)
from storyweave.render.markdown import HEADING_CHARS, cut_headline, printed_whole

# What an HTML page may not hold (WHATWG parse errors "control-character-in-input-stream" and
# "noncharacter-in-input-stream"; a lone surrogate cannot even be written as UTF-8): C0 controls but
# whitespace, DEL and the C1 controls, noncharacters and surrogates. Ingest drops the controls from what it
# reads, but an Article made in Python keeps them, and a noncharacter is kept by both. Bidirectional
# embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) go too, as from the Markdown report: an
# unclosed override in one outlet's text would run on and reverse the page's text after it.
_NOT_IN_HTML = re.compile(
    "[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufdd0-\ufdef"
    + "".join(f"{chr(plane + 0xFFFE)}{chr(plane + 0xFFFF)}" for plane in range(0, 0x110000, 0x10000))
    + "]"
)


def _html_text(value: object) -> object:
    """A value as it is printed into the page: text without the characters HTML forbids (see ``_NOT_IN_HTML``).

    Markup (a macro's output) stays markup: only characters go, never a tag or an entity.
    """
    if isinstance(value, str):
        return type(value)(_NOT_IN_HTML.sub("", value))
    return value


# StrictUndefined: a misspelt name in the template fails the render instead of printing nothing.
_ENVIRONMENT = Environment(
    loader=PackageLoader("storyweave.render", "templates"),
    autoescape=True,
    finalize=_html_text,
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
_ENVIRONMENT.filters["headline"] = cut_headline
# The most outlets the claims matrix gives a column each. About 7 fit beside the claim on the page's 62rem
# without scrolling sideways; a 40-outlet story (harbor-fire inflated) needed 40 columns of mostly empty
# cells, a 2,000-outlet one 2,000. Past this, each claim names its outlets in one cell instead.
MATRIX_OUTLETS = 12
# The longest title shown in the page's <title> (a browser tab, a bookmark, a history entry), cut as the
# heading is (see ``cut_headline`` and ``HEADING_CHARS``, the Markdown report's too): it cuts 16 of the 1,304
# headlines of the dev sets, which run to 140 characters, median 67.
TITLE_CHARS = 120
# A sentence wording a claim (looked up by id) or a timeline event (carried with it).
_Wording = TypeVar("_Wording", Support, Evidence)


@dataclass(frozen=True)
class _Row:
    """A claim as the page shows it.

    Attributes:
        claim: The claim.
        carried: For each outlet of the reference list, the reference numbers of its articles that
            report the claim (none: the outlet does not).
        wordings: The supporting sentences, shown under the claim; empty when unknown or when
            they would only repeat the claim's text.
        credit: The claim as quoted words under their speaker, when it is quoted words standing alone.
        part: Whether the claim is shown as a part of the row's before it (``FoldedClaims.parts``).
    """

    claim: Claim
    carried: tuple[tuple[int, ...], ...]
    wordings: tuple[Support, ...]
    credit: QuotedWords | None = None
    part: bool = False


@dataclass(frozen=True)
class _OutletRows:
    """The single-source claims of one outlet's articles."""

    article_ids: tuple[str, ...]
    rows: tuple[_Row, ...]


def render_html(report: Report, sentences: Mapping[str, str] | None = None) -> str:
    """The report as a self-contained HTML page.

    The title is the input's headline (see ``story_title``; a note says when
    there was none), cut (see ``cut_headline``) at ``TITLE_CHARS`` in the ``<title>`` and ``HEADING_CHARS`` in the
    heading (a longer one is whole under it, folded away), over a line of what the report holds, each part linking
    to its section (``at_a_glance``). Sections, each omitted when empty, in the
    order an editor asks: the summary with citations; claims: a matrix of those
    two or more outlets report x outlets (one column per outlet, however many of
    its articles), then the single-source ones folded away under their outlet;
    conflicts and updates (one column per value); quotes under their speaker
    (with each outlet's wording), unattributed ones last; the timeline (each
    date once, in words, beside its events; an event clipped from a sentence
    opens to the whole sentence in each outlet); skipped input; citations in full, when a line cites
    more than ``CITED_INLINE`` references (see ``CitationLines``: the line shows the first and links
    "and 1,813 more" to its whole list there); then the sources, always. Citations ``[n]`` link to
    ``#src-n`` in the sources list, a run ``[5–9]`` to its first. Past ``MATRIX_OUTLETS`` outlets the claims
    are a list naming their outlets, not a matrix. Each outlet's wording of a claim or quote is in a
    ``<details>`` disclosure, which keyboard, touch and screen-reader users can
    open without any script, and which print opened. A claim or summary sentence that is someone's
    quoted words, the sentence not saying whose, is shown in quotation marks after its speaker's name
    (see ``QuoteCredits``), or after "Speaker not identified" when no quote names one. Where any article's
    outlet is unknown, headings and counts say "source" for "outlet" (see ``SourceList.outlet_noun``).

    Args:
        report: The report to render.
        sentences: Sentence id -> text; when given, each claim offers the
            sentences that state it in each outlet.

    Returns:
        The HTML document.

    Raises:
        InvalidReportError: The report cites an article it does not list.
    """
    sources = SourceList(report.articles)
    claims = fold_claims(report.claims, sources)
    credits = QuoteCredits(report.sentences, report.quotes, report.articles)
    notes, more_notes = shown_notes(report)
    return _ENVIRONMENT.get_template("report.html.j2").render(
        title=story_title(report),
        title_chars=TITLE_CHARS,
        heading_chars=HEADING_CHARS,
        notes=notes,
        more_notes=more_notes,
        glance=at_a_glance(report, sources, claims),
        report=report,
        sources=sources,
        cites=CitationLines(sources),
        noun=sources.outlet_noun,
        matrix_fits=len(sources.outlets) <= MATRIX_OUTLETS,
        number_runs=number_runs,
        quote_groups=quotes_by_speaker(report.quotes, report.conflicts),
        printed_whole=printed_whole,
        language_name=language_name,
        credits=credits,
        disputed=disputed_lines(report),
        matrix=_rows(claims.corroborated, claims, sources, sentences, credits),
        single_source=[
            _OutletRows(group.article_ids, _rows(group.claims, claims, sources, sentences, credits))
            for group in claims.single_source
        ],
        single_source_count=claims.single_source_count,
        conflicts=[
            (conflict, sources.chronological(conflict.positions) if conflict.update else conflict.positions)
            for conflict in report.conflicts
        ],
        timeline=[
            (
                date,
                [
                    (event, _beyond(event.event, [e for e in event.evidence if e.text]))
                    for event in date.events
                ],
            )
            for date in timeline_dates(report.timeline)
        ],
        web_url=web_url,
        update_day=update_day,
        shown_value=shown_value,
        value_spans=value_spans,
        empty_summary=EMPTY_SUMMARY.format(budget=report.summary.word_budget),
    )


def _rows(
    shown: Sequence[Claim],
    claims: FoldedClaims,
    sources: SourceList,
    sentences: Mapping[str, str] | None,
    credits: QuoteCredits,
) -> tuple[_Row, ...]:
    """The rows of the claims ``shown``, each followed by the rows of its parts."""
    return tuple(
        _row(claim, sources, sentences, credits, part=part)
        for shown_claim in shown
        for claim, part in [(shown_claim, False), *((c, True) for c in claims.parts_of(shown_claim))]
    )


def _row(
    claim: Claim,
    sources: SourceList,
    sentences: Mapping[str, str] | None,
    credits: QuoteCredits,
    *,
    part: bool = False,
) -> _Row:
    carried = set(claim.article_ids)
    wordings = _beyond(claim.text, [s for s in claim_support(claim, sentences) if s.text])
    cells = tuple(
        tuple(sources.number(article_id) for article_id in outlet.article_ids if article_id in carried)
        for outlet in sources.outlets
    )
    return _Row(claim, cells, wordings, credits.of_claim(claim), part)


def _beyond(text: str, wordings: Sequence[_Wording]) -> tuple[_Wording, ...]:
    """The sentences that word a claim or event in each outlet; none when one sentence would only repeat it.

    One article's sentences worded as the text itself (the usual single-source claim, or its quotation
    told over several sentences) say nothing more. A timeline
    event is a clip of its sentence ("… late Tuesday night, sending a column of black smoke …"): the whole
    sentence, and how other outlets put it, tell the reader what happened.
    """
    if len({w.article_id for w in wordings}) == 1 and " ".join(
        " ".join(w.text or "" for w in wordings).split()
    ) == " ".join(text.split()):
        return ()
    return tuple(wordings)
