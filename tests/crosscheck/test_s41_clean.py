"""Session 41: a place and its adjective ("North America" / "North American") are no name spelt two ways.

Pins that two near-identical sentences differing in a place's name and its adjective or demonym (+"n", "an",
"ian", "ese", "ish", "i", a final vowel dropped) make no "spelling of ..." conflict, while a surname heard two
ways with a letter added at its end, under one title, still does.
"""

import pytest

from storyweave.crosscheck.names import find_name_conflicts

from .conftest import story


@pytest.mark.parametrize(
    ("place", "adjective"),
    [
        ("North America", "North American theaters"),
        ("South Korea", "South Korean theaters"),
        ("Iraq", "Iraqi"),
    ],
)
def test_a_place_and_its_adjective_are_no_spelling_conflict(place: str, adjective: str) -> None:
    docs = story(f"Dune took $84.2 million in {place}.", f"Dune took $84.2 million in {adjective}.")
    assert find_name_conflicts(docs) == ()


def test_a_surname_with_a_letter_added_under_one_title_is_still_a_conflict() -> None:
    docs = story("Judge Katherine Whitcombe said so.", "Judge Katherine Whitcomb said so.")
    (conflict,) = find_name_conflicts(docs)
    assert {position.value for position in conflict.positions} == {
        "Katherine Whitcombe",
        "Katherine Whitcomb",
    }
