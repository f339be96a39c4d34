"""A grouper checkpoint replaced frees the last one's pages without writing them again (session 35, ckpt)."""

from storyweave.store import Store


def test_the_store_does_not_zero_the_pages_a_replaced_checkpoint_frees(tmp_path):
    # SECURE_DELETE builds (Debian's SQLite) write zeroes over every freed page: a checkpoint's worth of
    # extra writes each time the grouper is checkpointed. FAST (2) zeroes only pages written anyway.
    with Store(tmp_path / "news.db") as store:
        assert store._db.execute("PRAGMA secure_delete").fetchone()[0] == 2
