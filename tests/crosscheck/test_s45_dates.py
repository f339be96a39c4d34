"""Session 45's dates desk (a festival and transit-strike story told over five days): a release, premiere or
opening written in the present tense is the coming day, as a scheduled start is; a weekday of what no one
schedules (a storm, a crash, a collapse) named as the cause something is done after or despite is the day
gone by, whatever the main clause's tense; the present progressive of an occasion someone holds ("is holding
a vote on Sunday", "are voting on Sunday") is an arrangement to come."""

import pytest

from storyweave.crosscheck import build_timeline, find_conflicts
from tests.crosscheck.conftest import conflict_sides, dates_on, outlet_story

# The articles are of Tuesday 10 March 2026 unless a case says otherwise.
_TUESDAY = "2026-03-10"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The film premieres on Friday in the main auditorium.", ["2026-03-13"]),
        ("Oskar Lind's The Salt Road premieres on Friday.", ["2026-03-13"]),
        ("The series debuts on Thursday on national television.", ["2026-03-12"]),
        ("The final episode airs on Sunday.", ["2026-03-15"]),
        ("The album is released on Friday.", ["2026-03-13"]),
        ("The report is published on Thursday.", ["2026-03-12"]),
        # The past tense and a noun keep the day gone by.
        ("The film premiered on Friday to a standing ovation.", ["2026-03-06"]),
        ("The film had its premiere on Friday.", ["2026-03-06"]),
        ("The album was released on Friday.", ["2026-03-06"]),
    ],
)
def test_a_release_in_the_present_tense_is_the_coming_day(text: str, expected: list[str]) -> None:
    assert dates_on(text, _TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The festival will go ahead despite a storm on Sunday that damaged the roof.", ["2026-03-08"]),
        (
            "Harbour Street will stay closed until Friday after a crane collapse on Sunday.",
            ["2026-03-13", "2026-03-08"],
        ),
        ("Trains will run on Friday following a derailment on Sunday.", ["2026-03-13", "2026-03-08"]),
        (
            "Inspectors will check every crane in the city after the collapse at Harbour Street on Sunday.",
            ["2026-03-08"],
        ),
        # A scheduled event after "after", and a storm that is forecast, are still to come.
        ("The team will fly home after a match on Sunday.", ["2026-03-15"]),
        ("Flights will resume after a storm expected on Sunday.", ["2026-03-15"]),
    ],
)
def test_an_unforeseen_cause_on_a_weekday_is_the_day_gone_by(text: str, expected: list[str]) -> None:
    assert dates_on(text, _TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        ("Transit workers are holding a vote on Sunday on whether to strike.", _TUESDAY, ["2026-03-15"]),
        ("The union is holding a strike ballot on Sunday.", _TUESDAY, ["2026-03-15"]),
        ("Tram workers are voting on Sunday on a strike.", _TUESDAY, ["2026-03-15"]),
        ("The city is hosting a transport summit on Monday.", _TUESDAY, ["2026-03-16"]),
        ("The party said it is holding primaries on March 1.", "2026-02-10", ["2026-03-01"]),
        (
            "The minister said on Monday that the union is holding a vote on Sunday.",
            _TUESDAY,
            ["2026-03-09", "2026-03-15"],
        ),
        # An object between a plain progressive and the day is no arrangement: the fire is gone by.
        ("Police are investigating a fire on Sunday.", _TUESDAY, ["2026-03-08"]),
        ("The union held a vote on Sunday.", _TUESDAY, ["2026-03-08"]),
    ],
)
def test_an_occasion_being_held_is_to_come(text: str, day: str, expected: list[str]) -> None:
    assert dates_on(text, day) == expected


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Advance ticket sales set a record on Monday, when 14,200 passes were sold online, the festival said.",
            "Ticket sales set a record on Tuesday, with 14,200 passes sold in 24 hours.",
        ),
        (
            "The heat record was broken on Monday in Vessing.",
            "The heat record was set on Tuesday in Vessing.",
        ),
        (
            "The national record fell when the team broke the record on Monday.",
            "The team set the record on Tuesday.",
        ),
    ],
)
def test_one_record_told_on_two_days_conflicts(first: str, second: str) -> None:
    docs = outlet_story(("2026-03-10", "Courier", first), ("2026-03-11", "Review", second))
    [conflict] = [c for c in find_conflicts(docs) if c.kind == "date"]
    assert conflict_sides(conflict) == {"2026-03-09": {"a0"}, "2026-03-10": {"a1"}}


