"""Session 41's numbers desk: conflicts between outlets that earlier QA desks left open.

Pins: a box-office gross "in North American theaters" is the gross "in North America"; an age told
with a death ("died aged 83" / "died at the age of 81") is the person's age; a label's possessive whose "s"
the source dropped ("Friday' elections") reads "Friday's"; two days ahead of one opening ("opening June 12" /
"will open June 21") disagree; two ticket prices ("start at $45" / "priced at $54") disagree; "a 42-date
tour" counts the tour's dates; an aircraft's height is labelled its altitude.
"""

from __future__ import annotations

from storyweave.crosscheck import find_conflicts

from .conftest import conflict_sides, dated_story, number_conflicts


def test_gross_in_theaters_of_a_place_is_the_gross_in_that_place() -> None:
    docs = dated_story(
        (
            "2026-05-18",
            "Skyward Fox earned $84.2 million in North America over the weekend, the studio said.",
        ),
        ("2026-05-18", "The film earned $48.2 million in North American theaters over its opening weekend."),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"84200000": {"a0"}, "48200000": {"a1"}}


def test_sums_of_other_things_in_one_place_stay_apart() -> None:
    docs = dated_story(
        ("2026-05-18", "The studio spent $84.2 million in North America on marketing, it said."),
        ("2026-05-18", "The studio spent $48.2 million in North American schools on outreach, it said."),
    )
    assert number_conflicts(docs) == []


def test_an_age_told_with_a_death_is_the_persons_age() -> None:
    docs = dated_story(
        ("2026-02-10", "The actor Marten Holvik died aged 83 on Monday at his home in Ardley."),
        (
            "2026-02-10",
            "Marten Holvik, who starred in some 60 films, died at the age of 81 on Monday, his family said.",
        ),
    )
    ages = [c for c in number_conflicts(docs) if c.about == "age of Marten Holvik"]
    assert [conflict_sides(c) for c in ages] == [{"83": {"a0"}, "81": {"a1"}}]


def test_a_death_the_name_owns_gives_no_age_of_the_name() -> None:
    docs = dated_story(
        ("2026-02-10", "Marten Holvik's wife died aged 80 on Monday at their home in Ardley."),
        ("2026-02-10", "Marten Holvik, 83, said on Tuesday that he would not attend the festival."),
    )
    assert [c for c in number_conflicts(docs) if c.about.startswith("age of")] == []


def test_a_possessive_the_source_wrote_without_its_s_reads_with_it() -> None:
    docs = dated_story(
        ("1998-10-22", "Most of the 161 candidates in Friday' elections are clergymen, officials said."),
        ("1998-10-22", "Most of the 167 candidates in Friday' elections are clergymen, the agency said."),
    )
    assert [c.about for c in number_conflicts(docs)] == ["candidates in Friday's elections"]


def test_two_days_ahead_of_one_opening_disagree() -> None:
    docs = dated_story(
        ("2026-05-01", "The Harbor Museum of Maritime Art, opening June 12, cost $60 million to build."),
        (
            "2026-05-01",
            "The Harbor Museum of Maritime Art will open June 21 after a $60 million construction project.",
        ),
    )
    dated = [conflict_sides(c) for c in find_conflicts(docs) if c.kind == "date"]
    assert dated == [{"2026-06-12": {"a0"}, "2026-06-21": {"a1"}}]


def test_days_ahead_of_two_planners_stay_apart() -> None:
    docs = dated_story(
        ("2026-05-01", "The Harbor Museum will open June 12, its director said."),
        ("2026-05-01", "Valeport Aquarium will open June 21, its director said."),
    )
    assert [c for c in find_conflicts(docs) if c.kind == "date"] == []


def test_two_outlets_ticket_prices_disagree() -> None:
    docs = dated_story(
        ("2026-03-10", "The band Glass Orchard announced a tour of Europe. Tickets start at $45."),
        ("2026-03-10", "Glass Orchard will play across Europe on the tour. Tickets are priced at $54."),
    )
    [conflict] = number_conflicts(docs)
    assert (conflict.about, conflict_sides(conflict)) == ("ticket price", {"45": {"a0"}, "54": {"a1"}})


def test_a_tickets_price_is_no_other_sum() -> None:
    docs = dated_story(
        ("2026-03-10", "Glass Orchard announced a tour of Europe. Tickets start at $45."),
        ("2026-03-10", "Glass Orchard will play across Europe on the tour, which cost $54 million to stage."),
    )
    assert number_conflicts(docs) == []


def test_a_hyphened_count_of_a_tours_dates_is_its_count_of_dates() -> None:
    docs = dated_story(
        ("2026-03-10", "The band Glass Orchard announced a 42-date tour of Europe on Tuesday."),
        ("2026-03-10", "Glass Orchard will play 24 dates across Europe on the tour, the band said."),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"42": {"a0"}, "24": {"a1"}}


def test_tour_dates_in_two_places_stay_apart() -> None:
    docs = dated_story(
        ("2026-03-10", "The band Glass Orchard announced a 42-date tour of Europe on Tuesday."),
        ("2026-03-10", "Glass Orchard will play 24 dates in Asia on the tour, the band said."),
    )
    assert number_conflicts(docs) == []


def test_an_aircrafts_height_is_labelled_its_altitude() -> None:
    docs = dated_story(
        ("2026-08-02", "The jet was cruising at 35,000 feet when it lost cabin pressure, the airline said."),
        ("2026-08-02", "The plane lost cabin pressure at 37,000 feet, forcing an emergency descent."),
    )
    assert [c.about for c in number_conflicts(docs)] == ["altitude in feet"]
