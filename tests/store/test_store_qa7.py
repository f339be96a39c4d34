"""QA pass 7 on the store: a stored story's report keeps every reading caveat of its articles, as the report
read from the files does (#15: the unreadable date "31/02/2026" was dropped), through the schema 8 upgrade; and
the report's dates are the story list's, a future date named apart (#14)."""

import datetime as dt
import json
import sqlite3

import pytest

from storyweave import api
from storyweave.model import Article
from storyweave.store import Store

from .conftest import assert_list_agrees_with_the_articles, make_read_only

DAY = dt.date(2026, 10, 5)
FUTURE = dt.date.today() + dt.timedelta(days=400)
DAM = (
    "The level of the Kestrel Reservoir fell by two metres overnight after a gate on the Kestrel Dam jammed open"
    " on Monday, the regional water authority said. Director Mirela Voss said 1,800 homes were told to prepare."
)
DAM_INQUIRY = (
    "The regional water authority will hold an inquiry into why a gate on the Kestrel Dam jammed open on Monday,"
    " director Mirela Voss said, after the Kestrel Reservoir fell two metres and 1,800 homes were put on alert."
)
DAM_FOLLOW_UP = (
    "Engineers closed the jammed gate on the Kestrel Dam on Tuesday, and the 1,800 homes on alert below the"
    " Kestrel Reservoir could stand down, water authority director Mirela Voss said."
)


def dam(article_id, text=DAM, date=DAY, origin=None, source="Upland Post"):
    return Article(article_id, text, title="Kestrel Dam gate jams", date=date, source=source, origin=origin)


def stored_notes(path, article_ids):
    with Store(path) as store:
        return store.reading_notes(article_ids)


def test_each_article_keeps_the_notes_naming_it_or_its_file(tmp_path):
    path = tmp_path / "db"
    notes = [
        "feed.jsonl:2: ignoring unreadable date '31/02/2026'",
        "feed.jsonl:20: ignoring unreadable date '30/02/2026'",  # line 20, not line 2
        "feed.jsonl: not valid UTF-8 text (byte 0xE9 at offset 28); read as Windows-1252 (Latin-1)",
        "notes: today.txt: ignoring unreadable date 'soon'",  # an origin holding ": "
        f"feed.jsonl:3: the date {FUTURE.isoformat()} is in the future (kept; check it)",
    ]
    articles = [
        dam("a", origin="feed.jsonl:2"),
        dam("b", DAM_FOLLOW_UP, date=FUTURE, origin="feed.jsonl:3", source="Lune Times"),
        dam("c", DAM + " More.", origin="notes: today.txt", source="Valley Wire"),
        dam("d", DAM + " Other.", source="Kestrel Herald"),  # no origin: no note
    ]
    with Store(path) as store:
        store.add_articles(articles, notes)

    assert stored_notes(path, ["a"]) == [notes[0], notes[2]]
    # A future date's note is left to the report, which works it out from the date (it may have come since).
    assert stored_notes(path, ["b"]) == [notes[2]]
    assert stored_notes(path, ["c"]) == [notes[3]]
    assert stored_notes(path, ["d", "nope"]) == []
    assert stored_notes(path, ["b", "a", "c"]) == [
        notes[2],
        notes[0],
        notes[3],
    ]  # each once, in the ids' order


def test_a_renamed_article_keeps_its_notes_and_a_stored_one_gets_none_again(tmp_path):
    path = tmp_path / "db"
    note = "other.jsonl:1: ignoring unreadable date '2026-02-30'"
    with Store(path) as store:
        store.add_articles([dam("a", origin="feed.jsonl:1")])
        # Another text under a taken id is stored as "a-2"; the first article, given again, is skipped.
        store.add_articles(
            [dam("a", DAM_FOLLOW_UP, origin="other.jsonl:1"), dam("a", origin="feed.jsonl:1")], [note]
        )

    assert stored_notes(path, ["a-2"]) == [note]
    assert stored_notes(path, ["a"]) == []


