"""Session 37, the world and disasters desk: a brigadier's abbreviated rank before a speaker's name; a quake's
magnitude as two agencies measure it (7.0 written with its tenth, told of the quake in clauses that share no other
word, in articles of days when the toll rose); a runoff's and a truce's day however told, before or after it; parts
of one whole ("38 of the 90 seats"); a Russian "Zh" written "J"."""

import pytest

from storyweave.crosscheck import find_conflicts, find_quotes

from .conftest import conflict_sides, dated_story, number_conflicts, story


@pytest.mark.parametrize("rank", ["Brig. Gen.", "Brig."])
def test_an_abbreviated_brigadier_before_the_name_is_a_title_not_the_speaker(rank):
    docs = story(f'"We will hold our positions," said army spokesman {rank} Karim Haddad.')
    assert [(quote.speaker, quote.text) for quote in find_quotes(docs)] == [
        ("Karim Haddad", "We will hold our positions")
    ]


def test_a_magnitude_written_with_a_zero_tenth_does_not_round_another():
    docs = dated_story(
        ("2026-03-02", "A magnitude 6.8 earthquake struck the region early on Monday."),
        ("2026-03-02", "A magnitude 7.0 earthquake struck the region early on Monday."),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"6.8": {"a0"}, "7.0": {"a1"}}


def test_magnitudes_told_of_the_quake_are_one_fact_across_days_and_no_update():
    docs = dated_story(
        (
            "2026-03-02",
            "A magnitude 6.8 earthquake struck the region early on Monday, killing at least 120 people.",
        ),
        ("2026-03-03", "The national observatory measured the quake at magnitude 7.1, at a depth of 10 km."),
        (
            "2026-03-04",
            "The number of people killed in Monday's magnitude 7.1 earthquake rose to 410 on Wednesday.",
        ),
    )
    [magnitude] = [conflict for conflict in number_conflicts(docs) if conflict.about == "magnitude"]
    assert magnitude.kind == "number"
    assert conflict_sides(magnitude) == {"6.8": {"a0"}, "7.1": {"a1", "a2"}}


@pytest.mark.parametrize(
    "other",
    [
        "The largest aftershock, of magnitude 5.9, struck the region on Tuesday.",
        "In 2011, a magnitude 7.1 quake in the region killed 604 people.",
    ],
)
def test_an_aftershocks_or_a_past_quakes_magnitude_is_another_fact(other):
    docs = dated_story(
        ("2026-03-02", "A magnitude 6.8 earthquake struck the region early on Monday."),
        ("2026-03-03", other),
    )
    assert [c for c in number_conflicts(docs) if c.about == "magnitude"] == []


def test_the_quakes_of_articles_weeks_apart_are_two_quakes():
    docs = dated_story(
        ("2026-05-05", "The USGS reported the quake measured magnitude 4.9."),
        ("2026-05-21", "The earthquake reached a 5.7 magnitude, with a depth of 10 kilometers."),
    )
    assert number_conflicts(docs) == []


@pytest.mark.parametrize(
    "other",
    [
        "Lena Varga will face Tomas Hruby in a runoff on June 28.",
        "A runoff is scheduled for June 28.",
        "The runoff between the two will be held on Sunday, June 28, the commission said.",
    ],
)
def test_a_runoffs_day_however_told_is_one_occasion(other):
    docs = dated_story(
        ("2026-06-08", "The runoff will be held on June 21, the election commission said."),
        ("2026-06-08", other),
    )
    [conflict] = [c for c in find_conflicts(docs) if c.kind == "date"]
    assert conflict_sides(conflict) == {"2026-06-21": {"a0"}, "2026-06-28": {"a1"}}


def test_a_truces_start_told_by_its_noun_or_by_the_fighting_it_stops_is_one_day():
    docs = dated_story(
        (
            "2026-05-14",
            "The two sides agreed on Thursday to a ceasefire that will take effect at midnight on Sunday.",
        ),
        (
            "2026-05-15",
            "The army and the rebels will stop fighting from midnight on Saturday under the deal.",
        ),
        (
            "2026-05-18",
            "A ceasefire that took effect at midnight on Sunday largely held on Monday, monitors said.",
        ),
    )
    [conflict] = [c for c in find_conflicts(docs) if c.kind == "date"]
    assert conflict_sides(conflict) == {"2026-05-17": {"a0", "a2"}, "2026-05-16": {"a1"}}


def test_parts_of_one_whole_are_one_count():
    docs = dated_story(
        ("2026-06-09", "The party won 38 of the 90 seats in parliament in Sunday's vote."),
        ("2026-06-10", "The party won 41 of the 90 seats in parliament, the commission said."),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"38": {"a0"}, "41": {"a1"}}


@pytest.mark.parametrize(
    "other",
    [
        "The party won 38 of the 120 seats in the upper house.",
        "Parliament has 90 seats, and a party needs 46 seats for a majority.",
    ],
)
def test_a_part_meets_no_part_of_another_whole_nor_the_whole(other):
    docs = dated_story(
        ("2026-06-09", "The party won 41 of the 90 seats in parliament."), ("2026-06-09", other)
    )
    assert number_conflicts(docs) == []


def test_a_russian_zh_and_a_j_at_a_names_start_are_one_name_spelt_two_ways():
    docs = dated_story(
        ("2026-06-08", "Sadyr Zhaparov won 47.3% of the vote, the commission said."),
        ("2026-06-08", "Sadyr Japarov took 47.3 percent of the vote, the commission said."),
    )
    [conflict] = [c for c in find_conflicts(docs) if c.kind == "name"]
    assert conflict.about == "spelling of Zhaparov"
    assert conflict_sides(conflict) == {"Sadyr Zhaparov": {"a0"}, "Sadyr Japarov": {"a1"}}


@pytest.mark.parametrize("planned", ["will last", "is due to last"])
def test_a_planned_span_meets_the_span_written_into_its_noun(planned):
    docs = dated_story(
        ("2026-05-14", "The two sides agreed on Thursday to a 30-day ceasefire."),
        ("2026-05-15", f"The ceasefire {planned} 60 days, the mediators said."),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"30": {"a0"}, "60": {"a1"}}


def test_the_last_days_before_a_figure_are_a_period_not_a_span():
    docs = dated_story(
        ("2026-05-14", "The two sides agreed on Thursday to a 30-day ceasefire."),
        ("2026-05-15", "The ceasefire was broken twice in the last 10 days, the mediators said."),
    )
    assert number_conflicts(docs) == []
