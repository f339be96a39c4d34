"""Session 48, the stream's checkpoint: a story's counts pickle by the C pickler (:class:`Counts`), not by
``Counter.__reduce__``'s Python copy. A change of speed only: these pin what it must keep."""

import datetime as dt
import io
import pickle
from collections import Counter

from storyweave.group import StoryGrouper
from storyweave.group.counts import Counts
from storyweave.model import Article

_FIRE = (
    "Firefighters from Harlow fought a blaze at the Merton Mill warehouse on Tuesday, said fire chief Dana Okafor. "
    "Okafor said 40 crews reached the Merton Mill site and the fire at Harlow was out by 9 pm."
)
_VOTE = (
    "The Brookfield council voted 7-2 to approve the Elm Street bike lanes, said mayor Rosa Lindqvist. "
    "Lindqvist said the Brookfield lanes will open in May after the council vote."
)


def _grouped() -> StoryGrouper:
    grouper = StoryGrouper(keep_history=False)
    start = dt.date(2024, 3, 5)
    for day in range(4):
        for n, (text, title, source) in enumerate(
            [
                (_FIRE, "Merton Mill fire in Harlow", "harlow-post"),
                (_VOTE, "Brookfield votes for bike lanes", "ledger"),
            ]
        ):
            grouper.add(
                Article(
                    id=f"a{day}-{n}",
                    text=f"{text} Update {day}.",
                    title=title,
                    source=f"{source}-{day % 2}",
                    date=start + dt.timedelta(days=day),
                )
            )
    return grouper


def _counters(grouper: StoryGrouper) -> list[tuple[str, str, Counter]]:
    return [
        (story.id, name, getattr(story, name))
        for story in grouper.stories_.values()
        for name in story.__slots__
        if isinstance(getattr(story, name), Counter)
    ]


def test_a_storys_counts_are_kept_as_counts_that_pickle_by_the_c_pickler():
    grouper = _grouped()
    counters = _counters(grouper)
    assert len(grouper.stories_) == 2
    assert {name for _, name, _ in counters} >= {"source_counts", "date_counts", "central_counts"}
    assert all(type(counts) is Counts for _, _, counts in counters)
    assert all(
        counts for _, name, counts in counters if name in ("source_counts", "date_counts", "central_counts")
    )
    assert Counts.__reduce__ is object.__reduce__


def test_a_checkpoint_loads_the_same_counts_in_the_same_order():
    grouper = _grouped()
    loaded = pickle.loads(pickle.dumps(grouper, protocol=pickle.HIGHEST_PROTOCOL))
    before, after = _counters(grouper), _counters(loaded)
    assert [(story_id, name, type(counts), list(counts.items())) for story_id, name, counts in before] == [
        (story_id, name, type(counts), list(counts.items())) for story_id, name, counts in after
    ]
    # Counting goes on as a Counter does: in place, non-positive counts dropped by a subtraction.
    story = next(iter(loaded.stories_.values()))
    source = next(iter(story.source_counts))
    story.source_counts -= Counter({source: 100})
    assert type(story.source_counts) is Counts and source not in story.source_counts


def test_a_stores_checkpoint_loads_the_counts():
    """The store reads a checkpoint refusing any class a grouper is not made of: :class:`Counts` is one it is."""
    from storyweave.store.sqlite import _CheckpointUnpickler

    grouper = _grouped()
    loaded = _CheckpointUnpickler(io.BytesIO(pickle.dumps(grouper, protocol=pickle.HIGHEST_PROTOCOL))).load()
    assert [(name, list(counts.items())) for _, name, counts in _counters(loaded)] == [
        (name, list(counts.items())) for _, name, counts in _counters(grouper)
    ]