def test_a_stored_storys_report_lists_the_caveats_of_the_report_from_files(tmp_path):
    feed = tmp_path / "dam.jsonl"
    rows = [
        {
            "id": "dam-1",
            "source": "Upland Post",
            "date": DAY.isoformat(),
            "title": "Dam gate jams",
            "text": DAM,
        },
        {
            "id": "dam-2",
            "source": "Lune Times",
            "date": "31/02/2026",
            "title": "Gate shut",
            "text": DAM_FOLLOW_UP,
        },
        {
            "id": "dam-3",
            "source": "Valley Wire",
            "date": FUTURE.isoformat(),
            "title": "Alert",
            "text": DAM_INQUIRY,
        },
    ]
    feed.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    db = tmp_path / "news.db"
    api.ingest_files([feed], db, progress=False)
    (story,) = api.stories(db)

    direct = api.load([feed]).notes
    stored = api.story_articles(db, story.id).notes

    unreadable = f"{feed}:2: ignoring unreadable date '31/02/2026'"
    assert unreadable in direct
    assert unreadable in stored
    assert f"{feed}:3 (dam-3): the date {FUTURE.isoformat()} is in the future (kept; check it)" in stored
    assert len(stored) == 2
    assert unreadable in api.report_story(db, story.id, words=60)


def test_a_batch_stored_from_the_web_keeps_its_notes(tmp_path):
    note = "pasted: ignoring unreadable date '2026-13-45'"
    db = tmp_path / "news.db"
    api.ingest(api.Batch((dam("p", origin="pasted"),), notes=(note,)), db, progress=False)

    assert api.story_articles(db, "s0001").notes == (note,)


def as_schema_7(path):
    """Leave the database at ``path`` as a store of schema 7 left it (no reading notes)."""
    with sqlite3.connect(path) as db:
        db.execute("DROP TABLE article_notes")
        db.execute("PRAGMA user_version = 7")


@pytest.mark.parametrize("writable", [True, False])
def test_a_database_of_schema_7_is_read_and_upgraded_with_no_notes(tmp_path, monkeypatch, writable):
    path = tmp_path / "db"
    with Store(path) as store:
        store.add_articles([dam("a", origin="feed.jsonl:1"), dam("b", DAM_FOLLOW_UP, source="Lune Times")])
    as_schema_7(path)
    if not writable:
        make_read_only(monkeypatch)
    with Store(path) as store:
        assert store.schema_version == (13 if writable else 7)
        assert store.reading_notes(["a", "b"]) == []
        # Read-only, only the notes' table is made in memory: the database's list stays as it is.
        assert [len(story.article_ids) for story in store.find_stories().stories] == [2]
        assert_list_agrees_with_the_articles(store)
    if writable:
        note = "late.jsonl:4: ignoring unreadable date 'Tuesday'"
        with Store(path) as store:
            store.add_articles(
                [dam("c", DAM + " Late.", origin="late.jsonl:4", source="Valley Wire")], [note]
            )
            assert store.reading_notes(["a", "c"]) == [note]


def test_the_report_and_the_story_list_agree_on_a_storys_dates(tmp_path):
    # QA7 #14: the list said 2026-11-02..2026-11-03, the report "2026-11-02 to 2027-12-01" (a future-dated article).
    db = tmp_path / "news.db"
    articles = (
        dam("a", date=DAY),
        dam("b", DAM_FOLLOW_UP, date=DAY + dt.timedelta(1), source="Lune Times"),
        dam("c", DAM_INQUIRY, date=FUTURE, source="Valley Wire"),
    )
    api.ingest(api.Batch(articles), db, progress=False)
    (story,) = api.stories(db)
    assert (story.first_date, story.last_date) == (DAY, DAY + dt.timedelta(1))

    glance = api.report_story(db, story.id, words=60).splitlines()[2]

    assert (
        f"{DAY.isoformat()} to {(DAY + dt.timedelta(1)).isoformat()} (1 article dated in the future)"
        in glance
    )
    assert FUTURE.isoformat() not in glance
