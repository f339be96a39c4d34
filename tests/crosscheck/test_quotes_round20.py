"""Round 20 (QA pass 7): names written with and without accents are one spelling, one quote credited to one
name spelt two ways is one quote, a title makes "Park" a surname, and markup's quotation marks are no quote."""

from __future__ import annotations

import pytest

from storyweave.crosscheck import find_quotes
from storyweave.crosscheck.names import find_name_conflicts
from storyweave.crosscheck.quotes import other_speakers

from .conftest import story

_VICTIMS = "Most of the victims were asleep when adobe walls collapsed on them"


def _quotes(quotes):
    return [(q.speaker, q.text, q.articles) for q in quotes]


@pytest.mark.parametrize(
    ("accented", "plain"),
    [
        ("Rohel Sánchez", "Rohel Sanchez"),  # QA 7 #7
        ("Elif Çelik", "Elif Celik"),
        ("Søren Lykke", "Soren Lykke"),  # a letter Unicode does not decompose
        ("Hans Müller", "Hans Muller"),
    ],
)
def test_a_name_with_and_without_accents_is_no_name_conflict(accented, plain):
    docs = story(
        f"Governor {accented} said the roads were open. {accented.split()[-1]} visited the town.",
        f"Governor {plain} said the roads were open. {plain.split()[-1]} visited the town.",
    )
    assert find_name_conflicts(docs) == ()


def test_a_name_one_letter_apart_is_still_a_name_conflict_beside_an_accent():
    docs = story(
        "Plant manager Gretchen Haldane said the valve failed. Haldane said it was inspected.",
        "Plant manager Gretchen Holdane said the valve failed. Holdane said it was inspected.",
    )
    conflicts = find_name_conflicts(docs)
    assert [(c.about, [p.value for p in c.positions]) for c in conflicts] == [
        ("spelling of Haldane", ["Gretchen Haldane", "Gretchen Holdane"])
    ]


def test_an_accent_does_not_hide_a_misspelling_in_another_word():
    docs = story(
        "Governor Rohel Sánchez said the roads were open.",
        "Governor Rohal Sanchez said the roads were open.",
    )
    assert [c.about for c in find_name_conflicts(docs)] == ["spelling of Rohel"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("said regional governor Rohel Sánchez", "Governor Rohel Sanchez told local radio"),
        ("said plant manager Gretchen Haldane", "plant manager Gretchen Holdane said"),  # QA 7 #8
    ],
)
def test_one_quote_credited_to_one_name_spelt_two_ways_is_one_quote(first, second):
    quotes = find_quotes(story(f'"{_VICTIMS}," {first}.', f'"{_VICTIMS}," {second}.'))
    assert [(q.speaker, q.articles) for q in quotes] == [(first.split(maxsplit=3)[-1], ("a0", "a1"))]
    assert other_speakers(quotes) == [()]


def test_one_speaker_spelt_two_ways_is_one_quote_under_the_fullest_wordings_name():
    # Replaces round 16's "each outlet shows the speaker as it spells the name" (QA 4 #5): QA 7 #8 found the
    # two one-outlet quotes read as two people's; the name conflict shows the two spellings.
    quotes = find_quotes(
        story(
            'Chief Superintendent Alan Whitby said officers had shown restraint. "We facilitated a lawful protest '
            'for six hours. What happened at the end was not protest," he said.',
            '"We facilitated a lawful protest for six hours," Chief Superintendent Alan Whitbey said. "What '
            'happened at the end was not protest."',
        )
    )
    assert [(q.speaker, q.articles) for q in quotes] == [("Alan Whitby", ("a0", "a1"))]
    assert other_speakers(quotes) == [()]


def test_the_same_words_credited_to_two_people_stay_two_quotes():
    quotes = find_quotes(
        story(f'"{_VICTIMS}," said governor Rohel Sánchez.', f'"{_VICTIMS}," said mayor Ana Villacorta.')
    )
    assert sorted(q.speaker for q in quotes) == ["Ana Villacorta", "Rohel Sánchez"]
    assert [len(others) for others in other_speakers(quotes)] == [1, 1]


def test_a_titled_place_word_surname_is_the_full_name():
    # QA 7 #9: "Park" is a place word, a person's surname only when the story says so; "advocate" does.
    quotes = find_quotes(
        story(
            "Consumer advocate Lena Park of Patient Rights Ohio urged patients to freeze their credit. "
            '"Do not wait for the letter," Park said.'
        )
    )
    assert [q.speaker for q in quotes] == ["Lena Park"]


def test_a_councillor_is_not_part_of_the_speakers_name():
    quotes = find_quotes(
        story('"This should have been fixed three years ago," Councillor Miriam Brannigan said.')
    )
    assert [q.speaker for q in quotes] == ["Miriam Brannigan"]


def test_quotation_marks_of_pasted_markup_make_no_quote():
    # QA 7 #18: an attribute value is no quote, and the tags inside a quote are not reported, nor keep it from
    # another outlet's wording of it.
    quotes = find_quotes(
        story(
            'The council voted 7-2 on Friday to approve the <iframe src="http://evil.example"></iframe> budget, '
            'Mayor Ann Lee said. "We will <b>rebuild</b> the library," Lee said.',
            'The council voted 7-2 on Friday to approve the budget, Mayor Ann Lee said. "We will rebuild the '
            'library," Lee said.',
        )
    )
    assert _quotes(quotes) == [("Ann Lee", "We will rebuild the library", ("a0", "a1"))]


@pytest.mark.parametrize(
    "text",
    [
        'Updates are posted at <a href="https://portellis.example/bridge" title="Bridge works">the bridge page</a>.',
        'Read the notice at "https://portellis.example/notices?id=88" or call the hotline, the city said.',
        'Details are on the city website, "www.portellis.example/bridge", officials said.',
    ],
)
def test_web_addresses_and_attribute_values_are_no_quotes(text):
    assert find_quotes(story(text)) == ()


def test_a_quote_about_a_web_address_is_still_a_quote():
    quotes = find_quotes(
        story('"Everything is on https://portellis.example, so please read it," Ibáñez said.')
    )
    assert [q.speaker for q in quotes] == ["Ibáñez"]
