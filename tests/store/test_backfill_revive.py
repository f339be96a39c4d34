"""A late (backfilled) article is compared with the stories active around its own date (QA item 13, round 21)."""

import datetime as dt
import sqlite3

import pytest

from storyweave.group import StoryGrouper
from storyweave.group.stories import StoredStory
from storyweave.model import Article
from storyweave.store import Store

APRIL = dt.date(2025, 4, 14)
NEXT_MARCH = dt.date(2026, 3, 11)

BREACH = [
    (
        "Selwick levee breaks; 800 homes evacuated",
        "Pioneer Ledger",
        0,
        "The Selwick levee on the Marra River gave way on Sunday night, flooding the lower Tannery district."
        " About 800 homes were evacuated, county officials said. Flood coordinator Ilse Brannock said four"
        " people were missing.",
    ),
    (
        "Marra River floods Tannery district after Selwick levee fails",
        "Riverside Post",
        0,
        "Water poured through a breach in the Selwick levee late Sunday, and the Tannery district flooded within"
        " the hour. Flood coordinator Ilse Brannock said four people were missing and 800 homes evacuated.",
    ),
    (
        "Selwick levee failure: 1,100 homes now evacuated",
        "Marra Courier",
        1,
        "A day after the Selwick levee failed, officials said 1,100 homes had been evacuated in the Tannery"
        " district. Flood coordinator Ilse Brannock said four people remained missing. The levee was last"
        " inspected in 2018.",
    ),
]
FOLLOW_UP = Article(
    id="breach-late",
    title="Selwick levee: search for the missing goes on as the Marra recedes",
    source="Marra Courier",
    date=APRIL + dt.timedelta(days=2),
    text=(
        "Rescue crews searched the Tannery district on Tuesday for four people still missing after the Selwick"
        " levee failed on Sunday night. Flood coordinator Ilse Brannock said about 1,100 homes remained"
        " evacuated. Engineers said the levee, last inspected in 2018, had leaked for years."
    ),
)
# An old article of no stored story: a bakery's centenary, the same week as the breach.
BAKERY = Article(
    id="bakery-late",
    title="Hollins bakery turns 100 with a free loaf for every customer",
    source="Pioneer Ledger",
    date=APRIL + dt.timedelta(days=3),
    text=(
        "The Hollins family bakery on Quarry Lane marked its hundredth year on Thursday by handing a free"
        " sourdough loaf to every customer. Owner Teodor Hollins said his great-grandmother opened the shop"
        " in 1925 with one oven."
    ),
)
FIRE = [
    (
        "Fire guts Pier 9 warehouse in Ostrava Bay",
        "Harbor Gazette",
        0,
        "A fire gutted the Pier 9 cold-storage warehouse in Ostrava Bay on Tuesday night. Fire Chief Arlo Venn"
        " said crews fought the blaze for six hours.",
    ),
    (
        "Ostrava Bay warehouse fire under control",
        "Coast Wire",
        1,
        "Fire Chief Arlo Venn said the Pier 9 warehouse fire in Ostrava Bay was under control after six hours;"
        " the owner said the loss was total.",
    ),
]


def _articles(prefix: str, rows: list[tuple[str, str, int, str]], start: dt.date) -> list[Article]:
    return [
        Article(id=f"{prefix}{n}", title=title, source=source, date=start + dt.timedelta(days=day), text=text)
        for n, (title, source, day, text) in enumerate(rows, 1)
    ]


def _assignments(path) -> dict[str, str]:
    with sqlite3.connect(path) as db:
        return dict(db.execute("SELECT article_id, story_id FROM assignments"))


@pytest.fixture
def stored(tmp_path):
    """A database of the breach (April 2025) and, eleven months later, the fire: the breach went stale."""
    path = tmp_path / "news.db"
    with Store(path) as store:
        store.add_articles(_articles("breach", BREACH, APRIL) + _articles("fire", FIRE, NEXT_MARCH))
    return path


