"""Cluster lines survive a killed ingest (QA10c #1): each batch keeps its lines in its own transaction, so a kill
leaves every committed line one story, and running the same ingest again gives the stories of an uninterrupted run."""

import json
import sqlite3
import subprocess
import sys

import pytest

import storyweave.api as api
from storyweave.store import Store

from .conftest import assert_list_agrees_with_the_articles, kill_after_batches, make_batches

# Small batches, so that a line of 3 articles now and then spans two of them and a kill lands between batches.
_BATCH_SIZE = 10

_WRITER = """
import sys
import storyweave.api as api
from storyweave.store import Store
Store.__init__.__kwdefaults__["batch_size"] = int(sys.argv[3])
api.ingest_files([sys.argv[1]], sys.argv[2], progress=False)
"""


@pytest.fixture
def feed(tmp_path):
    """1,000 articles on 5 random events, 3 consecutive ones a cluster line: the grouper alone mixes the lines."""
    articles = [article for batch in make_batches(100, 10) for article in batch]
    path = tmp_path / "feed.jsonl"
    with path.open("w") as out:
        for start in range(0, len(articles), 3):
            documents = [
                {"id": a.id, "text": a.text, "title": a.title, "date": a.date.isoformat(), "source": a.source}
                for a in articles[start : start + 3]
            ]
            out.write(json.dumps({"id": f"line{start // 3}", "documents": documents}) + "\n")
    return path


def _line_of_each_article(path):
    with open(path) as lines:
        return {
            doc["id"]: number for number, line in enumerate(lines) for doc in json.loads(line)["documents"]
        }


def _partition(db):
    with sqlite3.connect(db) as connection:
        rows = connection.execute("SELECT story_id, article_id FROM assignments").fetchall()
    stories: dict[str, set[str]] = {}
    for story_id, article_id in rows:
        stories.setdefault(story_id, set()).add(article_id)
    return stories


def _lines_partition(articles, line_of):
    lines: dict[int, set[str]] = {}
    for article_id in articles:
        lines.setdefault(line_of[article_id], set()).add(article_id)
    return sorted(map(sorted, lines.values()))


def test_a_killed_ingest_keeps_the_lines_of_its_committed_batches_and_a_re_run_adds_the_rest(
    feed, tmp_path, monkeypatch
):
    monkeypatch.setitem(Store.__init__.__kwdefaults__, "batch_size", _BATCH_SIZE)
    line_of = _line_of_each_article(feed)
    path = tmp_path / "killed.db"
    writer = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(feed), str(path), str(_BATCH_SIZE)], stderr=subprocess.PIPE
    )
    kill_after_batches(writer, path)

    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {article_id for (article_id,) in db.execute("SELECT id FROM articles")}
    assert 3 * _BATCH_SIZE <= len(stored) < len(line_of)
    # Every line of the committed batches is one story of its own; a line the kill cut is one story so far.
    killed = _partition(path)
    assert sorted(map(sorted, killed.values())) == _lines_partition(stored, line_of)
    with Store(path) as store:
        assert_list_agrees_with_the_articles(store)

    again = api.ingest_files([feed], path, progress=False)
    assert again.stored.skipped_existing == len(stored)
    whole = tmp_path / "whole.db"
    api.ingest_files([feed], whole, progress=False)
    resumed = _partition(path)
    assert sorted(map(sorted, resumed.values())) == _lines_partition(line_of, line_of)
    assert resumed == _partition(whole)
    with Store(path) as store:
        assert_list_agrees_with_the_articles(store)
