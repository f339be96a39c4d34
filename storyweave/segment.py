"""Split articles into sentences and quotation spans.

Sentence boundaries come from blingfire's finite-state splitter, which keeps
news abbreviations (Sept., U.S., Gov., St., Mo., p.m.) inside sentences. A
small repair pass mends what it still gets wrong on news text, each repair
sized on the dev sets: it re-joins a sentence that cannot start where
blingfire started it (after "Gov.", "Roe v." or a bare "A.", at a lowercase
word, a lone quote mark, or "Smith asked." after a quoted question), splits
sentences glued together without a space ("said.The") or run together before a
title ("Okafor said. Lt. Owen Castellano was treated"), and drops list
numbers ("1.") blingfire leaves as sentences. blingfire also ends Chinese and
Japanese sentences at 。！？, even inside a quotation; the repair gives the
closing quote it leaves at the start of the next sentence back to the
sentence it closes. Quotation spans are found separately, per paragraph, so
every sentence of a multi-sentence quote carries the id of the quotation it
is in and stays attributable to the speaker named around the quote.

Quotation marks of other conventions that English copy from European and wire
outlets keeps («guillemets» either way round, „german“, ‚single‘,
‹single guillemets›) are read as the curly marks they stand for
(:func:`curly_quotes`), so their quotes are split and found as curly ones are. So are the single marks
of an article that quotes in them, as British and Commonwealth copy does ('We will rebuild,' he said),
apostrophes (it's, the Joneses', rock 'n' roll, '90s, O'Neill) left as they are.
"""

from __future__ import annotations

import bisect
import ctypes
import logging
import re
import threading
from collections.abc import Iterable, Iterator, Sequence

import blingfire

from storyweave.model import Article, Quotation, Segmented, Sentence

logger = logging.getLogger(__name__)

