"""An article's update day (``Article.modified``): read from pages, feeds and plain-text headers, it orders an
outlet's versions of one URL (the corrected page wins whatever the files are called), the store keeps it
(migration 11), and the Sources list shows it."""

import dataclasses
import datetime as dt
import json
import logging
import sqlite3
from pathlib import Path

from storyweave.ingest import newest_versions, read_articles, version_day
from storyweave.model import Article, Report, Summary, SummarySentence
from storyweave.render import render
from storyweave.render.json_report import to_json, validate
from storyweave.store import Store

URL = "https://valleypost.example/news/ashford-crush"
LEAD = (
    "Two people have died after a crush at Kellerman Park stadium in Ashford on Saturday night. "
    "{} people were injured, six of them seriously, the ambulance service said. "
    "The crush happened at about 9.40pm at the north stand exit after the cup quarter-final. "
    "Police Commissioner Darren Whitfield said an investigation was under way."
)
FIRST = Article(
    "valley-1",
    LEAD.format("Thirty-four"),
    title="Ashford crush: two dead, 34 hurt",
    date=dt.date(2026, 11, 28),
    source="Valley Post",
    url=URL,
)
CORRECTED = dataclasses.replace(
    FIRST,
    id="valley-2",
    text=LEAD.format("Forty-one"),
    title="Ashford crush: two dead, 41 hurt",
    modified=dt.date(2026, 11, 29),
)


