"""A verb of saying right after a comma, or after only words of when it was said, has its speaker set off by the
commas before it or named after it: "X, a title, also said CLAUSE", "CLAUSE, X, a title, said.", "CLAUSE, said X, a
title." (the appositive was read as what was said, or the speaker as its content)."""

from __future__ import annotations

import pytest

from storyweave.align import _said, align
from storyweave.model import Article
from storyweave.segment import segment


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        (
            "Maria Lopez, a spokeswoman for the ministry, also said the talks would resume on Monday.",
            "the talks would resume on Monday.",
            "Maria Lopez, a spokeswoman for the ministry, also",
        ),
        (
            "A spokesman for the regional government, Jordi Puig, on Friday told reporters that the border would "
            "stay closed.",
            "reporters that the border would stay closed.",
            "A spokesman for the regional government, Jordi Puig, on Friday",
        ),
        (
            "The strike will end on Thursday, Anna Berg, a union official, said.",
            "The strike will end on Thursday",
            "Anna Berg, a union official",
        ),
        (
            "The vaccine was safe, said Dr. Rahul Mehta, the agency's chief scientist.",
            "The vaccine was safe",
            "Dr. Rahul Mehta, the agency's chief scientist.",
        ),
        (
            "Three people were injured in the blast, said a police spokesman.",
            "Three people were injured in the blast",
            "a police spokesman.",
        ),
        # Who follows "told" is the listener: the speaker is before it.
        (
            "The bridge will reopen in May, John Doe, the city's transport director, told the council on Monday.",
            "The bridge will reopen in May",
            "John Doe, the city's transport director",
        ),
        # Read as before: a frame word names the speaker, as does a stop word written as a name; a speaker opens
        # the sentence (a relative clause aside); a preposition after the verb names no one.
        (
            "The case has become a criminal investigation, the statement said.",
            "The case has become a criminal investigation",
            "the statement",
        ),
        ("The detainees had no food or water, Own said.", "The detainees had no food or water", "Own"),
        (
            "McNeil Consumer Healthcare, which makes Tylenol, said pregnant women should consult their doctors.",
            "pregnant women should consult their doctors.",
            "McNeil Consumer Healthcare, which makes Tylenol,",
        ),
    ],
)
def test_the_speaker_set_off_by_commas_is_not_what_was_said(text, said, speaker):
    what, who = _said(text)
    assert (what.strip(), who.strip()) == (said, speaker)


def test_a_preposition_after_the_verb_is_no_speaker():
    # "in the letter" is where it was written; the speaker is the lawyer before the verb (dev, DUC 2003).
    text = "The defendants are allowed only brief periods of exercise, a defense lawyer, Michael Young, wrote in the letter."
    assert _said(text) == (
        "The defendants are allowed only brief periods of exercise",
        " a defense lawyer, Michael Young",
    )


def test_an_outlet_stating_what_an_appositive_speaker_said_is_a_source():
    # What was said was read as "Maria Lopez, a spokeswoman for the ministry", which the other outlet does not state.
    texts = (
        "Maria Lopez, a spokeswoman for the ministry, also said the talks would resume on Monday in Geneva.",
        "The talks will resume on Monday in Geneva, the ministry said.",
    )
    docs = [segment(Article(f"a{n}", text, source=f"Outlet {n}")) for n, text in enumerate(texts)]
    assert align(docs, centers=["a0#0"]).sources_of(docs[0].sentences[0]) == ("a0", "a1")