# Titles and abbreviations written before a name or a number ("Gov. Parson", "St. Louis", "Sept. 30",
# "No. 3", "Roe v. Wade"): a period after one never ends a sentence. Abbreviations written after a name
# (states: "Boulder Creek, Calif."; "Corp.", "Jr.") are left out: they often end one, and on the dev sets
# every one of the 18 joins made after them ran two sentences together ('said Rep. Edward Pease, R-Ind.
# "I intend to follow it."'), while blingfire itself keeps "Microsoft Corp. Tuesday" whole.
_TITLES = (
    "Mr|Mrs|Ms|Dr|Gov|Sen|Sens|Rep|Reps|Gen|Lt|Col|Capt|Sgt|Cmdr|Adm|Maj|Brig|Prof|Rev|Hon|Pres|Supt"
    "|Det|Insp|St|Mt|Ft|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|No|Nos|Vol"
)
_BEFORE_A_NAME = re.compile(rf"\b(?:{_TITLES}|vs|v)\.$")
# The same titles opening a sentence after the full stop of a lowercase word ("... Okafor said. Lt. Owen
# Castellano was treated", "welcomed 1.1 million each. St. Kitts and Nevis earned"): blingfire runs the two
# sentences together when the title is followed by a name or a number, after some words ("said", "told",
# "each", "camp") though not after others ("added", "hospital"). Only a word all in lower case ends a clause
# for certain: "U.S. Rep. Jim", "Lt. Gov. Dan" and "4 p.m. Nov. 14" are abbreviations before a title ("vs.
# St. Louis" is rejoined by ``_continues``). The group is the gap to cut.
_TITLE_OPENS = re.compile(rf"\.(\s+)(?=(?:{_TITLES})\.\s+[A-Z0-9])")
_LOWERCASE_WORD = re.compile(r"[a-z]+(?:['\u2019-][a-z]+)*")
# A span that is only initials ("A.", "J. R."): the start of the next sentence ("A. Whitney Brown and Brian
# Unger left ..."), never a sentence of its own.
_INITIALS = re.compile(r"(?:[A-Z]\.\s?){1,3}")
# A span that is only a list number ("1.", "12.") labels the sentence after it. It is markup, as a bullet
# is, so it is left out of every sentence (a dateline is left out too): the numbered sentence keeps the
# text, and the embedding, it has when the list is written without numbers.
_LIST_NUMBER = re.compile(r"\d{1,3}\.")
# A quoted question or exclamation followed by who said it ('"That's your objection?" Warden asked.'):
# the attribution is the end of the sentence, not a sentence ('"Why?" He asked' is left alone: after a
# capitalised pronoun a new sentence is as likely). One to four capitalised words, a speech verb, then the
# end of the clause or a preposition: "Ms. Moseley-Braun said in an interview.", "Trump wrote on Twitter".
_CLOSING_QUOTES = '"\u201d\u2019'
_ATTRIBUTION_VERBS = (
    "said|says|asked|asks|wrote|writes|added|adds|told|tweeted|exclaimed|replied|recalled|shouted|yelled"
    "|continued|explained|insisted|wondered"
)
_NOT_ATTRIBUTION = "He|She|They|It|We|I|You|This|That|There|The|And|But|So|Then"
_ATTRIBUTION = re.compile(
    rf"(?!(?:{_NOT_ATTRIBUTION})\b)(?:[A-Z][\w'\u2019.-]*\s+){{1,4}}"
    rf"(?:{_ATTRIBUTION_VERBS})(?:[.,;:]|\s+(?:in|on|to|at|from|during|after|before|with|as"
    r"|via|about|later|then|[A-Z][a-z]+day)\b)"
)
# The same in a paragraph written all in capitals, as some wire feeds send them ('"WHY WOULD WE LEAVE?" ASKED
# MAYOR JANE DOE.'): the verb may come first, and no lower case tells a name from the verb.
_CAPITALS_ATTRIBUTION = re.compile(
    rf"(?!(?:{_NOT_ATTRIBUTION.upper()})\b)(?:[A-Z][A-Z'\u2019.-]*\s+){{0,4}}"
    rf"(?:{_ATTRIBUTION_VERBS.upper()})(?:[.,;:]|\s)"
)
# A clock time ending a sentence ("began at 9 p.m. Firefighters arrived", "at about 4 a.m. A spokesman said"):
# blingfire keeps "p.m." inside a sentence before any capitalised word but "The". What may follow a time in its
# own sentence is cut out: a weekday or month ("4 p.m. Tuesday", "4 p.m. Nov. 14"), a time zone ("p.m. ET",
# "EDT", "GMT", "UTC", "Eastern") or a place's time ("p.m. Beijing time", "P.M. China Standard Time"). The group
# is the gap to cut.
_CLOCK_ENDS = re.compile(
    r"\b[aApP]\.[mM]\.(\s+)(?=[A-Z])"
    r"(?!(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b"
    r"|(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\b"
    r"|(?:[A-Z]{1,3}[SD]?T|UTC|Z)\b|(?:Eastern|Central|Mountain|Pacific|Atlantic|Greenwich)\b"
    r"|(?:[A-Z][\w'\u2019-]*\s+){1,3}[Tt]ime\b)"
)
# A live blog's time stamp opening a paragraph ("12:55 A.M. Hamas says it will abide by the truce") stays with the
# entry it stamps: cut off, it would be a sentence of no words.
_CLOCK_STAMP = re.compile(r"\s*\d{1,2}(?::\d{2})?\s*[aApP]\.[mM]\.")
# Missed boundaries: a sentence glued to the next without a space ("kidney reflux.This is", "on Dec. 26.Cosme",
# "two-year period.A Maxton", "lawmakers.\u201cAll"; three lowercase letters or two digits first, so "U.S.Army",
# "Mr.Smith" and web addresses are left alone; a straight quote between is left alone too, as it may open or
# close), and a quoted reply right after a quoted question in dialogue ("Daily Show?\u201d \u201cWell, it's").
# The group is the gap to cut out. Each alternative starts with the stop, not a lookbehind: a lookbehind tried
# at every character made this scan cost as much as blingfire itself.
_MISSED_BOUNDARY = re.compile(
    "[.!?](?:(?<=[a-z]{3}[.!?])|(?<=[0-9]{2}[.!?]))[\u201d\u2019]?()(?=[\u201c\u2018]?[A-Z](?:[a-z]|\\s))"
    "|[.!?]\u201d(\\s+)(?=\u201c)"
)
# A full stop, white space, then a capital blingfire does not split at: any capital outside ASCII ("on Monday.
# Émile Garnier", "roulé. À la gare", "ended. Ó Briain", "Åsa"), and after a lowercase word it takes for an
# abbreviation (German "lehnt die Pläne weiterhin ab. Die Verhandlungen"). The group is the gap to cut; the word
# before the stop is checked by ``_stop_ends_sentence``.
_STOP_BEFORE_LETTER = re.compile(r"\.(\s+)(?=[^\W\d_])")
# Abbreviations that are whole words, which the stop after does not end a sentence (``_BEFORE_A_NAME`` has the
# English titles): written before a name in Spanish, French and German copy ("Sra. Álvarez", "Hr. Özdemir",
# "Mgr. Éric"), after one ("Jr.", "Corp."), or before a number or a noun ("ca. Eine Stunde", "sog. Dublin").
_WORD_ABBREVIATIONS = frozenset(
    "Jr Sr Sra Srta Dra Dña Inc Corp Co Ltd Bros Esq Hr Fr Nr Abs Str Dipl Ing Mag Mme Mlle Mgr Av Avda Ste"
    " ca approx aprox cf vgl bzw ggf sog resp env".split()
)
# A span without a word (a lone closing quote, "[...]") belongs to a neighbour: to the next sentence when it
# opens something, else to the one before.
_WORD = re.compile(r"\w")
_OPENING = '"\u201c\u2018[('

