"""Round 14 (QA): outlets that credit one quote to different people; phrases glued onto a speaker's quote."""

from __future__ import annotations

import pytest

from storyweave.crosscheck import find_quotes
from storyweave.crosscheck.names import may_be_one_person
from storyweave.crosscheck.quotes import OtherSpeaker, other_speakers
from storyweave.model import Report, Summary
from storyweave.render import render_html, render_markdown, to_json, validate

from .conftest import story

_BRIDGE = "This bridge has been crumbling for years and everyone in Hollinsford knew it"
# QA's rail story, cut down: two outlets give the MP's words to her, one to the council leader.
_RAIL = (
    f"The local MP, Sarah Penhaligon, said she had warned Network Rail. ‘{_BRIDGE},’ Ms Penhaligon said.",
    f'"{_BRIDGE}," said council leader Tom Astley.',
    f'"{_BRIDGE}," MP Sarah Penhaligon told reporters.',
)


def _by_text(quotes, text):
    return sorted((q.speaker, q.articles) for q in quotes if q.text.rstrip(".") == text)


def test_each_outlet_is_credited_only_for_the_speaker_it_names():
    quotes = find_quotes(story(*_RAIL))
    assert _by_text(quotes, _BRIDGE) == [("Sarah Penhaligon", ("a0", "a2")), ("Tom Astley", ("a1",))]


def test_other_speakers_name_who_else_said_it():
    quotes = find_quotes(story(*_RAIL))
    others = dict(zip((q.speaker for q in quotes), other_speakers(quotes), strict=True))
    assert others == {
        "Sarah Penhaligon": (OtherSpeaker("Tom Astley", ("a1",)),),
        "Tom Astley": (OtherSpeaker("Sarah Penhaligon", ("a0", "a2")),),
    }


def test_one_person_named_two_ways_is_no_disagreement():
    quotes = find_quotes(
        story(
            '"Paul has given everything to this club," said chairman Ian Whitcombe.',
            '"Paul has given everything to this club," Whitcombe said.',
            '"Paul has given everything to this club," said Ian T. Whitcombe.',
        )
    )
    assert [q.articles for q in quotes] == [("a0", "a1", "a2")]
    assert quotes[0].speaker in ("Ian Whitcombe", "Ian T. Whitcombe")
    assert other_speakers(quotes) == [()]


@pytest.mark.parametrize(
    ("name", "other", "one"),
    [
        ("Whitcombe", "Ian Whitcombe", True),
        ("Roger Benitez", "Roger T. Benitez", True),
        ("Alexander Volkov", "Cyril Alexander Volkov", True),
        ("Hand Carlsson", "Hans Carlsson", True),
        ("Pete Strella", "Peter Strella", True),
        ("Hal Brzezinski", "Hal Brzezinsky", True),
        ("Tom O’Neill", "Tom O'Neill", True),
        ("Tom Astley", "Sarah Penhaligon", False),
        ("Rosa Lindqvist", "Gary Lindqvist", False),
        ("Dallas Delynn", "Dallas Swonger", False),
    ],
)
def test_may_be_one_person(name, other, one):
    assert may_be_one_person(name, other) is one
    assert may_be_one_person(other, name) is one


def test_reports_show_who_said_it():
    docs = story(*_RAIL)
    report = Report(
        articles=tuple(doc.article for doc in docs),
        summary=Summary((), 100),
        quotes=find_quotes(docs),
        sentences=tuple(s for doc in docs for s in doc.sentences),
    )
    markdown = render_markdown(report)
    assert "*Who said it:* **Tom Astley**, according to [2]" in markdown
    assert "*Who said it:* **Sarah Penhaligon**, according to [1][3]" in markdown
    assert '<strong>Who said it:</strong> <span class="speaker">Tom Astley</span>' in render_html(report)
    doc = to_json(report)
    validate(doc)
    assert [q.get("other_speakers") for q in doc["quotes"]] == [
        [{"speaker": "Tom Astley", "articles": ["a1"]}],
        [{"speaker": "Sarah Penhaligon", "articles": ["a0", "a2"]}],
    ]


def test_a_phrase_of_a_later_sentence_is_not_appended():
    (quote,) = find_quotes(
        story(
            '"The line will stay closed until at least Monday," said Ms Dunmore, a spokeswoman. '
            'Passengers were told to "expect long delays" on replacement buses.'
        )
    )
    assert quote.text == "The line will stay closed until at least Monday"


def test_a_quoted_attribute_after_the_attribution_is_not_appended():
    (quote,) = find_quotes(
        story(
            '"We heard a roar like a train," said resident Maria Kolb. <a href="javascript:alert(6)">click</a>'
        )
    )
    assert quote.text == "We heard a roar like a train"


def test_a_title_after_the_listener_is_not_appended():
    (quote,) = find_quotes(
        story('"This has got to be done soon," Jennifer Granholm told CNN\'s "State of the Union."')
    )
    assert (quote.speaker, quote.text) == ("Jennifer Granholm", "This has got to be done soon")


def test_an_outlet_quoting_one_part_is_not_credited_with_the_rest():
    quotes = find_quotes(
        story(
            '"It\'s a disaster for farmers," said Glen Pruitt, who ships grain. "Every day costs us money."',
            'Glen Pruitt, a grain shipper, called the strike "a disaster for farmers."',
        )
    )
    assert [(q.text, q.articles) for q in quotes] == [
        ("It's a disaster for farmers", ("a0", "a1")),
        ("Every day costs us money.", ("a0",)),
    ]


def test_what_the_speaker_goes_on_to_say_is_still_joined():
    (quote,) = find_quotes(story('"We will rebuild," she said. "Every wall of it."', dates=()))
    assert quote.text == "We will rebuild … Every wall of it."


@pytest.mark.parametrize("day", ["Friday", "Monday"])
def test_a_day_after_an_inverted_speaker_is_no_part_of_the_name(day):
    # QA: 'said MP Sarah Penhaligon on Friday' gave the speaker "MP Sarah Penhaligon on Friday".
    (quote,) = find_quotes(story(f'"{_BRIDGE}," said MP Sarah Penhaligon on {day}. The viaduct stays shut.'))
    assert "Sarah Penhaligon" in quote.speaker and day not in quote.speaker
