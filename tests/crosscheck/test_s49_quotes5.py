"""Session 49's quotes desk: speakers of quotes as copy of many house styles attributes them."""

from __future__ import annotations

import pytest

from storyweave.crosscheck import find_quotes

from .conftest import story


@pytest.mark.parametrize("party", ["Conservative", "Labour", "Liberal", "Socialist", "Independent", "Tory"])
def test_a_party_word_before_a_name_is_no_part_of_the_speakers_name(party):
    # "His rival, Conservative Helen Marsh," describes her by her party as "Republican Helen Marsh" does.
    quotes = find_quotes(
        story(
            f'His rival, {party} Helen Marsh, conceded after midnight. "The voters have spoken," Marsh said.'
        )
    )
    assert [q.speaker for q in quotes] == ["Helen Marsh"]

