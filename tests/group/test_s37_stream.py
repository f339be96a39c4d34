"""Session 37, the stream's grouping cost: a candidate story that scores below ``threshold`` is not asked the
tests that refuse a story (_score), since it neither takes the article nor merges."""

import datetime as dt
import math
import random

from storyweave.group import StoryGrouper
from storyweave.model import Article

PLACES = ["Bergen", "Leeds", "Porto", "Gdansk", "Tampere", "Lyon", "Graz", "Cork"]
PEOPLE = ["Okoro", "Ashford", "Varga", "Lindqvist", "Moreau", "Keane", "Brandt", "Sousa"]
EVENTS = [
    "fire warehouse harbour firefighters blaze smoke closure investigation",
    "council vote housing rent ordinance tenants landlords meeting",
    "trial court jury prosecutor defendant verdict evidence witness",
    "storm flooding rain roads evacuated rescue homes damage",
    "strike union workers wages talks employers metro drivers",
    "election candidate polls campaign debate voters turnout ballots",
]
FILLER = "said officials on the day after week that would also more than people city region".split()


def stream(count, seed=5):
    """Articles of look-alike events (each event a place, a person and its words, some sharing them), in date order."""
    rng = random.Random(seed)
    events = [(rng.choice(PLACES), rng.choice(PEOPLE), rng.choice(EVENTS).split()) for _ in range(24)]
    for number in range(count):
        place, person, words = events[(number * 7 + rng.randrange(3)) % len(events)]
        chosen = (
            rng.sample(words, 5) + rng.sample(FILLER, 6) + rng.sample(EVENTS[rng.randrange(6)].split(), 2)
        )
        rng.shuffle(chosen)
        text = f"{place} {person} " + " ".join(chosen) + f". {person} spoke in {place}."
        yield Article(
            id=f"a{number:03d}",
            text=text,
            title=f"{person} in {place}" if rng.random() < 0.5 else None,
            date=dt.date(2024, 3, 1) + dt.timedelta(days=number // 6),
        )


class _EveryCandidateScored(StoryGrouper):
    """A grouper that also scores every candidate (a threshold of minus infinity), to check the kept ones."""

    def __init__(self) -> None:
        super().__init__()
        self.below = 0

    def _score(self, vector, date, reading, refused=()):
        threshold, runner_up = self.threshold, self.runner_up_.copy()
        self.threshold = -math.inf
        try:
            every = super()._score(vector, date, reading, refused)
        finally:
            self.threshold, self.runner_up_ = threshold, runner_up
        kept = super()._score(vector, date, reading, refused)
        assert kept == [item for item in every if item[0] >= threshold]
        self.below += len(every) - len(kept)
        return kept


def test_only_candidates_reaching_the_threshold_are_scored_and_the_stories_are_the_same():
    checked, plain = _EveryCandidateScored(), StoryGrouper()
    assert [checked.add(article) for article in stream(240)] == [
        plain.add(article) for article in stream(240)
    ]
    # The stream met candidates below the threshold, which the kept list leaves out.
    assert checked.below > 0
    assert 1 < len(plain.stories()) < 240
