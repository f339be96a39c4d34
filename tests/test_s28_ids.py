"""Two id contracts: every command reads a repeated article id the same way (renamed, `group` included), and a
story id a reader saw keeps naming its articles after the grouper (or an editor, or a kept cluster line) ends it."""

import datetime as dt
import json
import logging
import sqlite3
import subprocess
import sys

import pytest

import storyweave.api as api
from storyweave.group import StoryGrouper
from storyweave.model import Article
from storyweave.store import Store, StoryChoiceError
from tests.store.conftest import (
    assert_list_agrees_with_the_articles,
    kill_after_batches,
    make_batches,
    make_read_only,
)

_DAY = dt.date(2026, 6, 9)


def _article(article_id: str, source: str, day: int, title: str, text: str) -> Article:
    return Article(id=article_id, text=text, title=title, date=_DAY + dt.timedelta(days=day), source=source)


# One event the grouper first reads as two stories (the rescue, the contractor), which the next day's articles,
# telling both, make one: the grouper merges the newer story (s0002) into the older (s0001).
_FIRST_DAY = [
    _article(
        "rescue-1",
        "Metro Herald",
        0,
        "Six workers trapped after Harlow Street tunnel collapse",
        "Six workers were trapped on Tuesday when part of the Harlow Street rail tunnel collapsed during night works. "
        "Firefighters drilled an air shaft and lowered water and lamps to the men, who were talking to rescuers.",
    ),
    _article(
        "rescue-2",
        "City Wire",
        0,
        "Rescuers drill shaft to reach six trapped in tunnel",
        "Rescue teams drilled an air shaft through the rubble to six men trapped in the Harlow Street tunnel on "
        "Tuesday. The fire service said the workers were talking and had water and lamps.",
    ),
    _article(
        "contract-1",
        "Builders Journal",
        0,
        "Corvane Civils halts all tunnelling after inspection warning",
        "Corvane Civils stopped work at every one of its tunnelling sites on Tuesday after a safety inspector's "
        "warning about roof supports. The contractor said it would review its shoring method before restarting.",
    ),
    _article(
        "contract-2",
        "Trade Weekly",
        0,
        "Inspector warned Corvane on roof supports, letter shows",
        "A letter from the safety inspectorate warned Corvane Civils in March that the roof supports at its sites "
        "did not meet the shoring standard. Corvane said it had answered the letter and halted tunnelling on Tuesday.",
    ),
]
_SECOND_DAY = [
    _article(
        "bridge-1",
        "National News",
        1,
        "All six freed from Harlow Street tunnel as Corvane faces inquiry",
        "All six workers trapped in the Harlow Street tunnel were freed on Wednesday through the rescue shaft. The "
        "tunnel was dug by Corvane Civils, which the safety inspectorate warned in March about its roof supports "
        "and shoring; Corvane has halted all tunnelling.",
    ),
    _article(
        "bridge-2",
        "Metro Herald",
        1,
        "Harlow Street tunnel workers out; Corvane shoring under scrutiny",
        "Rescuers brought the six Harlow Street tunnel workers out on Wednesday. Corvane Civils, the contractor, had "
        "been warned by the inspectorate about roof supports and has halted tunnelling at every site.",
    ),
]
_RESCUE, _CONTRACTOR = ("rescue-1", "rescue-2"), ("contract-1", "contract-2")


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "storyweave", *args], capture_output=True, text=True, timeout=120, check=False
    )


def _record(article: Article) -> dict:
    return {
        "id": article.id,
        "text": article.text,
        "title": article.title,
        "date": article.date.isoformat(),
        "source": article.source,
    }


def _write_feed(path, articles) -> None:
    path.write_text("".join(json.dumps(_record(article)) + "\n" for article in articles), encoding="utf-8")


# -- 1. a repeated article id -------------------------------------------------------------------------------


