"""Values stated in sentences (dates, amounts, ages), with the words that say what they are about.

Both the conflict finder and the timeline read the same dated facts, so the
date finding and the choice of which dates count live here once.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from storyweave.clean import is_caption
from storyweave.crosscheck import dates
from storyweave.crosscheck._text import STOP_WORDS, WORD_NUMBERS, stem
from storyweave.model import Segmented, Sentence

# Words around a value that say nothing about which fact it is.
GENERIC_TERMS = frozenset(
    stem(word)
    for word in [
        "said",
        "says",
        "official",
        "officials",
        "police",
        "authorities",
        "report",
        "reported",
        "reports",
        "number",
        "total",
        "toll",
        "news",
        "people",
        "person",
        "others",
        "time",
        "times",
        "first",
        "second",
        "last",
        "least",
        "more",
        "than",
        "about",
        "also",
        "including",
        "new",
        "old",
    ]
)
NUMBER_WORDS = frozenset(WORD_NUMBERS) | {
    "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "dozen", "dozens",
}  # fmt: skip
# Verbs that only report speech; "revealed" or "announced" are events of their own.
REPORTING_VERBS = frozenset(
    ["said", "says", "say", "told", "tells", "added", "adds", "reported", "stated", "noted", "according"]
)
# "added" or "adds" right before a figure, with at most a hedge between, adds that figure ("Employers added
# 187,000 jobs in October"): the figure's verb, not speech ("he added"), whose words follow a comma or "that".
# Without it the clause of the economy desk's jobs story kept no word to compare (tests/crosscheck/test_s42_economy_desk.py).
_ADDING = frozenset(["added", "adds"])
_TO_ADDED_FIGURE = re.compile(
    r"\s+(?:(?:about|nearly|almost|roughly|some|around|another|over|more\s+than)\s+)*"
)
# 0.2: "fire" in harbor-fire (in a third of its sentences) is a topic word,
# "warehouse" and "evacuated" are not; checked against the DUC 2003 review.
TOPIC_SHARE = 0.2
# A word must also be in this many sentences: in a story of a few sentences
# every shared word would otherwise count as a topic word.
TOPIC_MIN_COUNT = 5
# How many words on each side of a value describe it. Eight reaches the verb
# and object of the clause in the teigen-jack and harbor-fire sentences
# ("Teigen announced the loss on Instagram", "41 workers who were evacuated
# from the building") without running into the next clause.
WINDOW_WORDS = 8
# Characters before a value first read for its window: eight words with their
# spaces rarely take more; where they do (long words, a quote) it is doubled.
WINDOW_REACH = 128
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*|\d[\d,.]*")
# A lower-case word, as the story's everywhere-words are counted (``topic_terms``).
LOWER_WORD = re.compile(r"(?<![\w'’])[a-z][a-z'’]+")
# Not the colon of a clock time: "came ashore ... at around 4:30 a.m. yesterday" is one clause; nor the
# comma of a thousands figure: "The recount of 41,826 ballots was ordered" (the QA's recount story).
_CLAUSE_BREAK = re.compile(r"(?<!\d),|,(?!\d{3}(?!\d))|[;()\u2014]|(?<!\d):|:(?!\d\d)|\s[-\u2013]\s")
# A sentence ends with a full stop, maybe with closing quotes and one short
# trailing tag ("the statement added. bm-jbm", "threat. (tc-pfg-dkt)").
_SENTENCE_END = re.compile(r"[.!?:…][\"'”’)\]]*(?:\s+\S{1,15})?$")
# A trailing credit or note: "(Reuters)", "(AP Photo/...)", "(Published ...)". Linear in the text: a match
# is tried only where white space (or the parenthesis) starts, and the possessive runs give nothing back.
# Plain "\s*\(" and "[^()]*" retried a white-space run from each position in it (100,000 spaces took 14 s
# CPU); the leftmost match never starts inside a run, so the matches are the same (tests/test_s28_ops.py).
_TRAILING_PARENTHESIS = re.compile(r"(?<!\s)\s*+\([^()]*+\)?\s*$")
# Marks of page furniture: an embedded post's signature or link, a time stamp.
_FURNITURE = re.compile(r"\(@\w+\)|pic\.twitter\.com|https?://|\b(?:Posted|Updated|Published)\b")
# Text with no sentence end and fewer words than this is a heading, a
# dateline or a byline ("Yesterday's negotiations", "December 29, 2004",
# "Beached boat in Galle, Sri Lanka after 2004 Tsunami"). On the four dev
# sets these have at most 13 words, while leads and cut-off texts that lack
# a full stop have 30 or more.
HEADING_WORDS = 20
# A sentence that gives an old figure ("Earlier police said 32 people had
# died") does not state the value as current. "A year earlier" dates a comparison, not a superseded figure:
# "Net profit ... was $610m, up from $540m a year earlier" states this quarter's profit (the QA11b results
# story, whose planted profit contradiction went unread with the whole sentence).
# "initially" or "originally" before the participle of an event tells whom the event caught at first, no figure since
# revised: "in which 12 workers were initially caught" is the other outlet's "11 workers were trapped" (the numbers
# desk's mine story, tests/crosscheck/test_s47_numbers.py); before a telling, a guess or a plan ("initially said 14",
# "than polls initially predicted", "originally scheduled for Tuesday") it is a superseded figure or date.
_TELLING = (
    r"said|reported|put|estimated|thought|believed|told|announced|gave|given|feared|listed|counted|stated|expected"
    r"|scheduled|set|planned|slated|projected|forecast|quoted|claimed|identified|described|named|priced|valued"
    r"|predicted|indicated|suggested|showed|hoped|assumed|considered|seemed|appeared|intended|proposed"
)
_FIRST_CAUGHT = (
    r"\s+(?!(?:" + _TELLING + r")\b)(?:[a-z]+ed|caught|stuck|hit|hurt|struck|held|taken|trapped)\b"
)
_STALE = re.compile(
    r"\b(?:(?<!year\s)(?<!years\s)(?<!quarter\s)earlier|(?:initially|originally)(?!" + _FIRST_CAUGHT + r")"
    r"|previously|first reported|had reported)\b",
    re.IGNORECASE,
)
# A figure a sentence corrects is the stale one, not the sentence's own: "Eleven people died ..., correcting
# an earlier figure of 14" and "police said, revising an earlier figure of nine" give the current toll,
# which had been dropped with the whole sentence, so an outlet's downward revision showed nothing (held-out stories of
# a bus crash and a landslide, tests/crosscheck/test_s26_xcheck_b.py). Only the corrected phrase, to its figure, is stale.
_CORRECTED_FIGURE = re.compile(
    r"\b(?:correct|revis|lower|replac|amend|updat)\w*\s+(?:an?|the|its|their)\s+"
    r"(?:earlier|initial|previous|original)\s+(?:[\w-]+\s+){0,2}?(?:figure|toll|count|estimate|total|tally)"
    r"\s+of\s+(?:(?:at\s+least|about|around|some|more\s+than)\s+)?[\w.,]*\w",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Context:
    """What the words around a value say about it.

    Attributes:
        terms: Stems of the lower-case content words in the window (the fact's predicate and object).
        adjacent: Those within three words of the value (its verb or noun).
        names: Capitalised words near the value (a place or person that
            scopes it: "In Poland, 32 people died").
        surface: A stem's first written form, for describing the fact.
        events: Adjacent terms written as past-tense verbs ("announced", "broke"):
            the event the value dates or counts.
        clause: Offsets of the value's clause in the sentence, where its
            time scope ("at the 1997 world championships") is looked for.
    """

    terms: frozenset[str]
    adjacent: frozenset[str]
    names: frozenset[str]
    surface: dict[str, str]
    events: frozenset[str] = frozenset()
    clause: tuple[int, int] = (0, 0)


@dataclass(frozen=True)
class DatedFact:
    """A date mention in an article sentence; ``said`` when it only tells when something was said ("officials
    said on Wednesday")."""

    article_index: int
    article_id: str
    sentence: Sentence
    mention: dates.DateMention
    context: Context
    said: bool = False


# The words before the period a figure is compared with: "31% more than last year", "up 26% on the same period last
# year", "compared with the same quarter of 2025", "up 31% from last year"; not "rose 4% on Monday", the day of the
# rise (AllSides 5913). The period is the comparison's base, not the figure's: no
# timeline date, no period that scopes the figure (the business desk's QA: "2025" for this quarter's profit).
COMPARISON_BASE = re.compile(
    r"(?:\b(?:more|less|higher|lower|fewer|greater|up|down)\s+than(?:\s+in)?"
    r"|\b(?:on|over|from|against|versus|vs\.?|compared\s+(?:with|to))"
    r"\s+the\s+same\s+(?:period|month|quarter|week|time)(?:\s+(?:of|in))?"
    r"|(?:%|\bper\s*cent|\bpercent)\s+(?:from|over|against))\s*$",
    re.IGNORECASE,
)


# Cached: a story's few thousand distinct words are stemmed tens of thousands of times.
@functools.lru_cache(maxsize=65536)
def short_stem(word: str) -> str:
    """A stem cut to six letters, so derived forms meet ("evacuated", "evacuation")."""
    return stem(word)[:6]


# News words that outlets swap for one event, read as one word so the event meets across outlets:
# "Sentencing is scheduled for February 12" / "Sentencing was set for Feb. 19" (the QA4 verdict story),
# "crews fought the fire for about five hours" / "Firefighters battled the flames for nearly eight
# hours", "An explosion tore through the plant" / "A blast at a chemical plant" (/tmp/s21/h12/plant).
_VERB_SENSES = {
    short_stem(word): short_stem(sense)
    for sense, words in {
        "scheduled": ["set", "slated"],
        "fought": ["battled"],
        "explosion": ["blast"],
        # "A magnitude 6.1 earthquake struck" / "a magnitude 6.4 earthquake shook" (the QA7 quake story).
        "struck": ["shook", "jolted", "rattled"],
        # "were detected six days later" / "the intrusion was found four days later" (the QA7 breach story).
        "detected": ["found", "discovered", "spotted"],
        # "Eighteen residents were rescued" / "18 people were pulled from Calvert House" (held-out,
        # tests/crosscheck/test_s26_xcheck.py); not "evacuated", another event of the story whose count differs.
        "rescued": ["pulled"],
        # "A ferry ... capsized at 3 a.m." / "The ferry overturned shortly after 5 a.m." (the world desk's leftover,
        # tests/crosscheck/test_s38_leftovers.py).
        "capsized": ["overturned"],
        # "Employers added 187,000 jobs in October" / "The economy created 178,000 jobs last month" (the economy
        # desk's jobs story, tests/crosscheck/test_s42_economy_desk.py); "added" is a verb only before a figure
        # (``_ADDING``).
        "added": ["created"],
        # "premieres Sept 4" / "will open Sept 14": a show's first night (tests/crosscheck/test_s42_numbers.py).
        "opened": ["premiered", "debuted"],
        # "Petrol prices dropped by 40 cents a litre" / "The price of petrol fell by €0.35 per litre" (the numbers
        # desk's inflation story, tests/crosscheck/test_s47_numbers.py).
        "fell": ["dropped"],
        # "a 48-hour strike" / "a 72-hour walkout" / "The stoppage ... will last 72 hours" (the numbers desk's rail
        # strike, tests/crosscheck/test_s47_numbers.py); "walk out" too (``_PHRASE_SENSES``).
        "strike": ["walkout", "stoppage"],
        # "was applauded for eight minutes" / "an 11-minute standing ovation": the ovation's length (session 47's
        # festival story, tests/crosscheck/test_s47_numbers2.py).
        "ovation": ["applauded", "applause"],
        # "held hostage for 143 days" / "after 134 days in captivity" (tests/crosscheck/test_s48_numbers3.py).
        "captivity": ["hostage", "captive"],
        # "took £38.6m from the pension fund" / "siphoned £36.8m from a miners' pension fund" (the same).
        "took": ["siphoned", "embezzled", "stole", "misappropriated"],
    }.items()
    for word in words
}


# Verbs whose sense a phrase a few words on decides, as (phrase, sense): "Police moved 52 people out of their
# homes" and "were moved out of their homes" are evacuations ("52 people were evacuated";
# tests/crosscheck/test_s26_xcheck.py), while "the storm moved ashore on Monday" and "moved out to sea" are no evacuation that a hurricane
# story's "evacuated on Sunday" would be another day of. The phrase comes after the verb or after its object:
# within ``_PHRASE_WORDS`` words.
# "won approval on Thursday from the Food and Drug Administration" is the FDA's "approved ... on Friday" (QA12a F9).
_PHRASE_SENSES = {
    short_stem("moved"): (("out", "of"), short_stem("evacuated")),
    short_stem("won"): (("approval",), short_stem("approved")),
    short_stem("received"): (("approval",), short_stem("approved")),
    # Seats taken are seats won: "took 68 of the 150 seats" / "won 68 seats" (the numbers desk's election story,
    # tests/crosscheck/test_s47_numbers.py); "took office", "secured a loan" are no winning.
    **dict.fromkeys(map(short_stem, ["took", "secured", "captured"]), (("seats",), short_stem("won"))),
    short_stem("walk"): (("out",), short_stem("strike")),
    # "rose 12 cents a litre" / "went up by 21 cents" (tests/crosscheck/test_s48_numbers3.py).
    short_stem("went"): (("up",), short_stem("rose")),
}
# A vote for an act is that act: "voted on Tuesday to approve a €1.4 billion extension" is the council's
# "approved the tram extension on Monday" told with two verbs (a held-out tram story, /tmp/s31/conf/held).
# Between the two only the vote's day, time, tally or manner: "voted 27 to 19 to approve", not "voted
# against the plan to build", whose act is no building.
_VOTED = short_stem("voted")
_VOTED_TO = re.compile(
    r"(?:\s+(?:on|last|late|early|night|morning|evening|afternoon|unanimously|overwhelmingly|narrowly"
    r"|[A-Z][a-z]+|\d+|to(?=\s+\d)|-))*\s+to\s+([a-z]+)"
)
_PHRASE_WORDS = 5
_PHRASE_SPAN = 50  # characters after the verb that hold its next ``_PHRASE_WORDS`` words
_LOWER_LETTERS = re.compile(r"[a-z]+")


def event_term(lower: str, text: str = "", end: int = 0) -> str:
    """The stem a lower-case word is compared by: one stem for the verbs of ``_VERB_SENSES``, and for those
    of ``_PHRASE_SENSES`` when their phrase follows the word, which ends at ``text[end]``; for "voted", the
    act voted for (``_VOTED_TO``)."""
    term = short_stem(lower)
    if term == _VOTED and (voted_to := _VOTED_TO.match(text, end)) is not None:
        return event_term(voted_to.group(1))
    if term in _PHRASE_SENSES:
        phrase, sense = _PHRASE_SENSES[term]
        following = _LOWER_LETTERS.findall(text[end : end + _PHRASE_SPAN].lower())[:_PHRASE_WORDS]
        if any(tuple(following[i : i + len(phrase)]) == phrase for i in range(len(following))):
            return sense
    return _VERB_SENSES.get(term, term)


def looks_past(lower: str) -> bool:
    """Whether a lower-case word has the form of a verb in the past ("announced", "broke")."""
    return (lower.endswith("ed") and len(lower) > 4) or lower in dates.IRREGULAR_PAST


# Cached: context() is called once per value, and a long sentence holds many of them.
@functools.lru_cache(maxsize=256)
def _clause_breaks(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where each clause break of a sentence starts, and the offsets just past each, in order."""
    spans = [m.span() for m in _CLAUSE_BREAK.finditer(text)]
    return tuple(s for s, _ in spans), tuple(e for _, e in spans)


def _next_breaks(text: str, end: int) -> list[int]:
    """Where the first two clause breaks found by scanning from ``end`` start.

    Taken from the sentence's cached breaks: scanning on from ``end`` for every
    value read a long sentence with no punctuation to its end once per value.
    """
    starts, ends = _clause_breaks(text)
    index = bisect.bisect_left(starts, end)
    if index and ends[index - 1] > end:
        # A break (" - ") runs across ``end``: a scan from ``end`` may split
        # the text otherwise than the whole-sentence scan, so make that scan.
        return [m.start() for m in itertools.islice(_CLAUSE_BREAK.finditer(text, end), 2)]
    # The whole-sentence scan stopped at or before ``end`` and found nothing
    # starting before ``starts[index]``, so from ``end`` it finds the same breaks.
    return list(starts[index : index + 2])


def _clause_words(text: str, pos: int, clause_start: int, clause_end: int) -> Iterator[re.Match[str]]:
    """The clause's words (as ``_WORD`` splits ``text[clause_start:clause_end]``) from about ``pos`` on.

    A word can only hold letters and apostrophes or digits, commas and dots,
    so a scan starting inside a word finds a tail of it ending where the word
    does, and every later word as a scan from the clause start does. That first
    find is dropped; the words after it are the clause's own.
    """
    found = _WORD.finditer(text, pos, clause_end)
    if pos > clause_start:
        next(found, None)
    return found


def _excluded(match: re.Match[str], exclude: Sequence[tuple[int, int]]) -> bool:
    """Whether a word starts inside one of the spans to ignore."""
    return any(s <= match.start() < e for s, e in exclude)


def _window(
    text: str, start: int, end: int, clause: tuple[int, int], exclude: Sequence[tuple[int, int]]
) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """The ``WINDOW_WORDS`` words of the clause before and after the value, skipping ``exclude``.

    Read from a stretch of text around the value, widened until it holds
    enough words, not from the whole clause: a long line with no punctuation
    is one clause, and reading all of it for each of its values was quadratic.
    """
    clause_start, clause_end = clause
    reach = WINDOW_REACH
    while True:
        pos = max(clause_start, start - reach)
        before = []
        for match in _clause_words(text, pos, clause_start, clause_end):
            if match.end() > start:
                break
            if not _excluded(match, exclude):
                before.append(match)
        if len(before) >= WINDOW_WORDS or pos == clause_start:
            break
        reach *= 2
    after = (
        match
        for match in _clause_words(text, pos, clause_start, clause_end)
        if match.start() >= end and not _excluded(match, exclude)
    )
    return before[-WINDOW_WORDS:], list(itertools.islice(after, WINDOW_WORDS))


def context(
    text: str, start: int, end: int, exclude: Sequence[tuple[int, int]] = (), name_distance: int = 3
) -> Context:
    """The description of the value at ``text[start:end]`` from the words around it.

    Args:
        text: The sentence.
        start: Offset of the value in it.
        end: Offset one past the value.
        exclude: Other spans to ignore (quotes, the value's own unit).
        name_distance: How far (in words) a capitalised word still scopes the value.
    """
    # The clause ends at punctuation: ", injuring one firefighter" is another
    # fact. A value that opens its clause ("On Oct. 1, 2020, Teigen announced
    # ...") is followed by the comma of a fronted phrase, not a clause end.
    # The last break ending at or before the value; a break running past
    # ``start`` cannot begin a clause before it. Bisecting the sentence's
    # breaks, not scanning them, keeps a sentence with many values linear.
    clause_starts = _clause_breaks(text)[1]
    index = bisect.bisect_right(clause_starts, start)
    clause_start = clause_starts[index - 1] if index else 0
    # Only the next two breaks matter; listing all of them made a long sentence quadratic.
    breaks = _next_breaks(text, end)
    # Lazy: stops at the clause's first content word, not at the value.
    leading = all(m.group().lower() in STOP_WORDS for m in _WORD.finditer(text, clause_start, start))
    if leading and breaks and not text[end : breaks[0]].strip():
        breaks = breaks[1:]
    clause_end = breaks[0] if breaks else len(text)
    before, after = _window(text, start, end, (clause_start, clause_end), exclude)
    terms: set[str] = set()
    adjacent: set[str] = set()
    names: set[str] = set()
    surface: dict[str, str] = {}
    events: set[str] = set()
    for distance, match in [(len(before) - i, m) for i, m in enumerate(before)] + [
        (i + 1, m) for i, m in enumerate(after)
    ]:
        word = match.group()
        lower = word.lower()
        adds_value = lower in _ADDING and _TO_ADDED_FIGURE.fullmatch(text, match.end(), start) is not None
        if (
            word[0].isdigit()
            or (lower in STOP_WORDS and not adds_value)
            or lower in NUMBER_WORDS
            or len(word) < 3
        ):
            continue
        if word[0].isupper():
            if match.start() > 0 and distance <= name_distance:
                names.add(lower.removesuffix("'s").removesuffix("’s"))
            continue
        term = event_term(lower, text, match.end())
        if term in GENERIC_TERMS or (lower in REPORTING_VERBS and not adds_value):
            continue
        terms.add(term)
        surface.setdefault(term, word)
        if distance <= 3:
            adjacent.add(term)
            if looks_past(lower):
                events.add(term)
    return Context(
        frozenset(terms),
        frozenset(adjacent),
        frozenset(names),
        surface,
        frozenset(events),
        (clause_start, clause_end),
    )


class QuoteSpans:
    """The quotation spans of one article, to give each sentence the parts of them inside it.

    ``segment`` finds them left to right and they do not overlap, so a sentence's are looked up by
    bisection: testing every quotation of the article for each sentence made a long article quadratic.
    """

    def __init__(self, doc: Segmented) -> None:
        self._quotations = doc.quotations
        self._starts = [q.start for q in doc.quotations]
        self._ends = [q.end for q in doc.quotations]

    def __call__(self, sentence: Sentence) -> list[tuple[int, int]]:
        """The quotation spans inside ``sentence``, as offsets into the sentence text."""
        first = bisect.bisect_right(self._ends, sentence.start)
        last = bisect.bisect_left(self._starts, sentence.end)
        return [
            (max(q.start, sentence.start) - sentence.start, min(q.end, sentence.end) - sentence.start)
            for q in self._quotations[first:last]
        ]


def is_statement(text: str) -> bool:
    """Whether a sentence states something.

    Not a statement: a photo caption or credit, and text with no sentence end
    that is short (a heading, a dateline, a byline), carries a credit ("Gaza
    City July 31, 2014 (Reuters)") or is page furniture ("(Published Monday,
    Oct. 24, 2016)", "— Jane Doe (@jane) July 31, 2014").

    >>> is_statement("December 29, 2004"), is_statement("The toll rose to 80 on Dec. 29, 2004.")
    (False, True)
    """
    if is_caption(text):
        return False
    text = text.rstrip()
    bare = _TRAILING_PARENTHESIS.sub("", text)
    if _SENTENCE_END.search(text) or _SENTENCE_END.search(bare):
        return True
    return len(text.split()) >= HEADING_WORDS and bare == text and not _FURNITURE.search(text)


def is_stale(sentence_text: str) -> bool:
    """Whether the sentence reports a superseded figure ("earlier police said ...") outside a phrase that
    corrects it (see ``corrected_figures``)."""
    corrected = corrected_figures(sentence_text)
    return any(
        not any(start <= stale.start() < end for start, end in corrected)
        for stale in _STALE.finditer(sentence_text)
    )


def corrected_figures(sentence_text: str) -> list[tuple[int, int]]:
    """Spans of the phrases that name a figure the sentence corrects ("correcting an earlier figure of
    14"): the figure there is no statement of the sentence (see ``_CORRECTED_FIGURE``)."""
    return [match.span() for match in _CORRECTED_FIGURE.finditer(sentence_text)]


# Where words are said: a clause of these dates the saying, not an event ("at a news conference Tuesday, said").
_SPEAKING_OCCASION = re.compile(
    r"\b(?:news conference|press conference|briefing|interview|speaking|speech|statement|hearing)\b",
    re.IGNORECASE,
)


# A verb right after a date that a reporting verb two words before seems to govern makes the date the reported
# clause's: "The statistics office said inflation in February rose to 4.1 percent", "Officials said exports in
# January fell 3 percent" date the figures, as "Inflation in February rose" does; read as "police said Monday",
# they were left off the timeline (session 47's inflation story). "said police on Monday" and "told reporters on
# Friday it was ready" go on with no verb and keep their saying's date.
# "as Schumer said again Sunday, voted to cut Medicare" (DUC d30050t) dates the saying: an adverb between and a
# comma after the date keep it so.
_SAYING_ADVERBS = frozenset("again also later earlier late early then once still today yesterday".split())
_REPORTED_VERBS = dates.IRREGULAR_PAST | frozenset(
    "was were is are has have had will would rises falls grows stands".split()
)


def _reported_only(text: str, mention: dates.DateMention, words: Sequence[re.Match[str]]) -> bool:
    """Whether the date only says when something was said ("police said Monday").

    Args:
        text: The sentence.
        mention: A date in it.
        words: Every ``_WORD`` match of the sentence, found once for all its
            dates: re-scanning the text before each date made a long sentence
            with many dates quadratic.
    """
    stop = bisect.bisect_left(words, mention.start, key=lambda match: match.start())
    # A word running into the date is cut where the date starts, as slicing the text there would.
    before = [text[m.start() : min(m.end(), mention.start)] for m in words[max(0, stop - 2) : stop]]
    after = next(_WORD.finditer(text, mention.end), None)
    # "passed an inspection last Friday, according to the state Department of Labor" dates the inspection:
    # "according to" names a source, not a day anyone spoke (found by QA). So does a clause the comma closes:
    # "The minister, who visited the site on Tuesday, said ..." dates the visit (QA), unless the clause tells
    # where the words were said ("Maskhadov, at a news conference in Grozny Tuesday, said ...": dev, DUC).
    said_after = (
        after is not None
        and after.group() in REPORTING_VERBS
        and after.group() != "according"
        and (
            "," not in text[mention.end : after.start()]
            or _SPEAKING_OCCASION.search(text, text.rfind(",", 0, mention.start) + 1, mention.start)
            is not None
        )
    )
    return said_after or (
        any(w in REPORTING_VERBS for w in before) and not _reports_its_clause(text, mention, before, after)
    )


def _reports_its_clause(
    text: str, mention: dates.DateMention, before: Sequence[str], after: re.Match[str] | None
) -> bool:
    """Whether ``mention``, with a reporting verb two words ``before`` it and the word ``after`` it, belongs to
    the clause the saying reports: the word between is that clause's subject, not an adverb of the saying, and a
    verb follows the date with no comma (see ``_REPORTED_VERBS``)."""
    if (
        after is None
        or before[-1] in REPORTING_VERBS
        or before[-1] in _SAYING_ADVERBS
        or before[-1].endswith("ly")
        or "," in text[mention.end : after.start()]
    ):
        return False
    word = after.group()
    return word in _REPORTED_VERBS or (word.endswith("ed") and len(word) > 4 and word.islower())


def dated_facts(docs: Sequence[Segmented], *, sayings: bool = False) -> list[DatedFact]:
    """Every dated statement of a story.

    Skipped: dates inside quotations (a relative date there counts from when
    the words were said, not from the article date), dates that only tell
    when something was said ("officials said on Wednesday") unless ``sayings``
    asks for them too (marked ``said``), and sentences that state nothing
    (captions, datelines, headings: see ``is_statement``).
    """
    references = dates.references(docs)
    facts = []
    for index, doc in enumerate(docs):
        reference = references[doc.article.id]
        quote_spans = QuoteSpans(doc)
        for sentence in doc.sentences:
            if not is_statement(sentence.text):
                continue
            quotes = quote_spans(sentence)
            mentions = dates.find_dates(sentence.text, reference)
            words = list(_WORD.finditer(sentence.text)) if mentions else []
            for mention in mentions:
                if any(s <= mention.start < e for s, e in quotes):
                    continue
                said = _reported_only(sentence.text, mention, words)
                if said and not sayings:
                    continue
                facts.append(
                    DatedFact(
                        article_index=index,
                        article_id=doc.article.id,
                        sentence=sentence,
                        mention=mention,
                        said=said,
                        context=context(sentence.text, mention.start, mention.end, quotes),
                    )
                )
    return facts


def topic_terms(docs: Sequence[Segmented]) -> frozenset[str]:
    """Stems of the words found in more than ``TOPIC_SHARE`` of the story's sentences.

    A story's everywhere-words ("fire" in a fire story) say nothing about
    which fact or event a clause states.
    """
    counts: dict[str, int] = defaultdict(int)
    total = 0
    for doc in docs:
        for sentence in doc.sentences:
            total += 1
            for term in {short_stem(w) for w in LOWER_WORD.findall(sentence.text)}:
                counts[term] += 1
    return frozenset(
        term for term, count in counts.items() if count > TOPIC_SHARE * total and count >= TOPIC_MIN_COUNT
    )


def granularity(value: float) -> float:
    """The rounding step a written number suggests: 65 -> 5, 4,000,000 -> 1,000,000, 4.2 -> 0.1."""
    if value <= 0:
        return 1.0
    if value != int(value):
        decimals = len(repr(value).split(".")[1])
        return 10.0**-decimals
    step = 1.0
    number = int(value)
    while number % 10 == 0 and number:
        number //= 10
        step *= 10
    return step * 5 if number % 10 == 5 and number > 5 else step


# Minutes in a day: clock times are compared around midnight ("11.50pm" / "12.10am").
DAY_MINUTES = 24 * 60
# How far a clock time's words let it run (see ``ClockTime``), in minutes: a whole hour ("9pm") is a
# rounded time, half an hour either way; "around 9pm" is too; "shortly after 7pm" is within half an
# hour after it. Chosen so the QA's "around 9pm" / "shortly after 7pm" (/tmp/s20/qa/cases/rail) is
# two accounts of the derailment and "around 9pm" / "shortly after 9pm" one.
_CLOCK_ROUNDING = 30
# How far "about" lets a time told to the minute run, in minutes: an outlet that writes "at about 9.40am"
# knows the minute within a few, so another's "at about 10.40am" is another account, as "9.40am" / "10.40am"
# are (QA8's Porto tram story; tests/crosscheck/test_s26_xcheck.py), while "about 9.40am" / "9.45am" stay one.
_MINUTE_ROUNDING = 10
# Two clock times of one event whose allowed spans are less than this far apart are one account:
# outlets time an event to its report, its first call or its start ("10.40am" / "10.45am", "9pm" /
# "9.40pm"). A conflict is then at least two hours between whole hours.
CLOCK_GAP = 60
# Two times written to the minute with no looseness ("18:42" / "18:24") are one account only this close:
# an outlet that gives the minute read it off a log or a recorder, and a transposed minute digit (at
# least 9 minutes: the QA's derailment at 18:42 / 18:24, /tmp/s22/qa/stories/derailment.jsonl) is a
# disagreement, while a report and a first call five minutes apart ("10.40am" / "10.45am") are not.
EXACT_CLOCK_GAP = 9
# Zones as one: "GMT" and "UTC" are one clock; "hrs" marks a 24-hour time, no zone; "local time" is the clock a time
# with no zone is told in, so "7:15 a.m. local time" meets another outlet's "7:45 a.m." (the QA's bakery blast,
# tests/crosscheck/test_s40_numbers.py), and is shown without it, as one side with "7:15 a.m.".
_ZONES = {"utc": "GMT", "gmt": "GMT", "hrs": "", "local time": ""}
# A clock time with the looseness its words give: "about 10:40 a.m.", "shortly after 7pm", "9.05pm",
# "21:10", "2100 GMT", "midnight". A 24-hour time needs an hour past noon or a zone: "at 10:40" alone
# may be either half of the day. A time glued to a word, a slash or another time ("5/10", "2:15.3") is
# no clock time.
_CLOCK = re.compile(
    r"(?:\b(?P<qualifier>around|about|approximately|roughly|shortly\s+(?:after|before)"
    r"|just\s+(?:after|before)|soon\s+after)\s+(?:at\s+)?)?"
    r"(?<![\w.:/-])(?:"
    r"(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?\s?(?P<meridiem>[ap])\.?\s?m\b\.?"
    r"|(?P<zoned_hour>2[0-3]|[01]?\d)[:.]?(?P<zoned_minute>[0-5]\d)(?=\s?(?:GMT|UTC|hrs\b|local\s+time))"
    r"|(?P<late_hour>1[3-9]|2[0-3]):(?P<late_minute>[0-5]\d)(?![\d:.]\d)"
    r"|(?P<word>noon|midday|midnight)\b)"
    r"(?:\s?(?P<zone>GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT|ET|PT|hrs|local\s+time)\b)?"
)
# What every clock time holds: most sentences hold none, and this finds that four times faster than ``_CLOCK``.
_CLOCK_HINT = re.compile(
    r"\d(?:\s?[ap]\.?\s?m\b|[:.]?\d\d\s?(?:GMT|UTC|hrs\b|local)|:\d)|noon|midday|midnight"
)
# A time after these is a deadline, a span's end or a range's end ("by 9pm", "until midnight", "from
# 7pm to 9pm"), not when an event happened.
_NOT_AT = re.compile(
    r"\b(?:by|until|till|before|after|from|since|between|to|and|or|through)\s+$", re.IGNORECASE
)
# A time before these opens a range: "7pm-9pm", "7pm to 9pm".
_RANGE_ON = re.compile(r"\s*(?:-|–|to|and|until)\s*(?:\d|noon|midnight)", re.IGNORECASE)


@dataclass(frozen=True)
class ClockTime:
    """A clock time as written, and the minutes after midnight it allows.

    Attributes:
        stated: The time as written, with its looseness ("around 9pm").
        minute: The minute it names.
        low: The earliest minute its words allow (may be below 0: "around midnight").
        high: The latest (may pass ``DAY_MINUTES``).
        zone: The zone it is told in ("GMT", "local time"), empty when none.
        exact: Whether it is written with no looseness.
    """

    stated: str
    minute: int
    low: int
    high: int
    zone: str
    exact: bool

    def compatible(self, other: ClockTime) -> bool:
        """Whether the two times can tell one moment (in one zone; times of two zones always can)."""
        if self.zone != other.zone:
            return True
        # Both to the minute, or to about the minute (see ``EXACT_CLOCK_GAP``, ``_MINUTE_ROUNDING``).
        precise = max(self.high - self.low, other.high - other.low) <= 2 * _MINUTE_ROUNDING
        gaps = (
            max(self.low - (other.high + shift), other.low + shift - self.high)
            for shift in (-DAY_MINUTES, 0, DAY_MINUTES)
        )
        return min(gaps) < (EXACT_CLOCK_GAP if precise else CLOCK_GAP)


def find_clock_times(text: str) -> Iterator[tuple[int, int, ClockTime]]:
    """The clock times of a sentence that tell when something happened, with their offsets."""
    if not _CLOCK_HINT.search(text):
        return
    for match in _CLOCK.finditer(text):
        start = match.start("qualifier") if match.group("qualifier") else match.start()
        if not match.group("qualifier") and _NOT_AT.search(text, max(0, start - 10), start):
            continue
        if _RANGE_ON.match(text, match.end()):
            continue
        word = match.group("word")
        if word:
            minute = 0 if word == "midnight" else 12 * 60
            whole = True
        else:
            hour = int(match.group("hour") or match.group("zoned_hour") or match.group("late_hour"))
            minutes = match.group("minute") or match.group("zoned_minute") or match.group("late_minute")
            if match.group("meridiem"):
                hour = hour % 12 + (12 if match.group("meridiem").lower() == "p" else 0)
            minute = hour * 60 + int(minutes or 0)
            whole = not minutes or minutes == "00"
        qualifier = " ".join((match.group("qualifier") or "").lower().split())
        low = high = minute
        if whole:
            low, high = minute - _CLOCK_ROUNDING, minute + _CLOCK_ROUNDING
        elif qualifier in ("around", "about", "approximately", "roughly"):
            low, high = minute - _MINUTE_ROUNDING, minute + _MINUTE_ROUNDING
        if qualifier.endswith("after"):
            low, high = minute, minute + _CLOCK_ROUNDING
        elif qualifier.endswith("before"):
            low, high = minute - _CLOCK_ROUNDING, minute
        zone = " ".join((match.group("zone") or "").split())
        shown_end = match.start("zone") if zone.lower() == "local time" else match.end()
        yield (
            start,
            match.end(),
            ClockTime(
                stated=" ".join(text[start:shown_end].split()),
                minute=minute,
                low=low,
                high=high,
                zone=_ZONES.get(zone.lower(), zone.upper()),
                exact=not qualifier,
            ),
        )
