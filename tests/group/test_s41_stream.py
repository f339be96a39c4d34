"""Session 41, the stream's cost flat after a restart: a grouper's checkpoint keeps what it counted of the articles it
read lately (``counted_``), so a restarted grouper that takes back a forgotten story counts its members as the
uninterrupted one does, without reading them again, and groups the next articles as it would."""

import io
import pickle

from storyweave.group import StoryGrouper

from .test_stories_revive import BYPASS, STABBING, Keeper, articles_read_for_verdict

TALLIES = ("central_counts", "anchor_counts", "title_name_counts", "mark_counts", "language_counts")


def test_a_restarted_grouper_takes_a_forgotten_story_back_without_reading_its_members_again():
    uninterrupted = StoryGrouper(keep_history=False)
    for item in [*STABBING, BYPASS]:
        uninterrupted.add(item, archive=Keeper())
    restarted = pickle.loads(pickle.dumps(uninterrupted, protocol=pickle.HIGHEST_PROTOCOL))
    assert list(restarted.counted_.items()) == list(uninterrupted.counted_.items())
    assert (
        articles_read_for_verdict(restarted, Keeper())
        == articles_read_for_verdict(uninterrupted, Keeper())
        == ["stab-3"]
    )
    kept, loaded = uninterrupted.stories_["s0001"], restarted.stories_["s0001"]
    for tally in TALLIES:
        # The same counts in the same order (the order a story's marks are weighed in).
        assert list(getattr(loaded, tally).items()) == list(getattr(kept, tally).items())
    assert restarted.story_of_ == uninterrupted.story_of_


def test_a_checkpoint_without_what_was_counted_still_loads():
    grouper = StoryGrouper(keep_history=False)
    for item in [*STABBING, BYPASS]:
        grouper.add(item)
    state = grouper.__getstate__()
    del state["counted_"]  # as a checkpoint of session 40 or older
    older = StoryGrouper.__new__(StoryGrouper)
    older.__setstate__(state)
    assert not older.counted_
    assert articles_read_for_verdict(older, Keeper()) == ["stab-3", "stab-1", "stab-2"]


def test_the_store_loads_what_was_counted_from_its_checkpoint():
    """A checkpoint is read refusing whatever a grouper is not made of: what was counted is made of what is allowed."""
    from storyweave.store.sqlite import _CheckpointUnpickler

    grouper = StoryGrouper(keep_history=False)
    for item in [*STABBING, BYPASS]:
        grouper.add(item)
    state = pickle.dumps(grouper, protocol=pickle.HIGHEST_PROTOCOL)
    loaded = _CheckpointUnpickler(io.BytesIO(state)).load()
    assert list(loaded.counted_.items()) == list(grouper.counted_.items())
