"""What a conflict position's value was read as (``Position.amount`` / ``unit`` / ``date`` / ``score``), for the
JSON report's dashboards: the planted figures of the session-29 held-out stories (/tmp/s29/json/held), each read
once by the cross-check and carried to its position, not parsed again from the value shown."""

from __future__ import annotations

import pytest

from storyweave.crosscheck import find_conflicts
from storyweave.model import Conflict
from tests.crosscheck.conftest import GLENMOR_LANDSLIDE, outlet_story

DAY = "2026-05-02"


def _read(
    conflict: Conflict,
) -> list[tuple[str, float | None, str | None, str | None, tuple[int, int] | None]]:
    return [(p.value, p.amount, p.unit, p.date, p.score) for p in conflict.positions]


def _one_conflict(*texts: str, day: str = DAY) -> Conflict:
    (conflict,) = find_conflicts(outlet_story(*((day, f"Outlet {i}", text) for i, text in enumerate(texts))))
    return conflict


@pytest.mark.parametrize(
    "first, second, read",
    [
        (
            "The Kessler Park stadium will cost $610m, the council said in a statement.",
            "The Kessler Park stadium will cost $650 million, according to council documents.",
            [("$610m", 610_000_000, "USD"), ("650000000", 650_000_000, "USD")],
        ),
        (
            "The government pledged £2.4bn for the Calder Valley rail line on Monday.",
            "The government pledged £3.1 billion for the Calder Valley rail line on Monday.",
            [("£2.4bn", 2_400_000_000, "GBP"), ("3100000000", 3_100_000_000, "GBP")],
        ),
        (
            "The European data regulator fined the telecoms group Veltra €45 million on Tuesday.",
            "The European data regulator fined the telecoms group Veltra €54 million on Tuesday.",
            [("45000000", 45_000_000, "EUR"), ("54000000", 54_000_000, "EUR")],
        ),
        (
            "Turnout in the Lakeland mayoral election was 61.2%, election officials said on Sunday.",
            "Turnout in the Lakeland mayoral election was 58.4 per cent, election officials said on Sunday.",
            [("61.2", 61.2, "%"), ("58.4", 58.4, "%")],
        ),
        (
            "Former Westbury treasurer Gerald Pruitt was jailed for eight and a half years on Thursday for fraud.",
            "Former Westbury treasurer Gerald Pruitt was jailed for nine years on Thursday for fraud.",
            [("8.5", 8.5, "years"), ("9", 9, "years")],
        ),
        (
            "About 1,200 people were evacuated from their homes in Marlow on Thursday as the river rose.",
            "Some 3,000 people were evacuated from their homes in Marlow on Thursday as the river rose.",
            [("about 1,200", 1200, "people"), ("some 3,000", 3000, "people")],
        ),
        (
            # A scale's product is a float: 8.2 * 1e6 is 8199999.999999999, given as the 8200000 written.
            "The Harwick maritime museum refit cost $8.2mn, its director said.",
            "The Harwick maritime museum refit cost $5.7mn, its director said.",
            [("$8.2mn", 8_200_000, "USD"), ("$5.7mn", 5_700_000, "USD")],
        ),
    ],
    ids=["dollars", "pounds", "euros", "percent", "years in words", "people", "float scale"],
)
def test_a_figure_conflict_gives_each_amount_and_its_unit(
    first: str, second: str, read: list[tuple[str, float, str]]
) -> None:
    conflict = _one_conflict(first, second)
    assert conflict.kind == "number"
    assert _read(conflict) == [(value, amount, unit, None, None) for value, amount, unit in read]


def test_one_conflict_gives_its_unit_plural_on_every_side() -> None:
    # "one firefighter" and "two firefighters" count one noun: a dashboard groups them by one unit.
    conflict = _one_conflict(
        "A fire destroyed a warehouse in Wrenport on Tuesday, injuring one firefighter.",
        "A fire destroyed a warehouse in Wrenport on Tuesday, injuring two firefighters.",
    )
    assert [(p.amount, p.unit) for p in conflict.positions] == [(1, "firefighters"), (2, "firefighters")]


def test_a_date_conflict_gives_each_date_read_and_a_score_conflict_both_figures() -> None:
    dates = _one_conflict(
        "A footbridge over the Aller river in Dunmore collapsed on Wednesday, March 4, injuring three walkers.",
        "A footbridge over the Aller river in Dunmore collapsed on March 5, injuring three walkers.",
        day="2026-03-06",
    )
    assert _read(dates) == [
        ("2026-03-04", None, None, "2026-03-04", None),
        ("2026-03-05", None, None, "2026-03-05", None),
    ]
    months = _one_conflict(
        "The Harwick maritime museum first opened in June 2025 after a long refit.",
        "The Harwick maritime museum first opened in August 2025 after a long refit.",
    )
    assert [p.date for p in months.positions] == ["2025-06", "2025-08"]
    scores = _one_conflict(
        "Harbour City beat Ravensdale 2-1 in the cup final on Saturday.",
        "Harbour City lost 1-3 to Ravensdale in the cup final on Saturday.",
        day="2026-06-14",
    )
    assert _read(scores) == [("2-1", None, None, None, (2, 1)), ("3-1", None, None, None, (3, 1))]


def test_a_position_that_joins_values_and_a_name_give_no_reading() -> None:
    # The landslide of tests/test_s28_court_conflicts.py: one day's 32 / 25 shown as one position of the series.
    docs = outlet_story(*GLENMOR_LANDSLIDE)
    (conflict,) = [c for c in find_conflicts(docs) if not c.update]
    (update,) = [c for c in find_conflicts(docs) if c.update]
    assert [(p.value, p.amount, p.unit) for p in conflict.positions] == [
        ("at least 32", 32, "people"),
        ("25", 25, "people"),
    ]
    assert [(p.value, p.amount, p.unit) for p in update.positions] == [
        ("at least 32 / 25", None, None),
        ("19", 19, "people"),
        ("11", 11, "people"),
    ]
    names = find_conflicts(
        outlet_story(
            (
                DAY,
                "A",
                "Fire chief Marisol Okafor said the blaze was under control. Okafor praised the crews.",
            ),
            (
                DAY,
                "B",
                "Fire chief Marisol Okafur said the blaze was under control. Okafur praised the crews.",
            ),
        )
    )
    assert [c.kind for c in names] == ["name"]
    assert {(p.amount, p.unit, p.date, p.score) for p in names[0].positions} == {(None, None, None, None)}
