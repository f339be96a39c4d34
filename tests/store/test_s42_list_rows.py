"""The writer's list rows, rewritten for the stories each batch touches (session 42), are the rows a rewrite of
the whole list from the articles table gives: after many small batches, with syndicated copies and an outlet's
update at its URL. A change that writes them incrementally (or from articles held in memory) keeps this.
"""

import dataclasses
import sqlite3

from storyweave.store import Store
from storyweave.store.sqlite import _refill_story_rows

from .conftest import make_batches


def _list_rows(db: sqlite3.Connection) -> list[tuple]:
    return db.execute("SELECT * FROM story_rows ORDER BY story_id").fetchall()


def _rows_rebuilt(path) -> list[tuple]:
    """The list rows written afresh from the articles table (rolled back: the database keeps its own)."""
    with sqlite3.connect(path, isolation_level=None) as db:
        db.execute("BEGIN IMMEDIATE")
        _refill_story_rows(db)
        rows = _list_rows(db)
        db.execute("ROLLBACK")
    return rows


def test_rows_written_batch_by_batch_are_those_rebuilt_from_the_articles_table(tmp_path):
    batches = make_batches(12, 15)
    # Copies (same text, another outlet) and an update at a stored article's URL, in later batches.
    batches[5].append(dataclasses.replace(batches[2][0], id="copy-1", source="Wire Copy"))
    batches[9].append(dataclasses.replace(batches[0][3], id="copy-2", source="Wire Copy", date=None))
    first = dataclasses.replace(batches[1][4], url="https://outlet.example/story")
    batches[1][4] = first
    batches[8].append(
        dataclasses.replace(first, id="update", title="Corrected title", text=first.text + " Corrected.")
    )
    path = tmp_path / "s.db"
    with Store(path, batch_size=7) as store:
        for batch in batches:
            store.add_articles(batch)
        assert store.story_count() > 1
        # The copies and the update are stored as such: their stories' rows name the originals' outlets apart.
        copies = dict(store._db.execute("SELECT article_id, original_id FROM duplicates"))
        assert {"copy-1", "copy-2"} <= {*copies, *copies.values()}
        assert "update" in {*copies, *copies.values()}
        written = _list_rows(store._db)
    assert written == _rows_rebuilt(path)
