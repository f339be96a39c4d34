"""The war desk's QA pass (session 45): a prisoner swap told by several outlets, with transliterated names.

A name spelt with a hard "C" or a "K" at its start ("Catherine" / "Katherine", "Carim" / "Karim") is one person's
name spelt two ways, a spelling conflict, when the rest of the name is the same.
"""

import pytest

from storyweave.crosscheck import find_conflicts

from .conftest import conflict_sides, dated_story


def _spellings(first: str, second: str) -> list[dict[str, set[str]]]:
    docs = dated_story(("2027-03-13", first), ("2027-03-14", second))
    return [conflict_sides(c) for c in find_conflicts(docs) if c.kind == "name"]


@pytest.mark.parametrize(
    ("first", "second", "spelt"),
    [
        (
            "Catherine Lund, who heads the Red Cross delegation, said the prisoners were interviewed.",
            "Katherine Lund of the Red Cross said the prisoners had been examined by doctors.",
            ("Catherine Lund", "Katherine Lund"),
        ),
        (
            "Ardani negotiator Karim Ossman said his government had kept every promise.",
            "Carim Ossman, Ardania's chief negotiator, said Kest had kept its side of the bargain.",
            ("Karim Ossman", "Carim Ossman"),
        ),
        (
            "Christina Berg, the envoy, said the talks had ended.",
            "The envoy, Kristina Berg, said talks were over.",
            ("Christina Berg", "Kristina Berg"),
        ),
    ],
)
def test_a_given_name_spelt_with_c_or_k_is_one_name(first, second, spelt):
    assert _spellings(first, second) == [{spelt[0]: {"a0"}, spelt[1]: {"a1"}}]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # Another surname: two people.
        ("Carl Lund said the talks were over.", "Karl Berg said the talks had ended."),
        # A soft "C" is no "K".
        ("Cecil Lund said the talks were over.", "Kecil Lund said the talks had ended."),
    ],
)
def test_c_and_k_names_of_other_people_are_not_one_name(first, second):
    assert _spellings(first, second) == []
