"""The numbers desk's second pass (session 45): a count of people made to leave runs with the story's days as a toll
does, so "1,200 people were evacuated" on Friday and "the number of evacuated residents rose to 2,300" on Sunday are
one count updated, and a participle before the noun of "the number of" is that noun's state ("evacuated
residents" counts residents), while "the number of injured" still counts the injured; another act ("were rescued"),
another state ("injured residents") or another place stays apart."""

import pytest

from .conftest import conflict_sides, dated_story, number_conflicts

_FRIDAY, _SUNDAY = "2026-05-01", "2026-05-03"
_EVACUATED = "Officials said 1,200 people were evacuated from riverside districts in Marlow on Friday."


@pytest.mark.parametrize(
    "later",
    [
        "The number of evacuated residents rose to 2,300 on Sunday, officials said.",
        "By Sunday, some 2,300 residents had been evacuated from their homes, the mayor said.",
        "The number of people evacuated climbed to 2,300, the mayor said on Sunday.",
    ],
)
def test_a_later_days_evacuation_count_updates_the_first(later):
    [conflict] = number_conflicts(dated_story((_FRIDAY, _EVACUATED), (_SUNDAY, later)))
    assert conflict.update
    assert {articles.pop() for articles in conflict_sides(conflict).values()} == {"a0", "a1"}


@pytest.mark.parametrize(
    "later",
    [
        # Another act.
        "Rescue crews said 2,300 people were rescued in all by Sunday.",
        # Another state of people: "the number of injured residents" counts the injured.
        "The number of injured residents rose to 40 on Sunday, officials said.",
        "The number of injured rose to 40 on Sunday, officials said.",
        # Another place.
        "The number of evacuated residents in Kessling rose to 2,300 on Sunday, officials said.",
    ],
)
def test_other_counts_are_no_update_of_the_evacuation(later):
    assert number_conflicts(dated_story((_FRIDAY, _EVACUATED), (_SUNDAY, later))) == []
