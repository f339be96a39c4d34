"""Timeline round 8: a week written with a weekday is that day, a week may open on the Sunday before its
Monday, and a month told by one outlet stays a month when another outlet gives the day (QA item 16)."""

import datetime as dt

import pytest

from storyweave.crosscheck import build_timeline
from storyweave.crosscheck.dates import Reference, find_dates
from storyweave.model import Article, Segmented
from storyweave.segment import segment

THURSDAY = Reference(dt.date(2026, 11, 26), estimated=False)
SATURDAY = Reference(dt.date(2026, 11, 28), estimated=False)
SUNDAY = Reference(dt.date(2026, 11, 29), estimated=False)


@pytest.mark.parametrize(
    ("reference", "text", "expression", "expected", "future"),
    [
        # Next week runs from Monday 30 November: its Tuesday, not the coming Tuesday (1 December either way
        # on a Thursday; see the Monday case below).
        (THURSDAY, "The board will meet next week on Tuesday.", "next week on Tuesday", "2026-12-01", True),
        (THURSDAY, "Talks will resume on Tuesday next week.", "Tuesday next week", "2026-12-01", True),
        (THURSDAY, "The vote is Tuesday of next week.", "Tuesday of next week", "2026-12-01", True),
        # A Sunday opens the week named, as a Sunday paper counts weeks: three days on, not in the ISO week
        # of "next week" (a week late), and a future passive ("will be held") is no past tense.
        (THURSDAY, "The summit will be held next week on Sunday.", "next week on Sunday", "2026-11-29", True),
        (
            THURSDAY,
            "The festival is set for next week, on Sunday.",
            "next week, on Sunday",
            "2026-11-29",
            True,
        ),
        (
            THURSDAY,
            "At last week's Friday meeting, the board voted.",
            "last week's Friday",
            "2026-11-20",
            False,
        ),
        # On a Saturday, "Thursday" alone is two days back; "Thursday last week" nine.
        (
            SATURDAY,
            "Inspectors found cracks on Thursday last week.",
            "Thursday last week",
            "2026-11-19",
            False,
        ),
        (
            SATURDAY,
            "Two weeks ago on Monday, crews closed it.",
            "Two weeks ago on Monday",
            "2026-11-09",
            False,
        ),
        # A Sunday's weeks are counted from the coming Monday (see ``dates._week_from``).
        (
            SUNDAY,
            "Last week, on Wednesday, the council voted.",
            "Last week, on Wednesday",
            "2026-11-25",
            False,
        ),
        (SUNDAY, "The bridge will reopen next week on Friday.", "next week on Friday", "2026-12-11", True),
    ],
)
def test_a_week_written_with_a_weekday_is_that_day(reference, text, expression, expected, future):
    (mention,) = find_dates(text, reference)
    assert (mention.expression, mention.value.iso, mention.future) == (expression, expected, future)
    assert mention.relative


def test_a_weekday_of_next_week_is_not_the_coming_one():
    # Monday 23 November: "Tuesday" alone is the next day.
    (mention,) = find_dates(
        "The board will meet next week on Tuesday.", Reference(dt.date(2026, 11, 23), False)
    )
    assert mention.value.iso == "2026-12-01"


def test_a_future_passive_with_an_irregular_participle_looks_ahead():
    # "held" after "be" is no past tense: the coming Sunday, not the one before.
    (mention,) = find_dates("The runoff will be held on Sunday.", THURSDAY)
    assert (mention.value.iso, mention.future) == ("2026-11-29", True)
    (mention,) = find_dates("The runoff was held on Sunday.", THURSDAY)
    assert (mention.value.iso, mention.future) == ("2026-11-22", False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A possessive week is the next noun's, not the weekday's.
        ("Officials said Tuesday next week's vote would go ahead.", ["2026-11-24", "2026-W49"]),
        # Another clause (dev: "prevented the House from debating this bill last week, and a conference
        # Tuesday failed").
        (
            "The House debated the bill last week, and a conference Tuesday failed.",
            ["2026-W47", "2026-11-24"],
        ),
        ("The crew left last week after a storm Monday.", ["2026-W47", "2026-11-23"]),
    ],
)
def test_a_week_and_a_weekday_apart_stay_two_dates(text, expected):
    assert [mention.value.iso for mention in find_dates(text, THURSDAY)] == expected


def _story(*texts_and_dates: tuple[str, str]) -> list[Segmented]:
    """Segmented dated articles "a0", "a1", ... of one outlet each."""
    return [
        segment(
            Article(id=f"a{index}", text=text, date=dt.date.fromisoformat(date), source=f"Outlet {index}")
        )
        for index, (text, date) in enumerate(texts_and_dates)
    ]


def test_a_week_joins_the_sunday_that_opens_it():
    # DUC d30048t: "Brazilians who will vote next week", of Thursday, Oct. 1, 1998, is the vote of Sunday,
    # Oct. 4, which the week read as Monday to Sunday (Oct. 5 to 11) showed a week late.
    election = (
        "Polls show President Cardoso will win the election on Sunday. Brazilians will choose between "
        "Cardoso and Lula in the election next week."
    )
    (event,) = build_timeline(_story((election, "1998-10-01")))
    assert (event.date, len(event.evidence)) == ("1998-10-04", 2)
