"""Session 28 (QA pass 11 #4): an outlet that names the same speaker, and a noun of theirs, saying or doing
something else is no source for a claim; a sentence reporting speech is no source for its speaker's other deeds.
Paraphrases of what was said still share a claim."""

from __future__ import annotations

import pytest

from storyweave.align import _said, _statement, _wording, align
from storyweave.model import Article
from storyweave.segment import segment


def _sources(*texts: str) -> tuple[str, ...]:
    """The articles ``align`` cites for the first sentence of the first text as a summary sentence."""
    docs = [segment(Article(f"a{n}", text, source=f"Outlet {n}")) for n, text in enumerate(texts)]
    return align(docs, centers=["a0#0"]).sources_of(docs[0].sentences[0])


@pytest.mark.parametrize(
    ("head", "member"),
    [
        # QA 11 #4: the speaker and "her team" are all the two share.
        (
            "Ravensdale's Greta Holm said her team had run out of energy.",
            "Ravensdale's Greta Holm was proud of her team.",
        ),
        (
            'Ravensdale manager Greta Holm said her side had "defended for our lives for 87 minutes".',
            'Ravensdale manager Greta Holm said her side would "come back stronger" next season.',
        ),
        # A member reporting speech states what was said, not the head's event (QA 11 #4, the night before).
        (
            "Civic Alliance leader Petra Sandoval conceded at 7am.",
            'The Civic Alliance leader, Petra Sandoval, said her party would "wait for every vote to be counted".',
        ),
        # Held-out (claims11): the company and its chief executive, another statement.
        (
            "Victor Pryce, the chief executive of Marlow Buses, said the company could not afford more than the 3% "
            "it had offered this year.",
            "Victor Pryce, chief executive of Marlow Buses, said the company was ready to return to talks at any "
            "time.",
        ),
    ],
)
def test_the_same_speaker_saying_something_else_is_no_source(head, member):
    assert _sources(head, member) == ("a0",)


@pytest.mark.parametrize(
    ("head", "member"),
    [
        (
            "Albion manager Lena Marsh said her players had shown real character after a difficult month.",
            "Lena Marsh, the Albion manager, said her team had shown great character after a tough month.",
        ),
        (
            "Berg said the referee should have given his team a penalty before half-time.",
            "Kingsford manager Tomas Berg said the referee should have awarded his side a penalty before half-time.",
        ),
        # Dev (DUC 2003): "argued themselves out" reports nothing; "he said" reports the rest.
        (
            "Only 15 successfully argued themselves out of the report, he said.",
            "Some 15 successfully argued themselves out of the report or could not be reached and were therefore "
            "deleted from the report, he said.",
        ),
        # The speaker still counts beside a verb of what was said.
        (
            "The Harlow Transit Authority said it was investigating the derailment.",
            "The Harlow Transit Authority is investigating.",
        ),
    ],
)
def test_what_was_said_in_other_words_is_still_one_claim(head, member):
    assert _sources(head, member) == ("a0", "a1")


def test_a_statement_reads_the_verbs_of_what_was_said():
    statement = _statement("Ravensdale's Greta Holm said her team had run out of energy.")
    assert statement is not None and statement.verbs == {"run"}


def test_a_verb_with_a_reflexive_object_reports_no_statement():
    said = "Some 15 successfully argued themselves out of the report or could not be reached, he said."
    assert _said(said) == (
        "Some 15 successfully argued themselves out of the report or could not be reached",
        " he ",
    )


def test_a_light_verb_is_no_verb_of_what_was_said():
    # Dev (AllSides): "getting" does not say what happened, "divorce" does; the speaker counts beside it.
    statement = _statement(
        "Bill and Melinda Gates, the leaders of the world's most venerated and powerful philanthropy, said on "
        "Monday that they were getting a divorce."
    )
    assert statement is not None and not statement.verbs
    assert not statement.missed_by(_wording("Bill and Melinda Gates appear to be divorcing after 27 years."))
