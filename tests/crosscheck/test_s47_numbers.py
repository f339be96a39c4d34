"""The numbers desk (session 47): figures of one thing that two outlets word apart.

A span of time told before its event's noun by "of" ("after 14 hours of deliberations") is a duration of that event,
and a walkout or a stoppage is the strike. One measure has one name ("jobless rate" / "unemployment", "stock" /
"shares", "voter turnout" / "turnout"), told in the present or an absolute phrase too ("stands at", "with unemployment
at"), and its span of accounts is no narrower measure ("second-quarter revenue"). A level changed to in a month from an
earlier one is the month's level. Cents are euro cents in a story that writes the euro and no dollar. The whole of "N
of M" is no count of the part after the same verb ("guilty of four counts" / "guilty on five of six counts"), and seats
taken are seats won. Spectators who watched are the attendance; "initially caught" is no superseded figure; "2.7 times
the mass of Earth" is 2.7 Earth masses; a side the attribution names ("Karthan's defense ministry said") says the
side of another outlet's dead ("Nine Karthan soldiers")."""

import pytest

from storyweave.crosscheck._facts import is_stale

from .conftest import conflict_sides, dated_story, number_conflicts


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Former mayor Gregor Platt was convicted on Wednesday after a jury deliberated for 11 hours.",
            "A jury found Gregor Platt guilty on Wednesday after 14 hours of deliberations.",
        ),
        (
            "Negotiators met for two days of talks in Vienna before the deal was reached.",
            "The deal came after talks in Vienna that lasted three days.",
        ),
    ],
)
def test_a_span_of_an_event_noun_is_its_duration(first, second):
    [conflict] = number_conflicts(dated_story(("2026-02-12", first), ("2026-02-12", second)))
    assert {outlets.pop() for outlets in conflict_sides(conflict).values()} == {"a0", "a1"}


def test_a_span_of_a_dated_event_is_no_duration():
    docs = dated_story(
        ("2026-02-12", "Police arrested the suspect within 24 hours of the attack on Monday."),
        ("2026-02-12", "Police questioned the suspect for 36 hours after the attack on Monday."),
    )
    assert number_conflicts(docs) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # One measure by two names: the jobless rate is unemployment, a company's stock its shares, voter turnout
        # turnout.
        (
            "The government campaigned with unemployment at 7.1% in the industrial north.",
            "The jobless rate of 7.4 percent weighed on the government in the industrial north.",
        ),
        ("Unemployment stands at 7.1 percent, the statistics office said.", "The jobless rate was 7.4%."),
        (
            "Shares of Talvera Systems fell 11.4% on Wednesday after the results.",
            "Talvera Systems' stock dropped 9.8 percent on Wednesday.",
        ),
        ("Turnout was 62.4%, the electoral commission said.", "Voter turnout stood at 64.2 percent."),
        # A rate changed to its level in a month, from an earlier one: the month's level.
        (
            "Inflation in Veldoria eased to 2.8% in February from 3.1% in January.",
            "Consumer prices in Veldoria rose 2.6% in February from a year earlier.",
        ),
    ],
)
def test_one_measure_told_two_ways_conflicts(first, second):
    [conflict] = number_conflicts(dated_story(("2026-04-23", first), ("2026-04-23", second)))
    assert {outlets.pop() for outlets in conflict_sides(conflict).values()} == {"a0", "a1"}


def test_cents_of_an_article_with_no_currency_in_a_euro_story_are_euro_cents():
    docs = dated_story(
        ("2026-04-02", "Diesel in Estra rose by 12 cents a litre in March, the bureau said."),
        ("2026-04-02", "Diesel in Estra rose by €0.09 a litre in March, to €1.81, the bureau said."),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"12 cents": {"a0"}, "0.09": {"a1"}}


def test_cents_in_a_euro_story_are_euro_cents():
    docs = dated_story(
        (
            "2026-03-03",
            "Petrol in Veldoria cost €1.72 a litre. Its price dropped by 40 cents a litre in February.",
        ),
        ("2026-03-03", "The price of petrol in Veldoria fell by €0.35 per litre in February."),
    )
    [conflict] = number_conflicts(docs)
    assert {outlets.pop() for outlets in conflict_sides(conflict).values()} == {"a0", "a1"}


