"""Small article streams for the grouping tests (the encoder fixture is the suite-wide one in tests/conftest.py)."""

import datetime as dt
import random
from collections.abc import Iterator, Sequence

import pytest

from storyweave.group import StoryGrouper, group_stream
from storyweave.model import Article

# Three unrelated events, each described by its own vocabulary, reported on over a few days.
TOPICS = {
    "quake": "earthquake magnitude Sumatra tremor aftershock Padang rescue collapsed buildings epicentre tsunami",
    "strike": "railway strike unions Deutsche Bahn wages Weselsky commuters cancelled trains negotiations",
    "vote": "Iceland parliament election Reykjavik coalition Independence Party ballots turnout seats",
}
FILLER = ["the", "said", "on", "that", "was", "by", "of", "officials", "it", "in", "and", "as", "to", "for"]


def make_article(article_id: str, topic: str, day: int, rng: random.Random, source: str = "Wire") -> Article:
    """A short article drawn from a topic's vocabulary plus common filler words."""
    words = TOPICS[topic].split()
    sentences = [" ".join(rng.sample(words, 6) + rng.sample(FILLER, 4)).capitalize() + "." for _ in range(4)]
    return Article(
        id=article_id,
        text="\n".join(sentences),
        title=" ".join(rng.sample(words, 5)).title(),
        date=dt.date(2024, 3, 1) + dt.timedelta(days=day),
        source=source,
    )


def dated_article(
    article_id: str, day: int, title: str, text: str, *, source: str, start: dt.date
) -> Article:
    """An article of ``source`` dated ``day`` days after ``start``, its text's line breaks folded to spaces."""
    return Article(
        id=article_id,
        text=" ".join(text.split()),
        title=title,
        date=start + dt.timedelta(days=day),
        source=source,
    )


def stories_of(articles: Sequence[Article], grouper: StoryGrouper | None = None) -> list[set[str]]:
    """The stories ``group_stream`` makes of ``articles``, as sets of article ids, in order of their first id."""
    groups: dict[str, set[str]] = {}
    for article_id, story_id in group_stream(articles, grouper).items():
        groups.setdefault(story_id, set()).add(article_id)
    return sorted(groups.values(), key=min)


@pytest.fixture
def stream() -> list[Article]:
    """Twelve articles, four per topic, interleaved over three days (fixed seed)."""
    rng = random.Random(5)
    articles = []
    for n in range(4):
        for topic in TOPICS:
            articles.append(make_article(f"{topic}-{n}", topic, n // 2, rng, source=f"Outlet {n}"))
    return articles


# The text of a story that runs all year, its day filled in per article (the stream tests of sessions 38 and 39).
LONG_RUNNING = (
    "Investigators in Bergen said on {day} that the harbour warehouse fire was started by a faulty heater, "
    "and the warehouse owner Nordhavn Logistics faces a fine from the Bergen fire service over the blaze."
)


def ranked_by_sums(grouper: StoryGrouper, vector: dict[int, float]) -> list[int]:
    """The story numbers a look-up should give: each story's overlap summed term by term, in the vector's order."""
    overlap: dict[int, float] = {}
    for term, weight in list(vector.items())[: grouper.query_terms]:
        for number in grouper.index_.get(term, ()):
            overlap[number] = overlap.get(number, 0.0) + weight
    return sorted(overlap, key=lambda number: (-overlap[number], number))[: grouper.max_candidates]


def a_year_of_articles(days: range, seed: int = 7) -> Iterator[Article]:
    """A story with an article every 40 days (ids "fire<day>") amid three new stories a day ("other<day>-<n>"), each
    of 40 made-up words of its own: none shares a word with another story."""
    rng = random.Random(seed)
    words = {
        "".join(rng.choice("bdfgklmnprstvz") + rng.choice("aeiou") for _ in range(4)) for _ in range(13_000)
    }
    vocabulary = iter(sorted(words))
    start = dt.date(2024, 1, 1)
    for day in days:
        date = start + dt.timedelta(days=day)
        if day % 40 == 0:
            yield Article(id=f"fire{day}", text=LONG_RUNNING.format(day=date.strftime("%A %d %B")), date=date)
        for n in range(3):
            yield Article(
                id=f"other{day}-{n}", text=" ".join(next(vocabulary) for _ in range(40)) + ".", date=date
            )
