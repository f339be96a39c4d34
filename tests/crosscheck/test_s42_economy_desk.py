"""The economy and markets desk's QA pass (session 42): a currency's move against another currency, told by two
outlets with different verbs of one direction ("fell 0.6% against the dollar" / "weakened 0.9% against the US
dollar"), is one move whose figures conflict, while moves in opposite directions, against other currencies or of
other currencies are not compared; "added" right before a figure is its verb ("added 187,000 jobs"), one sense with
"created"; a rate "held at" its level names its measure ("core inflation held at 2.9%"), and core and headline
inflation stay two measures."""

import pytest

from .conftest import conflict_sides, dated_story, number_conflicts


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The castro fell 0.6% against the dollar after the announcement.",
            "The castro weakened 0.9% against the US dollar in afternoon trading.",
        ),
        ("The crown dropped 1.9% versus the euro.", "The Meridian crown weakened 1.4% against the euro."),
        ("The rand gained 0.6% against the dollar.", "The rand strengthened 0.9 percent to the dollar."),
    ],
)
def test_one_currency_move_told_with_two_verbs_conflicts(first, second):
    [conflict] = number_conflicts(dated_story(("2026-11-18", first), ("2026-11-18", second)))
    assert {outlets.pop() for outlets in conflict_sides(conflict).values()} == {"a0", "a1"}


@pytest.mark.parametrize(
    "second",
    [
        # A rise is not the fall's figure.
        "The castro rose 0.9% against the dollar on Thursday.",
        # Another currency it moved against.
        "The castro weakened 0.9% against the euro.",
        # Another currency that moved.
        "The peso weakened 0.9% against the dollar.",
    ],
)
def test_other_currency_moves_do_not_conflict(second):
    first = "The castro fell 0.6% against the dollar after the announcement."
    assert number_conflicts(dated_story(("2026-11-18", first), ("2026-11-18", second))) == []


def test_jobs_added_and_jobs_created_are_one_count():
    """ "added" right before a figure is the figure's verb, not speech, and "created" jobs are added jobs."""
    docs = dated_story(
        (
            "2026-11-06",
            "Employers in Brennland added 187,000 jobs in October, the labour office said on Friday.",
        ),
        (
            "2026-11-06",
            "Brennland's economy created 178,000 jobs last month, the labour office said. "
            "Revisions subtracted 23,000 jobs from the September tally.",
        ),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"187000": {"a0"}, "178000": {"a1"}}


def _inflation_story(second: str) -> list:
    return dated_story(
        (
            "2026-11-10",
            "Annual inflation slowed to 3.24% in October. Food prices were 5.1% higher than a year ago. "
            "Core inflation fell to 2.7%, the statistics agency said.",
        ),
        ("2026-11-11", f"Food prices were up 5.1% on the year. {second}"),
    )


def test_a_rate_held_at_its_level_is_that_rate():
    [conflict] = number_conflicts(
        _inflation_story("Headline inflation eased, while core inflation held at 2.9%.")
    )
    assert conflict_sides(conflict) == {"2.7": {"a0"}, "2.9": {"a1"}}


def test_core_and_headline_inflation_are_two_measures():
    assert number_conflicts(_inflation_story("Headline inflation held at 3.24%, the agency said.")) == []