def test_group_writes_a_line_for_every_article_a_repeated_id_renamed_as_report_renames_it(tmp_path):
    # QA10c #6: `group` dropped the second article of a repeated id (its label then joined nothing, or, joined
    # by id, took the first article's story), while `report` and `ingest` renamed it.
    repeat = _article("rescue-1", "Trade Weekly", 0, _FIRST_DAY[3].title, _FIRST_DAY[3].text)
    articles = [*_FIRST_DAY[:3], repeat]
    feed, out = tmp_path / "feed.jsonl", tmp_path / "groups.jsonl"
    _write_feed(feed, articles)

    result = _run("group", str(feed), "--out", str(out))

    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        f"storyweave: renamed 1 repeated article id: rescue-1 -> rescue-1-2 ({feed}:4)"
    ]
    story_of = {row["id"]: row["story"] for row in map(json.loads, out.read_text().splitlines())}
    assert list(story_of) == ["rescue-1", "rescue-2", "contract-1", "rescue-1-2"]
    # The renamed article is grouped as the article it is: with the contractor's story, not the rescue's.
    assert story_of["rescue-1-2"] == story_of["contract-1"] != story_of["rescue-1"]
    # The ids every other command reads.
    assert [a.id for a in api.load([feed]).articles] == list(story_of)
    batch, assignments = api.group_file(feed)
    assert [a.id for a in batch.articles] == list(story_of) and assignments == story_of


# -- 2. story ids that stop existing ------------------------------------------------------------------------


def test_a_story_id_the_grouper_merges_away_names_the_story_it_went_into(tmp_path):
    with Store(tmp_path / "news.db") as store:
        store.add_articles(_FIRST_DAY)
        assert [(s.id, s.article_ids) for s in store.stories()] == [
            ("s0001", _RESCUE),
            ("s0002", _CONTRACTOR),
        ]
        store.add_articles(_SECOND_DAY)

        # The list shows only the ids that exist; the one listed before still names its articles.
        assert [s.id for s in store.stories()] == ["s0001"]
        assert store.current_story_id("s0002") == store.current_story_id("s0001") == "s0001"
        assert set(_CONTRACTOR) <= set(store.story("s0001").article_ids)
        with pytest.raises(StoryChoiceError, match=r"no story 's0002' \(merged into s0001\)$"):
            store.story("s0002")
        with pytest.raises(StoryChoiceError, match=r"no story 's0099'$"):
            store.current_story_id("s0099")
        assert_list_agrees_with_the_articles(store)


def test_report_of_a_merged_away_story_id_says_so_in_one_line_and_reports_the_story_it_went_into(tmp_path):
    db, first, second = tmp_path / "news.db", tmp_path / "day1.jsonl", tmp_path / "day2.jsonl"
    _write_feed(first, _FIRST_DAY)
    _write_feed(second, _SECOND_DAY)
    assert _run("ingest", str(first), "--db", str(db)).returncode == 0
    listed = _run("stories", "--db", str(db), "--format", "jsonl").stdout.splitlines()
    assert [json.loads(line)["id"] for line in listed] == ["s0001", "s0002"]
    assert _run("ingest", str(second), "--db", str(db)).returncode == 0

    old = _run("report", "--db", str(db), "--story", "s0002", "--format", "json")
    assert old.returncode == 0, old.stderr
    assert old.stderr == "storyweave: s0002 was merged into s0001: reporting s0001\n"
    current = _run("report", "--db", str(db), "--story", "s0001", "--format", "json")
    assert current.stderr == "" and old.stdout == current.stdout
    assert len(json.loads(old.stdout)["articles"]) == 6
    assert [line.split("\t")[0] for line in _run("stories", "--db", str(db)).stdout.splitlines()] == ["s0001"]
    unknown = _run("report", "--db", str(db), "--story", "s0099")
    assert unknown.returncode == 2 and unknown.stderr == f"storyweave: {db}: no story 's0099'\n"


def test_a_story_id_a_move_empties_names_the_story_its_articles_went_to(tmp_path):
    with Store(tmp_path / "news.db") as store:
        store.add_articles(_FIRST_DAY)
        store.move_article("contract-1", "s0001")
        assert store.current_story_id("s0002") == "s0002"  # an article left: still a story
        store.move_article("contract-2", "s0001")
        assert [s.id for s in store.stories()] == ["s0001"]
        assert store.current_story_id("s0002") == "s0001"


