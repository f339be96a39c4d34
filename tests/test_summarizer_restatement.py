"""Another outlet's restatement of a chosen fact does not take a second line of the summary (select_aligned)."""

from itertools import combinations

import pytest

from storyweave.align import Alignment
from storyweave.api import _prepare
from storyweave.model import Article
from storyweave.summarizer import SummaryOptions, select, select_aligned
from tests.conftest import summary_claims

# Three outlets report one closure in their own words (a#0, b#0, c#0), and b#1 / c#1 one detour; a#1 is
# the one fact only its outlet gives. The words differ too much for the candidates' repeat ban, which at 50
# words chooses a#0 and b#0 both and leaves no room for a#1.
FLOOD = [
    Article(
        "a",
        "Floodwater closed the coastal highway north of Port Ellis on Monday after two days of rain. "
        "Crews expect to reopen one lane by Friday, a state transport official said.",
    ),
    Article(
        "b",
        "Rising water forced the state to shut the shore road above Port Ellis on Monday after two days of "
        "storms. Drivers are being sent inland on Route 4 around the flooded highway.",
    ),
    Article(
        "c",
        "The coastal highway north of Port Ellis flooded after two days of rain. "
        "Drivers are using Route 4 while the highway is closed.",
    ),
]
# The claims a reader would draw: one for the closure, one for the detour.
FLOOD_CLAIMS = {"a#0": "c1", "b#0": "c1", "c#0": "c1", "b#1": "c2", "c#1": "c2"}


def _flood_claims(chosen):
    return Alignment((), {s.id: FLOOD_CLAIMS[s.id] for s in chosen if s.id in FLOOD_CLAIMS})


@pytest.fixture(scope="module")
def flood():
    return _prepare(FLOOD)


def test_without_the_claims_two_outlets_restatements_fill_the_summary(flood):
    """The case the claims fix: the candidates' words alone let a#0 and b#0 in together."""
    chosen = [s.id for s in select(flood.docs, SummaryOptions(words=50), flood.terms)]
    assert {"a#0", "b#0"} <= set(chosen) and "a#1" not in chosen


def test_a_restatement_the_claims_find_gives_its_line_to_a_distinct_sentence(flood):
    chosen, _ = select_aligned(flood.docs, SummaryOptions(words=50), flood.terms, _flood_claims)
    ids = [s.id for s in chosen]
    assert "a#1" in ids, "the one distinct fact fits and is left out"
    claims = [FLOOD_CLAIMS.get(i, i) for i in ids]
    assert len(claims) == len(set(claims)), f"two lines restate one fact: {ids}"
    assert sum(len(s.text.split()) for s in chosen) <= 50


def test_sentences_kept_apart_are_never_chosen_together(flood):
    options = SummaryOptions(words=50)
    chosen = [s.id for s in select(flood.docs, options, flood.terms, apart={("b#0", "a#0")})]
    assert not {"a#0", "b#0"} <= set(chosen)
    # A pair that would not be chosen together anyway changes nothing.
    unchanged = select(flood.docs, options, flood.terms, apart={("a#1", "c#1")})
    assert [s.id for s in unchanged] == [s.id for s in select(flood.docs, options, flood.terms)]


def test_the_alignment_is_asked_once_when_no_claim_holds_two_lines(flood):
    asked = []

    def no_shared_claim(chosen):
        asked.append([s.id for s in chosen])
        return Alignment((), {})

    chosen, _ = select_aligned(flood.docs, SummaryOptions(words=50), flood.terms, no_shared_claim)
    assert len(asked) == 1
    assert [s.id for s in chosen] == [s.id for s in select(flood.docs, SummaryOptions(words=50), flood.terms)]


def test_restatements_are_kept_when_repeats_are_allowed(flood):
    options = SummaryOptions(words=50, avoid_repeats=False)
    chosen, _ = select_aligned(flood.docs, options, flood.terms, _flood_claims)
    assert [s.id for s in chosen] == [s.id for s in select(flood.docs, options, flood.terms)]


@pytest.mark.parametrize("words", [120, 250, 400])
def test_no_two_lines_of_the_example_share_a_claim(example_batch, words):
    """At 400 words the bundled example held "All 14 workers on the night shift were evacuated without
    injury." beside another outlet's "The 14 workers on the night shift ... all got out safely."."""
    prepared = _prepare(example_batch)

    claims = summary_claims(prepared)

    chosen, alignment = select_aligned(prepared.docs, SummaryOptions(words=words), prepared.terms, claims)
    for first, second in combinations(chosen, 2):
        assert alignment.claim_of_sentence.get(first.id) is None or (
            alignment.claim_of_sentence[first.id] != alignment.claim_of_sentence.get(second.id)
        ), f"one claim: {first.text!r} / {second.text!r}"
    texts = " ".join(s.text for s in chosen)
    assert not ("All 14 workers" in texts and "The 14 workers" in texts)
    # At 400 words the example runs out of facts not yet told (332 words: the 11:40 p.m. report and the 14
    # workers once each, whatever the wording): the summary stops there.
    assert min(words - 40, 320) <= sum(len(s.text.split()) for s in chosen) <= words


def test_the_encoders_paraphrases_share_no_line_either(example_batch, encoder):
    """With the encoder the claims also join paraphrases the words miss ("A fire tore through a
    cold-storage warehouse ..." / "A fire destroyed a cold-storage warehouse ...")."""
    prepared = _prepare(example_batch)

    claims = summary_claims(prepared, encoder)

    chosen, alignment = select_aligned(prepared.docs, SummaryOptions(words=400), prepared.terms, claims)
    in_claims = [alignment.claim_of_sentence[s.id] for s in chosen if s.id in alignment.claim_of_sentence]
    assert len(in_claims) == len(set(in_claims))
    texts = " ".join(s.text for s in chosen)
    assert not ("A fire tore through" in texts and "A fire destroyed" in texts)
