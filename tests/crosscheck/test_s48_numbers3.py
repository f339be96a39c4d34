"""The numbers desk (session 48): figures of one thing that outlets word apart, read by patterns, not by story.

The one goal of a 1-0 win is its winner, whatever noun tells it ("scored in the 58th minute as Castellon beat Nerja
1-0" / "an 85th-minute goal ... earned a 1-0 win"). A person's name after "in" ("in the death of Marcus Reed") is no
place. A name right after "say" that its own verb follows ("Prosecutors say Gerald Pike siphoned") is who the clause
is about, not who gave the figure. Each article's one duration written into one event's noun is of one event, though
an outlet starts it on another day ("a 72-hour strike beginning on Tuesday" / "A 48-hour walkout ... set to start on
Wednesday"). A sentence's capitalised first word tells its event too ("Applause ... lasted nine minutes"). A noun of a name told with
"the" is its actor ("The alliance took 71 seats" is not "The conservative Union bloc won 46 seats"). Days in captivity
are days held hostage; a closed compound of workers ("dockworkers") counts workers; money siphoned or embezzled is
money taken; prices that "went up" rose, and that rose "by" a share changed by it; a story that writes the euro more
than the dollar counts euro cents."""

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


def test_seats_of_two_parties_told_by_their_nouns_stay_apart():
    docs = dated_story(
        (
            "2026-04-13",
            "The Harbour League won 52 of the 120 seats. The conservative Civic bloc captured 31 seats.",
        ),
        ("2026-04-13", "The league took 52 seats. The conservative Civic bloc won 33 seats."),
    )
    [conflict] = number_conflicts(docs)
    assert set(conflict_sides(conflict)) == {"31", "33"}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The engineer Tomas Ek was released after being held hostage for 97 days.",
            "Tomas Ek, who spent 79 days in captivity in the desert, flew home on Friday.",
        ),
        (
            "The engineer Tomas Ek was freed after 97 days in captivity.",
            "Tomas Ek was released after 79 days as a hostage.",
        ),
    ],
)
def test_days_in_captivity_are_the_days_held_hostage(first, second):
    _between_both(dated_story(("2026-02-20", first), ("2026-02-20", second)))


def test_a_compound_of_workers_counts_workers():
    _between_both(
        dated_story(
            ("2026-10-05", "About 3,400 steelworkers walked out at the Ravel plant on Monday."),
            ("2026-10-05", "Some 4,300 workers joined the strike at the Ravel plant on Monday."),
        )
    )


def test_money_siphoned_is_money_taken():
    _between_both(
        dated_story(
            (
                "2026-06-09",
                "A former clerk of Brisk County took $2.9m from the county's road fund, prosecutors said.",
            ),
            ("2026-06-09", "The clerk embezzled $9.2m from the Brisk County road fund over six years."),
        )
    )


def test_cents_of_a_story_of_euro_prices_are_euro_cents():
    docs = dated_story(
        (
            "2026-09-01",
            "Diesel prices in Portugal went up by 14 cents a litre in August to €1.71, while Brent crude hit $82.",
        ),
        ("2026-09-01", "Diesel in Portugal rose by €0.41 a litre in August, to €1.71 a litre."),
    )
    [conflict] = number_conflicts(docs)
    assert set(conflict_sides(conflict)) == {"14 cents", "0.41"}


def test_prices_that_rose_by_a_share_are_inflation():
    # Beside another rate of the story (core inflation), only the measure each names ties them.
    _between_both(
        dated_story(
            (
                "2026-04-15",
                "Inflation in Zembla rose to 2.7 per cent in March, the statistics office said. "
                "Core inflation stood at 2.5 per cent.",
            ),
            (
                "2026-04-15",
                "Consumer prices in Zembla rose by 2.2 per cent in the year to March. Core inflation was 2.5 per cent.",
            ),
        )
    )


def test_an_article_that_writes_the_other_figure_knows_it():
    docs = dated_story(
        ("2026-09-01", "A kilo of beef now costs €14.35 on average, while lamb costs €12.65."),
        ("2026-09-01", "Lamb averaged €12.65 a kilo in August."),
    )
    assert number_conflicts(docs) == []


def test_a_place_that_is_a_word_of_a_persons_name_stays_a_place():
    # Only a person's full name after "in" is no place (DUC 2003 d31028t: "in the northern Caribbean" of a story
    # whose people misread "Royal Caribbean").
    docs = dated_story(
        ("2026-03-09", "Floods killed 30 people in Jordan on Monday, aid worker Michael Jordan said."),
        ("2026-03-09", "Floods killed 45 people in Syria on Monday."),
    )
    assert number_conflicts(docs) == []
