"""A lone article with no partner in its own days follows up an older story, weeks quiet, on its second chance."""

import datetime as dt

from storyweave.group import StoryGrouper
from storyweave.model import Article

from .conftest import dated_article, stories_of


def article(article_id: str, day: int, title: str, text: str) -> Article:
    return dated_article(article_id, day, title, text, source="Wire", start=dt.date(1998, 10, 1))


# A hurricane's first days, then weeks of other weather and world news, then a recap of its toll that no other
# outlet wrote in its own days.
HURRICANE = [
    article(
        "georges-1",
        0,
        "Hurricane Georges batters Puerto Rico",
        """Hurricane Georges tore across Puerto Rico with winds of 115 mph, flattening homes in San Juan and
        knocking out power to the whole island. Governor Pedro Rossello said Georges left thousands homeless
        and the storm's floods cut roads across the island.""",
    ),
    article(
        "georges-2",
        1,
        "Georges kills hundreds in Dominican Republic and Haiti",
        """Hurricane Georges killed at least 200 people in the Dominican Republic and Haiti, where floods
        swept away homes and bridges. In Puerto Rico, where Georges struck first, the governor asked for
        federal aid to rebuild homes, roads and the power grid.""",
    ),
]
OTHER_NEWS = [
    article(
        f"other-{day}",
        day,
        title,
        text,
    )
    for day, title, text in [
        (
            5,
            "Frost and rain in the national forecast",
            """Frost will cover the northern plains on Friday and rain will spread across the Ohio Valley,
            with winds of 20 mph and floods possible on low roads, forecasters said.""",
        ),
        (
            6,
            "Storm floods roads in Oregon",
            """A storm brought floods to roads along the Oregon coast, where winds of 60 mph cut power to
            homes in Astoria, officials said.""",
        ),
        (
            8,
            "Floods in Bangladesh leave thousands homeless",
            """Floods in Bangladesh left thousands homeless around Dhaka, where rain cut roads and swept away
            homes, officials said.""",
        ),
        (
            10,
            "Snow and winds in the national forecast",
            """Snow will fall in the Rockies on Saturday and winds will cut power to homes in Denver, with
            floods on roads in Kansas, forecasters said.""",
        ),
        (
            12,
            "Typhoon Zeb floods Luzon",
            """Typhoon Zeb brought floods to Luzon, where winds cut power to homes and rain cut roads north of
            Manila, officials said.""",
        ),
    ]
]
RECAP = article(
    "georges-3",
    22,
    "Puerto Rico counts the cost of Hurricane Georges",
    """Three weeks after Hurricane Georges, Puerto Rico is still rebuilding homes, roads and the power grid
    across the island. Governor Pedro Rossello put the damage Georges did at $2 billion, and thousands of
    families the storm left homeless still live in shelters in San Juan.""",
)
# The same weeks on, a recap of another storm's toll on the island, in the same words but for the storm's name.
OTHER_RECAP = article(
    "jose-1",
    22,
    "Puerto Rico counts the cost of Tropical Storm Jose",
    """Three weeks after Tropical Storm Jose, Puerto Rico is still rebuilding homes, roads and the power grid
    across the island. Governor Pedro Rossello put the damage Jose did at $2 billion, and thousands of families
    the storm left homeless still live in shelters in San Juan.""",
)


def test_a_lone_recap_weeks_on_follows_up_its_older_story():
    stream = [*HURRICANE, *OTHER_NEWS, RECAP]
    # Without the step, the time penalty keeps the recap out of its story, and no story of its own days takes it.
    apart = stories_of(stream, StoryGrouper(older_partner_threshold=9.0))
    assert {"georges-3"} in apart
    assert {"georges-1", "georges-2"} in apart
    stories = stories_of(stream)
    assert {"georges-1", "georges-2", "georges-3"} in stories
    # The other news is grouped as without the step.
    assert [story for story in stories if "georges-1" not in story] == [
        story for story in apart if not story & {"georges-1", "georges-3"}
    ]


def test_a_lone_recap_of_another_event_stays_alone():
    # Like the hurricane's story but for one name: it never names Georges, the story's most-mentioned name.
    stories = stories_of([*HURRICANE, *OTHER_NEWS, OTHER_RECAP])
    assert {"jose-1"} in stories
    assert {"georges-1", "georges-2"} in stories


def test_the_older_partner_waits_for_the_second_chance():
    grouper = StoryGrouper()
    for item in [*HURRICANE, *OTHER_NEWS]:
        grouper.add(item)
    recap_story = grouper.add(RECAP)
    assert recap_story != grouper.story_of_["georges-1"]  # joined by no score: it starts a story
    grouper.settle()  # the stream ends: its second chance
    assert grouper.story_of_["georges-3"] == grouper.story_of_["georges-1"] == "s0001"
