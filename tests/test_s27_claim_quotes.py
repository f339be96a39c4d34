"""Session 27 (QA pass 10 #3): a claim reporting what someone said cites only outlets that carry what was said
(the quoted words, or the reported statement), not outlets that only name the same speaker saying something else."""

from __future__ import annotations

import datetime as dt

import pytest

import storyweave
from storyweave.align import _said, align
from storyweave.model import Article, Batch
from storyweave.segment import segment

GATES = '"The gates should never have been opened before the stairway was clear."'


def _sources(*texts: str, center: int = 0) -> tuple[str, ...]:
    """The articles ``align`` cites for the first sentence of text ``center`` as a summary sentence."""
    docs = [segment(Article(f"a{n}", text, source=f"Outlet {n}")) for n, text in enumerate(texts)]
    return align(docs, centers=[f"a{center}#0"]).sources_of(docs[center].sentences[0])


def test_the_qa_probe_quote_claim_cites_only_the_outlet_printing_the_quote():
    texts = {
        "echo": f"Police Commissioner Darren Whitfield said: {GATES}",
        "valley": "Two people were killed in a crush at Kellerman Park. Police Commissioner Darren Whitfield said "
        "an investigation was under way.",
    }
    articles = [
        Article(id=k, text=v, source=f"Outlet {k}", date=dt.date(2026, 11, 29)) for k, v in texts.items()
    ]
    report = storyweave.report(Batch(articles=tuple(articles)), words=60)
    cited = {claim.text: claim.article_ids for claim in report.claims}
    assert cited[f"Police Commissioner Darren Whitfield said: {GATES}"] == ("echo",)
    assert cited["Police Commissioner Darren Whitfield said an investigation was under way."] == ("valley",)


@pytest.mark.parametrize(
    "member",
    [
        "Police Commissioner Darren Whitfield said an investigation was under way.",
        # A word of the quotation ("opened") in another statement of the speaker's is not the quotation.
        "Police Commissioner Darren Whitfield has opened an investigation into the crush.",
    ],
)
def test_a_quotation_is_not_sourced_by_the_same_speaker_saying_something_else(member):
    assert _sources(f"Police Commissioner Darren Whitfield said: {GATES}", member) == ("a0",)


@pytest.mark.parametrize(
    ("head", "member"),
    [
        # Naming the speaker that "he" points back at is one word of what was said, not two (dev, DUC 2003).
        (
            "The Senate majority leader, Trent Lott of Mississippi, said on Sunday that he was suspicious of the "
            "administration.",
            "The list was presented to Treasury Secretary Robert Rubin during a meeting on Capitol Hill with the "
            "Senate majority leader, Trent Lott.",
        ),
        # Reported speech with a relative clause must carry both what was said and the main clause outside the
        # relative clause (dev, DUC 2003: the relative clause's "demands" and the names are no source).
        (
            "Prime Minister Mesut Yilmaz said rebel leader Abdullah Ocalan had left Syria for Russia, which would be a "
            "sign Damascus was meeting Turkish demands.",
            "Turkey also demanded that Syria expel the guerrillas' leader, Abdullah Ocalan.",
        ),
    ],
)
def test_a_member_naming_the_speaker_or_the_names_said_is_no_source(head, member):
    assert _sources(head, member) == ("a0",)


@pytest.mark.parametrize(
    ("head", "member"),
    [
        # QA 10 #3: a fan's quotation ends in most of the commissioner's words; its opening frame names the fan.
        (
            f"Police Commissioner Darren Whitfield said: {GATES}",
            'Season ticket holder Jamie Porter, 44, said: "People were screaming and nobody could move. The gates '
            'should never have been opened."',
        ),
        (
            '"This bridge has been crumbling for years," said MP Sarah Penhaligon.',
            '"This bridge has been crumbling for years," said council leader Tom Astley.',
        ),
    ],
)
def test_a_quotation_credited_to_someone_else_is_no_source(head, member):
    assert _sources(head, member) == ("a0",)


def test_reported_speech_is_not_sourced_by_the_same_speaker_and_said():
    head = (
        "The stadium's chief executive, Maria Okonjo, said the club would cooperate fully with the inquiry."
    )
    member = 'The stadium\'s chief executive, Maria Okonjo, said the club was "devastated".'
    assert _sources(head, member) == ("a0",)
    assert _sources(member, head) == ("a0",)


@pytest.mark.parametrize(
    ("head", "member"),
    [
        # The same quotation framed another way.
        (
            f"Police Commissioner Darren Whitfield said: {GATES}",
            f"{GATES[:-2]}," + '" Whitfield told reporters.',
        ),
        # The same statement reported in other words: two of its content words are enough.
        (
            "Owen Price, the chief executive of Northsea Lines, said the company would pay for hotel rooms for all "
            "stranded passengers.",
            "Northsea Lines chief executive Owen Price said the operator would cover hotel costs for all "
            "passengers stranded overnight.",
        ),
        # What was said points back at the speaker ("it"), whom the member names: one more word of it.
        (
            "The Department of Children and Family Services said it is investigating the incident and did not "
            "provide further details.",
            "The state Department of Children and Family Services is investigating allegations of abuse by a daycare "
            "worker, according to an agency spokeswoman.",
        ),
        # An attribution closing the sentence frames a fact other outlets state without it.
        (
            "Two men died in the fire at the Brenholt mill on Sunday, police said.",
            "Two men died in the fire at the Brenholt mill on Sunday night.",
        ),
    ],
)
def test_a_member_carrying_what_was_said_is_still_a_source(head, member):
    assert _sources(head, member) == ("a0", "a1")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (f"Police Commissioner Darren Whitfield said: {GATES}", GATES),
        ('"We will appeal," Colin Abbott KC said outside court.', '"We will appeal,"'),
        # Quoted words on both sides of the frame are all what was said.
        (
            '"We will appeal," Abbott said, "and we expect to win."',
            '"We will appeal," "and we expect to win."',
        ),
        ("Two men died in the fire, police said on Sunday.", "Two men died in the fire"),
        # A speaker between commas, and a quotation after a listener (dev, AllSides and Multi-News).
        (
            "Prices climbed 4.2 percent from a year earlier, the Labor Department said, the fastest pace since 2008.",
            "Prices climbed 4.2 percent from a year earlier, the fastest pace since 2008.",
        ),
        ('His agent told the trade paper, "Our position is no comment."', '"Our position is no comment."'),
        (
            "Union leader Tom Reyes said members had voted by 82% for the strike.",
            " members had voted by 82% for the strike.",
        ),
    ],
)
def test_what_a_sentence_reports_was_said(text, said):
    assert _said(text)[0] == said


@pytest.mark.parametrize(
    "text",
    [
        # A clause before the speaker: the sentence states more than what was said.
        "Two people died in the crush, and police said an investigation was under way.",
        # A relative pronoun or a passive before the verb reports no statement.
        "The man who said he saw the attack was arrested on Monday.",
        "Residents were told to leave their homes before dawn.",
        # No verb whose object is a statement.
        "Police confirmed two deaths on Sunday.",
    ],
)
def test_sentences_that_report_no_statement(text):
    assert _said(text) is None
