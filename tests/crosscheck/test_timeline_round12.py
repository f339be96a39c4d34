"""Timeline round 12: what someone expects or is resolved to do on a day is to come, in the past tense too
when a saying reports it; an entry cites no outlet whose sentence denies its event."""

import pytest

from storyweave.crosscheck import build_timeline

from .conftest import dated_story, dates_on


@pytest.mark.parametrize(
    ("day", "text", "expected"),
    [
        # QA7: of Sunday, Oct. 18 and of Tuesday, Nov. 3, a reported expectation or resolve looks ahead.
        ("2026-10-18", "Paul Brandt said the authority expected full service on Monday.", "2026-10-19"),
        (
            "2026-11-03",
            "Interim manager Aled Morgan said the squad was determined to turn things around against Hallam City "
            "on Saturday.",
            "2026-11-07",
        ),
        # Of Monday, Dec. 7: a saying after the clause reports it too.
        (
            "2026-12-07",
            "The club expected a full house at Mill Lane on Saturday, a spokeswoman said.",
            "2026-12-12",
        ),
        # Present, it looks ahead without a saying.
        ("2026-12-07", "The authority expects full service on Thursday.", "2026-12-10"),
        ("2026-12-07", "The team is keen to make amends against Holt on Saturday.", "2026-12-12"),
    ],
)
def test_an_expectation_or_a_resolve_looks_ahead(day: str, text: str, expected: str) -> None:
    assert dates_on(text, day) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # Of Sunday, Dec. 6: unreported, a past expectation keeps its past.
        "Police expected trouble at the match on Saturday, but the day passed off peacefully.",
        # A past perfect, a passive and a comparison expect nothing of the day.
        "Officials said they had expected heavy rain on Saturday.",
        "The bill passed as expected on Saturday.",
        "He said the ruling was expected on Saturday.",
        # The day of a resolve or a vow itself, and a recap.
        "Investigators said they determined on Saturday that the fire was arson.",
        "The team vowed to bounce back against Holt on Saturday.",
        # A comparison in the object is of another event (DUC d31031t: "like the one in 1995").
        "The public can expect another closure like the one on Saturday, the union said.",
        "On Saturday, the team beat Holt 2-0, the club said.",
    ],
)
def test_a_past_expectation_a_passive_and_a_recap_keep_the_past_day(text: str) -> None:
    assert dates_on(text, "2026-12-06") == ["2026-12-05"]


def test_an_entry_cites_no_outlet_that_denies_its_event() -> None:
    story = dated_story(
        ("2026-11-11", "The plant was fined $18,000 last year for record-keeping violations, records show."),
        ("2026-11-12", "State records show the plant was not fined last year."),
        ("2026-11-12", "The plant was fined $18,000 last year, according to state records."),
    )
    timeline = build_timeline(story)
    assert [(event.date, event.articles) for event in timeline] == [("2025", ("a0", "a2")), ("2025", ("a1",))]
    assert "not fined" in timeline[1].event


def test_a_denial_cut_from_the_shown_clause_still_keeps_its_entry_apart() -> None:
    # The shown clause of the denial loses its "did": the sentence is read, not the cut.
    story = dated_story(
        (
            "2026-11-28",
            "Governor Lena Ortiz met with Kestrel Motors executives on Friday to discuss the future of the "
            "company's Dunmore assembly plant, two days after the carmaker said it would cut 600 jobs.",
        ),
        (
            "2026-11-29",
            "The governor did not meet with Kestrel Motors executives on Friday, her office said, contradicting "
            "reports of talks about the Dunmore plant.",
        ),
    )
    timeline = build_timeline(story, {"a0#0": "c1", "a1#0": "c1"})
    assert [(event.date, event.articles) for event in timeline] == [
        ("2026-11-27", ("a0",)),
        ("2026-11-27", ("a1",)),
    ]


def test_two_outlets_stating_one_event_still_join() -> None:
    story = dated_story(
        ("2026-11-28", "Governor Lena Ortiz met with Kestrel Motors executives on Friday in Dunmore."),
        (
            "2026-11-29",
            "Ortiz met Kestrel Motors executives on Friday to discuss the plant, her office said.",
        ),
    )
    assert [(event.date, event.articles) for event in build_timeline(story)] == [("2026-11-27", ("a0", "a1"))]
