"""A regroup keeps the story ids a reader saw: a story it makes again keeps its id, no id comes to name another
story's articles, and a story it starts anew takes a number never given."""

import datetime as dt

from storyweave.group import StoryGrouper
from storyweave.model import Article
from storyweave.store import Store
from tests.test_s28_ids import _CONTRACTOR, _FIRST_DAY, _RESCUE


def _never_joining() -> StoryGrouper:
    return StoryGrouper(threshold=5.0, merge_threshold=5.0, keep_history=False)


def _stories(store: Store) -> list[tuple[str, tuple[str, ...]]]:
    return [(story.id, story.article_ids) for story in store.stories()]


def _still_naming(store: Store, seen: list[tuple[str, tuple[str, ...]]]) -> None:
    """Every id of ``seen`` names the story its first article is in now: the same story, or the one it went into."""
    now = dict(_stories(store))
    for story_id, article_ids in seen:
        assert article_ids[0] in now[store.current_story_id(story_id)], story_id


def test_a_bookmarked_id_names_the_same_story_after_a_regroup_and_no_id_names_another(tmp_path):
    # One story an article: s0001 .. s0004 (rescue-1, rescue-2, contract-1, contract-2).
    with Store(tmp_path / "news.db", grouper=_never_joining()) as store:
        store.add_articles(_FIRST_DAY)
        seen = _stories(store)
        assert [story_id for story_id, _ in seen] == ["s0001", "s0002", "s0003", "s0004"]

        store.regroup()

        # Each story keeps the id of its first article's story; s0002 named rescue-2, never the contractor's
        # story (a regroup numbering from s0001 again gave it that).
        assert _stories(store) == [("s0001", _RESCUE), ("s0003", _CONTRACTOR)]
        assert store.current_story_id("s0002") == "s0001"
        assert store.current_story_id("s0004") == "s0003"
        _still_naming(store, seen)


def test_regroups_there_and_back_give_the_ids_back_and_a_new_story_a_number_never_given(tmp_path):
    path = tmp_path / "news.db"
    with Store(path) as store:
        store.add_articles(_FIRST_DAY)
        first = _stories(store)
        assert first == [("s0001", _RESCUE), ("s0002", _CONTRACTOR)]

        # Split: the second article of each story starts one, numbered after the highest id given.
        store.regroup(_never_joining())
        split = _stories(store)
        assert split == [
            ("s0001", ("rescue-1",)),
            ("s0002", ("contract-1",)),
            ("s0003", ("rescue-2",)),
            ("s0004", ("contract-2",)),
        ]
        _still_naming(store, first)

        # And back: the first ids again; the split's ids name where their articles went.
        store.regroup()
        assert _stories(store) == first
        _still_naming(store, split)

    # The next story, read by a store opened anew (the grouper's checkpoint), takes s0005: s0003 and s0004 named
    # rescue-2 and contract-2 and still do.
    vote = Article(
        id="vote-1",
        text="The Lakeside city council voted 5 to 2 on Monday to approve a new budget for road repairs.",
        title="Lakeside council approves road repair budget",
        date=dt.date(2026, 6, 10),
        source="Lakeside News",
    )
    with Store(path) as store:
        store.add_articles([vote])
        assert _stories(store)[-1] == ("s0005", ("vote-1",))
        assert store.current_story_id("s0003") == "s0001"
        assert store.current_story_id("s0004") == "s0002"
