"""Cross-check leftovers of the QA8 pass: the weekday of a step something is held until or done ahead of,
clock times told "about" to the minute, and counts of residents and of people for one event only."""

import pytest

from storyweave.crosscheck import find_conflicts
from storyweave.crosscheck._facts import event_term
from tests.crosscheck.conftest import dated_story, dates_on

# 2026-12-02 is a Wednesday.
WEDNESDAY = "2026-12-02"


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # Remanded or bailed until or pending a court's next step: the step is to come.
        ("Ashdown was remanded in custody until his sentencing on Friday.", WEDNESDAY, ["2026-12-04"]),
        ("Ashdown was remanded in custody pending sentencing on Friday.", WEDNESDAY, ["2026-12-04"]),
        ("He was granted bail pending an appeal hearing on Thursday.", WEDNESDAY, ["2026-12-03"]),
        # The day the clause gives comes first, the fixture after it, before or after the article.
        (
            "Petrie named an unchanged squad on Thursday ahead of Sunday's final.",
            "2026-12-04",
            ["2026-12-03", "2026-12-06"],
        ),
        (
            "Petrie named an unchanged squad on Thursday ahead of Sunday's final.",
            "2026-12-08",
            ["2026-12-03", "2026-12-06"],
        ),
        (
            "Rovers trained at the stadium on Friday before Sunday's final.",
            "2026-12-05",
            ["2026-12-04", "2026-12-06"],
        ),
        (
            "He was remanded on Tuesday until his sentencing on Friday.",
            "2026-12-09",
            ["2026-12-08", "2026-12-11"],
        ),
    ],
)
def test_the_step_something_waits_for_comes_after_it(text, day, expected):
    assert dates_on(text, day) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Told from after the step: a pluperfect, or a "when" clause of what happened then.
        "His co-defendant had been held in custody until her trial on Monday.",
        "His co-defendant was held in custody until her trial on Monday, when she admitted false accounting.",
        "Petrie had named an unchanged side ahead of Monday's final.",
        # No step: a clause of its own after "until", a step not named, a step "at" which something happened.
        "Fans queued outside the ground until the gates opened on Monday.",
        "Ashdown told the jury at his trial on Monday that he meant to repay it.",
        # "before" with no day of its own may be told after the match.
        "Police arrested 12 fans before the match on Monday.",
    ],
)
def test_a_step_told_from_after_it_keeps_its_past(text):
    assert dates_on(text, WEDNESDAY) == ["2026-11-30"]


def _values(docs) -> list[list[str]]:
    return [[p.value for p in conflict.positions] for conflict in find_conflicts(docs)]


def test_about_times_an_hour_apart_conflict():
    docs = dated_story(
        (
            "2026-11-24",
            "A tram derailed at about 7.50am on Tuesday near the Oakfield Road stop, the operator said.",
        ),
        (
            "2026-11-24",
            "Four passengers were hurt when a tram came off the rails at about 8.50am on Tuesday.",
        ),
        ("2026-11-24", "A tram derailed at 7.52am on Tuesday near the Oakfield Road stop."),
    )
    conflicts = find_conflicts(docs)
    assert [[p.articles for p in c.positions] for c in conflicts] == [[("a0", "a2"), ("a1",)]]


@pytest.mark.parametrize(
    "times",
    [
        ("at about 6.20pm", "at 6.25pm", "around 6.30pm", "at about 6.10pm"),  # minutes apart
        ("at about 6pm", "at about 7pm", "at 6.40pm", "around 6.30pm"),  # whole hours are rounded times
    ],
)
def test_about_times_minutes_apart_or_whole_hours_stay_one_account(times):
    docs = dated_story(
        *(
            ("2026-11-18", f"A bus hit the sea wall on the promenade {time} on Tuesday, police said.")
            for time in times
        )
    )
    assert find_conflicts(docs) == ()


def test_residents_and_people_of_one_event_are_one_count_and_other_events_stay_apart():
    docs = dated_story(
        (
            "2026-11-18",
            "Eighteen residents were rescued from the upper floors of Calvert House in Preston on Tuesday night. "
            "About 60 people were evacuated from neighbouring homes as a precaution.",
        ),
        (
            "2026-11-18",
            "Firefighters rescued 25 people from Calvert House, a seven-storey block in Preston, on Tuesday night. "
            "Sixty residents of nearby streets were moved out of their homes overnight.",
        ),
        (
            "2026-11-18",
            "18 people were pulled from Calvert House in Preston by crews on Tuesday night. "
            "Police said 60 people were evacuated from surrounding homes.",
        ),
    )
    assert [[(p.value, p.articles) for p in c.positions] for c in find_conflicts(docs)] == [
        [("18", ("a0", "a2")), ("25", ("a1",))]
    ]


def test_residents_evacuated_and_people_evacuated_or_moved_out_conflict_apart_from_the_rescued():
    docs = dated_story(
        (
            "2026-11-09",
            "Forty residents were evacuated from Upper Brookside on Sunday after a landslip. "
            "Coastguard crews rescued three people from a car that was swept off the lane.",
        ),
        (
            "2026-11-09",
            "52 people were evacuated from Upper Brookside on Sunday after a landslip, police said. "
            "Three people were rescued from a car caught by the slip.",
        ),
        (
            "2026-11-09",
            "Police moved 52 people out of their homes in Upper Brookside on Sunday after a landslip. "
            "Three people were pulled from a car by coastguard volunteers.",
        ),
    )
    assert [[(p.value, p.articles) for p in c.positions] for c in find_conflicts(docs)] == [
        [("40", ("a0",)), ("52", ("a1", "a2"))]
    ]


@pytest.mark.parametrize(
    ("text", "sense"),
    [
        ("Police moved 52 people out of their homes.", "evacua"),
        ("Sixty residents were moved out of their homes overnight.", "evacua"),
        ("The storm moved ashore on Monday and knocked out power.", "mov"),
        ("The storm moved out to sea on Tuesday.", "mov"),
    ],
)
def test_moved_is_an_evacuation_only_with_out_of_after_it(text, sense):
    moved = text.index("moved")
    assert event_term("moved", text, moved + len("moved")) == sense
