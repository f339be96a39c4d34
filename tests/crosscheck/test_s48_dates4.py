"""Session 48's fourth dates desk: outlets of one day that date one happening on two weekdays, told by one verb or
its noun with one actor or object ("reopened" / "was reopened", "landed" / "made an emergency landing"), are a date
conflict whatever the happening; other happenings of the story, repeats, plans and days that resolve to one are not."""

import pytest

from storyweave.crosscheck import find_conflicts
from tests.crosscheck.conftest import conflict_sides, outlet_story

# Thursday 8 October 2026.
_THURSDAY = "2026-10-08"


def _date_conflicts(*articles: tuple[str, str, str]) -> list[dict[str, set[str]]]:
    return [conflict_sides(c) for c in find_conflicts(outlet_story(*articles)) if c.kind == "date"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The Kessel Bridge in Dunmore reopened to traffic on Wednesday after six months of repairs.",
            "The Kessel Bridge was reopened on Tuesday, the city council said.",
        ),
        (
            "A Nordair flight from Oslo landed safely on Wednesday night after smoke was seen in the cabin.",
            "A Nordair Boeing 737 made an emergency landing late Tuesday at Bergen airport.",
        ),
        (
            "Norway and Iceland signed a fisheries treaty on Wednesday in Reykjavik.",
            "The fisheries treaty between Norway and Iceland was sealed at a signing ceremony on Tuesday.",
        ),
        (
            "Two freight trains collided on Wednesday near Lund, blocking the line to Malmo.",
            "The collision near Lund on Tuesday left two drivers injured, Swedish rail said.",
        ),
        # A noun after a determiner, in a phrase before its sentence's clause, which names the actor.
        (
            "Danish lawmakers voted on Wednesday to ban fur farming from 2028.",
            "In a vote on Tuesday, the Danish parliament backed a ban on fur farming.",
        ),
    ],
)
def test_one_happening_told_by_its_verb_or_noun_on_two_weekdays_conflicts(first: str, second: str) -> None:
    sides = _date_conflicts((_THURSDAY, "Courier", first), (_THURSDAY, "Review", second))
    assert sides == [{"2026-10-07": {"a0"}, "2026-10-06": {"a1"}}]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # A repeat of the happening on the next day.
        (
            "Rebels launched another drone strike on the Kessa refinery on Wednesday.",
            "Rebels launched a drone strike on the Kessa refinery on Tuesday.",
        ),
        # One verb of two actors.
        (
            "Lena Vogt resigned on Wednesday as health minister.",
            "Per Holm resigned on Tuesday as finance minister.",
        ),
        # One verb of two named actors (each a name of its clause).
        (
            "Sprinter Ilse Marrow set a new national record on Wednesday in Oslo.",
            "Swimmer Tomas Evrard set a new national record on Tuesday in Bergen.",
        ),
        # Statements' days.
        (
            "Ola Dahl said on Wednesday he regretted Anna Berg's decision.",
            "Ola Dahl told reporters on Tuesday he had accepted Anna Berg's resignation.",
        ),
    ],
)
def test_other_happenings_repeats_and_statements_do_not_conflict(first: str, second: str) -> None:
    assert _date_conflicts((_THURSDAY, "Courier", first), (_THURSDAY, "Review", second)) == []


def test_one_happening_told_from_two_days_that_resolve_to_one_is_no_conflict() -> None:
    # "on Tuesday" of a Wednesday, "yesterday" of a Wednesday and "on Tuesday" of a Thursday are one day.
    assert (
        _date_conflicts(
            ("2026-10-07", "Courier", "Fire destroyed the Halden paper mill on Tuesday."),
            ("2026-10-07", "Review", "Fire destroyed the Halden paper mill yesterday, the owners said."),
            (_THURSDAY, "Wire", "Fire destroyed the Halden paper mill on Tuesday, the brigade said."),
        )
        == []
    )


def test_one_happening_told_a_day_apart_conflicts() -> None:
    sides = _date_conflicts(
        ("2026-10-07", "Courier", "The Marrow dam in northern Kenya collapsed early Tuesday."),
        (_THURSDAY, "Review", "The Marrow dam collapsed in the early hours of Monday, officials said."),
    )
    assert sides == [{"2026-10-06": {"a0"}, "2026-10-05": {"a1"}}]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # Words quoted on two days (a saying, not a happening).
        (
            "Prime Minister Ola Dahl was quoted Wednesday by the daily Aftenposten as saying the army was ready.",
            "The Interior Ministry quoted Ola Dahl on Thursday as saying talks would go on.",
        ),
        # One verb, two gatherings: the name both sentences write is in another clause than the date's.
        (
            "As ministers from the Nordic states gathered Wednesday for talks, the Dahl government faced pressure.",
            "Cabinet members gathering at the palace in Oslo Thursday night called the vote a mandate, Dahl said.",
        ),
        # A sentence that dates one happening on two days tells its own correction.
        (
            "The ministry initially said the four engineers were seized early Thursday, but later said the "
            "kidnapping had taken place late Wednesday.",
            "The four engineers were seized early Wednesday after a shoot-out with their guards.",
        ),
    ],
)
def test_sayings_other_clauses_and_corrections_of_articles_a_day_apart_do_not_conflict(
    first: str, second: str
) -> None:
    assert _date_conflicts((_THURSDAY, "Courier", first), ("2026-10-09", "Review", second)) == []


@pytest.mark.parametrize(
    "articles",
    [
        # An arrest and a court appearance.
        (
            "Police arrested a 40-year-old man on Sunday after a fire at a warehouse in Salford.",
            "A man charged with arson over the Salford warehouse fire appeared before magistrates on Monday.",
        ),
        # Talks' start and end.
        (
            "Talks between the Tarvik union and the port operator began on Monday and ended on Wednesday.",
            "Dockers at Tarvik said they would walk out on Friday after talks with the port operator ended on "
            "Wednesday.",
        ),
        # A road closed and reopened.
        (
            "Storm Aila closed the E6 road on Monday and it reopened on Wednesday after crews cleared trees.",
            "Storm Aila brought down trees across the E6 on Monday, and the road reopened on Wednesday.",
        ),
    ],
)
def test_two_happenings_told_by_verbs_of_two_senses_do_not_conflict(articles: tuple[str, str]) -> None:
    assert _date_conflicts(*((_THURSDAY, f"Outlet {i}", text) for i, text in enumerate(articles))) == []


def test_an_arrest_and_a_detention_are_one_capture() -> None:
    sides = _date_conflicts(
        (
            _THURSDAY,
            "Courier",
            "Police in Leeds arrested a 34-year-old man on Tuesday over the Harehills stabbing.",
        ),
        (
            _THURSDAY,
            "Review",
            "A 34-year-old man was detained on Monday over the Harehills stabbing, police said.",
        ),
    )
    assert sides == [{"2026-10-06": {"a0"}, "2026-10-05": {"a1"}}]
