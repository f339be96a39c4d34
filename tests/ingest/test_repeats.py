"""An article given twice in one input (QA finding 14): read once, not renamed and then counted as stored."""

import json
from pathlib import Path

import pytest

from storyweave import api
from storyweave.ingest import in_date_order
from storyweave.model import Article

TDT_DEV = Path(__file__).parents[2] / ".." / "shared" / "data" / "clustering_tdt_duc2003" / "dev.jsonl"


def test_an_article_given_twice_keeps_its_id_and_another_under_its_id_is_renamed(caplog):
    text = "A dam breached on Monday.\nTwo villages were flooded."
    articles = [
        Article("nyt-1", text, source="NYT", origin="dev.jsonl:1"),
        Article("other", "Something else.", origin="dev.jsonl:2"),
        # The same article under a second story of a dataset: whitespace aside, the same. Renamed, it was
        # counted "already stored" on a fresh database; under its own id the store sees it is a repeat.
        Article("nyt-1", text.replace("\n", "\n\n"), source="NYT", origin="dev.jsonl:3"),
        # Same id, other text: another article, renamed as before.
        Article("nyt-1", "A later update: the dam was repaired.", source="NYT", origin="dev.jsonl:4"),
        # Same id and text from another outlet: a syndicated copy, for the store to keep as one.
        Article("nyt-1", text, source="Valley Star", origin="dev.jsonl:5"),
    ]
    with caplog.at_level("WARNING", logger="storyweave.ingest"), in_date_order(articles) as dated:
        read = [(article.id, article.origin) for article in dated]
    assert read == [
        ("nyt-1", "dev.jsonl:1"),
        ("other", "dev.jsonl:2"),
        ("nyt-1", "dev.jsonl:3"),
        ("nyt-1-2", "dev.jsonl:4"),
        ("nyt-1-3", "dev.jsonl:5"),
    ]
    assert [r.getMessage() for r in caplog.records] == [
        "renamed 2 repeated article ids: nyt-1 -> nyt-1-2 (dev.jsonl:4); nyt-1 -> nyt-1-3 (dev.jsonl:5)",
    ]


def test_a_file_listing_an_article_twice_stores_it_once_and_nothing_is_already_stored(tmp_path):
    lines = [
        {"id": "a", "text": "The bridge reopened on Friday after repairs.", "source": "AP", "cluster": "c1"},
        {"id": "b", "text": "Storms are forecast for the weekend.", "source": "AP", "cluster": "c2"},
        {"id": "a", "text": "The bridge reopened on Friday after repairs.", "source": "AP", "cluster": "c3"},
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(line) + "\n" for line in lines))
    stored = api.ingest_files([feed], tmp_path / "db", progress=False).stored
    assert (stored.added, stored.skipped_existing, stored.repeated) == (2, 0, 1)


def test_the_tdt_dev_file_stores_each_article_once_on_a_fresh_database(tmp_path):
    if not TDT_DEV.is_file():
        pytest.skip("../shared is not available")
    stored = api.ingest_files([TDT_DEV], tmp_path / "db", progress=False).stored
    # 261 lines, 9 of them an article given under a second story, and 13 that re-send an article's text under a
    # new id (the wire's re-transmissions): repeats of this input, not articles stored before.
    assert (stored.added, stored.repeated, stored.skipped_existing) == (239, 22, 0)
