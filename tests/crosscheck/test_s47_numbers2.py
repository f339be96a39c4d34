"""Session 47 (second numbers desk): a day that owns an event's noun ("after Saturday's roof collapse") dates that
event, so another day of its clause ("Rescuers on Monday reached ...") is the date of its own act, not of the event
another outlet dates; a past verb governs a later weekday across adverbs and a place ("fell sharply on Wednesday", of
a Tuesday, is the week gone by); the verb of "N of the M" is found past its object or a day; a measure in units of a
named thing is labelled by that unit ("mass in Earth masses"); a share of voters who turned out is the turnout; an
age before a role before the name is that person's; applause is the ovation whose length another outlet gives."""

import pytest

from storyweave.crosscheck import find_conflicts

from .conftest import conflict_sides, dated_story, dates_on, number_conflicts, outlet_story


def _date_conflicts(*articles: tuple[str, str, str]) -> list:
    return [c for c in find_conflicts(outlet_story(*articles)) if c.kind == "date"]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            "Eleven workers were trapped by a roof collapse on Saturday at the Dunmore mine.",
            "Rescuers on Monday reached the 11 miners trapped after Saturday's roof collapse at the Dunmore mine.",
        ),
        (
            "A tanker exploded on Saturday near the Orlen depot, injuring four drivers.",
            "Investigators on Monday blamed a faulty valve for Saturday's tanker explosion near the Orlen depot.",
        ),
        (
            "The Harlow footbridge collapsed on Saturday, trapping two cyclists.",
            "Engineers began clearing the river on Monday after Saturday’s footbridge collapse in Harlow.",
        ),
    ],
)
def test_a_day_owning_the_event_noun_dates_that_event_not_the_clauses_other_day(one: str, other: str) -> None:
    # Articles of Monday 19 January 2026.
    assert _date_conflicts(("2026-01-19", "North Ledger", one), ("2026-01-19", "Varland Report", other)) == []


def test_the_clauses_own_act_told_on_two_days_is_still_a_conflict() -> None:
    (conflict,) = _date_conflicts(
        (
            "2026-01-19",
            "North Ledger",
            "Rescuers reached the 11 miners on Sunday after Saturday's roof collapse at the Dunmore mine.",
        ),
        (
            "2026-01-19",
            "Varland Report",
            "Rescuers on Monday reached the 11 miners trapped after Saturday's roof collapse at the Dunmore mine.",
        ),
    )
    assert conflict_sides(conflict) == {"2026-01-18": {"a0"}, "2026-01-19": {"a1"}}


@pytest.mark.parametrize(
    "text",
    [
        "Shares of Talvera fell 4% on Wednesday.",
        "The index fell sharply on Wednesday.",
        "A crane fell into the harbour on Wednesday.",
        "The minister quietly resigned late on Wednesday.",
        "Prices of wheat rose steeply in Chicago on Wednesday.",
    ],
)
def test_a_past_verb_before_adverbs_or_a_place_keeps_a_later_weekday_in_the_week_gone_by(text: str) -> None:
    # Articles of Tuesday 3 March 2026: Wednesday is six days back or the next day; a past verb says which, however
    # many adverbs or what place stand between it and the day.
    assert dates_on(text, "2026-03-03") == ["2026-02-25"]


@pytest.mark.parametrize(
    "text",
    [
        "The unions are prepared to meet Wednesday.",
        "The board, which met on Monday, gets a chance to vote Wednesday.",
        "A tsunami advisory was lifted on Wednesday morning.",
    ],
)
def test_a_weekday_no_past_verb_governs_is_still_the_next_day(text: str) -> None:
    assert dates_on(text, "2026-03-03")[-1] == "2026-03-04"


def test_one_weekday_a_past_verb_governs_is_one_day_in_two_articles_of_one_date() -> None:
    assert (
        _date_conflicts(
            (
                "2026-03-03",
                "North Ledger",
                "Shares of Talvera Systems fell 11% on Wednesday after the results.",
            ),
            (
                "2026-03-03",
                "Varland Report",
                "Talvera Systems' stock fell sharply on Wednesday after the results.",
            ),
        )
        == []
    )


@pytest.mark.parametrize(
    "second",
    [
        "A jury convicted Gregor Platt on four of the six counts of fraud on Wednesday.",
        "Gregor Platt was convicted on Wednesday on four of the six counts of fraud.",
        "Judges convicted the former mayor on four of the six counts of fraud on Wednesday.",
    ],
)
def test_a_whole_after_an_object_or_a_day_is_no_count_of_the_part(second: str) -> None:
    """The verb of "N of the M" is found past its object or a day ("convicted Gregor Platt on four of the six"), so
    the whole (six) is what there was to convict on, no count of another outlet's plain "convicted of five"."""
    docs = dated_story(
        ("2026-02-12", "Former mayor Gregor Platt was convicted of five counts of fraud on Wednesday."),
        ("2026-02-12", second),
    )
    assert not any("6" in conflict_sides(conflict) for conflict in number_conflicts(docs))


