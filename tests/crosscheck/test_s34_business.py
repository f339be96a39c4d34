"""The business desk's leftovers (session 33's QA, /tmp/s33/qabiz, and session 34's held-out retail story): figures
an editor would pair, quarters and halves of a year, a year's end as a plan's deadline, and every outlet that states
a side's value on that side."""

import datetime as dt

import pytest

from storyweave.crosscheck import build_timeline, find_conflicts
from storyweave.crosscheck.dates import DateValue
from storyweave.model import Article, Report, Summary, TimelineEvent
from storyweave.render import render, to_json, validate
from storyweave.render._citations import timeline_dates

from .conftest import dated_story, dates_on, number_conflicts


def _sides(docs) -> list[list[str]]:
    return [[p.value for p in c.positions] for c in number_conflicts(docs) if not c.update]


def _date_sides(docs) -> list[dict[str, list[str]]]:
    return [
        {p.value: list(p.articles) for p in c.positions} for c in find_conflicts(docs) if c.kind == "date"
    ]


def _timeline(*articles: tuple[str, str]) -> list[tuple[str, str]]:
    return [(event.date, event.event) for event in build_timeline(dated_story(*articles))]


def test_earnings_per_share_told_as_a_measure_is_the_per_share_figure_of_another_outlet():
    # "$1.47 a share" and "Earnings per share came to $1.74" shared no word; the adjusted $1.63 is another figure.
    docs = dated_story(
        (
            "2026-10-28",
            "Net income was $612 million, or $1.47 a share, compared with $498 million a year earlier."
            " Excluding one-time items, Halbrook earned $1.63 a share, beating the $1.55 analysts had expected.",
        ),
        ("2026-10-29", "Earnings per share came to $1.74, the company said."),
    )
    assert _sides(docs) == [["1.47", "1.74"]]


@pytest.mark.parametrize(
    "later",
    [
        "Tarnwell said that it earned $2.63 a share in the three months through October, as same-store sales"
        " rose 2.4%.",
        "Profit rose to $410 million, or $2.63 per share.",
    ],
)
def test_a_later_higher_figure_beside_another_figures_rise_is_a_conflict_not_an_update(later):
    docs = dated_story(
        ("2026-11-19", "Net income for the quarter was $410 million, or $2.36 a share."),
        ("2026-11-20", later),
    )
    (conflict,) = number_conflicts(docs)
    assert not conflict.update
    assert [p.value for p in conflict.positions] == ["2.36", "2.63"]


def test_a_level_changed_to_before_from_and_a_sum_of_two_in_one_clause_are_read():
    docs = dated_story(
        (
            "2026-10-28",
            "Revenue for the quarter ended Sept. 30 rose to $4.82 billion from $4.34 billion a year earlier.",
        ),
        (
            "2026-10-28",
            "The company reported revenue of $4.28 billion for the quarter ended Sept. 30 and net income of"
            " $612 million, or $1.47 a share.",
        ),
    )
    assert _sides(docs) == [["4820000000", "4280000000"]]


def test_a_measures_change_told_by_its_size_is_one_figure():
    # Every outlet writes of stores and sales (everywhere-words): no word but the measure ties the two changes.
    closing = " Tarnwell will close 45 stores as sales slow."
    docs = dated_story(
        (
            "2026-11-19",
            "Same-store sales rose 2.4%, after a 1.1% gain in the same period last year." + closing,
        ),
        (
            "2026-11-19",
            "Tarnwell Retail said Wednesday that same-store sales rose 4.2% in its third quarter." + closing,
        ),
        ("2026-11-19", closing.strip()),
        ("2026-11-19", closing.strip()),
    )
    assert _sides(docs) == [["2.4", "4.2"]]


def test_a_spelled_out_share_of_a_ballot_meets_another_outlets_share_of_the_vote():
    docs = dated_story(
        (
            "2026-11-18",
            "Eighty-seven percent of members of Amalgamated Vehicle Workers Local 482 who cast ballots voted in"
            " favor, the union said.",
        ),
        (
            "2026-11-19",
            "Members of Amalgamated Vehicle Workers Local 482 at Dunmore's Kessington plant approved a strike with"
            " 78% of the vote on Wednesday.",
        ),
    )
    assert _sides(docs) == [["87", "78"]]


def test_a_ballot_against_is_no_side_of_a_ballot_for():
    docs = dated_story(
        ("2026-11-18", "Members of the Harbour Pilots Guild backed the offer by 40%, the guild said."),
        ("2026-11-18", "The offer was rejected by 60% of members of the Harbour Pilots Guild."),
    )
    assert _sides(docs) == []


def test_a_bodys_next_meeting_and_its_next_decision_are_one_day():
    docs = dated_story(
        ("2026-11-05", "The next rate decision is due on Dec. 17."),
        (
            "2026-11-06",
            'Governor Elena Marsh said the bank would "watch the data very closely" before its next meeting on'
            " Dec. 10.",
        ),
    )
    assert _date_sides(docs) == [{"2026-12-17": ["a0"], "2026-12-10": ["a1"]}]


