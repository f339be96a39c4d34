"""A retired story asleep for longer than any real follow-up gap does not take a new article on shared names.

Session 42: ingesting the 1998 TDT and 2021 AllSides dev streams into one store revived the 1998 Wye talks'
story with a 2021 Gaza article, and the 1998 voting story with a 2021 one. A retired story takes a late
follow-up back only within ``revive_days`` (two years) of its last article; within them, a verdict months
after the crime still joins its story, and a grouper pickled before the bound still loads.
"""

import dataclasses
import datetime as dt
import pickle

from storyweave.group import StoryGrouper
from storyweave.model import Article

from .conftest import stories_of
from .test_stories_revive import STABBING, VERDICT

# The stabbing moved 22 years back (to 2003), so that an article 20 years on is no date beyond tomorrow (which
# the grouper reads as a typo: stream_date).
EARLIER = dt.timedelta(days=22 * 365)
STABBING_2003 = [dataclasses.replace(article, date=article.date - EARLIER) for article in STABBING]


def verdict_after(days: int) -> Article:
    """The stabbing's verdict, ``days`` after the story's last article."""
    last = max(article.date for article in STABBING_2003)
    return dataclasses.replace(VERDICT, date=last + dt.timedelta(days=days))


def test_an_article_twenty_years_on_does_not_revive_a_story_sharing_its_names():
    twenty_years = verdict_after(20 * 365)
    assert {"stab-3"} in stories_of([*STABBING_2003, twenty_years], StoryGrouper())
    # Only the sleep keeps them apart: with no bound the same article takes the story back.
    assert {"stab-1", "stab-2", "stab-3"} in stories_of(
        [*STABBING_2003, twenty_years], StoryGrouper(revive_days=10**5)
    )


def test_a_follow_up_within_the_bound_still_takes_its_story_back():
    for days in (150, 500, 730):  # past stale_days (90); 500: MultiLing's longest gap in a gold story (499)
        grouper = StoryGrouper()
        assert {"stab-1", "stab-2", "stab-3"} in stories_of([*STABBING_2003, verdict_after(days)], grouper)
    assert {"stab-3"} in stories_of([*STABBING_2003, verdict_after(731)], StoryGrouper())


def test_a_grouper_pickled_before_the_bound_loads_with_it():
    grouper = StoryGrouper()
    for item in STABBING_2003:
        grouper.add(item)
    del grouper.__dict__["revive_days"]
    restored = pickle.loads(pickle.dumps(grouper))
    assert restored.revive_days == 730
    restored.add(verdict_after(20 * 365))
    assert restored.story_of_["stab-3"] != "s0001"
