"""Session 39's summarizer speed-ups decide as the code they replaced."""

import itertools

import pytest

from storyweave.crosscheck.names import may_be_spelt_two_ways, spelt_two_ways, written_words

# Sentences naming people alike, spelt two ways, heard two ways, or named by other people.
_NAMED = [
    "The driver, Rui Tavares, 46, was hurt.",
    "The driver, Rui Taveira, 46, was hurt.",
    "Tavares said the tram was late.",
    "Taveira said the tram was late.",
    "Magistrate Helen Quach set down a hearing for Wednesday.",
    "Magistrate Helen Kwan set down a hearing for Wednesday.",
    "Judge Katherine Whitcombe said so.",
    "Judge Katherine Whitcomb said so.",
    "Judge John Clark said so.",
    "Judge Joan Clarke said so.",
    "Fire Chief Marisol Okafor said the blaze was out.",
    "Fire Chief Marisol Okafur said the blaze was out.",
    "Delia Okonkwo and Delia Okonkwa both spoke.",
    "The Sánchez family thanked Sanchez's rescuers.",
    "These figures were released by Ana Silva.",
    "Those figures were released by Ana Silva.",
    "No name is written here at all.",
]


@pytest.mark.parametrize("text, other", list(itertools.permutations(_NAMED, 2)))
def test_sentences_that_may_not_be_spelt_two_ways_are_spelt_alike_whatever_their_articles_write(text, other):
    """The claims read the articles' words (``written_words``, a twentieth of a summary's time) only for sentences
    ``may_be_spelt_two_ways`` lets through: where it says no, ``spelt_two_ways`` finds nothing with any words."""
    writings = [frozenset(), written_words(text), written_words(other), written_words(text + " " + other)]
    found = {spelt_two_ways(text, other, mine, theirs) for mine in writings for theirs in writings}
    if not may_be_spelt_two_ways(text, other):
        assert found == {None}


def test_names_written_alike_need_no_reading_of_the_articles():
    same = "Fire Chief Marisol Okafor said the blaze was out."
    assert not may_be_spelt_two_ways(same, "Marisol Okafor, the fire chief, spoke on Monday.")
    assert not may_be_spelt_two_ways(same, "No name is written here at all.")
    assert may_be_spelt_two_ways(same, "Fire Chief Marisol Okafur said the blaze was out.")
    assert spelt_two_ways(same, "Fire Chief Marisol Okafur said the blaze was out.", frozenset(), frozenset())