def page(title: str, body: str, *, modified: str | None = None, meta: str = "") -> str:
    """A saved news page of Valley Post, published 2026-11-28, with ``dateModified`` when given."""
    metadata = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "datePublished": "2026-11-28T22:30:00+00:00",
        **({"dateModified": modified} if modified else {}),
    }
    paragraphs = "".join(f"<p>{sentence}.</p>" for sentence in body.split(". "))
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:site_name" content="Valley Post"><link rel="canonical" href="{URL}">{meta}
<script type="application/ld+json">{json.dumps(metadata)}</script></head><body>
<main><article><h1>{title}</h1>{paragraphs}</article></main></body></html>"""


def test_the_corrected_page_is_the_newest_version_though_its_file_sorts_first(tmp_path, caplog):
    # Saved twice at one URL: the correction's file name sorts before the first save's.
    (tmp_path / "a_saved_later.html").write_text(
        page(CORRECTED.title, CORRECTED.text, modified="2026-11-29T12:15:00+00:00")
    )
    (tmp_path / "b_saved_first.html").write_text(page(FIRST.title, FIRST.text))

    with caplog.at_level(logging.WARNING, logger="storyweave"):
        corrected, first = read_articles([tmp_path]).articles

    assert (corrected.date, corrected.modified) == (dt.date(2026, 11, 28), dt.date(2026, 11, 29))
    assert first.modified is None
    assert newest_versions([corrected, first])[URL] is corrected
    # The update shows in the Sources list only: no reading note repeats it.
    assert not [message for message in caplog.messages if "updated on" in message]


def test_a_page_updated_by_meta_tag_only_has_its_update_day(tmp_path):
    meta = '<meta property="article:modified_time" content="2026-11-30T08:00:00Z">'
    (tmp_path / "p.html").write_text(page(FIRST.title, FIRST.text, meta=meta))

    (article,) = read_articles([tmp_path / "p.html"]).articles

    assert article.modified == dt.date(2026, 11, 30)


def test_a_feed_gives_the_update_day_under_any_of_its_names(tmp_path, caplog):
    lines = [
        {"id": "a", "text": FIRST.text, "date": "2026-11-28", "modified": "2026-11-29T12:15:00Z"},
        {"id": "b", "text": FIRST.text + " More.", "updated": "2026-11-30"},
        {"id": "c", "text": FIRST.text + " Even more.", "dateModified": "1 December 2026"},
        {"id": "d", "text": FIRST.text + " Still more."},
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(line) + "\n" for line in lines))

    with caplog.at_level(logging.WARNING, logger="storyweave"):
        articles = read_articles([feed]).articles

    assert [article.modified for article in articles] == [
        dt.date(2026, 11, 29),
        dt.date(2026, 11, 30),
        dt.date(2026, 12, 1),
        None,
    ]
    assert not [message for message in caplog.messages if "ignored article keys" in message]


def test_a_plain_text_modified_header_is_read_and_a_sentence_starting_so_stays_text(tmp_path):
    (tmp_path / "update.txt").write_text(
        "date: 2026-11-28\nmodified: 2026-11-29\nsource: Valley Post\n\n" + CORRECTED.text
    )
    (tmp_path / "prose.txt").write_text("date: 2026-11-28\n\nModified cars were banned from the car park.\n")

    update, prose = read_articles([tmp_path / "update.txt", tmp_path / "prose.txt"]).articles

    assert (update.date, update.modified) == (dt.date(2026, 11, 28), dt.date(2026, 11, 29))
    assert update.text.startswith("Two people have died")
    assert prose.modified is None
    assert prose.text == "Modified cars were banned from the car park."


def test_versions_are_ordered_by_update_day_then_date_then_the_order_given():
    assert newest_versions([CORRECTED, FIRST])[URL] is CORRECTED
    assert newest_versions([FIRST, CORRECTED])[URL] is CORRECTED
    # Neither says when it was updated: the last given of one date, as before.
    plain = dataclasses.replace(CORRECTED, modified=None)
    assert newest_versions([plain, FIRST])[URL] is FIRST
    # A later publication date beats an earlier one's update on a day before it.
    republished = dataclasses.replace(FIRST, id="valley-3", date=dt.date(2026, 11, 30))
    assert newest_versions([republished, CORRECTED])[URL] is republished
    # An update day before the publication date is stale metadata: the version is as old as its date.
    assert version_day(dt.date(2026, 11, 28), dt.date(2026, 11, 1)) == dt.date(2026, 11, 28)
    assert version_day(None, dt.date(2026, 11, 29)) == dt.date(2026, 11, 29)
    assert version_day(None, None) is None


def test_the_store_keeps_the_update_day_and_names_the_story_by_the_corrected_version(tmp_path):
    path = tmp_path / "db"
    with Store(path) as store:
        # The correction arrives first (its file sorted first), the first save after it.
        store.add_articles([CORRECTED])
        result = store.add_articles([FIRST])
        assert result.updated == 1
        (story,) = store.stories()
        assert story.headline == "Ashford crush: two dead, 41 hurt"
        by_id = {article.id: article for article in store.articles(story.article_ids)}
        assert by_id["valley-2"].modified == dt.date(2026, 11, 29)
        assert by_id["valley-1"].modified is None
        # Re-ingesting either is a no-op.
        assert store.add_articles([CORRECTED, FIRST]).skipped_existing == 2


def test_a_database_made_before_migration_11_gets_the_table_and_stays_readable_read_only(
    tmp_path, monkeypatch
):
    path = tmp_path / "db"
    with Store(path) as store:
        store.add_articles([FIRST])
    with sqlite3.connect(path) as db:  # as schema 10 left it
        db.execute("DROP TABLE article_modified")
        db.execute("PRAGMA user_version = 10")

    connect = sqlite3.connect

    def connect_read_only(database, **kwargs):
        return connect(f"{Path(database).as_uri()}?mode=ro", uri=True, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(sqlite3, "connect", connect_read_only)
        with Store(path) as store:
            (story,) = store.stories()
            assert [article.modified for article in store.articles(story.article_ids)] == [None]

    with Store(path) as store:  # writable: migrated
        assert store.schema_version == 13
        store.add_articles([CORRECTED])
        (story,) = store.stories()
        assert story.headline == "Ashford crush: two dead, 41 hurt"
        assert [article.modified for article in store.articles(["valley-2"])] == [dt.date(2026, 11, 29)]


def report_of(*articles: Article) -> Report:
    summary = Summary(
        (SummarySentence(articles[0].text.split(". ")[0] + ".", "valley-1#0", ("valley-1",)),), 50
    )
    return Report(articles, summary)


def test_sources_show_an_update_on_a_later_day_and_json_gives_it_when_known():
    same_day = dataclasses.replace(FIRST, id="valley-1", modified=FIRST.date)
    undated = dataclasses.replace(CORRECTED, id="valley-4", date=None)
    report = report_of(same_day, CORRECTED, undated)

    markdown = render(report, "md")
    html = render(report, "html")
    document = to_json(report)

    assert "*Ashford crush: two dead, 34 hurt* (2026-11-28) <" in markdown
    assert "*Ashford crush: two dead, 41 hurt* (2026-11-28, updated 2026-11-29) <" in markdown
    assert "*Ashford crush: two dead, 41 hurt* (updated 2026-11-29) <" in markdown
    assert (
        '<time datetime="2026-11-28">2026-11-28</time>, updated <time datetime="2026-11-29">2026-11-29</time>'
        in html
    )
    validate(document)
    assert [article.get("modified") for article in document["articles"]] == [
        "2026-11-28",
        "2026-11-29",
        "2026-11-29",
    ]
    assert "modified" not in to_json(report_of(dataclasses.replace(FIRST, modified=None)))["articles"][0]
