"""Timeline round 11: a day "called for" a meeting is the coming one, a day "called for calm" on is not; an
"after" clause past the date is an earlier event, with a tense and words of its own; a month joins the one day
another article tells with the same verb in the same place; a month someone "has until" takes the nearer year."""

import pytest

from storyweave.crosscheck import build_timeline

from .conftest import dated_story, dates_on


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Of Friday, Sept. 18: what is called for a day is set for it, the coming one.
        ("A second vote, on selling the building, has been called for Tuesday.", "2026-09-22"),
        ("An emergency meeting of the trustees was called for Monday to discuss redundancies.", "2026-09-21"),
        # Calm and an inquiry are demanded on the day: the past one.
        ("Mayor Colin Hart called for calm on Thursday night after scuffles broke out.", "2026-09-17"),
        ("The staff union called for a full inquiry into the review on Wednesday.", "2026-09-16"),
        # "Tuesday's vote" names the vote that was called off, not a day set for it.
        ("The opposition called for Tuesday's vote to be postponed.", "2026-09-15"),
    ],
)
def test_a_day_called_for_is_set_for_only_when_it_is_what_is_called_for(text: str, expected: str) -> None:
    assert dates_on(text, "2026-09-18") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Of Tuesday, Sept. 15: the past tense after "after" is the earlier event's, not the vote's ("will" is
        # nine words before the date).
        (
            "Ashford city council will vote on the closure of Eastgate library on Thursday after a structural "
            "review found the building unsafe.",
            ["2026-09-17"],
        ),
        (
            "The man will appear before Dunmore magistrates on Monday after he was charged with handling stolen "
            "goods.",
            ["2026-09-21"],
        ),
        # The after-clause's own date keeps its past.
        (
            "Tram drivers will walk out for 48 hours from Thursday after pay talks collapsed on Friday.",
            ["2026-09-17", "2026-09-11"],
        ),
        # With no tense before the date, the verb after "after" may be the main clause's.
        ("The bridge on Monday after weeks of delay will reopen.", ["2026-09-21"]),
        ("A man was arrested on Monday after police searched his home.", ["2026-09-14"]),
    ],
)
def test_an_after_clause_past_the_date_does_not_set_its_tense(text: str, expected: list[str]) -> None:
    assert dates_on(text, "2026-09-15") == expected


def test_a_clause_too_long_to_show_loses_its_after_clause_before_its_start() -> None:
    story = dated_story(
        (
            "2026-09-15",
            "Ashford city council will vote on the closure of Eastgate library on Thursday after a structural "
            "review found the building unsafe. A 34-year-old man was arrested on Monday after police searched "
            "his home in Dunmore and found more than 200 stolen bicycles.",
        )
    )
    assert [(event.date, event.event) for event in build_timeline(story)] == [
        # The start of the clause fits: the after-clause is cut as any long clause is.
        (
            "2026-09-14",
            "A 34-year-old man was arrested on Monday after police searched his home in Dunmore and …",
        ),
        ("2026-09-17", "Ashford city council will vote on the closure of Eastgate library on Thursday"),
    ]


def test_a_month_joins_the_day_another_article_tells_with_its_verb_and_place() -> None:
    story = dated_story(
        (
            "2026-05-27",
            "The ferry Marisol ran aground off Penhallow Point on Monday after its steering failed.",
        ),
        (
            "2026-06-03",
            "Bluewater Lines has withdrawn the ferry Marisol from service for the summer after it ran aground off "
            "Penhallow Point in May with 212 passengers on board. Another Bluewater ferry, the Corran, struck "
            "rocks near Penhallow Point in May while sailing empty to Carrow.",
        ),
    )
    timeline = build_timeline(story)
    # The Corran's grounding, told with another verb, is another event of May.
    assert [(event.date, event.articles) for event in timeline] == [
        ("2026-05", ("a1",)),
        ("2026-05-25", ("a0", "a1")),
    ]
    assert "Corran" in timeline[0].event


def test_a_month_in_an_after_clause_shows_that_clause() -> None:
    story = dated_story(
        (
            "2026-06-03",
            "Bluewater Lines has withdrawn the ferry Marisol from service for the summer after it ran aground off "
            "Penhallow Point in May with 212 passengers on board.",
        )
    )
    assert [event.event for event in build_timeline(story)] == [
        "… it ran aground off Penhallow Point in May with 212 passengers on board."
    ]


@pytest.mark.parametrize(
    ("day", "text", "expected"),
    [
        # DUC d31031t, of Oct. 6, 1998, after "Every year, the president submits his budget requests": the
        # September just gone, not the next.
        (
            "1998-10-06",
            "Congress has until mid-September to consider, fashion and pass the necessary appropriations bills.",
            "1998-09",
        ),
        ("2026-03-01", "The company has until June to decide.", "2026-06"),
        ("2026-09-15", "Residents have until October 1 to comment on the plans.", "2026-10-01"),
        # A weekday one has, and a state that holds until a month, still look ahead.
        ("2026-06-03", "Captain Tomas Reyes has until Friday to respond.", "2026-06-05"),
        ("2026-10-02", "The school is closed until September.", "2027-09"),
    ],
)
def test_a_month_someone_has_until_takes_the_nearer_year(day: str, text: str, expected: str) -> None:
    assert dates_on(text, day) == [expected]


def test_an_after_clause_past_the_date_joins_no_event_of_that_day() -> None:
    # The search told after the arrest's Tuesday is not that Tuesday's: it does not join another article's
    # search of that day.
    story = dated_story(
        ("2026-02-12", "A 34-year-old man was arrested on Tuesday after police searched his home."),
        ("2026-02-13", "Police on Tuesday searched a second property, a lock-up garage."),
    )
    assert [event.articles for event in build_timeline(story)] == [("a0",), ("a1",)]
