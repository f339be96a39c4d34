"""A storyweave of the version before the story list, still writing to a database this version upgraded."""

import datetime as dt
import sqlite3

import pytest

from storyweave.group import StoryGrouper
from storyweave.store import Store

from .conftest import assert_list_agrees_with_the_articles, make_batches, make_read_only, rewind_schema


def old_writer_adds(path, article_id, story_id, title, source="Old Wire", day=40):
    """Store and assign one article with the SQL the store of schema 1 issues: it knows nothing of the list."""
    with sqlite3.connect(path) as db:
        batch_id = db.execute(
            "INSERT INTO batches (added_at, article_count) VALUES ('2024-06-01', 1)"
        ).lastrowid
        db.execute(
            "INSERT INTO articles (id, content_hash, url, title, headline, date, source, origin, text, removed,"
            " batch_id) VALUES (?, ?, NULL, ?, ?, ?, ?, NULL, ?, '[]', ?)",
            (
                article_id,
                f"hash-{article_id}",
                title,
                title,
                (dt.date(2024, 1, 1) + dt.timedelta(days=day)).isoformat(),
                source,
                f"{title}. Text of {article_id}.",
                batch_id,
            ),
        )
        db.execute(
            "INSERT OR REPLACE INTO assignments (article_id, story_id) VALUES (?, ?)", (article_id, story_id)
        )


def old_writer_merges(path, gone, kept):
    with sqlite3.connect(path) as db:
        db.execute("UPDATE assignments SET story_id = ? WHERE story_id = ?", (kept, gone))


def old_writer_moves(path, article_id, story_id):
    """Assign a stored article again, as the old store's replay does (INSERT OR REPLACE)."""
    with sqlite3.connect(path) as db:
        db.execute(
            "INSERT OR REPLACE INTO assignments (article_id, story_id) VALUES (?, ?)", (article_id, story_id)
        )


def stale_marks(path):
    with sqlite3.connect(path) as db:
        return {row[0] for row in db.execute("SELECT story_id FROM story_stale")}


def a_store(path):
    """A store of a few stories; returns their ids in creation order."""
    # A grouper that never joins two articles: one story each.
    with Store(path, grouper=StoryGrouper(threshold=5.0, merge_threshold=5.0), batch_size=4) as store:
        store.add_articles(make_batches(1, 6)[0])
        store.keep_report(store.stories()[0].id, 120, "md", "digest", "report")
        return [story.id for story in store.stories()]


def old_writer_changes_every_kind_of_story(path, ids):
    """A new story, a grown one, a merge and an article moved between stories; returns the ids changed."""
    old_writer_adds(path, "old-1", "s9001", "Gondola stalls above Zermatt")
    old_writer_adds(path, "old-2", ids[0], "Istanbul ferry strike")
    old_writer_merges(path, ids[1], ids[2])
    with sqlite3.connect(path) as db:
        (moved,) = db.execute(
            "SELECT article_id FROM assignments WHERE story_id = ? LIMIT 1", (ids[3],)
        ).fetchone()
    old_writer_moves(path, moved, "s9001")
    return {"s9001", ids[0], ids[1], ids[2], ids[3]}


def test_what_an_older_writer_adds_after_the_upgrade_is_listed(tmp_path):
    path = tmp_path / "db"
    ids = a_store(path)
    assert stale_marks(path) == set()  # this version unmarks the stories it rewrites itself

    changed = old_writer_changes_every_kind_of_story(path, ids)

    assert stale_marks(path) == changed
    with Store(path) as store:
        assert_list_agrees_with_the_articles(store)
        found = store.find_stories(query="old wire").stories
        assert {story.id: story.article_ids[-1] for story in found} == {ids[0]: "old-2", "s9001": "old-1"}
        # One story is new; the merged one and the one whose only article moved are gone.
        assert store.story_count() == len(ids) + 1 - 2
        assert {ids[1], ids[3]}.isdisjoint(story.id for story in store.stories())
        # The grown story's kept report went with its old row.
        assert store.cached_report(ids[0], 120, "md", "digest") is None
    assert stale_marks(path) == set()


def test_what_an_older_writer_adds_is_listed_where_the_database_cannot_be_written(tmp_path, monkeypatch):
    path = tmp_path / "db"
    ids = a_store(path)
    changed = old_writer_changes_every_kind_of_story(path, ids)
    make_read_only(monkeypatch)
    with Store(path) as store:
        assert store.story_count() == len(ids) + 1 - 2
        assert_list_agrees_with_the_articles(store)
        assert store.find_stories(query="old wire").matched == 2
    monkeypatch.undo()
    assert stale_marks(path) == changed  # the database is left as it was


@pytest.mark.parametrize("writable", [True, False])
def test_what_an_older_writer_added_before_this_version_upgraded_the_list_is_listed(
    tmp_path, monkeypatch, writable
):
    # A database of schema 2 had a list but no triggers: the older writer's stories are found when it is opened.
    path = tmp_path / "db"
    ids = a_store(path)
    rewind_schema(path, 2)
    old_writer_changes_every_kind_of_story(path, ids)
    if not writable:
        make_read_only(monkeypatch)
    with Store(path) as store:
        assert store.schema_version == (13 if writable else 2)
        assert_list_agrees_with_the_articles(store)
        assert store.find_stories(query="old wire").matched == 2


def test_regroup_leaves_no_story_marked(tmp_path):
    path = tmp_path / "db"
    a_store(path)
    with Store(path) as store:
        store.regroup(StoryGrouper(threshold=5.0, merge_threshold=5.0))
    assert stale_marks(path) == set()


def test_a_database_on_a_full_disk_is_still_listed(tmp_path, monkeypatch):
    # QA: with an older writer's story marked, `storyweave stories` on a full disk failed ("database or disk is
    # full") where the session-start code listed it: rewriting the list is no reason to refuse to read it.
    path = tmp_path / "db"
    ids = a_store(path)
    # A headline that needs pages of its own in the list: the rewrite must grow the file.
    old_writer_adds(path, "old-1", "s9001", "Gondola stalls above Zermatt " * 2000)
    with sqlite3.connect(path) as db:
        (pages,) = db.execute("PRAGMA page_count").fetchone()
    connect = sqlite3.connect

    def connect_to_a_full_disk(database, **kwargs):
        connection = connect(database, **kwargs)
        connection.execute(f"PRAGMA max_page_count = {pages}")  # SQLITE_FULL past this size, as a full disk
        return connection

    monkeypatch.setattr(sqlite3, "connect", connect_to_a_full_disk)
    with Store(path) as store:
        assert [story.id for story in store.find_stories().stories] == ids  # as it was, not an error
    monkeypatch.undo()
    assert stale_marks(path) == {"s9001"}  # rewritten on a later read
    with Store(path) as store:
        assert store.story_count() == len(ids) + 1
