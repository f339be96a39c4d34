"""Numeric contradictions of session 28 (the QA11b data-journalist pass, and held-out stories of a marathon,
a by-election and a rugby final): match scores, race times, ages given as "aged 34", a share or a sum
named by the measure it is the level of ("Turnout was 61.2%"), a comparison figure left out ("up from
$540m a year earlier"), and an estimate settled by the final figure as an update. With guards: the
agreements the QA found kept apart from conflicts."""

import pytest

from storyweave.crosscheck import find_conflicts
from tests.crosscheck.conftest import dated_story

DAY = "2026-11-30"


def _numbers(docs: list) -> list[tuple[bool, list[tuple[str, set[str]]]]]:
    """Each number conflict or update: whether an update, and its values in order with their articles."""
    return [
        (c.update, [(p.value, set(p.articles)) for p in c.positions])
        for c in find_conflicts(docs)
        if c.kind == "number"
    ]


def _one_day(*texts: str) -> list:
    return dated_story(*((DAY, text) for text in texts))


def test_two_scores_of_one_match_conflict_however_the_result_is_worded() -> None:
    docs = _one_day(
        "Harbour City won the Coastal Cup final 2-1 against Ravensdale on Saturday.",
        "Harbour City beat Ravensdale 3-1 in the Coastal Cup final at the National Stadium on Saturday.",
        "Harbour City's 2–1 win over Ravensdale in Saturday's Coastal Cup final was settled late.",
    )
    assert _numbers(docs) == [(False, [("2-1", {"a0", "a2"}), ("3-1", {"a1"})])]
    assert [c.about for c in find_conflicts(docs)] == ["match score"]


def test_scores_on_the_way_or_of_another_match_are_no_conflict() -> None:
    # "1-1" at the break is no result, and a semi-final against another team is another match.
    docs = _one_day(
        "Westport beat Northshore 24-17 in the Shield final on Saturday. The sides were level 10-10 at half-time.",
        "Westport reached the final by beating Eastvale 31-12 in the semi-final a week ago.",
        "It was 10-14 at the break before Westport won the Shield final 24–17 against Northshore.",
        "The party won 10-15 seats in the vote.",
    )
    assert _numbers(docs) == []


def test_two_race_times_of_one_runner_conflict_but_not_another_runners_or_a_record() -> None:
    docs = dated_story(
        ("2026-10-12", "Daniel Okello won the Lakeside Marathon on Sunday in 2:05:12."),
        ("2026-10-12", "Daniel Okello, aged 29, won the Lakeside Marathon on Sunday in 2:05:21."),
        ("2026-10-12", "Ruth Amane won the women's race in 2:18:40, her first marathon win."),
        ("2026-10-12", "The course record of 2:04:58 was set by Samuel Rotich in 2019."),
    )
    assert _numbers(docs) == [(False, [("2:05:12", {"a0"}), ("2:05:21", {"a1"})])]


def test_an_age_given_as_aged_conflicts_with_another() -> None:
    docs = _one_day(
        "Captain Marco Lind, aged 34, scored the winner.", "Captain Marco Lind, aged 36, scored the winner."
    )
    assert _numbers(docs) == [(False, [("34", {"a0"}), ("36", {"a1"})])]
    agreeing = _one_day(
        "Captain Marco Lind, aged 34, scored the winner.", "Marco Lind, the 34-year-old captain, scored."
    )
    assert _numbers(agreeing) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Turnout was 61.2%.", "Turnout reached 71.2%."),
        ("Turnout was 61.2%, up from 55.4% in 2022.", "Turnout reached 71.2 per cent, a sharp rise on 2022."),
        ("Turnout was 61.2%.", "Turnout was 71.2%, higher than in 2022."),
    ],
)
def test_a_share_named_by_its_measure_conflicts_whatever_else_the_clause_says(
    first: str, second: str
) -> None:
    docs = _one_day(first, second, "Turnout was 61.2 per cent, the returning officer said.")
    assert _numbers(docs) == [(False, [("61.2", {"a0", "a2"}), ("71.2", {"a1"})])]


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        (
            "Net profit for the three months to September was $610m, up from $540m a year earlier.",
            "Net profit was $780m, the company said.",
            ("$610m", "$780m"),
        ),
        ("Net profit rose to $610m.", "Net profit rose to $780m.", ("$610m", "$780m")),
        ("Revenue rose to $4.2bn.", "Revenue rose to $4.8bn.", ("$4.2bn", "$4.8bn")),
    ],
)
def test_a_sum_named_by_its_measure_conflicts_and_its_comparison_is_left_out(
    first: str, second: str, values: tuple[str, str]
) -> None:
    assert _numbers(_one_day(first, second)) == [(False, [(values[0], {"a0"}), (values[1], {"a1"})])]


def test_two_measures_or_a_comparison_figure_are_no_conflict() -> None:
    docs = _one_day(
        "Operating profit was $700m, the company said.",
        "Net profit was $610m, up from $540m a year earlier.",
        "Net profit was $610 million, against $580 million in the same quarter last year.",
        "Nausea was reported by 12% of patients taking the drug, against 4% on placebo.",
        "About 9 per cent of patients on the drug reported nausea.",
    )
    assert _numbers(docs) == []


