"""Late (backfilled) articles and dates beyond tomorrow: QA findings #1 and #3 of round 11."""

import dataclasses
import datetime as dt

from storyweave.group import StoryGrouper
from storyweave.group.dedup import (
    NearDuplicateIndex,
    _figure_contexts,
    _figures_differ,
    near_duplicates_among,
    stream_date,
)
from storyweave.model import Article
from storyweave.store import Store

FIRE = (
    "A fire gutted the Pier 7 cold-storage warehouse in Wrenport on Tuesday night, and one firefighter was hurt.\n"
    "Fire Chief Mara Quell said crews fought the blaze for six hours before it was under control.\n"
    "The warehouse held frozen fish for the harbor's fleet; the owner, Tallis Cold Chain, said the loss was total."
)
BRIDGE = (
    "The Kessel Street bridge in Marlow collapsed into the Aven River on Monday evening, city officials said.\n"
    "Fire Commissioner Dana Whitlock said the bridge gave way at about 5:15 p.m. as traffic crossed it.\n"
    "Mayor Ruth Okonjo ordered an inspection of every bridge in the city."
)
MARCH = dt.date(2026, 3, 11)
FAR_FUTURE = dt.date.today() + dt.timedelta(days=5 * 365)


def _fire(article_id: str, source: str, date: dt.date = MARCH) -> Article:
    return Article(id=article_id, text=FIRE, title="Fire guts Pier 7 warehouse", date=date, source=source)


def test_a_date_beyond_tomorrow_is_no_date_to_the_stream_clock():
    assert stream_date(FAR_FUTURE) is None
    assert stream_date(dt.date.today() + dt.timedelta(days=1)) == dt.date.today() + dt.timedelta(days=1)
    assert stream_date(MARCH) == MARCH
    assert stream_date(None) is None


def test_a_far_future_date_does_not_make_the_index_forget_every_earlier_article():
    index = NearDuplicateIndex(window_days=30)
    index.add(_fire("f1", "Gazette"))
    index.add(Article(id="typo", text=BRIDGE, date=FAR_FUTURE))
    assert index.add(dataclasses.replace(_fire("f2", "Wire"), text=FIRE + " Reuters.")) == "f1"


def test_a_far_future_date_does_not_move_the_grouper_clock():
    grouper = StoryGrouper(keep_history=False)
    first = grouper.add(_fire("f1", "Gazette"))
    grouper.add(Article(id="typo", text=BRIDGE, date=FAR_FUTURE, source="Future Post"))
    assert grouper.newest_ == MARCH
    # A day later the fire's story is still active: a later report of it joins it.
    later = dataclasses.replace(
        _fire("f2", "Wire", MARCH + dt.timedelta(days=1)), text=FIRE.replace("six", "7")
    )
    assert grouper.add(later) == first


def test_an_undated_article_is_not_dated_by_a_future_typo():
    # QA #3: an undated article counted as published in the typo's year and split off its story.
    grouper = StoryGrouper()
    bridge = Article(id="b1", text=BRIDGE, title="Marlow bridge collapses", date=MARCH, source="Gazette")
    story = grouper.add(bridge)
    grouper.add(
        dataclasses.replace(bridge, id="typo", source="Future Post", date=FAR_FUTURE, text=BRIDGE + " Ok.")
    )
    undated = Article(id="u", text=BRIDGE.replace("Monday", "Monday night"), source="Numeric Date")
    assert grouper.add(undated) == story
    grouper.settle()
    assert [s.article_ids for s in grouper.stories()] == [("b1", "typo", "u")]


def test_a_moved_future_dated_article_leaves_no_date_behind():
    grouper = StoryGrouper()
    story = grouper.add(_fire("f1", "Gazette"))
    typo = dataclasses.replace(_fire("typo", "Future Post", FAR_FUTURE), text=FIRE.replace("six", "7"))
    assert grouper.add(typo) == story
    grouper.move([typo], read=lambda ids: [])
    (kept,) = [s for s in grouper.stories() if s.id == story]
    assert (kept.first_date, kept.last_date) == (MARCH, MARCH)


