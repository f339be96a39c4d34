"""Session 48's third dates desk: outlets of one day that date one news event on two weekdays, each in its own
words (a rate decision, quarterly results, a storm's landfall, captives freed, a strike's start, a cup final), are
a date conflict; other events of the story on other days, and days that resolve to one, are not."""

import pytest

from storyweave.crosscheck import build_timeline, find_conflicts
from tests.crosscheck.conftest import conflict_sides, dates_on, outlet_story

# Thursday 8 October 2026, and the Friday after.
_THURSDAY = "2026-10-08"
_FRIDAY = "2026-10-09"


def _on_timeline(text: str) -> list[str]:
    """The timeline dates of a one-article story of Monday 5 October 2026."""
    return [entry.date for entry in build_timeline(outlet_story(("2026-10-05", "Wire", text)))]


def _date_conflicts(*articles: tuple[str, str, str]) -> list[dict[str, set[str]]]:
    return [conflict_sides(c) for c in find_conflicts(outlet_story(*articles)) if c.kind == "date"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The Reserve Bank of Australia raised its cash rate by a quarter point on Wednesday, to 4.1%.",
            "Australia's central bank lifted interest rates on Tuesday for the first time in two years.",
        ),
        (
            "Veltra Energy reported third-quarter earnings on Wednesday that fell short of forecasts.",
            "Veltra Energy posted its quarterly results on Tuesday, with profit down 9%.",
        ),
        (
            "Typhoon Kalmaegi made landfall late Wednesday in Quang Ngai province, flattening homes.",
            "Kalmaegi came ashore late Tuesday near Quang Ngai with winds of 150 km/h.",
        ),
        (
            "Kidnappers in Haiti freed nine missionaries on Wednesday after a month in captivity.",
            "The nine hostages were released on Tuesday near Port-au-Prince, Haiti's police said.",
        ),
        (
            "Bus drivers in Leeds walked off the job on Wednesday over pay.",
            "The strike by Leeds bus drivers began on Tuesday, the Unite union said.",
        ),
        (
            "Harrow Rovers beat Dunmore Town 2-1 in the Isthmian Cup final on Wednesday.",
            "Harrow Rovers won the Isthmian Cup on Tuesday, beating Dunmore Town 2-1.",
        ),
    ],
)
def test_one_news_event_told_in_other_words_on_two_weekdays_conflicts(first: str, second: str) -> None:
    sides = _date_conflicts((_THURSDAY, "Courier", first), (_THURSDAY, "Review", second))
    assert sides == [{"2026-10-07": {"a0"}, "2026-10-06": {"a1"}}]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # Two events of a strike: its start, and talks two days later.
        (
            "Bus drivers in Leeds walked off the job on Monday over pay.",
            "Talks between Unite and the Leeds bus operator resumed on Wednesday.",
        ),
        # Two sides' releases in one exchange.
        (
            "Hamas freed three hostages on Saturday under the truce.",
            "Israel released 90 Palestinian prisoners on Sunday.",
        ),
        # Two central banks' decisions, also when their names share the word of their kind.
        (
            "The Federal Reserve cut interest rates on Wednesday by a quarter point.",
            "The Bank of England lowered its key rate on Thursday.",
        ),
        (
            "The European Central Bank cut interest rates on Thursday for the eighth time.",
            "The Bank of Canada held its key rate on Wednesday at 2.75%.",
        ),
        # A walkout from talks is no strike's start.
        (
            "The Unite union walked out of talks with the Leeds bus operator on Monday.",
            "The strike by Leeds bus drivers began on Sunday, Unite said.",
        ),
        # A release of what is told of captives frees no one.
        (
            "Haiti's police released the names of the nine kidnapped missionaries on Monday.",
            "The nine missionaries were freed in Haiti on Sunday, police said.",
        ),
        # Two groups of captives one side freed, counted apart.
        (
            "Hamas freed 13 Israeli hostages on Friday under the truce, Qatar said.",
            "Hamas released 17 hostages on Saturday after a delay, Qatar said.",
        ),
    ],
)
def test_other_events_on_other_days_do_not_conflict(first: str, second: str) -> None:
    assert _date_conflicts(("2026-10-11", "Courier", first), ("2026-10-11", "Review", second)) == []


def test_weekdays_of_two_dates_that_are_one_day_do_not_conflict() -> None:
    assert (
        _date_conflicts(
            (_THURSDAY, "Courier", "Kidnappers in Haiti freed nine missionaries on Wednesday."),
            (_FRIDAY, "Review", "The nine hostages, freed on Wednesday by their kidnappers, flew home."),
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A body's present "votes" is its vote to come, as "members vote" is.
        ("The drivers' union votes on the offer on Friday.", ["2026-10-09"]),
        ("The city council votes on the budget on Thursday.", ["2026-10-08"]),
        # Votes as a noun, or told in the past, stay the days gone by.
        ("Postal votes cast on Friday were counted first.", ["2026-10-02"]),
        ("The union voted on the offer on Friday.", ["2026-10-02"]),
    ],
)
def test_a_bodys_present_vote_is_to_come(text: str, expected: list[str]) -> None:
    assert dates_on(text, "2026-10-05") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "told to <verb>" is an instruction: its day is the act's, no saying's.
        ("Mill workers were told to return to work on Friday.", ["2026-10-09"]),
        ("The company told its staff to return on Friday after the inspection.", ["2026-10-09"]),
    ],
)
def test_a_day_told_as_an_instruction_is_on_the_timeline(text: str, expected: list[str]) -> None:
    assert _on_timeline(text) == expected


def test_a_day_of_a_telling_stays_off_the_timeline() -> None:
    text = "The mayor told reporters on Friday that the bridge was safe."
    assert _on_timeline(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "set" with its particle is the phrasal verb, no plan: the day gone by.
        (
            "Harrow's win in Saturday's Isthmian Cup final has set off celebrations in the town.",
            ["2026-10-03"],
        ),
        ("The final on Saturday has set up a replay in the spring.", ["2026-10-03"]),
        # A plan set for a day is still the coming day.
        ("The replay has been set for Saturday.", ["2026-10-10"]),
    ],
)
def test_set_off_is_no_plan(text: str, expected: list[str]) -> None:
    assert dates_on(text, "2026-10-05") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The month a statistic was just reported for is the story's news, as "last month" is; the month it is
        # compared from is not.
        (
            "Inflation eased to 2.4% in September from 2.9% in August, the statistics office said.",
            ["2026-09"],
        ),
        ("Consumer prices rose 2.4% in September from a year earlier, official data showed.", ["2026-09"]),
        # An older month's figure stays a statistic, off the timeline.
        ("Inflation had peaked at 9.1% in June.", []),
    ],
)
def test_the_month_a_figure_was_just_reported_for_is_on_the_timeline(text: str, expected: list[str]) -> None:
    assert _on_timeline(text) == expected