def test_an_ordinal_quarter_is_no_repeat():
    docs = dated_story(
        ("2026-11-19", "The company will report fourth-quarter results on March 3."),
        ("2026-11-19", "The retailer will report its fourth-quarter results on March 10."),
    )
    assert _date_sides(docs) == [{"2027-03-03": ["a0"], "2027-03-10": ["a1"]}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The deal is expected to close in the first half of next year.", ["2027-H1"]),
        ("It will open its plant in the first quarter of 2027.", ["2027-Q1"]),
        ("Results for Q3 2026 were weak.", ["2026-Q3"]),
        ("Sales fell in the fourth quarter of last year.", ["2025-Q4"]),
        ("The company said it would close 45 stores by the end of the year.", ["2026-12"]),
        ("Inflation should return to target by the end of next year.", ["2027-12"]),
        # A fiscal quarter is the company's own, and a part with no year may be a match's.
        ("Revenue rose in the fiscal first quarter of 2027.", []),
        ("Rovers scored twice in the second half.", []),
        ("Moderna revealed the data in its Q1 2021 Business Update.", []),
    ],
)
def test_parts_of_a_year_and_a_years_end_are_dates(text, expected):
    assert dates_on(text, "2026-11-10") == expected


def test_a_part_of_a_year_holds_its_months_and_not_the_other_parts():
    first_quarter = DateValue.of_part(2027, "Q", 1)
    assert first_quarter.contains(DateValue(2027, 3, 31))
    assert not first_quarter.contains(DateValue(2027, 4))
    assert not first_quarter.contains(DateValue(2027))
    assert DateValue(2027).contains(first_quarter)
    assert DateValue.of_part(2027, "H", 1).contains(first_quarter)
    assert not first_quarter.compatible(DateValue.of_part(2027, "Q", 2))


def test_two_outlets_halves_of_one_closing_conflict_and_each_outlet_of_a_half_is_on_its_side():
    docs = dated_story(
        ("2026-11-09", "The deal is expected to close in the first half of next year, subject to approval."),
        ("2026-11-09", "The deal is expected to close in the first half of 2027."),
        (
            "2026-11-10",
            "The companies said on Monday they expect the deal to close in the second half of next year.",
        ),
    )
    assert _date_sides(docs) == [{"2027-H1": ["a0", "a1"], "2027-H2": ["a2"]}]


def test_a_plans_quarter_and_a_years_end_are_timeline_entries_dated_so():
    entries = _timeline(
        ("2026-11-19", "Tarnwell said it would close 45 stores by the end of the year."),
        (
            "2026-11-19",
            "Tarnwell expects to complete the sale of its Canadian unit in the first quarter of 2027.",
        ),
    )
    assert [date for date, _ in entries] == ["2026-12", "2027-Q1"]


def test_a_part_of_a_year_is_shown_in_words_and_valid_in_the_json_report():
    (date,) = timeline_dates([TimelineEvent("2027-H2", "The deal may close.", ("a",))])
    assert (date.iso, date.label) == (None, "Second half of 2027")
    article = Article("a", "It opens in the first quarter of 2027.", date=dt.date(2026, 11, 2), source="Wire")
    report = Report(
        (article,), Summary((), word_budget=120), timeline=(TimelineEvent("2027-Q1", "It opens.", ("a",)),)
    )
    document = to_json(report)
    validate(document)
    assert "- **First quarter of 2027** — It opens. [1]" in render(report, "md")
    assert "<time" not in render(report, "html").split("First quarter of 2027")[0].rsplit("<th", 1)[-1]


def test_an_outlet_that_gives_a_sides_figure_in_other_words_is_on_that_side():
    docs = dated_story(
        ("2026-11-09", "Castellan agreed to buy Wexley, a deal valued at about $8.6 billion including debt."),
        (
            "2026-11-09",
            "Castellan will acquire Wexley in an all-cash deal valued at $6.8 billion including debt.",
        ),
        (
            "2026-11-10",
            "Castellan Foods' $8.6 billion purchase of Wexley Brands could take longer to approve.",
        ),
    )
    (conflict,) = number_conflicts(docs)
    assert [list(p.articles) for p in conflict.positions] == [["a0", "a2"], ["a1"]]


def test_a_forecast_changed_to_its_figure_meets_another_outlets_forecast():
    # The year between "growth" and "to 1.1%" had left the measure unread next to its figure.
    docs = dated_story(
        ("2026-11-05", "The bank cut its forecast for economic growth next year to 1.1% from 1.4%."),
        ("2026-11-06", "The bank now forecasts growth of 1.3% next year, down from 1.4%."),
    )
    assert _sides(docs) == [["1.1", "1.3"]]
