"""Articles that share almost nothing with the rest of their story are named in a caveat (QA finding 17)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from storyweave.embed.terms import terms_by_sentence
from storyweave.ingest import read_articles, reading_notes
from storyweave.model import Article, Segmented
from storyweave.outliers import off_topic, warn_off_topic
from storyweave.segment import segment

HARBOR_FIRE = Path(__file__).parents[1] / "examples" / "harbor-fire"
TEIGEN_JACK = Path(__file__).parents[1] / ".." / "shared" / "examples" / "teigen-jack"

# Another event, as the QA put one into the harbor-fire folder (written for this test).
BRIDGE = Article(
    "01_elm",
    "The Elm Street bridge over the Carver River collapsed during the Monday morning rush, sending two cars "
    "and a delivery van into the water, state police said.\n"
    "Divers pulled three people from the river; all were taken to St. Anne's Medical Center.\n"
    "The 1958 steel truss span had been rated structurally deficient in a 2023 inspection, according to "
    "the state transportation department, which said a replacement was planned for next year.\n"
    "Governor Dana Whitcombe ordered inspections of every bridge of the same design in the state.",
    origin="story/01_elm.txt",
)


def _docs(articles: list[Article]) -> list[Segmented]:
    return [segment(article) for article in articles]


def _harbor_fire() -> list[Article]:
    return list(read_articles([HARBOR_FIRE]).articles)


def test_an_article_of_another_event_is_named() -> None:
    docs = _docs([BRIDGE, *_harbor_fire()])
    found = off_topic(docs, terms_by_sentence(docs))
    assert [article.article_id for article in found] == ["01_elm"]
    assert found[0].closest < found[0].usual
    assert str(found[0]) == (
        "story/01_elm.txt (01_elm) shares almost nothing with the other articles: is it the same story?"
    )


@pytest.mark.parametrize("folder", [HARBOR_FIRE, TEIGEN_JACK], ids=["harbor-fire", "teigen-jack"])
def test_the_articles_of_one_story_are_not_named(folder: Path) -> None:
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent")
    docs = _docs(list(read_articles([folder]).articles))
    assert off_topic(docs, terms_by_sentence(docs)) == []


def test_of_two_articles_neither_is_the_odd_one_out() -> None:
    docs = _docs([BRIDGE, _harbor_fire()[0]])
    assert off_topic(docs, terms_by_sentence(docs)) == []


def test_the_caveat_is_a_reading_note(caplog: pytest.LogCaptureFixture) -> None:
    docs = _docs([*_harbor_fire(), BRIDGE])
    with caplog.at_level(logging.WARNING, logger="storyweave"), reading_notes() as notes:
        found = warn_off_topic(docs, terms_by_sentence(docs))
    assert notes == [str(found[0])]
    assert "is it the same story?" in caplog.text
