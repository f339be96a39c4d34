"""The number conflicts earlier QA passes left open (session 40): two exact-looking figures one apart in their
leading digits, hyphenated unit adjectives, clock times, labels that name their unit, tallies by place and time."""

from storyweave.crosscheck import find_conflicts

from .conftest import conflict_sides, dated_story, number_conflicts


def test_two_plain_figures_apart_in_their_last_place_disagree():
    docs = dated_story(
        (
            "2026-03-14",
            "A Skyway Air flight from Denver to Boston lost cabin pressure on Friday while cruising at 37,000 feet.",
        ),
        (
            "2026-03-14",
            "The Skyway Air flight from Denver to Boston lost cabin pressure at 35,000 feet on Friday.",
        ),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"37000": {"a0"}, "35000": {"a1"}}


def test_a_figure_told_about_rounds_a_plain_one():
    docs = dated_story(
        (
            "2026-03-14",
            "A Skyway Air flight from Denver to Boston lost cabin pressure on Friday while cruising at 37,000 feet.",
        ),
        (
            "2026-03-14",
            "The Skyway Air flight from Denver to Boston lost cabin pressure at about 35,000 feet on Friday.",
        ),
    )
    assert number_conflicts(docs) == []


def test_a_measure_label_names_its_unit_whole():
    heat = dated_story(
        (
            "2026-07-18",
            "Temperatures in Athens reached 44.5 degrees Celsius on Thursday, the weather service said.",
        ),
        (
            "2026-07-18",
            "Temperatures in Athens reached 45.2 degrees Celsius on Thursday, the weather service said.",
        ),
    )
    [conflict] = number_conflicts(heat)
    assert conflict.about == "Temperatures in degrees Celsius"
    storm = dated_story(
        ("2026-07-18", "A storm brought winds of 90 km/h to the islands of the Aegean on Thursday night."),
        ("2026-07-19", "A storm brought winds of 110 km/h to the islands of the Aegean on Thursday night."),
    )
    [conflict] = number_conflicts(storm)
    assert conflict.about == "winds in km/h"
    assert conflict_sides(conflict) == {"90": {"a0"}, "110": {"a1"}}


def test_a_measure_joined_by_a_hyphen_is_read_of_its_noun():
    docs = dated_story(
        (
            "2026-08-20",
            "A Falcon 9 rocket launched a 2,510-kilogram communications satellite for Indonesia on Tuesday.",
        ),
        ("2026-08-20", "SpaceX launched a 2,600-kilogram communications satellite for Indonesia on Tuesday."),
        (
            "2026-08-21",
            "The Indonesian communications satellite, weighing 2,510 kilograms, sent its first signals.",
        ),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"2510": {"a0", "a2"}, "2600": {"a1"}}
    assert conflict.about.endswith("in kilograms")


def test_a_hyphened_measure_of_another_noun_or_a_race_is_another_thing():
    other_noun = dated_story(
        ("2026-08-20", "SpaceX launched a 2,510-kilogram communications satellite for Indonesia on Tuesday."),
        ("2026-08-20", "SpaceX launched a 4,000-kilogram upper stage for Indonesia on Tuesday."),
    )
    assert number_conflicts(other_noun) == []
    races = dated_story(
        ("1998-09-14", "Phelps won the 200-meter individual medley at the national championships on Sunday."),
        ("1998-09-14", "Phelps won the 400-meter individual medley at the national championships on Sunday."),
    )
    assert number_conflicts(races) == []


def test_a_clock_time_in_local_time_meets_one_told_with_no_zone():
    docs = dated_story(
        (
            "2026-05-06",
            "A gas explosion destroyed a bakery in central Lyon at 7:15 a.m. local time on Wednesday.",
        ),
        (
            "2026-05-07",
            "Investigators said a gas explosion destroyed a bakery in central Lyon at 7:45 a.m. on Wednesday.",
        ),
    )
    [conflict] = [c for c in find_conflicts(docs) if c.kind == "date"]
    assert conflict_sides(conflict) == {"7:15 a.m.": {"a0"}, "7:45 a.m.": {"a1"}}


def test_an_event_told_by_its_noun_meets_its_verb_at_another_time():
    docs = dated_story(
        ("2026-05-06", "The explosion happened at 7:15 a.m. on Wednesday in a bakery in central Lyon."),
        ("2026-05-07", "A gas explosion destroyed a bakery in central Lyon at 7:45 a.m. on Wednesday."),
    )
    [conflict] = [c for c in find_conflicts(docs) if c.kind == "date"]
    assert conflict_sides(conflict) == {"7:15 a.m.": {"a0"}, "7:45 a.m.": {"a1"}}


def test_a_delay_in_the_genitive_or_after_delayed_by_meets_a_hyphened_one():
    docs = dated_story(
        (
            "2026-06-02",
            "Passengers on Ryanair flight FR812 to Lisbon faced a five-hour delay at Dublin Airport on Monday.",
        ),
        (
            "2026-06-03",
            "Ryanair apologised to passengers of flight FR812 after six hours' delay at Dublin Airport.",
        ),
        (
            "2026-06-03",
            "Ryanair flight FR812 to Lisbon was delayed by six hours at Dublin Airport on Monday.",
        ),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"5": {"a0"}, "6": {"a1", "a2"}}


def test_a_running_tally_at_two_parts_of_one_day_is_two_moments():
    morning = (
        "2026-09-24",
        "About 1.2 million customers were without power in Florida on Thursday morning after Hurricane Mara.",
    )
    same_time = (
        "2026-09-24",
        "Some 1.5 million customers were without power in Florida on Thursday morning after Hurricane Mara.",
    )
    evening = (
        "2026-09-24",
        "By Thursday evening, about 900,000 customers were still without power in Florida after Hurricane Mara.",
    )
    [conflict] = number_conflicts(dated_story(morning, same_time, evening))
    assert conflict_sides(conflict) == {"about 1.2 million": {"a0"}, "some 1.5 million": {"a1"}}
    assert number_conflicts(dated_story(morning, evening)) == []
