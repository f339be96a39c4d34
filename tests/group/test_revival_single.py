"""A late follow-up takes back a retired story of one article; a lone look-alike stays out on its second chance."""

import datetime as dt
import pickle

from storyweave.group import StoryGrouper
from storyweave.model import Article

from .conftest import dated_article, stories_of


def article(article_id: str, day: int, title: str, text: str, source: str = "Valley Courier") -> Article:
    return dated_article(article_id, day, title, text, source=source, start=dt.date(2025, 2, 3))


# A walker missing on the fells, told by one outlet; four months later, long after the story went stale, the find.
MISSING = article(
    "walker-1",
    0,
    "Search for walker missing on Scafell fells",
    """Mountain rescue teams are searching for Graham Pettit, 61, who set out alone to walk from Wasdale to the
    summit of Scafell on Saturday and did not return. His car was found at the Wasdale Head car park. Cumbria
    Police said Mr Pettit was an experienced walker but the weather had turned to snow by the afternoon.""",
)
REMAINS = article(
    "walker-2",
    125,
    "Body found on Scafell is missing walker Graham Pettit",
    """A body found by climbers in a gully below the summit of Scafell is that of Graham Pettit, the walker
    who went missing in February, Cumbria Police said. Mountain rescue teams searched the fells for weeks
    after he set out from Wasdale. His family thanked the volunteers who never gave up.""",
    source="Lakes Gazette",
)
FERRY = article(
    "ferry",
    100,
    "Windermere ferry back in service after refit",
    """The Windermere car ferry returned to service on Monday after a three-month refit. The operator said new
    engines would cut fuel use by a fifth. Queues formed on both shores by mid-morning.""",
)
# Months after the find, another event at the same place: it names Scafell, and is nothing like the search.
RACE = article(
    "race",
    300,
    "Fell runners race to Scafell summit in record heat",
    """More than 300 runners took part in the Scafell fell race on Sunday in temperatures above 28C. The winner,
    Amy Leckie, reached the summit and back in two hours and five minutes. Organisers handed out extra water at
    every checkpoint.""",
    source="Lakes Gazette",
)


def test_a_late_follow_up_takes_back_a_story_of_one_article():
    grouper = StoryGrouper()
    assert stories_of([MISSING, FERRY, REMAINS, RACE], grouper) == [
        {"ferry"},
        {"race"},
        {"walker-1", "walker-2"},
    ]
    assert grouper.story_of_["walker-2"] == grouper.story_of_["walker-1"] == "s0001"


def test_stories_of_one_article_crowd_no_story_of_several_out_of_the_look_up():
    # A trial of several reports retires, then more one-article stories of the same town than are kept per name
    # (a high threshold keeps them apart); the verdict months later still finds the trial among those the town names.
    trial = [
        article(
            f"trial-{number}",
            number,
            "Kendal builder accused of fraud",
            f"""Builder Neil Garside took deposits from Kendal families for extensions he never built, Carlisle
            Crown Court heard on day {number + 1} of his fraud trial. Kendal homeowners lost £400,000.""",
        )
        for number in range(2)
    ]
    town_news = [
        article(
            f"town-{number}",
            100 + 2 * number,
            f"Kendal item {number}",
            f"""Kendal {word} news: the town's {word} committee met on Tuesday, Kendal council said.""",
        )
        for number, word in enumerate(
            "allotment bowls choir carnival library market museum orchestra parking pool rugby school skate"
            " swimming theatre tennis walking youth".split()
        )
    ]
    verdict = article(
        "trial-3",
        250,
        "Kendal builder Neil Garside guilty of fraud",
        """Builder Neil Garside has been found guilty of defrauding Kendal families who paid deposits for
        extensions he never built. The jury at Carlisle Crown Court heard homeowners lost £400,000.""",
    )
    grouper = StoryGrouper(threshold=0.5, merge_threshold=0.5, second_chance_threshold=2.0)
    stories = stories_of([*trial, *town_news, verdict], grouper)
    assert {"trial-0", "trial-1", "trial-3"} in stories
    # The town's stories were kept, apart: more than the 8 compared per look-up.
    assert sum(map(len, grouper.lone_retired_by_name_.values())) > 8


