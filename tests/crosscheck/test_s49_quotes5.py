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


@pytest.mark.parametrize(
    "text",
    [
        'The Ridgefield Fire Department said in a statement that crews "will work through the night to protect '
        'homes along Route 9."',
        'In a statement, the Ridgefield Fire Department said crews "will work through the night to protect homes '
        'along Route 9."',
    ],
)
def test_a_phrase_a_body_quotes_from_its_own_statement_is_its_quote(text):
    # The words of a statement are its maker's, woven into the reporter's sentence or not.
    quotes = find_quotes(story(text))
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Ridgefield Fire Department", "will work through the night to protect homes along Route 9.")
    ]


def test_a_phrase_a_body_passes_on_without_a_statement_is_still_not_listed():
    quotes = find_quotes(
        story(
            'The Ridgefield Fire Department said crews "will work through the night to protect homes along Route 9."'
        )
    )
    assert quotes == ()
