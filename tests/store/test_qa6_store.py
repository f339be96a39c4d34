"""QA pass 6 on the store: which article of a syndicated pair is the original, search by words, the order of
creation after a move, a future date's caveat in a stored story's report, and the schema 7 upgrade."""

import datetime as dt
import sqlite3

import pytest

from storyweave import api
from storyweave.group import StoryGrouper
from storyweave.model import Article
from storyweave.store import Store

from .conftest import make_read_only

DAY = dt.date(2026, 4, 2)
STRIKE = (
    "Dock workers at the Port of Kelso walked out on Thursday in a dispute over pay, halting all container "
    "traffic. The union said 340 members joined the strike after talks with Kelso Port Holdings broke down. "
    "Organiser Morag Ellison said the company had offered a rise of 2 per cent against inflation of 5 per cent."
)
STRIKE_FOLLOW_UP = (
    "The strike at the Port of Kelso entered its second day with no new talks scheduled. Kelso Port Holdings "
    "said it would meet the union next week, and Morag Ellison said pickets would stay at the gates."
)


def original(day=0):
    return Article(
        "p1",
        STRIKE,
        title="Kelso dockers walk out over pay",
        date=DAY + dt.timedelta(day),
        source="Gazette",
        origin="feeds/gazette.jsonl:12",
    )


def wire_copy(day=0):
    # Of one date, the original is the first in file-name order ("gazette" before "wire"), then line order.
    return Article(
        "p1wire",
        STRIKE,
        title="Port shut as dock strike begins",
        date=DAY + dt.timedelta(day),
        source="Wire",
        origin="feeds/wire.jsonl:3",
    )


def follow_up():
    return Article("p3", STRIKE_FOLLOW_UP, title="Kelso strike enters second day", date=DAY + dt.timedelta(1))


def stored_story(path, *batches):
    with Store(path) as store:
        for batch in batches:
            store.add_articles(batch)
        (story,) = store.stories()
        return story, store.find_stories(query="kelso").stories


@pytest.mark.parametrize("order", ["original first", "copy first"])
def test_the_original_of_a_syndicated_pair_of_one_date_does_not_depend_on_the_order_given(tmp_path, order):
    # QA6 #8: `ingest copy.jsonl original.jsonl` made the copy the original and its headline the story's.
    pair = [original(), wire_copy()]
    story, listed = stored_story(
        tmp_path / "db", (pair if order == "original first" else pair[::-1]) + [follow_up()]
    )
    assert story.duplicates == (("p1wire", "p1"),)
    assert story.headline == "Kelso dockers walk out over pay"
    assert listed == (story,)


def test_a_back_filled_earlier_article_becomes_the_original_of_its_copies(tmp_path):
    # The copy (and a copy of it) stored first, its earlier-dated original a batch later.
    later_copy = Article("p1syn", STRIKE, title="Strike at Kelso", date=DAY + dt.timedelta(1), source="Post")
    story, _ = stored_story(tmp_path / "db", [wire_copy(day=1), later_copy], [original()])
    assert sorted(story.duplicates) == [("p1syn", "p1"), ("p1wire", "p1")]
    assert story.headline == "Kelso dockers walk out over pay"
    batch = api.story_articles(tmp_path / "db", story.id)
    assert [article.id for article in batch.articles] == ["p1"]
    assert (
        "feeds/wire.jsonl:3 (p1wire): a near-duplicate of feeds/gazette.jsonl:12 (p1), counted once"
        in batch.notes
    )


def test_a_copy_that_ranks_after_the_original_is_linked_to_it(tmp_path):
    story, _ = stored_story(tmp_path / "db", [original(), wire_copy(day=1)])
    assert story.duplicates == (("p1wire", "p1"),)


def titled(article_id, title, day, text=None):
    return Article(
        article_id,
        text or f"{title}. Report {article_id} on it. " * 3,
        title=title,
        date=DAY + dt.timedelta(day),
    )


@pytest.fixture()
def three_stories(tmp_path):
    """Three one-article-or-more stories that never join (a grouper that joins nothing)."""
    path = tmp_path / "db"
    with Store(path, grouper=StoryGrouper(threshold=5.0, merge_threshold=5.0)) as store:
        store.add_articles(
            [
                titled("teacher", "Fired Ridgeway teacher sues school district", 0),
                titled("moor", "Moorland fires spread near Askham", 1),
                titled("bakery", "Oven blaze closes Millbrook bakery", 2),
            ]
        )
    return path


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("fire", ["moor"]),  # QA6 #9: also "Fired Ridgeway teacher"
        ("fires", ["moor"]),
        ("fired", ["teacher"]),
        ("blazes", ["bakery"]),
        ("bakeries", ["bakery"]),
        ("ridge", []),
        ("teacher sues", ["teacher"]),
        ("MOORLAND, askham!", ["moor"]),
    ],
)
def test_a_search_finds_whole_words_and_their_plurals(three_stories, query, found):
    with Store(three_stories) as store:
        assert [story.article_ids[0] for story in store.find_stories(query=query).stories] == found


