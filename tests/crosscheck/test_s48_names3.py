"""Session 48 (names desk, names3): a surname written alone by one outlet ("Haloran, who came third, conceded") is
the person another outlet names in full ("Viktor Halloran, who came third,") when the two are described alike
right by the name; two people of one surname whom the story describes as different things ("Analyst Anna
Berglund" / "Anne Berglund, a fisherman's wife") are not one person spelt two ways."""

import pytest

from storyweave.crosscheck import find_conflicts
from storyweave.crosscheck.names import find_name_conflicts, may_be_one_person
from storyweave.crosscheck.quotes import find_quotes
from tests.crosscheck.conftest import conflict_sides, outlet_story


def _names(*texts: str) -> list:
    docs = outlet_story(*((f"2026-09-1{index}", f"Outlet {index}", text) for index, text in enumerate(texts)))
    return [c for c in find_conflicts(docs) if c.kind == "name"]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            "Viktor Halloran, who came third, conceded on Sunday night.",
            "Haloran, who came third, conceded and endorsed nobody.",
        ),
        (
            "Marco Marchetti, the owner, said the kitchen was destroyed.",
            "Marcheti, the owner, said he would rebuild within a year.",
        ),
        ("Rosa Lindqvist, the mayor, won a second term.", "Mayor Lindquist said she was pleased."),
        ("The driver, Tomasz Wojcik, was arrested.", "Police arrested the driver, Wojick, on Sunday."),
        ("Derek Pellow, 81, said nobody told them anything.", "Pelow, 81, said the heating had failed."),
        (
            "Restaurant owner Marco Marchetti said the kitchen was destroyed.",
            "Marcheti, the owner, said he would rebuild within a year.",
        ),
    ],
)
def test_a_surname_alone_described_as_the_full_name_elsewhere_is_one_person_spelt_two_ways(
    one: str, other: str
) -> None:
    docs = outlet_story(("2026-09-14", "Capital Times", one), ("2026-09-15", "Metro Wire", other))
    (conflict,) = find_name_conflicts(docs)
    assert conflict.about.startswith("spelling of ")
    assert sorted(conflict_sides(conflict).values()) == [{"a0"}, {"a1"}]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # Two ministers of one cabinet, described as holding different posts.
        (
            "Lars Jensen, the fisheries minister, defended the cuts.",
            "Jansen, the finance minister, said compensation was unaffordable.",
        ),
        # The minister of a cabinet is one of several.
        (
            "Lars Jensen, the minister, defended the cuts.",
            "Jansen, the minister, said compensation was unaffordable.",
        ),
        # "A pensioner" is one of many.
        (
            "Derek Pellow, a pensioner, said nobody told them anything.",
            "Pelow, a pensioner, said the heating had failed.",
        ),
        # Described where the full name is not.
        ("Viktor Halloran conceded on Sunday night.", "Haloran, who ran the count, said it was fair."),
        ("Derek Pellow said nobody told them anything.", "Pelow, 81, said the heating had failed."),
        # A surname alone, not described: nothing says it is the same person.
        ("Viktor Halloran, who came third, conceded on Sunday night.", "Haloran said the count was fair."),
        # Described otherwise: another person of a like name.
        (
            "Viktor Halloran, who came third, conceded on Sunday night.",
            "Haloran, who ran the count, said it was fair.",
        ),
    ],
)
def test_a_surname_alone_described_otherwise_or_not_at_all_is_no_spelling_conflict(
    one: str, other: str
) -> None:
    assert _names(one, other) == []


def test_two_people_of_one_surname_described_as_different_things_are_not_one_name_spelt_two_ways() -> None:
    assert (
        _names(
            "Analyst Anna Berglund said the row could delay the bill.",
            "Anne Berglund, a fisherman's wife from Tromsby, said families were worried.",
        )
        == []
    )


_HEATING = "We were left in the dark for weeks and nobody told us anything"


@pytest.mark.parametrize(
    "other",
    [
        f'Pensioner Derek Pel said: "{_HEATING}."',
        f'"{_HEATING}," said Derek Pel, who has lived at Birchwood Court since 2004.',
    ],
)
def test_words_credited_to_one_given_name_and_a_short_surname_with_its_final_consonant_doubled_are_one_quote(
    other: str,
) -> None:
    docs = outlet_story(
        ("2026-02-03", "Daily Standard", f'"{_HEATING}," said Derek Pell, a pensioner at Birchwood Court.'),
        ("2026-02-03", "Local Echo", other),
    )
    (quote,) = find_quotes(docs)
    assert (quote.speaker, quote.articles) == ("Derek Pell", ("a0", "a1"))


@pytest.mark.parametrize(
    ("name", "other", "expected"),
    [
        ("Derek Pell", "Derek Pel", True),
        # Another given name, or a vowel doubled: another person.
        ("Derek Pell", "Dora Pel", False),
        ("Maria Andre", "Maria Andree", False),
    ],
)
def test_a_final_consonant_doubled_after_the_same_given_name_may_be_one_speaker(
    name: str, other: str, expected: bool
) -> None:
    assert may_be_one_person(name, other) is expected


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # One title before two given names: two ministers, not one spelt two ways.
        (
            "Fisheries Minister Lars Jensen defended the cuts.",
            "Finance Minister Karin Jansen said it was unaffordable.",
        ),
        (
            "Minister Lars Jensen defended the cuts.",
            "Minister Karin Jansen said compensation was unaffordable.",
        ),
        # Nor one title, which several hold, before surnames alone.
        ("Minister Jensen defended the cuts.", "Minister Jansen said compensation was unaffordable."),
        # Two brothers, described as such.
        (
            "Mark Olsen, a trawler owner, said he would sell.",
            "Marc Olsen, his brother, said the family had fished.",
        ),
    ],
)
def test_names_with_different_given_names_or_descriptions_or_a_shared_office_are_two_people(
    one: str, other: str
) -> None:
    assert _names(one, other) == []


@pytest.mark.parametrize(
    ("one", "other", "expected"),
    [
        ("Nurse Anna Phelan said the ward was full.", "Anna Felan, a nurse, said beds ran out.", True),
        ("Skipper Filip Norberg said a wave hit.", "Skipper Philip Norberg said the engine flooded.", True),
        # Another given name: two people.
        ("Tom Phelan said the ward was full.", "Anna Felan said beds ran out.", False),
    ],
)
def test_ph_and_f_at_the_start_of_a_name_are_one_sound_spelt_two_ways(
    one: str, other: str, expected: bool
) -> None:
    assert bool(_names(one, other)) is expected


def test_a_three_letter_surname_with_its_final_consonant_doubled_after_the_same_given_name_is_spelt_two_ways() -> (
    None
):
    docs = outlet_story(
        ("2026-02-03", "Daily Standard", f'"{_HEATING}," said Derek Pell, a pensioner at Birchwood Court.'),
        ("2026-02-03", "Local Echo", f'Pensioner Derek Pel said: "{_HEATING}."'),
    )
    (conflict,) = find_name_conflicts(docs)
    assert sorted(conflict_sides(conflict).values()) == [{"a0"}, {"a1"}]
    # Another given name, or a vowel: two people.
    assert _names("Derek Pell said the heating failed.", "Dora Pel said the heating failed.") == []
    assert _names("Derek Lee said the heating failed.", "Derek Leee said the heating failed.") == []