def test_a_regroup_leaves_every_id_it_ends_naming_its_articles(tmp_path):
    # A grouper that never joins: one story an article, s0001..s0004.
    with Store(tmp_path / "news.db", grouper=StoryGrouper(threshold=5.0, merge_threshold=5.0)) as store:
        store.add_articles(_FIRST_DAY)
        assert len(store.stories()) == 4
        store.regroup()
        # Each story keeps its first article's id (tests/store/test_regroup_ids.py).
        assert [(s.id, s.article_ids) for s in store.stories()] == [
            ("s0001", _RESCUE),
            ("s0003", _CONTRACTOR),
        ]
        # rescue-2 and contract-2 were s0002 and s0004.
        assert store.current_story_id("s0002") == "s0001"
        assert store.current_story_id("s0004") == "s0003"


_WRITER = """
import sys
import storyweave.api as api
from storyweave.store import Store
Store.__init__.__kwdefaults__["batch_size"] = int(sys.argv[3])
api.ingest_files([sys.argv[1]], sys.argv[2], progress=False)
"""


def _listed(path) -> dict[str, set[str]]:
    with Store(path) as store:
        return {story.id: set(story.article_ids) for story in store.stories()}


def test_story_ids_listed_before_a_killed_ingest_keep_naming_their_articles_then_and_after_the_re_run(
    tmp_path,
):
    # The first ingest lists the tunnel's two stories. The next one, of the day after and then 300 articles of
    # other events, is killed after its first batch, which makes the tunnel one story, and then run again.
    path, first, feed = tmp_path / "news.db", tmp_path / "day1.jsonl", tmp_path / "feed.jsonl"
    _write_feed(first, _FIRST_DAY)
    api.ingest_files([first], path, progress=False)
    seen = _listed(path)
    assert seen == {"s0001": set(_RESCUE), "s0002": set(_CONTRACTOR)}
    others = [
        Article(id=a.id, text=a.text, title=a.title, date=_DAY + dt.timedelta(days=2), source=a.source)
        for batch in make_batches(30, 10)
        for a in batch
    ]
    _write_feed(feed, [*_SECOND_DAY, *others])
    writer = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(feed), str(path), "2"], stderr=subprocess.PIPE
    )
    kill_after_batches(writer, path, batches=2)  # the first ingest's batch, and the tunnel's second day

    for when in ("killed", "run again"):
        live = _listed(path)
        assert "s0002" not in live, when
        with Store(path) as store:
            assert_list_agrees_with_the_articles(store)
            for story_id, articles in seen.items():
                # Never another story's articles: the story the id names holds every article it held.
                assert articles <= live[store.current_story_id(story_id)], (when, story_id)
        with sqlite3.connect(path) as db:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        if when == "killed":
            assert api.ingest_files([feed], path, progress=False).stored.added > 0


# -- the migration ------------------------------------------------------------------------------------------


def _as_schema_11(path) -> None:
    """Leave the database at ``path`` as a store of schema 11 left it (no record of ids that stopped existing)."""
    with sqlite3.connect(path) as db:
        db.execute("DROP TABLE story_aliases")
        db.execute("PRAGMA user_version = 11")


def test_migration_12_keeps_the_editors_merges_of_a_schema_11_database(tmp_path, caplog):
    caplog.set_level(logging.INFO)
    path = tmp_path / "news.db"
    with Store(path) as store:
        store.add_articles(_FIRST_DAY)
        store.merge_stories(["s0001", "s0002"])
    _as_schema_11(path)

    with Store(path) as store:
        assert store.schema_version == 13
        assert store.current_story_id("s0002") == "s0001"
        # From now on the grouper's merges are recorded too.
        store.add_articles(_SECOND_DAY)
        assert store.current_story_id("s0002") == "s0001"
    assert f"{path}: applied migration 0012" in caplog.text


def test_a_read_only_database_of_schema_11_is_read_without_the_record(tmp_path, monkeypatch):
    path = tmp_path / "news.db"
    with Store(path) as store:
        store.add_articles(_FIRST_DAY)
        store.merge_stories(["s0001", "s0002"])
    _as_schema_11(path)
    make_read_only(monkeypatch)

    with Store(path) as store:
        assert store.schema_version == 11
        assert [s.id for s in store.stories()] == ["s0001"]
        with pytest.raises(StoryChoiceError, match=r"no story 's0002'$"):
            store.current_story_id("s0002")
