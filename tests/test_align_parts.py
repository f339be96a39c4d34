"""A claim a longer sentence states is that sentence's claim's part: shown once, under it, with its own outlets."""

from storyweave.align import _with_parts, align
from storyweave.model import Article, Claim
from storyweave.segment import segment

# Multi-News (dev): the summary cited the longer sentence's claim, and the shorter claim it states showed as a
# claim of its own beside it.
_LONGER = (
    "Witnesses said both had been drinking alcohol with friends before the incident, near the San Diego suburb"
    " of Sorrento Valley."
)
_SHORTER = "Witnesses said both had been drinking alcohol with friends before the incident."


def _docs(*texts: str):
    return [segment(Article(f"a{n}", text, source=f"Outlet {n}")) for n, text in enumerate(texts)]


def test_a_summary_line_shows_the_shorter_claim_it_states_as_its_part(encoder):
    docs = _docs(_LONGER, _SHORTER)
    line = docs[0].sentences[0]
    alignment = align(docs, encoder=encoder, centers=[line.id])
    by_text = {claim.text: claim for claim in alignment.claims}
    longer, shorter = by_text[_LONGER], by_text[_SHORTER]
    # The line cites only its own outlet: the other states a part of it, not the whole.
    assert alignment.claim_of_sentence[line.id] == longer.id and longer.article_ids == ("a0",)
    assert longer.part_of is None
    # The shorter claim keeps both outlets and the line's sentence, so its corroboration traces, and is the line's.
    assert shorter.article_ids == ("a0", "a1") and shorter.outlet_count == 2
    assert line.id in shorter.sentence_ids
    assert shorter.part_of == longer.id


def test_a_longer_claim_saying_more_shows_the_claim_it_states_as_its_part(encoder):
    # QA pass 12a F11: the trial's size is a fact of its own, so the longer sentence keeps its claim; the
    # headline figure two outlets give is shown under it, not a second time on its own.
    docs = _docs(
        "Approval was based on a trial of 3,100 adults in which brenovir reduced hospitalizations by 41% "
        "compared with placebo.",
        "Brenovir cut hospitalizations by 41% compared with placebo.",
    )
    claims = align(docs, encoder=encoder).claims
    assert [(claim.article_ids, claim.part_of) for claim in claims] == [(("a0", "a1"), "c2"), (("a0",), None)]


def test_a_claim_of_its_own_words_is_no_part(encoder):
    docs = _docs(_SHORTER, "Witnesses said both had been drinking alcohol with friends before the crash.")
    assert all(claim.part_of is None for claim in align(docs, encoder=encoder).claims)


def test_a_claim_worded_at_more_length_than_the_sentence_stating_it_is_no_part():
    # Multi-News (dev): two outlets' "Graber purchased this heart-shaped diamond ring for Betty ..." was stated,
    # by the support test, within one outlet's shorter "... I bought a small ring ...": it says more, so it stays
    # a claim of its own.
    longer = Claim(
        "c1", "Graber purchased this heart-shaped diamond ring for Betty.", ("a0#0", "a1#0"), ("a0", "a1")
    )
    shorter = Claim("c2", "Graber bought a small ring.", ("a1#0",), ("a1",))
    shown = Claim("c3", "People are being asked to avoid the area.", ("a0#1", "a1#1"), ("a0", "a1"))
    whole = Claim("c4", "People were being asked to avoid the area near Perryman.", ("a1#1",), ("a1",))
    parted = _with_parts([longer, shorter, shown, whole], [[1], [], [3], []], {1: "c2", 3: "c4"})
    assert [claim.part_of for claim in parted] == [None, None, "c4", None]
