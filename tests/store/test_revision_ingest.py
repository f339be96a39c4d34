"""An outlet's update at a stored URL is stored as the article's newer version, beside its first text (QA8 #2)."""

import dataclasses
import datetime as dt
import sqlite3

import pytest

from storyweave import api
from storyweave.model import Article
from storyweave.store import AddResult, Store

from .conftest import assert_list_agrees_with_the_articles, make_read_only

URL = "https://businesspost.example/aviation/aer-lumen-outage"
LEAD = (
    "Aer Lumen cancelled {} flights on Friday after a failed software update took down its booking and "
    "check-in systems, stranding about {} passengers at Dublin, Cork and Shannon airports. The outage began "
    "shortly before 6am, the airline said, and check-in desks at Dublin Airport were reverting to paper "
    "boarding passes by mid-morning. Passengers on cancelled flights are entitled to rebooking or a refund."
)
FIRST = Article(
    "post-1",
    LEAD.format(140, "21,000"),
    title="Aer Lumen cancels 140 flights after IT failure",
    date=dt.date(2026, 11, 13),
    source="Irish Business Post",
    url=URL,
)
# The outlet's own re-post at 6pm: other figures and headline, the same URL.
UPDATE = dataclasses.replace(
    FIRST,
    id="post-2",
    text=LEAD.format(210, "31,000") + " This article was updated at 6pm with the airline's latest figures.",
    title="Aer Lumen cancels 210 flights after IT failure",
)
OTHER_OUTLET = Article(
    "live-1",
    "Thousands of Aer Lumen passengers were stranded at Dublin Airport on Friday after an IT failure forced "
    "the airline to cancel flights. The airline said a failed software update had taken down check-in.",
    title="Aer Lumen passengers stranded by IT failure",
    date=dt.date(2026, 11, 13),
    source="Dublin Live",
    url="https://dublinlive.example/aer-lumen-it-failure",
)


def stored_ids(path):
    with sqlite3.connect(path) as db:
        return [row[0] for row in db.execute("SELECT id FROM articles ORDER BY seq")]


def test_an_update_at_a_stored_url_is_stored_as_its_newer_version_and_the_headline_follows(tmp_path):
    path = tmp_path / "db"
    with Store(path) as store:
        store.add_articles([FIRST, OTHER_OUTLET])
        assert store.add_articles([UPDATE]) == AddResult(added=0, duplicates=0, skipped_existing=0, updated=1)
        (story,) = store.stories()
        assert story.article_ids == ("post-1", "live-1", "post-2")
        assert story.headline == "Aer Lumen cancels 210 flights after IT failure"
        assert store.story_of(UPDATE) == store.story_of(FIRST) == story.id
        assert_list_agrees_with_the_articles(store)
    # Both texts stay, and a report reads both, as `report` given both files does: the change shows.
    texts = [article.text for article in api.story_articles(path, story.id).articles]
    assert [("140 flights" in text, "210 flights" in text) for text in texts] == [
        (True, False),
        (False, False),
        (False, True),
    ]


def test_re_ingesting_either_version_is_a_no_op(tmp_path):
    path = tmp_path / "db"
    with Store(path) as store:
        store.add_articles([FIRST])
        store.add_articles([UPDATE])
        story = store.stories()
        renamed = [dataclasses.replace(FIRST, id="again-1"), dataclasses.replace(UPDATE, id="again-2")]
        assert store.add_articles(renamed) == AddResult(added=0, duplicates=0, skipped_existing=2)
        assert store.stories() == story
    assert stored_ids(path) == ["post-1", "post-2"]


def test_both_versions_in_one_batch_are_an_article_and_its_update_not_a_repeat(tmp_path):
    with Store(tmp_path / "db") as store:
        assert store.add_articles([FIRST, UPDATE]) == AddResult(
            added=1, duplicates=0, skipped_existing=0, repeated=0, updated=1
        )
        assert store.stories()[0].headline == UPDATE.title


def test_an_older_version_stored_late_leaves_the_newer_headline(tmp_path):
    newer = dataclasses.replace(UPDATE, date=dt.date(2026, 11, 14))
    with Store(tmp_path / "db") as store:
        store.add_articles([newer])
        assert store.add_articles([FIRST]).updated == 1
        (story,) = store.stories()
        assert story.headline == newer.title


@pytest.mark.parametrize("late", [False, True])
def test_of_two_versions_with_the_same_figures_a_report_reads_the_newer(tmp_path, late):
    # A light edit (a clause added, the figures kept) is a near-duplicate: the newer text is the one kept.
    edited = dataclasses.replace(
        FIRST,
        id="post-2",
        text=FIRST.text.replace("the airline said,", "the airline said in a statement,"),
        title="Aer Lumen cancels 140 flights after booking system failure",
        date=dt.date(2026, 11, 14),
    )
    path = tmp_path / "db"
    with Store(path) as store:
        # Stored late (a backfill), the first text is still the older one.
        result = store.add_articles([edited]) if late else store.add_articles([FIRST])
        result = store.add_articles([FIRST]) if late else store.add_articles([edited])
        assert result == AddResult(added=0, duplicates=0, skipped_existing=0, updated=1)
        (story,) = store.stories()
        assert story.duplicates == (("post-1", "post-2"),)
        assert story.headline == edited.title
        # Grouped again from the articles, as after a lost checkpoint: the same original.
        store.regroup()
        assert store.stories() == [story]
    assert [article.id for article in api.story_articles(path, story.id).articles] == ["post-2"]


def test_a_batch_that_fails_stores_no_update_and_the_next_run_does(tmp_path, monkeypatch):
    path = tmp_path / "db"
    with Store(path) as store:
        store.add_articles([FIRST])

    def fail(*args, **kwargs):
        raise RuntimeError("killed mid-batch")

    with Store(path) as store:
        monkeypatch.setattr(Store, "_group", fail)
        with pytest.raises(RuntimeError):
            store.add_articles([UPDATE])
        monkeypatch.undo()
        assert stored_ids(path) == ["post-1"]
        assert store.add_articles([UPDATE]).updated == 1
        assert store.stories()[0].headline == UPDATE.title


def as_schema_8(path):
    """Leave the database at ``path`` as a store of schema 8 left it (one article a URL)."""
    with sqlite3.connect(path) as db:
        db.execute("DROP INDEX articles_url")
        db.execute("CREATE UNIQUE INDEX articles_url ON articles (url) WHERE url IS NOT NULL")
        db.execute("PRAGMA user_version = 8")


@pytest.mark.parametrize("writable", [True, False])
def test_a_database_of_schema_8_is_read_and_upgraded_to_take_updates(tmp_path, monkeypatch, writable):
    path = tmp_path / "db"
    with Store(path) as store:
        store.add_articles([FIRST, OTHER_OUTLET])
        listed = store.stories()
    as_schema_8(path)
    with monkeypatch.context() as patched:
        if not writable:
            make_read_only(patched)
        with Store(path) as store:
            assert store.schema_version == (13 if writable else 8)
            assert store.stories() == listed
    with Store(path) as store:
        assert store.schema_version == 13
        assert store.add_articles([UPDATE]).updated == 1
        assert store.stories()[0].headline == UPDATE.title
    with sqlite3.connect(path) as db:
        (unique,) = db.execute(
            "SELECT \"unique\" FROM pragma_index_list('articles') WHERE name = 'articles_url'"
        )
    assert unique == (0,)
