"""An editor's merge of stories (Store.merge_stories): at once, in one transaction, and for good."""

import dataclasses
import io
import json
import os
import pickle
import random
import signal
import sqlite3
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import pytest

from storyweave.errors import StoryweaveError
from storyweave.group import StoryGrouper
from storyweave.store import Store, ingest
from storyweave.store.sqlite import StoryChoiceError
from tests.group.conftest import TOPICS, make_article

from .conftest import assert_list_agrees_with_the_articles, make_batches, make_read_only
from .test_older_writer import old_writer_adds, old_writer_merges, old_writer_moves


def _stream():
    """Twelve articles, four per topic (quake, strike, vote), over two days: three stories."""
    rng = random.Random(5)
    return [
        make_article(f"{topic}-{n}", topic, n // 2, rng, f"Outlet {n}") for n in range(4) for topic in TOPICS
    ]


def _late(topic, n=0):
    """A later article of one topic, which joins that topic's story."""
    return make_article(f"{topic}-late-{n}", topic, 3, random.Random(9 + n), "Late Wire")


def assignments(path):
    with sqlite3.connect(path) as db:
        return dict(db.execute("SELECT article_id, story_id FROM assignments"))


def _stored(path):
    """The three stories of _stream at ``path``; returns their ids by topic."""
    ingest(_stream(), path)
    stories = assignments(path)
    ids = {topic: stories[f"{topic}-0"] for topic in TOPICS}
    assert len(set(ids.values())) == 3
    return ids


@pytest.fixture
def merged(tmp_path):
    """A store whose quake and strike stories an editor merged: (path, merged id, id merged away, ids)."""
    path = tmp_path / "db"
    ids = _stored(path)
    kept, gone = sorted([ids["quake"], ids["strike"]])
    with Store(path) as store:
        store.keep_report(kept, 120, "md", "digest", "old report")
        store.keep_report(gone, 120, "md", "digest", "old report")
        story = store.merge_stories([gone, kept])
    assert story.id == kept
    return path, kept, gone, ids


def test_merged_stories_are_one_story_of_the_oldest_id_at_once(merged):
    path, kept, gone, ids = merged
    with Store(path) as store:
        story = store.story(kept)
        assert set(story.article_ids) == {f"{topic}-{n}" for topic in ("quake", "strike") for n in range(4)}
        assert story.sources == ("Outlet 0", "Outlet 1", "Outlet 2", "Outlet 3")
        with pytest.raises(StoryweaveError, match=f"no story '{gone}'"):
            store.story(gone)
        assert [s.id for s in store.stories()] == sorted([kept, ids["vote"]])
        assert store.find_stories(query=gone).matched == 0
        # Both kept reports went: neither is the merged story's.
        assert store.cached_report(kept, 120, "md", "digest") is None
        assert store.cached_report(gone, 120, "md", "digest") is None
        assert_list_agrees_with_the_articles(store)


def test_a_later_article_of_the_piece_merged_away_joins_the_merged_story(merged):
    path, kept, gone, ids = merged
    ingest([_late("strike"), _late("vote")], path)
    stories = assignments(path)
    assert stories["strike-late-0"] == kept  # the old code put it in `gone`
    assert stories["vote-late-0"] == ids["vote"]
    with Store(path) as store:
        assert_list_agrees_with_the_articles(store)


@pytest.mark.parametrize(
    ("story_ids", "message"),
    [
        ([], "name two or more stories to merge$"),
        (["s0001"], r"name two or more stories to merge \(only 's0001'\)"),
        (["s0001", "s0002", "s0001"], "story 's0001' is named twice"),
        (["s0001", "s0404"], "no story 's0404'"),
        (["s0001", "\udcff"], r"no story '\\udcff'"),
    ],
)
def test_a_merge_that_names_no_two_stored_stories_is_refused_and_changes_nothing(
    tmp_path, story_ids, message
):
    path = tmp_path / "db"
    _stored(path)
    before = assignments(path)
    with Store(path) as store, pytest.raises(StoryChoiceError, match=message):
        store.merge_stories(story_ids)
    assert assignments(path) == before
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT COUNT(*) FROM corrections").fetchone()[0] == 0


def test_ingesting_the_same_articles_again_changes_nothing(merged):
    path, *_ = merged
    before = assignments(path)
    assert ingest(_stream(), path).added == 0
    assert assignments(path) == before


def _checkpoint(path):
    with sqlite3.connect(path) as db:
        return db.execute("SELECT last_seq, state FROM grouper_state").fetchone()


def _checkpoint_stories(path):
    """The story of each article in the grouper's checkpoint (the database's triggers would hide a grouper
    that never learned the merge: they move what it assigns to the story merged away)."""
    return pickle.loads(_checkpoint(path)[1]).story_of_


@pytest.mark.parametrize("checkpoint", ["lost", "before the merge"])
def test_a_grouper_rebuilt_from_an_older_checkpoint_learns_the_merge(tmp_path, checkpoint):
    path = tmp_path / "db"
    ids = _stored(path)
    before_merge = _checkpoint(path)
    with Store(path) as store:
        store.merge_stories([ids["strike"], ids["quake"]])
    kept = min(ids["strike"], ids["quake"])
    with sqlite3.connect(path) as db:
        if checkpoint == "lost":
            db.execute("DELETE FROM grouper_state")
        else:  # as a writer that loaded its grouper before the merge writes it when it closes
            db.execute(
                "INSERT OR REPLACE INTO grouper_state (singleton, last_seq, state) VALUES (1, ?, ?)",
                before_merge,
            )
    merged_assignments = assignments(path)
    ingest([_late("strike")], path)
    assert assignments(path) == {**merged_assignments, "strike-late-0": kept}
    assert _checkpoint_stories(path) == {**merged_assignments, "strike-late-0": kept}


def test_a_merge_made_after_articles_the_checkpoint_lacks_is_applied_after_them(tmp_path):
    # The checkpoint is older than the merge by a story of its own, which the replay must make before merging.
    path = tmp_path / "db"
    ids = _stored(path)
    before = _checkpoint(path)
    ingest([_late("vote"), _late("strike")], path)
    with Store(path) as store:
        store.merge_stories([ids["strike"], ids["quake"]])
    merged_assignments = assignments(path)
    with sqlite3.connect(path) as db:
        db.execute(
            "INSERT OR REPLACE INTO grouper_state (singleton, last_seq, state) VALUES (1, ?, ?)", before
        )
    ingest([_late("quake", 1)], path)
    assert assignments(path) == {**merged_assignments, "quake-late-1": min(ids["strike"], ids["quake"])}
    assert _checkpoint_stories(path) == assignments(path)


def test_another_writer_open_at_the_time_learns_the_merge(tmp_path):
    path = tmp_path / "db"
    ids = _stored(path)
    with Store(path) as other:
        other.add_articles([_late("vote")])  # its grouper is loaded
        with Store(path) as editor:
            kept = editor.merge_stories([ids["strike"], ids["quake"]]).id
        other.add_articles([_late("strike")])
    assert assignments(path)["strike-late-0"] == kept
    assert _checkpoint_stories(path) == assignments(path)
    with Store(path) as store:
        assert_list_agrees_with_the_articles(store)


def test_regroup_with_other_settings_merges_the_same_articles_again(merged):
    path, kept, gone, ids = merged
    with Store(path) as store:
        # A grouper that never joins two articles: only the editor's merge groups anything.
        store.regroup(StoryGrouper(threshold=5.0, merge_threshold=5.0))
        stories = {story.id: story for story in store.stories()}
        assert len(stories) == 1 + 4  # the merged story and the four vote articles alone
        (together,) = [s for s in stories.values() if len(s.article_ids) > 1]
        assert set(together.article_ids) == {f"{t}-{n}" for t in ("quake", "strike") for n in range(4)}
        assert together.id == "s0001"  # the oldest of the stories it was made of
        assert_list_agrees_with_the_articles(store)
        store.regroup()
        assert [len(s.article_ids) for s in store.stories()] == [8, 4]


def test_a_database_of_schema_3_is_upgraded_and_merges(tmp_path):
    path = tmp_path / "db"
    ids = _stored(path)
    _rewind_to_3(path)
    with Store(path) as store:
        assert store.schema_version == 13
        assert store.merge_stories([ids["quake"], ids["strike"]]).id == min(ids["quake"], ids["strike"])


def _rewind_to_3(path):
    """Leave the database as storyweave of schema 3 left it."""
    with sqlite3.connect(path) as db:
        for trigger in (
            "grouper_corrections_on_checkpoint",
            "merged_story_on_assign",
            "merged_story_on_move",
            "moved_article_on_assign",
            "moved_article_on_copy",
            "moved_article_follows",
        ):
            db.execute(f"DROP TRIGGER {trigger}")
        tables = (
            "moved_articles",
            "correction_articles",
            "corrections",
            "grouper_corrections",
            "merged_stories",
        )
        for table in tables:
            db.execute(f"DROP TABLE {table}")
        db.execute("PRAGMA user_version = 3")


def test_an_older_writer_still_running_cannot_undo_a_merge(tmp_path):
    # A storyweave of schema 3 opened the database before this one upgraded it and merged two stories: its
    # grouper still holds the story merged away, assigns an article to it, merges another story into it,
    # and writes that grouper as the checkpoint when it closes.
    path = tmp_path / "db"
    ids = _stored(path)
    _, state = _checkpoint(path)
    _rewind_to_3(path)
    with Store(path) as store:
        kept = store.merge_stories([ids["quake"], ids["strike"]]).id
    gone = max(ids["quake"], ids["strike"])
    older_grouper = pickle.loads(state)
    late = _late("strike")
    assert older_grouper.add(late) == gone
    old_writer_adds(path, late.id, gone, late.title)
    old_writer_merges(path, ids["vote"], gone)
    with sqlite3.connect(path) as db:
        (last_seq,) = db.execute("SELECT MAX(seq) FROM articles").fetchone()
        db.execute(
            "INSERT OR REPLACE INTO grouper_state (singleton, last_seq, state) VALUES (1, ?, ?)",
            (last_seq, pickle.dumps(older_grouper, protocol=pickle.HIGHEST_PROTOCOL)),
        )

    with Store(path) as store:
        assert [story.id for story in store.stories()] == [kept]
        assert len(store.story(kept).article_ids) == 13
        assert_list_agrees_with_the_articles(store)
    ingest([_late("strike", 1)], path)
    assert set(assignments(path).values()) == {kept}
    assert _checkpoint_stories(path)["strike-late-1"] == kept


_MERGER = """
import sys
from storyweave.store import Store
with Store(sys.argv[1]) as store:
    for n in range(2, int(sys.argv[2]) + 1):
        store.merge_stories(["s0001", f"s{n:04d}"])
"""


def _killed_after_three_corrections(path, script, total):
    """Store ``total`` one-article stories at ``path``, run ``script`` on it, kill it after 3 or more corrections.

    Returns how many corrections the database holds, after checking it whole (integrity, foreign keys) and
    that the checkpoint has applied exactly those.
    """
    with Store(path, grouper=StoryGrouper(threshold=5.0, merge_threshold=5.0)) as store:
        store.add_articles(make_batches(1, total)[0])  # one story each: b0-n is story n + 1
    corrector = subprocess.Popen(
        [sys.executable, "-c", script, str(path), str(total)], stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 60
    done = 0
    while done < 3:
        assert corrector.poll() is None, corrector.stderr.read().decode()
        assert time.monotonic() < deadline, "no correction made within 60 s"
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            done = db.execute("SELECT COUNT(*) FROM corrections").fetchone()[0]
        time.sleep(0.02)  # polling the database, not timing anything
    corrector.send_signal(signal.SIGKILL)
    corrector.wait()
    assert corrector.returncode == -signal.SIGKILL

    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        done = db.execute("SELECT COUNT(*) FROM corrections").fetchone()[0]
        (applied,) = db.execute("SELECT applied FROM grouper_corrections").fetchone()
    assert 3 <= done < total - 1
    assert applied == done
    return done


def test_kill_during_merges_leaves_each_merge_whole(tmp_path):
    path = tmp_path / "db"
    total = 300
    done = _killed_after_three_corrections(path, _MERGER, total)
    with sqlite3.connect(path) as db:
        merged_away = dict(db.execute("SELECT story_id, merged_into FROM merged_stories"))
    # Merges 1..done are whole (story, alias, checkpoint), and nothing of the next one is there.
    assert merged_away == {f"s{n:04d}": "s0001" for n in range(2, done + 2)}
    stories = assignments(path)
    assert sum(story == "s0001" for story in stories.values()) == done + 1
    assert len(set(stories.values())) == total - done
    with Store(path) as store:
        assert_list_agrees_with_the_articles(store)
        assert len(store.story("s0001").article_ids) == done + 1


def test_a_read_only_database_of_schema_3_is_still_read(tmp_path, monkeypatch):
    path = tmp_path / "db"
    ids = _stored(path)
    _rewind_to_3(path)
    make_read_only(monkeypatch)
    with Store(path) as store:
        assert store.schema_version == 3
        assert {story.id for story in store.stories()} == set(ids.values())


def test_moving_articles_out_of_a_wrong_merge_rebuilds_both_stories(merged):
    # The editor merged the quake and strike stories by mistake and moves the strike articles out again.
    path, kept, gone, ids = merged
    with Store(path) as store:
        store.keep_report(kept, 120, "md", "digest", "old report")
        strike = store.move_article("strike-0")
        assert strike.article_ids == ("strike-0",) and strike.id not in ids.values()
        for n in (1, 2, 3):
            assert store.move_article(f"strike-{n}", strike.id).id == strike.id
        assert store.story(kept).article_ids == tuple(f"quake-{n}" for n in range(4))
        assert store.story(kept).sources == ("Outlet 0", "Outlet 1", "Outlet 2", "Outlet 3")
        assert store.cached_report(kept, 120, "md", "digest") is None
        assert_list_agrees_with_the_articles(store)
    # Later articles go where they belong: the quake story no longer holds the strike's words.
    ingest([_late("strike"), _late("quake")], path)
    stories = assignments(path)
    assert (stories["strike-late-0"], stories["quake-late-0"]) == (strike.id, kept)
    assert _checkpoint_stories(path) == stories


def test_a_moved_article_takes_its_near_duplicate_copies_along(tmp_path):
    path = tmp_path / "db"
    stream = _stream()
    quake = stream[0]
    copy = dataclasses.replace(quake, id="quake-0-copy", text=quake.text + " Reuters.", source="Copy Wire")
    ingest([*stream, copy], path)
    ids = _stored_ids(path)
    with Store(path) as store:
        story = store.move_article("quake-0-copy", ids["vote"])
        assert {"quake-0", "quake-0-copy"} <= set(story.article_ids)
        assert ("quake-0-copy", "quake-0") in story.duplicates
        assert not {"quake-0", "quake-0-copy"} & set(store.story(ids["quake"]).article_ids)
        assert_list_agrees_with_the_articles(store)


def _stored_ids(path):
    stories = assignments(path)
    return {topic: stories[f"{topic}-1"] for topic in TOPICS}


@pytest.mark.parametrize(
    ("article_id", "to", "message"),
    [
        ("nope", None, "no article 'nope'"),
        ("quake-0", "s0404", "no story 's0404'"),
        ("quake-0", "quake", "article 'quake-0' is in story '.+' already"),
    ],
)
def test_a_move_to_nowhere_new_is_refused_and_changes_nothing(tmp_path, article_id, to, message):
    path = tmp_path / "db"
    ids = _stored(path)
    before = assignments(path)
    with Store(path) as store, pytest.raises(StoryChoiceError, match=message):
        store.move_article(article_id, ids.get(to, to))
    assert assignments(path) == before


def test_an_article_alone_cannot_move_to_a_new_story(tmp_path):
    path = tmp_path / "db"
    with Store(path, grouper=StoryGrouper(threshold=5.0, merge_threshold=5.0)) as store:
        store.add_articles(_stream())
        with pytest.raises(
            StoryChoiceError, match="article 'quake-0' \\(with its copies\\) is story 's0001' already"
        ):
            store.move_article("quake-0")


def test_a_move_holds_through_a_replay_and_a_regroup(tmp_path):
    path = tmp_path / "db"
    ids = _stored(path)
    with Store(path) as store:
        new = store.move_article("strike-2").id
        store.move_article("vote-1", ids["quake"])
    moved = assignments(path)
    assert ingest(_stream(), path).added == 0
    with sqlite3.connect(path) as db:
        db.execute("DELETE FROM grouper_state")
    ingest([_late("vote")], path)  # replays every article and both moves
    assert assignments(path) == {**moved, "vote-late-0": ids["vote"]}
    assert _checkpoint_stories(path) == assignments(path)
    assert assignments(path)["strike-2"] == new
    with Store(path) as store:
        # No join, no merge, no second chance (the late article is days after the rest).
        store.regroup(StoryGrouper(threshold=5.0, merge_threshold=5.0, second_chance_threshold=5.0))
        stories = assignments(path)
    # One story an article, but the moved one joined the first article of the story it was moved to.
    assert stories["vote-1"] == stories["quake-0"]
    assert len(set(stories.values())) == len(stories) - 1


def test_a_replay_through_a_move_of_a_story_s_first_article_keeps_the_list(tmp_path):
    # Replayed from no checkpoint, quake-0 is first in the quake story again until its move is applied,
    # while the list still holds the row of the story it was moved to, first at the same arrival number.
    path = tmp_path / "db"
    ids = _stored(path)
    with Store(path) as store:
        alone = store.move_article("quake-0").id
        store.move_article("quake-1", ids["vote"])
    moved = assignments(path)
    with sqlite3.connect(path) as db:
        db.execute("DELETE FROM grouper_state")
    ingest([_late("quake")], path)  # the old code: IntegrityError (UNIQUE constraint failed: first_seq)
    assert assignments(path) == {**moved, "quake-late-0": ids["quake"]}
    assert assignments(path)["quake-0"] == alone
    with Store(path) as store:
        assert_list_agrees_with_the_articles(store)


@pytest.mark.parametrize("checkpoint", ["kept", "lost"])
def test_a_later_article_like_both_stories_does_not_undo_a_move(tmp_path, checkpoint):
    # The old code merged the story the editor split off back into the one it left (step 5).
    path = tmp_path / "db"
    ids = _stored(path)
    with Store(path) as store:
        alone = store.move_article("quake-0").id
    if checkpoint == "lost":
        with sqlite3.connect(path) as db:
            db.execute("DELETE FROM grouper_state")
    ingest([_late("quake"), _late("quake", 1)], path)
    stories = assignments(path)
    assert stories["quake-0"] == alone
    assert stories["quake-late-0"] == stories["quake-late-1"] == ids["quake"]
    assert _checkpoint_stories(path) == stories
    with Store(path) as store:
        assert_list_agrees_with_the_articles(store)
        # An editor's merge still brings them together.
        assert set(store.merge_stories([alone, ids["quake"]]).article_ids) >= {"quake-0", "quake-late-0"}


_MOVER = """
import sys
from storyweave.store import Store
with Store(sys.argv[1]) as store:
    for n in range(1, int(sys.argv[2])):
        store.move_article(f"b0-{n}", "s0001")
"""


def test_kill_during_moves_leaves_each_move_whole(tmp_path):
    path = tmp_path / "db"
    total = 300
    done = _killed_after_three_corrections(path, _MOVER, total)
    stories = assignments(path)
    # Moves 1..done are whole, and nothing of the next one is there.
    assert {article for article, story in stories.items() if story == "s0001"} == {
        f"b0-{n}" for n in range(done + 1)
    }
    assert len(set(stories.values())) == total - done
    assert _checkpoint_stories(path) == stories
    with Store(path) as store:
        assert_list_agrees_with_the_articles(store)
        # The next move is made as if nothing had happened.
        assert f"b0-{done + 1}" in store.move_article(f"b0-{done + 1}", "s0001").article_ids


def test_a_checkpoint_pickled_before_moves_were_kept_apart_still_loads(tmp_path):
    path = tmp_path / "db"
    ids = _stored(path)
    grouper = pickle.loads(_checkpoint(path)[1])
    del grouper.__dict__["apart_"]  # as a grouper of the previous version was pickled
    with sqlite3.connect(path) as db:
        db.execute(
            "UPDATE grouper_state SET state = ?", (pickle.dumps(grouper, protocol=pickle.HIGHEST_PROTOCOL),)
        )
    with Store(path) as store:
        alone = store.move_article("quake-0").id
    ingest([_late("quake")], path)
    assert assignments(path)["quake-0"] == alone
    assert assignments(path)["quake-late-0"] == ids["quake"]


def test_a_move_out_of_a_long_story_reads_the_moved_article_not_the_story(tmp_path):
    # The old code read every article that stayed (1.6 s for a story of 2,029) under the write lock.
    path = tmp_path / "db"
    rng = random.Random(3)
    ingest([make_article(f"quake-{n}", "quake", n // 10, rng, f"Outlet {n % 4}") for n in range(40)], path)
    with Store(path) as store:
        asked = []
        read = store.articles

        def counting(ids=None):
            asked.append(list(ids))
            return read(ids)

        store.articles = counting
        assert store.move_article("quake-20").article_ids == ("quake-20",)
        assert asked == [["quake-20"]]
        assert len(store.story(assignments(path)["quake-0"]).article_ids) == 39


def test_the_same_stream_and_corrections_give_byte_identical_story_lists(tmp_path):
    lists = []
    for name in ("first", "second"):
        path = tmp_path / name
        ids = _stored(path)
        with Store(path) as store:
            store.move_article("quake-0")
            store.merge_stories([ids["strike"], ids["vote"]])
            store.move_article("vote-3", ids["quake"])
        ingest([_late(topic) for topic in TOPICS], path)
        with Store(path) as store:
            lists.append(pickle.dumps(store.find_stories().stories))
    assert lists[0] == lists[1]


_OLDER_WRITER = """
import datetime as dt, json, sys
from storyweave.model import Article
from storyweave.store import Store
with Store(sys.argv[1]) as store:
    for line in sys.stdin:
        store.add_articles([Article(**{**a, "date": dt.date.fromisoformat(a["date"])}) for a in json.loads(line)])
        print("added", flush=True)
"""


_CORRECTIONS_MIGRATION = "storyweave/store/migrations/0004_corrections.sql"


@pytest.fixture(scope="module")
def older_storyweave(tmp_path_factory):
    """The package as it was before corrections (migration 4), unpacked from git; skips where there is no history."""
    repo = Path(__file__).resolve().parents[2]
    added = subprocess.run(
        ["git", "-C", str(repo), "log", "--diff-filter=A", "--format=%H", "--", _CORRECTIONS_MIGRATION],
        capture_output=True,
        text=True,
    )
    if added.returncode != 0 or not added.stdout.split():
        pytest.skip("no git history of the store's migrations here")
    archive = subprocess.run(
        ["git", "-C", str(repo), "archive", f"{added.stdout.split()[-1]}^", "storyweave"], capture_output=True
    )
    if archive.returncode != 0:
        pytest.skip("the version before corrections is not in this clone")
    folder = tmp_path_factory.mktemp("older")
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as package:
        package.extractall(folder, filter="data")
    return folder


def test_an_older_writer_still_running_cannot_undo_a_move(tmp_path, older_storyweave):
    # The real code of the version before corrections opens the database, which this version then upgrades,
    # fills and corrects. Its grouper knows nothing of the moves: its replay of this version's articles put
    # the moved article back (the old code of migration 4), and a new copy of it went with that grouper.
    path = tmp_path / "db"
    stream = _stream()

    def lines(articles):
        # The older writer's Article has no later fields (modified: schema 11).
        rows = [{**dataclasses.asdict(a), "date": a.date.isoformat(), "removed": []} for a in articles]
        for row in rows:
            del row["modified"]
        return json.dumps(rows) + "\n"

    older = subprocess.Popen(
        [sys.executable, "-c", _OLDER_WRITER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(older_storyweave)},
        cwd=older_storyweave,
    )
    try:
        older.stdin.write(lines(stream[:9]))
        older.stdin.flush()
        assert older.stdout.readline() == "added\n"
        ingest(
            stream[9:], path
        )  # this version upgrades the database; quake-3 is the older writer's to replay
        with Store(path) as store:
            quake = assignments(path)["quake-0"]
            alone = store.move_article("quake-3").id
            vote = store.move_article("quake-1", assignments(path)["vote-0"]).id
        copy = dataclasses.replace(stream[9], id="quake-3-copy", text=stream[9].text + " Reuters.")
        older.stdin.write(lines([_late("quake"), copy]))
        older.stdin.flush()
        assert older.stdout.readline() == "added\n"
        stories = assignments(path)
        assert (stories["quake-3"], stories["quake-3-copy"], stories["quake-1"]) == (alone, alone, vote)
        assert stories["quake-late-0"] == quake
    finally:
        older.stdin.close()
        assert older.wait() == 0
    # This version again, from the checkpoint the older writer left at its close: every move is applied to
    # that grouper, the copy goes with what it copies.
    ingest([_late("quake", 1)], path)
    stories = assignments(path)
    assert stories["quake-3"] == stories["quake-3-copy"] not in {quake, vote}
    assert stories["quake-1"] == vote
    assert stories["quake-0"] == stories["quake-2"] == quake
    with Store(path) as store:
        assert_list_agrees_with_the_articles(store)


def test_a_database_of_schema_4_marks_the_articles_moved_before_the_upgrade(tmp_path):
    path = tmp_path / "db"
    ids = _stored(path)
    with Store(path) as store:
        alone = store.move_article("quake-0").id
    with sqlite3.connect(path) as db:
        for trigger in ("moved_article_on_assign", "moved_article_on_copy", "moved_article_follows"):
            db.execute(f"DROP TRIGGER {trigger}")
        db.execute("DROP TABLE moved_articles")
        db.execute("PRAGMA user_version = 4")
    with Store(path) as store:
        assert store.schema_version == 13
    old_writer_moves(path, "quake-0", ids["quake"])  # an older writer's replay
    assert assignments(path)["quake-0"] == alone
