"""The Markdown report: summary with numbered citations, cross-check sections, sources.

Citations are reference numbers in brackets (``[1][3]``) that index the
"Sources" list at the end. Text taken from articles is made inert: it is put on
one line without control characters (the report is often read in a terminal),
and the characters that could start a link, an HTML tag, emphasis, a table cell
or a block (heading, list, rule) are backslash-escaped.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from typing import NamedTuple

from storyweave.embed.terms import tokens
from storyweave.ingest import one_line
from storyweave.model import Conflict, Quote, Report
from storyweave.render._citations import (
    EMPTY_SUMMARY,
    CitationLines,
    Cited,
    FoldedClaims,
    QuoteCredits,
    QuotedWords,
    SourceList,
    SpeakerQuotes,
    TimelineDate,
    at_a_glance,
    disputed_lines,
    fold_claims,
    quoted,
    quotes_by_speaker,
    shown_notes,
    shown_value,
    story_title,
    timeline_dates,
    update_day,
    value_spans,
    web_url,
)

# Inline characters that could open a link, image, autolink, raw HTML, code span,
# emphasis or a table cell (a stray "|" would split a Claims table row). An "_" between
# two letters or digits cannot open or close emphasis (CommonMark's flanking rules), so
# an id like "000_7225a0248ea7c246" is left as it reads.
_INLINE_SIGNIFICANT = re.compile(r"[\\`*<>\[\]|~]|(?<![^\W_])_|_(?![^\W_])")
# Text at the start of a line that CommonMark reads as a block marker: a heading ("#"),
# a list item or rule ("-", "+", "1." "1)"). Escaping the punctuation keeps it plain text; a "." or ")"
# with no number before it marks nothing ("../cases/a.txt" stays as it is).
_BLOCK_START = re.compile(r"^(\d+|)((?<=\d)[.)]|(?<!\d)[#+-])")
# The longest headline a report's heading shows (the HTML one's too), cut by ``cut_headline``; a longer one is
# given whole under the heading. The 1,304 headlines of the dev sets run to 140 characters, median 67: the
# heading shows each whole, as the web story list does (its HEADLINE_CHARS). A 5,000-character pasted title
# filled a screen of heading (QA6 #12).
HEADING_CHARS = 200
# The section listing the citations a line cut short (see ``CitationLines``), and how much of each line it
# repeats to name it: enough words to find the line by, few enough to keep the entry on a screen line.
FULL_HEADING = "Citations in full"
# What opens a claim shown under the longer claim that states it (``FoldedClaims.parts``), in its own row.
_PART_MARK = "↳ *Part of the claim above:* "
_OPENING_WORDS = 12


def render_markdown(report: Report) -> str:
    """The report as a Markdown document.

    The title is the input's headline (see ``story_title``; a note says when
    there was none), then a line of what the report holds (``at_a_glance``)
    and the summary (one paragraph, each sentence followed by its citations; a
    note when no sentence was chosen). A claim or summary sentence that is someone's quoted words, the
    sentence not saying whose, is shown in quotation marks after its speaker ("Ann Lee: “We will
    rebuild.”", see ``QuoteCredits``), or after "*Speaker not identified*" when no quote names one.
    Sections, each omitted when empty, in the order an editor asks: Claims (a table of those two or more outlets report),
    Conflicts and updates (each marked "Conflict" or "Update"), Quotes (under
    their speaker, unattributed ones last), Timeline (each date once, in words,
    with its events under it), Reported by one outlet
    only (under their outlet: after the rest, as they run to hundreds of lines),
    Skipped input; Citations in full, when a line cites more than ``_citations.CITED_INLINE`` references (runs of
    three or more consecutive numbers are one: "[5–9]"): it shows the first and counts the rest ("and 1,813
    more"), listed whole there (see ``CitationLines``); then Sources, always. Where any article's outlet is
    unknown, headings and counts say "source" for "outlet" (see ``SourceList.outlet_noun``).

    Args:
        report: The report to render.

    Returns:
        Markdown text ending in a newline.

    Raises:
        InvalidReportError: The report cites an article it does not list.
    """
    sources = SourceList(report.articles)
    cites = CitationLines(sources)
    claims = fold_claims(report.claims, sources)
    noun = sources.outlet_noun
    credits = QuoteCredits(report.sentences, report.quotes, report.articles)
    title = story_title(report)
    heading = cut_headline(title.text, HEADING_CHARS)
    blocks = [f"# {_inert(heading)}"]
    if heading != title.text:
        blocks.append(
            f"*Full headline ({len(title.text):,} characters):* {_inert(title.text, block_start=False)}"
        )
    if title.note:
        blocks.append(f"*{title.note}*")
    # Counts and dates only, no article text: nothing to make inert.
    blocks.append("*" + " · ".join(item.text for item in at_a_glance(report, sources, claims)) + "*")
    if report.summary.sentences:
        disputed = disputed_lines(report)
        blocks.append(
            " ".join(
                f"{_line(s.text, credits.of_sentence(s.sentence_id, s.text))} {_cite(cites, s.sources, s.text)}"
                + (
                    f" *(disputed: {_inert(disputed[s.sentence_id].about, block_start=False)};"
                    f" see {disputed[s.sentence_id].section_name})*"
                    if s.sentence_id in disputed
                    else ""
                )
                for s in report.summary.sentences
            )
        )
    elif report.articles:
        blocks.append(f"*{EMPTY_SUMMARY.format(budget=report.summary.word_budget)}*")
    sections = [
        ("Claims", _claims(claims, cites, credits)),
        ("Conflicts and updates", [_conflict(conflict, cites) for conflict in report.conflicts]),
        ("Quotes", [_speaker(group, cites) for group in quotes_by_speaker(report.quotes, report.conflicts)]),
        ("Timeline", [_date(date, cites) for date in timeline_dates(report.timeline)]),
        (
            f"Reported by one {noun} only ({claims.single_source_count})",
            _single_source(claims, cites, credits),
        ),
        ("Read with a caveat", _notes(report)),
        ("Skipped input", [f"- {_inert(p.origin)}: {_inert(p.reason)}" for p in report.problems]),
        # Filled in as the sections above cite: so it comes after them.
        (FULL_HEADING, _full_citations(cites)),
        ("Sources", _sources(sources)),
    ]
    blocks.extend(f"## {heading}\n\n" + "\n".join(lines) for heading, lines in sections if lines)
    return "\n\n".join(blocks) + "\n"


def _notes(report: Report) -> list[str]:
    """The report's reading caveats as list items, the first ``NOTES_SHOWN`` of them."""
    shown, more = shown_notes(report)
    return [f"- {_inert(note)}" for note in shown] + ([f"- … and {more:,} more"] if more else [])


def cut_headline(text: str, chars: int) -> str:
    """``text`` if it fits in ``chars`` characters; else cut to fit with an ellipsis, at its last space (mid-word
    when one word fills the cut: a run of one character must not leave nothing).

    Example:
        >>> cut_headline("Fire guts the old mill", 15), cut_headline("x" * 20, 10)
        ('Fire guts the…', 'xxxxxxxxx…')
    """
    if len(text) <= chars:
        return text
    return text[: chars - 1].rsplit(" ", 1)[0] + "…"


def _inert(text: str, block_start: bool = True) -> str:
    """Article text as literal Markdown: one line, no control characters, significant characters escaped.

    Args:
        text: The text.
        block_start: Whether the text may open a block (a line, a list item), where "1." or "#"
            would start a list or heading. Mid-line it cannot, and a figure reads "10.4", not "10\\.4".
    """
    return _escaped(one_line(text) or "", block_start)


def _line(text: str, credit: QuotedWords | None) -> str:
    """A claim or summary sentence as inert Markdown; quoted words standing alone come after their speaker."""
    if credit is None:
        return _inert(text)
    # In italics, not plain: "Speaker not identified" must not read as a speaker's name.
    speaker = _inert(credit.speaker) if credit.speaker else "*Speaker not identified*"
    return f"{speaker}: {_inert(credit.text, block_start=False)}"


def _escaped(line: str, block_start: bool) -> str:
    """One line of text with its Markdown-significant characters escaped (see ``_inert``)."""
    inline = _INLINE_SIGNIFICANT.sub(r"\\\g<0>", line)
    return _BLOCK_START.sub(r"\1\\\2", inline) if block_start else inline


def _cite(cites: CitationLines, article_ids: Iterable[str], context: str) -> str:
    """Citations like ``[1][3][5–9]``: reference numbers, ascending, then how many more there are (``_more``).

    Args:
        cites: The reference list, and the citations cut short so far.
        article_ids: The articles cited.
        context: The line citing them, named under "Citations in full" when some are left out.
    """
    cited = cites.numbers(article_ids, context)
    return "".join(f"[{run.text}]" for run in cited.runs) + _more(cited)


def _more(cited: Cited, outlet_noun: str | None = None) -> str:
    """What a line's citations cut short leave out, and where they are listed, else nothing.

    " and 1,813 more (see Citations in full, 2)"; a line naming outlets counts them: " and 32 more outlets
    (see ...)", or " and 3 more outlets (12 articles) (see ...)".

    Args:
        cited: The line's citations.
        outlet_noun: What the line's outlets are called (``SourceList.outlet_noun``), when it names them.
    """
    if not cited.full:
        return ""
    more = f"{cited.more:,} more"
    if outlet_noun:
        more = f"{cited.more_outlets:,} more {outlet_noun}{'s' if cited.more_outlets > 1 else ''}"
        if cited.more > cited.more_outlets:
            more += f" ({cited.more:,} articles)"
    return f" and {more} (see {FULL_HEADING}, {cited.full})"


def _outlets(
    cites: CitationLines, article_ids: Iterable[str], context: str, numbers_only: bool = True
) -> str:
    """Outlet names each with its reference numbers: ``BBC [1], Reuters [3][4]``.

    Args:
        cites: The reference list, and the citations cut short so far.
        article_ids: The articles to name.
        context: The line citing them, named under "Citations in full" when some outlets are left out.
        numbers_only: Whether an unknown outlet shows only its number: its stand-in name is an article
            id ("000_7225a0248ea7c246"), which on teigen-jack filled every claims row four times over.
    """
    cited = cites.outlets(article_ids, context)
    text = ""
    named_before = False
    for shown in cited.outlets:
        named = shown.outlet.named or not numbers_only
        # Bare numbers run together ("[1][2]") as in any citation; a name is set off by commas.
        if text and (named or named_before):
            text += ", "
        text += (f"{_inert(shown.outlet.label)} " if named else "") + "".join(
            f"[{r.text}]" for r in shown.runs
        )
        named_before = named
    return text + _more(cited, cites.sources.outlet_noun)


def _full_citations(cites: CitationLines) -> list[str]:
    """Every line's citations that were cut short, in full, each after the start of the line it belongs to."""
    return [
        f"{entry.number}. {_inert(_opening(entry.context), block_start=False)} — {entry.count:,} articles: "
        + "".join(f"[{run.text}]" for run in entry.runs)
        for entry in cites.full
    ]


def _opening(text: str) -> str:
    """The start of a line, enough to find it by: its first ``_OPENING_WORDS`` words."""
    words = text.split()
    return " ".join(words[:_OPENING_WORDS]) + (" …" if len(words) > _OPENING_WORDS else "")


def _claims(claims: FoldedClaims, cites: CitationLines, credits: QuoteCredits) -> list[str]:
    """A table of the corroborated claims, each with its outlets by name; a pointer to the rest."""
    noun = cites.sources.outlet_noun
    lines = []
    if claims.corroborated:
        lines += [f"| Claim | {noun.capitalize()}s |", "| --- | --- |"]
        lines += [
            f"| {prefix}{_line(c.text, credits.of_claim(c))} | {c.outlet_count:,}: {_outlets(cites, c.article_ids, c.text)} |"
            for claim in claims.corroborated
            for prefix, c in [("", claim), *((_PART_MARK, part) for part in claims.parts_of(claim))]
        ]
    elif claims.single_source:
        lines.append(f"No claim is reported by more than one {noun}.")
    if claims.single_source:
        count = claims.single_source_count
        lines += [
            "",
            f"{count} more claim{' is' if count == 1 else 's are'} reported by one {noun} only:"
            f" listed further down, under their {noun}.",
        ]
    return lines


def _single_source(claims: FoldedClaims, cites: CitationLines, credits: QuoteCredits) -> list[str]:
    """The single-source claims listed under their outlet."""
    lines = []
    for group in claims.single_source:
        heading = f"claims reported by one {cites.sources.outlet_noun} only ({len(group.claims)})"
        lines.append(
            f"- {_outlets(cites, group.article_ids, heading, numbers_only=False)} ({len(group.claims)})"
        )
        # Under an outlet with several articles, each claim says which of them carry it.
        cited = len(group.article_ids) > 1
        lines.extend(
            f"{indent}- {prefix}{_line(c.text, credits.of_claim(c))}"
            + (f" {_cite(cites, c.article_ids, c.text)}" if cited else "")
            for claim in group.claims
            for indent, prefix, c in [
                ("  ", "", claim),
                *(("    ", _PART_MARK, part) for part in claims.parts_of(claim)),
            ]
        )
    return lines


def _speaker(group: SpeakerQuotes, cites: CitationLines) -> str:
    """A speaker's quotes, each in quotation marks with the outlets that carry it, those that spell the speaker
    otherwise and those that credit it to someone else."""
    # In italics, not bold, when no speaker is named: it must not read as someone called "Unattributed".
    speaker = f"**{_inert(group.speaker)}**" if group.speaker else "*Unattributed*"
    count = f" ({len(group.quotes)})" if len(group.quotes) > 1 else ""
    lines = [f"- {speaker}{count}"]
    for quote, others, spellings in zip(
        group.quotes,
        group.others or [()] * len(group.quotes),
        group.spellings or [()] * len(group.quotes),
        strict=True,
    ):
        whole, other_wordings = printed_whole(quote)
        lines.append(
            f"  - {quoted(_inert(quote.text, block_start=False))}{_language_mark(quote)}"
            f" — {_outlets(cites, whole, quote.text)}"
        )
        # Outlets that spell the speaker's name another way: both spellings are on the quote, not only under
        # Conflicts.
        lines += [
            f"    - *Spelt* **{_inert(spelling.spelling, block_start=False)}** *by* "
            f"{_outlets(cites, spelling.articles, quote.text)}"
            for spelling in spellings
        ]
        # Outlets that credit these words to someone else: the reader sees the disagreement where they read.
        lines += [
            f"    - *Who said it:* **{_inert(other.speaker, block_start=False)}**, according to "
            f"{_outlets(cites, other.articles, quote.text)}"
            for other in others
        ]
        lines += [
            f"    - *{other.label}:* {quoted(_inert(other.wording, block_start=False))}"
            f" — {_outlets(cites, other.articles, quote.text)}"
            for other in other_wordings
        ]
    return "\n".join(lines)


def _language_mark(quote: Quote) -> str:
    """ " *[de]*" after words said in another language than English, so none reads as a translation; else ""."""
    return f" *[{quote.language}]*" if quote.language else ""


# Quote marks and case aside, an outlet's wording that holds this share of the quote's words printed it whole or
# worded it otherwise; under it, a part. Over the 328 dev reports it takes outlets off 43 quotes' full wording;
# all read, each printed a part or a paraphrase (a dump of the reports' JSON against the code before, QA round 17).
WHOLE_QUOTE_SHARE = 0.8


class OtherWording(NamedTuple):
    """Words of a quote some outlets printed otherwise than the quote's text: a part of it or other words."""

    label: str  # "In part" or "Worded otherwise"
    wording: str
    articles: tuple[str, ...]


def printed_whole(quote: Quote) -> tuple[tuple[str, ...], list[OtherWording]]:
    """(the articles that printed the quote whole, each other wording of it with the articles that printed it).

    The fullest wording must not be credited to an outlet that printed only "We will appeal" of it, nor that
    outlet listed both with it and under "In part" (QA rounds 16 and 17), nor to one that printed other words in
    its middle ('nobody will lose a shift' for 'no docker will lose a shift'; a planted '<script>alert(4)' in one
    outlet's copy was shown credited to both: tests/crosscheck/test_s42_people.py): an article is listed with the
    whole quote when its wording holds each of the quote's words in order (or no wording of its is known); else
    "In part" when its wording holds less than ``WHOLE_QUOTE_SHARE`` of them or is words of the quote in order,
    "Worded otherwise" when it is not, with the others that worded it alike. An article that alone carries the
    quote printed it whole.
    """
    if len(quote.articles) < 2:
        return quote.articles, []
    words = _quote_words(quote.text)
    others: dict[tuple[str, str], list[str]] = defaultdict(list)
    for variant in quote.variants:
        own = _quote_words(variant.text)
        if _in_order_within(words, own):
            continue
        worded_otherwise = len(set(words).intersection(own)) >= WHOLE_QUOTE_SHARE * len(set(words)) and not (
            _in_order_within(own, words)
        )
        others["Worded otherwise" if worded_otherwise else "In part", variant.text].append(variant.article_id)
    other_ids = {article_id for article_ids in others.values() for article_id in article_ids}
    return (
        tuple(article_id for article_id in quote.articles if article_id not in other_ids),
        [OtherWording(label, wording, tuple(ids)) for (label, wording), ids in others.items()],
    )


# The full stops of initials: "U.N." and "UN" are one word, not "u", "n" against "un" (an outlet's "UN" was
# listed apart from the "U.N." it quoted: tests/render/test_s42_quote_words.py).
_INITIAL_STOP = re.compile(r"(?<=\b[A-Za-z])\.(?=[A-Za-z]\b)|(?<=\b[A-Za-z]\.[A-Za-z])\.")


def _quote_words(text: str) -> list[str]:
    """The words of a quote's wording, its initials written without their full stops."""
    return tokens(_INITIAL_STOP.sub("", text))


def _in_order_within(short: list[str], long: list[str]) -> bool:
    """Whether the words ``short`` all stand in ``long``, in that order (others may lie between)."""
    remaining = iter(long)
    return all(word in remaining for word in short)


def _conflict(conflict: Conflict, cites: CitationLines) -> str:
    """One conflict (values joined by "vs") or update (values in date order, joined by "→").

    A headline gives the values at a glance; below it each value has its own item, naming its
    outlets and when the first of them published it (so a later figure is told from a
    contradiction), with the sentences that state it nested under it, the value in bold.
    """
    sources = cites.sources
    if conflict.update:
        label, joiner, positions = "Update", " → ", sources.chronological(conflict.positions)
    else:
        label, joiner, positions = "Conflict", " vs ", list(conflict.positions)
    values = [_inert(shown_value(conflict.kind, p.value, p.unit), block_start=False) for p in positions]
    lines = [f"- **{label}** — {_inert(conflict.about)} ({joiner.join(values)})"]
    for number, (position, value) in enumerate(zip(positions, values, strict=True)):
        arrow = "→ " if conflict.update and number else ""
        date = sources.earliest_date(position.articles)
        first = f"; first reported {date.isoformat()}" if date else ""
        context = f"{conflict.about}: {shown_value(conflict.kind, position.value, position.unit)}"
        lines.append(f"  - {arrow}**{value}** — {_outlets(cites, position.articles, context)}{first}")
        lines.extend(
            f"    - {_cite(cites, [e.article_id], e.text)} {_marked(e.text, conflict.kind, position.value)}"
            for e in position.evidence
        )
    return "\n".join(lines)


def _marked(text: str, kind: str, value: str) -> str:
    """A sentence as inert Markdown with the value it states in bold (after its citation: mid-line)."""
    return "".join(
        f"**{_escaped(piece, block_start=False)}**" if is_value else _escaped(piece, block_start=False)
        for piece, is_value in value_spans(one_line(text) or "", kind, value)
    )


def _date(date: TimelineDate, cites: CitationLines) -> str:
    """A date of the timeline in bold, with its event on the same line or, when it has several, under it."""
    label = _inert(date.heading, block_start=False)
    if len(date.events) == 1:
        event = date.events[0]
        return f"- **{label}** — {_inert(event.event, block_start=False)} {_cite(cites, event.articles, event.event)}"
    # Each event opens its own list item, where "1." or "#" would start a list or heading.
    events = [
        f"  - {_inert(event.event)} {_cite(cites, event.articles, event.event)}" for event in date.events
    ]
    return "\n".join([f"- **{label}**", *events])


def _sources(sources: SourceList) -> list[str]:
    lines = []
    for number, article in enumerate(sources.articles, start=1):
        line = f"{number}. {_inert(article.label)}"
        if article.title:
            line += f" — *{_inert(article.title)}*"
        dates = [article.date.isoformat()] if article.date else []
        if updated := update_day(article):
            dates.append(f"updated {updated.isoformat()}")
        if dates:
            line += f" ({', '.join(dates)})"
        if url := web_url(article.url):
            line += f" <{url}>"
        if article.id != article.label:
            # What `storyweave move` and the web's move form take.
            line += f" · id {_inert(article.id)}"
        lines.append(line)
    return lines
