"""QA9 #6-#8: the story list counts syndicated copies as the report does; JSONL outlet keys; attribution disputes."""

import datetime as dt
import json
import logging
import sqlite3

import pytest
from click.testing import CliRunner

from storyweave import api
from storyweave.cli import main
from storyweave.ingest import read_articles, reading_notes
from storyweave.ingest.jsonl import read_clusters
from storyweave.model import Article, Batch, Claim, Quote, Report, Summary
from storyweave.render import render
from storyweave.render._citations import SourceList, at_a_glance, fold_claims
from storyweave.store import Store
from tests.serve.conftest import serving
from tests.store.conftest import assert_list_agrees_with_the_articles, make_read_only

CANAL = (
    "A cargo barge ran aground in the Ostend-Bruges canal on Thursday, blocking traffic for about 40 vessels, the"
    " waterway authority said. The barge, carrying 1,800 tonnes of grain, lost power near the Dudzele lock."
    " Tugboats were expected to free it by Friday evening. No one was hurt, the authority said."
)
CANAL_FOLLOW_UP = (
    "Tugboats freed the grain barge that had blocked the Ostend-Bruges canal for two days on Saturday morning,"
    " the waterway authority said. Some 40 vessels that had waited near the Dudzele lock began moving again."
    " Inspectors found a failed fuel pump on the barge, which was towed to Zeebrugge for repairs."
)
ORCHARD = [
    (
        "Frost destroyed about a third of the apple blossom in the Haspengouw region overnight on Tuesday, the"
        " growers' federation said. Temperatures fell to minus 4 degrees in some orchards."
    ),
    (
        "Fruit growers in Haspengouw lost roughly a third of their apple blossom to Tuesday night's frost, their"
        " federation said on Wednesday, after temperatures dropped to minus 4 degrees."
    ),
    (
        "The federation of Haspengouw fruit growers asked the regional government on Thursday for emergency aid"
        " after frost killed a third of the apple blossom this week."
    ),
]


def _canal_and_orchard() -> list[Article]:
    """A story of two outlets and two syndicated copies of the first, and one of three outlets, no copies."""
    day = dt.date(2026, 4, 9)
    return [
        Article("canal-post", CANAL, title="Barge blocks canal", date=day, source="Bruges Post"),
        Article("canal-copy-1", CANAL, title="Barge blocks canal", date=day, source="Flanders Wire"),
        Article("canal-copy-2", CANAL, title="Barge blocks canal", date=day, source="Coastal Daily"),
        Article(
            "canal-radio",
            CANAL_FOLLOW_UP,
            title="Barge freed",
            date=day + dt.timedelta(days=2),
            source="Radio Kust",
        ),
        *(
            Article(f"orchard-{n}", text, title="Frost hits orchards", date=day, source=outlet)
            for n, (text, outlet) in enumerate(
                zip(ORCHARD, ["Limburg Today", "Hasselt News", "Farm Weekly"], strict=True)
            )
        ),
    ]


@pytest.fixture(scope="module")
def copies_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("copies") / "news.db"
    api.ingest(Batch(tuple(_canal_and_orchard())), db, progress=False)
    return db


def _canal(stories):
    return next(story for story in stories if "canal-post" in story.article_ids)


def test_the_story_list_counts_articles_and_outlets_as_the_report_does(copies_db):
    canal = _canal(api.stories(copies_db))
    assert len(canal.duplicates) == 2  # the store saw both copies
    assert canal.original_count == 2
    assert canal.original_sources == ("Bruges Post", "Radio Kust")
    assert canal.copy_sources == ("Flanders Wire", "Coastal Daily")

    report = api.report_story(copies_db, canal.id)
    assert "2 articles from 2 outlets" in report.splitlines()[2]

    # QA9 #6: the 2-outlet story ranked level with one of more outlets, as it counted its copies.
    ranked = api.find_stories(copies_db, order="outlets").stories
    assert [len(story.original_sources) for story in ranked] == [3, 2]
    assert ranked[-1].id == canal.id
    assert api.find_stories(copies_db, order="articles").stories[-1].id == canal.id
    # A copy's outlet is still found by a search.
    assert [story.id for story in api.find_stories(copies_db, query="coastal daily").stories] == [canal.id]


def test_the_command_line_list_names_the_copies_and_their_outlets(copies_db):
    runner = CliRunner()
    tsv = runner.invoke(main, ["stories", "--db", str(copies_db), "--sort", "outlets"])
    jsonl = runner.invoke(main, ["stories", "--db", str(copies_db), "--format", "jsonl"])

    assert tsv.exit_code == 0 and jsonl.exit_code == 0, tsv.output + jsonl.output
    canal_row = tsv.output.splitlines()[-1].split("\t")
    assert canal_row[1:2] + canal_row[3:4] == [
        "2 articles (+2 copies)",
        "Bruges Post, Radio Kust (copies: Flanders Wire, Coastal Daily)",
    ]
    (canal,) = [row for row in map(json.loads, jsonl.output.splitlines()) if row["near_duplicates"]]
    assert (canal["outlets"], canal["articles"], canal["near_duplicates"], canal["copy_outlets"]) == (
        ["Bruges Post", "Radio Kust"],
        2,
        2,
        ["Flanders Wire", "Coastal Daily"],
    )


