"""A story's recent articles are asked for an article's names among all their names, not only among the 50 terms of
their vectors: a name mentioned once seldom is one (QA12a: two held-out aspirin folders in a fresh database split 2+2).
"""

import datetime as dt
import pickle

from storyweave.group import StoryGrouper
from storyweave.model import Article

from .conftest import dated_article


def article(article_id: str, source: str, title: str, text: str) -> Article:
    return dated_article(article_id, 0, title, text, source=source, start=dt.date(2026, 11, 23))


# A long report whose trial words come again and again: its lead author, named once, is among the lightest of its
# terms and none of the 50 its vector keeps.
REPORT = article(
    "report",
    "Science Daily Wire",
    "Daily low-dose aspirin cuts colorectal cancer risk by 19%, large trial finds",
    """Taking a low-dose aspirin every day for ten years lowered the risk of colorectal cancer by 19% in a large
    trial of adults, researchers reported in JAMA. Adults who took the daily aspirin had fewer colorectal cancers
    than adults who took a placebo, and the lower risk of cancer held in every age group of the trial. The daily
    aspirin also raised the risk of serious bleeding: bleeding in the stomach and gut was more common in the
    aspirin group than in the placebo group. The benefit of aspirin against colorectal cancer took years to appear,
    and the trial found no lower risk of cancer in the first five years. "The benefit is real but modest," said
    Dr. Rebecca Thornton, who led the trial. Doctors weigh the lower cancer risk against the bleeding risk, and a
    daily aspirin is not for every adult: older adults bleed more, and their risk of bleeding may outweigh the
    lower risk of colorectal cancer. Screening by colonoscopy remains the best way to prevent colorectal cancer,
    doctors said, and aspirin does not replace screening. Adults should talk to doctors before taking a daily
    aspirin, the trial's researchers said.""",
)
# Another outlet's report the same day, in words of its own, names her and nobody else.
FOLLOW_UP = article(
    "follow-up",
    "MedScene",
    "Aspirin trial: 19% fewer colorectal cancers, more bleeding",
    """A decade of daily aspirin cut colorectal cancer by 19% but raised serious bleeding, according to the trial
    published on Monday. "It is the clearest evidence yet," said Rebecca Thornton, its lead author.""",
)


def test_the_names_a_story_mentions_once_let_an_article_naming_them_join():
    grouper = StoryGrouper()
    story = grouper.add(REPORT)
    name_terms = grouper.sketcher().terms(FOLLOW_UP)[1]
    assert not any(map(grouper.stories_[story].recent_sum.__contains__, name_terms))  # as the case needs
    assert grouper.add(FOLLOW_UP) == story


def test_a_checkpoint_from_before_recent_names_loads_and_groups_on():
    grouper = StoryGrouper()
    grouper.add(REPORT)
    for story in grouper.stories_.values():
        del story.recent_names
    loaded = pickle.loads(pickle.dumps(grouper))
    assert loaded.add(FOLLOW_UP) in loaded.stories_
    # A move reads the members' names again where the checkpoint had none.
    loaded.move([FOLLOW_UP], read=lambda ids: [a for a in (REPORT, FOLLOW_UP) if a.id in ids])
    assert [set(story.article_ids) for story in loaded.stories()] == [{"report"}, {"follow-up"}]
