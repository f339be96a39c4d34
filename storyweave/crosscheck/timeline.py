"""Dated events of a story, in date order, merged across outlets.

1. Every date expression outside quotes is resolved (see ``dates``) against
   its article's date; an undated article borrows a story date, which only
   gives years to "Sept. 28" or "in February" (see ``dates.references``).
   Dates that only say when something was said ("officials said Wednesday")
   are left out: they date the report, not an event; so are the dates of
   captions, datelines and headings (see ``_facts.is_statement``).
2. Dates that bound or measure something are not when it happened: "crimes
   committed before 1978", "cut emissions from 2005 levels". The end of a
   range ("between Sept. 11, 1973, and Dec. 31, 1983") belongs to the event
   at its start, unless a clause tells what happened then ("from 1966 to
   last May, when he was forced to quit").
3. The event is the clause around the date (or range), cut to about fifteen words.
4. Mentions of one date are one event when they are in one sentence, read
   the same (one wire story in two papers), or their clauses share two
   content words (less the story's everywhere-words) or the event verb
   ("revealed" / "announced"); the fullest wording is kept. One shared word
   merged "smoke inhalation" with "smoke still rising". Outlets that word
   one event differently are joined too: when their sentences were aligned
   into one claim, or when their clauses tell one happening in synonyms
   ("disappeared" / "crashed" / "went missing") and the sentences share a
   name. On the 328 dev clusters these two rules took the timelines from
   2118 to 2060 entries; of the 54 joins read, 52 were one event. Clauses
   that read the same but for their figures (a revision: "injuring 14
   workers" / "injuring 40 workers") stay apart, so neither cites the other.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from storyweave.crosscheck import dates
from storyweave.crosscheck._facts import DatedFact, dated_facts, topic_terms
from storyweave.model import Evidence, Segmented, TimelineEvent

# An event is shown in about this many words (the issue asks for ~15).
EVENT_WORDS = 15
# The colon of a clock time ("began today at 1:00 p.m.") does not end a clause.
_CLAUSE_BREAK = re.compile(r"[;\u2014]|:(?!\d)|,\s(?=(?:and|but|while|as|after|before|when|which|who)\b)")
# The words that can govern a date and change what it means; the date
# patterns take some of them into the expression ("before 1978", "from 1979").
_GOVERNING = frozenset(["before", "between", "from", "to", "through", "until", "till"])
# A year of comparison: "cut emissions by half from 2005 levels".
_BASELINE = re.compile(r"\s*(?:levels?|baselines?)\b", re.IGNORECASE)
# A date a comparison is made against, in the clause before it: "Compared
# to this year's spending", "than others he has made this year"; "more than
# 200 people died Monday" compares a number, not the date.
_COMPARED = re.compile(r"\b(?:[Cc]ompared (?:to|with)|than)\b(?![^,;]*\d[^,;]*$)[^,;]*$")
# The words that make a date a bound, not when something happened: "the
# worst disaster since 2001", "could be announced by Oct. 20", "postponed
# until after the Oct. 25 elections", "extended to May 25" (a range's far
# end is kept with its start before this applies). A sentence-opening "By
# 1942" is a time, "to next month's Games" or "to the June 1995 meeting"
# a destination.
_BOUND = re.compile(r"\b(?:[Bb]efore|[Ss]ince|by|[Uu]ntil|[Tt]ill)(?:\s+after)?(?:\s+the)?\s*$")
_TARGET = re.compile(r"\bto\s+$")
# A span's end that a clause dates is an event of its own: "until 1991, when it proclaimed independence".
_SPAN_ENDS = frozenset(["to", "until", "till"])
# What joins the two ends of a range, by the word that opens it: "between X
# and Y", also past an aside ("between Sept. 11, 1973, the year he seized
# power, and Dec. 31, 1983"); "from X to Y", "from X through Y", "from X-Y".
_RANGE_JOIN = {
    "between": re.compile(r"(?:,[^;.]{0,60})?,?\s+and\s*"),
    "from": re.compile(r",?\s*(?:to|through|until|till|[-\u2013])\s*"),
}
_WORD = re.compile(r"[A-Za-z]+")
# A dash joins a range whatever opens it ("started on March 30 \u2013 April 1, 2010").
_DASH_JOIN = re.compile(r"\s*[-\u2013]\s*")
# A range end that a clause dates ("to last May, when he was forced to quit") is an event of its own.
_RANGE_END_EVENT = re.compile(r",?\s+when\b")


# Words outlets use for one happening: "disappeared on June 1", "crashed in the
# Atlantic on June 1" and "went missing ... on June 1" are one crash. A bare
# "missing" is left out: "the search for the missing jet on March 27" and "a
# ceremony for the missing flight's passengers on March 27" are two events.
# Read on the 328 dev clusters: these sets joined 12 entries into others, all
# one event; "arrest" as a noun ("issued an arrest warrant") is not used.
_HAPPENING_OF = {
    word: happening
    for happening, words in {
        "lost": ("disappeared", "vanished", "crashed", "went missing", "gone missing"),
        "died": ("died", "killed"),
        "arrested": ("arrested", "detained"),
    }.items()
    for word in words
}
_HAPPENING = re.compile(rf"\b(?:{'|'.join(_HAPPENING_OF)})\b", re.IGNORECASE)
# A name inside a sentence (one at its start may be any capitalised word).
_NAME = re.compile(r"(?<=\s)[A-Z][a-z]+")
_DATE_NAMES = frozenset([*calendar.day_name, *calendar.month_name[1:]])
# A written figure ("14", "1,200", "4.2"), masked to compare two clauses but for their figures.
_FIGURE = re.compile(r"\d[\d,.]*\d|\d")


@dataclass(frozen=True)
class _Event:
    """A dated fact kept as an event, with the words shown for it.

    Attributes:
        fact: The date mention and its sentence.
        text: The event's clause, as shown.
        happenings: What the clause says happened, by ``_HAPPENING_OF``.
        names: The names the sentence mentions, less dates.
    """

    fact: DatedFact
    text: str
    happenings: frozenset[str]
    names: frozenset[str]

    def contradicts(self, other: _Event) -> bool:
        """Whether the two clauses read the same but for their figures ("injuring 14 workers" / "... 40 ...").

        A revision of an article (or a copy edited later) restates its clauses with the figures
        changed: merged, the entry would cite it for the figure it changed. Outlets that word an
        event differently are still merged (the fullest wording is shown): on the 328 dev clusters,
        splitting on any differing figure split 5 entries, of which 4 were one event told with
        unrelated numbers ("228 on board" / "190 miles off the coast") or compatible ones ("more
        than 150" / "at least 156").
        """
        return self.text != other.text and _FIGURE.sub("#", self.text) == _FIGURE.sub("#", other.text)


def _governing(fact: DatedFact) -> str:
    """The lower-case word that governs the date ("before" in "committed before 1978"), or ""."""
    first = fact.mention.expression.split()[0].lower()
    if first in _GOVERNING:
        return first
    previous = re.findall(
        r"[A-Za-z]+", fact.sentence.text[max(0, fact.mention.start - 20) : fact.mention.start]
    )
    return previous[-1].lower() if previous and previous[-1].lower() in _GOVERNING else ""


def _closes_range(start: DatedFact, end: DatedFact) -> bool:
    """Whether ``end`` is the far end of a range that ``start`` opens, in the same sentence."""
    if end.sentence.id != start.sentence.id or end.mention.start < start.mention.end:
        return False
    text = start.sentence.text
    gap = text[start.mention.end : end.mention.start]
    first = end.mention.expression.split()[0].lower()
    join = _RANGE_JOIN.get(_governing(start))
    joined = _DASH_JOIN.fullmatch(gap) or (
        join is not None and join.fullmatch(gap + (first if first in _GOVERNING else ""))
    )
    return bool(joined) and not _RANGE_END_EVENT.match(text, end.mention.end)


def _event_text(fact: DatedFact, last: dates.DateMention) -> str:
    """The clause around the date (through ``last``, the end of its range), cut to ``EVENT_WORDS`` words."""
    text = fact.sentence.text
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, fact.mention.start)), default=0)
    date_words = _WORD.findall(text, fact.mention.start, last.end)
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text, last.end)] + [len(text)]
    # A clause of the date and a word or two ("But Monday, as returns came
    # in, ...") says nothing: it runs on to the next break.
    end = next(
        b for b in breaks if b == len(text) or len(_WORD.findall(text, start, b)) - len(date_words) >= 3
    )
    clause = text[start:end].strip(" ,")
    words = clause.split()
    if len(words) <= EVENT_WORDS:
        return clause
    # Keep the words around the date (the middle of a range): it is the event's anchor.
    position = (len(text[start : fact.mention.start].split()) + len(text[start : last.start].split())) // 2
    first = max(0, min(position - EVENT_WORDS // 2, len(words) - EVENT_WORDS))
    cut = " ".join(words[first : first + EVENT_WORDS])
    return ("… " if first else "") + cut + (" …" if first + EVENT_WORDS < len(words) else "")


def _events(facts: Sequence[DatedFact]) -> list[_Event]:
    """The facts that date an event, with their texts; bounds, baselines and range ends left out."""
    events = []
    range_ends: set[int] = set()
    for index, fact in enumerate(facts):
        if index in range_ends:
            continue
        last = fact.mention
        if index + 1 < len(facts) and _closes_range(fact, facts[index + 1]):
            range_ends.add(index + 1)
            last = facts[index + 1].mention
        text = fact.sentence.text
        clause = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, fact.mention.start)), default=0)
        before = text[max(0, fact.mention.start - 20) : fact.mention.start]
        bound = (
            _BOUND.search(before)
            or _BOUND.match(fact.mention.expression.split()[0])
            or (None if text.startswith("'s", fact.mention.end) else _TARGET.search(before))
        )
        if (
            (
                bound
                and not (
                    bound.group().split()[0].lower() in _SPAN_ENDS
                    and _RANGE_END_EVENT.match(text, fact.mention.end)
                )
            )
            or _BASELINE.match(text, fact.mention.end)
            or _COMPARED.search(text, clause, fact.mention.start)
        ):
            continue
        shown = _event_text(fact, last)
        events.append(
            _Event(
                fact,
                shown,
                frozenset(_HAPPENING_OF[m.group().lower()] for m in _HAPPENING.finditer(shown)),
                frozenset(_NAME.findall(text)) - _DATE_NAMES,
            )
        )
    return events


def _same_claim(claim_of: Mapping[str, str], a: DatedFact, b: DatedFact) -> bool:
    """Whether two facts' sentences were aligned into one claim."""
    claim = claim_of.get(a.sentence.id)
    return claim is not None and claim == claim_of.get(b.sentence.id)


def build_timeline(
    docs: Sequence[Segmented], claim_of_sentence: Mapping[str, str] | None = None
) -> tuple[TimelineEvent, ...]:
    """The story's dated events, sorted by date, one entry per event.

    Args:
        docs: The story's articles, segmented (one per article).
        claim_of_sentence: The claim each sentence belongs to (``Alignment.claim_of_sentence``
            of :func:`storyweave.align.align`): mentions of one date in sentences of one claim are
            one event, however differently the outlets word it.

    Returns:
        Events sorted by date (a coarser date before the finer ones it
        contains), then by first appearance.
    """
    topic = topic_terms(docs)
    claim_of = claim_of_sentence or {}
    merged: list[list[_Event]] = []
    for event in _events(dated_facts(docs)):
        fact = event.fact
        for group in merged:
            head = group[0].fact
            if head.mention.value != fact.mention.value or any(event.contradicts(o) for o in group):
                continue
            shared = (head.context.terms & fact.context.terms) - topic
            if (
                len(shared) >= 2
                or head.context.events & fact.context.events
                or event.text == group[0].text
                or any(other.fact.sentence.id == fact.sentence.id for other in group)
                or any(_same_claim(claim_of, other.fact, fact) for other in group)
                or any(other.happenings & event.happenings and other.names & event.names for other in group)
            ):
                group.append(event)
                break
        else:
            merged.append([event])
    timeline = []
    for group in merged:
        head = group[0].fact
        fullest = max(group, key=lambda e: (len(e.fact.context.terms), -e.fact.article_index))
        timeline.append(
            (
                (head.mention.value.year, head.mention.value.month or 0, head.mention.value.day or 0),
                (head.article_index, head.sentence.start),
                TimelineEvent(
                    date=head.mention.value.iso,
                    event=fullest.text,
                    articles=tuple(dict.fromkeys(e.fact.article_id for e in group)),
                    evidence=tuple(
                        dict.fromkeys(
                            Evidence(e.fact.article_id, e.fact.sentence.id, e.fact.sentence.text)
                            for e in group
                        )
                    ),
                ),
            )
        )
    timeline.sort(key=lambda item: (item[0], item[1]))
    return tuple(event for _, _, event in timeline)
