"""QA pass 6 on the command line: a syndicated pair's original whatever the order of the PATHs, what a move
says it moved, and a path given twice."""

import datetime as dt
import json

import pytest

from storyweave.group.dedup import near_duplicates_among
from storyweave.model import Article
from storyweave.store import ingest

STRIKE = (
    "Dock workers at the Port of Kelso walked out on Thursday in a dispute over pay, halting all container "
    "traffic. The union said 340 members joined the strike after talks with Kelso Port Holdings broke down. "
    "Organiser Morag Ellison said the company had offered a rise of 2 per cent against inflation of 5 per cent."
)
FOLLOW_UP = (
    "The strike at the Port of Kelso entered its second day with no new talks scheduled. Kelso Port Holdings "
    "said it would meet the union next week, and Morag Ellison said pickets would stay at the gates."
)
DAY = dt.date(2026, 4, 2)


def feeds(folder):
    """The original and the follow-up in one feed, the wire's copy of the original (same day) in another."""
    (folder / "gazette.jsonl").write_text(
        json.dumps(
            {
                "id": "p1",
                "date": DAY.isoformat(),
                "source": "Gazette",
                "title": "Kelso dockers walk out",
                "text": STRIKE,
            }
        )
        + "\n"
        + json.dumps(
            {"id": "p3", "date": "2026-04-03", "source": "Daily", "title": "Day two", "text": FOLLOW_UP}
        )
        + "\n",
        encoding="utf-8",
    )
    (folder / "wire.jsonl").write_text(
        json.dumps(
            {"id": "p1wire", "date": DAY.isoformat(), "source": "Wire", "title": "Port shut", "text": STRIKE}
        )
        + "\n",
        encoding="utf-8",
    )
    return folder / "gazette.jsonl", folder / "wire.jsonl"


@pytest.mark.parametrize("order", ["gazette first", "wire first"])
def test_the_original_of_a_pair_of_one_date_does_not_depend_on_the_order_of_the_paths(tmp_path, order, run):
    # QA6 #8: `report copy.jsonl original.jsonl` called the original the copy, and left its outlet out of Sources.
    gazette, wire = feeds(tmp_path)
    paths = [gazette.name, wire.name] if order == "gazette first" else [wire.name, gazette.name]
    reported = run("report", *paths, "--format", "json", "--words", "30", cwd=tmp_path)
    assert reported.returncode == 0, reported.stderr
    report = json.loads(reported.stdout)
    assert report["notes"] == [
        "wire.jsonl:1 (p1wire): a near-duplicate of gazette.jsonl:1 (p1), counted once"
    ]
    assert sorted(article["id"] for article in report["articles"]) == ["p1", "p3"]

    db = tmp_path / "news.db"
    assert run("ingest", *paths, "--db", db, cwd=tmp_path).returncode == 0
    listed = run("stories", "--db", db, "--format", "jsonl").stdout
    assert json.loads(listed)["headline"] == "Kelso dockers walk out"
    assert json.loads(listed)["near_duplicates"] == 1


def test_near_duplicates_among_articles_link_copies_to_the_earliest_then_the_first_by_file_and_line():
    copy = Article("copy", STRIKE, date=DAY, origin="a.jsonl:10")
    same_day = Article("same-day", STRIKE, date=DAY, origin="a.jsonl:9")
    first = Article("first", STRIKE, date=DAY - dt.timedelta(1), origin="z.jsonl:1")
    undated = Article("undated", STRIKE, origin="0.txt")
    for given in ([copy, same_day, first, undated], [undated, copy, same_day, first]):
        assert near_duplicates_among(given).copies == {
            "same-day": "first",
            "copy": "first",
            "undated": "first",
        }
    for given in ([copy, same_day], [same_day, copy]):  # line 9 before line 10, not "10" before "9"
        assert near_duplicates_among(given).copies == {"copy": "same-day"}


def test_a_move_names_the_copies_that_moved_with_the_article(tmp_path, run):
    # QA6 #6: `move a1syn --to s0002` said only "moved a1syn to s0002", though its original a1 moved too.
    db = tmp_path / "news.db"
    ingest(
        [
            Article("p1", STRIKE, title="Kelso dockers walk out", date=DAY, source="Gazette"),
            Article("p1wire", STRIKE, title="Port shut", date=DAY, source="Wire"),
            Article("p3", FOLLOW_UP, title="Day two", date=DAY + dt.timedelta(1), source="Daily"),
        ],
        db,
    )
    moved = run("move", "p1wire", "--to", "new", "--db", db)
    assert moved.returncode == 0, moved.stderr
    assert moved.stderr == "storyweave: moved p1wire with its near-duplicate p1 to s0002\n"
    alone = run("move", "p3", "--to", "s0002", "--db", db)
    assert alone.stderr == "storyweave: moved p3 to s0002\n"


def test_a_path_given_twice_is_read_once_and_said_so(tmp_path, run):
    # QA6 #11: `ingest page.html page.html` counted nothing "repeated in the input" and said nothing.
    gazette, _ = feeds(tmp_path)
    done = run("ingest", gazette, "gazette.jsonl", "--db", tmp_path / "news.db", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    assert (
        "storyweave: gazette.jsonl: named more than once (as a path, or in a folder also given); read once"
        in lines
    )
    assert (
        lines[-1]
        == "storyweave: 2 added (0 near-duplicates), 0 already stored, 0 repeated in the input, 0 skipped"
    )
