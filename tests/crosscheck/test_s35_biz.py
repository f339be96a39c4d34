"""Session 35, the business desk's leftovers: one count of jobs cut told with another noun ("1,200 positions" /
"1,500 jobs"), a board's tally before the noun of its vote ("in a 7-2 vote"), a given name that is a function
word after a title ("said Mill director Per Ahlgren") and a conflict's quarter shown as the timeline shows it."""

from storyweave.crosscheck import build_timeline, find_conflicts, find_quotes
from storyweave.render._citations import shown_value

from .conftest import conflict_sides, dated_story, dates_on, number_conflicts


def test_a_count_of_jobs_cut_told_with_another_noun_is_one_fact():
    docs = dated_story(
        ("2026-03-10", "Harlow Steel will cut 1,200 positions as it shuts its Brenton plant."),
        ("2026-03-10", "Harlow Steel said it would shed 1,500 jobs when it closes the Brenton plant."),
        ("2026-03-10", "About 1,200 workers at the Brenton plant will lose their jobs, Harlow Steel said."),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"1200": {"a0", "a2"}, "1500": {"a1"}}
    assert conflict.about == "jobs cut"


def test_a_staff_is_no_count_of_jobs_cut():
    docs = dated_story(
        ("2026-03-10", "Harlow Steel will cut 1,200 positions at its Brenton plant."),
        ("2026-03-10", "The Brenton plant employs about 1,500 workers."),
    )
    assert number_conflicts(docs) == []


def test_a_subsidiarys_job_cuts_are_not_its_groups():
    docs = dated_story(
        ("2026-03-10", "Harlow Steel will cut 1,200 positions at its Brenton plant."),
        ("2026-03-10", "Its Polish subsidiary Kamex will cut 900 jobs at its Gdansk works."),
    )
    assert number_conflicts(docs) == []


def test_a_tally_before_the_noun_of_its_vote_is_read():
    docs = dated_story(
        ("2026-03-10", "The board of Harlow Steel approved the closure in a 7-2 vote on Monday."),
        ("2026-03-10", "Harlow Steel's board backed the closure by a 6-3 vote on Monday."),
        ("2026-03-10", "The Harlow Steel board voted 7-2 for the closure on Monday."),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"7-2": {"a0", "a2"}, "6-3": {"a1"}}


def test_a_given_name_that_is_a_function_word_after_a_title_is_kept():
    docs = dated_story(("2026-03-10", 'Mills close.\n\n"We had no choice," said Mill director Per Ahlgren.'))
    assert [quote.speaker for quote in find_quotes(docs)] == ["Per Ahlgren"]


def test_a_function_word_after_a_title_before_a_place_names_no_one():
    docs = dated_story(("2026-03-10", 'Mills close.\n\n"We had no choice," said a director In Paris.'))
    assert [quote.speaker for quote in find_quotes(docs)] == [None]


def test_a_conflicts_quarter_is_shown_as_the_timeline_shows_it():
    assert shown_value("date", "2027-Q1") == "First quarter of 2027"
    assert shown_value("date", "2027-H2") == "Second half of 2027"
    # Session 36: a month as the timeline shows it too ("2026-06" beside the timeline's "June 2026" read as two
    # kinds of date); the JSON report keeps the ISO value.
    assert shown_value("date", "2027-03") == "March 2027"


def test_a_share_compared_with_last_year_is_its_measures_change():
    docs = dated_story(
        ("2026-10-28", "Net profit in the third quarter rose to 1.4 billion euros, 31% more than last year."),
        ("2026-10-28", "Net profit was up 26% on the same period last year at 1.4 billion euros."),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"31": {"a0"}, "26": {"a1"}}
    assert conflict.about.startswith("net profit change")


def test_a_change_compared_with_last_year_meets_no_level():
    docs = dated_story(
        ("2026-10-28", "Sales were 28% higher than last year."),
        ("2026-10-28", "Its operating margin was 28%, and sales were 31% of the group's total."),
    )
    assert number_conflicts(docs) == []


def test_a_plain_share_joins_no_side_of_a_change():
    docs = dated_story(
        ("2026-10-28", "Net profit rose 31% from a year earlier to 1.4 billion euros."),
        ("2026-10-28", "Net profit was up 26% on the same period last year."),
        ("2026-10-28", "The operating margin was 31%."),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"31": {"a0"}, "26": {"a1"}}


def test_the_period_a_figure_is_compared_with_is_no_timeline_date():
    docs = dated_story(
        ("2026-10-28", "Net profit was up 26% on the same period last year at 1.4 billion euros.")
    )
    assert [event.date for event in build_timeline(docs)] == []