def test_a_backfilled_article_joins_its_story_though_newer_stories_are_stored(stored):
    breach = _assignments(stored)["breach1"]
    with Store(stored) as store:
        store.add_articles([FOLLOW_UP])
        assert store.story(breach).article_ids == ("breach1", "breach2", "breach3", "breach-late")
        assert store.story(breach).last_date == FOLLOW_UP.date
        # Retired again: the grouper holds no story a year old, so memory stays as it was.
        assert breach not in store._loaded_grouper().stories_
    assert len(_assignments(stored)) == 6


def test_the_backfill_joins_as_it_would_into_a_database_of_its_story_alone(tmp_path):
    alone = tmp_path / "alone.db"
    with Store(alone) as store:
        store.add_articles(_articles("breach", BREACH, APRIL) + [FOLLOW_UP])
    assert len(set(_assignments(alone).values())) == 1


def test_an_old_article_of_no_stored_story_starts_its_own(stored):
    before = _assignments(stored)
    with Store(stored) as store:
        store.add_articles([BAKERY])
    after = _assignments(stored)
    assert after["bakery-late"] not in before.values()
    assert {article: story for article, story in after.items() if article != "bakery-late"} == before


def test_a_replay_from_an_older_checkpoint_groups_the_backfill_the_same(stored):
    with Store(stored) as store:
        store.add_articles([FOLLOW_UP, BAKERY])
    grouped = _assignments(stored)
    with sqlite3.connect(stored) as db:
        db.execute("DELETE FROM grouper_state")  # the next load replays every article
    with Store(stored) as store:
        store.add_articles([])
        store._loaded_grouper()
    assert _assignments(stored) == grouped


def test_a_grouper_that_keeps_its_history_takes_back_its_own_story(tmp_path):
    path = tmp_path / "history.db"
    with Store(path, grouper=StoryGrouper(keep_history=True)) as store:
        store.add_articles(_articles("breach", BREACH, APRIL) + _articles("fire", FIRE, NEXT_MARCH))
        breach = _assignments(path)["breach1"]
        store.add_articles([FOLLOW_UP])
        grouper = store._loaded_grouper()
        assert grouper.story_of_["breach-late"] == breach
        assert breach not in grouper.active_  # retired again, kept (history)
    assert _assignments(path)["breach-late"] == breach


class _RecordingArchive:
    """An archive of the breach story (as ``s0042``) that records what the grouper asks it."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def spans(self, since: dt.date, until: dt.date, before: dt.date) -> list[tuple[str, dt.date, dt.date]]:
        self.asked.append(f"spans {since}..{until} before {before}")
        return [("s0042", APRIL, APRIL + dt.timedelta(days=1))]

    def story(self, story_id: str, article: Article, date: dt.date, recent: int) -> StoredStory:
        self.asked.append(f"{story_id} ({recent} recent) for {article.id}")
        members = _articles("breach", BREACH, APRIL)
        return StoredStory(story_id, members, [], members[-recent:])


def test_an_in_order_stream_never_asks_the_archive_and_groups_as_without_one():
    stream = _articles("breach", BREACH, APRIL) + [FOLLOW_UP, BAKERY] + _articles("fire", FIRE, NEXT_MARCH)
    archive = _RecordingArchive()
    with_archive, without = StoryGrouper(keep_history=False), StoryGrouper(keep_history=False)
    assert [with_archive.add(a, archive=archive) for a in stream] == [without.add(a) for a in stream]
    assert archive.asked == []


def test_a_late_article_asks_the_archive_and_joins_the_story_it_gives_back():
    grouper = StoryGrouper(keep_history=False)
    for article in _articles("fire", FIRE, NEXT_MARCH):
        grouper.add(article)
    archive = _RecordingArchive()
    assert grouper.add(FOLLOW_UP, archive=archive) == "s0042"
    # The dates of the stories within reach, a first look at the story's member nearest the date, then it whole.
    assert archive.asked == [
        "spans 2025-01-16..2025-07-15 before 2025-12-12",
        "s0042 (1 recent) for breach-late",
        "s0042 (8 recent) for breach-late",
    ]
    # Retired and forgotten again; the fire's story is untouched.
    assert "s0042" not in grouper.stories_
    assert [story.article_ids for story in grouper.stories()] == [("fire1", "fire2")]
