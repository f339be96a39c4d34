"""Session 47's timeline desk (a port-contract case, a tram strike and an inflation story, all of a Monday): a
person summoned for a day, or to appear on one, is due then; a day something is set for that lies far on in the
year is the coming one; a state or an activity that "has been" going on "since" a weekday began that day, an
event of it."""

import datetime as dt

import pytest

from storyweave.crosscheck import build_timeline
from storyweave.model import Article
from storyweave.segment import segment
from tests.crosscheck.conftest import dates_on

# Monday 8 March 2027.
_MONDAY = "2027-03-08"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Former port director Henrik Kessler has been summoned for May 4 to answer questions.",
            ["2027-05-04"],
        ),
        ("The two officials were summoned to appear before the magistrate on April 20.", ["2027-04-20"]),
        ("The mayor was summoned for questioning on May 4.", ["2027-05-04"]),
        ("Damm was subpoenaed to testify on April 12.", ["2027-04-12"]),
        ("Parliament was recalled for April 6.", ["2027-04-06"]),
        ("Tove Hallin was summoned for a disciplinary hearing on April 14.", ["2027-04-14"]),
        ("The minister was summoned to a hearing of the defence committee on April 14.", ["2027-04-14"]),
        # The summons itself keeps its day.
        ("Kessler was summoned on Friday.", ["2027-03-05"]),
        ("Prosecutors summoned Kessler on March 2 to answer questions.", ["2027-03-02"]),
    ],
)
def test_a_day_someone_is_summoned_for_is_to_come(text: str, expected: list[str]) -> None:
    assert dates_on(text, _MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A retrial was fixed for September 9.", ["2027-09-09"]),
        ("The judge set the trial for October 14 at Marlow district court.", ["2027-10-14"]),
        # A day set for that lies within weeks before the article may be one gone by, moved or held.
        ("The judge set the hearing for Feb. 26, but it was delayed.", ["2027-02-26"]),
    ],
)
def test_a_day_set_for_far_on_in_the_year_is_the_coming_one(text: str, expected: list[str]) -> None:
    assert dates_on(text, _MONDAY) == expected


def _timeline(*texts: str):
    day = dt.date.fromisoformat(_MONDAY)
    docs = [segment(Article(f"a{n}", text, source=f"Outlet {n}", date=day)) for n, text in enumerate(texts)]
    return build_timeline(docs)


@pytest.mark.parametrize(
    "text",
    [
        "The jury has been deliberating since Friday.",
        "The hostages have been held since Friday in a farmhouse near the border.",
        "Tram services have been suspended since Friday, the authority said.",
        "Jurors had been deliberating since Friday when the judge dismissed one of them.",
    ],
)
def test_what_has_been_going_on_since_a_weekday_is_an_event_of_that_day(text: str) -> None:
    (entry,) = _timeline(text)
    assert entry.date == "2027-03-05"


@pytest.mark.parametrize(
    "text",
    [
        # A tally since a day and a comparison are no event of it.
        "At least 21 people have died in the cold since Friday.",
        "It was the heaviest snowfall since Friday.",
        "Security forces have killed at least 23 civilians since Friday.",
    ],
)
def test_a_count_or_comparison_since_a_weekday_is_still_a_bound(text: str) -> None:
    assert not _timeline(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A date in an aside about the speaker dates that aside, even when a colon opens the quote.
        (
            'Anneke Rudolf, who took over in October 2024, said: "We are ready to talk at any hour."',
            "2024-10",
        ),
        ('Rudolf, who was elected in October 2024, told the Velm Courier: "We are ready."', "2024-10"),
        # A date inside what a saying reports dates the reported event, not the saying.
        ("The statistics office said inflation in February rose to 4.1 percent.", "2027-02"),
        ("Officials said exports in January fell 3 percent from a year earlier.", "2027-01"),
    ],
)
def test_a_date_of_a_sentence_that_quotes_someone_is_on_the_timeline(text: str, expected: str) -> None:
    (entry,) = _timeline(text)
    assert entry.date == expected


@pytest.mark.parametrize(
    "text",
    [
        # Dates that only tell when or where something was said stay off.
        'The minister said on Monday: "We are ready."',
        "Inflation is too high, officials said on Monday.",
        "The union told reporters on Friday it was ready to talk.",
    ],
)
def test_a_date_that_only_tells_when_something_was_said_stays_off(text: str) -> None:
    assert not _timeline(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks are unlikely to last beyond Thursday.", ["2027-03-11"]),
        ("The closure is expected to go beyond Wednesday.", ["2027-03-10"]),
        ("The strike will not go beyond Sunday.", ["2027-03-14"]),
        # A past tense before it keeps the day gone by.
        ("The fighting went on beyond Saturday.", ["2027-03-06"]),
    ],
)
def test_a_day_something_lasts_beyond_is_read_as_until(text: str, expected: list[str]) -> None:
    assert dates_on(text, _MONDAY) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Talks are unlikely to last beyond Thursday.",
        "The ceasefire was extended beyond Wednesday.",
        "The strike will not go beyond Sunday.",
    ],
)
def test_a_day_something_lasts_beyond_bounds_it_as_until_does(text: str) -> None:
    assert not _timeline(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kessler was bailed to appear before magistrates on April 20.", ["2027-04-20"]),
        # A month-day something is put off until, later in the year than the article, is the coming one.
        ("The trial was adjourned until October 14.", ["2027-10-14"]),
        ("The case was adjourned to September 9.", ["2027-09-09"]),
        ("The hearing was adjourned until Feb. 26.", ["2027-02-26"]),
        # What lasts or goes on until a day in the present tense holds now, and the day is to come.
        ("The curfew lasts until Friday.", ["2027-03-12"]),
        ("The strike continues until Friday.", ["2027-03-12"]),
        ("The curfew lasted until Friday.", ["2027-03-05"]),
    ],
)
def test_a_day_someone_is_bailed_to_or_something_is_put_off_or_lasts_until(
    text: str, expected: list[str]
) -> None:
    assert dates_on(text, _MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What has been arranged for a month or a day is still to come.
        ("The federation has arranged two friendlies in July.", ["2027-07"]),
        ("The FA has lined up friendlies against Ghana and Peru in July.", ["2027-07"]),
        ("The club has arranged a friendly on Thursday.", ["2027-03-11"]),
        ("The union has organised a rally on Saturday.", ["2027-03-13"]),
        # The arranging's own past keeps its day, and so does a confirmation of what befell.
        ("The federation arranged two friendlies in July.", ["2026-07"]),
        ("The ministry has confirmed two deaths on Saturday.", ["2027-03-06"]),
    ],
)
def test_what_has_been_arranged_for_a_month_or_day_is_to_come(text: str, expected: list[str]) -> None:
    assert dates_on(text, _MONDAY) == expected


def test_a_saying_day_with_an_adverb_before_it_stays_off() -> None:
    # DUC d30050t: the day Schumer said it again, not of the votes.
    assert not _timeline(
        "On one side is D'Amato, who, as Schumer said again Sunday, voted to cut Medicare, opposed abortion rights."
    )
