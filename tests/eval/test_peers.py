"""Contract every peer summarizer must meet, plus the order rules of Lead and Lead round-robin."""

import pytest

from storyweave.eval.peers import (
    ORACLE,
    PEERS,
    GreedyRouge2Oracle,
    Lead,
    LeadRoundRobin,
    Summarizer,
)
from storyweave.model import Article
from storyweave.segment import segment

ARTICLES = (
    Article(
        id="a",
        text=(
            "A fire destroyed a warehouse at the harbor on Monday night. "
            "Firefighters fought the blaze for six hours.\n"
            "Two workers were taken to hospital with burns. "
            "The cause of the fire is not yet known."
        ),
    ),
    Article(
        id="b",
        text=(
            "Fire crews battled a huge blaze at a harbor warehouse overnight. "
            "Two people were hurt, officials said.\n"
            "The warehouse stored paint and solvents, which fed the flames. "
            "Investigators will start work on Wednesday."
        ),
    ),
    Article(
        id="c",
        text=(
            "A harbor warehouse burned down on Monday. "
            "Two workers were taken to hospital with burns. "
            "The port reopened on Tuesday morning."
        ),
    ),
)
DOCS = tuple(segment(article) for article in ARTICLES)
INPUT = {sentence.text for doc in DOCS for sentence in doc.sentences}
REFERENCES = ("A fire destroyed a harbor warehouse on Monday; two workers were hurt.",)
SYSTEMS = [name for name in PEERS if name != "storyweave"] + [ORACLE]


def _system(name: str) -> Summarizer:
    return GreedyRouge2Oracle(REFERENCES, "f1") if name == ORACLE else PEERS[name]()


@pytest.mark.parametrize("name", SYSTEMS)
@pytest.mark.parametrize("words", [12, 25, 35])
def test_peer_returns_input_sentences_filled_to_the_budget(name, words):
    system = _system(name)
    assert isinstance(system, Summarizer)
    lines = system.summarize(DOCS, words)
    assert lines, f"{name} returned nothing"
    assert set(lines) <= INPUT
    assert len(set(lines)) == len(lines)
    # Whole sentences until the budget is reached: all but the last fit under it.
    assert sum(len(line.split()) for line in lines[:-1]) < words
    if name != ORACLE:  # the oracle may stop early when no sentence helps
        # Every system has at least 35 words to choose from (Lead: the first document).
        assert sum(len(line.split()) for line in lines) >= words


@pytest.mark.parametrize("name", SYSTEMS)
def test_peer_returns_nothing_for_no_sentences(name):
    assert _system(name).summarize((), 50) == []


def test_lead_reads_the_first_document_in_order():
    assert Lead().summarize(DOCS, 15) == [
        "A fire destroyed a warehouse at the harbor on Monday night.",
        "Firefighters fought the blaze for six hours.",
    ]


def test_lead_round_robin_takes_each_documents_first_sentence_first():
    lines = LeadRoundRobin().summarize(DOCS, 25)
    assert lines == [doc.sentences[0].text for doc in DOCS]


def test_round_robin_skips_a_sentence_it_already_has():
    # "Two workers were taken to hospital with burns." opens round 2 in a and c.
    lines = LeadRoundRobin().summarize(DOCS, 200)
    assert lines.count("Two workers were taken to hospital with burns.") == 1


def test_oracle_starts_with_the_sentence_closest_to_the_reference():
    oracle = GreedyRouge2Oracle(("Two workers were taken to hospital with burns.",), "recall")
    assert oracle.summarize(DOCS, 10)[0] == "Two workers were taken to hospital with burns."


def test_mmr_rejects_an_unknown_representation():
    from storyweave.eval.peers import MMR

    with pytest.raises(ValueError):
        MMR(representation="bm25")
