"""Round 27 QA dating defects (QA10a #6, QA10b #8b/#8d): a weekday "after" another day's event in a clause
told in the present is the nearer such day, a weekday something is suspended until in the simple past is the
nearer one too (in the present perfect, the coming one), and a range "between" two months or two years is
dated by its start.

The cases come from the QA stories and the round's held-out stories (/tmp/s27/dates10/heldout), written
before the change.
"""

from __future__ import annotations

import pytest

from storyweave.crosscheck import build_timeline
from tests.crosscheck.conftest import dated_story, dates_on

# 28 November 2026 is a Saturday: the Friday before it is the 27th, the one after it 4 December.
SATURDAY = "2026-11-28"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # QA10a's Regional Radio: "begins" is now, and the hearing the day before.
        (
            "Gerald Pruitt, the former mayor of Westbury, begins a seven-year prison sentence after Friday's "
            "hearing at Westbury Crown Court.",
            "2026-11-27",
        ),
        # A relative clause in the past after the day does not keep the coming reading.
        ("Pruitt begins his sentence after Friday's hearing, which was delayed twice.", "2026-11-27"),
        # The nearer day may be the coming one: a trial that opens after a jury selection two days on.
        ("The trial opens after Monday's jury selection.", "2026-11-30"),
    ],
)
def test_a_weekday_after_which_a_present_tense_clause_happens_is_the_nearer_one(
    text: str, expected: str
) -> None:
    assert dates_on(text, SATURDAY) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A future word is not a present tense: the clause's coming reading stands.
        ("The trial will open after Friday's hearing.", "2026-12-04"),
        ("The council will appoint a permanent leader after Friday's selection meeting.", "2026-12-04"),
        # A present that does not look ahead keeps the past, as before.
        ("Owen Price is acting leader after Friday's meeting of the ruling group.", "2026-11-27"),
        # A past tense in the clause is no present-only clause: its reading is left as it was.
        ("Pruitt begins his sentence after Friday's hearing and was taken to Hallam prison.", "2026-12-04"),
    ],
)
def test_an_after_weekday_in_a_clause_not_told_in_the_present_keeps_its_reading(
    text: str, expected: str
) -> None:
    assert dates_on(text, SATURDAY) == [expected]


@pytest.mark.parametrize(
    ("day", "text", "expected"),
    [
        # QA10b's ferry story, of Sunday 15 November: the coming Wednesday (3 days on, not 4 back).
        (
            "2026-11-15",
            "Tidewell Ferries chief executive Marcus Hale said all crossings between Harlow and Pell Island "
            "were suspended until Wednesday.",
            "2026-11-18",
        ),
        # Of a Wednesday, the Tuesday before is the nearer: the suspension is told after its end.
        ("2026-12-02", "Rail services were suspended until Tuesday.", "2026-12-01"),
        # A cause after the day is of the suspension, not of the day.
        (
            "2026-11-18",
            "Services on the Kestrel line were suspended until Friday after a freight train derailed.",
            "2026-11-20",
        ),
        # The present perfect: the state holds now, the day is to come even when the past one is nearer.
        ("2026-12-02", "Rail services have been suspended until Tuesday.", "2026-12-08"),
        (
            "2026-12-06",
            "Repair crews have been stood down until Tuesday, a council spokesman said.",
            "2026-12-08",
        ),
        # Told after its end: a pluperfect, a ", when" clause; and "not ... until" is the day it happened.
        (
            "2026-11-21",
            "Services had been suspended until Friday while engineers replaced the track.",
            "2026-11-20",
        ),
        ("2026-11-19", "Services were suspended until Monday, when the line reopened.", "2026-11-16"),
        ("2026-11-17", "Services were not suspended until Sunday.", "2026-11-15"),
    ],
)
def test_a_weekday_something_is_suspended_until(day: str, text: str, expected: str) -> None:
    assert dates_on(text, day) == [expected]


@pytest.mark.parametrize(
    ("day", "text", "expected"),
    [
        # QA10b's recall: the range is dated by its start, in the year of its end.
        ("2026-11-05", "The recall covers lots made between March and August 2025.", ["2025-03", "2025-08"]),
        (
            "2026-12-05",
            "The contract covered work carried out between April and September 2026.",
            ["2026-04", "2026-09"],
        ),
        (
            "2026-11-21",
            "The freight operator said wagons built between 2004 and 2009 would be inspected.",
            ["2004"],
        ),
        (
            "2005-06-01",
            "The city will host CowParade between June and August this year.",
            ["2005-06", "2005-08"],
        ),
        # "between" before no two months or years opens no date: May is a name here.
        ("2026-11-05", "Talks between May and the unions broke down on Monday.", ["2026-11-02"]),
        ("2026-11-05", "The firm sold between 2004 and 2,500 units a year.", []),
    ],
)
def test_a_range_between_two_months_or_years_is_dated_by_its_start(
    day: str, text: str, expected: list[str]
) -> None:
    assert dates_on(text, day) == expected


def test_the_timeline_puts_a_range_and_the_qa_weekdays_where_they_belong() -> None:
    story = dated_story(
        ("2026-11-05", "The recall covers lots made between March and August 2025."),
        (
            SATURDAY,
            "Gerald Pruitt begins a seven-year prison sentence after Friday's hearing at Westbury Crown Court.",
        ),
        ("2026-11-15", "All crossings between Harlow and Pell Island were suspended until Wednesday."),
    )
    dated = {event.date: event.event for event in build_timeline(story)}
    assert "between March and August 2025" in dated["2025-03"]
    assert "2025-08" not in dated
    assert "after Friday's hearing" in dated["2026-11-27"]
    assert "suspended until Wednesday" in dated["2026-11-18"]
