"""Who said it when a speaker is written with honours or an outlet's attribution is not read (QA pass 10a, #1 and #8).

1. "His barrister, Colin Abbott KC, said outside court:" names its speaker: a role, a comma, a name with the
   letters after it ("KC", "QC", "MP"), then the verb; so does "The firm's chief executive, Dr Lena Hart, said:".
2. An outlet whose attribution is not read, in a sentence that names someone else, credits the words to no one:
   its wording does not go with the person another outlet names, where it could hide a dispute.
3. A tag the page printed among a quote's words is marked as a cut ("[…]"), never silently dropped.
4. "Mayor Tom Reid" and "The company's auditor, Tom Reed" are two people, not one name spelt two ways.
"""

from __future__ import annotations

import datetime as dt

import pytest

from storyweave import api
from storyweave.crosscheck import find_quotes
from storyweave.crosscheck.names import find_name_conflicts
from storyweave.crosscheck.quotes import other_speakers
from storyweave.model import Article, Batch
from storyweave.segment import segment

APPEAL = "We will be lodging an appeal within 28 days."


def _story(*texts: str) -> list:
    return [
        segment(Article(id=f"a{index}", text=text, source=f"Outlet {index}", date=dt.date(2026, 11, 27)))
        for index, text in enumerate(texts)
    ]


def _quotes(quotes) -> list[tuple[str | None, tuple[str, ...]]]:
    return [(q.speaker, q.articles) for q in quotes]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (f'His barrister, Colin Abbott KC, said outside court: "{APPEAL}"', "Colin Abbott"),
        (f'Colin Abbott QC, representing Gerald Pruitt, said: "{APPEAL}"', "Colin Abbott"),
        (f'The firm\'s chief executive, Dr Lena Hart, said: "{APPEAL}"', "Lena Hart"),
        # Before a capital "MP" is the next name's title, not the honours of the name before it.
        (f'The party\'s leader, Colin Abbott, MP Sarah Penhaligon said: "{APPEAL}"', "Sarah Penhaligon"),
    ],
)
def test_a_speaker_with_honours_or_a_short_title_in_apposition_is_read(sentence, speaker):
    assert _quotes(find_quotes(_story(sentence))) == [(speaker, ("a0",))]


def test_the_defence_barristers_quote_is_disputed_not_handed_to_the_prosecutor():
    docs = _story(
        f'His barrister, Colin Abbott KC, said outside court: "{APPEAL}"',
        f'"{APPEAL[:-1]}," prosecutor Naomi Fell said after the hearing.',
        f'Defence barrister Colin Abbott KC said: "{APPEAL}"',
    )
    quotes = find_quotes(docs)
    assert _quotes(quotes) == [("Colin Abbott", ("a0", "a2")), ("Naomi Fell", ("a1",))]
    assert [[(o.speaker, o.articles) for o in others] for others in other_speakers(quotes)] == [
        [("Naomi Fell", ("a1",))],
        [("Colin Abbott", ("a0", "a2"))],
    ]


def test_an_unread_attribution_beside_another_name_is_not_counted_for_another_outlets_speaker():
    # The sentence names Gerald Pruitt, not the prosecutor, and says no one spoke: who said it is unknown there.
    quotes = find_quotes(
        _story(
            f'"{APPEAL[:-1]}," prosecutor Naomi Fell said after the hearing.',
            f'As former mayor Gerald Pruitt was led away, one line came from the defence bench: "{APPEAL}"',
        )
    )
    assert _quotes(quotes) == [("Naomi Fell", ("a0",)), (None, ("a1",))]


@pytest.mark.parametrize(
    "unread",
    [
        # No one named beside the words: they go with the person other outlets name, as before.
        f'A lawyer for the family said: "{APPEAL}"',
        # The prosecutor named beside them: hers.
        f'Naomi Fell spoke after Gerald Pruitt was led away. "{APPEAL}"',
    ],
)
def test_an_unread_attribution_naming_no_one_else_joins_the_speaker_other_outlets_name(unread):
    quotes = find_quotes(_story(f'"{APPEAL[:-1]}," prosecutor Naomi Fell said after the hearing.', unread))
    assert _quotes(quotes) == [("Naomi Fell", ("a0", "a1"))]


def test_a_reporters_phrase_is_no_quote_of_its_own_when_its_outlet_names_no_speaker():
    quotes = find_quotes(
        _story(
            '"The offer on the table is generous and final," union leader Dave Morrow said on Friday.',
            'Workers voted on what the company called a "generous and final" offer.',
        )
    )
    assert _quotes(quotes) == [("Dave Morrow", ("a0",))]


def test_a_tag_printed_among_a_quotes_words_is_marked_as_a_cut():
    screaming = 'said: "People were screaming <img src=x onerror=alert(1)> and nobody could move."'
    quotes = find_quotes(_story(f"A fan, Jamie Porter, {screaming}"))
    assert [q.text for q in quotes] == ["People were screaming […] and nobody could move."]


def test_tags_that_style_words_still_drop_out_of_the_quote():
    quotes = find_quotes(_story('Mayor Ann Lee said: "We will <b>rebuild</b> the <i>library</i>."'))
    assert [q.text for q in quotes] == ["We will rebuild the library."]


def test_the_report_credits_each_outlet_with_its_own_speaker():
    articles = (
        Article(
            id="capital",
            source="Capital Times",
            date=dt.date(2026, 11, 27),
            text="Gerald Pruitt was jailed for seven years on Friday at Westbury Crown Court. "
            f'His barrister, Colin Abbott KC, said outside court: "{APPEAL}"',
        ),
        Article(
            id="gazette",
            source="Westbury Gazette",
            date=dt.date(2026, 11, 27),
            text="Gerald Pruitt was jailed on Friday at Westbury Crown Court. "
            f'"{APPEAL[:-1]}," prosecutor Naomi Fell said after the hearing.',
        ),
    )
    report = api.report(Batch(articles=articles), words=60)
    assert {(q.speaker, q.articles) for q in report.quotes} == {
        ("Colin Abbott", ("capital",)),
        ("Naomi Fell", ("gazette",)),
    }


def _name_conflicts(*texts: str) -> list[str]:
    return [c.about for c in find_name_conflicts(_story(*texts))]


def test_two_people_the_story_calls_different_things_are_no_name_spelt_two_ways():
    # quote10's held-out control: a role before a comma says who Tom Reed is, and he is not the mayor.
    assert (
        _name_conflicts(
            "Mayor Tom Reid said the city would pay for repairs to the damaged shopfronts.",
            "The company's auditor, Tom Reed, said its accounts were in order.",
        )
        == []
    )


@pytest.mark.parametrize(
    "second",
    [
        "Council leader Tom Reed said the council would review the contract.",
        "The council's leader, Tom Reed, said the council would review the contract.",
        "Tom Reed said the council would review the contract.",
    ],
)
def test_one_name_spelt_two_ways_is_still_a_conflict_when_nothing_tells_two_people_apart(second):
    assert _name_conflicts("Council leader Tom Reid said the council would review the contract.", second) == [
        "spelling of Reid"
    ]
