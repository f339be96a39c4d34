"""A figure told as background is no evidence that two sentences state one fact, and a longer sentence that only
restates a claim with a few words more is not listed as a claim of its own beside it."""

from storyweave.align import _anchors, _main_clause, align
from storyweave.model import Article
from storyweave.segment import segment


def _docs(*texts: str):
    return [segment(Article(f"a{n}", text, source=f"Outlet {n}")) for n, text in enumerate(texts)]


def test_a_figure_of_a_place_clause_a_name_or_an_earlier_act_is_no_anchor():
    # DUC 2003 d30003t: where Pinochet was, told beside the day of his surgery.
    assert (
        _anchors("Emigres gathered outside the London Clinic where the general underwent surgery Oct. 9.")
        == set()
    )
    assert _anchors("Pinochet underwent surgery Oct. 9 for a herniated disc.") == {"oct-9"}
    # DUC 2003 d30042t: a flight's number names it.
    assert _anchors("two Libyans wanted for the 1988 bombing of Pan Am flight 103 over Lockerbie") == set()
    # AllSides 6078: what an announcement came weeks after.
    assert (
        _anchors(
            "Biden made the announcement weeks after he sparked an uproar over a plan to limit refugees to 15,000."
        )
        == set()
    )
    assert _anchors("Trump ordered that no more than 15,000 refugees could be accepted.") == {"15000"}


def test_a_that_clause_is_no_part_of_the_main_clause():
    main = _main_clause(
        "The reservoir was enlarged after the 2011 drought that left 40,000 homes without water."
    )
    assert main is not None and main.content == {"reservoir", "enlarg"}


def test_a_shared_background_clause_makes_no_claim(encoder):
    # Held-out water story (/tmp/s32/conf/held): two outlets recall one drought beside two other facts.
    docs = _docs(
        "The reservoir was enlarged after the 2011 drought that left 40,000 homes without water for a week.",
        "It is the town's worst contamination since the 2011 drought that left 40,000 homes without water.",
    )
    assert set(align(docs, encoder=encoder).sources_of(docs[0].sentences[0])) == {"a0"}


def test_a_longer_sentence_adding_little_is_not_a_claim_of_its_own(encoder):
    # Multi-News: the longer sentence adds only where the incident was.
    docs = _docs(
        "Witnesses said both had been drinking alcohol with friends before the incident, near the San Diego suburb"
        " of Sorrento Valley.",
        "Witnesses said both had been drinking alcohol with friends before the incident.",
    )
    claims = align(docs, encoder=encoder).claims
    assert [(claim.text, claim.article_ids) for claim in claims] == [
        (docs[1].sentences[0].text, ("a0", "a1"))
    ]
    # One that says more keeps its own claim (QA pass 12a F11: the trial's size).
    more = _docs(
        "Approval was based on a trial of 3,100 adults in which brenovir reduced hospitalizations by 41% "
        "compared with placebo.",
        "Brenovir cut hospitalizations by 41% compared with placebo.",
    )
    assert [claim.article_ids for claim in align(more, encoder=encoder).claims] == [("a0", "a1"), ("a0",)]
