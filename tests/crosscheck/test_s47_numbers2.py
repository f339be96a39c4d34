"""Session 47 (second numbers desk): a day that owns an event's noun ("after Saturday's roof collapse") dates that
event, so another day of its clause ("Rescuers on Monday reached ...") is the date of its own act, not of the event
another outlet dates."""

import pytest

from storyweave.crosscheck import find_conflicts

from .conftest import conflict_sides, outlet_story


def _date_conflicts(*articles: tuple[str, str, str]) -> list:
    return [c for c in find_conflicts(outlet_story(*articles)) if c.kind == "date"]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            "Eleven workers were trapped by a roof collapse on Saturday at the Dunmore mine.",
            "Rescuers on Monday reached the 11 miners trapped after Saturday's roof collapse at the Dunmore mine.",
        ),
        (
            "A tanker exploded on Saturday near the Orlen depot, injuring four drivers.",
            "Investigators on Monday blamed a faulty valve for Saturday's tanker explosion near the Orlen depot.",
        ),
        (
            "The Harlow footbridge collapsed on Saturday, trapping two cyclists.",
            "Engineers began clearing the river on Monday after Saturday’s footbridge collapse in Harlow.",
        ),
    ],
)
def test_a_day_owning_the_event_noun_dates_that_event_not_the_clauses_other_day(one: str, other: str) -> None:
    # Articles of Monday 19 January 2026.
    assert _date_conflicts(("2026-01-19", "North Ledger", one), ("2026-01-19", "Varland Report", other)) == []


def test_the_clauses_own_act_told_on_two_days_is_still_a_conflict() -> None:
    (conflict,) = _date_conflicts(
        (
            "2026-01-19",
            "North Ledger",
            "Rescuers reached the 11 miners on Sunday after Saturday's roof collapse at the Dunmore mine.",
        ),
        (
            "2026-01-19",
            "Varland Report",
            "Rescuers on Monday reached the 11 miners trapped after Saturday's roof collapse at the Dunmore mine.",
        ),
    )
    assert conflict_sides(conflict) == {"2026-01-18": {"a0"}, "2026-01-19": {"a1"}}
