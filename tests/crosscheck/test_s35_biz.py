"""Session 35, the business desk's leftovers: one count of jobs cut told with another noun ("1,200 positions" /
"1,500 jobs"), a board's tally before the noun of its vote ("in a 7-2 vote"), a given name that is a function
word after a title ("said Mill director Per Ahlgren") and a conflict's quarter shown as the timeline shows it."""

from storyweave.crosscheck import build_timeline, find_quotes
from storyweave.render._citations import shown_value

from .conftest import conflict_sides, dated_story, number_conflicts


def test_a_count_of_jobs_cut_told_with_another_noun_is_one_fact():
    docs = dated_story(
        ("2026-03-10", "Harlow Steel will cut 1,200 positions as it shuts its Brenton plant."),
        ("2026-03-10", "Harlow Steel said it would shed 1,500 jobs when it closes the Brenton plant."),
        ("2026-03-10", "About 1,200 workers at the Brenton plant will lose their jobs, Harlow Steel said."),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"1200": {"a0", "a2"}, "1500": {"a1"}}


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
    assert shown_value("date", "2027-03") == "2027-03"


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
