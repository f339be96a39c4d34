"""Conflicts round 15: a count of a modified noun ("11 battery fires") joins the side of the same
count of the bare noun when its modifier narrows nothing the story tells apart, and a story that
counts a noun by kinds ("3 battery fires and 8 charger fires") keeps each kind's count apart from
the bare count another outlet gives."""

from storyweave.crosscheck import find_conflicts
from tests.crosscheck.conftest import story


def _sides(docs) -> list[list[tuple[str, tuple[str, ...]]]]:
    return [[(p.value, p.articles) for p in conflict.positions] for conflict in find_conflicts(docs)]


def test_a_modified_count_joins_the_side_of_the_same_bare_count():
    docs = story(
        "The company said it had received reports of 9 battery fires, two of which caused burns.",
        "Kettlewell Cycles is recalling its Roamer bikes after 12 fires were reported by owners.",
        "Kettlewell Cycles has received reports of 9 fires, and two owners were treated for burns.",
        dates=("2026-05-04", "2026-05-04", "2026-05-05"),
    )
    assert _sides(docs) == [[("9", ("a0", "a2")), ("12", ("a1",))]]


def test_a_modified_count_joins_no_side_when_its_article_counts_other_kinds():
    # 9 battery fires and 3 charger fires make the 12 of the second outlet: the 9 is no count of all fires.
    docs = story(
        "Zippa pulled its scooters from Brackley after 9 fires at its charging depot, the company said.",
        "Zippa withdrew its scooters from Brackley after 12 fires broke out at its depot.",
        "The fire service said crews had been called to 9 battery fires and 3 charger fires at the depot.",
        dates=("2026-12-02", "2026-12-02", "2026-12-03"),
    )
    assert _sides(docs) == [[("9", ("a0",)), ("12", ("a1",))]]


def test_a_modified_count_joins_no_side_when_an_article_counts_it_apart_from_the_bare_noun():
    docs = story(
        "The company said it had received reports of 9 battery fires, two of which caused burns.",
        "Kettlewell Cycles has received reports of 12 fires from owners.",
        "Kettlewell Cycles has received reports of 9 fires from owners. It said 4 battery fires started while charging.",
        dates=("2026-05-04", "2026-05-04", "2026-05-05"),
    )
    assert _sides(docs) == [[("12", ("a1",)), ("9", ("a2",))]]


def test_a_count_of_one_kind_does_not_pair_with_a_bare_count_whose_clause_writes_the_kind():
    # "chargers" in the first two clauses is what was removed, not what burned: the 8 charger fires of
    # the third outlet are a part of the fires, beside its 3 battery fires.
    docs = story(
        "Greyfield Homes removed the shared e-bike chargers from its tower blocks after 11 fires.",
        "Greyfield Homes is taking the shared e-bike chargers out of its tower blocks after 14 fires.",
        "The fire service attended 3 battery fires and 8 charger fires at the Greyfield tower blocks.",
        dates=("2026-09-08", "2026-09-08", "2026-09-09"),
    )
    assert _sides(docs) == [[("11", ("a0",)), ("14", ("a1",))]]


def test_a_modifier_the_other_count_carries_still_pairs_when_the_story_counts_kinds():
    docs = story(
        "The fire service attended 3 battery fires and 8 charger fires at the Greyfield tower blocks.",
        "Greyfield Homes said there had been 11 charger fires at its tower blocks.",
        dates=("2026-09-08", "2026-09-09"),
    )
    assert _sides(docs) == [[("8", ("a0",)), ("11", ("a1",))]]


def test_a_speaker_named_after_a_title_gives_the_quoted_figure_of_the_narrated_one():
    # The lawyer is the speaker of both: after the comma of her apposition, and after "said the
    # residents' lawyer,".
    docs = story(
        "The residents' lawyer, Priya Sandhu, said 140 households had joined the claim.",
        '"All 160 households stood together in this," said the residents\' lawyer, Priya Sandhu.',
        dates=("2026-04-14", "2026-04-14"),
    )
    (conflict,) = find_conflicts(docs)
    assert conflict.about.endswith("one side quoted")
    assert [(p.value, p.articles) for p in conflict.positions] == [("140", ("a0",)), ("160", ("a1",))]


def test_a_quoted_figure_of_another_speaker_after_a_title_stays_apart():
    docs = story(
        "The residents' lawyer, Priya Sandhu, said 140 households had joined the claim.",
        '"All 160 households stood together in this," said the council\'s leader, Tom Varga.',
        dates=("2026-04-14", "2026-04-14"),
    )
    assert find_conflicts(docs) == ()
