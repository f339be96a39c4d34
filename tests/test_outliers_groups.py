"""Articles that form two or more groups sharing almost nothing are named in a caveat (QA finding 4: the
harbor-fire folder given with dam-breach records was summarized as one story without a word)."""

from __future__ import annotations

import itertools
import logging
from pathlib import Path

import numpy as np
import pytest

from storyweave.embed.terms import terms_by_sentence
from storyweave.ingest import read_articles, reading_notes
from storyweave.model import Article, Segmented
from storyweave.outliers import (
    NAMED_PER_GROUP,
    SeparateStories,
    _average_linkage,
    separate_stories,
    warn_off_topic,
)
from storyweave.segment import segment

HARBOR_FIRE = Path(__file__).parents[1] / "examples" / "harbor-fire"
TEIGEN_JACK = Path(__file__).parents[1] / ".." / "shared" / "examples" / "teigen-jack"

# Another event's reports, written for this test.
DAM = [
    Article(
        "dam1",
        "The Orrin Dam gave way on Sunday night, flooding the lower Kestrel valley. About 900 homes were "
        "evacuated, county officials said.\nEmergency manager Pete Danvers said three people were missing.",
    ),
    Article(
        "dam2",
        "The Orrin Dam failed late Sunday, sending water through the lower Kestrel valley and forcing 900 "
        "households to leave.\nThree people remained missing on Monday, emergency manager Pete Danvers said.",
    ),
    Article(
        "dam3",
        "A day after the Orrin Dam failed, officials said 1,200 homes in the Kestrel valley had been evacuated."
        "\nThe dam's spillway had been rated poor in a 2019 inspection, state records show.",
    ),
]


def _docs(articles: list[Article]) -> list[Segmented]:
    return [segment(article) for article in articles]


def _folder(folder: Path) -> list[Article]:
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent")
    return list(read_articles([folder]).articles)


def test_two_stories_given_together_are_named_as_two_groups() -> None:
    fire = _folder(HARBOR_FIRE)
    docs = _docs([*fire, *DAM])

    found = separate_stories(docs, terms_by_sentence(docs))

    assert found == SeparateStories((tuple(a.id for a in fire), ("dam1", "dam2", "dam3")))
    assert str(found) == (
        "these articles may be 2 stories: (01_wrenport-gazette, 02_tidewater-wire, 03_coastline-daily, "
        "04_saltmarsh-courier, 05_greyhaven-post) and (dam1, dam2, dam3); summarize them apart or ingest "
        "them to group them"
    )


@pytest.mark.parametrize("folder", [HARBOR_FIRE, TEIGEN_JACK], ids=["harbor-fire", "teigen-jack"])
def test_one_story_is_not_split(folder: Path) -> None:
    docs = _docs(_folder(folder))

    assert separate_stories(docs, terms_by_sentence(docs)) is None


def test_a_lone_article_apart_is_not_a_second_story() -> None:
    docs = _docs([*_folder(HARBOR_FIRE), DAM[0]])

    assert separate_stories(docs, terms_by_sentence(docs)) is None


def test_beside_two_groups_an_article_far_from_both_is_listed_on_its_own() -> None:
    # QA: "(c1, c2, c3, f2syn)" put a flood report with a budget's, and the next caveat said f2syn shares almost
    # nothing with the other articles.
    quake = Article(
        "quake",
        "A magnitude 6.1 earthquake shook the mountain town of Velbury before dawn on Tuesday, cracking "
        "chimneys and cutting power to 4,000 homes, seismologists said.",
    )
    fire = _folder(HARBOR_FIRE)
    docs = _docs([*fire, *DAM, quake])

    found = separate_stories(docs, terms_by_sentence(docs))

    assert found == SeparateStories((tuple(a.id for a in fire), ("dam1", "dam2", "dam3"), ("quake",)))


def test_three_articles_cannot_form_two_groups_of_two() -> None:
    docs = _docs([*_folder(HARBOR_FIRE)[:1], *DAM[:2]])

    assert separate_stories(docs, terms_by_sentence(docs)) is None


def test_groups_joined_by_one_close_pair_of_articles_are_one_story() -> None:
    fire = _folder(HARBOR_FIRE)
    docs = _docs([*fire, *DAM])
    terms = terms_by_sentence(docs)

    assert separate_stories(docs, terms, bridge=0.0) is None
    assert separate_stories(docs, terms, bridge=1.1) is not None


def test_a_long_group_is_counted_after_the_first_names() -> None:
    ids = tuple(f"a{n}" for n in range(NAMED_PER_GROUP + 2))

    text = str(SeparateStories((ids, ("b1", "b2"), ("c1", "c2"))))

    assert text.startswith(
        f"these articles may be 3 stories: ({', '.join(ids[:NAMED_PER_GROUP])} and 2 more), "
    )
    assert "(b1, b2) and (c1, c2);" in text


def test_the_caveat_is_a_reading_note(caplog: pytest.LogCaptureFixture) -> None:
    docs = _docs([*_folder(HARBOR_FIRE), *DAM])

    with caplog.at_level(logging.WARNING, logger="storyweave"), reading_notes() as notes:
        found = warn_off_topic(docs, terms_by_sentence(docs))

    assert [type(caveat) for caveat in found] == [SeparateStories]
    assert notes == [str(found[0])]


def _brute_force_average_linkage(cosines: np.ndarray, threshold: float) -> list[frozenset[int]]:
    groups = [frozenset([i]) for i in range(len(cosines))]
    while len(groups) > 1:
        means = {
            (a, b): float(np.mean(cosines[np.ix_(sorted(groups[a]), sorted(groups[b]))]))
            for a, b in itertools.combinations(range(len(groups)), 2)
        }
        (a, b), best = max(means.items(), key=lambda item: item[1])
        if best < threshold:
            break
        groups = [g for i, g in enumerate(groups) if i not in (a, b)] + [groups[a] | groups[b]]
    return sorted(groups, key=min)


@pytest.mark.parametrize("seed", range(20))
def test_average_linkage_merges_as_the_textbook_algorithm_does(seed: int) -> None:
    rng = np.random.default_rng(seed)
    vectors = rng.random((12, 6)) ** 4
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    cosines = vectors @ vectors.T
    np.fill_diagonal(cosines, -1.0)
    threshold = float(np.quantile(cosines, 0.6))

    labels = _average_linkage(cosines, threshold)

    found = sorted((frozenset(np.flatnonzero(labels == label).tolist()) for label in set(labels)), key=min)
    assert found == _brute_force_average_linkage(cosines, threshold)
