"""Session 36, the stream's grouping cost: the near-duplicate index's own LSH buckets, a story's sum of recent
vectors carried on, its counts added in place, and the candidates' look-up without sorting the postings."""

import datetime as dt
import heapq
import itertools
import pickle
import random
from collections import Counter

import numpy as np
from datasketch import MinHashLSH

from storyweave.group import NearDuplicateIndex, StoryGrouper
from storyweave.group.stories import _most_hit, _StoryState, _Tallies
from storyweave.model import Article

STORY = (
    "A fire destroyed a warehouse near the harbour in Bergen on Tuesday night, the city's fire service said. "
    "About forty firefighters fought the blaze for six hours before it was brought under control. "
    "No one was hurt, but smoke forced the closure of two roads and a ferry terminal until the morning. "
    "The cause of the fire is not yet known, and police have opened an investigation."
)
OTHER = (
    "The central bank held its main interest rate at 4.5 percent on Thursday, saying inflation had eased "
    "faster than expected over the summer while wage growth stayed strong in most of the service sector."
)


def article(article_id, text, day=0):
    return Article(id=article_id, text=text, date=dt.date(2024, 6, 1) + dt.timedelta(days=day))


def test_the_index_finds_what_datasketchs_lsh_finds():
    """The buckets give every candidate MinHashLSH gives, and no other, for the same signatures."""
    rng = random.Random(3)
    words = STORY.split()
    # The story with a few words dropped: near-duplicates of one another, some sharing a band.
    texts = [" ".join(word for word in words if rng.random() > 0.04) for _ in range(60)]
    index = NearDuplicateIndex(window_days=None)
    lsh = MinHashLSH(threshold=index.threshold, num_perm=index.num_perm)
    for number, text in enumerate(texts):
        signature = index.sketch(text).signature
        found = set().union(
            *(
                bucket.get(band, ())
                for band, bucket in zip(index._bands(signature), index.buckets_, strict=True)
            )
        )
        assert found == set(lsh.query(signature))
        index._insert(f"t{number}", index._bands(signature))
        lsh.insert(f"t{number}", signature)
    assert any(len(members) > 1 for bucket in index.buckets_ for members in bucket.values())


def test_a_pickled_index_keeps_no_buckets_and_finds_the_same_copies():
    index = NearDuplicateIndex(window_days=7)
    index.add(article("original", STORY))
    index.add(article("other", OTHER))
    assert "buckets_" not in index.__getstate__()
    restored = pickle.loads(pickle.dumps(index))
    assert restored.buckets_ == index.buckets_
    assert restored.add(article("copy", STORY + " Reuters.", day=1)) == "original"
    # Forgetting takes a version out of its buckets, as in the index never pickled.
    restored.add(article("later", OTHER.replace("Thursday", "Friday") + " More.", day=30))
    assert restored.add(article("late copy", STORY + " AP.", day=30)) is None
    assert all(set(bucket) for bucket in restored.buckets_)
    assert "original" not in set().union(
        *itertools.chain.from_iterable(b.values() for b in restored.buckets_)
    )


def test_an_index_pickled_with_datasketchs_lsh_loads_into_buckets():
    """A checkpoint of an older storyweave holds a MinHashLSH (lsh_) of the same versions: it is built again."""
    index = NearDuplicateIndex()
    index.add(article("original", STORY))
    lsh = MinHashLSH(threshold=index.threshold, num_perm=index.num_perm)
    lsh.insert("original", index.signatures_["original"])
    old = NearDuplicateIndex.__new__(NearDuplicateIndex)
    old.__setstate__({**index.__getstate__(), "lsh_": lsh})
    assert not hasattr(old, "lsh_")
    assert old.add(article("copy", STORY + " Reuters.")) == "original"


def vectors(count, rng):
    return [{rng.randrange(1000): rng.random() for _ in range(rng.randrange(1, 30))} for _ in range(count)]


def summed(recent):
    total = {}
    for vector in recent:
        for term, weight in vector.items():
            total[term] = total.get(term, 0.0) + weight
    return total


def test_the_recent_sum_carried_on_is_the_sum_of_the_recent_vectors_in_order():
    rng = random.Random(5)
    story = _StoryState("s0001", 1, 4)
    for vector in vectors(7, rng):
        story.set_recent([vector], ["a"], [()])
        assert list(story.recent_sum.items()) == list(summed(story.recent).items())
    story.set_recent(vectors(2, rng), ["b", "c"], [(), ()])
    assert list(story.recent_sum.items()) == list(summed(story.recent).items())
    # Emptied, as a move empties it, with the old sum left: summed from the new vectors alone.
    story.recent.clear()
    fresh = vectors(2, rng)
    story.set_recent(fresh, ["d", "e"], [(), ()])
    assert list(story.recent_sum.items()) == list(summed(fresh).items())


def test_counts_added_in_place_are_those_added_by_counters():
    rng = random.Random(9)
    story, by_counters = _StoryState("s0001", 1, 8), Counter()
    for _ in range(20):
        tallies = _Tallies.of([])._replace(central=Counter(rng.choices(range(6), k=rng.randrange(4))))
        story.count_members(tallies)
        by_counters += tallies.central
        assert list(story.central_counts.items()) == list(by_counters.items())
    assert story.central_names == {
        key for key, count in by_counters.items() if count == max(by_counters.values())
    }


def test_candidates_are_the_stories_sharing_the_most_weight():
    """Against a dict of sums: the max_candidates stories of most overlap, ties to the older story."""
    rng = random.Random(11)
    grouper = StoryGrouper(max_candidates=5)
    for number in range(1, 200):
        grouper.by_number_[number] = _StoryState(f"s{number:04d}", number, 8)
        grouper.slots_.take(number)  # as indexing its words does (_set_centroid)
    for term in range(40):
        grouper.index_[term] = set(rng.sample(range(3, 200), rng.randrange(1, 30)))
    for _ in range(20):
        terms = rng.sample(range(60), 25)
        weights = np.round(np.array([rng.random() for _ in terms]), 1) + 0.1
        vector = dict(zip(terms, (weights / np.linalg.norm(weights)).tolist(), strict=True))
        sums = {}
        for term, weight in itertools.islice(vector.items(), grouper.query_terms):
            for number in grouper.index_.get(term, ()):
                sums[number] = sums.get(number, 0.0) + weight
        expected = sorted(sums, key=lambda number: (-sums[number], number))[:5]
        assert [story.number for story in grouper._candidates(vector)] == expected


def test_the_most_hit_are_those_heapq_ranks_first():
    rng = random.Random(13)
    for size in (0, 3, 8, 9, 40, 400):
        hits = Counter({rng.randrange(10_000): rng.choice([1, 1, 1, 2, 2, 3, 5]) for _ in range(size)})
        expected = [key for key, _ in heapq.nsmallest(8, hits.items(), key=lambda hit: (-hit[1], hit[0]))]
        assert _most_hit(hits, 8) == expected