def test_records_of_two_named_people_still_are_two_events() -> None:
    docs = outlet_story(
        ("2026-03-10", "Courier", "Sprinter Ilse Marrow set a new national record on Monday."),
        ("2026-03-11", "Review", "Swimmer Tomas Evrard broke the national record on Tuesday."),
    )
    assert [c for c in find_conflicts(docs) if c.kind == "date"] == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The storm damaged the roof of the hall on Sunday.",
            "The storm damaged the roof of the hall late on Saturday.",
        ),
        (
            "A storm on Sunday damaged the roof of the hall.",
            "The hall's roof was damaged by a storm on Saturday night.",
        ),
        (
            "Gale-force winds hit the coast early on Sunday.",
            "Gale-force winds hit the coast overnight on Saturday.",
        ),
    ],
)
def test_a_night_over_midnight_is_no_conflict(first: str, second: str) -> None:
    docs = outlet_story(("2026-03-10", "Courier", first), ("2026-03-10", "Northline", second))
    assert [c for c in find_conflicts(docs) if c.kind == "date"] == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # Two days apart, or the later day told in its afternoon, are two moments.
        (
            "The storm damaged the roof of the hall on Monday.",
            "The storm damaged the roof of the hall late on Saturday.",
        ),
        (
            "A storm on Sunday afternoon damaged the roof of the hall.",
            "The hall's roof was damaged by a storm on Saturday night.",
        ),
    ],
)
def test_days_apart_beyond_one_night_still_conflict(first: str, second: str) -> None:
    docs = outlet_story(("2026-03-10", "Courier", first), ("2026-03-10", "Northline", second))
    assert len([c for c in find_conflicts(docs) if c.kind == "date"]) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The match will be played on Saturday behind closed doors, the league said.", ["2026-03-14"]),
        ("Trams will run on Monday as planned.", ["2026-03-16"]),
        ("The race will start on Saturday with reduced fields.", ["2026-03-14"]),
        # A past form after a relative pronoun or a subject is still a past tense.
        ("The shop that closed on Monday reopened.", ["2026-03-09"]),
        ("The festival opened on Thursday, a day later than planned.", ["2026-03-05"]),
    ],
)
def test_a_past_form_after_a_preposition_is_an_adjective(text: str, expected: list[str]) -> None:
    assert dates_on(text, _TUESDAY) == expected


def test_a_moment_told_at_night_and_on_the_next_day_still_conflicts() -> None:
    # A crane falls at one moment: "Saturday night" / "Sunday" are two days for it.
    docs = outlet_story(
        ("2026-03-10", "Courier", "The crane collapsed onto Harbour Street on Saturday night."),
        ("2026-03-10", "Northline", "The crane collapsed onto Harbour Street on Sunday."),
    )
    assert len([c for c in find_conflicts(docs) if c.kind == "date"]) == 1


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # The day something is put off from was still to come when it was put off.
        (
            "The opening gala was postponed from Wednesday to Thursday by organisers.",
            _TUESDAY,
            ["2026-03-11", "2026-03-12"],
        ),
        ("The gala was moved from Wednesday because of the storm.", _TUESDAY, ["2026-03-11"]),
        ("The opening gala was moved from Wednesday after the storm.", "2026-03-12", ["2026-03-11"]),
        # Moved to a day, the day moved from is the last such weekday before it.
        ("The final was postponed from Saturday until Monday.", _TUESDAY, ["2026-03-14", "2026-03-16"]),
    ],
)
def test_a_day_put_off_from_was_the_plan(text: str, day: str, expected: list[str]) -> None:
    assert dates_on(text, day) == expected


