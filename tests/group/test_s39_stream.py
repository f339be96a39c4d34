"""Session 39, the stream's cost flat with its length: the candidates' look-up sums its postings in one bin per slot
of an indexed story (a slot taken again once its story leaves the index), not per story number, whose span a story
active all year stretched over every story made since. A change of speed only: these pin what it must keep."""

import pickle
import random

from storyweave.group import StoryGrouper
from tests.group.conftest import a_year_of_articles, ranked_by_sums


def _a_year(grouper: StoryGrouper, days: range, seed: int = 7) -> tuple[list[str], int]:
    """A story with an article every 40 days amid three new stories a day of words no other shares; its story ids,
    and the most stories the look-up index held at once after an article."""
    long_running, most_indexed = [], 0
    for article in a_year_of_articles(days, seed):
        story = grouper.add(article)
        if article.id.startswith("fire"):
            long_running.append(story)
        else:
            indexed = {number for postings in grouper.index_.values() for number in postings}
            most_indexed = max(most_indexed, len(indexed))
    return long_running, most_indexed


def test_the_look_up_bins_stay_as_few_as_the_stories_indexed_over_a_year():
    grouper = StoryGrouper(stale_days=20)
    long_running, most_indexed = _a_year(grouper, range(0, 400, 4))
    assert set(long_running) == {long_running[0]}
    # 300 stories made, the first active all year: by number the bins spanned all of them.
    assert grouper.stories_created_ > 300
    assert grouper.slots_.taken <= most_indexed + 1
    indexed = {number for postings in grouper.index_.values() for number in postings}
    assert {int(grouper.slots_.number_of[grouper.slots_.slot_of[number]]) for number in indexed} == indexed


def test_a_grouper_loaded_from_its_checkpoint_looks_up_and_groups_as_before():
    """The slots are not pickled but given again on loading: the same candidates, the same stories after."""
    grouper = StoryGrouper(stale_days=20)
    _a_year(grouper, range(0, 200, 4))
    loaded = pickle.loads(pickle.dumps(grouper))
    rng = random.Random(39)
    terms = sorted(grouper.index_)
    for _ in range(50):
        vector = {term: rng.choice([0.1, 0.2, 0.3]) for term in rng.sample(terms, 20)}
        expected = ranked_by_sums(grouper, vector)
        assert [story.number for story in grouper._candidates(vector)] == expected
        assert [story.number for story in loaded._candidates(vector)] == expected
    assert _a_year(loaded, range(200, 400, 4), seed=8)[0] == _a_year(grouper, range(200, 400, 4), seed=8)[0]
    assert loaded.story_of_ == grouper.story_of_
