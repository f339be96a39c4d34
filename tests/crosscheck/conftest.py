"""Helpers shared by the cross-check tests: small stories built in the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from storyweave.crosscheck import find_conflicts
from storyweave.crosscheck.dates import Reference, find_dates
from storyweave.model import Article, Conflict, Segmented
from storyweave.segment import segment

REPO = Path(__file__).parents[2]
SHARED = REPO / ".." / "shared"


def story(*texts: str, dates: tuple[str | None, ...] = ()) -> list[Segmented]:
    """Segmented articles "a0", "a1", ... from texts, with optional ISO dates."""
    docs = []
    for index, text in enumerate(texts):
        date = dates[index] if index < len(dates) else None
        docs.append(
            segment(Article(id=f"a{index}", text=text, date=dt.date.fromisoformat(date) if date else None))
        )
    return docs


def dated_story(*articles: tuple[str, str]) -> list[Segmented]:
    """One article per (ISO date, text), "a0", "a1", ..., each from its own outlet."""
    return [
        segment(Article(id=f"a{index}", text=text, date=dt.date.fromisoformat(day), source=f"Outlet {index}"))
        for index, (day, text) in enumerate(articles)
    ]


# A count disputed on its first day (32 / 25 missing), then falling (19, 11): outlet_story's articles.
GLENMOR_LANDSLIDE = (
    (
        "2027-10-04",
        "Highland Herald",
        "A landslide buried homes in Glenmor on Sunday night. At least 32 people are missing.",
    ),
    ("2027-10-05", "Northern Times", "Nineteen people were still missing in Glenmor on Tuesday."),
    ("2027-10-06", "Scottish Wire", "Eleven people remain missing in Glenmor, police said."),
    (
        "2027-10-04",
        "Highland Post",
        "Rescuers were searching for 25 people missing after a landslide struck Glenmor on Sunday night.",
    ),
)


def outlet_story(*articles: tuple[str, str, str]) -> list[Segmented]:
    """One article per (ISO date, outlet, text), "a0", "a1", ..."""
    return [
        segment(Article(id=f"a{index}", text=text, date=dt.date.fromisoformat(day), source=outlet))
        for index, (day, outlet, text) in enumerate(articles)
    ]


def conflict_sides(conflict: Conflict) -> dict[str, set[str]]:
    """Each position's value and the ids of the articles that give it."""
    return {p.value: set(p.articles) for p in conflict.positions}


def number_conflicts(docs: list[Segmented]) -> list[Conflict]:
    """The figure conflicts and updates of a story."""
    return [c for c in find_conflicts(docs) if c.kind == "number"]


def dates_on(text: str, day: str) -> list[str]:
    """The ISO dates :func:`storyweave.crosscheck.dates.find_dates` reads in one sentence of an article of ``day``."""
    reference = Reference(dt.date.fromisoformat(day), estimated=False)
    return [mention.value.iso for mention in find_dates(text, reference)]


def read_story(folder: Path) -> list[Segmented]:
    """A folder of article files, read, cleaned and segmented; skips the test if absent."""
    if not folder.is_dir():
        pytest.skip(f"{folder} is not available")
    from storyweave.clean import clean
    from storyweave.ingest import read_articles

    batch = read_articles([folder])
    return [segment(clean(article)) for article in sorted(batch.articles, key=lambda a: a.id)]
