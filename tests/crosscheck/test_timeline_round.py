"""Timeline round of the third QA: weeks and "this morning" resolved against each article's date, a week
shown as a week (never as an invented day), and a month joined into a day shown by the day's wording."""

import datetime as dt

import pytest

from storyweave.crosscheck import build_timeline
from storyweave.crosscheck.dates import DateValue, Reference, find_dates
from storyweave.model import Article, Report, Summary, TimelineEvent
from storyweave.render import render, to_json, validate
from storyweave.render._citations import timeline_dates

from .conftest import SHARED, read_story, story

# A Tuesday.
TUESDAY = Reference(dt.date(2025, 6, 3), estimated=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The week before the article's week, Monday 26 May to Sunday 1 June.
        ("The board met last week.", "2025-W22"),
        ("Last week's vote was close.", "2025-W22"),
        ("Two weeks ago, the company announced an expansion.", "2025-W21"),
        ("A week ago, the wall cracked.", "2025-W22"),
        ("Earlier this week, the council voted.", "2025-W23"),
        ("The company will report next week.", "2025-W24"),
        ("The mayor spoke this morning.", "2025-06-03"),
        ("The crew left this evening.", "2025-06-03"),
    ],
)
def test_weeks_and_this_morning_are_resolved_against_the_article_date(text, expected):
    (mention,) = find_dates(text, TUESDAY)
    assert mention.value.iso == expected
    assert mention.relative


def test_a_week_is_its_monday_to_sunday_and_may_cross_a_year():
    # Said on Monday 4 January 2027: last week ran from Monday 28 December 2026 to Sunday 3 January.
    (mention,) = find_dates("She resigned last week.", Reference(dt.date(2027, 1, 4), estimated=False))
    week = mention.value
    assert (week.year, week.month, week.day, week.week) == (2026, 12, 28, True)
    assert week.iso == "2026-W53"
    assert week.precision == 2
    assert week.contains(DateValue(2026, 12, 31)) and week.contains(DateValue(2027, 1, 3))
    assert not week.contains(DateValue(2027, 1, 4)) and not week.contains(DateValue(2026, 12, 27))
    # Neither month holds the whole week; a day is never as coarse as a week.
    assert not DateValue(2026, 12).compatible(week) and not DateValue(2027, 1).compatible(week)
    assert not DateValue(2026, 12, 31).contains(week)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Sunday 25 October 1998: the week just ended is the week of Monday 19 October.
        ("Last week, the ministry resigned.", "1998-W43"),
        # Super Typhoon Zeb struck on Wednesday 14 October (DUC d31011t).
        ("Two weeks ago, Super Typhoon Zeb killed at least 74 people.", "1998-W42"),
        ("Congress returns this week.", "1998-W44"),
        # A past clause's "this week" is the week that ends on the Sunday.
        ("Earlier this week the government rejected calls for an inquiry.", "1998-W43"),
        ("The vote is next week.", "1998-W45"),
    ],
)
def test_a_sunday_counts_its_weeks_from_the_coming_monday(text, expected):
    (mention,) = find_dates(text, Reference(dt.date(1998, 10, 25), estimated=False))
    assert mention.value.iso == expected


@pytest.mark.parametrize(
    "text",
    [
        "She left in the past week.",
        "Prices rose over the last week.",
        "It rained last weekend.",
        "Several weeks ago, the plan changed.",
    ],
)
def test_spans_and_vague_weeks_are_no_dates(text):
    assert find_dates(text, TUESDAY) == ()


def test_an_undated_article_counts_no_week():
    # The story's date only estimates the article's: counting a week from it would make up a precision.
    assert find_dates("The board met last week.", Reference(dt.date(2025, 6, 3), estimated=True)) == ()


def test_each_article_counts_its_weeks_from_its_own_date():
    docs = story(
        "The county council will vote next week on emergency funds for the mill.",
        "The council is expected to vote on a relief package next week.",
        "The board met last week to review the mill's flood barriers.",
        dates=("2026-11-24", "2026-11-26", "2026-12-09"),
    )
    assert sorted((e.date, e.articles) for e in build_timeline(docs)) == [
        ("2026-W49", ("a0",)),
        ("2026-W49", ("a1",)),
        # Wednesday 9 December: last week is that of Monday 30 November, the council's coming week of
        # the two earlier articles.
        ("2026-W49", ("a2",)),
    ]


