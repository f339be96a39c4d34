"""Figure-reading leftovers of session 27: a toll of passengers or victims meets another day's toll of
people; counts of the missing or sheltered with no noun; two counts of people in one clause; a toll lowered
and then grown again."""

from storyweave.crosscheck import find_conflicts
from tests.crosscheck.conftest import dated_story


def _numbers(docs: list) -> list[tuple[bool, list[tuple[str, set[str]]]]]:
    """Each number conflict or update: whether an update, and its values in order with their articles."""
    return [
        (c.update, [(p.value, set(p.articles)) for p in c.positions])
        for c in find_conflicts(docs)
        if c.kind == "number"
    ]


def test_a_toll_of_passengers_revised_by_a_toll_of_people_is_an_update() -> None:
    docs = dated_story(
        (
            "2027-05-03",
            "A bus plunged into a ravine in Peru's Ancash region on Monday, killing 14 passengers and "
            "injuring 22, police said.",
        ),
        (
            "2027-05-04",
            "Peruvian police on Tuesday revised the death toll from Monday's bus crash in Ancash down to 11, "
            "saying three victims had been counted twice.",
        ),
        (
            "2027-05-04",
            "Eleven people died when a bus fell into a ravine near Conococha in Ancash on Monday, police said "
            "on Tuesday, correcting an earlier figure of 14.",
        ),
    )
    assert (True, [("14", {"a0"}), ("11", {"a1", "a2"})]) in _numbers(docs)


def test_a_toll_of_passengers_beside_other_victims_or_of_one_day_is_not_a_toll_of_people() -> None:
    # The driver died too: 14 passengers and 15 people are one count.
    beside = dated_story(
        (
            "2027-02-10",
            "A bus collided with a lorry near Kayseri on Wednesday, killing 14 passengers and the driver.",
        ),
        ("2027-02-11", "Fifteen people died in the crash near Kayseri on Wednesday, the governor said."),
    )
    # On one day, "killing 14 passengers" may leave out someone another outlet's 15 counts.
    one_day = dated_story(
        ("2027-02-10", "A bus collided with a lorry near Kayseri on Wednesday, killing 14 passengers."),
        ("2027-02-10", "Fifteen people died in the crash near Kayseri on Wednesday, the governor said."),
    )
    # Miners are not the people an event touched: the rescuers beside them died too.
    miners = dated_story(
        (
            "2027-04-06",
            "Three miners were killed when a tunnel collapsed at the Kestrel coal mine on Tuesday.",
        ),
        (
            "2027-04-07",
            "Five people have died at the Kestrel mine since a tunnel collapsed on Tuesday, police said.",
        ),
    )
    assert _numbers(beside) == []
    assert _numbers(one_day) == []
    assert _numbers(miners) == []


def test_a_death_toll_in_victims_lowered_and_then_grown_is_one_update() -> None:
    docs = dated_story(
        (
            "2027-06-12",
            "A ferry capsized on Lake Albert on Saturday morning, killing 23 passengers, police said.",
        ),
        (
            "2027-06-13",
            "Police on Sunday lowered the death toll from Saturday's ferry accident on Lake Albert to 19 victims.",
        ),
        (
            "2027-06-14",
            "Divers recovered three more bodies from Lake Albert on Monday, raising the death toll from "
            "Saturday's ferry disaster to 22.",
        ),
    )
    assert (True, [("23", {"a0"}), ("19", {"a1"}), ("22", {"a2"})]) in _numbers(docs)


def test_a_fall_no_outlet_tells_as_a_lowering_stays_a_conflict() -> None:
    docs = dated_story(
        (
            "2027-06-12",
            "A ferry capsized on Lake Albert on Saturday morning, killing 23 people, police said.",
        ),
        ("2027-06-13", "Nineteen people died when a ferry capsized on Lake Albert on Saturday, police said."),
        (
            "2027-06-14",
            "Divers recovered three more bodies from Lake Albert on Monday, raising the death toll from "
            "Saturday's ferry disaster to 22.",
        ),
    )
    [(update, values)] = _numbers(docs)
    assert not update and {value for value, _ in values} == {"23", "19", "22"}


def test_counts_of_the_missing_and_sheltered_with_no_noun_are_read() -> None:
    docs = dated_story(
        (
            "2027-09-20",
            "Flash floods swept through Marlow Vale on Monday, killing five people and leaving 40 missing, the "
            "council said. About 2,400 people were moved to emergency shelters overnight.",
        ),
        (
            "2027-09-21",
            "Rescuers found 12 of the missing alive on Tuesday, and 28 people remain unaccounted for, the council "
            "said. It said 1,600 people were still in shelters as the water began to recede.",
        ),
        (
            "2027-09-22",
            "About 900 are still in shelters, down from 2,400 at the peak, and 15 remain missing, the council said.",
        ),
    )
    numbers = _numbers(docs)
    assert (True, [("40", {"a0"}), ("28", {"a1"}), ("15", {"a2"})]) in numbers
    assert (True, [("about 2,400", {"a0"}), ("1600", {"a1"}), ("about 900", {"a2"})]) in numbers


def test_two_counts_of_people_in_one_clause_are_each_read_with_its_own_verb() -> None:
    docs = dated_story(
        (
            "2027-11-03",
            "Officials said 32 people are missing and about 8,000 people have been moved to evacuation centres.",
        ),
        (
            "2027-11-04",
            "Twenty people remain missing after Typhoon Mara, the disaster agency said on Thursday.",
        ),
        ("2027-11-05", "The agency said 12 people are still missing."),
    )
    assert (True, [("32", {"a0"}), ("20", {"a1"}), ("12", {"a2"})]) in _numbers(docs)


def test_people_confirmed_dead_are_a_toll() -> None:
    docs = dated_story(
        (
            "2027-09-20",
            "Flash floods swept through Marlow Vale on Monday, killing five people, the council said.",
        ),
        ("2027-09-22", "Six people are now confirmed dead after a woman's body was found near the weir."),
    )
    assert (True, [("5", {"a0"}), ("6", {"a1"})]) in _numbers(docs)


def test_a_tally_of_no_toll_told_on_two_days_does_not_crash_the_check() -> None:
    docs = dated_story(
        ("2027-05-03", "The number of homes destroyed by the fire rose to 40 on Monday."),
        ("2027-05-04", "The number of homes destroyed by the fire rose to 55 on Tuesday."),
    )
    assert all(not c.positions or c.kind == "number" for c in find_conflicts(docs))
