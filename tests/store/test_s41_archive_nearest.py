"""The store's archive hands a late article a forgotten story's members nearest its date (session 41).

Pins which members ``_Archive.story`` chooses (copies left out, the nearer in date first, of one distance
the later to arrive, undated ones last), that they come in arrival order with their text, and that members
which arrived after the late article are not the story's yet: the grouper's own tests use a fake archive.
"""

import datetime as dt

import pytest

from storyweave.model import Article
from storyweave.store import Store
from storyweave.store.sqlite import _Archive

MAY = dt.date(2025, 5, 1)


def _article(article_id: str, day: int | None, words: str) -> Article:
    return Article(
        id=article_id,
        text=f"Harbour inspector Odile Vantreck reported {words} at the Quenby dock on the day in question.",
        title=f"Quenby dock: {words}",
        date=MAY + dt.timedelta(days=day) if day is not None else None,
        source=f"Outlet {article_id}",
    )


# Arrival order; the day after May 1 each is dated (None: undated).
MEMBERS = [
    _article("a-early", 0, "a cracked crane rail"),
    _article("b-undated", None, "rust on the gantry"),
    _article("c-near", 9, "a leaking fuel line"),
    _article("d-copy", 10, "a leaking fuel line again"),
    _article("e-tie-first", 12, "two idle tugboats"),
    _article("f-tie-later", 8, "a flooded pump room"),
    _article("g-far", 30, "a repainted warehouse"),
]
LATE = _article("z-late", 10, "the dock reopening")
AFTER = _article("y-after-late", 10, "a new harbour master")


@pytest.fixture
def archive(tmp_path):
    with Store(tmp_path / "s.db") as store:
        store.add_articles([*MEMBERS, LATE, AFTER])
        db = store._db
        db.execute("UPDATE assignments SET story_id = 'dock' WHERE article_id != ?", (LATE.id,))
        # The texts are alike: the grouper took some for near-duplicates. Here only d-copy is one.
        db.execute("DELETE FROM duplicates")
        db.execute("INSERT INTO duplicates (article_id, original_id) VALUES ('d-copy', 'c-near')")
        yield _Archive(db, set())


def test_the_nearest_in_date_but_copies_in_arrival_order_whole(archive):
    story = archive.story("dock", LATE, LATE.date, 2)
    # 10 days after May 1: c-near is 1 day off; e-tie-first and f-tie-later 2 each, of which the later to
    # arrive is nearer; d-copy (0 days) copies c-near and y-after-late arrived after the late article.
    assert [article.id for article in story.recent] == ["c-near", "f-tie-later"]
    story = archive.story("dock", LATE, LATE.date, 4)
    # a-early is 10 days off, g-far 20.
    nearest = ["a-early", "c-near", "e-tie-first", "f-tie-later"]
    assert [article.id for article in story.recent] == nearest
    assert [article.text for article in story.recent] == [
        article.text for article in MEMBERS if article.id in nearest
    ]
    assert story.copies == [("d-copy", "c-near")]
    assert [article.id for article in story.members] == [article.id for article in MEMBERS]


def test_undated_members_come_last(archive):
    story = archive.story("dock", LATE, LATE.date, 5)
    assert [article.id for article in story.recent] == [
        "a-early",
        "c-near",
        "e-tie-first",
        "f-tie-later",
        "g-far",
    ]
    story = archive.story("dock", LATE, LATE.date, 8)
    assert [article.id for article in story.recent] == [
        "a-early",
        "b-undated",
        "c-near",
        "e-tie-first",
        "f-tie-later",
        "g-far",
    ]
