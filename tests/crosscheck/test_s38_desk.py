"""Session 38, the health and science desk: a plan told in the pluperfect ("had been scheduled to fly in June")
takes the nearer year, not the future's."""

from .conftest import dates_on


def test_a_month_a_plan_had_been_set_for_takes_the_nearer_year():
    # Of a September launch delay: that June had passed, where the future's reading put it a year on.
    text = "The mission had been scheduled to fly in June before a problem was found during testing in April."
    assert dates_on(text, "2026-09-15") == ["2026-06", "2026-04"]


def test_a_month_a_plan_had_been_set_for_may_still_be_to_come():
    assert dates_on("The mission had been scheduled to launch in October.", "2026-09-15") == ["2026-10"]
    assert dates_on("The plant had been expected to open on Jan. 20.", "2026-09-15") == ["2027-01-20"]


def test_a_plan_in_the_present_still_looks_ahead():
    assert dates_on("The mission is scheduled to fly in June.", "2026-09-15") == ["2027-06"]