def test_the_web_list_counts_copies_apart(copies_db):
    import urllib.request

    with serving(copies_db) as url, urllib.request.urlopen(url + "/stories?sort=outlets") as response:
        page = response.read().decode()

    assert "2 (+2 copies)" in page
    assert "Bruges Post, Radio Kust (copies: Flanders Wire, Coastal Daily)" in page


def _as_schema_9(path, *, counts_with_copies=True):
    """Leave ``path`` as storyweave of schema 9 left it: its list counted every copy as an article and outlet."""
    with sqlite3.connect(path) as db:
        db.execute("DROP TRIGGER story_rows_counting_copies")
        if counts_with_copies:
            for story_id, sources in db.execute("SELECT story_id, sources FROM story_rows").fetchall():
                (count,) = db.execute(
                    "SELECT COUNT(*) FROM assignments WHERE story_id = ?", (story_id,)
                ).fetchone()
                db.execute(
                    "UPDATE story_rows SET source_count = ?, article_count = ? WHERE story_id = ?",
                    (len(json.loads(sources)), count, story_id),
                )
        db.execute("PRAGMA user_version = 9")


@pytest.mark.parametrize("writable", [True, False])
def test_a_database_of_schema_9_is_listed_with_its_copies_counted_once(
    copies_db, tmp_path, monkeypatch, writable
):
    path = tmp_path / "old.db"
    path.write_bytes(copies_db.read_bytes())
    _as_schema_9(path)
    if not writable:
        make_read_only(monkeypatch)

    with Store(path) as store:
        assert store.schema_version == (13 if writable else 9)
        assert_list_agrees_with_the_articles(store)
        ranked = store.find_stories(order="outlets").stories
        assert [story.original_count for story in ranked] == [3, 2]


def test_a_row_an_older_writer_counts_copies_in_is_written_again(copies_db, tmp_path):
    path = tmp_path / "busy.db"
    path.write_bytes(copies_db.read_bytes())
    canal = _canal(api.stories(path))
    with sqlite3.connect(path) as db:
        # A writer of schema 9, still running, rewrites the story's row as it counted.
        row = db.execute("SELECT * FROM story_rows WHERE story_id = ?", (canal.id,)).fetchone()
        db.execute("DELETE FROM story_rows WHERE story_id = ?", (canal.id,))
        names = [column[1] for column in db.execute("PRAGMA table_info(story_rows)")]
        old = dict(zip(names, row, strict=True)) | {"source_count": 4, "article_count": 4}
        db.execute(
            f"INSERT INTO story_rows ({', '.join(old)}) VALUES ({', '.join('?' * len(old))})",
            list(old.values()),
        )
        assert db.execute("SELECT story_id FROM story_stale").fetchall() == [(canal.id,)]

    with Store(path) as store:
        assert [story.id for story in store.find_stories(order="outlets").stories][-1] == canal.id
        assert_list_agrees_with_the_articles(store)


def test_an_upload_of_several_stories_lists_copies_apart():
    files = [
        (
            "news.jsonl",
            "".join(json.dumps(_line(article)) + "\n" for article in _canal_and_orchard()).encode(),
        )
    ]

    upload = api.report_upload(files, most_reports=0)

    canal = _canal(found.story for found in upload.stories)
    assert (canal.original_sources, canal.copy_sources) == (
        ("Bruges Post", "Radio Kust"),
        ("Flanders Wire", "Coastal Daily"),
    )


def _line(article: Article) -> dict:
    return {
        "id": article.id,
        "title": article.title,
        "date": article.date.isoformat(),
        "source": article.source,
        "text": article.text,
    }


# -- QA9 #7: a JSONL feed's outlet under another key -----------------------------------------------------


def test_a_feeds_outlet_under_a_common_other_key_is_read(tmp_path):
    feed = tmp_path / "feed.jsonl"
    records = [
        {"id": "a", "text": ORCHARD[0], "outlet": "Limburg Today"},
        {"id": "b", "text": ORCHARD[1], "publisher": "Hasselt News"},
        {"id": "c", "text": ORCHARD[2], "site_name": "Farm Weekly"},
        # "source" is the documented key: it wins over another.
        {"id": "d", "text": CANAL, "source": "Bruges Post", "outlet": "Flanders Wire"},
        {"id": "e", "text": CANAL_FOLLOW_UP, "source": "", "outlet": "Radio Kust"},
    ]
    feed.write_text("".join(json.dumps(record) + "\n" for record in records))

    batch = read_articles([feed])

    assert [article.source for article in batch.articles] == [
        "Limburg Today",
        "Hasselt News",
        "Farm Weekly",
        "Bruges Post",
        "Radio Kust",
    ]


