"""Session 37's citation checks: a claim or summary line cites only outlets whose articles carry its figures,
weekdays, names and months, and is worded by a sentence its head's outlet carries (held-out technology and courts
stories: a line citing an outlet that gives another date, none, or nothing of a review to come)."""

import datetime as dt

from storyweave.align import align
from storyweave.model import Article
from storyweave.segment import segment

MONDAY = dt.date(2026, 10, 5)


def _docs(*texts: str, dates: tuple[dt.date | None, ...] = ()) -> list:
    dates = dates or (None,) * len(texts)
    return [
        segment(Article(f"a{n}", text, source=f"Outlet {n}", date=date))
        for n, (text, date) in enumerate(zip(texts, dates, strict=True))
    ]


def _sources(*texts: str, dates: tuple[dt.date | None, ...] = ()) -> tuple[str, ...]:
    """The articles ``align`` cites for the first sentence of the first text as a summary sentence."""
    docs = _docs(*texts, dates=dates)
    return align(docs, centers=["a0#0"]).sources_of(docs[0].sentences[0])


SHIPS = "The Vela 3 tablet will cost $499 and ship on Oct. 14 in the United States."
PRICED = "The Vela 3 tablet will cost $499 in the United States, keeping the price of last year's model."


def test_a_sentence_without_the_lines_date_is_no_source_when_its_article_never_gives_it():
    assert _sources(SHIPS, PRICED) == ("a0",)


def test_an_article_giving_the_date_in_another_sentence_still_carries_the_line():
    assert _sources(SHIPS, PRICED + " It goes on sale on Oct. 14.") == ("a0", "a1")


SHIFT = (
    "The outage began at 4:10 a.m. on Tuesday and knocked out email and video calls for about 18 million business"
    " users of Nimbus Cloud."
)
AFFECTED = (
    "Nimbus Cloud said about 18 million business users in Europe and Asia lost email and video calls in the outage"
    " on Tuesday."
)


def test_a_sentence_without_the_lines_time_of_day_is_no_source_for_it():
    assert _sources(SHIFT, AFFECTED) == ("a0",)
    assert _sources(SHIFT, AFFECTED + " It began at 4:10 a.m.") == ("a0", "a1")


def test_a_small_count_its_article_never_gives_is_left_out_as_before():
    # A detail, not a fact of its own: "24 wagons" beside a derailment told without them (see _miscounts).
    derailed = (
        "A freight train carrying 24 wagons of gravel derailed on the viaduct last night, closing the line."
    )
    briefly = (
        "A freight train derailed on the viaduct last night, leaving wagons hanging and closing the line."
    )
    assert _sources(derailed, briefly) == ("a0", "a1")


def test_a_member_left_out_for_a_figure_still_repeats_the_line_for_the_summary():
    docs = _docs(SHIPS, PRICED)
    assert align(docs, centers=["a0#0", "a1#0"]).restated == {("a1#0", "a0#0")}


PRE_ORDERS = "The Vela 3 tablet goes on sale on Oct. 14 in stores, with pre-orders opening Friday."
ON_SALE = "The Vela 3 tablet goes on sale on Oct. 14 in stores and online across the country."


def _claim_of(docs: list, sentence_id: str):
    alignment = align(docs, centers=[sentence_id])
    claim_id = alignment.claim_of_sentence[sentence_id]
    return next(claim for claim in alignment.claims if claim.id == claim_id)


def test_a_claim_is_not_worded_by_a_weekday_a_members_article_never_names():
    claim = _claim_of(_docs(PRE_ORDERS, ON_SALE, PRE_ORDERS, dates=(MONDAY,) * 3), "a1#0")
    assert claim.article_ids == ("a0", "a1", "a2")
    assert claim.text == ON_SALE


RULING = (
    "A state appeals court on Thursday cut the prison sentence of former treasurer Gloria Mendez from 12 years"
    " to nine years."
)
REVIEW = (
    "The attorney general said she will ask the Supreme Court to review the ruling that cut the prison sentence"
    " of former treasurer Gloria Mendez from 12 years to nine years."
)


def test_a_claim_is_not_worded_by_a_member_naming_what_the_heads_outlet_never_names():
    # Two outlets' review sentences carry the ruling (their clause says it), so they cite the ruling's claim; but
    # the claim is worded by the ruling, as the ruling's outlet says nothing of the Supreme Court.
    thursday = " The appeals court ruled on Thursday."
    review_again = REVIEW.replace("The attorney general", "The state's attorney general")
    docs = _docs(REVIEW + thursday, RULING, review_again + thursday, dates=(MONDAY,) * 3)
    claim = _claim_of(docs, "a1#0")
    assert claim.article_ids == ("a0", "a1", "a2")
    assert claim.text == RULING


def test_a_claim_is_not_worded_by_a_month_its_head_leaves_vaguer():
    june = "The new hydrogen unit at the Gdansk refinery is expected to start up in June 2027."
    mid = "The new hydrogen unit at the Gdansk refinery will start up in mid-2027."
    claim = _claim_of(_docs(june, mid, june.replace("new ", ""), dates=(MONDAY,) * 3), "a1#0")
    assert claim.article_ids == ("a0", "a1", "a2")
    assert claim.text == mid


def test_a_conflicts_label_does_not_cut_an_abbreviation_with_dots():
    from storyweave.crosscheck import find_conflicts

    docs = _docs(
        "Corvid is recalling 1.4 million X10 phones in the U.S. after 37 reports of batteries overheating.",
        "Corvid recalled 1.2 million X10 phones in the U.S. after 37 reports of batteries overheating.",
        dates=(MONDAY, MONDAY),
    )
    (conflict,) = find_conflicts(docs)
    assert not conflict.about.endswith(" U")
