"""The report stage: a ``Report`` rendered as Markdown, JSON (with a JSON Schema) or HTML.

Example:
    >>> from storyweave.model import Article, Report, Summary, SummarySentence
    >>> article = Article("a1", "Fire at the mill.", title="Mill fire", source="Gazette")
    >>> summary = Summary((SummarySentence("Fire at the mill.", "a1#0", ("a1",)),), word_budget=50)
    >>> print(render(Report((article,), summary), "md"))
    # Mill fire
    <BLANKLINE>
    *1 article from 1 outlet*
    <BLANKLINE>
    Fire at the mill. [1]
    <BLANKLINE>
    ## Sources
    <BLANKLINE>
    1. Gazette — *Mill fire*
    <BLANKLINE>
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, get_args

from storyweave.model import Report
from storyweave.render._citations import InvalidReportError, QuoteCredits, Title, story_title
from storyweave.render.html import render_html
from storyweave.render.json_report import SCHEMA_ID, load_schema, render_json, to_json, validate
from storyweave.render.markdown import render_markdown

Format = Literal["md", "json", "html"]
FORMATS: tuple[str, ...] = get_args(Format)


def render(report: Report, fmt: Format, sentences: Mapping[str, str] | None = None) -> str:
    """The report in the given format.

    Args:
        report: The report to render.
        fmt: ``"md"``, ``"json"`` or ``"html"`` (see ``FORMATS``).
        sentences: Sentence id -> text for the story's sentences (default: the
            report's own ``sentences``). JSON uses it for
            the text of each claim's supporting sentences, HTML for the wording
            shown in the coverage matrix; Markdown does not show them. Every format reads the
            report's own ``sentences`` and ``quotes`` to tell which claims and summary sentences
            are someone's quoted words standing alone, and whose.

    Raises:
        ValueError: Unknown format.
        InvalidReportError: The report cites an article it does not list.
    """
    if sentences is None and report.sentences:
        sentences = report.sentence_texts()
    match fmt:
        case "md":
            return render_markdown(report)
        case "json":
            return render_json(report, sentences)
        case "html":
            return render_html(report, sentences)
    raise ValueError(f"unknown report format {fmt!r}; expected one of {', '.join(FORMATS)}")


__all__ = [
    "FORMATS",
    "SCHEMA_ID",
    "Format",
    "InvalidReportError",
    "QuoteCredits",
    "Title",
    "load_schema",
    "render",
    "render_html",
    "render_json",
    "render_markdown",
    "story_title",
    "to_json",
    "validate",
]