def test_unknown_keys_of_a_feed_are_named_once_per_file(tmp_path, caplog):
    feed = tmp_path / "feed.jsonl"
    records = [
        {"id": "a", "text": ORCHARD[0], "source": "Limburg Today", "byline": "Staff", "stance": "center"},
        {"id": "b", "text": ORCHARD[1], "source": "Hasselt News", "published": "2026-04-09", "byline": "AP"},
        # A cluster line's own keys (id, summaries, documents) are not article keys.
        {"id": "c1", "summaries": ["x"], "documents": [{"text": ORCHARD[2], "lang": "en", "image": "a.jpg"}]},
    ]
    feed.write_text("".join(json.dumps(record) + "\n" for record in records))

    with caplog.at_level(logging.WARNING, logger="storyweave"), reading_notes() as notes:
        read_articles([feed])
    expected = f'{feed}: ignored article keys "byline", "published", "image" (read: id, text, title, date, source, url)'
    assert notes == [expected]
    assert [record.getMessage() for record in caplog.records].count(expected) == 1

    caplog.clear()
    read_clusters(feed)  # a benchmark's reader, of the cluster line only
    warned = [record.getMessage() for record in caplog.records]
    assert f'{feed}: ignored article keys "image" (read: id, text, title, date, source, url)' in warned


def test_a_feed_of_the_documented_keys_reads_without_a_note(tmp_path):
    feed = tmp_path / "feed.jsonl"
    record = {
        "id": "a",
        "text": ORCHARD[0],
        "title": "Frost",
        "date": "2026-04-09",
        "source": "X",
        "url": "https://x.example/a",
    }
    feed.write_text(json.dumps({**record, "cluster": "7", "lang": "en", "stance": "left"}) + "\n")

    with reading_notes() as notes:
        read_articles([feed])

    assert notes == []


# -- QA9 #8: the at-a-glance line counts an attribution dispute ---------------------------------------------

WORDS = "Nobody wants a toll on the old bridge, but the repairs have to be paid for by someone"


def _disputed_report(conflicts=()) -> Report:
    articles = tuple(
        Article(n, "...", source=outlet) for n, outlet in [("a", "Post"), ("b", "Herald"), ("c", "Wire")]
    )
    return Report(
        articles,
        Summary((), 50),
        claims=(Claim("c1", "Tolls rise.", ("a#0", "b#0"), ("a", "b")),),
        quotes=(Quote(WORDS, "Mayor Anna Berg", ("a", "b"), ()), Quote(WORDS, "Jan Cools", ("c",), ())),
        conflicts=conflicts,
    )


def test_the_at_a_glance_line_counts_an_attribution_dispute():
    report = _disputed_report()
    sources = SourceList(report.articles)

    glance = [
        (item.section, item.text)
        for item in at_a_glance(report, sources, fold_claims(report.claims, sources))
    ]

    assert (None, "no conflicts found") not in glance
    assert ("quotes", "1 disputed attribution") in glance
    (glance_line,) = [line for line in render(report, "md").splitlines() if line.startswith("*3 articles")]
    assert "1 disputed attribution" in glance_line
    assert '<a href="#quotes">1 disputed attribution</a>' in render(report, "html")


def test_a_report_read_from_articles_counts_its_attribution_dispute():
    said = '"We cannot keep the museum open on the money the region gives us," said {}.'
    texts = [
        (
            "Gent Post",
            f"The Gent city museum will close on Mondays from May to save money. {said.format('director Els Peeters')} The museum had 210,000 visitors last year.",
        ),
        (
            "Scheldt Herald",
            f"The city museum of Gent is to close one day a week from May. {said.format('culture alderman Tom Wouters')} Staff unions said they were not consulted.",
        ),
        (
            "Flemish Wire",
            f"Gent's city museum will shut on Mondays from May, the city said. {said.format('museum director Els Peeters')} Visitor numbers rose 4% last year.",
        ),
    ]
    articles = [
        Article(
            f"m{n}", text, date=dt.date(2026, 4, 14), source=outlet, title="Gent museum to close on Mondays"
        )
        for n, (outlet, text) in enumerate(texts)
    ]

    report = api.report(Batch(tuple(articles)))
    markdown = render(report, "md")

    # The JSON has no such line: it lists each side, naming the other (other_speakers).
    sides = [quote for quote in json.loads(render(report, "json"))["quotes"] if quote.get("other_speakers")]
    assert len(sides) == 2
    assert "1 disputed attribution" in markdown.splitlines()[2]
    assert "no conflicts found" not in markdown.splitlines()[2]
