"""The HTML report: one self-contained page (inline CSS, no scripts, no external assets).

Rendered with Jinja2 with autoescaping on, so article text (which may contain
markup) is always shown as text. Links go only to the reference list inside the
page and to articles' own http(s) URLs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from jinja2 import Environment, PackageLoader, StrictUndefined

from storyweave.model import Claim, Report
from storyweave.render._citations import (
    EMPTY_SUMMARY,
    SourceList,
    claim_support,
    shown_value,
    story_title,
    web_url,
)

# StrictUndefined: a misspelt name in the template fails the render instead of printing nothing.
_ENVIRONMENT = Environment(
    loader=PackageLoader("storyweave.render", "templates"),
    autoescape=True,
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


@dataclass(frozen=True)
class _Cell:
    """One claim x article cell of the coverage matrix."""

    carried: bool
    wording: str | None  # the article's supporting sentences, shown on hover, when known


@dataclass(frozen=True)
class _Row:
    claim: Claim
    cells: tuple[_Cell, ...]


def render_html(report: Report, sentences: Mapping[str, str] | None = None) -> str:
    """The report as a self-contained HTML page.

    Sections, each omitted when empty: the summary with citations, a coverage
    matrix of claims x outlets, quotes (with each outlet's wording), conflicts
    and updates (one column per value), timeline, skipped input; then the
    sources, always. Citations ``[n]`` link to ``#src-n`` in the sources list.

    Args:
        report: The report to render.
        sentences: Sentence id -> text; when given, each mark in the coverage
            matrix shows that outlet's wording of the claim on hover.

    Returns:
        The HTML document.

    Raises:
        InvalidReportError: The report cites an article it does not list.
    """
    sources = SourceList(report.articles)
    dates = sorted(article.date for article in report.articles if article.date)
    matrix = [_row(claim, sources, sentences) for claim in report.claims]
    return _ENVIRONMENT.get_template("report.html.j2").render(
        title=story_title(report.articles),
        report=report,
        sources=sources,
        first_date=dates[0] if dates else None,
        last_date=dates[-1] if dates else None,
        matrix=matrix,
        worded=any(cell.wording for row in matrix for cell in row.cells),
        conflicts=[
            (conflict, sources.chronological(conflict.positions) if conflict.update else conflict.positions)
            for conflict in report.conflicts
        ],
        web_url=web_url,
        shown_value=shown_value,
        empty_summary=EMPTY_SUMMARY.format(budget=report.summary.word_budget),
    )


def _row(claim: Claim, sources: SourceList, sentences: Mapping[str, str] | None) -> _Row:
    support = claim_support(claim, sentences)
    # Looked up through the reference list, so a claim citing an unlisted article fails the render.
    carried = {article.id for _, article in sources.cited(claim.article_ids)}
    cells = []
    for article in sources.articles:
        wording = [s.text for s in support if s.article_id == article.id and s.text]
        cells.append(_Cell(article.id in carried, " / ".join(wording) or None))
    return _Row(claim, tuple(cells))
