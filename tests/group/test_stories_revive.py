"""A late follow-up takes back its retired story; scores and codes tell look-alike events apart."""

import datetime as dt
import pickle

import pytest

from storyweave.group import StoryGrouper
from storyweave.group.stories import ArticleReading, ArticleSketcher, StoredStory, _anchors
from storyweave.model import Article

from .conftest import dated_article, stories_of


def article(article_id: str, day: int, title: str, text: str) -> Article:
    return dated_article(article_id, day, title, text, source="County Press", start=dt.date(2025, 1, 6))


# A stabbing in Brackley, and five months later, long after the story went stale, the verdict.
STABBING = [
    article(
        "stab-1",
        0,
        "Teenager stabbed to death outside Brackley chip shop",
        """A 17-year-old boy was stabbed to death outside a chip shop on Market Street in Brackley on Friday
        night. Detective Inspector Carla Moss said Liam Prentice died at the scene. A 19-year-old man was
        arrested nearby.""",
    ),
    article(
        "stab-2",
        1,
        "Man charged with murder of Brackley teenager Liam Prentice",
        """Police have charged Kyle Dawson, 19, with the murder of Liam Prentice, who was stabbed outside a
        chip shop in Brackley. Detective Inspector Carla Moss said officers were looking for a second man.
        Liam's mother described him as a gentle boy who loved football.""",
    ),
]
BYPASS = article(
    "bypass",
    110,
    "Brackley bypass finally opens",
    """The Brackley bypass opened to traffic on Tuesday, two months late. Councillor Ann Hughes said the road
    would take 9,000 lorries a day out of the town centre.""",
)
VERDICT = article(
    "stab-3",
    152,
    "Kyle Dawson guilty of murdering Brackley teenager",
    """Kyle Dawson has been found guilty of murdering 17-year-old Liam Prentice outside a chip shop in
    Brackley last January. A jury at Northampton Crown Court took four hours. Dawson stabbed Liam once in the
    chest after an argument on Market Street. Detective Inspector Carla Moss praised the family.""",
)
# Months later too, another event that shares a name with the stabbing and little else.
TOWN_NEWS = article(
    "fete",
    160,
    "Brackley summer fete raises £12,000",
    """Brackley's summer fete raised £12,000 for the town's hospice on Saturday. Organiser Jenny Cole said
    the dog show and the tug of war drew record crowds to the recreation ground.""",
)


def test_a_late_follow_up_takes_back_its_story_gone_stale():
    grouper = StoryGrouper()
    stories = stories_of([*STABBING, BYPASS, VERDICT, TOWN_NEWS], grouper)
    assert {"stab-1", "stab-2", "stab-3"} in stories
    assert {"fete"} in stories  # it names the town, but is nothing like the stabbing
    assert grouper.story_of_["stab-3"] == grouper.story_of_["stab-1"] == "s0001"


def test_without_the_archive_a_late_follow_up_starts_a_story():
    stories = stories_of([*STABBING, BYPASS, VERDICT], StoryGrouper(archived_stories=0))
    assert {"stab-3"} in stories


def test_a_story_pushed_out_by_max_active_comes_back_for_its_follow_up():
    def verdict_story(archived_stories: int) -> str:
        grouper = StoryGrouper(max_active=1, archived_stories=archived_stories)
        library = article(
            "library",
            2,
            "Towcester library to close for refit",
            "Towcester library will close for three months from March while its roof is replaced, West"
            " Northamptonshire Council said.",
        )
        for item in [*STABBING, library]:
            grouper.add(item)
        return grouper.add(article("stab-3", 3, VERDICT.title or "", VERDICT.text))

    assert verdict_story(archived_stories=0) == "s0003"  # the library's story pushed the stabbing out
    assert verdict_story(archived_stories=10) == "s0001"