def test_a_search_finds_a_story_by_any_of_its_articles_titles(tmp_path):
    # QA6 #9: only the story's headline was searched.
    with Store(tmp_path / "db") as store:
        store.add_articles([original(), follow_up()])
        (story,) = store.stories()
        assert story.headline == "Kelso dockers walk out over pay"
        assert store.find_stories(query="second day").stories == (story,)


def test_a_search_finds_a_word_of_a_script_without_spaces_inside_a_headline(tmp_path):
    with Store(tmp_path / "db") as store:
        store.add_articles([titled("tokyo", "東京で大規模な火災が発生", 0)])
        assert store.find_stories(query="火災").matched == 1
        assert store.find_stories(query="大阪").matched == 0


def test_the_order_of_creation_stays_after_moves(three_stories):
    # QA6 #7: a story that took an older article moved up the list; one made by a move went before older ones.
    with Store(three_stories) as store:
        store.move_article("teacher", to="s0003")
        assert [story.id for story in store.find_stories().stories] == ["s0002", "s0003"]
        made = store.move_article("teacher", to=None)
        assert made.id == "s0004"
        listed = [(story.id, story.article_ids) for story in store.find_stories().stories]
        assert listed == [("s0002", ("moor",)), ("s0003", ("bakery",)), ("s0004", ("teacher",))]
        assert [story.id for story in store.find_stories(order="articles").stories] == [
            "s0002",
            "s0003",
            "s0004",
        ]


def test_a_stored_storys_articles_carry_the_caveat_of_a_date_in_the_future(tmp_path):
    # QA6 #2: the file report said "the date 2062-05-19 is in the future"; the stored story's report did not.
    typo = dt.date(2062, 4, 3)
    with Store(tmp_path / "db") as store:
        store.add_articles([original(), Article("typo", STRIKE_FOLLOW_UP, date=typo, origin="feed.jsonl:4")])
        (story,) = store.stories()
    batch = api.story_articles(tmp_path / "db", story.id)
    assert "feed.jsonl:4 (typo): the date 2062-04-03 is in the future (kept; check it)" in batch.notes


def as_schema_6(path):
    """Leave the database as schema 6 left it: its list searched by the headline's text, ordered by first_seq."""
    with sqlite3.connect(path) as db:
        db.execute("DROP TRIGGER story_rows_of_an_older_writer")
        for name in ("made", "latest_made", "articles_made", "outlets_made"):
            db.execute(f"DROP INDEX story_rows_{name}")
        db.execute(
            "CREATE INDEX story_rows_latest ON story_rows (coalesce(last_date, '0001-01-01') DESC, first_seq)"
        )
        db.execute("UPDATE story_rows SET search_text = lower(headline || ' ' || story_id)")
        db.execute("PRAGMA user_version = 6")


@pytest.mark.parametrize("writable", [True, False])
def test_a_database_of_schema_6_is_searched_by_words_and_listed_in_order_of_creation(
    three_stories, monkeypatch, writable
):
    with Store(three_stories) as store:
        store.move_article("teacher", to="s0003")
    as_schema_6(three_stories)
    if not writable:
        make_read_only(monkeypatch)
    with Store(three_stories) as store:
        assert store.schema_version == (13 if writable else 6)
        assert [story.id for story in store.find_stories(query="fire").stories] == ["s0002"]
        assert [story.id for story in store.find_stories(query="sues").stories] == ["s0003"]
        assert [story.id for story in store.find_stories().stories] == ["s0002", "s0003"]


def test_a_row_an_older_writer_writes_after_the_upgrade_is_written_again_for_the_search(three_stories):
    with sqlite3.connect(three_stories) as db:  # a writer of schema 6 rewrites s0002's row its way
        db.execute("DELETE FROM story_rows WHERE story_id = 's0002'")
        db.execute(
            "INSERT INTO story_rows (story_id, first_seq, headline, sources, source_count, article_count,"
            " first_date, last_date, search_text) VALUES ('s0002', 2, 'Moorland fires spread near Askham', '[]',"
            " 0, 1, '2026-04-03', '2026-04-03', 'moorland fires spread near askham s0002')"
        )
    with Store(three_stories) as store:
        assert [story.id for story in store.find_stories(query="fire").stories] == ["s0002"]


def test_story_of_finds_the_stored_copy_of_an_article_by_its_text_whatever_its_id(tmp_path):
    path = tmp_path / "s.db"
    with Store(path) as store:
        store.add_articles([original(), follow_up()])
        (story,) = store.stories()
        renamed = Article("other-id", STRIKE, title="Kelso dockers walk out over pay", date=DAY)
        unseen = Article("p9", "A different article about a bakery fire in Millbrook on Sunday night.")
        assert store.story_of(renamed) == story.id
        assert store.story_of(unseen) is None