# One airline's flight diverts and is followed up for days; a week after, another of its flights turns back,
# reported once, while the first flight's story is still running.
DIVERSION = [
    article(
        "ne471-1",
        0,
        "Northern Eagle flight NE471 diverts to Keflavik",
        """A Northern Eagle Airlines flight from Manchester to Toronto diverted to Keflavik on Tuesday after a
        cracked windscreen. Flight NE471 landed safely with 203 passengers. Chief executive Lars Holm said the
        crew followed procedure.""",
    ),
    article(
        "ne471-2",
        1,
        "NE471 passengers stranded in Iceland overnight",
        """Passengers of Northern Eagle flight NE471 spent the night in Keflavik hotels after the diversion.
        Lars Holm said a replacement aircraft would fly them on to Toronto.""",
        source="Air Desk",
    ),
    article(
        "ne471-3",
        5,
        "Northern Eagle checks windscreens after NE471 diversion",
        """Northern Eagle Airlines is checking the windscreens of its whole fleet after the NE471 diversion.
        Lars Holm said the windscreen that cracked came from a batch fitted last year.""",
    ),
]
SECOND_FLIGHT = article(
    "ne902",
    7,
    "Northern Eagle flight NE902 turns back with hydraulic fault",
    """A Northern Eagle Airlines flight to Malaga returned to Manchester on Monday with a hydraulic fault.
    Flight NE902 landed safely with 168 passengers. Chief executive Lars Holm apologised to passengers.""",
    source="Air Desk",
)
LONE_FOLLOW_UP = article(
    "ne471-4",
    8,
    "NE471 passengers to get compensation",
    """Northern Eagle Airlines will pay each passenger of flight NE471 €600 after last week's diversion to
    Keflavik. Lars Holm wrote to apologise for the delay.""",
)


def test_a_lone_look_alike_of_another_code_stays_out_on_its_second_chance():
    stories = stories_of([*DIVERSION, SECOND_FLIGHT, LONE_FOLLOW_UP])
    assert stories == [{"ne471-1", "ne471-2", "ne471-3", "ne471-4"}, {"ne902"}]


def test_a_score_told_by_one_member_of_a_story_is_no_identity():
    # A story of many matches (a tournament) tells each score once: its lone match report still merges.
    games = [
        article(
            "cup-1",
            0,
            "Lakeland Cup opens in Keswick",
            """The Lakeland Cup opened in Keswick on Saturday with sixteen clubs taking part. Keswick Rangers beat
            Ambleside 3-1 in the opening match of the Lakeland Cup.""",
        ),
        article(
            "cup-2",
            5,
            "Lakeland Cup: Keswick Rangers reach semi-finals",
            """Keswick Rangers reached the Lakeland Cup semi-finals. Organisers in Keswick said crowds at the
            Lakeland Cup had passed 10,000.""",
        ),
    ]
    lone = article(
        "cup-3",
        7,
        "Lakeland Cup: Penrith beat Cockermouth 2-0",
        """Penrith beat Cockermouth 2-0 in the Lakeland Cup in Keswick. Organisers in Keswick said the Lakeland
        Cup final would be played next Saturday.""",
    )
    assert stories_of([*games, lone]) == [{"cup-1", "cup-2", "cup-3"}]


def test_a_grouper_pickled_before_one_article_stories_were_kept_still_revives():
    grouper = StoryGrouper()
    grouper.add(MISSING)
    del grouper.__dict__["lone_retired_by_name_"]
    restored = pickle.loads(pickle.dumps(grouper))
    for item in [FERRY, REMAINS]:
        restored.add(item)
    assert restored.story_of_["walker-2"] == "s0001"
