"""One reader of negation (storyweave.stance) for the claims and the statement conflicts: which verb a
sentence states, negates or leaves open; "not yet" negates, other hedges are not read, and a plain past
("Police charged the driver") states its verb."""

import datetime as dt
import re

import pytest

from storyweave import stance
from storyweave.align import align
from storyweave.crosscheck import find_conflicts
from storyweave.model import Article
from storyweave.segment import segment
from storyweave.stance import verb_stances


def _readings(text: str) -> list[tuple[str, str, str]]:
    return [(reading.stem, reading.stance, reading.form) for reading in verb_stances(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The captain has not yet been charged.", [("charg", "negated", "state")]),
        ("Prosecutors charged the captain with negligence.", [("charg", "stated", "act")]),
        ("He was arrested but not charged.", [("arrest", "stated", "state"), ("charg", "negated", "act")]),
        ("The mayor refused to resign.", [("resign", "negated", "act")]),
        ("The plant wasn't profitable.", [("profit", "negated", "state")]),
        ("The driver would not be charged.", [("charg", "negated", "intention")]),
        ("Harrow Chemicals did not plan to appeal.", [("appeal", "negated", "intention")]),
        ("Harrow Chemicals has no plans to appeal.", [("appeal", "negated", "intention")]),
        ("The union is going to strike.", [("strike", "stated", "intention")]),
        ("The cause has yet to be determined.", [("determin", "negated", "act")]),
        ("Police did not say whether the driver was charged.", [("charg", "open", "state")]),
        # Hedged, conditional, a frame, an adjective: nothing read.
        ("The council did not immediately respond.", []),
        ("The church was not severely damaged.", []),
        ("The road would not reopen until Monday.", []),
        ("Tolsby Power declined to comment.", []),
        ("The injured driver was taken to hospital.", [("take", "stated", "state")]),
    ],
)
def test_the_reader_tells_which_verb_is_stated_negated_or_left_open(text, expected):
    assert _readings(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The lorry driver was released and has not been charged, police said.",
        "The company was fined but not charged, and will appeal.",
        "Investigators never before examined the wreck, which was not insured.",
    ],
)
def test_the_readings_of_a_form_do_not_depend_on_the_forms_asked_for(text):
    every = [reading for reading in verb_stances(text) if reading.form != "act"]
    assert list(verb_stances(text, ("intention", "state"))) == every
    assert every


def _docs(*texts: str, date: str = "2026-05-11") -> list:
    return [
        segment(Article(f"a{n}", text, source=f"Outlet {n}", date=dt.date.fromisoformat(date)))
        for n, text in enumerate(texts)
    ]


def _cited(*texts: str) -> set[str]:
    docs = _docs(*texts)
    sentence = docs[0].sentences[0]
    return set(align(docs).sources_of(sentence))


def test_a_claim_does_not_cite_an_outlet_saying_it_has_not_yet_happened():
    charged = (
        "A 34-year-old man was charged over the fire that destroyed the Kestrel Foods warehouse in Dalby."
    )
    not_yet = "A 34-year-old man has not yet been charged over the fire that destroyed the Kestrel Foods warehouse in Dalby."
    assert _cited(charged, not_yet) == {"a0"}
    assert _cited(not_yet, charged) == {"a0"}


def test_a_plain_past_carries_the_claim_its_negation_does_not():
    charged = (
        "Police charged a 34-year-old man over the fire that destroyed the Kestrel Foods warehouse in Dalby."
    )
    restated = (
        "A 34-year-old man was charged over the fire that destroyed the Kestrel Foods warehouse in Dalby."
    )
    negated = (
        "A 34-year-old man was not charged over the fire that destroyed the Kestrel Foods warehouse in Dalby."
    )
    assert _cited(charged, restated) == {"a0", "a1"}
    assert _cited(charged, negated) == {"a0"}


def test_a_state_not_yet_reached_in_another_outlet_is_a_statement_conflict():
    docs = _docs(
        "The captain has not yet been charged, police said.", "The captain was charged with negligence."
    )
    (conflict,) = find_conflicts(docs)
    assert conflict.kind == "statement"
    assert [p.value for p in conflict.positions] == ["has not yet been charged", "was charged"]


def test_hedged_non_answers_stay_one_claim_and_no_conflict():
    docs = _docs(
        "Kestrel Foods did not immediately respond to a request for comment.",
        "Kestrel Foods declined to comment.",
    )
    assert find_conflicts(docs) == ()
    assert _cited(
        "Kestrel Foods did not immediately respond to a request for comment.",
        "Kestrel Foods declined to comment.",
    ) == {"a0", "a1"}


class _Reach:
    """A regex that records how many characters each ``match`` or ``search`` may read."""

    def __init__(self, pattern: re.Pattern[str], windows: list[int]) -> None:
        self.pattern, self.windows = pattern, windows

    def match(self, string: str, pos: int = 0, endpos: int = 2**62) -> re.Match[str] | None:
        self.windows.append(min(endpos, len(string)) - pos)
        return self.pattern.match(string, pos, endpos)

    def search(self, string: str, pos: int = 0, endpos: int = 2**62) -> re.Match[str] | None:
        self.windows.append(min(endpos, len(string)) - pos)
        return self.pattern.search(string, pos, endpos)


def test_a_sentence_of_thousands_of_words_is_not_read_again_for_each_verb(monkeypatch):
    """A clause is read a bounded way either side of its verb (it read to the sentence's end, then 24 s)."""
    sentence = " ".join(["the council met and approved the budget"] * 2000) + " but it was not paid."
    windows: list[int] = []
    for name in ("_CONDITION_AFTER", "_NEGATION_AFTER", "_OPEN_FRAME", "_NOBODY"):
        monkeypatch.setattr(stance, name, _Reach(getattr(stance, name), windows))
    readings = stance.verb_stances(sentence)
    assert max(windows) <= stance._CLAUSE_REACH
    assert [(v.verb, v.stance) for v in readings[:2]] == [("met", "stated"), ("approved", "stated")]
    assert (readings[-1].verb, readings[-1].stance) == ("paid", "negated")
