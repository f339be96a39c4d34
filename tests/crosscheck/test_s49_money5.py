"""The money desk (session 49): rounded figures, a transfer's fee in words, sums of a kind with no kind word, pounds.

A figure written to a place stands for what rounds to it, half up: "$4.4m" for $4.35 million up to, not including,
$4.45 million, so "$4.35 million" / "$4.4m" agree and "$4.45 million" / "$4.4m" do not."""

import pytest

from .conftest import conflict_sides, dated_story, number_conflicts

DAY = "2026-05-12"


def _conflict_between(first: str, second: str) -> set[str]:
    """The articles of the one conflict of a story of two articles of one day."""
    [conflict] = number_conflicts(dated_story((DAY, first), (DAY, second)))
    return set().union(*conflict_sides(conflict).values())


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The Larsholm mansion in Kessby was sold on Monday for $4.35 million, the estate agent Brannock & Lee said.",
            "Brannock & Lee said the Larsholm mansion in Kessby was sold on Monday for $4.4m.",
        ),
        (
            "Regulators fined Corvane Bank 4.35 million euros on Tuesday for failing to report suspicious transfers.",
            "Corvane Bank was fined €4.4m by regulators on Tuesday for failing to report suspicious transfers.",
        ),
        (
            "A jury in Marlow awarded the Osei family $12.5 million in damages on Thursday.",
            "The Osei family won 13 million dollars in damages from a jury in Marlow on Thursday.",
        ),
        (
            "The flood damaged about 450 homes in Tarrow on Sunday, the council said.",
            "The council said 446 homes in Tarrow were damaged by the flood on Sunday.",
        ),
        (
            "The flood damaged nearly 450 homes in Tarrow on Sunday, the council said.",
            "The council said 446 homes in Tarrow were damaged by the flood on Sunday.",
        ),
    ],
)
def test_a_figure_at_the_midpoint_below_a_rounded_one_rounds_to_it(first, second):
    assert number_conflicts(dated_story((DAY, first), (DAY, second))) == []


@pytest.mark.parametrize("sold", ["$4.45 million", "$4.349 million"])
def test_a_figure_at_or_past_the_midpoint_above_is_another_figure(sold):
    assert _conflict_between(
        f"The Larsholm mansion in Kessby was sold on Monday for {sold}, the estate agent Brannock & Lee said.",
        "Brannock & Lee said the Larsholm mansion in Kessby was sold on Monday for $4.4m.",
    ) == {"a0", "a1"}
