"""QA12b's political stories: a party's share told in a relative clause ("The Liberal Alliance, which won
34.6% of the vote") is that party's, a party named "Green Left" sets no past tense, and "next Thursday"
said late in the week is the nearest Thursday, whatever another outlet dates the event."""

import datetime as dt

from storyweave.api import report
from storyweave.crosscheck import build_timeline
from storyweave.model import Article

from .conftest import dated_story, dates_on, number_conflicts


def test_a_share_told_in_a_relative_clause_is_its_partys():
    docs = dated_story(
        (
            "2026-11-23",
            "Prime Minister Helena Voss's Social Democrats won Sunday's general election with 41.3% of the vote,"
            " final results showed.",
        ),
        (
            "2026-11-24",
            "The Liberal Alliance, which won 34.6% of the vote and 126 seats, is preparing for opposition.",
        ),
    )
    assert number_conflicts(docs) == []


def test_a_seat_count_told_in_a_relative_clause_is_its_partys():
    docs = dated_story(
        ("2026-11-23", "Final results gave the Social Democrats 41.3% of the vote and 153 seats."),
        (
            "2026-11-24",
            "The Liberal Alliance, which won 34.6% of the vote and 126 seats, is preparing for opposition.",
        ),
    )
    assert number_conflicts(docs) == []


def test_one_partys_share_in_a_relative_clause_still_meets_its_other_share():
    docs = dated_story(
        ("2026-11-23", "The Liberal Alliance, which won 34.6% of the vote, is preparing for opposition."),
        ("2026-11-23", "The Liberal Alliance, which won 36.4% of the vote, is preparing for opposition."),
    )
    assert [[p.value for p in c.positions] for c in number_conflicts(docs)] == [["34.6", "36.4"]]


def test_a_party_named_green_left_sets_no_past_tense():
    text = "Prime Minister Helena Voss will meet Green Left leader Mira Kessel on Thursday to begin coalition talks."
    assert dates_on(text, "2026-11-24") == ["2026-11-26"]


def test_a_capitalised_past_form_opening_the_sentence_is_still_past():
    assert dates_on("Left behind on Monday, the dog was found by a neighbour.", "2026-11-25") == [
        "2026-11-23"
    ]


def _summit(day: str, text: str, outlet: str) -> Article:
    return Article(id=outlet, text=text, date=dt.date.fromisoformat(day), source=outlet)


def test_next_thursday_said_on_a_friday_keeps_the_nearest_thursday():
    docs = dated_story(
        ("2026-11-27", "A joint water commission will meet for the first time next Thursday in Dravik."),
        (
            "2026-11-28",
            "The joint statement sets up a water commission that will first meet on December 10 in Dravik.",
        ),
    )
    entries = {event.date: set(event.articles) for event in build_timeline(docs)}
    assert entries == {"2026-12-03": {"a0"}, "2026-12-10": {"a1"}}


def test_next_wednesday_said_on_a_monday_still_takes_the_other_outlets_week():
    # The round-17 reading stands where the week is in doubt: said on a Monday, "next Wednesday" may be
    # nine days on.
    docs = dated_story(
        ("2026-11-16", "A water commission will meet for the first time next Wednesday in Dravik."),
        ("2026-11-17", "The water commission will first meet on November 25 in Dravik."),
    )
    entries = {event.date: set(event.articles) for event in build_timeline(docs)}
    assert entries == {"2026-11-25": {"a0", "a1"}}


def test_the_summit_reports_its_commission_on_the_day_most_outlets_give():
    articles = [
        _summit(
            "2026-11-27",
            "The leaders agreed a water commission that will meet next Thursday in Dravik.",
            "Herald",
        ),
        _summit(
            "2026-11-28",
            "The statement sets up a water commission that will first meet on December 10 in Dravik.",
            "Record",
        ),
    ]
    entries = {event.date: set(event.articles) for event in report(articles, words=60).timeline}
    assert entries.get("2026-12-03") == {"Herald"}


def test_yesterdays_named_event_stays_on_its_day():
    docs = dated_story(
        (
            "2026-10-02",
            "The Civic Alliance won 21 seats in Thursday's council election, the city clerk said.",
        ),
        ("2026-10-06", "The Harbour Party's challenge will be heard by the election board on Thursday."),
    )
    entries = {event.date: set(event.articles) for event in build_timeline(docs)}
    assert entries == {"2026-10-01": {"a0"}, "2026-10-08": {"a1"}}
