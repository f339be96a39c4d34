"""The numbers desk (session 48): figures of one thing that outlets word apart, read by patterns, not by story.

The one goal of a 1-0 win is its winner, whatever noun tells it ("scored in the 58th minute as Castellon beat Nerja
1-0" / "an 85th-minute goal ... earned a 1-0 win"). A person's name after "in" ("in the death of Marcus Reed") is no
place. A name right after "say" that its own verb follows ("Prosecutors say Gerald Pike siphoned") is who the clause
is about, not who gave the figure. Each article's one duration written into one event's noun is of one event, though
an outlet starts it on another day ("a 72-hour strike beginning on Tuesday" / "A 48-hour walkout ... set to start on
Wednesday"). A sentence's capitalised first word tells its event too ("Applause ... lasted nine minutes")."""

import pytest

from .conftest import conflict_sides, dated_story, number_conflicts


def _between_both(docs):
    [conflict] = number_conflicts(docs)
    assert not conflict.update
    assert {outlet for outlets in conflict_sides(conflict).values() for outlet in outlets} == {"a0", "a1"}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Ana Ruiz scored in the 31st minute as Velmar beat Ostrava Town 1-0 on Sunday.",
            "A 13th-minute goal from Ana Ruiz gave Velmar a 1-0 win over Ostrava Town.",
        ),
        (
            "Velmar won 1-0 at Ostrava Town, with Ana Ruiz heading in on the 31st minute.",
            "Ana Ruiz struck in the 13th minute and Velmar held on to win 1-0 against Ostrava Town.",
        ),
    ],
)
def test_the_goal_of_a_one_nil_win_is_its_winner(first, second):
    _between_both(dated_story(("2026-03-02", first), ("2026-03-02", second)))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Ana Ruiz scored in the 31st minute as Velmar beat Ostrava Town 3-0.",
            "A 13th-minute goal from Ana Ruiz set Velmar on the way to a 3-0 win over Ostrava Town.",
        ),
        # A save's minute is no goal's.
        (
            "Keeper Ivo Dane saved a penalty in the 31st minute as Velmar beat Ostrava Town 1-0.",
            "Keeper Ivo Dane saved a penalty in the 13th minute to keep Velmar's 1-0 lead over Ostrava Town.",
        ),
    ],
)
def test_a_minute_of_no_one_nil_goal_is_no_winner(first, second):
    docs = dated_story(("2026-03-02", first), ("2026-03-02", second))
    assert number_conflicts(docs) == []


def test_a_persons_name_after_in_is_no_place():
    _between_both(
        dated_story(
            (
                "2026-05-14",
                "A jury in Fairport convicted nurse Odile Brandt of neglect on Thursday after deliberating for 14 hours.",
            ),
            (
                "2026-05-14",
                "Jurors deliberated for 19 hours before convicting Odile Brandt of neglect in the death of Ivo Marsh. "
                "Marsh, 88, had lived at the home for six years.",
            ),
        )
    )


def test_a_name_that_opens_the_reported_clause_is_its_subject():
    _between_both(
        dated_story(
            (
                "2026-06-02",
                "A former bursar of the Kelso Rowing Club took £4.7m from its building fund, a court heard.",
            ),
            (
                "2026-06-02",
                "Prosecutors say Hamish Doyle took £7.4m from the rowing club's building fund. Doyle, 58, denies fraud.",
            ),
        )
    )


def test_one_strike_is_one_strike_whichever_day_an_outlet_starts_it():
    _between_both(
        dated_story(
            (
                "2026-09-07",
                "Cabin crew at Solway Air will hold a 36-hour strike beginning on Thursday over rosters.",
            ),
            (
                "2026-09-07",
                "A 24-hour walkout by Solway Air cabin crew is due to start on Friday, the union said.",
            ),
        )
    )


def test_two_strikes_of_one_article_stay_apart():
    docs = dated_story(
        (
            "2026-09-07",
            "Cabin crew at Solway Air will hold a 36-hour strike beginning on Thursday over rosters.",
        ),
        (
            "2026-09-07",
            "Solway Air cabin crew will stage a 24-hour walkout on Friday and a 48-hour strike the week after.",
        ),
    )
    assert number_conflicts(docs) == []


def test_a_capitalised_first_word_tells_its_event():
    _between_both(
        dated_story(
            ("2026-05-20", "Applause for the cast lasted seven minutes after the premiere in Venice."),
            ("2026-05-20", "The new opera drew a 10-minute standing ovation at its premiere in Venice."),
        )
    )