class Keeper:
    """A story archive (the store's role) holding the stabbing story that a grouper forgot."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def spans(self, since: dt.date, until: dt.date, before: dt.date) -> list[tuple[str, dt.date, dt.date]]:
        return []

    def story(self, story_id: str, article: Article, date: dt.date, recent: int) -> StoredStory | None:
        self.asked.append(story_id)
        return StoredStory(story_id, STABBING, [], STABBING[-recent:]) if story_id == "s0001" else None


def test_a_forgotten_story_comes_back_from_its_keeper():
    grouper = StoryGrouper(keep_history=False)
    keeper = Keeper()
    for item in [*STABBING, BYPASS]:
        grouper.add(item, archive=keeper)
    assert "s0001" not in grouper.stories_  # stale, and forgotten
    assert grouper.add(VERDICT, archive=keeper) == "s0001"
    assert keeper.asked == ["s0001"]
    assert grouper.stories_["s0001"].article_ids == ["stab-1", "stab-2", "stab-3"]
    # Without a keeper to ask, a forgotten story cannot come back.
    grouper = StoryGrouper(keep_history=False)
    for item in [*STABBING, BYPASS]:
        grouper.add(item)
    assert grouper.add(VERDICT) != "s0001"


def _verdict_after_forgetting(*, counted: bool) -> tuple[StoryGrouper, list[str]]:
    """The forgotten stabbing story brought back by its verdict, and the articles read meanwhile; ``counted``: the
    grouper still holds what it counted of the members when it read them."""
    grouper = StoryGrouper(keep_history=False)
    keeper = Keeper()
    for item in [*STABBING, BYPASS]:
        grouper.add(item, archive=keeper)
    if not counted:
        grouper.counted_.clear()
    return grouper, articles_read_for_verdict(grouper, keeper)


def articles_read_for_verdict(grouper: StoryGrouper, keeper: Keeper) -> list[str]:
    """The articles ``grouper`` reads to take the forgotten stabbing story back (from ``keeper``) for its verdict."""
    read = ArticleSketcher.read
    was_read: list[str] = []

    def reading(sketcher: ArticleSketcher, item: Article) -> ArticleReading:
        was_read.append(item.id)
        return read(sketcher, item)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ArticleSketcher, "read", reading)
        assert grouper.add(VERDICT, archive=keeper) == "s0001"
    return was_read


def test_a_forgotten_story_comes_back_counted_without_reading_its_members_again():
    grouper, was_read = _verdict_after_forgetting(counted=True)
    assert was_read == ["stab-3"]  # the verdict alone: its story's members count as they were read
    again, was_read = _verdict_after_forgetting(counted=False)
    assert was_read == ["stab-3", "stab-1", "stab-2"]
    kept, read_again = grouper.stories_["s0001"], again.stories_["s0001"]
    for tally in ("central_counts", "anchor_counts", "title_name_counts", "mark_counts", "language_counts"):
        # The same counts in the same order (the order a story's marks are weighed in).
        assert list(getattr(kept, tally).items()) == list(getattr(read_again, tally).items())
    assert (kept.titled, kept.marked, kept.language) == (
        read_again.titled,
        read_again.marked,
        read_again.language,
    )


def test_what_was_counted_is_bounded_and_part_of_a_checkpoint(monkeypatch):
    monkeypatch.setattr("storyweave.group.stories._COUNTED_ARTICLES", 2)
    grouper = StoryGrouper(keep_history=False)
    for item in [*STABBING, BYPASS]:
        grouper.add(item)
    assert list(grouper.counted_) == ["stab-2", "bypass"]
    assert list(pickle.loads(pickle.dumps(grouper)).counted_.items()) == list(grouper.counted_.items())
    remembering = StoryGrouper()  # keeps its stories: it never reads a member again to take one back
    remembering.add(BYPASS)
    assert not remembering.counted_


def test_the_retired_stories_kept_are_bounded():
    grouper = StoryGrouper(archived_stories=1)
    for day, place in [(0, "Brackley"), (100, "Towcester"), (200, "Daventry")]:
        for number in range(2):
            grouper.add(
                article(
                    f"{place}-{number}",
                    day + number,
                    f"Flood closes {place} high street",
                    f"Flooding closed the high street in {place} on Monday, {place} council said.",
                )
            )
    assert len(grouper.retired_) == 1  # of the two stories retired, only the latest is kept
    (kept,) = grouper.retired_.values()
    assert kept.id == grouper.story_of_["Towcester-0"]
    assert all(
        number in grouper.retired_ for postings in grouper.retired_by_name_.values() for number in postings
    )


def test_a_grouper_pickled_before_the_archive_still_groups():
    grouper = StoryGrouper()
    for item in STABBING:
        grouper.add(item)
    state = grouper.__dict__
    for name in ("archived_stories", "revive_threshold", "retired_", "retired_by_name_"):
        del state[name]
    for story in grouper.stories_.values():
        del story.anchor_counts
    restored = pickle.loads(pickle.dumps(grouper))
    for item in [BYPASS, VERDICT]:
        restored.add(item)
    assert restored.story_of_["stab-3"] == "s0001"


def test_scores_and_codes_are_read_from_the_title_and_lead():
    def told(title: str, text: str) -> int:
        return len(_anchors(title, text))

    assert told("Athletic 2-1 Rovers", "Banjo scored twice.") == 1
    assert told("Court rules 6–3", "") == 1  # an en dash
    assert told("", "Flight SK412 diverted. The F-15s and I-95 were named.") == 3
    assert told("", "The repairs will take 3-4 weeks for 10-12 year olds in COVID-19 wards.") == 0
    assert told("", " ".join(["word"] * 80) + " flight SK412") == 0  # past the lead


# One team's two matches a week apart share the team, its manager and its striker; the scores tell them apart.
def match(article_id: str, day: int, title: str, text: str) -> Article:
    return article(article_id, day, title, text)


FIRST_MATCH = [
    match(
        "m1-1",
        0,
        "Harrowgate Athletic 2-1 Kingsbury Rovers: Banjo double seals win",
        """Ola Banjo scored twice as Harrowgate Athletic beat Kingsbury Rovers 2-1 at Mill Lane on Saturday.
        Athletic manager Tom Reyes said his side never stopped believing. Banjo now has six goals.""",
    ),
    match(
        "m1-2",
        0,
        "Late Banjo penalty sinks Rovers",
        """Harrowgate Athletic beat Kingsbury Rovers 2-1 thanks to a late penalty from Ola Banjo. Tom Reyes
        praised his striker. Rovers manager Phil Garner said the penalty was harsh.""",
    ),
]
SECOND_MATCH = [
    match(
        "m2-1",
        7,
        "Castlemere United 0-0 Harrowgate Athletic: stalemate at Riverside",
        """Harrowgate Athletic were held to a goalless draw by Castlemere United at Riverside Park on
        Saturday. Ola Banjo hit the post. Tom Reyes said a point away from home was fair.""",
    ),
    match(
        "m2-2",
        7,
        "Athletic held at Castlemere",
        """Harrowgate Athletic could not break down Castlemere United in a 0-0 draw at Riverside Park.
        Athletic manager Tom Reyes said Ola Banjo was unlucky not to score.""",
    ),
]
FOLLOW_UP = match(
    "m1-3",
    9,
    "Cole red card overturned after Kingsbury Rovers game",
    """Marcus Cole's red card from Harrowgate Athletic's 2-1 win over Kingsbury Rovers has been overturned.
    Tom Reyes said justice had been done, and Ola Banjo is fit.""",
)


def test_another_score_a_week_later_is_another_match_and_a_follow_up_still_joins():
    assert stories_of([*FIRST_MATCH, *SECOND_MATCH, FOLLOW_UP]) == [
        {"m1-1", "m1-2", "m1-3"},
        {"m2-1", "m2-2"},
    ]
    # Without the scores (the same text, no anchor), the second match joins the first.
    unscored = [
        article(
            item.id,
            (item.date - FIRST_MATCH[0].date).days,
            "Athletic match report",
            item.text.replace("0-0 ", ""),
        )
        for item in SECOND_MATCH
    ]
    assert len(stories_of([*FIRST_MATCH, *unscored])) == 1


# Twelve towns' stories, each of its own event and named by its town most, retired long before an inquiry that names
# every town once: each is as named by it as the others, more than the eight a late follow-up compares.
TOWN_EVENTS = {
    "Ashford": "warehouse fire firefighters blaze smoke crews roof collapsed",
    "Brackley": "school inspection ofsted report pupils teachers headteacher rating",
    "Corby": "bus crash passengers injured driver collision ambulance junction",
    "Daventry": "flood river burst banks homes sandbags rainfall evacuated",
    "Epsom": "council budget tax rise services cuts libraries vote",
    "Frome": "hospital ward closure nurses patients beds maternity",
    "Goole": "bank robbery gunmen cash vault escaped getaway",
    "Hexham": "factory closure jobs redundancies workers plant steel",
    "Ilkley": "festival music crowds stage headliner tickets weekend",
    "Jarrow": "bridge repair girder crack engineers traffic diversion",
    "Kendal": "zoo escape lion keepers enclosure visitors sedated",
    "Ripon": "election count votes candidate ballot recount majority",
}
TOWN_STORIES = [
    article(
        f"{town}-{number}",
        3 * index + number,
        f"{town} {events}",
        f"In {town} the {events}. {town} was shocked.",
    )
    for index, (town, events) in enumerate(TOWN_EVENTS.items())
    for number in range(2)
]


@pytest.mark.parametrize("town", TOWN_EVENTS)
def test_a_late_follow_up_names_several_retired_stories_alike_in_and_out_of_process(town: str) -> None:
    # A sketching worker sends back an article's names as a frozenset rebuilt from its order, which can iterate
    # otherwise (two ids in one slot of its table); which retired stories the follow-up compared followed that order,
    # so the same stream grouped differently in a big batch (sketched by workers) and a small one (in-process).
    inquiry = article(
        "inquiry",
        120,
        f"Inquiry into {TOWN_EVENTS[town]} reports",
        f"An inquiry into the {TOWN_EVENTS[town]} reported on Monday. Officials visited {', '.join(TOWN_EVENTS)}.",
    )
    stream = [*TOWN_STORIES, inquiry]

    def grouped(through_a_worker: bool) -> dict[str, str]:
        grouper = StoryGrouper(stale_days=2)
        sketcher = grouper.sketcher()
        for item in stream:
            sketch = sketcher(item)
            grouper.add(item, sketch=pickle.loads(pickle.dumps(sketch)) if through_a_worker else sketch)
        return dict(grouper.story_of_)

    assert grouped(through_a_worker=True) == grouped(through_a_worker=False)