def _story_rows(store: Store) -> list[tuple[str, ...]]:
    return [tuple(sorted(story.sources)) for story in store.stories()]


def test_a_late_syndicated_copy_is_a_near_duplicate_of_its_stored_original(tmp_path):
    # QA #1: after a batch eight months later, the same text from another outlet made a story of its own.
    with Store(tmp_path / "s.db") as store:
        store.add_articles([_fire("f1", "Gazette"), _fire("f2", "Coastline Daily", MARCH)])
        store.add_articles(
            [Article(id="nov", text=BRIDGE, date=dt.date(2026, 11, 20), source="Marlow Gazette")]
        )
        assert store.add_articles([_fire("late", "Yahoo News")]).duplicates == 1
        assert sorted(_story_rows(store)) == [
            ("Coastline Daily", "Gazette", "Yahoo News"),
            ("Marlow Gazette",),
        ]
        (fire,) = [story for story in store.stories() if "late" in story.article_ids]
        assert fire.duplicates == (("f2", "f1"), ("late", "f1"))  # a copy of a copy: of the version


def test_a_late_copy_after_a_far_future_typo_joins_its_story(tmp_path):
    with Store(tmp_path / "s.db") as store:
        store.add_articles([_fire("f1", "Gazette")])
        store.add_articles([Article(id="typo", text=BRIDGE, date=FAR_FUTURE, source="Future Post")])
        assert store.add_articles([_fire("late", "Yahoo News")]).duplicates == 1
        assert len(store.stories()) == 2


def test_a_late_copy_groups_alike_when_the_store_groups_again(tmp_path):
    path = tmp_path / "s.db"
    with Store(path, checkpoint_every=10_000) as store:
        store.add_articles([_fire("f1", "Gazette")])
        store.add_articles(
            [Article(id="nov", text=BRIDGE, date=dt.date(2026, 11, 20), source="Marlow Gazette")]
        )
        store.add_articles([_fire("late", "Yahoo News")])
        before = _story_rows(store)
    with Store(path) as store:
        store.regroup()
        assert _story_rows(store) == before


INJURED = (
    "Three people were killed and 12 injured when the Kessel Street bridge in Marlow collapsed on Monday."
)


def test_a_figure_changed_in_a_reworded_clause_makes_a_revision():
    # QA #6: "killed and 12 injured" -> "killed and 14 were injured" was a copy, counted once.
    revised = INJURED.replace("12 injured", "14 were injured")
    found = near_duplicates_among([Article(id="i1", text=INJURED), Article(id="i3", text=revised)])
    assert found.revisions == {"i3": "i1"}
    index = NearDuplicateIndex()
    index.add(Article(id="i1", text=INJURED))
    assert index.add(Article(id="i3", text=revised)) is None
    assert index.revision_of_ == {"i3": "i1"}


def test_a_figure_sharing_only_a_word_two_away_is_no_revision():
    # Two sentences, not one reworded: "medals" alone, two words off, is no place in common.
    won = _figure_contexts("The home team won 3 gold medals at the games in Oslo this week.")
    took = _figure_contexts("The home team took silver and 5 bronze medals at the games in Oslo.")
    assert not _figures_differ(took, won)
    # The next word in common still places them ("of 14 workers" -> "of 40 workers").
    assert _figures_differ(
        _figure_contexts("The fire killed 40 workers at the plant, officials said."),
        _figure_contexts("The fire killed 14 workers at the plant, officials said."),
    )


def test_a_copy_the_caller_names_joins_its_version_story_as_a_copy():
    # The store names a late copy's version when the near-duplicate index has forgotten it.
    grouper = StoryGrouper(dedup=NearDuplicateIndex(window_days=0))
    story = grouper.add(_fire("f1", "Gazette"))
    grouper.add(Article(id="nov", text=BRIDGE, date=dt.date(2026, 11, 20), source="Marlow Gazette"))
    assert not grouper.dedup_.holds("f1")
    assert grouper.add(_fire("late", "Yahoo News"), copy_of="f1") == story
    assert grouper.original_of_ == {"late": "f1"}
    (fire,) = [s for s in grouper.stories() if s.id == story]
    assert fire.duplicates == (("late", "f1"),)
