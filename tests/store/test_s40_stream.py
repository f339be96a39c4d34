"""The store leaves its long-lived grouper out of full garbage collections, and collects it at each checkpoint
(session 40, the stream's late per-article costs)."""

import gc
import weakref

from storyweave.store import Store

from .conftest import make_batches


class _Cycle:
    """Garbage only the cyclic collector frees: it refers to itself."""

    def __init__(self) -> None:
        self.me = self


def test_after_a_checkpoint_the_grouper_is_out_of_full_collections_until_the_store_closes(tmp_path):
    articles = [article for batch in make_batches(3, 10) for article in batch]
    with Store(tmp_path / "news.db", batch_size=10, checkpoint_every=20) as store:
        store.add_articles(articles)
        stories = store._grouper.stories_
        assert gc.get_freeze_count() > 0
        assert gc.is_tracked(stories) and not any(tracked is stories for tracked in gc.get_objects())
    assert gc.get_freeze_count() == 0


def test_cyclic_garbage_frozen_at_a_checkpoint_is_collected_at_the_next_one(tmp_path):
    batches = make_batches(4, 10)
    with Store(tmp_path / "news.db", batch_size=10, checkpoint_every=20) as store:
        cycle = _Cycle()
        alive = weakref.ref(cycle)
        store.add_articles(batches[0] + batches[1])
        del cycle
        gc.collect()
        assert alive() is not None  # frozen by the checkpoint: a full collection passes it by
        store.add_articles(batches[2] + batches[3])
        assert alive() is None