@pytest.mark.parametrize(
    "dateline",
    ["CASTERMOOR, March 10 (Northline) - ", "LONDON, March 10 (Reuters) - ", "PARIS, Sept. 3 (AFP) — "],
)
def test_a_wire_dateline_with_its_day_dates_no_event(dateline: str) -> None:
    docs = outlet_story(("2026-03-10", "Wire", dateline + "The union is holding a strike ballot on Sunday."))
    assert [entry.date for entry in build_timeline(docs)] == ["2026-03-15"]


_FESTIVAL_NOISE = (
    "The festival opened on Thursday. The city said buses would replace trams on festival nights if the walkout "
    "goes ahead on Monday. "
)


def test_one_scheduled_closing_told_with_other_words_conflicts() -> None:
    docs = outlet_story(
        (
            "2026-03-11",
            "Review",
            '"Castermoor has never wanted a festival more than it wants this one," director Maren Tollefsen said. '
            "The festival closes on March 22 with a screening of the restored silent classic The Ferryman.",
        ),
        ("2026-03-14", "Meridian", _FESTIVAL_NOISE + "The festival closes on March 21."),
    )
    [conflict] = [c for c in find_conflicts(docs) if c.kind == "date"]
    assert conflict.about == "when the festival closes"
    assert conflict_sides(conflict) == {"2026-03-22": {"a0"}, "2026-03-21": {"a1"}}


def test_two_things_closing_on_two_days_are_no_conflict() -> None:
    docs = outlet_story(
        (
            "2026-03-11",
            "Review",
            "The festival grew. The exhibition closes on March 22 with a screening of the restored silent classic.",
        ),
        ("2026-03-14", "Meridian", _FESTIVAL_NOISE + "The festival closes on March 21."),
    )
    assert [c for c in find_conflicts(docs) if c.kind == "date"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tickets go on sale on Friday.", ["2026-03-13"]),
        ("Drivers go on strike on Monday.", ["2026-03-16"]),
        ("The vote is on Sunday.", ["2026-03-15"]),
        ("The premiere is on Friday at the Lyric.", ["2026-03-13"]),
        ("The show returns on Saturday.", ["2026-03-14"]),
        ("The museum reopens on Thursday after a two-year refurbishment.", ["2026-03-12"]),
        # The past tense, a negation and a possessive day keep theirs.
        ("Tickets went on sale on Friday.", ["2026-03-06"]),
        ("Tickets did not go on sale on Friday.", ["2026-03-06"]),
        ("The vote was on Sunday.", ["2026-03-08"]),
        ("The focus is on Monday's vote.", ["2026-03-09"]),
    ],
)
def test_what_is_on_a_day_in_the_present_is_to_come(text: str, expected: list[str]) -> None:
    assert dates_on(text, _TUESDAY) == expected


@pytest.mark.parametrize(
    ("day", "text", "shown"),
    [
        # A date that names its own event keeps its words: the clause's verb is another event's.
        (
            "2021-06-22",
            "House Speaker Nancy Pelosi will decide this week whether to create a special committee to investigate "
            "the Jan. 6 attack on the Capitol, her deputy said.",
            "… create a special committee to investigate the Jan. 6 attack on the Capitol, her deputy …",
        ),
        # The whole date stays shown, whatever verb is further off.
        (
            "2021-05-24",
            "Biden is donating 200 million doses this year and 300 million doses in the first half of 2022, the "
            "White House said.",
            "… year and 300 million doses in the first half of 2022, the White House said.",
        ),
    ],
)
def test_a_long_clause_keeps_the_date_whole(day: str, text: str, shown: str) -> None:
    entries = build_timeline(outlet_story((day, "Wire", text)))
    assert shown in [entry.event for entry in entries]


def test_a_release_told_after_a_date_is_not_its_tense() -> None:
    text = "Deals are frozen until 15 sailors, who were detained by Iranian forces on March 23 are released."
    assert dates_on(text, "2007-04-01") == ["2007-03-23"]


def test_a_past_form_right_after_the_date_is_a_verb() -> None:
    text = "A CDC advisory panel on Friday recommended the U.S. resume using the vaccine."
    assert dates_on(text, "2021-04-24") == ["2021-04-23"]