def test_the_qa_relative_dates_are_on_the_timeline_in_order():
    # The QA's cases/reldates/rel.txt, dated Tuesday 3 June 2025.
    docs = story(
        "The plant had passed a state inspection last Friday. Two weeks ago, the company announced an "
        "expansion. The mayor spoke this morning. A hearing is set for tomorrow. The board met last week. "
        "Earlier this month, the council voted. Three days ago, the wall cracked. The company will report "
        "next week. On Friday, inspectors will return. A vote is due next month.",
        dates=("2025-06-03",),
    )
    assert [(e.date, e.event) for e in build_timeline(docs)] == [
        ("2025-W21", "Two weeks ago, the company announced an expansion."),
        ("2025-W22", "The board met last week."),
        ("2025-05-30", "The plant had passed a state inspection last Friday."),
        ("2025-05-31", "Three days ago, the wall cracked."),
        ("2025-06", "Earlier this month, the council voted."),
        ("2025-06-03", "The mayor spoke this morning."),
        ("2025-06-04", "A hearing is set for tomorrow."),
        ("2025-06-06", "On Friday, inspectors will return."),
        ("2025-W24", "The company will report next week."),
        ("2025-07", "A vote is due next month."),
    ]


def test_a_week_comes_before_its_monday():
    docs = story("The strike began this week. The union met on Monday.", dates=("2025-06-04",))
    assert [e.date for e in build_timeline(docs)] == ["2025-W23", "2025-06-02"]


def test_a_saying_this_morning_dates_no_event():
    docs = story("A protest is planned for next week, organisers said this morning.", dates=("2027-01-06",))
    assert [e.date for e in build_timeline(docs)] == ["2027-W02"]


def test_a_week_joins_the_one_day_in_it_that_tells_its_happening():
    resigned_last_week = "Board chair Miriam Oduya resigned last week, the district said."
    docs = story(
        resigned_last_week,
        "Board chair Miriam Oduya resigned on Dec. 31, the district said.",
        dates=("2027-01-04", "2027-01-06"),
    )
    (event,) = build_timeline(docs)
    assert (event.date, event.articles) == ("2026-12-31", ("a1", "a0"))
    assert event.event == "Board chair Miriam Oduya resigned on Dec. 31, the district said."
    # A day outside the week is another event.
    docs = story(
        resigned_last_week,
        "Board chair Miriam Oduya resigned on Dec. 24, the district said.",
        dates=("2027-01-04", "2027-01-06"),
    )
    assert sorted(e.date for e in build_timeline(docs)) == ["2026-12-24", "2026-W53"]


def test_a_month_joined_into_a_day_is_shown_by_the_day_s_wording(encoder):
    # Multiling 2011 (Rasmussen): the month joins the day; the day's words say the date shown.
    docs = story(
        "The rider was dropped for lying to the team about his whereabouts in June, saying he was in "
        "Mexico while he trained in Italy. He had told his team that he was in Mexico from June 4 through "
        "June 26.",
        dates=("2007-07-26",),
    )
    (event,) = build_timeline(docs, encoder=encoder)
    assert event.date == "2007-06-04"
    assert "June 4" in event.event


def test_teigen_s_october_2020_is_shown_by_the_day_an_outlet_gives(encoder):
    # QA: "Thursday 1 October 2020" stood beside "shared the news ... in October 2020".
    docs = read_story(SHARED / "examples" / "teigen-jack")
    (event,) = [e for e in build_timeline(docs, encoder=encoder) if e.date.startswith("2020-10")]
    assert event.date == "2020-10-01"
    assert "Oct. 1, 2020" in event.event
    assert len(event.articles) == 2


def test_a_week_is_shown_as_the_week_of_its_monday():
    (date,) = timeline_dates([TimelineEvent("2026-W47", "The board met last week.", ("a",))])
    assert (date.iso, date.label, date.weekday) == ("2026-W47", "Week of 16 November 2026", None)
    (date,) = timeline_dates([TimelineEvent("2026-W99", "Nothing.", ("a",))])
    assert (date.iso, date.label) == (None, "2026-W99")


def test_a_week_is_valid_in_the_json_report_and_shown_in_markdown_and_html():
    article = Article("a", "She resigned last week.", date=dt.date(2027, 1, 4), source="Chronicle")
    event = TimelineEvent("2026-W53", "She resigned last week.", ("a",))
    report = Report((article,), Summary((), word_budget=120), timeline=(event,))
    document = to_json(report)
    validate(document)
    assert document["timeline"][0]["date"] == "2026-W53"
    assert "- **Week of 28 December 2026** — She resigned last week. [1]" in render(report, "md")
    assert '<time datetime="2026-W53">Week of 28 December 2026</time>' in render(report, "html")


def test_a_date_before_according_to_dates_the_event():
    # QA: "last Friday, according to the state Department of Labor." was dropped as the date of a saying,
    # while "last Friday, officials said." was kept.
    docs = story(
        "The plant had passed a state inspection last Friday, according to the state Department of Labor. "
        "Two weeks ago, the mill was inspected, according to the county. "
        "The plant had passed a fire inspection last Thursday, officials said.",
        dates=("2025-06-03",),
    )
    assert [e.date for e in build_timeline(docs)] == ["2025-W21", "2025-05-29", "2025-05-30"]
