"""Round 17 (QA8 #7): British day-months with a weekday, days inside an "until" phrase, "next <weekday>"."""

import datetime as dt
import logging

import pytest

from storyweave.api import report
from storyweave.crosscheck.dates import Reference, find_dates
from storyweave.model import Article


def _values(text: str, article_date: str) -> list[str]:
    reference = Reference(dt.date.fromisoformat(article_date), estimated=False)
    return [mention.value.iso for mention in find_dates(text, reference)]


@pytest.mark.parametrize(
    ("text", "article_date", "expected"),
    [
        # The weekday picks the year, whatever the tense (a Friday column looking back).
        (
            "Tuesday 3 November will be remembered in Hebden Mill as the day the promises ran out.",
            "2026-11-06",
            "2026-11-03",
        ),
        ("The council will meet on Tuesday 17 November to discuss the repairs.", "2026-11-14", "2026-11-17"),
        # A past clause may reach a year further back for the weekday to fit.
        (
            "I remember Thursday 5 December, when the surge breached the harbour wall.",
            "2026-11-14",
            "2024-12-05",
        ),
        # A day inside an "until" phrase is a target, not the day of the past verb before it.
        ("He was remanded in custody until his sentencing on 11 December.", "2026-11-20", "2026-12-11"),
        (
            "He was granted conditional bail until his plea hearing on 16 September.",
            "2026-09-08",
            "2026-09-16",
        ),
        ("The warning remains in place until 06:00 GMT on Thursday.", "2026-11-11", "2026-11-12"),
        ("Councillors will be told on 17 November that repairs could cost £8m.", "2026-11-12", "2026-11-17"),
        # "next Wednesday" said on a Tuesday is the week after's; said on a Monday, the nearest.
        ("Magistrate Helen Kwan set a two-day hearing for next Wednesday.", "2026-11-10", "2026-11-18"),
        ("Magistrate Helen Kwan set a two-day hearing for next Wednesday.", "2026-11-16", "2026-11-18"),
    ],
)
def test_round17_dates(text: str, article_date: str, expected: str) -> None:
    assert _values(text, article_date) == [expected]


def test_until_phrase_with_its_own_past_verb_keeps_the_past() -> None:
    # "arrived" is the day's own verb: no target, a past Friday.
    assert _values("Officers stayed at the scene until police arrived on Friday.", "2026-11-11") == [
        "2026-11-06"
    ]


def test_weekday_fitting_no_nearby_year_takes_the_nearer_year_and_warns(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING, logger="storyweave.crosscheck.dates"):
        values = _values(
            "Monday 3 November will be remembered as the day the promises ran out.", "2026-11-06"
        )
    # 3 November is a Tuesday in 2026 and a Wednesday in 2027: no far year is made up for the Monday, and
    # the future tense (of the remembering) does not put the day a year on.
    assert values == ["2026-11-03"]
    assert "falls on no Monday" in caplog.text


def test_next_weekday_joins_another_outlets_date_a_week_later() -> None:
    ledger = Article(
        id="a",
        source="Sydney Daily Ledger",
        date=dt.date(2026, 11, 16),
        text="Brendan Solari appeared in court on Monday. Magistrate Helen Kwan set a two-day hearing for next"
        " Wednesday at the Downing Centre Local Court.",
    )
    harbour = Article(
        id="b",
        source="Harbour Times",
        date=dt.date(2026, 11, 17),
        text="Brendan Solari will face a two-day hearing at the Downing Centre Local Court starting on Wednesday"
        " 25 November, Magistrate Helen Kwan said. Solari denies the charge.",
    )
    entries = {event.date: set(event.articles) for event in report([ledger, harbour], words=80).timeline}
    # Said on a Monday, "next Wednesday" is read as two days on, but the other outlet dates the hearing.
    assert entries == {"2026-11-16": {"a"}, "2026-11-25": {"a", "b"}}
