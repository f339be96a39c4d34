"""Which verbs a sentence states, negates or leaves open: the one reader of negation.

Two stages read it: ``storyweave.align`` keeps a sentence negating the verb a claim states out of the claim
("was charged" / "was not charged"), and ``storyweave.crosscheck.conflicts`` reports an outlet's statement
that another negates (a "statement" conflict). It lives in its own module below both, since a stage must not
import a later one.

A negation counts only at its own verb ("was not charged", "has not been charged", "won't appeal", "had not
been drinking", "but not charged"; "has yet to", "declined to", "refused to", "failed to", "has no plans to"
negate too), and not when it is hedged in degree or manner ("did not immediately respond", "not only", "was
not severely damaged"), conditional ("would not reopen until Monday") or itself under "whether" or "if" (the
verb is left open). "Not yet" negates: "has not yet been charged" is the opposite state of "was charged". A
plain past states its verb ("Police charged the driver").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Literal

from storyweave.embed.terms import STOP_WORDS, stem

# Words of the frames around statements that every outlet uses about different
# things: attribution ("she wrote", "he added in a statement") and non-answers
# ("declined to comment", "was not immediately available for comment"). Before
# they were dropped, 3 of the 9 wrong claim links of the accuracy audit shared
# nothing else. ("said", "told", "according" are stop words too, in embed.terms.)
FRAME_STEMS = frozenset(
    stem(word)
    for word in """said says say saying told tell tells according wrote write writes writing written added
    adds noted notes explained stated continued asked replied reporters statement declined comment comments
    commented available immediately""".split()
)
# A place is a state ("was on the bridge", "were not in Iranian waters") only with what it names: the
# reader gives it, and a caller that compares no objects leaves it.
PLACE_PREPOSITIONS = frozenset(["on", "in", "at", "aboard", "inside", "behind"])
# An adverb between a negation and its verb hedges it ("not immediately", "not only", "not severely"), except
# those of time: "has not yet been charged", "a region never before explored" negate. Without a negation it
# is read past ("was badly damaged", "are allegedly going to appear").
_HEDGE = r"(?:(?P<hedge>yet(?!\s+to\b)|before|[a-z]+ly)\s+)?"
_NEGATING_HEDGES = frozenset(["yet", "before"])
_AUXILIARY = "was|were|is|are|am|has|have|had|will|would|shall|should|can|could|may|might|must|do|does|did"
_VERB_GROUP = re.compile(
    rf"\b(?=(?:{_AUXILIARY}|won|can|cannot|yet|declined|declines|refused|refuses|failed|fails|plans?|planned"
    r"|intends?|intended|decided|agreed|vowed|going)(?:n['’]t)?\b)"
    rf"(?:(?P<auxiliary>{_AUXILIARY})(?P<negation>\s+not|\s+never|n['’]t)?\s+"
    r"|(?P<contraction>won['’]t|can['’]t|cannot)\s+)?"
    rf"{_HEDGE}"
    r"(?:(?P<refusal>yet|declined|declines|refused|refuses|failed|fails)\s+to\s+"
    r"|(?P<no_plans>no\s+(?:plans?|intention))\s+to\s+"
    r"|(?P<plan>plans?|planned|intends?|intended|decided|agreed|vowed|going)\s+to\s+)?"
    r"(?P<chain>(?:be|been|being|have(?P<perfect_negation>\s+not|\s+never)?(?:\s+been)?)\s+)?"
    r"(?P<verb>[a-z]+)\b"
)
_LEADS = ("auxiliary", "contraction", "refusal", "no_plans", "plan")
_INTENDING = frozenset("plan plans planned intend intends intended".split())
_COPULAS = frozenset("was were is are".split())
_PERFECTS = frozenset("has have had".split())
# A plain past or participle outside any verb group ("Police charged the driver", "was arrested and
# charged", "but not charged"), and the irregular ones whose stem is not their verb's ("has paid" / "failed
# to pay"). After an article or a possessive it is an adjective ("the injured driver").
_IRREGULAR = {
    past: stem(base)
    for past, base in (
        ("paid", "pay"),
        ("made", "make"),
        ("found", "find"),
        ("held", "hold"),
        ("sold", "sell"),
        ("shot", "shoot"),
        ("built", "build"),
        ("caught", "catch"),
        ("kept", "keep"),
        ("left", "leave"),
        ("taken", "take"),
        ("given", "give"),
        ("seen", "see"),
        ("met", "meet"),
        ("won", "win"),
    )
}
_PLAIN_PAST = re.compile(
    rf"\b(?:(?P<negation>not|never)\s+{_HEDGE})?(?P<verb>[a-z]{{3,}}ed|" + "|".join(_IRREGULAR) + r")\b"
)
_ADJECTIVE_BEFORE = re.compile(r"\b(?:a|an|the|his|her|its|their|our|my|your|this|that)\s+$")
_ADJECTIVE_REACH = len("their ") + 2
_CLAUSE_START = re.compile(r"[,;:()—–]")
_OPEN_FRAME = re.compile(r"\b(?:whether|if|unless)\b")
# "No trace ... has been found", "Police said nobody was hurt": the subject negates the statement ("The
# results came as no surprise since ... had been dropped" does not: dev, DUC 2003).
_NOBODY = re.compile(r"(?:^|\b(?:said|says|that|and|but)\s+)(?:no|nobody|none|nothing|neither)\b")
_CONDITION_AFTER = re.compile(r"[^,;:.!?]*?\b(?:until|unless|if)\b")
# "could result in a ticket but not in a criminal record" states and negates in one clause (dev, Multi-News);
# "was released and has not been charged" states one verb and negates another.
_NEGATION_AFTER = re.compile(r"[^,;:.!?]*?\b(?:not|never|no)\b")
# How far either side of a verb its clause is read: a clause of news prose is far shorter, and a sentence of
# thousands of words with no comma (tests/crosscheck/test_long_sentences.py) must not be read again for each
# of its verbs (118,800 characters took 24 s, 0.2 s bounded).
_CLAUSE_REACH = 400

Stance = Literal["stated", "negated", "open"]
# "intention": will, would, plans to, is going to, has no plans to; "state": was, is + a participle, an
# adjective or a place, has been + a participle; "act": any other (did not respond, has resigned, refused
# to resign, a plain past).
Form = Literal["intention", "state", "act"]
_FORMS: tuple[Form, ...] = ("intention", "state", "act")


@dataclass(frozen=True)
class VerbStance:
    """One verb a sentence states, negates or leaves open.

    Attributes:
        verb: The verb as written ("charged", "appeal"; for a state, the adjective or the place's preposition).
        stem: Its stem, an irregular participle's as its verb's ("paid" -> "pay").
        stance: "stated", "negated" or "open" (under "whether", "if", "unless").
        form: What it tells: an "intention", a "state" or an "act" (see ``Form``).
        start: Where its verb group starts ("was" of "was not charged", "has" of "has no plans to").
        verb_start: Where the verb starts.
    """

    verb: str
    stem: str
    stance: Stance
    form: Form
    start: int
    verb_start: int

    @property
    def verb_end(self) -> int:
        return self.verb_start + len(self.verb)


def _form(match: re.Match[str]) -> Form | None:
    """What the verb group ``match`` tells; None for a group that is not one ("has no plans" after "is")."""
    auxiliary = match.group("auxiliary") or ""
    plan = match.group("plan") or ""
    chain = " ".join(word for word in (match.group("chain") or "").split() if word not in ("not", "never"))
    if match.group("no_plans"):
        return "intention" if auxiliary in _PERFECTS else None
    if plan:
        going = plan == "going" and auxiliary in _COPULAS
        return "intention" if plan in _INTENDING or going else "act"
    if match.group("refusal"):
        return "act"
    contraction = match.group("contraction") or ""
    if (auxiliary in ("will", "would") or contraction.startswith("won")) and chain in ("", "be"):
        return "intention"
    if (auxiliary in _COPULAS and not chain) or (auxiliary in _PERFECTS and chain == "been"):
        return "state"
    return "act"


def _hedged(match: re.Match[str], *, negated: bool) -> bool:
    """Whether the verb of ``match``, ``negated`` at it, is hedged (see ``_HEDGE``)."""
    return negated and match.group("hedge") not in (None, *_NEGATING_HEDGES)


def _any_within(ends: Sequence[int], low: int, high: int) -> bool:
    """Whether the sorted ``ends`` hold one in ``low`` .. ``high`` - 1."""
    at = bisect.bisect_left(ends, low)
    return at < len(ends) and ends[at] < high


def _stance(
    text: str, start: int, end: int, clause_start: int, *, negated: bool, negations: Sequence[int]
) -> Stance | None:
    """The stance of the verb group at ``text[start:end]`` (lower case), in the clause from ``clause_start``;
    None when it is no yes or no: a condition, a statement its clause also negates other than at a verb of
    its own (``negations``: where those end, in order), or one under a negated verb ("does not mean Jamaica plans to
    soften": dev, Multi-News)."""
    reach = min(len(text), end + _CLAUSE_REACH)
    if _CONDITION_AFTER.match(text, end, reach):
        return None
    if not negated:
        at = end
        while (negation := _NEGATION_AFTER.match(text, at, reach)) is not None:
            if not _any_within(negations, negation.end(), negation.end() + 1):
                return None
            at = negation.end()
    clause_start = max(clause_start, start - _CLAUSE_REACH)
    clause = text[clause_start:start]
    if _OPEN_FRAME.search(clause):
        return "open"
    if not negated and _any_within(negations, clause_start, start):
        return None
    if negated or _NOBODY.search(clause.strip()):
        return "negated"
    return "stated"


def verb_stances(text: str, forms: Collection[Form] = _FORMS) -> tuple[VerbStance, ...]:
    """Each verb of one of ``forms`` the sentence ``text`` states, negates or leaves open, in text order (a
    verb may recur). The readings of a form do not depend on which others are asked for: a caller reading
    only intentions and states skips the work of the acts (most are plain pasts).

    Example:
        >>> [(v.verb, v.stance, v.form) for v in verb_stances("Police did not say whether he had been drinking.")]
        [('drinking', 'open', 'state')]
        >>> [(v.verb, v.stance) for v in verb_stances("He was arrested but not charged, and will appeal.")]
        [('arrested', 'stated'), ('charged', 'negated'), ('appeal', 'stated')]
    """
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer ("İ"): read as written
        lowered = text
    # (match, its verb's group, its form, whether it negates its verb), of verb groups, then of plain pasts.
    read: list[tuple[re.Match[str], str, Form, bool]] = []
    grouped = []
    negations = set()  # where each negation of a verb read ends
    for match in _VERB_GROUP.finditer(lowered):
        if not any(match.group(lead) for lead in _LEADS):
            continue
        form, verb_group = _form(match), "verb"
        grouped.append(match.span())
        # "refused to", "has no plans to" negate their verb; "did not refuse to" does not.
        refusing = bool(match.group("refusal") or match.group("no_plans"))
        if match.group("plan") and match.group("verb") in STOP_WORDS:
            # "has agreed to an Israeli request", "is going to a region": the planning word is the verb.
            form, verb_group, refusing = "act", "plan", False
        verb = match.group(verb_group)
        negating = bool(match.group("negation") or match.group("contraction"))
        if (
            form is None
            or _hedged(match, negated=negating)  # "would likely have never gone" is no hedged negation
            or verb.endswith("ly")
            or stem(verb) in FRAME_STEMS
            or (verb in STOP_WORDS and not (form == "state" and verb in PLACE_PREPOSITIONS))
        ):
            continue
        for negation in ("negation", "perfect_negation"):
            if match.group(negation):
                negations.add(match.end(negation))
        negating = negating or bool(match.group("perfect_negation"))  # "would have never let"
        if match.group("no_plans"):
            negations.add(match.start("no_plans") + len("no"))
        read.append((match, verb_group, form, negating != refusing))
    # Without the acts, a plain past counts only for its negation ("was released but not charged").
    plain_pasts = "act" in forms or "not" in lowered or "never" in lowered
    for match in _PLAIN_PAST.finditer(lowered) if plain_pasts else ():
        if (
            any(start <= match.start("verb") < end for start, end in grouped)
            or _ADJECTIVE_BEFORE.search(lowered, max(0, match.start() - _ADJECTIVE_REACH), match.start())
            or stem(match.group("verb")) in FRAME_STEMS
            or _hedged(match, negated=bool(match.group("negation")))
        ):
            continue
        if match.group("negation"):
            negations.add(match.end("negation"))
        read.append((match, "verb", "act", bool(match.group("negation"))))
    clause_starts = [0, *(mark.end() for mark in _CLAUSE_START.finditer(lowered))]
    negation_ends = sorted(negations)
    found = []
    for match, verb_group, form, negated in read:
        if form not in forms:
            continue
        start, verb_start, verb_end = match.start(), match.start(verb_group), match.end(verb_group)
        clause_start = clause_starts[bisect.bisect_right(clause_starts, start) - 1]
        stance = _stance(lowered, start, match.end(), clause_start, negated=negated, negations=negation_ends)
        if stance is not None:
            verb = text[verb_start:verb_end]
            found.append(VerbStance(verb, _stem(verb.lower()), stance, form, start, verb_start))
    return tuple(sorted(found, key=lambda reading: reading.verb_start))


def _stem(verb: str) -> str:
    return _IRREGULAR.get(verb) or stem(verb)


# A negated verb contradicts the verb stated or left open; stated and open do not contradict each other
# ("would rebuild" / "has yet to decide whether it will rebuild" stay one claim: narrow first).
CONTRARY = {"negated": ("stated", "open"), "stated": ("negated",), "open": ("negated",)}


def stem_stances(text: str) -> frozenset[tuple[str, str]]:
    """(stem of a verb, its stance) for each verb ``text`` negates, states or leaves open, and only one of these.

    A place ("was not in the wheelhouse" / "was in the cabin") is no verb here: it is a state only with what
    it names, and a claim's members are not compared by their objects.

    Example:
        >>> sorted(stem_stances("Police did not say whether the driver had been drinking."))
        [('drink', 'open')]
    """
    seen: dict[str, set[str]] = {}
    for reading in verb_stances(text):
        if reading.verb.lower() not in PLACE_PREPOSITIONS:
            seen.setdefault(reading.stem, set()).add(reading.stance)
    return frozenset((verb, stances.pop()) for verb, stances in seen.items() if len(stances) == 1)


# Kinds of action that are each a fact of their own about one person or event, however alike the sentences
# stating them: the stages of a criminal case ("was charged with fraud" is not "was convicted of fraud", and
# an allegation is no finding) and the rescue of people (QA pass 8: a claim worded "... 24
# residents were rescued by boat when the River Calder burst its banks" cited a brief that only says the
# river burst its banks). The words of one kind restate each other ("was convicted" / "was found guilty" /
# "a jury found him guilty"); an evacuation is none, as its words are few ("All 14 workers ... were evacuated
# without injury." restates "The 14 workers ... all got out safely.": the bundled example). In lower case; an earlier kind wins where two match one span ("found not
# guilty" is an acquittal, "denied bail" a remand).
_EVENT_KINDS: tuple[tuple[str, str], ...] = (
    # Of what is "cleared of" or "denied", only charges tell a stage: roads are cleared of debris, and
    # companies deny reports.
    (
        "acquitted",
        r"acquitted|found\s+(?:\w+\s+)?not\s+guilty|cleared\s+of\s+(?:all\s+)?(?:charges?|wrongdoing)",
    ),
    (
        "convicted",
        r"convicted|found\s+(?:(?!not\b)\w+\s+){0,2}guilty|(?:returned|reached|delivered)\s+(?:a\s+)?guilty\s+verdict",
    ),
    (
        "pleaded not guilty",
        r"(?:pleaded|pled|pleads|plead|pleading)\s+not\s+guilty|(?:denies|denied)\s+(?:the\s+|all\s+)?charges?",
    ),
    ("pleaded guilty", r"(?:pleaded|pled|pleads|plead|pleading)\s+guilty|admitted\s+(?:the\s+)?charges?"),
    ("sentenced", r"sentenced|jailed|imprisoned"),
    ("remanded", r"remanded|(?:held|kept|detained)\s+in\s+custody|(?:refused|denied)\s+bail"),
    ("bailed", r"granted\s+bail|released\s+on\s+bail|bailed|on\s+bail"),
    # "charged" (see _CHARGED_WITH), "indicted", "faces five felony counts".
    ("charged", r"charged|indicted|fac(?:es|ed|ing)\s+(?:[\w-]+\s+){0,3}?(?:counts?|charges?)"),
    ("arrested", r"arrested|detained|taken\s+into\s+custody|apprehended|(?:placed|put)\s+under\s+arrest"),
    ("alleged", r"alleges?|alleged|accuses|accused|contends?|contended|charges\s+that"),
    ("rescued", r"rescued|rescuing"),
)
# A word piece of every kind's words: a sentence holding none states no kind, read without the regular
# expression below (six times slower on the DUC 2003 dev sentences, of which one in five holds a piece).
_EVENT_PIECES = (
    "acquit", "convict", "guilty", "cleared", "plead", "pled", "charge", "sentenc", "jail", "impris", "remand",
    "custody", "bail", "indict", "arrest", "detain", "apprehend", "alleg", "accus", "contend", "rescu", "counts",
    " count ",
)  # fmt: skip
_EVENT_WORDS = re.compile("|".join(rf"\b(?P<k{n}>{words})\b" for n, (_, words) in enumerate(_EVENT_KINDS)))
# A relative or adverbial clause tells what happened before or around the sentence's own event: "Brendan
# Solari, who was charged on 2 November, was found guilty on Friday" states the verdict, not the charge. Its
# opener covers the first kind after it in its clause only ("The man who was arrested on Monday has been
# charged").
_BACKGROUND_OPENER = re.compile(
    r"\b(?:who|whom|whose|which|after|since|following|before|when|while|having|once|until|pending)\b"
)
# "the former manager accused of taking $430,000", "the former police officer convicted of murder ...": a
# participle describing a person, not the sentence's event (dev, AllSides: it split "... convicted of murder
# ..., was sentenced on Friday to 22 and a half years" from "... was sentenced to 22 1/2 years ..."); "was
# accused of", "and charged with" and "accused him of" are events.
_DESCRIBING = re.compile(r"[a-z]+ed\s+(?:of|by|in|on|at|for|over|with|after|during|from)\b")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|be|being)\s+$")
_EVENT_BEFORE = re.compile(r"\b(?:has|have|had|and|or|but|not|never)\s+$")
# "charged" prices and charges at things too ("charged customers $5", "charged into the crowd"): an accused is
# charged with or over an offence, or in the passive.
_CHARGED_WITH = re.compile(r"charged\s+(?:[\w'’-]+\s+){0,4}?(?:with|over|in\s+connection)\b")
# Where a kind's words stand as "the alleged fraud", "the accused", "those rescued": a noun or an adjective,
# no event.
_NOUN_BEFORE = re.compile(r"\b(?:a|an|the|his|her|its|their|our|my|your|this|that|these|those)\s+$")
_UPCOMING = " (to come)"
# A negation the verb reader leaves unread, being hedged ("has not previously been accused of"): the kind is
# not stated either (dev, Multi-News: it split "has never been accused of molestation before" from it).
_NEGATION_BEFORE = re.compile(r"\b(?:not|never|n['’]t)\s+(?:\w+ly\s+)?(?:(?:be|been|being)\s+)?$")
_NEGATION_REACH = len("not previously been ") + 8


@dataclass(frozen=True)
class EventKinds:
    """The kinds of action (see ``_EVENT_KINDS``) a sentence states, each as named there, followed by
    " (to come)" for one it states as an intention ("will be sentenced" is not "was sentenced").

    Attributes:
        main: The kinds of its own event(s).
        background: The kinds it states only in a relative or adverbial clause ("who was charged on 2
            November", "after being arrested") or a description ("the manager accused of taking ...").
    """

    main: frozenset[str]
    background: frozenset[str]

    @property
    def stated(self) -> frozenset[str]:
        return self.main | self.background


_NO_EVENT = EventKinds(frozenset(), frozenset())


def event_kinds(text: str) -> EventKinds:
    """The kinds of action the sentence ``text`` states, by :func:`verb_stances`'s reading of its verbs:
    a kind negated ("was not remanded in custody") or left open ("did not say whether he was charged") is
    not stated.

    Example:
        >>> event_kinds("Brendan Solari, who was charged on 2 November, was found guilty on Friday.")
        EventKinds(main=frozenset({'convicted'}), background=frozenset({'charged'}))
        >>> sorted(event_kinds("He was not remanded and will be sentenced on 11 December.").stated)
        ['sentenced (to come)']
    """
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer ("İ"): read as written
        lowered = text
    found = list(_EVENT_WORDS.finditer(lowered)) if any(piece in lowered for piece in _EVENT_PIECES) else []
    if not found:
        return _NO_EVENT
    readings = {reading.verb_start: reading for reading in verb_stances(text)}
    clause_starts = [0, *(mark.end() for mark in _CLAUSE_START.finditer(lowered))]
    main, background = set(), set()
    previous_end = 0
    for match in found:
        start = match.start()
        kind = _EVENT_KINDS[int(match.lastgroup[1:])][0]
        reading = readings.get(start)
        passive = _PASSIVE_BEFORE.search(lowered, max(0, start - len("being ")), start) is not None
        if (
            (reading is not None and reading.stance != "stated")
            or (reading is None and _NEGATION_BEFORE.search(lowered, max(0, start - _NEGATION_REACH), start))
            or _NOUN_BEFORE.search(lowered, max(0, start - _ADJECTIVE_REACH), start)
            or (
                match.group().startswith("charged")
                and not passive
                and not _CHARGED_WITH.match(lowered, start)
            )
        ):
            continue
        if reading is not None and reading.form == "intention":
            kind += _UPCOMING
        clause_start = clause_starts[bisect.bisect_right(clause_starts, start) - 1]
        opener_at = max(
            (m.end() for m in _BACKGROUND_OPENER.finditer(lowered, clause_start, start)), default=-1
        )
        described = (
            _DESCRIBING.match(lowered, start) is not None
            and not passive
            and not _EVENT_BEFORE.search(lowered, max(0, start - len("never ")), start)
        )
        (background if opener_at >= previous_end or described else main).add(kind)
        previous_end = match.end()
    return EventKinds(frozenset(main), frozenset(background - main))
