"""Session 37, the world and disasters desk: a brigadier's abbreviated rank before a speaker's name."""

import pytest

from storyweave.crosscheck import find_quotes

from .conftest import story


@pytest.mark.parametrize("rank", ["Brig. Gen.", "Brig."])
def test_an_abbreviated_brigadier_before_the_name_is_a_title_not_the_speaker(rank):
    docs = story(f'"We will hold our positions," said army spokesman {rank} Karim Haddad.')
    assert [(quote.speaker, quote.text) for quote in find_quotes(docs)] == [
        ("Karim Haddad", "We will hold our positions")
    ]