@pytest.mark.parametrize("verb", ["secured", "took", "captured"])
def test_seats_taken_are_seats_won(verb):
    docs = dated_story(
        (
            "2026-05-18",
            "The Liberal Union won 68 seats in Sunday's parliamentary election, the commission said.",
        ),
        ("2026-05-18", f"The Liberal Union {verb} 66 seats in Sunday's election, final results showed."),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"68": {"a0"}, "66": {"a1"}}


@pytest.mark.parametrize(
    ("first", "second", "whole"),
    [
        (
            "The Liberal Union won 68 seats in Sunday's parliamentary election.",
            "The Liberal Union took 68 of the 150 seats in Sunday's parliamentary election.",
            "150",
        ),
        (
            "Former mayor Gregor Platt was found guilty of four counts of fraud on Wednesday.",
            "A jury found Gregor Platt guilty on five of six counts of fraud on Wednesday.",
            "6",
        ),
        (
            "Former mayor Gregor Platt was convicted of four counts of fraud on Wednesday.",
            "Gregor Platt was convicted on four of the six counts of fraud on Wednesday.",
            "6",
        ),
    ],
)
def test_a_whole_is_no_count_of_the_part_won_or_found(first, second, whole):
    """The whole of "N of the M" is what there was to win or to find ("150 seats", "six counts"), not what one
    outlet's plain count after the same verb counts ("won 68 seats", "guilty of four counts")."""
    docs = dated_story(("2026-02-12", first), ("2026-02-12", second))
    assert not any(whole in conflict_sides(conflict) for conflict in number_conflicts(docs))


@pytest.mark.parametrize(
    "second",
    [
        "Ostmark's train drivers will walk out for 72 hours from Thursday, their union said.",
        "Ostmark's train drivers will stage a 72-hour walkout from Thursday, their union said.",
        "The stoppage by Ostmark's train drivers will last 72 hours from Thursday, their union said.",
    ],
)
def test_a_walkout_is_the_strike(second):
    docs = dated_story(
        (
            "2026-06-08",
            "Train drivers in Ostmark will hold a 48-hour strike starting on Thursday, the union said.",
        ),
        ("2026-06-08", second),
    )
    [conflict] = number_conflicts(docs)
    assert {outlets.pop() for outlets in conflict_sides(conflict).values()} == {"a0", "a1"}


@pytest.mark.parametrize(
    "second",
    [
        "A sell-out 72,814 spectators watched Redmoor beat Castlefield 3-1 in the cup final on Saturday.",
        "Redmoor beat Castlefield 3-1 in the cup final on Saturday, watched by 72,814 fans.",
        "Some 72,814 supporters packed the National Stadium as Redmoor beat Castlefield 3-1 on Saturday.",
    ],
)
def test_spectators_who_watched_a_match_are_its_attendance(second):
    docs = dated_story(
        (
            "2026-05-31",
            "Redmoor won the cup final 3-1 on Saturday before a crowd of 78,214 at the National Stadium.",
        ),
        ("2026-05-31", second),
    )
    [conflict] = number_conflicts(docs)
    assert conflict.about == "attendance"


@pytest.mark.parametrize(
    ("first", "second", "agreed"),
    [
        (
            "Orlan Foods said second-quarter revenue rose to $2.36 billion from $2.1 billion a year earlier.",
            "Orlan Foods reported revenue of $2.63 billion for the second quarter.",
            False,
        ),
        (
            "Orlan Foods said quarterly revenue was $2.36 billion.",
            "Orlan Foods reported revenue of $2.63 billion for the second quarter.",
            False,
        ),
        # Two spans of accounts are two figures (``_other_account_periods``).
        (
            "Orlan Foods said second-quarter revenue was $2.36 billion.",
            "Orlan Foods reported full-year revenue of $9.1 billion.",
            True,
        ),
    ],
)
def test_a_measure_of_a_span_of_accounts_is_the_measure_over_that_span(first, second, agreed):
    conflicts = number_conflicts(dated_story(("2026-07-30", first), ("2026-07-30", second)))
    assert (conflicts == []) is agreed


