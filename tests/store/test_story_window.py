"""The story list's date window (``since`` / ``until``): kept in SQL with the search, order and paging."""

import datetime as dt

import pytest

from storyweave.group import StoryGrouper
from storyweave.model import Article
from storyweave.store import STORY_ORDERS, Store

from .conftest import make_batches
from .test_story_list import expected_list

DAY = dt.date(2024, 5, 1)
QUAKE = "Earthquake shakes Padang. Sumatra rescuers dig through collapsed buildings after the tremor."
QUAKE_LATER = (
    "Padang earthquake: Sumatra rescuers still dig through collapsed buildings, the tremor's toll rises."
)


def in_window(story, since, until):
    """The window as a reader means it: the story's dates, first to last, meet since..until."""
    if story.first_date is None:
        return False
    return (since is None or story.last_date >= since) and (until is None or story.first_date <= until)


def test_a_story_is_in_a_window_its_dates_meet_and_an_undated_one_in_none(tmp_path):
    grouper = StoryGrouper(threshold=0.3, merge_threshold=0.3, background_weight=0, day_penalty=0)
    with Store(tmp_path / "db", grouper=grouper) as store:
        store.add_articles(
            [
                Article("q1", QUAKE, title="Quake", date=DAY),
                Article("q2", QUAKE_LATER, date=DAY + dt.timedelta(days=9)),
                Article("u", " ".join(f"undated{n}" for n in range(30)) + ".", title="Undated"),
            ]
        )
        quake, undated = store.stories()
        assert (quake.article_ids, quake.first_date, quake.last_date) == (
            ("q1", "q2"),
            DAY,
            DAY + dt.timedelta(9),
        )
        assert undated.first_date is None

        def found(since=None, until=None):
            page = store.find_stories(since=since, until=until)
            assert page.matched == len(page.stories) and page.stored == 2
            return [story.id for story in page.stories]

        # Between its first and last article, on either end, and only there.
        assert found(DAY + dt.timedelta(3), DAY + dt.timedelta(4)) == [quake.id]
        assert found(DAY + dt.timedelta(9)) == [quake.id]
        assert found(until=DAY) == [quake.id]
        assert found(DAY + dt.timedelta(10)) == []
        assert found(until=DAY - dt.timedelta(1)) == []
        assert found() == [quake.id, undated.id]  # no window: the undated story too


def test_the_window_is_kept_with_the_search_order_and_paging_in_sql(tmp_path):
    # make_batches dates batch b on day b // 10: 60 batches span 6 days; the lone stories add undated ones.
    articles = [a for batch in make_batches(60, 3) for a in batch]
    articles += [
        Article(
            f"lone-{n}",
            " ".join(f"lone{n}x{word}" for word in range(30)) + ".",
            title=f"Lone {n}",
            date=dt.date(2024, 1, 1 + n % 8) if n % 2 else None,
        )
        for n in range(20)
    ]
    with Store(tmp_path / "db", batch_size=11) as store:
        store.add_articles(articles)
        everything = store.stories()
        windows = [
            (dt.date(2024, 1, 3), dt.date(2024, 1, 4)),
            (dt.date(2024, 1, 5), None),
            (None, dt.date(2024, 1, 2)),
            (dt.date(2024, 1, 2), dt.date(2024, 1, 2)),
            (dt.date(2025, 1, 1), None),
        ]
        for since, until in windows:
            inside = [story for story in everything if in_window(story, since, until)]
            assert 0 < len(inside) < len(everything) or since == dt.date(2025, 1, 1)
            for order in STORY_ORDERS:
                for query in ("", "lone", "outlet 1"):
                    expected = expected_list(inside, query, order)
                    found = store.find_stories(query=query, order=order, since=since, until=until)
                    assert (list(found.stories), found.matched, found.stored) == (
                        expected,
                        len(expected),
                        len(everything),
                    )
                page = store.find_stories(order=order, offset=2, limit=3, since=since, until=until)
                assert list(page.stories) == expected_list(inside, order=order)[2:5]


def test_a_window_that_ends_before_it_begins_is_refused(tmp_path):
    with Store(tmp_path / "db") as store:
        store.add_articles([Article("q", QUAKE, date=DAY)])
        with pytest.raises(ValueError, match="since \\(2024-05-02\\) is after until \\(2024-05-01\\)"):
            store.find_stories(since=DAY + dt.timedelta(1), until=DAY)
