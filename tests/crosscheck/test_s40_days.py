"""Session 40: days and names left open by earlier QA passes: one announced act of protest lies ahead, a
participle after a comma tells no tense, two outlets' first days of one planned strike are a conflict."""

import pytest

from storyweave.crosscheck import find_conflicts
from tests.crosscheck.conftest import conflict_sides, dates_on, outlet_story


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An act of protest announced for one day (of Monday 2 March 2026) is the coming day.
        ("The union announced walkouts on Wednesday over pay.", ["2026-03-04"]),
        ("Train drivers announced a 24-hour strike on Wednesday after talks broke down.", ["2026-03-04"]),
        # A decision or an offer announced on a day keeps its past day.
        ("The minister announced his resignation on Friday.", ["2026-02-27"]),
        ("The operators announced a pay offer on Friday worth 3%.", ["2026-02-27"]),
        # An announcement is news for days: an act announced on the day before may be announced on it.
        ("Unions announced protests on Sunday against the reform.", ["2026-03-01"]),
    ],
)
def test_one_day_of_an_announced_protest_lies_ahead(text: str, expected: list[str]) -> None:
    assert dates_on(text, "2026-03-02") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A participle opening a phrase after the comma describes the offer (of Tuesday 8 September 2026).
        ("Customers can pre-order from Friday, priced at 799 euros.", ["2026-09-11"]),
        ("Pre-orders start on Friday, priced at 799 euros.", ["2026-09-11"]),
        # A past tense after the comma still tells the past; so does "by", an act of its own.
        ("Police arrested him on Friday, charged him with theft.", ["2026-09-04"]),
        ("The rally was held on Saturday, attended by 5,000 people.", ["2026-09-05"]),
    ],
)
def test_a_describing_participle_tells_no_tense(text: str, expected: list[str]) -> None:
    assert dates_on(text, "2026-09-08") == expected


def test_two_first_days_of_one_planned_strike_are_a_conflict() -> None:
    docs = outlet_story(
        (
            "2026-11-16",
            "Continental Wire",
            "Dock workers at the port of Meridian will begin a strike on Wednesday after pay talks collapsed on"
            " Sunday. The strike will last until Friday, the union said.",
        ),
        ("2026-11-16", "Europa Ledger", "The strike at Meridian port starts on Wednesday, the union said."),
        (
            "2026-11-16",
            "Harbour Times",
            "The dockers' strike at Meridian will start on Thursday, the union said.",
        ),
        (
            "2026-11-17",
            "Irish Courier",
            "Last-ditch talks at Meridian port failed on Monday, and the strike begins on Wednesday as planned.",
        ),
    )
    (conflict,) = [c for c in find_conflicts(docs) if c.kind == "date"]
    assert conflict_sides(conflict) == {"2026-11-18": {"a0", "a1", "a3"}, "2026-11-19": {"a2"}}


def test_planned_starts_of_two_events_are_no_conflict() -> None:
    docs = outlet_story(
        (
            "2026-11-16",
            "Continental Wire",
            "The dock strike at Meridian starts on Wednesday, the union said.",
        ),
        (
            "2026-11-16",
            "Harbour Times",
            "The new ferry service to Ostend will start on Thursday, the port said.",
        ),
    )
    assert [c for c in find_conflicts(docs) if c.kind == "date"] == []


def _name_conflicts(*texts: str) -> list[tuple[str, dict[str, set[str]]]]:
    docs = outlet_story(*(("2026-05-12", f"Outlet {index}", text) for index, text in enumerate(texts)))
    return [(c.about, conflict_sides(c)) for c in find_conflicts(docs) if c.kind == "name"]


def test_a_role_set_off_before_the_name_binds_it() -> None:
    assert _name_conflicts(
        "Robert Acheson, the company's chief executive, said the plant was too old to modernise.",
        "The company's chief executive, Robert Acheson, blamed rising energy costs.",
        "Robert Acheson, the company's chief executive, told staff on Tuesday that the plant would close.",
        "Robert Achebe, the company's chief executive, said on Tuesday that 400 jobs would go.",
    ) == [
        (
            "name of the chief executive",
            {"Robert Acheson": {"a0", "a1", "a2"}, "Robert Achebe": {"a3"}},
        )
    ]


def test_chief_executives_of_two_named_companies_are_two_people() -> None:
    assert (
        _name_conflicts(
            "Robert Acheson, Halvorsen's chief executive, welcomed the merger talks.",
            "Robert Acheson, Halvorsen's chief executive, said talks were at an early stage.",
            "Jane Roe, Nordic's chief executive, declined to comment on the talks.",
            "Jane Roe, Nordic's chief executive, said the firm was not for sale.",
        )
        == []
    )


def test_a_role_in_a_list_binds_no_name() -> None:
    assert (
        _name_conflicts(
            "The fire chief, Tom Reid, said the blaze was out.",
            "The mayor, the fire chief, Ann Cole and others met on Monday.",
            "Fire chief Tom Reid said it was arson.",
        )
        == []
    )


def test_a_sum_told_by_the_acts_noun_meets_the_sum_its_verb_gives() -> None:
    docs = outlet_story(
        (
            "2026-06-20",
            "Global Wire",
            "A reconstruction fund for Sindh was launched in Geneva on Friday, backed by pledges of $2 billion. The"
            " World Bank estimates the damage at $6 billion.",
        ),
        ("2026-06-20", "Asia Ledger", "Donors pledged $2.5 billion at a conference in Geneva on Friday."),
    )
    (conflict,) = [c for c in find_conflicts(docs) if c.kind == "number"]
    assert conflict_sides(conflict) == {"2000000000": {"a0"}, "2500000000": {"a1"}}
