"""Session 38, the stream's cost flat with its length: the candidates' look-up finds the stories it summed by a mask
of its bins, whose span a story active all year stretches over every story number made since. A change of speed
only: these pin what it must keep (the same candidates, the same stories)."""

import random

from storyweave.group import StoryGrouper
from storyweave.group.stories import _StoryState
from tests.group.conftest import a_year_of_articles, ranked_by_sums


def test_a_look_up_over_numbers_far_apart_ranks_as_the_sums_ties_to_the_older():
    """A few stories of the stream's first days amid ones made 40,000 stories later, sharing terms and overlaps."""
    rng = random.Random(38)
    grouper = StoryGrouper(max_candidates=40, query_terms=10)
    numbers = [1, 2, 5, *range(40_000, 40_150)]
    for number in numbers:
        grouper.by_number_[number] = _StoryState(f"s{number:04d}", number, 8)
        grouper.slots_.take(number)  # as indexing its words does (_set_centroid)
    for term in range(30):
        grouper.index_[term] = {1, 2, 5} if term % 3 == 0 else set(rng.sample(numbers, rng.randint(1, 40)))
    for _ in range(50):
        terms = rng.sample(range(36), 14)  # some with no postings
        # Few distinct weights, so that old and new stories tie and the older must go first.
        weights = sorted((rng.choice([0.1, 0.2, 0.3, 0.7]) for _ in terms), reverse=True)
        vector = dict(zip(terms, weights, strict=True))
        found = [story.number for story in grouper._candidates(vector)]
        assert found == ranked_by_sums(grouper, vector)


def test_a_story_running_all_year_keeps_its_follow_ups_amid_hundreds_of_others():
    """Its articles 40 days apart over a year, each day between them other stories start and go stale."""
    grouper = StoryGrouper()
    long_running, others = [], []
    for article in a_year_of_articles(range(0, 400, 4)):
        story = grouper.add(article)
        (long_running if article.id.startswith("fire") else others).append(story)
    assert set(long_running) == {long_running[0]}
    assert len(set(others)) == len(others)
    assert long_running[0] not in others
