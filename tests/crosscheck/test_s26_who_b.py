"""Session 26 (QA pass 9): a pronoun never means the name before another name's title ("Harbourside Rovers
manager Elena Sokol ..., she said"), and a claim cites only outlets that carry its wording's own event, not
just a relative clause about one of its names ("Writers paid tribute ... to Margaret Okafor, who died ...")."""

from __future__ import annotations

import datetime as dt

import pytest

import storyweave
from storyweave.align import align
from storyweave.crosscheck import find_quotes
from storyweave.crosscheck.quotes import other_speakers
from storyweave.model import Article, Batch
from storyweave.segment import segment
from storyweave.summarizer import SummaryOptions

from .conftest import story

TRIBUTE = "Writers paid tribute on Tuesday to Margaret Okafor, who died on Sunday aged 84."
_RECOVER = "We beat ourselves today, but this squad will recover"


def _speakers(*texts: str) -> list[tuple[str | None, tuple[str, ...]]]:
    return [(q.speaker, q.articles) for q in find_quotes(story(*texts))]


def test_she_is_the_manager_not_the_club_named_before_her_title():
    # QA 9 #2: the other outlet writes "Rovers" alone, which made the club a person by its last word.
    quotes = find_quotes(
        story(
            "Harbourside Rovers manager Elena Sokol defended her players on Sunday after Saturday's 3-0 League "
            f'Cup defeat by Kelmont City. "{_RECOVER}," she said.',
            f'Rovers manager Elena Sokol said: "{_RECOVER}."',
        )
    )
    assert [(q.speaker, q.articles) for q in quotes] == [("Elena Sokol", ("a0", "a1"))]
    assert other_speakers(quotes) == [()]


@pytest.mark.parametrize(
    ("opening", "pronoun", "speaker"),
    [
        ("Kessel Wanderers manager Ruth Adeyemi backed her goalkeeper on Monday.", "she", "Ruth Adeyemi"),
        ("Kessel Wanderers head coach Pavel Novak backed his goalkeeper on Monday.", "he", "Pavel Novak"),
        # The name before the title may be a person's too: the spokeswoman speaks, not the mayor.
        (
            "Mayor Ruth Cole faced calls to resign on Wednesday. Cole spokeswoman Dana Price declined to answer "
            "questions about the audit.",
            "she",
            "Dana Price",
        ),
    ],
)
def test_a_pronoun_means_the_title_holder_not_the_name_before_the_title(opening, pronoun, speaker):
    words = "There will be a full statement on Friday"
    text = f'{opening} "{words}," {pronoun} said.'
    other = "Wanderers are fourth in the table. Mayor Cole faces calls to resign."
    assert _speakers(text, other) == [(speaker, ("a0",))]


def test_a_club_speaking_for_itself_is_still_the_speaker():
    # Near miss: the club is the subject of the reporting verb, and the chairman's "he" stays his.
    quotes = _speakers(
        "Harbourside Rovers sacked their head of security on Thursday. "
        '"The safety of players and supporters comes first," Rovers said in a statement. '
        'Chairman Victor Hale said the club would pay for extra stewards. "We will not let a few people '
        'ruin it for everyone," he said.',
        'Rovers chairman Victor Hale said: "We will not let a few people ruin it for everyone."',
    )
    assert quotes == [("Harbourside Rovers", ("a0",)), ("Victor Hale", ("a0", "a1"))]


def _sources(*texts: str, center: int = 0) -> tuple[str, ...]:
    """The articles ``align`` cites for the first sentence of text ``center`` as a summary sentence."""
    docs = [segment(Article(f"a{n}", text, source=f"Outlet {n}")) for n, text in enumerate(texts)]
    return align(docs, centers=[f"a{center}#0"]).sources_of(docs[center].sentences[0])