# A dateline opening the first paragraph ("NAIROBI, Kenya (AP) _ ",
# "Washington (CNN) -- ", "WASHINGTON — ", "ALBANY, NY (NEWS 10) – ", "CAIRO—The ...") says where the story was
# filed; it is not part of the first sentence. A place in capitals or a news agency in brackets marks it, so
# "The Senate — in a vote ..." is left alone. An agency's mark needs no dash after it, nor a place before it:
# "Seoul (CNN)North and South Korean athletes ...", "(CNN) A woman killed ..." (Multi-News dev).
_DATELINE_DASH = r"\s*(?:(?:_|--|\u2014|\u2013|-)\s+|\u2014(?=[A-Z]))"
# A wire's filing date after the place: "KYIV, March 14 (Reuters) - ", "KEST, Oct 6 - " (the war and dates desks'
# planted wires, whose dateline was the first sentence's and dated a timeline entry of its own). Not with a year: "MONDAY,
# Jan. 25, 2016 (HealthDay News) --" is a date alone, whose year a month-day of the article takes (Multi-News dev).
_DATELINE_DATE = r"(?:,?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?"
_DATELINE = re.compile(
    rf"^(?:[A-Z][A-Z.'-]+(?:[ ,]+[A-Z][A-Za-z.'-]*)*{_DATELINE_DATE}\s*(?:\([A-Za-z0-9. ]{{2,25}}\))?"
    rf"{_DATELINE_DASH}"
    rf"|(?:[A-Z][A-Za-z.'-]+(?:[ ,]+[A-Z][A-Za-z.'-]*)*{_DATELINE_DATE}\s*)?"
    r"\((?:AP|Reuters|AFP|CNN|UPI|Bloomberg|dpa|Xinhua)\)"
    rf"(?:{_DATELINE_DASH}|\s*))(?=\S)"
)
# Chinese and Japanese sentence ends. blingfire splits right after them even
# inside a quotation (他说：“我们会赢。”然后离开。), so the closing marks that
# follow open the next sentence; they belong to the sentence they close. It
# does the same with a curly closing quote after an English ellipsis
# ("so beyond anything ... \u201d He brushed it off"), which cannot open a sentence.
_FULL_STOPS = "。！？"
_CLOSING_MARKS = re.compile(r"([\u201d\u2019」』）)]+)\s*")
_OPENERS = "\u201c"
_CLOSERS = "\u201d"
_STRAIGHT = '"'
_QUOTE_MARK = re.compile('["\u201c\u201d]')

# Quotation marks of other conventions, and the curly marks they stand for. Guillemets open with « in French
# and Italian copy and with » in German and Danish; a paragraph's first guillemet says which (a » that opens is
# written against its word: "Home » News" and "More »" are arrows, not quotes). „ and ‚ open and close with
# “ or ” and ‘ or ’. A quotation opened inside another is an inner one, as ‘ ’ are in English.
_FOREIGN_MARK = re.compile("[\u00ab\u00bb\u2039\u203a\u201e\u201a]")
_ANY_MARK = re.compile("[\u00ab\u00bb\u2039\u203a\u201e\u201a\u201c\u201d\u2018\u2019\n]")
_GUILLEMET_PAIRS = {"\u00ab": "\u00ab", "\u00bb": "\u00ab", "\u2039": "\u2039", "\u203a": "\u2039"}
_FORWARD_CLOSER = {"\u00ab": "\u00bb", "\u2039": "\u203a"}
# The marks that close a quotation each opener opens; an English “ is followed so that a foreign mark inside
# it is an inner one (“He said ‚no‘”).
_CLOSED_BY = {"\u201e": "\u201c\u201d", "\u201a": "\u2018\u2019", "\u201c": "\u201d"}
_OUTER, _INNER = "\u201c\u201d", "\u2018\u2019"


