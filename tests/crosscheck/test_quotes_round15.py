"""Speakers, quotes round 15 (QA item 17): a body the article describes but does not name ("The port authority said
in a statement"); a partial quote two outlets credit to one person; a description whose quote other outlets credit
(the medium a person writes in is no subject: 'in an Instagram post, writing,'); and surnames whose full name the
article gives (a name spelt two ways across outlets, or after a short title: "Rep. Will Harlan")."""

import pytest

from storyweave.crosscheck import find_quotes
from storyweave.crosscheck._people import demonyms
from storyweave.crosscheck.quotes import other_speakers
from storyweave.model import Article
from storyweave.segment import segment
from tests.crosscheck.conftest import story

_PLANS = "the reservoir will be refilled by the end of June"


def speakers(*texts: str) -> list[tuple[str | None, str, tuple[str, ...]]]:
    """(speaker, text, articles) of each quote of a story of ``texts``."""
    return [(q.speaker, q.text.rstrip("."), q.articles) for q in find_quotes(story(*texts))]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # No body of the kind is named: the description is what the reader is told.
        (f'The water authority said in a statement that "{_PLANS}."', "water authority"),
        (f'"{_PLANS}," said the state highway department.', "state highway department"),
        (f'"{_PLANS}," the regional water authority said on Monday.', "regional water authority"),
        # The one body of its kind named before, when its name has the description's words.
        (
            f'The Tamsin Water Authority cut supplies. The water authority said in a statement that "{_PLANS}."',
            "Tamsin Water Authority",
        ),
        (
            f'The Department of Health opened an inquiry. "{_PLANS}," the health department said.',
            "Department of Health",
        ),
        # A body of the kind is named that the words do not pick, or the words point back to one: no speaker.
        (f'The Palestinian Authority met on Monday. The water authority said that "{_PLANS}."', None),
        (f'The other company said in a statement that "{_PLANS}."', None),
    ],
)
def test_a_body_described_but_not_named_speaks(text, speaker):
    (quote,) = find_quotes(story(text))
    assert quote.speaker == speaker


def test_a_name_from_another_outlet_beats_the_description():
    quotes = find_quotes(
        story(
            f'The water authority said in a statement that "{_PLANS}."',
            f'"{_PLANS}," said Hugo Marsh, a spokesman for the authority.',
        )
    )
    assert [(q.speaker, q.articles) for q in quotes] == [("Hugo Marsh", ("a0", "a1"))]
    assert other_speakers(quotes) == [()]


_LEAN = "Mayor Ines Calloway presented the budget on Monday."


@pytest.mark.parametrize(
    ("texts", "listed"),
    [
        # Two outlets put the phrase in the same person's mouth: it is hers.
        (
            (
                f'{_LEAN} Calloway said the plan was "lean but fair."',
                'According to Mayor Ines Calloway, the plan is "lean but fair."',
            ),
            [("Ines Calloway", "lean but fair", ("a0", "a1"))],
        ),
        # One outlet alone lists a phrase only as the person's judgement (session 31, ``MIN_JUDGED_WORDS``), not one
        # that names a kind of thing; two that credit no one (a scare quote) list nothing.
        (
            (f'{_LEAN} Calloway said the plan was "lean but fair."',),
            [("Ines Calloway", "lean but fair", ("a0",))],
        ),
        ((f'{_LEAN} Calloway said she wants a "lean but fair" budget.',), []),
        (
            ('The council called the plan "lean but fair."', 'Critics called the plan "lean but fair."'),
            [],
        ),
        # A name or a title in quotation marks is no one's words, whoever is said to speak there.
        (
            (
                f'{_LEAN} "We will balance it," Calloway told WKRN\'s "Morning Desk."',
                'Mayor Ines Calloway told WKRN\'s "Morning Desk" the plan would pass.',
            ),
            [("Ines Calloway", "We will balance it", ("a0",))],
        ),
    ],
)
def test_a_phrase_two_outlets_credit_to_one_person_is_listed(texts, listed):
    assert speakers(*texts) == listed


def test_two_articles_of_one_outlet_are_not_two_outlets():
    docs = [
        segment(
            Article(
                id=f"a{n}", text=f'{_LEAN} Calloway said she wants a "lean but fair" budget.', source="Ledger"
            )
        )
        for n in range(2)
    ]
    assert find_quotes(docs) == ()


def test_the_medium_one_writes_in_is_no_subject():
    """The statement given to "the pop star" in a post ties the description to the person other outlets name, so
    her other statement under that description is hers too."""
    shared = "I am taking a break from touring to heal my voice"
    quotes = find_quotes(
        story(
            "Mara Volk cancelled her tour on Monday. She and her manager, Tom Reyes, flew home. The pop star announced "
            f'the news in an Instagram post, writing, "{shared}." The pop star added: "My fans have been so kind to '
            'me this year."',
            f'"{shared}," Mara Volk wrote on Instagram.',
        )
    )
    assert [(q.speaker, q.articles) for q in quotes] == [
        ("Mara Volk", ("a0", "a1")),
        ("Mara Volk", ("a0",)),
    ]


@pytest.mark.parametrize(
    ("texts", "speaker"),
    [
        # One name spelt two ways by two outlets is no people's word of a place.
        (
            (
                'Plant manager Hal Kowalski said the plant was safe. "They were family to us," Kowalski said.',
                "Plant manager Hal Kowalsky said the plant would reopen.",
            ),
            "Hal Kowalski",
        ),
        # "Steven" is no people of "Steve".
        (
            (
                "Steve Ordway, a trader, said prices fell. Steven Marsh, a professor, spoke next. "
                '"Nobody saw this coming," Marsh said.',
            ),
            "Steven Marsh",
        ),
        # After a title written short, a word that is also a function word is a given name.
        (('Rep. Will Harlan (R-Ohio) voted no. "The bill is a mess," Harlan said.',), "Will Harlan"),
    ],
)
def test_a_surname_speaker_is_the_full_name_the_article_gives(texts, speaker):
    assert find_quotes(story(*texts))[0].speaker == speaker


def test_demonyms_are_not_names_spelt_two_ways():
    assert demonyms({"Cuba", "Cuban", "Korea", "Korean", "Steve", "Steven", "Kowalski", "Kowalsky"}) == {
        "Cuban",
        "Korean",
    }
