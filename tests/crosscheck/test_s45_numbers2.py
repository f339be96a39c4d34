"""The numbers desk's second pass (session 45): a count of people made to leave runs with the story's days as a toll
does, so "1,200 people were evacuated" on Friday and "the number of evacuated residents rose to 2,300" on Sunday are
one count updated, and a participle before the noun of "the number of" is that noun's state ("evacuated
residents" counts residents), while "the number of injured" still counts the injured; another act ("were rescued"),
another state ("injured residents") or another place stays apart. A sum in cents is read in dollars: "31 cents a share"
and "$0.34 a share" are one earnings figure in two units, a conflict shown as written, and "31 cents" / "$0.31" agree,
while a change in cents beside its new level in dollars ("rose 5 cents to $3.10") stays two figures. An outlet that
swaps the dead and the injured ("killed 12 and wounded 40" / "left 40 dead and 12 injured") conflicts on each count,
however far apart the two figures, while counts of another place, or not swapped, are left as they were. A round of an
election an article names only as one to come or to avoid ("faces a runoff", "to avoid a runoff") is no round its
figures are of (tests/crosscheck/test_s45_elections.py has the rounds an article does name)."""

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


_EARNED = "Halvern Corp. reported earnings of 31 cents a share for the third quarter, the company said."


@pytest.mark.parametrize(
    ("other", "shown"),
    [
        ("Halvern earned $0.34 a share in the third quarter.", "0.34"),
        ("Halvern posted earnings of 34 cents per share for the quarter.", "34 cents"),
    ],
)
def test_earnings_a_share_in_cents_and_dollars_conflict_as_written(other, shown):
    [conflict] = number_conflicts(dated_story((_FRIDAY, _EARNED), (_FRIDAY, other)))
    assert conflict_sides(conflict) == {"31 cents": {"a0"}, shown: {"a1"}}


def test_one_sum_in_cents_and_in_dollars_agrees():
    other = "Halvern earned $0.31 a share in the third quarter."
    assert number_conflicts(dated_story((_FRIDAY, _EARNED), (_FRIDAY, other))) == []


def test_a_change_in_cents_and_its_level_in_dollars_are_two_figures():
    docs = dated_story(
        (_FRIDAY, "Gas prices rose 5 cents to $3.10 a gallon on Friday."),
        (_FRIDAY, "Gas prices climbed 7 cents to $3.12 a gallon on Friday."),
    )
    assert sorted(sorted(conflict_sides(c)) for c in number_conflicts(docs)) == [
        ["$3.10", "3.12"],
        ["5 cents", "7 cents"],
    ]


_ATTACK = "Gunmen killed 12 people and wounded 40 in an attack on a market in Dorvan, police said."


@pytest.mark.parametrize(
    "swapped",
    [
        "The attack on the Dorvan market left 40 dead and 12 injured, officials said.",
        "The attack on the Dorvan market killed 40 people and injured 12, officials said.",
        "Forty people were killed and 12 were wounded in the attack on the Dorvan market, officials said.",
    ],
)
def test_an_outlet_that_swaps_the_dead_and_the_injured_conflicts_on_each(swapped):
    conflicts = number_conflicts(dated_story((_FRIDAY, _ATTACK), (_FRIDAY, swapped)))
    assert sorted(sorted(conflict_sides(c).items()) for c in conflicts) == [
        [("12", {"a0"}), ("40", {"a1"})],
        [("12", {"a1"}), ("40", {"a0"})],
    ]


@pytest.mark.parametrize(
    "other",
    [
        # Another attack, in another place.
        "A bombing in Kessel last year left 40 dead and 12 injured.",
        # Not swapped: each count over three times the other outlet's, too far apart to be one count.
        "The attack on the Dorvan market killed 45 people and injured 150, officials said.",
    ],
)
def test_tolls_of_another_attack_or_not_swapped_do_not_conflict(other):
    assert number_conflicts(dated_story((_FRIDAY, _ATTACK), (_FRIDAY, other))) == []


_RUIZ = "Ana Ruiz is a candidate for president of Veloria. "
_FIRST_ROUND = _RUIZ + "Ruiz won 47.9% of the vote in the first round on Sunday."


@pytest.mark.parametrize(
    "other",
    [
        _RUIZ
        + "Ruiz won 46.2% of the vote on Sunday, official results showed. She will face Varga in a runoff.",
        _RUIZ + "Ruiz won 46.2% of the vote on Sunday and faces a runoff on October 25.",
        _RUIZ + "Ruiz won 46.2% of the vote on Sunday. She needed more than half to avoid a runoff.",
    ],
)
def test_a_round_still_to_come_or_avoided_makes_no_figure_of_it(other):
    """A runoff an article names only as one to come or to avoid is no round its figures are of: its unnamed share
    still meets the first round's."""
    [conflict] = number_conflicts(dated_story((_SUNDAY, _FIRST_ROUND), (_SUNDAY, other)))
    assert conflict_sides(conflict) == {"47.9": {"a0"}, "46.2": {"a1"}}
