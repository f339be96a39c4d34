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


@pytest.mark.parametrize(
    "text",
    [
        '"The senator is resting at home with her family," a spokeswoman for Sen. Ruth Alvarez said.',
        '"The minister has no comment on the matter," an aide to Health Minister Peter Walsh said.',
        '"He was a wonderful father to all of us," a relative of victim John Barr told reporters.',
        'A spokesman for Mayor Ana Ruiz said: "The city will appeal the ruling of the court."',
        '"She is devastated and wants privacy," a close friend of actress Emma Lowe said.',
    ],
)
def test_a_titled_name_after_a_nouns_preposition_is_not_the_speaker(text):
    # "a spokeswoman for Sen. Ruth Alvarez": the spokeswoman speaks, as "a friend of Emma Lowe" does; a title
    # between the preposition and the name does not make the name the subject.
    assert [q.speaker for q in find_quotes(story(text))] == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'At a news conference on Monday Mayor Ana Ruiz said: "The city will appeal the ruling."',
            "Ana Ruiz",
        ),
        ('The president of the club, Martin Cole, said: "The board backs the manager fully."', "Martin Cole"),
        (
            '"The board backs the manager fully," the chairman of Hartley Rovers Martin Cole said.',
            "Martin Cole",
        ),
        ('In a letter to staff, chief executive Laura Chen wrote: "We grew far too fast."', "Laura Chen"),
    ],
)
def test_a_name_after_a_time_phrase_an_appositive_or_a_title_of_a_body_still_speaks(text, speaker):
    assert [q.speaker for q in find_quotes(story(text))] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        'Mayor Ana Ruiz spoke on Monday. Reporters asked Ruiz: "Will the road reopen before the weekend?"',
        'Mayor Ana Ruiz spoke on Monday. A reporter asked the mayor: "Will the road reopen before the weekend?"',
        'Mayor Ana Ruiz was asked: "Will the road reopen before the weekend?"',
        '"Will the road reopen before the weekend?" Mayor Ana Ruiz was asked on Monday.',
    ],
)
def test_a_question_put_to_a_person_is_not_theirs(text):
    # The person asked is the listener, as after "told": a question quoted back to them is not their words.
    assert [q.speaker for q in find_quotes(story(text))] == [None]


@pytest.mark.parametrize(
    "text",
    [
        '"Will the road reopen before the weekend?" asked Mayor Ana Ruiz.',
        'Mayor Ana Ruiz asked: "Will the road reopen before the weekend?"',
        'Then Mayor Ana Ruiz asked the engineers: "Will the road reopen before the weekend?"',
    ],
)
def test_a_question_a_person_asks_is_still_theirs(text):
    assert [q.speaker for q in find_quotes(story(text))] == ["Ana Ruiz"]


@pytest.mark.parametrize(
    "text",
    [
        'Mayor Ana Ruiz and Fire Chief Dana Okoro spoke at the briefing. "The north road stays closed until the fire '
        'is out," she said.',
        'Mrs. Ana Ruiz and Mrs. Dana Okoro walked the line. "The north road stays closed until the fire is out," she '
        "said.",
    ],
)
def test_a_pronoun_after_two_people_of_its_gender_joined_by_and_has_no_speaker(text):
    # Either of "Ruiz and Okoro" may be "she": the pronoun is resolved only when one person could hold it.
    assert [q.speaker for q in find_quotes(story(text))] == [None]


@pytest.mark.parametrize(
    "text",
    [
        'Mrs. Ana Ruiz and Mr. Tom Okoro spoke at the briefing. "The north road stays closed until the fire is '
        'out," she said.',
        'Mayor Ana Ruiz spoke at the briefing with Fire Chief Dana Okoro. "The north road stays closed until the fire '
        'is out," she said.',
    ],
)
def test_a_pronoun_after_one_person_of_its_gender_or_one_subject_is_still_theirs(text):
    assert [q.speaker for q in find_quotes(story(text))] == ["Ana Ruiz"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "is said to have" reports what the subject said: not a passive of the listener.
        (
            "Microsoft's chairman, Bill Gates, proposed a deal in August. Gates is said to have offered to make the "
            'business "the Compaq Computer of the hand-held market."',
            "Bill Gates",
        ),
        # A passive in the sentence before a quote is no attribution of it (a dev quote of Jeff Herman's).
        (
            "Lawyer Jeff Herman was working as a litigator when he was asked to take the case of an abused child. "
            '"I was horrified. It really hit home for me."',
            "Jeff Herman",
        ),
        (
            "After the ruling was announced, Trey Wingo, a former ESPN host, sent a tweet. "
            '"A unanimous ruling is the equivalent of finding a unicorn."',
            "Trey Wingo",
        ),
    ],
)
def test_a_passive_that_puts_no_question_to_the_speaker_keeps_the_speaker(text, speaker):
    assert [q.speaker for q in find_quotes(story(text))] == [speaker]
