"""Session 40: a summary line naming a body in full cites the outlets naming it by the initials it spells out
("FAA" for "Federal Aviation Administration"), whether its claims are all of the story's or only its own."""

import pytest

from storyweave.align import align
from storyweave.model import Article
from storyweave.segment import segment

FAA_IN_FULL = "The Federal Aviation Administration said it would investigate the incident."
FAA_INITIALS = "The FAA will investigate the engine failure, the agency said."
BOARD_IN_FULL = "The National Transportation Safety Board said it would investigate the crash."
BOARD_INITIALS = "The NTSB will investigate the crash."


def _docs(*texts: str) -> list:
    return [segment(Article(f"a{n}", text, source=f"Outlet {n}")) for n, text in enumerate(texts)]


def _cited(encoder, *texts: str, centers_only: bool = False) -> tuple[str, ...]:
    docs = _docs(*texts)
    alignment = align(docs, encoder=encoder, centers=["a0#0"], centers_only=centers_only)
    return alignment.sources_of(docs[0].sentences[0])


@pytest.mark.parametrize("centers_only", [False, True])
def test_a_line_naming_a_body_in_full_cites_the_outlet_naming_it_by_its_initials(encoder, centers_only):
    assert _cited(encoder, FAA_IN_FULL, FAA_INITIALS, centers_only=centers_only) == ("a0", "a1")
    assert _cited(encoder, BOARD_IN_FULL, BOARD_INITIALS, centers_only=centers_only) == ("a0", "a1")


def test_initials_are_spelled_out_for_the_word_claims_too():
    # The summary's own claims, without an encoder, as bench/bench_summarize.py times them.
    board = "The National Transportation Safety Board will investigate the crash of the plane."
    assert _cited(None, board, "The NTSB will investigate the crash of the plane.", centers_only=True) == (
        "a0",
        "a1",
    )


def test_initials_the_story_does_not_spell_out_name_another_body(encoder):
    # A guard: nothing in the story says what "NTSB" stands for, and it is not the FAA.
    assert _cited(encoder, FAA_IN_FULL, "The NTSB said it would investigate the incident.") == ("a0",)


def test_initials_spelled_out_two_ways_are_read_as_neither(encoder):
    # "FAA" may be either agency: the story does not say which.
    agency = "The Federal Aviation Agency is a body of another country."
    assert _cited(encoder, FAA_IN_FULL, FAA_INITIALS, agency) == ("a0",)


def test_initials_beside_their_spelling_do_not_weigh_the_name_twice(encoder):
    # Multi-News dev: the regulator's past licence conditions had joined its silence on the case.
    silent = (
        "The Australian Communications and Media Authority, the country's media regulator, has not yet"
        " commented on the case."
    )
    conditions = (
        "It has had two licence conditions imposed on it in the past three years by the statutory regulator, the"
        " Australian Communications and Media Authority (ACMA)."
    )
    assert _cited(encoder, silent, conditions) == ("a0",)