@pytest.mark.parametrize(
    "first",
    [
        "Astronomers said the exoplanet Kessin-4b is about 2.7 times the mass of Earth.",
        "The exoplanet Kessin-4b, about 2.7 times as massive as Earth, circles a red dwarf.",
        "Kessin-4b has a mass of about 2.7 Earth masses, the team said.",
    ],
)
def test_a_measure_in_units_of_a_named_things_is_labelled_by_that_unit(first: str) -> None:
    docs = dated_story(
        ("2026-08-14", first),
        (
            "2026-08-14",
            "The exoplanet Kessin-4b weighs in at roughly 3.1 Earth masses, the observatory said.",
        ),
    )
    (conflict,) = number_conflicts(docs)
    assert conflict.about == "mass in Earth masses"


@pytest.mark.parametrize(
    "first",
    [
        "Some 73.1% of voters turned out for Sunday's referendum, the commission said.",
        "About 73.1 percent of registered voters cast ballots in Sunday's referendum.",
        "Officials said 73.1% of the electorate went to the polls in Sunday's referendum.",
    ],
)
def test_a_share_of_voters_who_turned_out_is_the_turnout(first: str) -> None:
    docs = dated_story(
        ("2026-05-18", first), ("2026-05-18", "Turnout reached 71.3 percent, the commission said.")
    )
    (conflict,) = number_conflicts(docs)
    assert sorted(conflict_sides(conflict).values()) == [{"a0"}, {"a1"}]
    assert conflict.about == "turnout in percent"


def test_a_share_of_voters_who_voted_one_way_is_no_turnout() -> None:
    docs = dated_story(
        ("2026-05-18", "Some 63.5% of voters backed the proposal in Sunday's referendum."),
        ("2026-05-18", "Turnout reached 61.3 percent in Sunday's referendum, the commission said."),
    )
    assert number_conflicts(docs) == []


@pytest.mark.parametrize(
    "second",
    [
        "The 36-year-old director Ada Okoye's first feature opened the festival on Thursday.",
        "The 36-year-old film director Ada Okoye said the festival had changed her life.",
        "Festival judges praised 36-year-old filmmaker Ada Okoye for her debut.",
    ],
)
def test_an_age_before_a_role_before_the_name_is_that_persons(second: str) -> None:
    docs = dated_story(
        ("2026-09-05", "Okoye, 34, grew up in Lagos. Director Ada Okoye, 34, said the film was personal."),
        ("2026-09-05", second),
    )
    (conflict,) = number_conflicts(docs)
    assert conflict.about == "age of Ada Okoye"
    assert sorted(conflict_sides(conflict).values()) == [{"a0"}, {"a1"}]


@pytest.mark.parametrize(
    "second",
    [
        "A 36-year-old woman told Ada Okoye the film was too long.",
        "A 36-year-old man and director Ada Okoye shared the prize.",
    ],
)
def test_an_age_before_a_verb_or_another_person_is_not_the_names(second: str) -> None:
    docs = dated_story(
        ("2026-09-05", "Director Ada Okoye, 34, said the film was personal."), ("2026-09-05", second)
    )
    assert number_conflicts(docs) == []


@pytest.mark.parametrize(
    "first",
    [
        "The film was applauded for eight minutes at its Venice premiere on Friday.",
        "The Venice premiere audience applauded the film for eight minutes on Friday.",
        "The audience gave the film eight minutes of applause at its Venice premiere on Friday.",
    ],
)
def test_applause_is_the_ovation_whose_length_another_outlet_gives(first: str) -> None:
    docs = dated_story(
        ("2026-09-05", first),
        ("2026-09-05", "The film received an 11-minute standing ovation at its Venice premiere on Friday."),
    )
    (conflict,) = number_conflicts(docs)
    assert sorted(conflict_sides(conflict).values()) == [{"a0"}, {"a1"}]


@pytest.mark.parametrize(
    "text",
    [
        "In an interview published on Oct. 18 in the Sunday Times of London, Gadhafi was quoted as saying so.",
        "The Sunday Telegraph reported the deal.",
        "He told the Sunday Mirror he was innocent.",
    ],
)
def test_a_weekday_in_a_newspapers_name_is_no_date(text: str) -> None:
    # DUC 2003 d30042t: the Sunday Times of an article of Saturday 31 October 1998 read as a Sunday.
    assert "1998-10-25" not in dates_on(text, "1998-10-31")
    assert "1998-11-01" not in dates_on(text, "1998-10-31")


def test_a_turnout_of_the_places_where_counting_ended_is_a_partial_count() -> None:
    # DUC 2003 d31027t: a news agency's turnout in 12 of the provinces against a forecast turnout of 39 percent.
    docs = dated_story(
        (
            "1998-10-22",
            "The Abrar daily estimated that 15 million people will vote, a turnout of 39 percent.",
        ),
        (
            "1998-10-24",
            "The news agency said Saturday that 51 percent of eligible voters cast their ballot in 12 provinces "
            "where counting has been completed.",
        ),
    )
    assert number_conflicts(docs) == []


def test_a_share_of_voters_in_the_places_counted_so_far_is_no_update_of_the_turnout() -> None:
    docs = dated_story(
        (
            "1998-10-22",
            "The Abrar daily estimated that 15 million people will vote, a turnout of 39 percent.",
        ),
        (
            "1998-10-24",
            "The news agency said Saturday that 51 percent of eligible voters cast their ballot in 12 provinces "
            "where counting has been completed, and turnout was high, it said.",
        ),
    )
    assert [c for c in number_conflicts(docs) if "51" in conflict_sides(c)] == []
