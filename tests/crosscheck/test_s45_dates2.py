"""Session 45's second dates desk: a weekday told in the present is to come when its clause arranges it. The
present progressive of any verb with a short bare object is an arrangement ("The minister is meeting union
leaders on Thursday"), but not of an article's object or an unforeseen event ("Police are investigating a fire
on Sunday"); a clause with no tense word that a condition in the present follows ("Trams stop running on Monday
if members vote yes") is to come; and a release or a progressive before a bare weekday ("The album is released
Friday") is as one before "on Friday". The past tense keeps the day gone by in each. A weekday something was
moved from is the last such day before the day its own verb gives it after a comma or "and" ("The match, moved
from Saturday, was played on Sunday"), as before the day it was moved "to"."""

import pytest

from tests.crosscheck.conftest import dates_on

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
