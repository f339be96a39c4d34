"""A title two outlets give one person ("chief executive of the Harlow Transit Authority") says who, as the
name does: sentences sharing the person and the story's topic but saying different things about them make
different claims, and restatements of one thing still share theirs."""

import pytest

from storyweave.align import align
from storyweave.model import Article
from storyweave.segment import segment

BRANDT = [
    "Transit authority chief executive Paul Brandt said full service would resume by Monday morning.",
    "Paul Brandt, chief executive of the Harlow Transit Authority, said the authority expected full service on Monday.",
    "Harlow Transit Authority chief executive Paul Brandt said the agreement would cost about $41 million over "
    "three years.",
    "Paul Brandt, chief executive of the Harlow Transit Authority, confirmed the tentative agreement.",
]


def _cited(texts: list[str], center: int, encoder=None) -> set[str]:
    """The articles the claims cite for the first sentence of text ``center``."""
    docs = [segment(Article(f"a{n}", text, source=f"Outlet {n}")) for n, text in enumerate(texts)]
    sentence = docs[center].sentences[0]
    return set(align(docs, encoder=encoder).sources_of(sentence))


@pytest.mark.parametrize("with_encoder", [False, True])
def test_one_persons_title_and_the_topic_make_no_claim(with_encoder, request):
    encoder = request.getfixturevalue("encoder") if with_encoder else None
    assert _cited(BRANDT, 3, encoder) == {"a3"}
    assert _cited(BRANDT, 2, encoder) == {"a2"}
    # The two that say full service returns on Monday stay one claim.
    assert _cited(BRANDT, 0, encoder) == {"a0", "a1"}


@pytest.mark.parametrize("with_encoder", [False, True])
def test_a_titled_restatement_keeps_its_claim(with_encoder, request):
    encoder = request.getfixturevalue("encoder") if with_encoder else None
    texts = [
        "Union president Delia Okonkwo said members approved the contract by 1,184 votes to 402.",
        "Members approved the contract by 1,184 votes to 402, said Delia Okonkwo, president of Local 212.",
    ]
    assert _cited(texts, 0, encoder) == {"a0", "a1"}
