"""A claim cites no outlet that negates the verb its head states ("was charged" / "was not charged"), nor one
that states what the head negates; outlets negating it in other words ("has not been determined" / "has yet
to be determined") still carry it."""

import pytest

from storyweave.align import align
from storyweave.model import Article
from storyweave.segment import segment


def _cited(*texts: str, center: int = 0) -> set[str]:
    """The articles cited for the first sentence of text ``center``, as a summary sentence and in the claims."""
    docs = [segment(Article(f"a{n}", text, source=f"Outlet {n}")) for n, text in enumerate(texts)]
    sentence = docs[center].sentences[0]
    cited = {align(docs, centers=[sentence.id]).sources_of(sentence)}
    cited.add(align(docs).sources_of(sentence))
    assert len(cited) == 1, cited
    return set(cited.pop())


@pytest.mark.parametrize(
    ("head", "other"),
    [
        # Held-out (another helper's): a summary line cited the outlet saying the contrary.
        (
            "The lorry driver, 52, was charged with dangerous driving, police said.",
            "Police said the lorry driver, a 52-year-old man from Hawick, was not charged.",
        ),
        (
            "Police said the driver had not been drinking.",
            "Police did not say whether the driver had been drinking.",
        ),
        (
            "Portley Marine said it would appeal the £800,000 fine.",
            "Portley Marine said it won't appeal the £800,000 fine.",
        ),
        (
            "Northfield mayor Linda Carver has resigned over the awarding of a housing contract to her brother-in-law.",
            "Northfield mayor Linda Carver has refused to resign over the awarding of a housing contract to her "
            "brother-in-law.",
        ),
        (
            "Portley Marine has paid compensation to the 40 fishermen who lost income, the company said.",
            "Portley Marine has failed to pay compensation to the 40 fishermen who lost income, their union said.",
        ),
    ],
)
def test_a_sentence_negating_the_verb_is_no_source(head: str, other: str):
    assert _cited(head, other) == {"a0"}
    assert _cited(head, other, center=1) == {"a1"}


@pytest.mark.parametrize(
    ("head", "other"),
    [
        (
            "The cause of the delay in publishing the Northfield documents has not been determined.",
            "The reason for the delay in publishing the Northfield documents has yet to be determined.",
        ),
        (
            "Portley Marine has failed to pay compensation to the 40 fishermen who lost income, their union said.",
            "Portley Marine has not paid compensation to the 40 fishermen who lost income, their union said.",
        ),
        # A negative word elsewhere in the sentence negates no verb of it.
        (
            "The Veldara results came as no surprise since most moderates had been dropped from the ballot by "
            "the election council.",
            "The Veldara results were expected since most moderates had been dropped from the ballot by the "
            "election council.",
        ),
        (
            "The Ostrava bill makes possession of up to 2 ounces of cannabis a petty offence that would not "
            "result in a criminal record.",
            "The Ostrava bill makes possession of up to 2 ounces of cannabis a petty offence that could result "
            "in a fine but not in a criminal record.",
        ),
        # A hedged or conditional negation is no negation of the verb.
        (
            "Scottish Borders Council did not immediately respond to a request for comment.",
            "Scottish Borders Council declined to comment.",
        ),
        (
            "The Northfield audit committee will review the Carver contract.",
            "The Northfield audit committee would not review the Carver contract until the police had finished.",
        ),
    ],
)
def test_a_restatement_or_a_hedged_negation_still_carries_the_claim(head: str, other: str):
    assert _cited(head, other) == {"a0", "a1"}
