"""Session 39: weekdays of acts still to come ("bracing for strikes on Thursday", "available from Friday",
"announced walkouts on Wednesday and Saturday") are the coming days, not the past week's."""

import datetime as dt

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
        # A weekday a present state or offer runs from is when it begins (of Tuesday 10 September 2024).
        ("Customers can pre-order it from Friday.", "2024-09-10", ["2024-09-13"]),
        ("It is available from Friday.", "2024-09-10", ["2024-09-13"]),
        # The day of an act people brace for; the past tense after the comma is the talks' clause.
        (
            "Passengers are bracing for strikes on Thursday and Saturday, as talks ended without agreement on"
            " Monday evening.",
            "2026-10-13",
            ["2026-10-15", "2026-10-17", "2026-10-12"],
        ),
        ("Hospitals are preparing for a walkout on Friday.", "2026-10-13", ["2026-10-16"]),
        # Acts announced for two days: one announcement cannot fall on both.
        (
            "Commuters face disruption after drivers announced walkouts on Wednesday and Saturday.",
            "2026-10-12",
            ["2026-10-14", "2026-10-17"],
        ),
    ],
)
def test_weekday_of_an_act_to_come_lies_ahead(text: str, article_date: str, expected: list[str]) -> None:
    assert _values(text, article_date) == expected


@pytest.mark.parametrize(
    ("text", "article_date", "expected"),
    [
        # One announcement on one day keeps its past day.
        ("The minister announced his resignation on Friday.", "2024-09-10", ["2024-09-06"]),
        # A possessive after "from" names a past event.
        ("The death toll from Sunday's landslide rose to 11.", "2024-09-10", ["2024-09-08"]),
        # A past tense keeps the readying in the past.
        ("The team prepared for the match on Saturday.", "2024-09-10", ["2024-09-07"]),
        # A month after "from" is left as it was.
        ("Prices have risen from March.", "2024-09-10", ["2024-03"]),
        # "can" alone does not look ahead to a month.
        ("Such an eclipse in September can only occur once a decade.", "2024-09-10", ["2024-09"]),
    ],
)
def test_past_weekdays_and_months_stay_past(text: str, article_date: str, expected: list[str]) -> None:
    assert _values(text, article_date) == expected


def test_strike_days_of_three_outlets_share_the_coming_days() -> None:
    stories = [
        (
            "2026-10-12",
            "Train drivers at Northern Crossrail will strike on Thursday and Saturday this week after pay talks"
            " collapsed.",
        ),
        (
            "2026-10-12",
            "Commuters face two days of disruption this week after train drivers announced walkouts on Wednesday"
            " and Saturday.",
        ),
        (
            "2026-10-13",
            "Northern Crossrail passengers are bracing for strikes on Thursday and Saturday, as talks ended"
            " without agreement on Monday evening.",
        ),
    ]
    articles = [
        Article(id=str(number), source=f"Outlet {number}", date=dt.date.fromisoformat(day), text=text)
        for number, (day, text) in enumerate(stories)
    ]
    dates = {event.date for event in report(articles, words=80).timeline}
    # No strike day falls in the week before the articles.
    assert {"2026-10-14", "2026-10-15", "2026-10-17"} <= dates
    assert not dates & {"2026-10-07", "2026-10-08", "2026-10-10"}
