"""Session 45's second dates desk: a weekday told in the present is to come when its clause arranges it. The
present progressive of any verb with a short bare object is an arrangement ("The minister is meeting union
leaders on Thursday"), but not of an article's object or an unforeseen event ("Police are investigating a fire
on Sunday"); a clause with no tense word that a condition in the present follows ("Trams stop running on Monday
if members vote yes") is to come; and a release or a progressive before a bare weekday ("The album is released
Friday") is as one before "on Friday". The past tense keeps the day gone by in each. A weekday something was
moved from is the last such day before the day its own verb gives it after a comma or "and" ("The match, moved
from Saturday, was played on Sunday"), as before the day it was moved "to". A day told as the date of an event's noun ("the date of the vote would be
March 15") is the day of what the other outlet's verb tells ("Members will vote on March 14"): a date conflict."""

import pytest

from storyweave.crosscheck import find_conflicts
from tests.crosscheck.conftest import conflict_sides, dates_on, outlet_story

# The articles are of Tuesday 10 March 2026.
_TUESDAY = "2026-03-10"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister is meeting union leaders on Thursday.", ["2026-03-12"]),
        ("The minister is meeting union leaders on Thursday to discuss pay.", ["2026-03-12"]),
        ("Ministers are visiting Kestria on Monday.", ["2026-03-16"]),
        ("The chancellor is meeting Thursday with union leaders.", ["2026-03-12"]),
        # The past progressive, the past and an event gone by keep theirs.
        ("The minister was meeting union leaders on Thursday when the news broke.", ["2026-03-05"]),
        ("The minister met union leaders on Thursday.", ["2026-03-05"]),
        ("Police are investigating a fire on Sunday.", ["2026-03-08"]),
        ("Police are investigating shootings on Sunday.", ["2026-03-08"]),
    ],
)
def test_a_present_progressive_with_its_object_is_to_come(text: str, expected: list[str]) -> None:
    assert dates_on(text, _TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trams stop running on Monday if members vote yes.", ["2026-03-16"]),
        ("Staff walk out on Friday, unless the board improves its offer.", ["2026-03-13"]),
        # A past tense in the date's clause or in the condition keeps the day gone by.
        ("Trams stopped running on Monday.", ["2026-03-09"]),
        ("Trams stopped running on Monday if members voted yes.", ["2026-03-09"]),
        ("On Monday, if members voted yes, trams stopped.", ["2026-03-09"]),
    ],
)
def test_a_day_a_present_condition_follows_is_to_come(text: str, expected: list[str]) -> None:
    assert dates_on(text, _TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The album is released Friday.", ["2026-03-13"]),
        ("The report is published Thursday.", ["2026-03-12"]),
        ("The album was released Friday.", ["2026-03-06"]),
    ],
)
def test_a_release_before_a_bare_weekday_is_to_come(text: str, expected: list[str]) -> None:
    assert dates_on(text, _TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The match, moved from Saturday, was played on Sunday.", ["2026-03-07", "2026-03-08"]),
        ("The final was moved from Saturday and staged on Sunday.", ["2026-03-07", "2026-03-08"]),
        ("The match was moved from Saturday to Sunday.", ["2026-03-07", "2026-03-08"]),
        # To come, the day planned is the coming one; a day of another event is no day it was moved to.
        ("The match, moved from Saturday, will be played on Sunday.", ["2026-03-14", "2026-03-15"]),
        ("The concert was moved from Saturday, after a storm on Friday.", ["2026-03-14", "2026-03-13"]),
    ],
)
def test_a_day_moved_from_is_before_the_day_its_own_verb_gives(text: str, expected: list[str]) -> None:
    # Told on the Thursday after: the Saturday is the one before the Sunday it was played on.
    assert dates_on(text, "2026-03-12") == expected


_VOTE = (
    "2026-03-10",
    "Wire",
    "Tram drivers rejected the offer. Members will vote on March 14 on whether to strike.",
)


@pytest.mark.parametrize(
    "told",
    [
        "The union said the date of the vote would be March 15.",
        "The date of the vote is March 15, the union said.",
        "The vote date has been set for March 15.",
    ],
)
def test_the_date_of_an_event_noun_is_the_day_its_verb_tells(told: str) -> None:
    docs = outlet_story(_VOTE, ("2026-03-11", "Post", "Drivers want a 9% rise, not 5%. " + told))
    [conflict] = [c for c in find_conflicts(docs) if c.kind == "date"]
    assert conflict_sides(conflict) == {"2026-03-14": {"a0"}, "2026-03-15": {"a1"}}


@pytest.mark.parametrize(
    "told",
    [
        # Another event's noun, and a noun before another verb, are no date of the vote.
        "The union said the date of the hearing would be March 15.",
        "The date of the vote count and the results is due on March 15.",
    ],
)
def test_the_date_of_another_event_is_no_conflict(told: str) -> None:
    docs = outlet_story(_VOTE, ("2026-03-11", "Post", "Drivers want a 9% rise, not 5%. " + told))
    assert [c for c in find_conflicts(docs) if c.kind == "date"] == []
