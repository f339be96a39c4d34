"""A bio under its heading ("About the author: ...") or naming the author's beat ("... is a correspondent covering
transport for River Valley News.") closes an article and is removed; news about a reporter is kept (QA7 #13: "About
the author: Priya Raman reports on transport and labour for Capital News Service." was listed as a claim)."""

from __future__ import annotations

import pytest

from storyweave.clean import clean
from storyweave.model import Article, RemovedLine

NEWS = "The Harrow Bridge was closed on Thursday after inspectors found a cracked girder, the state said."
MORE_NEWS = "About 41,000 vehicles cross the bridge each day, transportation secretary Colin Mbeki said."


@pytest.mark.parametrize(
    "bio",
    [
        "About the author: Priya Raman reports on transport and labour for Capital News Service.",
        "ABOUT THE AUTHOR: Grace Lindqvist writes about transport for the Metro Ledger. Reach her at gl@ml.example.",
        "About the writer — Tomas Reyes has covered Harrow for the Gazette since 2019.",
        "Noor Haddad is a correspondent covering transport and the environment for River Valley News.",
        "Ama Boateng is a reporter who covers City Hall for the Harrow Gazette.",
    ],
)
def test_a_bio_under_its_heading_or_naming_its_beat_is_removed(bio: str) -> None:
    cleaned = clean(Article("a", f"{NEWS}\n{MORE_NEWS}\n{bio}"))

    assert cleaned.text == f"{NEWS}\n{MORE_NEWS}"
    assert cleaned.removed == (RemovedLine(bio, "author bio"),)


def test_a_lone_heading_goes_with_the_bio_under_it() -> None:
    bio = "Tomas Reyes is a staff reporter covering local government for the Harrow Gazette."

    cleaned = clean(Article("a", f"{NEWS}\n{MORE_NEWS}\nAbout the writer\n{bio}"))

    assert cleaned.text == f"{NEWS}\n{MORE_NEWS}"
    assert {line.text for line in cleaned.removed} == {"About the writer", bio}


@pytest.mark.parametrize(
    "news",
    [
        # No heading: "About the author of ..." opens a sentence of the story.
        "About the author of the 2019 state bridge report, engineer Lucia Ferrante said only that it had flagged "
        "the same span.",
        # A reporter in the news: the sentence goes on after the outlet, or names none.
        "Ines Duarte is a reporter covering the closure for Bay Radio, and she was hurt when a ferry ramp gave way.",
        "Ruth Calloway, a reporter covering the closure for a local radio station, said traffic was at a standstill.",
        "Daniel Osei is a reporter covering City Hall who was stranded on the ferry dock on Friday.",
    ],
)
def test_news_that_looks_like_a_bio_is_kept(news: str) -> None:
    cleaned = clean(Article("a", f"{NEWS}\n{MORE_NEWS}\n{news}"))

    assert cleaned.text == f"{NEWS}\n{MORE_NEWS}\n{news}"
    assert cleaned.removed == ()


def test_a_beat_bio_of_someone_the_story_named_is_news() -> None:
    # The story quoted her before: a closing line about her is about a person in the news, as for a plain bio.
    named = "Noor Haddad, who was on the bridge when it shook, said the deck dropped an inch."
    closing = "Noor Haddad is a correspondent covering transport for River Valley News."

    cleaned = clean(Article("a", f"{NEWS}\n{named}\n{closing}"))

    assert cleaned.text == f"{NEWS}\n{named}\n{closing}"