def curly_quotes(text: str) -> str:
    """``text`` with each quotation mark of another convention written as the curly mark it stands for.

    «A», »A«, „A“, ‚A‘ and ‹A› become “A”; a quotation inside another becomes
    ‘A’ („He said ‚no‘“ is “He said ‘no’”). An article that quotes in single marks, as British copy does
    (:func:`_british_quotes`), has them written as double ones and its quotes within quotes as single ones.
    The marks of American quotes are left as they are, and so is every other character, so offsets into
    ``text`` hold in the result. A quote left open ends with its line.

    >>> curly_quotes("»Nein«, sagte er. „Er sagte ‚nein‘“.\\n«Non», a-t-il dit.")
    '“Nein”, sagte er. “Er sagte ‘nein’”.\\n“Non”, a-t-il dit.'
    >>> curly_quotes("‘It’s the Joneses’ “dream” home,’ he said.")
    '“It’s the Joneses’ ‘dream’ home,” he said.'
    """
    if _FOREIGN_MARK.search(text) is not None:
        text = _foreign_made_curly(text)
    return _british_quotes(text) if _may_open_single_quotes(text) else text


def _may_open_single_quotes(text: str) -> bool:
    """Whether a single mark in ``text`` could open a quote, as in :func:`_single_quoted_spans`.

    Most American copy has none (its single marks are apostrophes) and is passed over without reading its
    quotes line by line (0.8 ms of a DUC cluster's summary). Marks before a word are few, so they are found
    first and the character before each checked after: one regular expression with a look-behind for it took
    6x as long (/tmp/h8/segprof.py, the DUC dev articles).
    """
    for mark in _SINGLE_BEFORE_WORD.finditer(text):
        before = text[mark.start() - 1 : mark.start()]
        if not before or before.isspace() or before in _BEFORE_OPENING:
            return True
    return False


def _foreign_made_curly(text: str) -> str:
    """``text`` with guillemets, „ “, ‚ ‘ and ‹ › written as curly marks (see :func:`curly_quotes`)."""
    chars = list(text)
    open_marks: list[tuple[str, str]] = []  # (the marks that close it, the curly pair it is written as)
    openers: dict[str, str] = {}  # the mark that opens, per guillemet pair, in this line
    for match in _ANY_MARK.finditer(text):
        i, char = match.start(), match.group()
        if char == "\n":
            open_marks.clear()
            openers.clear()
            continue
        following = text[i + 1 : i + 2]
        closes = bool(open_marks) and char in open_marks[-1][0]
        pair = _GUILLEMET_PAIRS.get(char)
        if pair and pair not in openers:
            if char != pair and not following.strip():
                continue  # "More »", "Home » News": an arrow, not a quote
            openers[pair] = char
        if pair:
            opens = char == openers[pair]
            closers = _FORWARD_CLOSER[pair] if openers[pair] == pair else pair
        else:
            opens, closers = char in _CLOSED_BY and not closes, _CLOSED_BY.get(char, "")
        if opens and open_marks and open_marks[-1][0] == closers:
            chars[i] = open_marks[-1][1][0]  # the same mark again: the open quote was never closed
        elif opens:
            open_marks.append((closers, _INNER if open_marks else _OUTER))
            chars[i] = open_marks[-1][1][0]
        elif closes and not (char == "\u2019" and text[i - 1 : i].isalpha() and following.isalpha()):
            # (A right single quote between letters is an apostrophe: ‚Don’t‘.)
            chars[i] = open_marks.pop()[1][1]
    return "".join(chars)


# British and Commonwealth copy (BBC, Guardian, Independent) quotes in single marks and puts a quote within a
# quote in double ones: 'We will rebuild,' he said. A single mark between letters or digits is an apostrophe
# (it's, O'Neill); one that opens is written after a space or an opening mark and before a word; one that
# closes after a word and before no letter or digit. One after an "s" and before a space may be a plural's
# possessive ("the Joneses' house") and closes only when no other closing mark comes before the next opening
# mark or the line's end; every other one closes ("...,' he said", "'a disgrace' and").
_SINGLE_MARK = re.compile("['\u2018\u2019]")
_SINGLE_OPENERS, _SINGLE_CLOSERS = "'\u2018", "'\u2019"
_BEFORE_OPENING = '([{\u201c"\u2014\u2013-/'
_POSSESSIVE_ENDS = "sSzZ"
# Marks that elide rather than quote: the pair around the "n" of rock 'n' roll, and the one before a decade
# ('90s); searched in the six characters around a mark.
_ELISION = re.compile("['\u2018\u2019][nN]['\u2018\u2019]|['\u2018\u2019][0-9]0s")
_OPENS_A_LINE = re.compile("['\u2018](?=\\S)")
# A single mark before a word, which may open a quote (see _single_quoted_spans).
_SINGLE_BEFORE_WORD = re.compile("['\u2018](?=\\S)")


