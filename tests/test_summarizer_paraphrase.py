"""With the encoder, another outlet's rewording of a chosen fact does not take a second line of the summary,
though the claims leave the two apart (select_aligned's paraphrase check)."""

import pytest

from storyweave.api import _prepare
from storyweave.model import Article
from storyweave.summarizer import SummaryOptions, _paraphrases, select_aligned
from tests.conftest import summary_claims

# QA's mine-collapse story, shortened: the third and fourth outlets report the rescue in their own words
# (cosine 0.63, under the claims' 0.72), and the budget holds both.
MINE = [
    Article(
        "observer",
        "Six miners were killed and nine were trapped underground when a tunnel collapsed at the Kestrel "
        "Ridge coal mine near Dravna on Monday morning, the mine's owner said. Rescue teams have drilled a "
        "narrow shaft to send air, water and a telephone line to the trapped men.",
        source="Dravna Observer",
    ),
    Article(
        "radio",
        "Rescuers brought all nine trapped miners out alive on Wednesday, two days after a tunnel collapse "
        "at the Kestrel Ridge mine killed six of their colleagues. Crowds at the mine gate cheered as each "
        "one appeared.",
        source="Radio Varnia",
    ),
    Article(
        "journal",
        "Nine men who were trapped for more than two days were rescued on Wednesday. Inspectors will "
        "examine the roof supports of the collapsed gallery.",
        source="Mining Journal Weekly",
    ),
]
RESCUED = "Rescuers brought all nine"
RESCUED_AGAIN = "Nine men who were trapped"


def _restated(encoder, first: str, second: str) -> bool:
    """Whether the check finds the one-sentence articles ``first`` and ``second`` to restate one fact."""
    prepared = _prepare([Article("a", first), Article("b", second)])
    lines = [sentence for doc in prepared.docs for sentence in doc.sentences]
    assert len(lines) == 2
    return bool(_paraphrases(lines, prepared.terms, encoder, SummaryOptions()))


def _chosen_texts(encoder, paraphrase_encoder) -> str:
    prepared = _prepare(MINE)

    claims = summary_claims(prepared, encoder)

    chosen, _ = select_aligned(
        prepared.docs, SummaryOptions(words=90), prepared.terms, claims, encoder=paraphrase_encoder
    )
    assert sum(len(s.text.split()) for s in chosen) <= 90
    return " ".join(s.text for s in chosen)


def test_without_the_check_the_rescue_takes_two_lines(encoder):
    """The case the check fixes: the encoder's claims alone let both wordings of the rescue in."""
    texts = _chosen_texts(encoder, paraphrase_encoder=None)
    assert RESCUED in texts and RESCUED_AGAIN in texts


def test_the_rescue_takes_one_line_and_another_fact_the_other(encoder):
    texts = _chosen_texts(encoder, paraphrase_encoder=encoder)
    assert (RESCUED in texts) != (RESCUED_AGAIN in texts), texts
    assert "Six miners were killed" in texts


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Rescuers brought all nine trapped miners out alive on Wednesday, two days after a tunnel collapse "
            "at the Kestrel Ridge mine killed six of their colleagues.",
            "Nine men who were trapped for more than two days were rescued on Wednesday.",
        ),
        (
            "The airline cancelled all 40 of its flights out of Halden on Friday because of the storm.",
            "All 40 Friday flights from Halden were called off by the airline as the storm hit.",
        ),
    ],
)
def test_a_rewording_of_one_fact_is_a_restatement(encoder, first, second):
    assert _restated(encoder, first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # One ferry and one number, two facts: it capsized, and everyone survived.
        (
            "A passenger ferry carrying 34 people capsized in rough seas off Skerra Point on Thursday evening, "
            "the coastguard said.",
            "All thirty-four passengers and crew of the capsized ferry survived, officials confirmed on Friday.",
        ),
        # One price, two facts: the offer, and the shareholders' vote.
        (
            "Halvard Foods has offered $4.2 billion in cash for the snack maker Brightmill, the two companies "
            "said on Monday.",
            "Brightmill's shareholders voted on Thursday to approve the company's $4.2 billion sale to Halvard "
            "Foods.",
        ),
        # The shorter line's words are in the longer one, but it gives a figure the longer one does not.
        (
            "The city will spend $12 million to repair and light the Old Mill bridge over the next two years, "
            "the mayor said on Tuesday.",
            "The city will spend $3 million of it to light the Old Mill bridge.",
        ),
    ],
)
def test_another_fact_about_the_same_things_is_not(encoder, first, second):
    assert not _restated(encoder, first, second)


def test_word_only_claims_get_no_paraphrase_check():
    prepared = _prepare([Article("a", MINE[1].text), Article("b", MINE[2].text)])
    lines = [doc.sentences[0] for doc in prepared.docs]
    assert _paraphrases(lines, prepared.terms, None, SummaryOptions()) == set()


def test_the_summary_of_the_story_states_the_rescue_once(encoder):
    """End to end: ``summarize`` hands its encoder to the check."""
    from storyweave.api import summarize

    texts = " ".join(line.text for line in summarize(MINE, words=90, encoder=encoder).summary.sentences)
    assert (RESCUED in texts) != (RESCUED_AGAIN in texts), texts
