"""Names that outlets spell differently: "Marisol Okafor" in one, "Marisol Okafur" in another.

Precision comes first, so a name conflict is only reported when:

1. Two person names of the story spell a word of the name by a small edit
   (a surname "Okafor" / "Okafur", a swap "Gouming" / "Guoming", a
   transliteration "Goeran" / "Goren"; same first letter, and not a letter
   added at the end, which makes another name: "Daniel" / "Daniela"; but a
   transliterated "Ye" / "E" at the start or "ah" / "a" at the end is one
   name: "Yelena" / "Elena", "Khalifah" / "Khalifa", and so is a final
   consonant doubled after the same given names: "Hendrik Vossel" /
   "Hendrik Vossell"), and
   the rest of the name says they are one person: the same rest word for
   word, each word the same or spelt another way and one at least the same
   ("Qin Qinguo" / "Qin Qingguo", "Mohammed Sidique Khan" / "Mohammad
   Siddique Khan"), or the same specific title or role right before the
   names ("Fire Chief Okafor" / "Fire Chief Okafur"). Generic courtesy
   titles ("Mr.", "Dr.") do not tell people apart, so they do not count.
   A surname written alone is the person another outlet names in full
   when both are described alike right by the name ("Viktor Halloran, who
   came third," / "Haloran, who came third,"), and two people described
   as different things ("Analyst Anna Berglund" / "Anne Berglund, a
   fisherman's wife") are not one.
   A surname with another first letter and the rest alike is one name
   only after the same given names and the same specific title ("Judge
   Harriet Coyle" / "Judge Harriet Doyle").
2. Every article is consistent: each side's articles write only their own
   spelling. An article that writes both (a one-off typo, or two relatives
   "Joan" and "John") knows them as its own business, and the pair is skipped.
3. Both spellings are long enough that one letter is a misspelling rather
   than another name ("Joan" / "John", "Lee" / "Lew" are different people).
   Where every other word of the name is written the same ("Isla Hernandez"
   / "Ilsa Hernandez", "Shahzad Tanweer" / "Shezhad Tanweer"), the rest of
   the name vouches for the person, and a four-letter word one edit apart or
   a longer one two edits apart is a misspelling too, unless the story's
   pronouns give the two names different genders ("Joan Smith" / "John
   Smith" may be a couple).
4. The two are not one spelling in German letters and their standard ASCII
   form ("Krähenbühl" / "Kraehenbuehl"), with and without accents ("Sánchez"
   / "Sanchez", "Søren" / "Soren"), with and without a hyphen
   ("Inter-American" / "Interamerican"), or in British and American spelling
   ("Defence" / "Defense"): neither outlet is wrong.

Names of two or more capitalised words that are not recognised as a
person's ("Leona Helmsley", of whom a story says nothing more, "King Carl
XVI Gustaf" around the person "Carl", "Guantanamo Bay") are compared in the
same way, but the rest of such a name does not loosen the limits of 3.

Each side's value is the name as every article on that side writes it:
where they agree on the spelling in question but not on the rest ("Mohamed
Morsi" / "Mohammed Morsi"), only the words they share ("Morsi"). A name
misspelt in two words is one conflict, about both.

A role bound to different people is a name conflict too ("Fire Chief
Marisol Okafor" in one outlet, "Dana Reyes, the fire chief" in another), but
only for a short list of roles one person holds in a story (a fire or police
chief, the lead detective, the chief prosecutor, a chief executive), written
right before the name or in an apposition after it, with nothing narrowing
them to different scopes: no "deputy" or "former" before, no "of ..." after
a bare role, the same place or organisation words before it. Each article
must bind the role to one person only, and must not mention the other
side's person at all: an article that knows both knows they are different
people. Nor may the story bind either person to another role: the lead
detective whom one article calls the chief prosecutor is not the chief
prosecutor under another name. Generic roles ("a spokesman", "an official")
and the roles of a country ("Prime Minister", "President", "Foreign
Minister") are never used: in the DUC 2003 dev set, of the 20 role phrases
bound to two names, all but the spelling variants were held by two people.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

import regex
from rapidfuzz import process
from rapidfuzz.distance import OSA, Indel

from storyweave.crosscheck._people import People
from storyweave.crosscheck._text import STOP_WORDS
from storyweave.model import Conflict, Evidence, Position, Quote, Segmented, Sentence

# Shorter words one letter apart were different people in the dev data more
# often than misspellings ("Neal" / "Neel", "Tang" / "Tong", "Joan" / "John";
# only "Hans" / "Hand" and "Isla" / "Ilsa" were one person), so they are skipped.
MIN_LENGTH = 5
# One edit per this many letters: "Okafor" / "Okafur" and "Goeran" / "Goren"
# pass. Two edits would need ten letters: the dev data's 5-9 letter pairs two
# edits apart were mostly different names ("Mariano" / "Mario", "Gerald" /
# "Gerhard"), its misspellings ("Walid" / "Walled") the minority.
LETTERS_PER_EDIT = 5
# With the rest of a person's name written the same, the limits above loosen: four letters, and two edits
# from five letters if the lengths differ by one letter at most (more is a short form a person goes by:
# "Steve" / "Stephen Bannon"). Chosen on dev (the clusters no audit held out), where it found "Ilsa" / "Isla
# Hernandez" (the same $15,000 bequest) and, before the length limit, "Steve" / "Stephen"; over all dev it
# adds "Hand" / "Hans Carlsson" and "Walled" / "Walid bin Talal" too, and no pair of different people.
SAME_REST_MIN_LENGTH = 4
# A surname's letters at least, where the rest of the name is the same, for its final consonant doubled to be a
# slip: "Pel" / "Pell" (session 48's names desk); not "Al" / "All".
_SHORTEST_DOUBLED = 3
SAME_REST_EDITS = 2
# Longer name words are paired with every word of their initial rather than indexed by their forms with
# letters deleted: a 20-letter word allows 4 edits, and has over 6,000 such forms.
_MAX_INDEXED_LENGTH = 19
# Titles that anyone may carry: two people called "Mr. X" and "Mr. Y" are
# not one person for that.
_GENERIC_CUES = frozenset(["mr", "mrs", "ms", "miss", "dr", "sir", "lady", "father", "sister", "brother"])
# "The company's auditor, Tom Reed,": the role noun of a description set off before the name, which says who the
# person is as a title before the name does ("Mayor Tom Reid").
_DESCRIBED_BEFORE = re.compile(
    r"(?:\b(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)|\b[A-Z][\w-]*['’]s)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?P<noun>[a-z][a-z-]+),\s*$"
)
# A description set off after the name, its role noun what the article calls the person as a title would: "Anne
# Berglund, a fisherman's wife from Tromsby," ("wife"), "Marc Olsen, his brother," ("brother"), "Marcheti, the
# owner," ("owner"); or a relative clause, which tells of the person ("Haloran, who came third, conceded"). Either
# ends at a comma or stop, or the noun where a phrase that narrows it begins ("the chair of the culture committee").
_DESCRIBED_AFTER = re.compile(
    r",\s+(?:(?P<article>the|a|an|his|her|its|their)\s+(?P<aside>(?:[\w'’-]+\s+){0,3}?(?P<noun>[a-z][a-z-]+))"
    r"(?=\s*[,.;:]|\s+(?:of|in|at|from|for|with|who|whose|since)\b)"
    r"|(?P<clause>who\s+[a-z][^,.;:!?\"“”]{0,60}?)(?=\s*[,.;:])|(?P<age>\d{1,3}),)"
)
# A capitalised word set off after a description with "the" or before one, a relative clause or an age, which names
# a person as a surname alone ("the driver, Wojick,", "Haloran, who came third,", "Pelow, 81,"), though the story
# may write it nowhere else: ``_same_person`` pairs it with another outlet's full name. The word before is no
# capitalised word, whose name the word ends ("Oskar Brel, the star," is ``_PROPER_NAME``'s). (``regex`` reads a
# lookbehind of any width.)
_SURNAME_DESCRIBED = regex.compile(
    r"(?<![A-Z][\w'’-]*\s+)\b(?P<name>[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?)"
    r"(?:(?=,\s+(?:who|the)\s|,\s+\d{1,3},)|(?<=\b[Tt]he\s+(?:[\w'’-]+\s+){0,3}?[a-z][a-z-]+,\s+\w+)(?=,))"
)
# Offices that several of a story's people hold at once (a cabinet's ministers, a council's members): "the minister"
# by a surname alone may be another minister than the one another outlet names in full.
_SHARED_OFFICES = frozenset(
    """minister senator councillor councilor lawmaker legislator official officer member spokesman spokeswoman
    spokesperson representative congressman congresswoman delegate diplomat deputy""".split()
)
# Spellings of one sound that transliterations choose between.
_FOLDS_TO = {"ph": "f", "ae": "a", "oe": "o", "ue": "u", "ä": "a", "ö": "o", "ü": "u"}
_FOLDS = re.compile("|".join(_FOLDS_TO))
# Whole-word transliteration choices that change a name's first or last letter, which ``_misspelt`` otherwise
# keeps apart: Russian "Ye" / "E" at the start ("Yelena" / "Elena"), Arabic final "ah" / "a" ("Khalifah" /
# "Khalifa"). Each found one real dev difference and no false one (BENCHMARKS.md, audit 6). Russian "Zh" / "Dzh"
# / "J" at the start, as Central Asian names are written in English and in their own Latin letters ("Zhaparov" /
# "Japarov", the world desk's held-out election, whose two spellings were read as two speakers of one quote).
# A hard "C" / "K" at the start, which names carried over from another alphabet write either way ("Catherine" /
# "Katherine", "Carim" / "Karim", "Christina" / "Kristina"; the war desk's transliterated names, where the two
# spellings of one negotiator were read as two speakers). A "Ph" / "F" at the start, which ``_FOLDS_TO`` folds
# inside a name ("Rudolph" / "Rudolf"): "Philip" / "Filip", "Phelan" / "Felan" (session 48's names desk).
_TRANSLITERATED_ENDS = (
    (re.compile(r"^ye"), "e"),
    (re.compile(r"ah$"), "a"),
    (re.compile(r"^d?zh"), "j"),
    (re.compile(r"^ch?(?=r)|^c(?=[aoul])"), "k"),
    (re.compile(r"^ph"), "f"),
)
# A curly apostrophe and a hyphen ("Inter-American" / "Interamerican") change no spelling.
_MARKS = str.maketrans({"’": "'", "-": None})
# The standard ASCII spelling of German and Nordic letters ("Krähenbühl" / "Kraehenbuehl", "Søren" / "Soeren"):
# either form is right, so the two are one spelling.
_SPELT_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ø": "oe", "æ": "ae", "œ": "oe"})
# Letters with a mark that Unicode does not decompose, as ASCII copy writes them without it ("Søren" / "Soren",
# "Łukasz" / "Lukasz"). With the decomposed ones ("Sánchez" / "Sanchez", "Çelik" / "Celik", "Müller" /
# "Muller") they are one spelling too: an outlet that drops accents misspells nothing (QA pass 7).
_UNMARKED = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ð": "d", "ı": "i", "æ": "ae", "œ": "oe", "ß": "ss"})
# British and American spellings of one word ("Israel Defence Forces" / "Defense", "Labour" / "Labor").
_REGIONAL_SPELLING = (
    (re.compile(r"our\b"), "or"),
    (re.compile(r"(?<=[a-z])ce\b"), "se"),
    (re.compile(r"(?<=[a-z])tre\b"), "ter"),
)
_VOWELS = frozenset("aeiouy")
_WORD = re.compile(r"[\w'’-]+")
# A middle initial, which one outlet writes and another leaves out: "Roger T. Benitez" / "Roger Benitez".
_INITIAL = re.compile(r"[A-Z]\.?")
# Letters a given name's short form keeps at least: "Pete" of "Peter", "Dan" of "Daniel".
_SHORT_FORM_LETTERS = 3
_POSSESSIVE = re.compile(r"['’]s$")
# A month written in a date ("between March 2021 and June 2023", "on 3 March 2027") is no name the article
# writes: an outlet dating a payment "March 2021" does not write the judge Eleanor March (the QA10 sentencing
# story, whose outlets wrote "Justice Eleanor Marsh" and one "Justice Eleanor March").
_MONTH_IN_DATE = re.compile(
    r"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)(?=\s+\d{1,4}\b)|(?<=\d\s)(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\b"
)
# A judge's title before a name that is not read as a person's ("Justice Eleanor March said"): the name is
# what follows, as the person "Justice Eleanor Marsh" is "Eleanor Marsh".
_JUDICIAL_TITLE = re.compile(r"^(?:(?:Mr|Mrs|Ms|Lord|Lady)\s+)?(?:Justice|Judge)\s+(?=\S+\s+\S)")
# Names that are not recognised as a person's: two or more capitalised words ("Edgardo Henriquez", a person
# the story says nothing more of, "Leona Helmsley", "Guantanamo Bay"), less a function word before them and
# a possessive "'s" after a word, which ends them. They are compared as person names are, but without the
# looser limits a person's surname earns: "North Africa" / "North America" are two edits apart.
_PROPER_NAME = re.compile(
    r"(?:\b(?:The|A|An|In|On|At|Of|For|From|To|By|With|As|But|And|Or|When|While|After|Before|If|Since)\s)?"
    r"(?P<name>\b{word}(?: {word})+)\b".format(word=r"[A-Z](?:[A-Za-z-]|['’](?!s\b))*")
)
# A name as a sentence writes it, for ``spelt_two_ways``: capitalised words in a row, the last its surname.
_NAME_IN_SENTENCE = re.compile(r"(?P<name>\b[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)")
# A surname heard two ways ("Quach" / "Kwan", "Qureshi" / "Kureishi", "Tavares" / "Taveira"; QA pass 8) is
# further apart than ``_misspelt`` allows, differs in its first letter, or by a letter at its end ("Whitcombe" /
# "Whitcomb", another name to ``_misspelt``: "Clark" / "Clarke"). Such a pair is one person only on the story's
# evidence: the same given name, and the same specific title, the same age or the same sentence otherwise.
# The letters one sound is written with, folded before the two spellings are compared.
_SOUND_FOLDS = (
    (re.compile(r"q"), "k"),
    (re.compile(r"w"), "u"),
    (re.compile(r"z"), "s"),
    (re.compile(r"(.)\1"), r"\1"),
)
# Share of letters two folded surnames must have in common (2 * longest common subsequence / both lengths):
# "tavares" / "taveira" 0.57, "kuach" / "kuan" 0.67; "sullivan" / "stewart" 0.27. Chosen on the QA pass 8 probes
# and the names2 held-out stories (/tmp/s25/names2/score.py), checked on the dev dump (tools/dumpall.py).
SOUND_ALIKE_SIMILARITY = 0.55
# Share of one sentence's words (other than the name and function words) that the other sentence writes too
# for the two to be one sentence otherwise: "The driver, Rui Tavares, 46, was taken to São João hospital with leg
# injuries." / "The driver, Rui Taveira, 46, was treated in hospital for leg injuries." share 5 of 6.
ALIKE_SENTENCE_SHARE = 0.8
MIN_ALIKE_SENTENCE_WORDS = 4
# An age by the name: "Rui Tavares, 46," or "46-year-old Rui Tavares".
_AGE_BY = r"(?:(?P<before>\d{{1,3}})-year-old\s+)?{name}(?:,\s*(?P<after>\d{{1,3}})\b)?"
# Roles that one person holds in a story. Longer lists brought in roles
# held by several people of a DUC 2003 story ("head coach", "defense minister").
_ROLES = (
    "fire chief|police chief|chief prosecutor|lead prosecutor|lead detective|lead investigator"
    "|chief investigator|chief executive"
)
# "Harbor City Fire Chief Marisol Okafor": capitalised words before the role
# scope it, and become part of it. The role may be set off by a comma: "The company's chief executive, Robert
# Acheson, blamed ..." (session 40's plant closure, tests/crosscheck/test_s40_days.py, where that outlet's
# "Acheson" was left out of the name conflict with another outlet's "Robert Achebe, the company's chief executive"),
# when a comma closes the name too: "the mayor, the fire chief, Ann Cole and others" is a list.
_ROLE_BEFORE = re.compile(
    rf"(?P<before>\b[a-z][\w'’-]*\s+)?(?P<scope>(?:(?!The\b)[A-Z][\w'’-]*\s+)*)(?P<role>(?i:{_ROLES}))(?P<comma>,)?\s+$"
)
# "Hans Carlsson, the lead detective in the case"; "Okafor, the city's fire chief". A named owner scopes the role
# as capitalised words before it do: "Jane Roe, Nordic's chief executive" holds no role of "Robert Acheson,
# Halvorsen's chief executive" (two companies' heads, which the role's conflict had taken for one).
_ROLE_AFTER = re.compile(
    rf",\s+(?:the\s+)?(?:(?P<owner>(?:[A-Z][\w-]*\s+)*[\w-]+)(?:['’]s|(?<=s)['’])\s+)?"
    rf"(?P<role>(?i:{_ROLES}))\b(?P<after>\s+(?:of|at|for)\s+[A-Z])?"
)
# A role as bound to a name, without the scope words before it: "goteborg chief prosecutor".
_BARE_ROLE = re.compile(rf"(?:{_ROLES})$")
# Words before a role that make it another role or another holder's.
_NOT_THE_HOLDER = frozenset(
    ["deputy", "assistant", "former", "acting", "vice", "interim", "retired", "ex", "a"]
)

# What a spelling conflict is about, before the misspelt words: "spelling of Haldane" (a role's conflict is
# "name of the fire chief").
SPELLING_ABOUT = "spelling of "


class _Covered:
    """Whether a span lies inside one of some non-overlapping spans (the article's person mentions)."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self._spans = sorted(spans)
        self._starts = [start for start, _ in self._spans]

    def __call__(self, start: int, end: int) -> bool:
        at = bisect.bisect_right(self._starts, start) - 1
        return at >= 0 and self._spans[at][1] >= end


@dataclass(frozen=True)
class _Use:
    """A person name written in one article."""

    # The article's place in publication order (undated last, then as given): a name's first spelling, which names
    # its conflict, is the earliest article's whatever order the articles were given in.
    article_index: int
    article_id: str
    name: str  # as written, title stripped
    cue: str | None
    sentence: Sentence
    role: str | None = None  # the one-holder role the name is bound to here ("fire chief")
    person: bool = True  # recognised as a person's name (see ``People``), not only capitalised words
    # What the article calls the person right there: a title ("mayor") or a described role ("auditor", "owner")
    described: str | None = None
    # What the article says there of the person as one of a kind, lower-cased: a title ("mayor"), a definite
    # description before or after the name ("driver", "fisheries minister"), a relative clause ("who came third")
    # or an age ("46"); not "a pensioner", one of many
    asides: frozenset[str] = frozenset()


# The word forms below are made once per word, not once per pair compared (a word is in many pairs).
@functools.lru_cache(maxsize=1 << 16)
def _folded(word: str) -> str:
    """A word with its transliteration choices undone: "Goeran" / "Göran" / "Goran", "Rudolph" / "Rudolf"."""
    return _FOLDS.sub(lambda m: _FOLDS_TO[m.group()], word.lower())


@functools.lru_cache(maxsize=1 << 16)
def _plain(word: str) -> frozenset[str]:
    """A word's right ASCII spellings in American spelling, its letters with marks spelt out ("Müller":
    "mueller") and without their marks ("muller"): two words that share one are one spelling."""
    lower = word.lower().translate(_MARKS)
    unmarked = "".join(
        char
        for char in unicodedata.normalize("NFKD", lower.translate(_UNMARKED))
        if not unicodedata.combining(char)
    )
    forms = set()
    for form in (lower.translate(_SPELT_OUT), unmarked):
        for pattern, replacement in _REGIONAL_SPELLING:
            form = pattern.sub(replacement, form)
        forms.add(form)
    return frozenset(forms)


def _one_spelling(word: str, other: str) -> bool:
    """Whether two words are one spelling: alike but for case, marks, accents and British or American spelling."""
    return word == other or not _plain(word).isdisjoint(_plain(other))


@functools.lru_cache(maxsize=1 << 16)
def _spelling_key(word: str) -> str:
    """A word with a transliterated first or last letter undone ("Yelena": "elena"; "Khalifah": "khalifa")."""
    key = word.lower()
    for pattern, replacement in _TRANSLITERATED_ENDS:
        key = pattern.sub(replacement, key)
    return key


def _candidate_pairs(words: Sequence[str], order: dict[str, int]) -> list[tuple[str, str]]:
    """The pairs of ``words`` that ``_misspelt`` may take for one name, earlier word first, in order.

    Two such words have one spelling key, or share their first letter and are at most as many edits
    apart (optimal string alignment, on their folded forms) as the longer word's length allows: then
    each, with at most that many letters deleted, gives one form (a deletion neighbourhood, as SymSpell
    indexes a lexicon). Only words sharing a key or a form are paired, so a story of thousands of
    distinct name words does not cost all their pairs (``python bench/bench_names_hostile.py``). A word
    of more letters than ``_MAX_INDEXED_LENGTH`` would have too many forms: it is paired with every word
    of its initial.
    """
    buckets: dict[tuple[str, str], list[str]] = {}
    long_words: dict[str, list[str]] = {}
    for word in words:
        buckets.setdefault(("key", _spelling_key(word)), []).append(word)
        initial = word[0].lower()
        if len(word) > _MAX_INDEXED_LENGTH:
            long_words.setdefault(initial, []).append(word)
            continue
        edits = max(SAME_REST_EDITS, len(word) // LETTERS_PER_EDIT)
        for form in _deletion_forms(_folded(word), edits):
            buckets.setdefault((initial, form), []).append(word)
    pairs: set[tuple[str, str]] = set()
    for bucket in buckets.values():
        pairs.update(itertools.combinations(dict.fromkeys(bucket), 2))
    for initial, longer in long_words.items():
        same_initial = [word for word in words if word[0].lower() == initial]
        pairs.update((a, b) for a in longer for b in same_initial if a != b)
    ordered = {(a, b) if order[a] < order[b] else (b, a) for a, b in pairs}
    return sorted(ordered, key=lambda pair: (order[pair[0]], order[pair[1]]))


def _deletion_forms(word: str, deletions: int) -> set[str]:
    """``word`` with any ``deletions`` letters or fewer left out."""
    forms = frontier = {word}
    for _ in range(deletions):
        frontier = {form[:i] + form[i + 1 :] for form in frontier for i in range(len(form))}
        forms = forms | frontier
    return forms


def _misspelt(a: str, b: str, same_rest: bool = False) -> bool:
    """Whether two words are one name spelt two ways, not two names.

    Args:
        a: One spelling.
        b: The other.
        same_rest: Whether the rest of the name is written the same around both, which lets shorter and
            further apart spellings count.
    """
    shortest = min(len(a), len(b))
    # A final consonant doubled is a slip in a word of three letters too ("Derek Pell" / "Derek Pel").
    short_doubled = same_rest and shortest >= _SHORTEST_DOUBLED and _doubled_end(a, b)
    if a == b or (shortest < (SAME_REST_MIN_LENGTH if same_rest else MIN_LENGTH) and not short_doubled):
        return False
    if _spelling_key(a) == _spelling_key(b):
        return not _one_spelling(a, b)
    if a[0].lower() != b[0].lower():
        return False
    # A letter added at the end makes another name: "Daniel" / "Daniela", "Clark" / "Clarke". But a final
    # consonant doubled ("Dussel" / "Dussell", "Kendal" / "Kendall") is one name's slip where the rest of the name
    # vouches for the person (session 45's blind test, where one outlet wrote "Dussell" throughout).
    if a.startswith(b) or b.startswith(a):
        return same_rest and _doubled_end(a, b)
    # Optimal string alignment: a swap of neighbours counts once ("Gouming" / "Guoming").
    allowed = shortest // LETTERS_PER_EDIT
    if same_rest:
        longer = shortest < MIN_LENGTH or abs(len(a) - len(b)) > 1
        allowed = max(allowed, 1 if longer else SAME_REST_EDITS)
    # Checked last, as most pairs compared are further apart: two right spellings are no misspelling.
    return OSA.distance(_folded(a), _folded(b), score_cutoff=allowed) <= allowed and not _one_spelling(a, b)


def _doubled_end(a: str, b: str) -> bool:
    """Whether one word is the other with its final consonant written twice: "Vossel" / "Vossell"."""
    shorter, longer = sorted((a.lower(), b.lower()), key=len)
    return longer == shorter + shorter[-1] and shorter[-1] not in _VOWELS


def _sentence_at(doc: Segmented, starts: list[int], start: int) -> Sentence | None:
    """The sentence of ``doc`` (its sentence starts ``starts``) holding offset ``start``, if any."""
    at = bisect.bisect_right(starts, start) - 1
    # A name between sentences (a headline or byline left out of them) has no evidence to cite.
    return doc.sentences[at] if at >= 0 and start < doc.sentences[at].end else None


def _uses(docs: Sequence[Segmented], people: People) -> list[_Use]:
    uses = []
    published = sorted(range(len(docs)), key=lambda index: docs[index].article.date or dt.date.max)
    for rank, index in enumerate(published):
        doc = docs[index]
        text = doc.article.text
        starts = [s.start for s in doc.sentences]
        mentions = people.mentions(doc.article.id)
        for mention in mentions:
            if (sentence := _sentence_at(doc, starts, mention.start)) is not None:
                role = _role(text, mention.start, mention.end)
                described, asides = _described(text, mention.start, mention.end, mention.cue)
                uses.append(
                    _Use(
                        rank,
                        doc.article.id,
                        mention.name,
                        mention.cue,
                        sentence,
                        role,
                        described=described,
                        asides=asides,
                    )
                )
        # A person's name is read as the person's; a longer name around it as written ("King Carl XVI
        # Gustaf" around the person "Carl"), and so is a word alone before a description ("Haloran, who"). But
        # not the person's name with the title before it, which is no word of the name: "Minister Jensen" and
        # "Minister Jansen" are no name alike but for one word, any more than "Lars Jensen" and "Karin Jansen".
        covered = _Covered([(m.start, m.end) for m in mentions])
        titled = {m.end: m.start for m in mentions if m.cue}
        for match in itertools.chain(_PROPER_NAME.finditer(text), _SURNAME_DESCRIBED.finditer(text)):
            start, end = match.span("name")
            sentence = _sentence_at(doc, starts, start)
            if (
                sentence is not None
                and end <= sentence.end
                and not covered(start, end)
                and titled.get(end, start) <= start
            ):
                name = _JUDICIAL_TITLE.sub("", match.group("name"))
                described, asides = _described(text, start, end, None)
                uses.append(
                    _Use(
                        rank,
                        doc.article.id,
                        name,
                        None,
                        sentence,
                        person=False,
                        described=described,
                        asides=asides,
                    )
                )
    return uses


def _described(text: str, start: int, end: int, cue: str | None) -> tuple[str | None, frozenset[str]]:
    """What the article calls the person named at ``start:end`` there, and what it says of the person as one of a
    kind (``_Use.asides``).

    What it calls the person: a title other than one anyone may carry ("Mayor Tom Reid"), the role noun of a
    description set off before the name ("The company's auditor, Tom Reed") or after it ("Tom Reed, the auditor,").
    """
    title = None if cue in _GENERIC_CUES else cue
    before = None if cue else _DESCRIBED_BEFORE.search(text, max(0, start - 60), start)
    after = _DESCRIBED_AFTER.match(text, end)
    asides = {title, before and before.group("noun")}
    # "A pensioner" is one of many: an indefinite description says what the person is, not which one.
    if after and after.group("article") not in ("a", "an"):
        asides.add((after.group("clause") or after.group("aside") or after.group("age")).lower())
    noun = title or (before and before.group("noun")) or (after and after.group("noun"))
    return noun or None, frozenset(asides - {None})


def _role(text: str, start: int, end: int) -> str | None:
    """The one-holder role written right before the name at ``start:end``, or in apposition after it."""
    before = _ROLE_BEFORE.search(text, max(0, start - 60), start)
    if before and before.group("comma") and not text.startswith(",", end):
        before = None
    if before:
        words = (before.group("before") or "").split() + before.group("scope").lower().split()
        if _NOT_THE_HOLDER.isdisjoint(words):
            return _scoped_role(before.group("scope"), before.group("role"))
        return None
    after = _ROLE_AFTER.match(text, end)
    if after and not after.group("after"):
        owner = after.group("owner") or ""
        return _scoped_role(owner if owner[:1].isupper() else "", after.group("role"))
    return None


def _scoped_role(scope: str, role: str) -> str:
    """A role with the capitalised words that scope it, lower-cased, an owner's possessive dropped: "Halvorsen's"
    and "Halvorsen" before "chief executive" are one scope."""
    return " ".join(_POSSESSIVE.sub("", word).rstrip("'’") for word in f"{scope} {role}".lower().split())


def _one_name(words_a: list[str], words_b: list[str]) -> bool:
    """Whether two written names are one name, word for word: each word the same or spelt another way.

    At least one word must be the same: "Mohammed Sidique Khan" / "Mohammad Siddique Khan" share
    "Khan", while two names differing in every word ("Moustafa Soliman" / "Mustafa Suleiman") need
    more (a shared role) to be one person.
    """
    if len(words_a) != len(words_b):
        return False
    pairs = list(zip(words_a, words_b, strict=True))
    return any(_one_spelling(a, b) for a, b in pairs) and all(
        _one_spelling(a, b) or _misspelt(a, b) for a, b in pairs
    )


def may_be_one_person(name: str, other: str) -> bool:
    """Whether two speakers' names, as quotes give them, may be one person's.

    Outlets that credit the same words to two names mean one person when the surnames are one (written
    alike, or spelt two ways: "Hand" / "Hans Carlsson", "Derek Pel" / "Derek Pell") and so are the given names, if
    both are written: alike, spelt two ways, or one the short form of the other ("Pete" / "Peter Strella"); or the
    given names are written alike and the surnames sound alike ("Rui Tavares" / "Rui Taveira", ``_sounds_alike``).
    A surname alone ("Whitcombe" / "Ian Whitcombe"), middle names and initials ("Roger T. Benitez", "Cyril Alexander
    Volkov" / "Alexander Volkov") say nothing against.
    Found on the dev quotes whose outlets name two speakers (see the round-14 quotes report).
    """
    words = [word for word in name.split() if not _INITIAL.fullmatch(word)]
    others = [word for word in other.split() if not _INITIAL.fullmatch(word)]
    if not words or not others:
        return False
    if not _one_word(words[-1], others[-1]):
        # A surname heard two ways after the same given names ("Rui Tavares" / "Rui Taveira"): the same words
        # credited to both are the evidence ``_heard_two_ways`` asks of a name conflict, the same sentence.
        return (
            len(words) > 1
            and len(others) > 1
            and _one_name_written(words[:-1], others[:-1])
            and _sounds_alike(words[-1], others[-1])
        )
    shorter_name, longer_name = sorted((words, others), key=len)
    if _written_within(shorter_name[:-1], longer_name[:-1]):
        return True
    given, other_given = words[0].casefold(), others[0].casefold()
    shorter = min(len(given), len(other_given))
    return _one_word(words[0], others[0]) or (
        shorter >= _SHORT_FORM_LETTERS and given[:shorter] == other_given[:shorter]
    )


def written_alike(name: str, other: str) -> bool:
    """Whether the shorter of two names is the longer one's words, in order, as written: "Whitcombe" and "Ian T.
    Whitcombe", "Tom O’Neill" and "Tom O'Neill"; not "Alan Whitby" and "Alan Whitbey"."""
    shorter, longer = sorted((name.replace("’", "'").split(), other.replace("’", "'").split()), key=len)
    remaining = iter(longer)
    return all(word in remaining for word in shorter)


class SpeakerSpelling(NamedTuple):
    """Another spelling of a quote's speaker's name, and the quote's articles that write the name so."""

    spelling: str
    articles: tuple[str, ...]


class SpeltSpeaker(NamedTuple):
    """A quote's speaker as the story's outlets most often spell the name, and the quote's other spellings."""

    speaker: str | None
    spellings: tuple[SpeakerSpelling, ...]


def spelt_speakers(quotes: Sequence[Quote], conflicts: Sequence[Conflict]) -> list[SpeltSpeaker]:
    """For each quote, its speaker as most of the story's outlets spell the name, and the other spellings of
    the outlets that carry it.

    A quote that outlets credit to one person spelt two ways is one quote under one spelling ("Gretchen
    Haldane", ``find_quotes``); the story's spelling conflicts (``find_name_conflicts``) tell which of its
    outlets write the name otherwise ("Gretchen Holdane" in KRTV's), so a report can show both on the quote
    (QA pass 7). A quote that only outlets of the rarer spelling carry is the same person's, named as the
    outlets of a conflict's largest side write it ("Dana Whitfeld" in one outlet, "Dana Whitfield" in four),
    its outlet's spelling shown beside it: one person is not two speakers. On a tie the spelling the story gave
    first (the conflict lists the earliest article's first) names the quote when another quote, or this one, is
    credited to it: "Carim Ossman"'s quote goes under the "Karim Ossman" of another outlet's quote (the war desk's
    swap, where the negotiator was two speakers). Else the quote's own outlets' spelling stays, and when they write
    both, it takes the earliest article's. The speaker's side of a conflict is the one position whose value is
    written alike (``written_alike``: "Walt Pike" and "Pike"); an outlet on both sides writes that spelling too. A
    side that may not be the speaker's name (``may_be_one_person``) is another person's.

    Returns:
        One per quote, in the order of ``quotes``; ``spellings`` is empty for a quote every outlet of which
        spells its speaker as ``speaker`` does.
    """
    spelling_conflicts = [c for c in conflicts if c.kind == "name" and c.about.startswith(SPELLING_ABOUT)]
    speakers = {quote.speaker for quote in quotes if quote.speaker}
    found = []
    for quote in quotes:
        speaker = quote.speaker
        spellings: list[SpeakerSpelling] = []
        for conflict in spelling_conflicts if speaker else []:
            own = [p for p in conflict.positions if written_alike(speaker or "", p.value)]
            if len(own) != 1:
                continue
            # Sides that may not be this person's are another person's of the same surname: "Walt Pyke" is
            # no spelling of "Jenna Pike".
            sides = [p for p in conflict.positions if may_be_one_person(speaker or "", p.value)]
            most = max(sides, key=lambda p: len(p.articles), default=own[0])
            tied = [p for p in sides if len(p.articles) == len(most.articles)]
            if any(written_alike(other, tied[0].value) for other in speakers):
                chosen = tied[0]
            else:
                # Of spellings as many outlets write, the first the quote's own outlets write, as its label names
                # the person.
                chosen = next((p for p in tied if not set(p.articles).isdisjoint(quote.articles)), most)
            renamed = _respelt(speaker or "", own[0].value, chosen.value)
            if chosen is not own[0] and len(chosen.articles) >= len(own[0].articles) and renamed:
                speaker, own = renamed, [chosen]
            for position in sides:
                articles = tuple(
                    a for a in quote.articles if a in position.articles and a not in own[0].articles
                )
                if articles:
                    spellings.append(SpeakerSpelling(position.value, articles))
        found.append(SpeltSpeaker(speaker, tuple(spellings)))
    return found


def _respelt(name: str, spelling: str, other: str) -> str | None:
    """``name`` with the words of ``spelling`` in it written as ``other``, last words lined up ("Mohammed Morsy",
    "Morsy", "Morsi": "Mohammed Morsi"); None when ``name`` does not write ``spelling`` as its words."""
    words, spelt, others = name.split(), spelling.split(), other.split()
    at = next((i for i in range(len(words) - len(spelt) + 1) if words[i : i + len(spelt)] == spelt), None)
    if at is None:
        return None
    lined_up = min(len(spelt), len(others))
    end = at + len(spelt)
    return " ".join(words[: end - lined_up] + others[-lined_up:] + words[end:])


class Respelt(NamedTuple):
    """A surname two sentences spell two ways (``spelt_two_ways``)."""

    spelling: str  # as the first sentence writes it
    other: str  # as the other does
    misspelt: bool  # a letter or two off (``_misspelt``), not heard two ways nor a letter added at the end


def spelt_two_ways(
    text: str, other: str, written: frozenset[str], other_written: frozenset[str]
) -> Respelt | None:
    """A surname that two sentences stating one thing (a claim's) spell two ways; else None.

    The sentences are one otherwise, which is the evidence ``find_name_conflicts`` asks of a pair of names
    (``_heard_two_ways``): a surname misspelt ("Wohlfahrt" / "Wohlfart", ``_misspelt``) or, after given names
    written alike, misspelt by the looser limits or heard two ways ("Rui Tavares" / "Rui Taveira", "Helen
    Quach" / "Helen Kwan"). A misspelt surname needs one of the two names written in full (a surname alone in both
    says too little of a person); a surname written alone has the given names its article writes it after
    ("Tavares said ..." / "Taveira said ..." of articles naming "Rui Tavares" and "Rui Taveira"). As there, each
    article must write only its own spelling: ``written`` and ``other_written`` are the ``written_words`` of the
    articles of ``text`` and ``other``.

    Example:
        >>> words = written_words("Rui Tavares"), written_words("Rui Taveira")
        >>> spelt_two_ways("The driver, Rui Tavares, 46, was hurt.", "Rui Taveira, 46, was hurt.", *words)
        Respelt(spelling='Tavares', other='Taveira', misspelt=False)
    """
    for run, other_run, misspelt in _surnames_spelt_two_ways(text, other):
        surname, other_surname = run[-1], other_run[-1]
        if surname in other_written or other_surname in written:
            continue
        # The given names written alike, a title before them or not ("Judge Helen" / "Helen"); a surname
        # alone has those its article writes it after ("Tavares said" of an article naming "Rui Tavares").
        given_alike = any(
            written_alike(given, other_given)
            for given in _given_names_written(run, written)
            for other_given in _given_names_written(other_run, other_written)
        )
        if (misspelt and max(len(run), len(other_run)) > 1) or given_alike:
            return Respelt(surname, other_surname, misspelt)
    return None


def may_be_spelt_two_ways(text: str, other: str) -> bool:
    """Whether :func:`spelt_two_ways` may find a surname the two sentences spell two ways, read from the sentences
    alone: a surname of each that is not one spelling and is one misspelt or heard two ways. When not, it finds
    none whatever the articles write, so a caller need not read their ``written_words``: a claim's sentences
    mostly write their names alike, and reading the articles' words for each claim's spellings was a twentieth
    of a summary's time (bench/bench_summarize.py, DUC 2003 dev)."""
    return next(_surnames_spelt_two_ways(text, other), None) is not None


def _surnames_spelt_two_ways(text: str, other: str) -> Iterator[tuple[list[str], list[str], bool]]:
    """Each pair of names of ``text`` and ``other`` (as words, :func:`_names_in`) whose surnames are two spellings
    of one name (not one spelling), in order, and whether they are misspelt (:func:`_misspelt`) rather than heard
    two ways or spelt apart by the looser limits."""
    for run in _names_in(text):
        for other_run in _names_in(other):
            surname, other_surname = run[-1], other_run[-1]
            if _one_spelling(surname, other_surname):
                continue
            misspelt = _misspelt(surname, other_surname)
            if (
                misspelt
                or _misspelt(surname, other_surname, same_rest=True)
                or _sounds_alike(surname, other_surname)
            ):
                yield run, other_run, misspelt


def _given_names_written(run: Sequence[str], written: frozenset[str]) -> list[str]:
    """The given names of a name as a sentence writes it (``run``), or of a surname written alone the given names
    its article writes before it (``written_words``)."""
    if len(run) > 1:
        return [" ".join(run[:-1])]
    return [name.split(" ")[0] for name in written if name.endswith(" " + run[0]) and name.count(" ") == 1]


def _names_in(text: str) -> list[list[str]]:
    """The names of a sentence as words, less a function word that opens the sentence ("The") and a possessive."""
    names = []
    for match in _NAME_IN_SENTENCE.finditer(text):
        words = match.group("name").split()
        if match.start() == 0 and words[0].lower() in STOP_WORDS:
            words = words[1:]
        if words:
            names.append([*words[:-1], _POSSESSIVE.sub("", words[-1])])
    return names


def written_words(text: str) -> frozenset[str]:
    """The words an article writes, with and without a possessive "'s": an article writing "The Dark Overlord" and
    "The Dark Overload's" writes both spellings. With them, the last two words of each name it writes ("Rui
    Tavares" of "The driver, Rui Tavares"), which tell the given name of a surname written alone
    (``spelt_two_ways``).

    Example:
        >>> sorted(written_words("Driver Rui Tavares's tram."))
        ['Driver', 'Rui', 'Rui Tavares', 'Tavares', "Tavares's", 'tram']
    """
    words = set(_WORD.findall(text))
    # Each distinct word once, and only a possessive's: a regex run on every word of the article took half
    # of this function's time, and most words carry no "'s".
    words.update([_POSSESSIVE.sub("", word) for word in words if word.endswith(("'s", "’s"))])
    words.update(" ".join(names[-2:]) for names in _names_in(text) if len(names) > 1)
    return frozenset(words)


def _written_within(words: Sequence[str], others: Sequence[str]) -> bool:
    """Whether every word of ``words`` is one of ``others``, in order: "Alexander" in "Cyril Alexander"."""
    remaining = iter(others)
    return all(any(_one_word(word, other) for other in remaining) for word in words)


def _one_word(word: str, other: str) -> bool:
    """Whether two words of a name are one, written alike (case, apostrophes and German letters aside: "O’Neill"
    / "O'Neill") or spelt two ways."""
    return _one_spelling(word, other) or _misspelt(word, other, same_rest=True)


def _bare_role(role: str) -> str:
    """The role without its scope: "chief prosecutor" of "goteborg chief prosecutor"."""
    return _BARE_ROLE.search(role).group()


def _same_person(a: list[_Use], b: list[_Use], word_a: str, word_b: str, people: People) -> bool:
    """Whether the names around two spellings say they are one person: the rest of the name, a role, or a surname
    alone described as the full name is (``_alone_described_alike``)."""
    for use_a in a:
        for use_b in b:
            words_a, words_b = use_a.name.split(), use_b.name.split()
            # The two spellings stand in the same place of the name, and the rest of it is the same name,
            # spelt the same way or another: "Mohammed Sidique Khan" / "Mohammad Siddique Khan".
            if _one_name(words_a, words_b) and (word_a, word_b) in zip(words_a, words_b, strict=True):
                return True
            # The same title, unless given names written with it differ ("Fire Chief Dana Okafor" and "Fire Chief
            # Ann Okafur") or several people hold it: "Minister Jensen" and "Minister Jansen" are two ministers.
            if (
                use_a.cue
                and use_a.cue == use_b.cue
                and use_a.cue not in _GENERIC_CUES | _SHARED_OFFICES
                and may_be_one_person(use_a.name, use_b.name)
            ):
                return True
            if _alone_described_alike(use_a, use_b, word_a, word_b, people) or _alone_described_alike(
                use_b, use_a, word_b, word_a, people
            ):
                return True
    return False


def _alone_described_alike(alone: _Use, full: _Use, word: str, other: str, people: People) -> bool:
    """Whether a surname written alone is the person another article names in full, by the surname's other
    spelling: the article knows no given name for it, and both say the same of the person as one of a kind
    (``_Use.asides``): the same thing ("Marco Marchetti, the owner," / "Marcheti, the owner,"; "Restaurant owner
    Marco Marchetti"; "The driver, Tomasz Wojcik," / "the driver, Wojick,"), the same relative clause ("Viktor
    Halloran, who came third," / "Haloran, who came third,"; the held-out election of session 48, whose
    third-placed candidate one outlet named by the surname alone) or the same age ("Pelow, 81,"). Nothing else tells two people
    of like surnames apart there, so nothing less than that will do: "Haloran said" is not enough, nor is "Pelow, a
    pensioner," (one of many) or "Jansen, the minister," (one of a cabinet, ``_SHARED_OFFICES``)."""
    full_words = full.name.split()
    return (
        alone.name == word
        and len(full_words) > 1
        and full_words[-1] == other
        and not _given_names(alone, people)
        # "Restaurant owner Marco Marchetti" / "Marcheti, the owner,"; not "Lars Jensen, the fisheries minister," /
        # "Jansen, the finance minister,".
        and bool(alone.asides & full.asides - _SHARED_OFFICES)
    )


def _one_name_written(words: Sequence[str], others: Sequence[str]) -> bool:
    """Whether two names are written alike word for word, accents aside ("Rohel Sánchez" / "Rohel Sanchez")."""
    return len(words) == len(others) and all(_one_spelling(a, b) for a, b in zip(words, others, strict=True))


def _same_rest(a: list[_Use], b: list[_Use], word_a: str, word_b: str, people: People) -> bool:
    """Whether two spellings stand in names otherwise written the same, of people not known to differ in gender.

    "Isla Hernandez" / "Ilsa Hernandez": the surname vouches for the person, so ``_misspelt`` may allow
    more. "Joan Smith" / "John Smith", whom the story's pronouns call she and he, are two people, and so are
    "Mayor Tom Reid" / "The company's auditor, Tom Reed", whom the story calls two different things (QA pass 7's
    held-out control, session 27).
    """
    if not _misspelt(word_a, word_b, same_rest=True):
        return False
    # A final consonant doubled is so near a slip that one side known for a person's name vouches for the other:
    # "stars Oskar Brell as" (capitalised words only) / "its star, Oskar Brel" (a person).
    doubled = _doubled_end(word_a, word_b)
    for use_a in a:
        for use_b in b:
            words_a, words_b = use_a.name.split(), use_b.name.split()
            persons = (use_a.person, use_b.person)
            if (
                not (all(persons) or (doubled and any(persons)))
                or len(words_a) < 2
                or not _one_name_written(
                    [w for w in words_a if w != word_a], [w for w in words_b if w != word_b]
                )
            ):
                continue
            if words_a.index(word_a) != words_b.index(word_b):
                continue
            # "Mayor Tom Reid" and "The company's auditor, Tom Reed": two people the story says are who they are.
            if use_a.described and use_b.described and use_a.described != use_b.described:
                continue
            genders = {
                people.gender(people.full_name(use.name, use.article_id) or use.name)
                for use in (use_a, use_b)
            }
            if genders != {"m", "f"}:
                return True
    return False


@functools.lru_cache(maxsize=1 << 12)
def _sound(word: str) -> str:
    """A surname with the letters of one sound folded: "Quach": "kuach", "Kwan": "kuan", "Szabo": "sabo"."""
    folded = min(_plain(word))
    for pattern, replacement in _SOUND_FOLDS:
        folded = pattern.sub(replacement, folded)
    return folded


def _sounds_alike(word: str, other: str) -> bool:
    """Whether two surnames may be one heard two ways: the same first sound and most letters in common.

    Not one inside the other: "Assad" / "al-Assad" is a particle written or left out (dev, duc2003 d30028t),
    and more than a letter added at the end makes another name ("Rich" / "Richards"). One letter at the end
    ("Whitcombe" / "Whitcomb") is another name to ``_misspelt`` ("Clark" / "Clarke"), but not after the same given
    name with the same title, age or sentence, the evidence this asks for (``_heard_two_ways``). A place and its
    adjective ("North America" / "North American", ``_adjective_form``) are two words, not one heard two ways.
    """
    sound, other_sound = sorted((_sound(word), _sound(other)), key=len)
    return (
        min(len(word), len(other)) >= SAME_REST_MIN_LENGTH
        and not _adjective_form(word, other)
        and sound[:1] == other_sound[:1]
        and not other_sound.endswith(sound)
        and (not other_sound.startswith(sound) or len(other_sound) == len(sound) + 1)
        and Indel.normalized_similarity(sound, other_sound) >= SOUND_ALIKE_SIMILARITY
    )


# What a place's name takes to make its adjective or demonym: "America" -> "American", "Italy" -> "Italian",
# "Japan" -> "Japanese", "Kurd" -> "Kurdish", "Israel" -> "Israeli"; a final vowel or "y" may go.
_ADJECTIVE_ENDINGS = ("n", "an", "ian", "ese", "ish", "i")


def _adjective_form(word: str, other: str) -> bool:
    """Whether one word is the other's adjective ("America" / "American", "Korea" / "Korean", "China" /
    "Chinese"): a name's form, not its spelling (test_s41_clean.py)."""
    shorter, longer = sorted((word.lower(), other.lower()), key=len)
    stems = (shorter, shorter[:-1]) if shorter[-1:] in "aeiouy" else (shorter,)
    return any(longer == stem + ending for stem in stems for ending in _ADJECTIVE_ENDINGS)


def _given_names_pairs(by_word: dict[str, list[_Use]], order: dict[str, int]) -> list[tuple[str, str]]:
    """Pairs of surnames that sound alike (``_sound``) and that names of the same given names end in, earlier word
    first, in order.

    The surnames of one given name are compared by rapidfuzz in one call each, not pair by pair in Python: two
    articles naming 4,000 "John"s took 7.4 s of CPU so, 1.8 s this way (0.8 s without this check).
    """
    surnames: dict[tuple[str, ...], set[str]] = {}
    for word, uses in by_word.items():
        for use in uses:
            words = use.name.split()
            if len(words) > 1 and words[-1] == word:
                surnames.setdefault(tuple(min(_plain(w)) for w in words[:-1]), set()).add(word)
    pairs: set[tuple[str, str]] = set()
    for same in surnames.values():
        ordered = sorted(same, key=order.get)
        sounds = [_sound(word) for word in ordered]
        for index, sound in enumerate(sounds):
            later = sounds[index + 1 :]
            pairs.update(
                (ordered[index], ordered[index + 1 + at])
                for _, _, at in process.extract_iter(
                    sound, later, scorer=Indel.normalized_similarity, score_cutoff=SOUND_ALIKE_SIMILARITY
                )
            )
    return sorted(pairs, key=lambda pair: (order[pair[0]], order[pair[1]]))


def _age(use: _Use) -> str | None:
    """The age the sentence writes by the name of ``use``, if any."""
    match = re.search(_AGE_BY.format(name=re.escape(use.name)), use.sentence.text)
    return match and (match.group("before") or match.group("after"))


def _alike_sentences(use: _Use, other: _Use) -> bool:
    """Whether two sentences are one sentence but for the name: most of their words are shared."""
    name_words = {w.lower() for w in (*use.name.split(), *other.name.split())}
    words, other_words = (
        {
            w
            for w in map(str.lower, _WORD.findall(u.sentence.text))
            if w not in STOP_WORDS and w not in name_words
        }
        for u in (use, other)
    )
    fewer = min(len(words), len(other_words))
    return fewer >= MIN_ALIKE_SENTENCE_WORDS and len(words & other_words) >= ALIKE_SENTENCE_SHARE * fewer


def _given_names(use: _Use, people: People) -> list[str]:
    """The words of a name before its surname: as written, or for a surname written alone ("Tavares said") as the
    article writes them in the person's full name ("Rui"); empty when the article writes none."""
    words = use.name.split()
    if len(words) == 1 and use.person:
        words = (people.full_name(use.name, use.article_id, use.sentence.start) or use.name).split()
    return words[:-1] if words[-1] == use.name.split()[-1] else []


def _heard_two_ways(a: list[_Use], b: list[_Use], word_a: str, word_b: str, people: People) -> bool:
    """Whether two surnames that sound alike name one person on the story's evidence (``SOUND_ALIKE_SIMILARITY``).

    The given names are written the same, and the titles before the names are the same specific one
    ("Magistrate Helen Quach" / "Magistrate Helen Kwan"), or the ages are ("Rui Tavares, 46," / "Rui Taveira,
    46,"), or the sentences are one but for the name. "Tom Reid", the mayor, and "Tom Reed", the auditor, are not.
    A surname written alone has the given names its article writes it with: "Tavares said the brakes failed." and
    "Taveira said the brakes failed." are one sentence of "Rui Tavares" and "Rui Taveira".
    A surname with another first letter and the rest alike ("Coyle" / "Doyle", ``_first_letter_slip``) is one
    person's only under the same specific title: "Judge Harriet Coyle" / "Judge Harriet Doyle".
    """
    slip = _first_letter_slip(word_a, word_b)
    if not (slip or _sounds_alike(word_a, word_b)):
        return False
    for use_a in a:
        for use_b in b:
            words_a, words_b = use_a.name.split(), use_b.name.split()
            if not (words_a[-1] == word_a and words_b[-1] == word_b):
                continue
            given_a, given_b = _given_names(use_a, people), _given_names(use_b, people)
            if not (given_a and _one_name_written(given_a, given_b)):
                continue
            titled = bool(use_a.cue and use_a.cue == use_b.cue and use_a.cue not in _GENERIC_CUES)
            if slip:
                if use_a.person and use_b.person and titled:
                    return True
                continue
            # A name not known for a person's ("Driver Rui Tavares": "Driver" is no title, being a surname) is
            # one only in one sentence.
            if _alike_sentences(use_a, use_b) or (
                use_a.person
                and use_b.person
                and (titled or ((age := _age(use_a)) is not None and age == _age(use_b)))
            ):
                return True
    return False


def _first_letter_slip(word: str, other: str) -> bool:
    """Whether two surnames differ in their first letter only ("Coyle" / "Doyle", "Pell" / "Bell"): a key struck
    or a sound misheard, which ``_sounds_alike`` keeps apart as another first sound."""
    return (
        len(word) == len(other) >= SAME_REST_MIN_LENGTH
        and word[0].lower() != other[0].lower()
        and word[1:].lower() == other[1:].lower()
    )


def _root(group: dict[str, str], word: str) -> str:
    while group[word] != word:
        word = group[word]
    return word


def _cited(side: list[_Use]) -> list[_Use]:
    """One use per article, in article order: the first that writes the fullest name the article has.

    A person's name comes before capitalised words around it ("Goeran Persson", not "Prime Minister
    Goeran Persson").
    """
    cited: dict[str, _Use] = {}
    for use in sorted(
        side, key=lambda u: (u.article_index, not u.person, -len(u.name.split()), u.sentence.start)
    ):
        cited.setdefault(use.article_id, use)
    return list(cited.values())


def _position(cited: list[_Use], value: str) -> Position:
    return Position(
        value=value,
        articles=tuple(use.article_id for use in cited),
        evidence=tuple(Evidence(use.article_id, use.sentence.id, use.sentence.text) for use in cited),
    )


def _spelling(side: list[_Use]) -> Position:
    """A spelling's side: its value the words of the fullest name that every cited sentence writes.

    Outlets that agree on one word of a name may write the rest differently ("Mohamed Morsi" /
    "Mohammed Morsi"): the value then keeps only the words they share ("Morsi"), so that every
    article cited writes the value.
    """
    cited = _cited(side)
    fullest = max(cited, key=lambda u: len(u.name.split()))  # the first article's, on a tie
    shared = [word for word in fullest.name.split() if all(word in use.name.split() for use in cited)]
    return _position(cited, " ".join(shared))


def find_name_conflicts(docs: Sequence[Segmented], people: People | None = None) -> tuple[Conflict, ...]:
    """Person names that some outlets consistently write one way and others another.

    Args:
        docs: The story's articles, segmented (one per article), in publication order.
        people: The story's people, if already built from ``docs``.

    Returns:
        One conflict per misspelt name, then one per role bound to different
        people (``kind="name"``), each in order of first appearance.
    """
    people = people if people is not None else People(docs)
    uses = _uses(docs, people)
    written = [written_words(_MONTH_IN_DATE.sub(" ", doc.article.text)) for doc in docs]
    spellings = _spelling_conflicts(uses, written, people)
    # A role bound to two spellings of one person's name is that spelling conflict, not another: "chief executive
    # Helen Quach" / "chief executive Helen Kwan", which ``_role_conflicts`` does not take for one spelling. The
    # surnames tell, as a spelling's side may be the surname alone ("Dana Morrel" / "Morrell", where one outlet
    # writes only "Morrell").
    spelt = [_surnames(conflict) for conflict in spellings]
    roles = [
        conflict for conflict in _role_conflicts(uses, written, people) if _surnames(conflict) not in spelt
    ]
    return spellings + tuple(roles)


def _surnames(conflict: Conflict) -> set[str]:
    """The last words of a name conflict's sides."""
    return {position.value.split()[-1] for position in conflict.positions}


def _spelling_conflicts(
    uses: list[_Use], written: list[frozenset[str]], people: People
) -> tuple[Conflict, ...]:
    by_word: dict[str, list[_Use]] = {}
    for use in uses:
        for word in use.name.split():
            by_word.setdefault(word, []).append(use)
    words = sorted(by_word, key=lambda w: min((u.article_index, u.sentence.start) for u in by_word[w]))
    order = {word: index for index, word in enumerate(words)}
    # Spellings of one name form a group ("Mursi", "Morsi", "Morsy"): one conflict, a position each.
    group = {word: word for word in words}

    def join(word_a: str, word_b: str) -> None:
        root_a, root_b = _root(group, word_a), _root(group, word_b)
        group[max(root_a, root_b, key=order.get)] = min(root_a, root_b, key=order.get)

    for word_a, word_b in _candidate_pairs(words, order):
        if not any(word_a in text and word_b in text for text in written) and (
            (
                _misspelt(word_a, word_b)
                and _same_person(by_word[word_a], by_word[word_b], word_a, word_b, people)
            )
            or _same_rest(by_word[word_a], by_word[word_b], word_a, word_b, people)
        ):
            join(word_a, word_b)
    for word_a, word_b in _given_names_pairs(by_word, order):
        if (
            not any(word_a in text and word_b in text for text in written)
            and not _one_spelling(word_a, word_b)
            and _heard_two_ways(by_word[word_a], by_word[word_b], word_a, word_b, people)
        ):
            join(word_a, word_b)
    spellings: dict[str, list[str]] = {}
    for word in words:  # in order of first appearance, so each group's first word is its root
        spellings.setdefault(_root(group, word), []).append(word)
    # A name misspelt in two words ("Mohammed Sidique" / "Mohammad Siddique") makes two groups with the
    # same sides: one conflict, about both words.
    about: dict[tuple[Position, ...], list[str]] = {}
    for root, members in spellings.items():
        if len(members) > 1:
            about.setdefault(tuple(_spelling(by_word[word]) for word in members), []).append(root)
    return tuple(
        Conflict(about=SPELLING_ABOUT + _misspelt_words(roots, positions), kind="name", positions=positions)
        for positions, roots in about.items()
    )


def _misspelt_words(roots: list[str], positions: tuple[Position, ...]) -> str:
    """The misspelt words of one name as its label shows them: as the name writes them when they
    stand together in it ("Lamen Khalifa" of "Lamen Khalifa Fhimah"), else joined by "and". Joined
    by "and", words of one name read as two people ("spelling of Lamen and Khalifa")."""
    together = " ".join(roots)
    if any(f" {together} " in f" {position.value} " for position in positions):
        return together
    return " and ".join(roots)


def _role_conflicts(uses: list[_Use], written: list[frozenset[str]], people: People) -> tuple[Conflict, ...]:
    holders: dict[str, dict[str, list[_Use]]] = {}  # role -> full name -> uses binding it
    roles_of: dict[str, set[str]] = {}  # full name -> the roles bound to it, without their scope words
    for use in uses:
        if use.role:
            full = people.full_name(use.name, use.article_id) or use.name
            holders.setdefault(use.role, {}).setdefault(full, []).append(use)
            roles_of.setdefault(full, set()).add(_bare_role(use.role))
    found = []
    for role, by_name in holders.items():
        if len(by_name) < 2 or any(" " not in name for name in by_name):
            continue
        # A holder the story binds to another role too is another person, whom one article gave the
        # wrong title: "chief prosecutor Hans Carlsson" in one article, "Hans Carlsson, the lead
        # detective" in three, "chief prosecutor Ulf Noren" in two (DUC 2003 d31022t). The articles
        # then disagree on what Carlsson does, not on the name of the chief prosecutor.
        if any(roles_of[name] != {_bare_role(role)} for name in by_name):
            continue
        names = list(by_name)
        # Surnames and spellings: one person under two spellings is a spelling conflict, not this.
        if any(
            _one_spelling(a.split()[-1], b.split()[-1])
            or any(_misspelt(x, y) for x in a.split() for y in b.split())
            for i, a in enumerate(names)
            for b in names[i + 1 :]
        ):
            continue
        # An article that mentions two of the holders (by surname) knows they are different people.
        surnames = [name.split()[-1] for name in names]
        if any(sum(surname in text for surname in surnames) > 1 for text in written):
            continue
        sides = sorted(
            by_name.items(), key=lambda item: min((u.article_index, u.sentence.start) for u in item[1])
        )
        positions = tuple(_position(_cited(side), name) for name, side in sides)
        found.append(Conflict(about=f"name of the {role}", kind="name", positions=positions))
    return tuple(found)