def test_an_estimate_then_the_final_figure_is_an_update() -> None:
    docs = dated_story(
        ("2026-11-29", "Turnout was estimated at about 58%, the returning officer said."),
        ("2026-11-30", "Turnout was 61.2%, up from 55.4% in 2022."),
        ("2026-11-30", "Turnout was 61.2 per cent, the returning officer said."),
    )
    assert _numbers(docs) == [(True, [("about 58%", {"a0"}), ("61.2", {"a1", "a2"})])]
    # Two plain figures of two days are two outlets' figures, not an estimate settled.
    plain = dated_story(("2026-11-29", "Turnout was 58%."), ("2026-11-30", "Turnout was 61.2%."))
    assert _numbers(plain) == [(False, [("58", {"a0"}), ("61.2", {"a1"})])]
    # Nor is a loose figure no one calls an estimate (the QA6 derailment story).
    loose = dated_story(
        ("2026-07-16", "About 180 passengers were on board the service from Bristel to Carrow."),
        ("2026-07-21", "The train from Bristel to Carrow was carrying 210 passengers."),
    )
    assert [update for update, _ in _numbers(loose)] == [False]


@pytest.mark.parametrize(
    "texts",
    [
        (
            "The Progress Party took 38.4% of the vote in the assembly election.",
            "The Progress Party took 38.4 per cent of the vote in the assembly election.",
            "The Progress Party took just over 38 per cent of the vote in the assembly election.",
        ),
        (
            "Halvorsen said on Thursday that quarterly revenue rose 12% to $4.2bn.",
            "Halvorsen reported quarterly revenue of £3.3 billion on Thursday, up 12 per cent.",
            "Halvorsen said on Thursday that quarterly revenue grew 12 percent to $4.21 billion.",
            "Third-quarter revenue was 4.2 billion dollars, Halvorsen said on Thursday.",
        ),
        (
            "Revenue rose to $4.2bn in the third quarter.",
            "Revenue rose to £3.3bn in the third quarter.",
            "Revenue rose to $4.21bn in the third quarter.",
        ),
        (
            "Halvorsen said on Thursday it would cut between 900 and 1,000 jobs.",
            "Halvorsen said on Thursday it would cut around 950 jobs.",
            "Halvorsen said on Thursday it would cut nearly 1,000 jobs.",
        ),
        (
            "Asia now makes up a fifth of Halvorsen's sales.",
            "Asia now makes up 20% of Halvorsen's sales.",
        ),
        (
            "Harbour City had 67% of possession in Saturday's final.",
            "Harbour City had nearly two-thirds of possession in Saturday's final.",
            "Harbour City had 67 per cent of possession in Saturday's final.",
        ),
        (
            "A crowd of 41,250 watched the final at the National Stadium.",
            "More than 41,000 watched the final at the National Stadium.",
        ),
        ("The winners receive £1.5m in prize money.", "The winners receive £1.5 million in prize money."),
        (
            "The Progress Party won 31 seats in the assembly.",
            "The Progress Party won thirty-one seats in the assembly.",
        ),
        ("Turnout was 61.2% in the assembly election.", "Turnout was just over 61 per cent in the election."),
    ],
)
def test_agreements_told_differently_are_no_conflict(texts: tuple[str, ...]) -> None:
    assert _numbers(_one_day(*texts)) == []


def test_one_persons_share_of_the_vote_conflicts_and_a_partial_count_settles_as_an_update() -> None:
    # The held-out by-election (/tmp/s28/num11/held/byelection), cut down: Labour's Tom Price has his
    # own share, which is no other figure for Cole's.
    gazette = (
        "Maria Cole won the Ashby West by-election on Friday with 44.1% of the vote, taking the seat from "
        "Labour. Cole's majority was 3,210 votes over Labour's Tom Price, who took 31.5%. \"Ashby West has "
        'sent a message tonight," Cole said in her victory speech.'
    )
    national = (
        "Labour lost the Ashby West seat in Friday's by-election, as Maria Cole won 44.1 per cent of the "
        "vote, up from 36.0 per cent for her party at the general election. Tom Price, the Labour "
        "candidate, took 31.5 per cent."
    )
    east = (
        "Maria Cole won the Ashby West by-election on Friday with 41.4% of the vote. Her majority was 3,210 "
        "votes. Labour's Tom Price came second with 31.5%."
    )
    docs = dated_story(("2026-11-06", gazette), ("2026-11-06", national), ("2026-11-06", east))
    assert _numbers(docs) == [(False, [("44.1", {"a0", "a1"}), ("41.4", {"a2"})])]
    counted = dated_story(
        (
            "2026-11-05",
            "With a third of ballots counted, Maria Cole, the Reform candidate, had 39.5% of the vote.",
        ),
        ("2026-11-06", gazette),
    )
    assert _numbers(counted) == [(True, [("39.5", {"a0"}), ("44.1", {"a1"})])]
