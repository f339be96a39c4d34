"""The QA desks' leftovers (session 38): two parties' seats and the whole they are counted of, an order to evacuate
and an evacuation, turnover told for revenue, a capsizing told by two verbs, a crash's day told as a verb and as its
noun's owner, a deadline named without "by", and a deadline's heading after "By"."""

from storyweave.crosscheck import build_timeline, find_conflicts
from storyweave.model import TimelineEvent
from storyweave.render._citations import timeline_dates

from .conftest import conflict_sides, dated_story, number_conflicts


def test_seats_one_party_won_of_a_whole_are_no_other_partys_seats():
    docs = dated_story(
        ("2026-09-14", "The Labour Party won 41 of the 90 seats in Sunday's election, the commission said."),
        ("2026-09-14", "The Conservatives won 38 seats in Sunday's election, the commission said."),
        (
            "2026-09-14",
            "Labour won 41 seats in the 90-seat parliament on Sunday, ahead of the Conservatives.",
        ),
    )
    assert number_conflicts(docs) == []


def test_one_partys_seats_told_two_ways_are_still_one_count():
    docs = dated_story(
        ("2026-09-14", "The Labour Party won 41 seats in Sunday's election, the commission said."),
        ("2026-09-14", "The Conservatives won 38 seats in Sunday's election, the commission said."),
        ("2026-09-14", "The Labour Party won 43 seats in Sunday's election, officials said."),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"41": {"a0"}, "43": {"a2"}}


def test_a_whole_meets_no_part_won_but_a_count_told_otherwise():
    won = dated_story(
        ("2026-09-14", "The party won 41 of the 90 seats in Sunday's election."),
        ("2026-09-14", "The party won 38 seats in Sunday's election."),
    )
    assert number_conflicts(won) == []
    arrested = dated_story(
        ("2026-09-14", "Police arrested two of the three suspects in the bank robbery on Monday."),
        ("2026-09-14", "Police said four suspects in the bank robbery were arrested on Monday."),
    )
    [conflict] = number_conflicts(arrested)
    assert conflict_sides(conflict) == {"3": {"a0"}, "4": {"a1"}}


def test_an_order_to_evacuate_is_no_evacuation():
    docs = dated_story(
        ("2026-09-14", "About 12,000 residents were ordered to evacuate as the wildfire spread on Sunday."),
        ("2026-09-14", "About 8,000 residents were evacuated as the wildfire spread on Sunday."),
        (
            "2026-09-14",
            "Officials ordered about 9,000 residents to evacuate as the wildfire spread on Sunday.",
        ),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"about 12,000": {"a0"}, "about 9,000": {"a2"}}


def test_turnover_is_revenue():
    docs = dated_story(
        ("2026-09-14", "Ostmark Energy reported revenue of 4.2 billion euros for the first half, up 8%."),
        ("2026-09-14", "Ostmark Energy's turnover reached 4.5 billion euros in the first half."),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"4200000000": {"a0"}, "4500000000": {"a1"}}


def test_a_capsizing_told_by_two_verbs_is_timed_twice():
    docs = dated_story(
        (
            "2026-09-14",
            "A ferry carrying 120 passengers capsized at 3 a.m. on Sunday off the island of Lomba.",
        ),
        (
            "2026-09-14",
            "The ferry overturned shortly after 5 a.m. on Sunday off Lomba, the coast guard said.",
        ),
    )
    [conflict] = [c for c in find_conflicts(docs) if c.kind == "date"]
    assert conflict_sides(conflict) == {"3 a.m.": {"a0"}, "shortly after 5 a.m.": {"a1"}}


def test_a_crashs_day_told_by_its_verb_and_as_its_nouns_owner_is_one_day():
    docs = dated_story(
        ("2026-09-17", "A cargo plane crashed on Tuesday near Lyon, killing its two pilots, officials said."),
        (
            "2026-09-17",
            "Investigators recovered the recorders on Thursday after Wednesday's crash near Lyon.",
        ),
    )
    [conflict] = [c for c in find_conflicts(docs) if c.kind == "date"]
    assert conflict_sides(conflict) == {"2026-09-15": {"a0"}, "2026-09-16": {"a1"}}


def test_a_date_named_a_deadline_is_one_without_by():
    docs = dated_story(
        (
            "2026-09-14",
            "The ministry opened bidding on Monday. The deadline for bids is March 1, the ministry said.",
        ),
        ("2026-09-14", "Operators face a February 1 deadline to register."),
    )
    assert [(event.date, event.deadline) for event in build_timeline(docs)] == [
        ("2026-09-14", False),
        ("2027-02-01", True),
        ("2027-03-01", True),
    ]


def test_a_deadline_at_a_years_end_or_in_a_week_reads_after_by():
    events = [
        TimelineEvent("2027-12", "The plant will close by the end of 2027.", ("a0",), deadline=True),
        TimelineEvent("2026-12", "The plant will close by December.", ("a0",), deadline=True),
        TimelineEvent("2026-W47", "The report is due by next week.", ("a0",), deadline=True),
        TimelineEvent("2026-W47", "The report was delayed last week.", ("a0",)),
        TimelineEvent("2027-Q1", "Talks must end by the first quarter of 2027.", ("a0",), deadline=True),
    ]
    assert [date.heading for date in timeline_dates(events)] == [
        "By the end of 2027",
        "By December 2026",
        "By the week of 16 November 2026",
        "Week of 16 November 2026",
        "By the first quarter of 2027",
    ]
