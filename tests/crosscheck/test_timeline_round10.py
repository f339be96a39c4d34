"""Timeline round 10: a weekday takes the tense of the verb it belongs to, not of the sentence's main verb;
what is declared for a day and a deadline someone "has until" look ahead; a deadline and a statement to a
legislature are events (QA pass 22, items 3 and 8)."""

import datetime as dt

import pytest

from storyweave.crosscheck import build_timeline
from storyweave.crosscheck.dates import Reference, find_dates
from storyweave.model import Article, Segmented
from storyweave.segment import segment


def _on(day: str) -> Reference:
    return Reference(dt.date.fromisoformat(day), estimated=False)


def _dates(text: str, day: str) -> list[str]:
    """The dates of each line of ``text`` (a sentence each: the finder reads one sentence at a time)."""
    return [mention.value.iso for line in text.splitlines() for mention in find_dates(line, _on(day))]


def _story(text: str, day: str) -> list[Segmented]:
    return [segment(Article(id="a0", text=text, date=dt.date.fromisoformat(day), source="Outlet"))]


@pytest.mark.parametrize(
    ("day", "text", "expected"),
    [
        # QA22 recall, of Friday, Oct. 16: the recall was announced on the Tuesday before, whatever it will cost.
        (
            "2026-10-16",
            "The recall of 48,000 Cityglide 3 e-bikes, announced on Tuesday, will cost the company $37 million.",
            ["2026-10-13"],
        ),
        # QA22 recount, of Sunday, Nov. 22: the Thursday of the announcement, the coming January of the oath.
        (
            "2026-11-22",
            "Priya Ramanathan, who won by 37 votes after a hand recount announced on Thursday, will be sworn in "
            "on January 4, city officials said.",
            ["2026-11-19", "2027-01-04"],
        ),
        # No comma: the relative clause's past governs its day, the main clause's future its own; a saying's
        # day and the day of what it says are read as before.
        (
            "2026-05-13",
            "The man charged on Monday will appear in court on Friday.\n"
            "The council said on Tuesday it will vote on Thursday.",
            ["2026-05-11", "2026-05-15", "2026-05-12", "2026-05-14"],
        ),
        # A tense word before the day in its own clause is not overruled past the comma that closes it,
        # whichever way round.
        ("2026-03-06", "The offer, rejected by members on Thursday, will not be improved.", ["2026-03-05"]),
        (
            "2026-05-13",
            "The bridge, which will reopen on Monday, was closed after cracks were found.",
            ["2026-05-18"],
        ),
    ],
)
def test_a_weekday_takes_the_tense_of_its_own_verb(day: str, text: str, expected: list[str]) -> None:
    assert _dates(text, day) == expected


@pytest.mark.parametrize(
    ("day", "text", "expected"),
    [
        # QA22 mine, of Thursday, Aug. 20: the day of mourning is the coming Saturday, not the one before
        # the collapse.
        ("2026-08-20", "A national day of mourning has been declared for Saturday.", "2026-08-22"),
        ("2026-05-13", "A day of remembrance was proclaimed for Sunday.", "2026-05-17"),
    ],
)
def test_what_is_declared_for_a_day_looks_ahead(day: str, text: str, expected: str) -> None:
    assert _dates(text, day) == [expected]


def test_a_deadline_someone_has_looks_ahead() -> None:
    # Of a Sunday: the coming Friday; a deadline that was had keeps its past.
    assert _dates("Okafor has until Friday to ask the county court to review it.", "2026-11-22") == [
        "2026-11-27"
    ]
    assert _dates("Okafor had until Friday to ask the county court.", "2026-11-22") == ["2026-11-20"]


def test_a_deadline_someone_has_is_an_event() -> None:
    # QA22 recount, of Sunday, Nov. 22: "until" makes most dates a bound, but a deadline is a day of its own.
    story = _story(
        "Outgoing mayor Daniel Okafor has until next Friday to ask the county court to review the recount. "
        "First official results are not expected until Saturday.",
        "2026-11-22",
    )
    assert [event.date for event in build_timeline(story)] == ["2026-11-27"]


def test_a_statement_to_a_legislature_is_an_event() -> None:
    # QA22 derailment, of Tuesday, July 21: telling parliament is an event; telling reporters dates a saying.
    story = _story(
        "Transport Minister Helen Achebe told parliament on Monday that all curves on the network would be "
        "inspected. The rail operator told reporters on Sunday that services were running normally.",
        "2026-07-21",
    )
    assert [(event.date, event.event.split()[4]) for event in build_timeline(story)] == [
        ("2026-07-20", "told")
    ]


def test_a_date_in_a_clause_the_comma_closes_before_said_dates_that_clause():
    # Round 10 held-out: "who visited the site on Tuesday, said" was taken for the day of the saying and dropped;
    # "said Wednesday" and "on Wednesday said" still only date a saying.
    text = (
        "Transport Secretary Helen Achebe, who visited the crash site on Tuesday, said the line would reopen soon. "
        "Police said Wednesday the driver was unhurt. The rail operator on Wednesday said services would resume."
    )
    assert [event.date for event in build_timeline(_story(text, "2026-07-16"))] == ["2026-07-14"]
    # A clause that tells where the words were said dates the saying.
    speaking = "Maskhadov, at a news conference in Grozny Tuesday, said a captured suspect had begun to talk."
    assert build_timeline(_story(speaking, "1998-12-10")) == ()
