"""Round 19: who a private person is, capitalised to open a sentence, is no part of their name; a given name
that is also a word the story writes is."""

from __future__ import annotations

import pytest

from storyweave.crosscheck import find_quotes
from storyweave.model import Quote

from .conftest import story


def _speakers(quotes: tuple[Quote, ...]) -> list[str | None]:
    return [q.speaker for q in quotes]


@pytest.mark.parametrize(
    ("named", "other_outlet", "name"),
    [
        # The noun in the plural in another outlet (h6's held-out wildfire story).
        (
            "Evacuee Sandra Kim waited at the high school with her two dogs.",
            "Officials said evacuees had been left without information for hours.",
            "Sandra Kim",
        ),
        # In the singular, the name described after it: the lower-case word alone does not strip it there.
        (
            "Welder Joy Tanaka, 44, maintains the plant's freezers.",
            "Every welder on the line was told on Tuesday.",
            "Joy Tanaka",
        ),
    ],
)
def test_a_private_persons_noun_opening_the_sentence_is_no_part_of_the_name(
    named: str, other_outlet: str, name: str
) -> None:
    surname = name.split()[-1]
    quotes = find_quotes(story(f'{named} "Nobody told us where to go," {surname} said.', other_outlet))
    assert _speakers(quotes) == [name]


@pytest.mark.parametrize(
    ("sentence", "written_in_lower_case"),
    [
        ("Grant Hill said the crews had worked all night.", "The town applied for a state grant."),
        ("Mark Daley said the crews had worked all night.", "Officials will mark the day with a ceremony."),
        ("Rose Kim said the crews had worked all night.", "The river rose a foot in an hour."),
        ("Hope Adams said the crews had worked all night.", "Residents had little hope left."),
    ],
)
def test_a_given_name_the_story_also_writes_as_a_word_stays_the_name(
    sentence: str, written_in_lower_case: str
) -> None:
    quotes = find_quotes(story(f'{written_in_lower_case} {sentence} "We reached every call," she said.'))
    assert _speakers(quotes) == [" ".join(sentence.split()[:2])]


def test_a_given_name_opening_a_three_word_name_is_kept_beside_its_plural() -> None:
    quotes = find_quotes(
        story(
            'Hope Marie Adams lost her shop. "We reached every call," Adams said.', "Their hopes were gone."
        )
    )
    assert _speakers(quotes) == ["Hope Marie Adams"]


@pytest.mark.parametrize(
    "described",
    [
        "Will Barnes, who runs the bakery on Main Street, said the water came fast.",
        "Will Barnes, a baker on Main Street, said the water came fast.",
    ],
)
def test_will_before_a_described_full_name_is_the_given_name(described: str) -> None:
    quotes = find_quotes(
        story(f'Officials will open a shelter. {described} "It rose a foot in an hour," Barnes said.')
    )
    assert _speakers(quotes) == ["Will Barnes"]


def test_an_office_title_opening_the_sentence_still_names_the_holder() -> None:
    quotes = find_quotes(
        story(
            'Mayor Helen Ortiz opened two shelters. "Please stay off flooded roads," Ortiz said.',
            "The mayor asked drivers to stay home.",
        )
    )
    assert _speakers(quotes) == ["Helen Ortiz"]
