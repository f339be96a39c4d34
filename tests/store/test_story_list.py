"""The story list the store keeps per story (``story_rows``): searched, sorted and paged in SQL."""

import datetime as dt
import re

import pytest

from storyweave.errors import StoryweaveError
from storyweave.group import StoryGrouper, headline
from storyweave.model import Article
from storyweave.store import STORY_ORDERS, Store

from .conftest import assert_list_agrees_with_the_articles, make_batches, make_read_only, rewind_schema

QUAKE = "Earthquake shakes Padang. Sumatra rescuers dig through collapsed buildings after the tremor."
TSUNAMI = "Tsunami warning for Mentawai islands. Waves reach Siberut coast, villagers flee to hills."


def merging_grouper():
    # The settings of tests/group's bridging test: an article telling both stories merges them.
    return StoryGrouper(threshold=0.3, merge_threshold=0.3, background_weight=0, day_penalty=0)


def article(article_id, text, day, **fields):
    return Article(id=article_id, text=text, date=dt.date(2024, 5, 1) + dt.timedelta(days=day), **fields)


def expected_list(stories, query="", order="created", titles=None):
    """The list as the API computed it in Python before the store kept it, from stories in creation order.

    A search keeps the stories holding every word of it as a whole word (QA6 #9) in their articles'
    headlines (``titles``: story id -> those; else the story's headline), outlets or id.
    """
    words = set(re.findall(r"\w+", query.casefold()))

    def searched(story):
        headlines = (titles or {}).get(story.id, [story.headline or ""])
        return " ".join((*headlines, *story.sources, story.id)).casefold()

    found = [story for story in stories if words <= set(re.findall(r"\w+", searched(story)))]
    keys = {
        "latest": lambda story: story.last_date or dt.date.min,
        "articles": lambda story: len(story.article_ids),
        "outlets": lambda story: len(story.sources),
    }
    return sorted(found, key=keys[order], reverse=True) if order in keys else found


def test_the_list_follows_a_story_that_grows_and_one_merged_into_another(tmp_path):
    with Store(tmp_path / "db", grouper=merging_grouper()) as store:
        store.add_articles([article("a", QUAKE, 0, source="Gazette")])
        store.add_articles([article("b", TSUNAMI, 0, title="Tsunami warning", source="Wire")])
        before = store.find_stories()
        assert [story.article_ids for story in before.stories] == [("a",), ("b",)]
        store.keep_report("s0001", 120, "md", "digest", "old report")

        store.add_articles([article("bridge", QUAKE + " " + TSUNAMI, 3, source="Gazette")])
        after = store.find_stories()

        (story,) = after.stories
        assert (after.matched, after.stored) == (1, 1)
        assert story.id == "s0001" and story.article_ids == ("a", "b", "bridge")
        # The first title among the articles, outlets in order of first appearance, both stories' dates.
        assert (story.headline, story.sources) == ("Tsunami warning", ("Gazette", "Wire"))
        assert (story.first_date, story.last_date) == (dt.date(2024, 5, 1), dt.date(2024, 5, 4))
        assert store.story_count() == 1
        assert store.find_stories(query="tsunami wire").stories == (story,)
        # The merged story changed: its kept report is gone, whatever digest a caller asks with.
        assert store.cached_report("s0001", 120, "md", "digest") is None
        assert_list_agrees_with_the_articles(store)


def test_search_order_and_paging_are_those_the_list_had_in_python(tmp_path):
    articles = [a for batch in make_batches(6, 15) for a in batch]
    # Stories of one article each, some undated, sharing outlets and dates, so that every order has ties.
    articles += [
        Article(
            id=f"lone-{n}",
            text=" ".join(f"lone{n}x{word}" for word in range(30)) + ".",
            title=f"Lone {'FIRE' if n % 3 else 'Straße'} {n}% of_{n}" if n % 4 else None,
            date=dt.date(2024, 3, 1 + n % 5) if n % 2 else None,
            source=f"Outlet {n % 2}" if n % 5 else None,
        )
        for n in range(40)
    ]
    with Store(tmp_path / "db", batch_size=7) as store:
        store.add_articles(articles)
        everything = store.stories()
        assert len(everything) > 10
        assert everything == [store.story(story.id) for story in everything]
        titles = {
            story.id: [headline(a) or "" for a in store.articles(story.article_ids)] for story in everything
        }
        queries = [
            "",
            "fire",
            "FIRE lone",
            "strasse",
            "straße",
            "outlet 1",
            "1%",
            "of_1",
            "of%1",
            "s00",
            "s0003",
            "nothing",
        ]
        for order in STORY_ORDERS:
            for query in queries:
                expected = expected_list(everything, query, order, titles)
                found = store.find_stories(query=query, order=order)
                assert (list(found.stories), found.matched, found.stored) == (
                    expected,
                    len(expected),
                    len(everything),
                )
            page = store.find_stories(order=order, offset=10, limit=7)
            assert list(page.stories) == expected_list(everything, order=order)[10:17]
        with pytest.raises(ValueError, match="unknown story order 'newest'"):
            store.find_stories(order="newest")


