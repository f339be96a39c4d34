"""What makes two articles one in the store: normalised text, plus URL and outlet where known (QA finding 5)."""

import sqlite3

import pytest

from storyweave.model import Article
from storyweave.store import AddResult, Store

WIRE = (
    "The Vell dam breached on Monday, flooding two villages and forcing hundreds of residents from their "
    "homes, officials said. Engineers said the spillway had been clogged with debris for weeks."
)


def wire_copies():
    """QA's wire.jsonl: an AP story, the same text run by the Valley Star, and the Guardian's own piece."""
    return [
        Article("ap-1", WIRE, source="Associated Press", url="https://ap.example/1"),
        Article("star-9", WIRE, source="Valley Star", url="https://star.example/9"),
        Article(
            "g-3",
            "The Vell dam gave way on Monday and flooded two villages, officials said.",
            source="Guardian",
        ),
    ]


def test_a_syndicated_copy_is_stored_as_a_near_duplicate_and_re_ingest_stays_a_no_op(tmp_path):
    with Store(tmp_path / "db") as store:
        assert store.add_articles(wire_copies()) == AddResult(added=3, duplicates=1, skipped_existing=0)
        (story,) = store.stories()
        assert story.duplicates == (("star-9", "ap-1"),)
        assert "Valley Star" in story.sources
        assert store.add_articles(wire_copies()) == AddResult(added=0, duplicates=0, skipped_existing=3)


@pytest.mark.parametrize(
    ("stored", "given", "is_new"),
    [
        # Another outlet's copy, neither with a URL: a syndicated copy.
        ({"source": "AP"}, {"source": "Valley Star"}, True),
        # The same outlet at another URL: still another page carrying it.
        ({"source": "AP", "url": "https://a/1"}, {"source": "AP", "url": "https://a/2"}, True),
        # A URL known on one side only: nothing tells them apart (a folder of .txt, then the feed).
        ({"source": "AP", "url": "https://a/1"}, {"source": "AP"}, False),
        ({"source": "AP"}, {"source": "AP", "url": "https://a/1"}, False),
        # An outlet known on one side only, or written otherwise.
        ({"url": "https://a/1"}, {"source": "AP", "url": "https://a/1"}, False),
        ({"source": "AP"}, {"source": "  ap "}, False),
        ({}, {}, False),
    ],
)
def test_the_same_text_is_one_article_unless_a_known_url_or_outlet_differs(tmp_path, stored, given, is_new):
    with Store(tmp_path / "db") as store:
        store.add_articles([Article("first", WIRE, **stored)])
        result = store.add_articles([Article("second", WIRE.upper() + "  ", **given)])
    assert result == (
        AddResult(added=1, duplicates=1, skipped_existing=0)
        if is_new
        else AddResult(added=0, duplicates=0, skipped_existing=1)
    )


def test_an_update_at_a_stored_url_is_stored_beside_the_first_text_and_says_so(tmp_path, caplog):
    # QA8 #2: the update was not stored, and the story kept the stale text.
    with Store(tmp_path / "db") as store:
        store.add_articles([Article("a", "The dam held overnight.", url="https://a/1")])
        with caplog.at_level("INFO", logger="storyweave.store.sqlite"):
            result = store.add_articles([Article("a", "The dam breached overnight.", url="https://a/1")])
        assert [(a.id, a.text) for a in store.articles()] == [
            ("a", "The dam held overnight."),
            ("a-2", "The dam breached overnight."),
        ]
    assert result == AddResult(added=0, duplicates=0, skipped_existing=0, updated=1)
    assert [r.getMessage() for r in caplog.records] == [
        f"{tmp_path / 'db'}: the update of a is stored as a-2",
        f"{tmp_path / 'db'}: 1 article with new text at a stored URL (an update) stored as the article's newer"
        " version; its earlier text is kept",
    ]


def test_repeats_within_one_input_are_counted_apart_from_articles_stored_before(tmp_path, caplog):
    # Found by QA: an article given twice was counted "already stored" on a fresh database.
    sent = Article("apw-1", WIRE, source="AP", origin="feed.jsonl:1")
    twice = Article(
        "apw-1", WIRE, source="AP", origin="feed.jsonl:7"
    )  # a dataset's article under two stories
    resent = Article("apw-2", WIRE, source="AP", origin="feed.jsonl:9")  # a wire's re-sent article, a new id
    with Store(tmp_path / "db", batch_size=1) as store:
        with caplog.at_level("INFO", logger="storyweave.store.sqlite"):
            assert store.add_articles([sent, twice, resent]) == AddResult(
                1, 0, skipped_existing=0, repeated=2
            )
        assert store.add_articles([sent, twice, resent]) == AddResult(0, 0, skipped_existing=3, repeated=0)
        assert [article.id for article in store.articles()] == ["apw-1"]
    assert [r.getMessage() for r in caplog.records] == [
        f"{tmp_path / 'db'}: 2 articles repeated in the input, stored once: apw-1 (feed.jsonl:7); apw-2 (feed.jsonl:9)"
    ]


def test_a_database_of_unique_content_hashes_is_migrated_and_takes_copies(tmp_path):
    path = tmp_path / "db"
    with Store(path) as store:
        store.add_articles(wire_copies()[:1] + wire_copies()[2:])
        before = store.stories()
    # As schema 5 left it: the content hash unique (migration 1's table).
    with sqlite3.connect(path, isolation_level=None) as db:
        (table,) = db.execute("SELECT sql FROM sqlite_master WHERE name = 'articles'").fetchone()
        db.execute("PRAGMA foreign_keys = OFF")
        db.execute("BEGIN")
        db.execute(
            table.replace("articles", "articles_old", 1).replace(
                "content_hash TEXT NOT NULL", "content_hash TEXT NOT NULL UNIQUE"
            )
        )
        db.execute("INSERT INTO articles_old SELECT * FROM articles")
        db.execute("DROP TABLE articles")
        db.execute("ALTER TABLE articles_old RENAME TO articles")
        db.execute("CREATE UNIQUE INDEX articles_url ON articles (url) WHERE url IS NOT NULL")
        db.execute("PRAGMA user_version = 5")
        db.execute("COMMIT")
    with Store(path) as store:
        assert store.schema_version == 13
        assert store.stories() == before
        assert store.add_articles(wire_copies()) == AddResult(added=1, duplicates=1, skipped_existing=2)
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
