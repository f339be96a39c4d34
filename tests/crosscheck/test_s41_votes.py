"""A vote's figures are its tally's (session 41): an outlet that gives a vote another tally disagrees once, as a
tally, not also as a count of votes (a blind dam-vote story: "412 votes to 389" / "421 votes to 389")."""

from .conftest import conflict_sides, dated_story


def test_another_tally_of_one_vote_is_one_disagreement():
    from storyweave.crosscheck import find_conflicts

    docs = dated_story(
        ("2026-05-11", "The Kelby council voted 412 votes to 389 on Monday to rebuild the Varn river dam."),
        ("2026-05-11", "The Kelby council voted 421 votes to 389 on Monday to rebuild the Varn river dam."),
        ("2026-05-11", "Councillors in Kelby backed the Varn dam rebuild by 412 votes to 389 on Monday."),
    )
    [conflict] = [conflict for conflict in find_conflicts(docs) if conflict.kind == "number"]
    assert conflict_sides(conflict) == {"412-389": {"a0", "a2"}, "421-389": {"a1"}}