def test_a_database_made_before_the_list_rows_gets_them_when_opened(tmp_path):
    path = tmp_path / "db"
    articles = [a for batch in make_batches(4, 10) for a in batch]
    with Store(path, batch_size=9) as store:
        store.add_articles(articles)
        stories = store.stories()
    # The database as the previous version of the store left it: schema 1, no list rows.
    rewind_schema(path, 1)
    with Store(path) as store:
        assert store.schema_version == 13
        assert store.stories() == stories
        assert_list_agrees_with_the_articles(store)


def _made_before_the_list_rows(path):
    """A store of a few stories at ``path``, as the previous version of the store left it: schema 1."""
    with Store(path, batch_size=9) as store:
        store.add_articles([a for batch in make_batches(4, 10) for a in batch])
        stories = store.stories()
    rewind_schema(path, 1)
    return stories


def test_a_database_made_before_the_list_rows_is_still_read_where_it_cannot_be_written(tmp_path, monkeypatch):
    # Found by QA: an archived (read-only) database of the previous version, which listed its stories,
    # gave "cannot write to the database" as soon as it was opened: the migration needs to write.
    path = tmp_path / "db"
    stories = _made_before_the_list_rows(path)
    make_read_only(monkeypatch)

    with Store(path) as store:
        assert store.schema_version == 1
        assert store.stories() == stories
        assert (
            list(store.find_stories(order="articles", offset=1, limit=3).stories)
            == (expected_list(stories, order="articles")[1:4])
        )
        with pytest.raises(StoryweaveError, match="attempt to write a readonly database"):
            store.add_articles(make_batches(5, 2, seed=9)[4])
    monkeypatch.undo()
    with Store(path) as store:  # left as it was, and migrated once it can be written
        assert store.schema_version == 13
        assert store.stories() == stories


def test_a_search_of_more_words_than_sqlite_nests_is_answered(tmp_path):
    # Found by QA: 1,000 words made a condition deeper than SQLite allows (an OperationalError; a 500 page).
    with Store(tmp_path / "db") as store:
        # A word of 46 different characters has 1,081 different pieces: a headline of those words.
        code = "abcdefghijklmnopqrstuvwxyz0123456789àéîõüßçñøå"
        word = code.casefold()
        # Longest first: the first few are in no other story.
        pieces = sorted({word[i:j] for i in range(len(word)) for j in range(i + 1, len(word) + 1)}, key=len)[
            ::-1
        ]
        assert len(pieces) > 1_000
        store.add_articles(
            [article("a", QUAKE, 0, title="Quake"), article("b", TSUNAMI, 1, title=f"W {' '.join(pieces)}")]
        )
        story = store.find_stories(query=code).stories[0]
        for count in (2, 999, 1_000, len(pieces)):
            assert store.find_stories(query=" ".join(pieces[:count])).stories == (story,)
        assert store.find_stories(query=" ".join(pieces) + " quake").matched == 0
        assert store.find_stories(query=" ".join(f"w{n}" for n in range(40_000))).matched == 0


def test_regroup_rewrites_the_list(tmp_path):
    articles = [a for batch in make_batches(4, 10) for a in batch]
    with Store(tmp_path / "db") as store:
        store.add_articles(articles)
        store.regroup(StoryGrouper(threshold=5.0, merge_threshold=5.0))
        assert store.find_stories().stored == len(articles)
        assert_list_agrees_with_the_articles(store)
