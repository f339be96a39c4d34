"""A candidate look-up picks the stories a sum of each one's shared term weights ranks first, ties to the older."""

import random

import pytest

from storyweave.group.stories import StoryGrouper


def _ranked_by_sums(grouper: StoryGrouper, vector: dict[int, float]) -> list[int]:
    """The story numbers a look-up should give: each story's overlap summed term by term, in the vector's order."""
    overlap: dict[int, float] = {}
    for term, weight in list(vector.items())[: grouper.query_terms]:
        for number in grouper.index_.get(term, ()):
            overlap[number] = overlap.get(number, 0.0) + weight
    ranked = sorted(overlap, key=lambda number: (-overlap[number], number))
    return ranked[: grouper.max_candidates]


@pytest.mark.parametrize("seed", range(5))
def test_a_look_up_ranks_the_stories_by_their_summed_overlap_ties_to_the_older(seed):
    rng = random.Random(seed)
    grouper = StoryGrouper(max_candidates=10, query_terms=8)
    numbers = range(100, 400)
    grouper.by_number_ = {number: number for number in numbers}
    grouper.index_ = {term: set(rng.sample(numbers, rng.randint(1, 60))) for term in range(40)}
    for number in numbers:
        grouper.slots_.take(number)  # as indexing a story's words does (_set_centroid)
    for _ in range(50):
        terms = rng.sample(range(50), 12)  # some with no postings
        # Few distinct weights, so that many stories tie (the older goes first), and sums of three weights that
        # a float rounds in the order they are added.
        weights = sorted((rng.choice([0.1, 0.2, 0.3, 0.7]) for _ in terms), reverse=True)
        vector = dict(zip(terms, weights, strict=True))
        assert grouper._candidates(vector) == _ranked_by_sums(grouper, vector)


def test_a_look_up_of_terms_no_story_holds_finds_none():
    grouper = StoryGrouper()
    grouper.index_ = {1: {7}}
    grouper.by_number_ = {7: "s0007"}
    grouper.slots_.take(7)
    assert grouper._candidates({2: 0.5, 3: 0.4}) == []
    assert grouper._candidates({2: 0.5, 1: 0.4}) == ["s0007"]
