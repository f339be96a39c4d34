"""Session 39's date checks: a state kept to a coming day ("will stay closed on Wednesday") is to come."""

import datetime as dt

import pytest

from storyweave.crosscheck.dates import Reference, find_dates

TUESDAY = Reference(dt.date(2026, 11, 3), estimated=False)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Schools in the region will stay closed on Wednesday, the education ministry said.", "2026-11-04"),
        ("Schools in the region will remain closed on Thursday, the education ministry said.", "2026-11-05"),
    ],
)
def test_a_state_kept_to_a_coming_weekday_is_dated_ahead(text, day):
    (mention,) = find_dates(text, TUESDAY)
    assert mention.value.iso == day
    assert mention.future


def test_a_state_kept_in_the_past_is_dated_back():
    # A guard: "remained" is the tense.
    (mention,) = find_dates("The road remained closed on Monday.", TUESDAY)
    assert mention.value.iso == "2026-11-02"
