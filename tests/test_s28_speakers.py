"""Speakers named after the verb behind a place's or body's name and a role, and names with letters after them.

1. '"...," said Portmere harbourmaster Ian Cole.' names Ian Cole: a capitalised place or body, a lower-case role
   that need not be a title word ("harbourmaster", "boss", "explorer") or a possessive ("Portmere's"), then the
   name. The place is no part of the name, and lower-case words that report something ("residents had met",
   "fans booed") name no speaker.
2. "according to" names its speaker the same way, and a title written in capitals ("Tory MP Sarah Penhaligon")
   or a surname that is a title word after a given name ("council leader Amy Lord") is still a person's.
3. Honours and the full stop of "Sr." after a name ("said Jane Doe QC.", "His father, John Smith Sr., said:") do
   not keep the name from speaking, nor become part of it, nor split one person into two.
4. '"...," reported El Morrocotudo on February 28.' (a dev quote) is the outlet's, as '"...," CNBC reported' is.
"""

from __future__ import annotations

import datetime as dt

import pytest

from storyweave.crosscheck import find_quotes
from storyweave.crosscheck.quotes import other_speakers
from storyweave.model import Article
from storyweave.segment import segment

WORDS = "We accept the court's findings in full."
OPENING = "Tidewater Ferries was fined on Friday after a gangway collapsed at Portmere terminal."


def _story(*texts: str) -> list:
    return [
        segment(Article(id=f"a{index}", text=text, source=f"Outlet {index}", date=dt.date(2026, 11, 30)))
        for index, text in enumerate(texts)
    ]


def _speakers(*texts: str) -> list[tuple[str | None, tuple[str, ...]]]:
    return [(q.speaker, q.articles) for q in find_quotes(_story(*texts))]


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        (f'"{WORDS[:-1]}," said Portmere harbourmaster Ian Cole.', "Ian Cole"),
        (f'"{WORDS[:-1]}," said Burnley boss Scott Parker.', "Scott Parker"),
        (f'"{WORDS[:-1]}," said the Burnley boss Scott Parker.', "Scott Parker"),
        (f'"{WORDS[:-1]}," said Portmere\'s Ian Cole.', "Ian Cole"),
        (
            f'"{WORDS[:-1]}," says National Geographic explorer Ryan Carney, a biologist who studies birds.',
            "Ryan Carney",
        ),
        (f'"{WORDS[:-1]}," according to Portmere harbourmaster Ian Cole.', "Ian Cole"),
        (f'According to Portmere harbourmaster Ian Cole, "{WORDS}"', "Ian Cole"),
        (f'"{WORDS[:-1]}," said Westbury council leader Amy Lord.', "Amy Lord"),
        (f'"{WORDS[:-1]}," said Tory MP Sarah Penhaligon.', "Sarah Penhaligon"),
        (f'"{WORDS[:-1]}," said Jane Doe QC.', "Jane Doe"),
        (f'His father, John Smith Sr., said: "{WORDS}"', "John Smith Sr"),
    ],
)
def test_a_speaker_after_a_place_and_a_role_or_with_letters_after_the_name_is_read(attribution, speaker):
    assert _speakers(f"{OPENING} {attribution}") == [(speaker, ("a0",))]


@pytest.mark.parametrize(
    "attribution",
    [
        # Lower-case words that report something are no role: the name after them is no speaker.
        f'"{WORDS[:-1]}," said Portmere residents had met Ian Cole.',
        f'"{WORDS[:-1]}," said Leeds fans booed Ian Cole.',
        # The role belongs to someone else's assistant: better no speaker than the manager.
        f'"{WORDS[:-1]}," said Burnley manager Scott Parker\'s assistant, Mike Jackson.',
    ],
)
def test_a_name_after_words_that_are_no_role_is_no_speaker(attribution):
    assert _speakers(f"{OPENING} {attribution}") == [(None, ("a0",))]


def test_a_place_before_a_role_is_no_person_and_the_sentence_subject_still_speaks():
    text = (
        f"{OPENING} Officials said Portmere harbour was closed for two days. "
        f'"The tide came in faster than anyone expected," Cole said the Portmere harbourmaster had warned.'
    )
    assert _speakers(text) == [("Cole", ("a0",))]


def test_an_outlet_crediting_a_harbourmaster_makes_the_attribution_disputed():
    quotes = find_quotes(
        _story(
            f'{OPENING} The firm\'s chief executive, Dr Lena Hart, said: "{WORDS}"',
            f'{OPENING} "{WORDS[:-1]}," Tidewater chief executive Lena Hart said.',
            f'{OPENING} "{WORDS[:-1]}," said Portmere harbourmaster Ian Cole.',
        )
    )
    assert [(q.speaker, q.articles) for q in quotes] == [("Lena Hart", ("a0", "a1")), ("Ian Cole", ("a2",))]
    assert [[(o.speaker, o.articles) for o in others] for others in other_speakers(quotes)] == [
        [("Ian Cole", ("a2",))],
        [("Lena Hart", ("a0", "a1"))],
    ]


def test_honours_and_suffixes_keep_one_speaker_across_outlets():
    quotes = find_quotes(
        _story(
            '"The road is now open again," said Sarah Penhaligon MP. '
            '"I saw smoke and pulled over at once," said John Smith Jr., the driver.',
            '"The road is now open again," said local MP Sarah Penhaligon. '
            '"I saw smoke and pulled over at once," John Smith said.',
            '"I saw smoke and pulled over at once," said Mr Smith. '
            'His father, John Smith Sr., said: "He did the right thing by stopping."',
        )
    )
    assert sorted((q.speaker or "", q.articles) for q in quotes) == [
        ("John Smith Jr", ("a0", "a1", "a2")),
        ("John Smith Sr", ("a2",)),
        ("Sarah Penhaligon", ("a0", "a1")),
    ]


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        (f'"{WORDS[:-1]}," reported El Morrocotudo on February 28.', "El Morrocotudo"),
        (f'"{WORDS[:-1]}," reported Reuters.', "Reuters"),
        # Reported by no one named: "officials reported" reports no speech, nor does a time after the verb.
        (f'"{WORDS[:-1]}," officials reported.', None),
        (f'"{WORDS[:-1]}," reported Tuesday.', None),
    ],
)
def test_an_outlet_named_after_reported_is_the_speaker(attribution, speaker):
    assert _speakers(f"{OPENING} {attribution}") == [(speaker, ("a0",))]