def test_a_plans_start_in_a_quarter_is_one_fact_however_told():
    docs = dated_story(
        ("2026-10-28", "Velora said its Debrecen plant would begin production in the first quarter of 2027."),
        (
            "2026-10-28",
            "Velora said production at its Debrecen plant would start in the second quarter of 2027.",
        ),
    )
    [conflict] = [c for c in find_conflicts(docs) if c.kind == "date"]
    assert conflict_sides(conflict) == {"2027-Q1": {"a0"}, "2027-Q2": {"a1"}}
    assert conflict.about == "when production would begin"


def test_two_plans_starting_in_two_quarters_are_two_facts():
    docs = dated_story(
        ("2026-10-28", "Velora said its Debrecen plant would begin production in the first quarter of 2027."),
        (
            "2026-10-28",
            "Velora said construction of its Spanish plant would start in the second quarter of 2027.",
        ),
    )
    assert [c for c in find_conflicts(docs) if c.kind == "date"] == []


def test_a_quarter_without_its_year_in_business_takes_the_year_of_its_tense():
    assert dates_on("Sales fell 8% in the fourth quarter to 4.2 billion crowns.", "2026-03-10") == ["2025-Q4"]
    assert dates_on("The deal is expected to close in the third quarter.", "2026-05-20") == ["2026-Q3"]
    assert dates_on("Net profit in the third quarter rose to 1.4 billion euros.", "2026-10-28") == ["2026-Q3"]


def test_a_quarter_without_its_year_outside_business_is_no_date():
    assert dates_on("He scored 12 points in the third quarter.", "2026-10-28") == []
    assert dates_on("Profit rose in the fiscal third quarter.", "2026-10-28") == []
    assert dates_on("Profit in the third quarter of the year rose.", "2026-10-28") == []


def test_a_plans_quarter_without_its_year_does_not_scope_its_figure():
    docs = dated_story(
        (
            "2026-05-20",
            "Brightwell said it would cut 800 roles once the deal closes, which it expects in the third quarter.",
        ),
        ("2026-05-20", "Brightwell plans to eliminate 800 jobs after the deal closes in the third quarter."),
        ("2026-05-20", "Brightwell Foods will cut 600 posts after it takes over Halden Grocers."),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"800": {"a0", "a1"}, "600": {"a2"}}


def test_a_rise_on_a_day_is_dated_on_it():
    assert dates_on("Shares rose more than 4% on Monday following the rulings.", "2021-06-29") == [
        "2021-06-28"
    ]
    docs = dated_story(
        ("2021-06-29", "Shares of Facebook rose more than 4% on Monday following the rulings.")
    )
    assert [event.date for event in build_timeline(docs)] == ["2021-06-28"]


def test_a_plans_year_told_as_mid_year_meets_the_next_year():
    docs = dated_story(
        ("2026-10-28", "The Spanish battery plant is due to open in mid-2027."),
        ("2026-10-28", "The battery plant near Valencia will open in 2028, Velora said."),
    )
    [conflict] = [c for c in find_conflicts(docs) if c.kind == "date"]
    # Session 36: the middle of a year is given as written.
    assert conflict_sides(conflict) == {"mid-2027": {"a0"}, "2028": {"a1"}}


def test_plans_years_apart_are_two_plans():
    docs = dated_story(
        ("2026-10-28", "The Spanish battery plant is due to open in mid-2027."),
        ("2026-10-28", "The battery plant near Valencia will open in 2030, Velora said."),
    )
    assert [c for c in find_conflicts(docs) if c.kind == "date"] == []


def test_deadlines_at_two_months_ends_of_one_closing_disagree():
    docs = dated_story(
        (
            "2026-03-10",
            "Kronvik said on Tuesday it would shed 1,500 jobs when it closes the Skarvik mill by the end of June.",
        ),
        (
            "2026-03-10",
            "Production will wind down over the spring and the mill will close by the end of July.",
        ),
    )
    [conflict] = [c for c in find_conflicts(docs) if c.kind == "date"]
    assert conflict_sides(conflict) == {"2026-06": {"a0"}, "2026-07": {"a1"}}


def test_a_forecast_of_a_quarter_just_over_is_of_that_quarter():
    text = "Economists expect the economy to show no growth in the third quarter."
    assert dates_on(text, "2026-11-04") == ["2026-Q3"]
    assert dates_on("Sales will rise in the first quarter.", "2026-10-28") == ["2027-Q1"]


def test_a_year_after_the_articles_is_a_plans_whatever_the_tense():
    docs = dated_story(
        (
            "2026-05-20",
            "Brightwell plans to cut 800 jobs, and to convert Halden's stores to its own brand by mid-2027.",
        ),
        ("2026-05-20", "Brightwell said the store conversions would be finished in mid-2028."),
    )
    [conflict] = [c for c in find_conflicts(docs) if c.kind == "date"]
    # Session 36: the middle of a year is given as written.
    assert conflict_sides(conflict) == {"mid-2027": {"a0"}, "mid-2028": {"a1"}}
