"""The business and sports desks' leftovers (session 36): a change told before its new level, a goal of a 1-0
match told as its only goal, a line giving a match's minute cited only by the outlets giving it, a deadline on the
timeline shown as one, the middle of a year as written, and a conflict's date as the timeline shows it."""

from storyweave.align import align
from storyweave.crosscheck import build_timeline, find_conflicts
from storyweave.model import Article, TimelineEvent
from storyweave.render._citations import shown_value, timeline_dates
from storyweave.segment import segment

from .conftest import conflict_sides, dated_story, dates_on, number_conflicts


def test_a_change_told_before_its_new_level_is_read():
    docs = dated_story(
        ("2026-09-15", "Ostmark's net profit rose 26% to 1.4 billion euros in the first half."),
        ("2026-09-15", "Ostmark's net profit rose 24% to 1.4 billion euros in the first half of the year."),
    )
    [conflict] = number_conflicts(docs)
    assert conflict.about == "net profit change in percent"
    assert conflict_sides(conflict) == {"26": {"a0"}, "24": {"a1"}}


def test_a_range_of_shares_is_still_no_change():
    docs = dated_story(
        ("2026-09-15", "Analysts expect net profit to rise 20% to 25% in the first half."),
        ("2026-09-15", "Analysts expect net profit to rise 24% in the first half."),
    )
    assert number_conflicts(docs) == []


def test_a_1_0_matchs_only_goal_is_its_winner():
    docs = dated_story(
        ("2027-05-17", "Captain Owen Hale scored the only goal in the 58th minute, turning in a low cross."),
        ("2027-05-17", "Owen Hale's 61st-minute winner gave Norbridge the title at Kingsmoor on Sunday."),
    )
    [conflict] = number_conflicts(docs)
    assert conflict.about == "minute of the winner"
    assert conflict_sides(conflict) == {"58": {"a0"}, "61": {"a1"}}


def test_a_line_giving_a_goals_minute_cites_no_outlet_giving_none(encoder):
    docs = [
        segment(Article(f"a{n}", text, source=f"Outlet {n}"))
        for n, text in enumerate(
            [
                "Owen Hale's 61st-minute winner gave Norbridge Athletic the Premier Division title at Kingsmoor.",
                "Norbridge Athletic won the Premier Division title with a 1-0 win at Kingsmoor.",
                "Hale's 61st-minute winner gave Norbridge Athletic the Premier Division title at Kingsmoor.",
            ]
        )
    ]
    alignment = align(docs, encoder=encoder)
    assert "a1" not in alignment.sources_of(docs[0].sentences[0])
    assert "a2" in alignment.sources_of(docs[0].sentences[0])


def test_a_deadline_after_by_is_on_the_timeline_as_a_deadline():
    docs = dated_story(
        ("2026-09-15", "The sale must be completed by the end of 2027, the companies said."),
        ("2026-09-15", "Baltic Fuels must file its plan with regulators by March 31."),
    )
    assert [(event.date, event.deadline) for event in build_timeline(docs)] == [
        ("2027-03-31", True),
        ("2027-12", True),
    ]


def test_a_day_something_happened_is_no_deadline():
    docs = dated_story(("2026-09-15", "Ostmark Energy agreed on Monday to sell its stake in the refinery."))
    assert [(event.date, event.deadline) for event in build_timeline(docs)] == [("2026-09-14", False)]


def test_a_past_obligation_by_a_day_is_no_coming_deadline():
    assert dates_on("The firm had to file its plan by March 31.", "2026-09-15") == ["2026-03-31"]


def test_a_deadline_is_shown_by_its_date_apart_from_a_day_things_happened_on():
    events = [
        TimelineEvent("2027-03-31", "Baltic Fuels must file its plan by March 31.", ("a0",), deadline=True),
        TimelineEvent("2027-03-31", "The plant opened on March 31.", ("a1",)),
    ]
    assert [(date.heading, len(date.events)) for date in timeline_dates(events)] == [
        ("By Wednesday 31 March 2027", 1),
        ("Wednesday 31 March 2027", 1),
    ]


def test_the_middle_of_a_year_is_shown_as_written():
    docs = dated_story(("2026-09-15", "The new hydrogen unit at the refinery will start up in mid-2027."))
    assert [event.date for event in build_timeline(docs)] == ["mid-2027"]
    assert shown_value("date", "mid-2027") == "mid-2027"


def test_the_middle_of_a_year_meets_the_next_year_but_not_its_own_months():
    docs = dated_story(
        ("2026-09-15", "The new hydrogen unit at the refinery will start up in mid-2027."),
        ("2026-09-15", "The refinery's hydrogen unit is due to start up in 2028, according to a filing."),
        ("2026-09-16", "The hydrogen unit at the refinery is expected to start up in June 2027."),
    )
    [conflict] = [c for c in find_conflicts(docs) if c.kind == "date"]
    assert conflict_sides(conflict) == {"mid-2027": {"a0", "a2"}, "2028": {"a1"}}
    agreeing = dated_story(
        ("2026-09-15", "The new hydrogen unit at the refinery will start up in mid-2027."),
        ("2026-09-16", "The hydrogen unit at the refinery is expected to start up in June 2027."),
        ("2026-09-16", "The refinery's hydrogen unit is due to start up in 2027."),
    )
    assert [c for c in find_conflicts(agreeing) if c.kind == "date"] == []


def test_a_conflicts_month_and_day_are_shown_as_the_timeline_shows_them():
    assert shown_value("date", "2026-06") == "June 2026"
    assert shown_value("date", "2026-08-09") == "Sunday 9 August 2026"


def test_what_a_business_will_have_done_by_a_day_is_a_deadline():
    docs = dated_story(
        ("2026-03-10", "Kronvik said it would close its loss-making Skarvik mill by the end of June."),
    )
    assert [(event.date, event.deadline) for event in build_timeline(docs)] == [("2026-06", True)]


def test_a_state_to_come_by_a_day_is_no_deadline():
    docs = dated_story(("2026-03-10", "The cherry trees will be in full bloom by Sunday."))
    assert build_timeline(docs) == ()