@pytest.mark.parametrize(
    "second",
    [
        "Rescuers reached the section of the Grevno mine in which 12 workers were initially caught.",
        "Twelve workers were originally trapped in the Grevno mine, the operator said.",
    ],
)
def test_a_count_of_those_first_caught_is_no_superseded_figure(second):
    """ "initially" before an event's verb tells who the event caught at first, not a figure since revised."""
    docs = dated_story(
        (
            "2026-01-20",
            "Rescuers reached a tunnel of the Grevno mine where 11 workers were trapped, the operator said.",
        ),
        ("2026-01-20", second),
    )
    [conflict] = number_conflicts(docs)
    assert {outlets.pop() for outlets in conflict_sides(conflict).values()} == {"a0", "a1"}


def test_a_figure_initially_told_is_superseded():
    docs = dated_story(
        ("2026-01-20", "Eleven workers were trapped in the Grevno mine, the operator said."),
        ("2026-01-20", "The operator initially said 14 workers were trapped in the Grevno mine."),
    )
    assert number_conflicts(docs) == []


@pytest.mark.parametrize(
    "first",
    [
        "Astronomers found a rocky planet about 2.7 times the mass of Earth orbiting the star Kessin-4.",
        "Astronomers found a rocky planet about 2.7 times as massive as Earth orbiting the star Kessin-4.",
        "Astronomers found a rocky planet of about 2.7 Earth masses orbiting the star Kessin-4.",
    ],
)
def test_a_multiple_of_a_mass_is_that_mass_as_a_unit(first):
    """ "N times the mass of Earth" and "N times as massive as Earth" are N Earth masses."""
    docs = dated_story(
        ("2026-08-14", first),
        ("2026-08-14", "A planet of roughly 3.1 Earth masses has been found orbiting the star Kessin-4."),
    )
    [conflict] = number_conflicts(docs)
    assert {outlets.pop() for outlets in conflict_sides(conflict).values()} == {"a0", "a1"}


def test_multiples_of_two_references_do_not_conflict():
    docs = dated_story(
        ("2026-08-14", "The planet Kessin-4b is about 2.7 times the mass of Earth."),
        ("2026-08-14", "The planet Kessin-4b is about 0.3 times the mass of Jupiter."),
    )
    assert number_conflicts(docs) == []


def test_a_side_named_before_the_dead_meets_a_toll_its_side_reports():
    """ "Nine Karthan soldiers were killed" is the toll that "killed 11 soldiers ..., Karthan's defense ministry said"
    gives: the other sentence names the side outside the toll's clause."""
    docs = dated_story(
        (
            "2026-07-02",
            "Nine Karthan soldiers were killed in a clash near Ulm on Tuesday, the ministry said.",
        ),
        (
            "2026-07-02",
            "Vessian artillery fire killed 11 soldiers near Ulm on Tuesday, Karthan's defense ministry said.",
        ),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"9": {"a0"}, "11": {"a1"}}


def test_a_side_named_as_the_killer_is_no_side_of_the_dead():
    docs = dated_story(
        (
            "2026-07-02",
            "Nine Karthan soldiers were killed in a clash near Ulm on Tuesday, the ministry said.",
        ),
        ("2026-07-02", "Karthan artillery fire killed 11 soldiers near Ulm on Tuesday, the ministry said."),
    )
    assert number_conflicts(docs) == []


@pytest.mark.parametrize(
    ("sentence", "stale"),
    [
        ("Cardoso had 56 percent of the vote, a far stronger showing than polls initially predicted.", True),
        ("Police initially said 14 workers were trapped.", True),
        ("The vote, originally scheduled for Tuesday, was held on Thursday.", True),
        ("Rescuers reached the tunnel in which 12 workers were initially caught.", False),
    ],
)
def test_initially_before_a_guess_or_a_telling_is_superseded(sentence, stale):
    assert is_stale(sentence) is stale
