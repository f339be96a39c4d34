"""Session 41: a sum told by an act's noun ("Pledges of $2 billion came from donors") meets the sum its
verb gives ("Donors pledged $2.5 billion") wherever the noun stands: first in its sentence, capitalised, and
whatever verb its own clause tells it with. A sum another verb gives ("Donors gave $2.5 billion") stays
apart."""

import pytest

from storyweave.crosscheck import find_conflicts
from tests.crosscheck.conftest import conflict_sides, outlet_story

PLEDGED = "Donors pledged $2.5 billion at a conference in Geneva on Friday."


@pytest.mark.parametrize(
    "told",
    [
        "Pledges of $2 billion came from donors at a conference in Geneva on Friday.",
        "The pledges of $2 billion came from donors at a conference in Geneva on Friday.",
        "A reconstruction fund was launched in Geneva on Friday."
        " Pledges of $2 billion came from donors there.",
    ],
)
def test_a_sum_told_by_the_acts_noun_meets_the_sum_its_verb_gives_whatever_its_clauses_verb(
    told: str,
) -> None:
    docs = outlet_story(("2026-06-20", "Global Wire", told), ("2026-06-20", "Asia Ledger", PLEDGED))
    (conflict,) = [c for c in find_conflicts(docs) if c.kind == "number"]
    assert conflict_sides(conflict) == {"2000000000": {"a0"}, "2500000000": {"a1"}}


def test_a_sum_another_verb_gives_is_another_fact() -> None:
    docs = outlet_story(
        (
            "2026-06-20",
            "Global Wire",
            "Pledges of $2 billion came from donors at a conference in Geneva on Friday.",
        ),
        ("2026-06-20", "Asia Ledger", "Donors gave $2.5 billion at a conference in Geneva on Friday."),
    )
    assert [c for c in find_conflicts(docs) if c.kind == "number"] == []
