"""The Markdown report: summary with numbered citations, cross-check sections, sources.

Citations are reference numbers in brackets (``[1][3]``) that index the
"Sources" list at the end. Text taken from articles is made inert: it is put on
one line without control characters (the report is often read in a terminal),
and the characters that could start a link, an HTML tag, emphasis, a table cell
or a block (heading, list, rule) are backslash-escaped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from storyweave.ingest import one_line
from storyweave.model import Conflict, Quote, Report, TimelineEvent
from storyweave.render._citations import (
    EMPTY_SUMMARY,
    FoldedClaims,
    SourceList,
    fold_claims,
    shown_value,
    story_title,
    web_url,
)

# Inline characters that could open a link, image, autolink, raw HTML, code span,
# emphasis or a table cell (a stray "|" would split a Claims table row).
_INLINE_SIGNIFICANT = re.compile(r"([\\`*_<>\[\]|~])")
# Text at the start of a line that CommonMark reads as a block marker: a heading ("#"),
# a list item or rule ("-", "+", "1." "1)"). Escaping the punctuation keeps it plain text.
_BLOCK_START = re.compile(r"^(\d+(?=[.)])|)([#+.)-])")


def render_markdown(report: Report) -> str:
    """The report as a Markdown document.

    The title is the input's headline (see ``story_title``; a note says when
    there was none). Sections, each omitted when empty: the summary (one
    paragraph, each sentence followed by its citations; a note when no sentence
    was chosen), Claims (a table of those two or more outlets report, then the
    rest listed under their outlet), Quotes, Conflicts and updates (each marked "Conflict" or "Update"),
    Timeline, Skipped input; then Sources, always.

    Args:
        report: The report to render.

    Returns:
        Markdown text ending in a newline.

    Raises:
        InvalidReportError: The report cites an article it does not list.
    """
    sources = SourceList(report.articles)
    title = story_title(report)
    blocks = [f"# {_inert(title.text)}"]
    if title.note:
        blocks.append(f"*{title.note}*")
    if report.summary.sentences:
        blocks.append(
            " ".join(f"{_inert(s.text)} {_cite(sources, s.sources)}" for s in report.summary.sentences)
        )
    elif report.articles:
        blocks.append(f"*{EMPTY_SUMMARY.format(budget=report.summary.word_budget)}*")
    sections = [
        ("Claims", _claims(fold_claims(report.claims, sources), sources)),
        ("Quotes", [_quote(quote, sources) for quote in report.quotes]),
        ("Conflicts and updates", [_conflict(conflict, sources) for conflict in report.conflicts]),
        ("Timeline", [_event(event, sources) for event in report.timeline]),
        ("Skipped input", [f"- {_inert(p.origin)}: {_inert(p.reason)}" for p in report.problems]),
        ("Sources", _sources(sources)),
    ]
    blocks.extend(f"## {heading}\n\n" + "\n".join(lines) for heading, lines in sections if lines)
    return "\n\n".join(blocks) + "\n"


def _inert(text: str, block_start: bool = True) -> str:
    """Article text as literal Markdown: one line, no control characters, significant characters escaped.

    Args:
        text: The text.
        block_start: Whether the text may open a block (a line, a list item), where "1." or "#"
            would start a list or heading. Mid-line it cannot, and a figure reads "10.4", not "10\\.4".
    """
    inline = _INLINE_SIGNIFICANT.sub(r"\\\1", one_line(text) or "")
    return _BLOCK_START.sub(r"\1\\\2", inline) if block_start else inline


def _cite(sources: SourceList, article_ids: Iterable[str]) -> str:
    """Citations like ``[1][3]``: reference numbers, ascending."""
    return "".join(f"[{number}]" for number in sources.numbers(article_ids))


def _outlets(sources: SourceList, article_ids: Iterable[str]) -> str:
    """Outlet names each with its reference numbers: ``BBC [1], Reuters [3][4]``."""
    return ", ".join(
        f"{_inert(label)} {''.join(f'[{number}]' for number in numbers)}"
        for label, numbers in sources.by_outlet(article_ids)
    )


def _claims(claims: FoldedClaims, sources: SourceList) -> list[str]:
    """A table of the corroborated claims, then the single-source ones listed under their outlet."""
    lines = []
    if claims.corroborated:
        lines += ["| Claim | Outlets |", "| --- | --- |"]
        lines += [
            f"| {_inert(c.text)} | {c.outlet_count} {_cite(sources, c.article_ids)} |"
            for c in claims.corroborated
        ]
    elif claims.single_source:
        lines.append("No claim is reported by more than one outlet.")
    if claims.single_source:
        lines += ["", f"### Reported by one outlet only ({claims.single_source_count})", ""]
        for group in claims.single_source:
            lines.append(f"- {_outlets(sources, group.article_ids)} ({len(group.claims)})")
            # Under an outlet with several articles, each claim says which of them carry it.
            cited = len(group.article_ids) > 1
            lines.extend(
                f"  - {_inert(claim.text)}" + (f" {_cite(sources, claim.article_ids)}" if cited else "")
                for claim in group.claims
            )
    return lines


def _quote(quote: Quote, sources: SourceList) -> str:
    # In italics, not bold, when no speaker is named: it must not read as someone called "unattributed".
    speaker = f"**{_inert(quote.speaker)}**" if quote.speaker else "*unattributed*"
    return f"- {_inert(quote.text)} — {speaker} · {_outlets(sources, quote.articles)}"


def _conflict(conflict: Conflict, sources: SourceList) -> str:
    """One conflict (values joined by "vs") or update (values in date order, joined by "→").

    A headline gives the values at a glance; below it each value has its own item, naming its
    outlets and when the first of them published it (so a later figure is told from a
    contradiction), with the sentences that state it nested under it.
    """
    if conflict.update:
        label, joiner, positions = "Update", " → ", sources.chronological(conflict.positions)
    else:
        label, joiner, positions = "Conflict", " vs ", list(conflict.positions)
    values = [_inert(shown_value(conflict.kind, p.value), block_start=False) for p in positions]
    lines = [f"- **{label}** — {_inert(conflict.about)} ({joiner.join(values)})"]
    for number, (position, value) in enumerate(zip(positions, values, strict=True)):
        arrow = "→ " if conflict.update and number else ""
        date = sources.earliest_date(position.articles)
        first = f"; first reported {date.isoformat()}" if date else ""
        lines.append(f"  - {arrow}**{value}** — {_outlets(sources, position.articles)}{first}")
        lines.extend(f"    - {_cite(sources, [e.article_id])} {_inert(e.text)}" for e in position.evidence)
    return "\n".join(lines)


def _event(event: TimelineEvent, sources: SourceList) -> str:
    return f"- **{_inert(event.date)}** — {_inert(event.event)} {_cite(sources, event.articles)}"


def _sources(sources: SourceList) -> list[str]:
    lines = []
    for number, article in enumerate(sources.articles, start=1):
        line = f"{number}. {_inert(article.label)}"
        if article.title:
            line += f" — *{_inert(article.title)}*"
        if article.date:
            line += f" ({article.date.isoformat()})"
        if url := web_url(article.url):
            line += f" <{url}>"
        lines.append(line)
    return lines
