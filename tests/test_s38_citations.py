"""Session 38's citation checks: a claim's longer sentences are found for the wording it shows, a month is written
in full or cut short, and one sum told for two uses is two facts (a phone launch story whose "goes on sale on Sept.
19" lost the outlet writing "September 19"; a "$300 million" fine and a "$300 million" investment cited as one)."""

import datetime as dt

from storyweave.align import _sum_kinds, align
from storyweave.model import Article
from storyweave.segment import segment

TUESDAY = dt.date(2026, 6, 2)


def _docs(*texts: str) -> list:
    return [
        segment(Article(f"a{n}", text, source=f"Outlet {n}", date=TUESDAY)) for n, text in enumerate(texts)
    ]


def _claim_citing(docs: list, sentence_id: str, encoder=None):
    alignment = align(docs, encoder=encoder)
    claim_id = alignment.claim_of_sentence[sentence_id]
    return next(claim for claim in alignment.claims if claim.id == claim_id)


ON_SALE = "The Vela phone goes on sale on Sept. 19."
WITH_PRE_ORDERS = "The Vela phone goes on sale on Sept. 19 with pre-orders from Friday."
IN_FULL = "The Vela phone, which goes on sale on September 19 for 999 euros, has a larger screen than last year's model."


def test_a_month_written_in_full_words_a_line_that_cuts_it_short(encoder):
    # The outlet writing "September 19" carries "Sept. 19": the line is worded without the pre-orders it says
    # nothing of, rather than by the head that says more and cites it anyway.
    claim = _claim_citing(_docs(WITH_PRE_ORDERS, ON_SALE, WITH_PRE_ORDERS, IN_FULL), "a1#0", encoder)
    assert claim.text == ON_SALE
    assert claim.article_ids == ("a0", "a1", "a2", "a3")


def test_a_longer_sentence_stating_the_wording_is_cited_though_the_head_says_more(encoder):
    # The outlet's sentence says nothing of pre-orders: it states the wording, not the head.
    told = "The Vela phone goes on sale on September 19 for 999 euros, Kessler said at the launch in Berlin on Wednesday."
    claim = _claim_citing(_docs(WITH_PRE_ORDERS, ON_SALE, WITH_PRE_ORDERS, told), "a1#0", encoder)
    assert claim.text == ON_SALE
    assert claim.article_ids == ("a0", "a1", "a2", "a3")


FINED = "Nordbank was fined $300 million by regulators on Tuesday."
INVESTS = "Nordbank said on Tuesday it would invest $300 million in its branches."
FINED_AGAIN = "Regulators fined Nordbank $300 million on Tuesday."


def test_one_sum_for_a_fine_and_an_investment_is_two_facts(encoder):
    fine = _claim_citing(_docs(FINED, INVESTS, FINED_AGAIN), "a0#0", encoder)
    assert fine.article_ids == ("a0", "a2")


def test_a_summary_line_of_a_fine_does_not_cite_the_outlet_investing_the_sum(encoder):
    docs = _docs(FINED, INVESTS, FINED_AGAIN)
    assert align(docs, encoder=encoder, centers=["a0#0"]).sources_of(docs[0].sentences[0]) == ("a0", "a2")


def test_a_sum_named_alike_or_not_named_stays_one_fact(encoder):
    # A guard: "fined" and "penalty" are one use; "will pay $300 million" names none.
    for other in (
        "Nordbank will pay a $300 million penalty, regulators said on Tuesday.",
        "Nordbank will pay $300 million, regulators said on Tuesday.",
    ):
        docs = _docs(FINED, other)
        assert align(docs, encoder=encoder, centers=["a0#0"]).sources_of(docs[0].sentences[0]) == ("a0", "a1")


def test_the_use_of_a_sum_is_read_beside_it_within_its_clause():
    assert _sum_kinds("Calder agreed to invest $300 million in new flares, after it was fined.") == {
        "$300million": frozenset({"investment"})
    }
    assert _sum_kinds("The fine was announced on Tuesday, and Calder will pay $300 million.") == {}
    assert _sum_kinds("It will pay $300 million in penalties.") == {"$300million": frozenset({"penalty"})}