def _single_quoted_spans(line: str, runs_on: bool) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of each quotation in single marks in one line, marks included.

    One pass over the marks. A quote left open runs on to the next paragraph, as in news style, when that
    paragraph opens with a quote (``runs_on``) or when it opened the line and nothing may close it; any
    other opening mark nothing closes elides.
    """
    spans: list[tuple[int, int, bool]] = []
    open_at: int | None = None
    maybe_closes: int | None = None  # the first possessive-like closing mark since open_at
    for mark in _SINGLE_MARK.finditer(line):
        i, char = mark.start(), mark.group()
        before, after = line[i - 1 : i], line[i + 1 : i + 2]
        # A mark right after the opening one and before a word elides that word's start: ''Tis, ‘’Cause, ''Em.
        elides_after_opening = open_at == i - 1 and after.isalnum()
        if (
            (before.isalnum() and after.isalnum())
            or elides_after_opening
            or _ELISION.search(line, max(i - 2, 0), i + 4)
        ):
            continue
        if char in _SINGLE_OPENERS and (not before or before.isspace() or before in _BEFORE_OPENING):
            if after and not after.isspace() and open_at is None:
                open_at, maybe_closes = i, None
            elif after and not after.isspace() and open_at is not None and maybe_closes is not None:
                spans.append((open_at, maybe_closes + 1, True))
                open_at, maybe_closes = i, None
        elif char in _SINGLE_CLOSERS and open_at is not None and before and not before.isspace():
            if before not in _POSSESSIVE_ENDS or not after.isspace():
                spans.append((open_at, i + 1, True))
                open_at = None
            elif maybe_closes is None:
                maybe_closes = i
    if open_at is not None and (runs_on or (maybe_closes is None and not line[:open_at].strip())):
        spans.append((open_at, len(line), False))
    elif open_at is not None and maybe_closes is not None:
        spans.append((open_at, maybe_closes + 1, True))
    return spans


def _outside(spans: Sequence[tuple[int, int]], others: Sequence[tuple[int, int]]) -> list[bool]:
    """Whether each of ``spans`` lies outside every one of ``others`` (both in order, neither overlapping)."""
    starts = [start for start, _ in others]
    outside = []
    for start, end in spans:
        k = bisect.bisect_right(starts, start) - 1
        outside.append(k < 0 or others[k][1] < end)
    return outside


def _british_quotes(text: str) -> str:
    """``text`` with its quotes written in double marks when it quotes in single ones, as British copy does.

    An article quotes in single marks when more of its quotations are in single marks than in double ones,
    a quote within another not counted: a headline in single marks over an article in double ones
    (The Guardian's style) is left as written. Offsets hold.
    """
    lines = [(match.start(), match.group()) for match in re.finditer(r"[^\n]*\S[^\n]*", text)]
    found = []
    singles = doubles = 0
    for n, (line_start, line) in enumerate(lines):
        runs_on = n + 1 < len(lines) and _OPENS_A_LINE.match(lines[n + 1][1].lstrip()) is not None
        single = _single_quoted_spans(line, runs_on)
        double = _quotation_spans(line)
        outer_single = _outside([(s, e) for s, e, _ in single], double)
        outer_double = _outside(double, [(s, e) for s, e, _ in single])
        singles += sum(outer_single)
        doubles += sum(outer_double)
        found.append((line_start, line, single, outer_single, double, outer_double))
    # A majority, not any single-marked quote: American copy puts a headline or a nickname in single marks
    # now and then. On the dev sets 4 of 1,225 articles quote mostly in single marks (glosses and scare
    # quotes: 'soften up', 'terrorist methodology'), and each reads right as quotes.
    if singles <= doubles:
        return text
    logger.debug("quotes in single marks: %d of them, %d in double ones", singles, doubles)
    chars = list(text)
    for line_start, line, single, outer_single, double, outer_double in found:
        for (start, end, closed), outer in zip(single, outer_single, strict=True):
            if outer:
                chars[line_start + start] = _OUTER[0]
                if closed:
                    chars[line_start + end - 1] = _OUTER[1]
        for (start, end), outer in zip(double, outer_double, strict=True):
            if not outer:
                chars[line_start + start] = _INNER[0]
                if end - 1 > start and line[end - 1] in '"\u201d':
                    chars[line_start + end - 1] = _INNER[1]
    return "".join(chars)


# A line with no final stop and at most this many words is a label, not the story's first paragraph.
_LABEL_WORDS = 8


def _is_label(paragraph: str) -> bool:
    """Whether ``paragraph`` is a label over the story ("Norland Daily", "WORLD NEWS"), not a paragraph of it."""
    return paragraph[-1:] not in '.!?"”’)' and len(paragraph.split()) <= _LABEL_WORDS


def dateline_length(text: str) -> int:
    """Characters of the dateline opening ``text`` ("NAIROBI, Kenya (AP) _ "), 0 when it has none."""
    match = _DATELINE.match(text)
    return match.end() if match else 0


def _paragraph_spans(text: str) -> Iterable[tuple[int, int]]:
    """Yield (start, end) of each non-blank line; a line is a paragraph."""
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        stripped = line.strip()
        if stripped:
            start = match.start() + (len(line) - len(line.lstrip()))
            yield start, start + len(stripped)


# blingfire's own ``text_to_sentences`` (0.1.8, pinned) makes a ctypes array type and buffer for each call,
# half the time of its calls on news paragraphs (DUC dev: 2.4 -> 1.3 ms per cluster). The same C function
# is called here with a buffer kept per thread, of this many bytes; a longer paragraph gets one of its own.
_SENTENCE_BUFFER_BYTES = 1 << 16
_buffers = threading.local()


def _blingfire_sentences(paragraph: str) -> str:
    """``blingfire.text_to_sentences(paragraph)``: the sentences, one a line ("" when blingfire fails)."""
    data = paragraph.encode("utf-8")
    size = 2 * len(data)  # the output room blingfire's wrapper allows
    if size > _SENTENCE_BUFFER_BYTES:
        buffer = ctypes.create_string_buffer(size)
    elif (buffer := getattr(_buffers, "sentences", None)) is None:
        buffer = _buffers.sentences = ctypes.create_string_buffer(_SENTENCE_BUFFER_BYTES)
    written = blingfire.blingfire.TextToSentences(data, len(data), buffer, size)
    if written == -1 or written > size:
        return ""
    # Up to the first NUL, as the wrapper reads its zeroed buffer: ``written`` counts the closing NUL.
    return ctypes.string_at(buffer, written).partition(b"\0")[0].decode("utf-8")


def _blingfire_offsets(paragraph: str) -> list[tuple[int, int]]:
    """blingfire's sentence offsets, located in the paragraph.

    ``text_to_sentences_and_offsets`` converts byte offsets in Python and
    costs a third of a summary's time; the sentences themselves come from C
    and are verbatim slices but for runs of white space, so they are found
    with ``str.find`` and the slow call is kept for paragraphs where that fails.
    """
    offsets, cursor = [], 0
    for sentence in _blingfire_sentences(paragraph).split("\n"):
        start = paragraph.find(sentence, cursor)
        if start < 0:
            return blingfire.text_to_sentences_and_offsets(paragraph)[1]
        offsets.append((start, start + len(sentence)))
        cursor = start + len(sentence)
    return offsets


# A "sentence" longer than this is no prose (a list, a table, a line without punctuation). It is cut into
# pieces no longer, so that the work later stages do per sentence stays bounded: one unpunctuated line of
# 52,000 words took the cross-check minutes. The longest sentence of the four dev sets has 487 words.
_MAX_SENTENCE_WORDS = 600
# White space wider than this inside a sentence is layout (a table's columns, a pasted form), not the space
# between two words: the sentence is cut there too. The cut also keeps the cross-check linear: the speaker
# frame of crosscheck/conflicts.py (`_SPEAKER_FRAME`, whose lazy speaker run takes spaces) costs the square of
# a run's length: without the cut, one sentence with a run of 100,000 spaces took 91 s CPU of a report (the
# statement check's square cost is gone: tests/test_s28_ops.py). No dev sentence has a run of more than one
# character, so the cut changes no dev sentence.
_MAX_GAP = 40
_WIDE_GAP = re.compile(rf"\s{{{_MAX_GAP + 1}}}")
_WORD_RUN = re.compile(r"\S+")
# Where an over-long run of words is best cut, best first: after a semicolon, else after a comma.
_PIECE_ENDS = ";,"


def _bounded(paragraph: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans``, each cut at white space wider than ``_MAX_GAP`` and into pieces of ``_MAX_SENTENCE_WORDS``
    words at most (:func:`_word_pieces`)."""
    bounded = []
    for start, end in spans:
        # Each word takes at least two characters with its space: a shorter span cannot have too many words.
        if end - start < 2 * _MAX_SENTENCE_WORDS and _WIDE_GAP.search(paragraph, start, end) is None:
            bounded.append((start, end))
            continue
        words = [(m.start(), m.end()) for m in _WORD_RUN.finditer(paragraph, start, end)]
        run_start = 0
        for n in range(1, len(words) + 1):
            if n == len(words) or words[n][0] - words[n - 1][1] > _MAX_GAP:
                bounded.extend(_word_pieces(paragraph, words[run_start:n]))
                run_start = n
    return bounded


def _word_pieces(paragraph: str, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of pieces of ``words`` (their offsets in ``paragraph``) of at most ``_MAX_SENTENCE_WORDS``
    words, each cut after the last word of its second half that ends in a semicolon, else a comma, else after
    its last word."""
    pieces = []
    first = 0
    while first < len(words):
        cut = min(first + _MAX_SENTENCE_WORDS, len(words))
        if cut < len(words):
            half = first + _MAX_SENTENCE_WORDS // 2
            for mark in _PIECE_ENDS:
                ends = [k + 1 for k in range(cut - 1, half - 1, -1) if paragraph[words[k][1] - 1] == mark]
                if ends:
                    cut = ends[0]
                    break
        pieces.append((words[first][0], words[cut - 1][1]))
        first = cut
    return pieces


def _ends_a_clause(paragraph: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` follows a word all in lower case (``_TITLE_OPENS``)."""
    return _LOWERCASE_WORD.fullmatch(paragraph, paragraph.rfind(" ", 0, stop) + 1, stop) is not None


def _stop_ends_sentence(paragraph: str, stop: int, capital: str) -> bool:
    """Whether the full stop at ``stop``, before the letter ``capital`` (``_STOP_BEFORE_LETTER``), ends a sentence.

    The word before must be a word of two letters or more, no abbreviation or title: "J." (an initial), "p.m.",
    "U.S." and "3." (a German ordinal, "am 3. Oktober") are left alone. Before an ASCII capital blingfire has
    already split after every word it does not take for an abbreviation; its mistakes there are lowercase
    words ("ab."), so a capitalised word ("Corp. Tuesday", "Rom. Die") is left to it.
    """
    word = paragraph[paragraph.rfind(" ", 0, stop) + 1 : stop]
    return (
        capital.isupper()
        and len(word) > 1
        and word.isalpha()
        and (not capital.isascii() or word.islower())
        and word not in _WORD_ABBREVIATIONS
        and _BEFORE_A_NAME.search(paragraph, stop - len(word), stop + 1) is None
    )


def _cuts_before_capitals(paragraph: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The gaps to cut inside ``spans`` where a sentence ends before a capital (``_STOP_BEFORE_LETTER``).

    Searched span by span, inside each: one scan of the paragraph finds the stop that ends every sentence
    and cost 3% of segmenting the dev articles, the search per span 1.4% (process time, session 28).
    """
    cuts = []
    for start, end in spans:
        match = _STOP_BEFORE_LETTER.search(paragraph, start, end)
        while match is not None:
            if _stop_ends_sentence(paragraph, match.start(), paragraph[match.end()]):
                cuts.append(match.span(1))
            match = _STOP_BEFORE_LETTER.search(paragraph, match.end(), end)
    return cuts


def _cut_at_missed_boundaries(paragraph: str, spans: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """``spans``, each cut where blingfire missed a boundary (``_MISSED_BOUNDARY``, ``_TITLE_OPENS``, ``_CLOCK_ENDS``,
    ``_STOP_BEFORE_LETTER``)."""
    cuts = [match.span(match.lastindex) for match in _MISSED_BOUNDARY.finditer(paragraph)]
    titles = [
        match.span(1)
        for match in _TITLE_OPENS.finditer(paragraph)
        if _ends_a_clause(paragraph, match.start())
    ]
    clocks = (
        [
            match.span(1)
            for match in _CLOCK_ENDS.finditer(paragraph)
            if not _CLOCK_STAMP.fullmatch(paragraph, 0, match.start(1))
        ]
        if ".m." in paragraph or ".M." in paragraph
        else []
    )
    capitals = _cuts_before_capitals(paragraph, spans)
    if titles or clocks or capitals:
        cuts = sorted(cuts + titles + clocks + capitals)
    if not cuts:
        yield from spans
        return
    for start, end in spans:
        for cut_start, cut_end in cuts:
            if start < cut_start and cut_end < end:
                yield start, cut_start
                start = cut_end
        yield start, end


def _continues(previous: str, text: str) -> bool:
    """Whether ``text``, which blingfire split off after ``previous``, is the rest of that sentence.

    On the dev sets each case below was a wrong split every time it was looked at: no sentence starts with
    a lowercase letter (blingfire starts one after a quoted question or exclamation: '"Why wasn't I
    there?" | sobbed a young woman', 27 times), none ends with a title or "v." (9 times "Roe v." | "Wade")
    or is only initials ("A."), and 10 attributions were cut from their quoted question. Only the last
    word of ``previous`` can be the abbreviation: searching all of it took a sixth of the time of segmenting.
    """
    return (
        text[0].islower()
        or _BEFORE_A_NAME.search(previous.rpartition(" ")[2]) is not None
        or _INITIALS.fullmatch(previous) is not None
        or (
            previous[-1] in _CLOSING_QUOTES
            and previous.rstrip(_CLOSING_QUOTES)[-1:] in ("?", "!")
            and (
                _ATTRIBUTION.match(text) is not None
                or (text.isupper() and _CAPITALS_ATTRIBUTION.match(text) is not None)
            )
        )
        or (_WORD.search(text) is None and text[0] not in _OPENING)
        or (_WORD.search(previous) is None and previous[0] in _OPENING)
    )


def _sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets inside one paragraph, none longer than ``_MAX_SENTENCE_WORDS`` words."""
    spans: list[tuple[int, int]] = []
    for start, end in _cut_at_missed_boundaries(paragraph, _blingfire_offsets(paragraph)):
        # blingfire returns one empty sentence for a paragraph it reads as blank: what a dateline leaves of
        # "WASHINGTON — \ufeff", a byte-order mark pasted mid-text. A list number is no sentence either.
        if start == end or _LIST_NUMBER.fullmatch(paragraph, start, end):
            continue
        if spans and (paragraph[spans[-1][1] - 1] in _FULL_STOPS or paragraph[start] == _CLOSERS):
            closing = _CLOSING_MARKS.match(paragraph, start, end)
            if closing:
                spans[-1], start = (spans[-1][0], closing.end(1)), closing.end()
                if start == end:
                    continue
        if spans and _continues(paragraph[spans[-1][0] : spans[-1][1]], paragraph[start:end]):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    # A wordless opening mark left at the end of a paragraph ("... is ongoing. \u201c") has no sentence to open.
    if len(spans) > 1 and _WORD.search(paragraph, *spans[-1]) is None:
        spans[-2:] = [(spans[-2][0], spans[-1][1])]
    return _bounded(paragraph, spans)


def _quotation_spans(paragraph: str) -> list[tuple[int, int]]:
    """(start, end) of each double-quoted span in a paragraph, quote marks included.

    Curly quotes say which way they face; a straight quote opens when no quote
    is open and closes otherwise. News style leaves a quote that runs on into
    the next paragraph unclosed, so an open quote ends with its paragraph.
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for mark in _QUOTE_MARK.finditer(paragraph):
        i, char = mark.start(), mark.group()
        if char in _OPENERS or (char == _STRAIGHT and open_at is None):
            if open_at is not None and i - open_at > 1:
                spans.append((open_at, i))
            open_at = i
        elif (char in _CLOSERS or char == _STRAIGHT) and open_at is not None:
            spans.append((open_at, i + 1))
            open_at = None
    if open_at is not None and len(paragraph) - open_at > 1:
        spans.append((open_at, len(paragraph)))
    return spans


def segment(article: Article) -> Segmented:
    """Split one article into sentences and quotation spans.

    Args:
        article: A (cleaned) article; offsets index into ``article.text``.

    Returns:
        The article with its sentences (ids ``"{article.id}#{n}"``) and its
        quotations (ids ``"{article.id}@q{n}"``); every sentence that overlaps a
        quotation carries that quotation's id.
    """
    text = article.text
    # Sentences and quotes are found in the text with curly quotation marks; they keep the text as written.
    curly = curly_quotes(text)
    sentences: list[Sentence] = []
    quotations: list[Quotation] = []
    # Whether only labels came before: a dateline opens the story's first paragraph, after any line naming the
    # outlet or its section ("Norland Daily" over "KESTREL FALLS, Norland — The first sign ...").
    only_labels = True
    for paragraph_index, (par_start, par_end) in enumerate(_paragraph_spans(text)):
        if only_labels:
            par_start += dateline_length(text[par_start:par_end])
        only_labels = only_labels and _is_label(text[par_start:par_end])
        paragraph = curly[par_start:par_end]
        par_quotes = []
        for q_start, q_end in _quotation_spans(paragraph):
            quote = Quotation(
                id=f"{article.id}@q{len(quotations)}",
                article_id=article.id,
                start=par_start + q_start,
                end=par_start + q_end,
                text=text[par_start + q_start : par_start + q_end],
            )
            quotations.append(quote)
            par_quotes.append(quote)
        for s_start, s_end in _sentence_spans(paragraph):
            start, end = par_start + s_start, par_start + s_end
            inside = next((q.id for q in par_quotes if q.start < end and start < q.end), None)
            sentences.append(
                Sentence(
                    id=f"{article.id}#{len(sentences)}",
                    article_id=article.id,
                    index=len(sentences),
                    start=start,
                    end=end,
                    text=text[start:end],
                    paragraph=paragraph_index,
                    quotation=inside,
                )
            )
    return Segmented(article=article, sentences=tuple(sentences), quotations=tuple(quotations))
