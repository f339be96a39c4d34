"""Session 39's timeline checks: a river that "burst its banks" on a day "overflowed" then, one entry citing both."""

import datetime as dt

from storyweave.crosscheck import build_timeline
from storyweave.model import Article
from storyweave.segment import segment

THURSDAY = dt.date(2026, 5, 21)


def _timeline(*texts: str):
    docs = [
        segment(Article(f"a{n}", text, source=f"Outlet {n}", date=THURSDAY)) for n, text in enumerate(texts)
    ]
    return build_timeline(docs)


def test_a_river_that_burst_its_banks_and_one_that_overflowed_that_day_are_one_entry():
    (entry,) = _timeline(
        "The Tesar River burst its banks early on Wednesday, flooding the town of Kerrin.",
        "The Tesar River overflowed on Wednesday morning and flooded Kerrin.",
    )
    assert entry.articles == ("a0", "a1")


def test_the_flood_and_its_deaths_stay_two_entries():
    # A guard: the toll is another fact of that day.
    entries = _timeline(
        "The Tesar River burst its banks early on Wednesday, flooding the town of Kerrin.",
        "Flash floods killed 12 people in Kerrin on Wednesday, officials said.",
    )
    assert [entry.articles for entry in entries] == [("a0",), ("a1",)]