_OBITUARY = (
    (
        "Margaret Okafor, novelist of the river towns, dies at 84",
        "2026-10-19",
        "Margaret Okafor, whose novels chronicled life in the mill towns of the Severn valley, died on Sunday at "
        "her home in Worcester. She was 84. Her publisher, Linden House, announced the death. Born on 3 March 1942 "
        "in Lagos, she moved to England in 1951. Her first novel, The Weir, appeared in 1968, and The Salt Year "
        "was shortlisted for the Booker Prize in 1989. She taught creative writing at Bristol from 1975 to 2004. "
        '"She wrote about ordinary people as if they were kings," said her editor, Ruth Calloway. She is '
        "survived by two sons.",
    ),
    (
        "Author Margaret Okafor dies aged 84",
        "2026-10-19",
        "The novelist Margaret Okafor has died aged 84, her publisher Linden House said on Monday. She died on "
        "Sunday in Worcester. Okafor, born in Lagos in 1942, published eleven novels, beginning with The Weir in "
        "1968. The Salt Year reached the Booker shortlist in 1989. She taught at the University of Bristol for "
        'almost three decades. "She wrote about ordinary people as if they were kings," her editor Ruth '
        "Calloway said. A funeral will be held next Friday.",
    ),
    (
        "Tributes paid to Margaret Okafor",
        "2026-10-20",
        f'{TRIBUTE} The poet Daniel Huws called her "the conscience of English fiction". Okafor\'s 1989 novel '
        "The Salt Year was shortlisted for the Booker Prize, and her debut, The Weir, came out in 1968. She was "
        "born on 3 March 1942. Linden House said a memorial reading would be held in Worcester in December.",
    ),
)


def test_an_outlet_carrying_only_the_relative_clause_is_no_source_for_the_main_event():
    # QA 9 #3 (its three articles): only the Gazette reports the tributes; the others the death alone.
    articles = tuple(
        Article(id=f"a{n}", text=text, title=title, source=f"Outlet {n}", date=dt.date.fromisoformat(day))
        for n, (title, day, text) in enumerate(_OBITUARY)
    )
    # The tribute line gives the age 84 as Outlet 1's "has died aged 84" does, so the summary tells it once,
    # in either line (SummaryOptions.figure_repeat_containment); the test is about the tribute line's sources.
    options = SummaryOptions(figure_repeat_containment=0)
    report = storyweave.report(Batch(articles=articles), words=120, options=options)
    assert [s.sources for s in report.summary.sentences if s.text == TRIBUTE] == [("a2",)]
    assert [c.article_ids for c in report.claims if c.text == TRIBUTE] == [("a2",)]


def test_the_relative_clauses_noun_shared_is_not_the_main_event():
    honoured = (
        "The coastguard honoured on Monday the volunteer crew of the Kessel lifeboat, who rescued 14 fishermen "
        "off Dunmore Head on Saturday."
    )
    rescued = "The Kessel lifeboat crew rescued 14 fishermen off Dunmore Head on Saturday after their trawler lost power."
    volunteers = "Volunteers from the Kessel lifeboat rescued 14 fishermen off Dunmore Head on Saturday, the coastguard said."
    assert _sources(honoured, rescued, volunteers) == ("a0",)


def test_outlets_stating_the_main_event_are_still_cited():
    # Near misses: each outlet states the main event; one adds a relative clause, or only the head has one.
    assert _sources(
        TRIBUTE, "Writers paid tribute to Margaret Okafor on Tuesday; she died on Sunday aged 84."
    ) == (
        "a0",
        "a1",
    )
    charged = (
        "Police on Friday charged Daniel Marsh, who was arrested at the scene, with arson at Kessel library."
    )
    restated = "Police charged Daniel Marsh, 34, with arson at Kessel library on Friday after arresting him at the scene."
    assert _sources(charged, restated) == ("a0", "a1")
    # The outlet whose relative clause states the head's event is a source for it.
    rescued = "The Kessel lifeboat crew rescued 14 fishermen off Dunmore Head on Saturday in a storm."
    honoured = (
        "The coastguard honoured on Monday the volunteer crew of the Kessel lifeboat, who rescued 14 fishermen "
        "off Dunmore Head on Saturday in a storm."
    )
    assert _sources(rescued, honoured) == ("a0", "a1")


@pytest.mark.parametrize(
    ("head", "member"),
    [
        # After a relative clause on the subject, its first content word is the verb, read or not ("cut").
        (
            "The city council, which was meeting when the fire alarm sounded, cut short its debate on the budget.",
            "Councillors, who were debating the budget when the alarm sounded, cut short their session on Tuesday.",
        ),
        # No verb shared, but two content words of the main clause outside the described name ("her son").
        (
            "Maria Lopez, a former television news anchor, said at a press conference on Wednesday that the actor "
            "assaulted her son, who was 18 at the time.",
            "The former television news anchor held a press conference on Wednesday to accuse the actor of groping "
            "her son in a bar.",
        ),
    ],
)
def test_a_member_restating_the_main_clause_in_other_words_is_still_a_source(head, member):
    assert _sources(head, member) == ("a0", "a1")
