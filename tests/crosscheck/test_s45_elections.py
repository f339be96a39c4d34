"""The elections desk's QA pass (session 45): a figure an election's rules set is no result ("a runoff is held if
no candidate wins more than 50%", "needs a turnout of 40% to be valid", "the 41 seats needed for a majority"); a
share or a count of votes told with a rival's ("won 52%, ahead of Varga's 45%", "2,412,530 votes to Brandt's
2,118,904") is its own candidate's, met only by that candidate's other figure; a count "with 95% of precincts
reporting" is a partial count, whose later final figure is an update, and its "95%" is no share of anything; the
referendum's two sides, and the turnouts of two ballots, are two figures; a margin is one however its verb tells
it; a projection's figure is no count of its day, and another round's no result; and what would have happened
had a condition held is dated by no tense ("would have faced Brandt in a runoff on December 20", said on November
30, is this December's)."""

import pytest

from .conftest import conflict_sides, dated_story, dates_on, number_conflicts

_NIGHT, _MORNING = "2026-11-29", "2026-11-30"


@pytest.mark.parametrize(
    ("rule", "result"),
    [
        ("The referendum needs a turnout of 50% to be valid.", "Turnout was 44.2%."),
        ("A turnout of at least 40% is required for the result to be valid.", "Turnout was 36.5 percent."),
        ("The Civic Union needs 41 seats for a majority in the assembly.", "The Civic Union won 36 seats."),
        (
            "Under the law, a runoff is held if no candidate wins more than 50% of the vote.",
            "Elena Marchetti won 48.2% of the vote, Elena Marchetti's campaign said.",
        ),
        (
            "The Civic Union won 34 seats, short of the 41 seats needed to control the chamber.",
            "The Civic Union won 34 seats, and needed 45 to govern alone.",
        ),
    ],
)
def test_a_figure_the_rules_set_is_no_result(rule, result):
    assert number_conflicts(dated_story((_NIGHT, rule), (_MORNING, result))) == []


def test_a_result_beside_the_threshold_it_cleared_is_still_read():
    """With the threshold not read, the share beside it is the clause's one figure, and meets another outlet's."""
    docs = dated_story(
        (
            _MORNING,
            "Elena Marchetti won 50.8% of the vote, clearing the 50% threshold needed to avoid a runoff.",
        ),
        (_MORNING, "Elena Marchetti won with 50.3% of the vote, final results showed."),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"50.8": {"a0"}, "50.3": {"a1"}}


_RIVALS = "Voters in Valmora chose between Elena Marchetti and Tomas Brandt. "


@pytest.mark.parametrize(
    "together",
    [
        "Marchetti won 51.9% of the vote, ahead of Brandt's 44.6%.",
        "Marchetti took 51.9 percent of the vote to Brandt's 44.6 percent.",
        "Marchetti had 51.9% of the vote against 44.6% for Brandt.",
    ],
)
def test_a_share_told_with_a_rivals_is_its_own_candidates(together):
    docs = dated_story(
        (_MORNING, _RIVALS + together),
        (_MORNING, _RIVALS + "Marchetti won 50.8% of the vote. Brandt won 44.6% of the vote."),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"51.9": {"a0"}, "50.8": {"a1"}}


@pytest.mark.parametrize(
    "alone",
    [
        # The rival's own share, matching: nothing to report.
        "Brandt won 44.6% of the vote.",
        # The winner's, matching.
        "Marchetti won 50.8% of the vote.",
    ],
)
def test_a_rivals_share_is_not_the_winners(alone):
    docs = dated_story(
        (_MORNING, _RIVALS + "Marchetti won 50.8% of the vote, ahead of Brandt's 44.6%."),
        (_MORNING, _RIVALS + alone),
    )
    assert number_conflicts(docs) == []


def test_a_rivals_count_of_votes_meets_only_the_rivals():
    docs = dated_story(
        (_MORNING, _RIVALS + "Marchetti received 2,412,530 votes to Brandt's 2,118,904."),
        (_MORNING, _RIVALS + "Brandt received 2,181,904 votes, the commission said."),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"2118904": {"a0"}, "2181904": {"a1"}}


@pytest.mark.parametrize(
    ("night", "final"),
    [
        ("With 95% of precincts reporting, turnout was 58%.", "Turnout was 61.2%."),
        ("Turnout stood at 58 percent with 90 percent of polling stations reporting.", "Turnout was 61.2%."),
        ("With 95% of precincts reporting, Marchetti had 1,203,400 votes.", "Marchetti won 1,280,112 votes."),
    ],
)
def test_a_count_with_precincts_still_reporting_is_updated_by_the_final_count(night, final):
    docs = dated_story((_NIGHT, _RIVALS + night), (_MORNING, _RIVALS + final))
    assert [conflict.update for conflict in number_conflicts(docs)] == [True]


def test_the_share_of_precincts_reporting_is_no_share_of_the_vote():
    """ "95% of precincts" tells how far the count is, so the candidate's share beside it is read."""
    docs = dated_story(
        (_NIGHT, _RIVALS + "Marchetti had 53.1% of the vote with 95% of precincts reporting."),
        (_NIGHT, _RIVALS + "Marchetti had 51.1% of the vote with 95% of precincts reporting."),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"53.1": {"a0"}, "51.1": {"a1"}}


def test_a_share_a_candidate_won_with_is_hers_beside_a_rivals_clause():
    """ "won with 50.3%" names its winner as "won 50.3%" does, so the rival's share of the "while" clause is
    no second value of hers (the article stated both, and the conflict was dropped)."""
    docs = dated_story(
        (
            _MORNING,
            _RIVALS
            + "Elena Marchetti won with 50.3% of the vote, according to the certified tally, while Brandt "
            "won 44.6%.",
        ),
        (_MORNING, _RIVALS + "Marchetti won 50.8% of the vote. Brandt won 44.6% of the vote."),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"50.3": {"a0"}, "50.8": {"a1"}}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Some 63.5% voted yes in the referendum.", "Some 36.5% voted no in the referendum."),
        ("The 'yes' vote took 63.5% in the referendum.", "The 'no' vote took 36.5% in the referendum."),
        ("Yes won 63.5% of the vote in the referendum.", "No won 36.5% of the vote in the referendum."),
    ],
)
def test_the_two_sides_of_a_referendum_are_two_shares(first, second):
    assert number_conflicts(dated_story((_NIGHT, first), (_MORNING, second))) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The Yes side won 63.5% of the vote in the referendum.", "The Yes side won 61.5% of the vote."),
        ("In the referendum, 63.5% voted yes.", "In the referendum, 61.5% voted Yes."),
    ],
)
def test_one_sides_two_shares_still_conflict(first, second):
    [conflict] = number_conflicts(dated_story((_NIGHT, first), (_MORNING, second)))
    assert conflict_sides(conflict) == {"63.5": {"a0"}, "61.5": {"a1"}}


def test_turnouts_of_two_ballots_of_one_day_are_two_measures():
    docs = dated_story(
        (_MORNING, "Turnout in the referendum was 58.9%."),
        (_MORNING, "Turnout in the governor's race was 61.2%."),
    )
    assert number_conflicts(docs) == []


def test_a_turnout_that_names_its_ballot_still_meets_a_plain_turnout():
    docs = dated_story(
        (_MORNING, "Turnout in the governor's race reached 62.1%, the commission said."),
        (_MORNING, "Turnout was 61.2%."),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"62.1": {"a0"}, "61.2": {"a1"}}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Marchetti beat Brandt by 6.2 percentage points.", "Marchetti won by 5.8 points."),
        ("Marchetti won with a margin of 6.2 points.", "Marchetti defeated Brandt by 5.8 points."),
    ],
)
def test_a_margin_told_with_two_verbs_is_one_margin(first, second):
    [conflict] = number_conflicts(dated_story((_NIGHT, _RIVALS + first), (_MORNING, _RIVALS + second)))
    assert conflict_sides(conflict) == {"6.2": {"a0"}, "5.8": {"a1"}}


@pytest.mark.parametrize(
    "second",
    [
        "Marchetti won 2,412,530 votes, the commission said.",
        "Marchetti won 50.8% of the vote, beating Brandt's 44.6%.",
    ],
)
def test_a_margin_is_no_count_or_share_of_the_vote(second):
    docs = dated_story(
        (_NIGHT, _RIVALS + "Marchetti won by 293,600 votes, or 6.2 points."), (_MORNING, _RIVALS + second)
    )
    assert number_conflicts(docs) == []


_PARTIES = "Voters backed Labour, the Conservatives and the People's Party. "


@pytest.mark.parametrize(
    ("together", "alone", "sides"),
    [
        (
            "Labour won 38% of the vote to the Conservatives' 31%.",
            "The Conservatives won 33% of the vote.",
            {"31": {"a0"}, "33": {"a1"}},
        ),
        (
            "Labour won 41 seats to the People's Party's 29.",
            "The People's Party won 31 seats.",
            {"29": {"a0"}, "31": {"a1"}},
        ),
    ],
)
def test_a_rival_partys_figure_meets_its_own_other_figure(together, alone, sides):
    [conflict] = number_conflicts(dated_story((_NIGHT, _PARTIES + together), (_MORNING, _PARTIES + alone)))
    assert conflict_sides(conflict) == sides


def test_a_rival_partys_figure_is_not_the_winners():
    docs = dated_story(
        (_NIGHT, _PARTIES + "Labour won 41 seats to the People's Party's 29."),
        (_MORNING, _PARTIES + "Labour won 41 seats, while the People's Party took 29."),
    )
    assert number_conflicts(docs) == []


@pytest.mark.parametrize(
    "text",
    [
        "Had Marchetti fallen below 50%, she would have faced Brandt in a runoff on December 20.",
        "If no candidate had won outright, a runoff would have been held on December 20.",
    ],
)
def test_what_would_have_happened_had_a_condition_held_is_dated_nearest(text):
    assert dates_on(text, _MORNING) == ["2026-12-20"]


def test_a_past_that_did_not_happen_stays_past():
    """No condition opens the sentence: "would have been" tells a past averted (DUC d30026t)."""
    text = "There would have been a massive shutdown on Oct. 1, except that Congress voted."
    assert dates_on(text, "2026-10-05") == ["2026-10-01"]


_RUIZ = "Voters chose between Ana Ruiz and Peter Varga. "


_PROJECTED = "Ruiz was projected to win 55% of the vote, according to exit polls."


def test_a_projection_is_no_count_of_its_day():
    docs = dated_story((_NIGHT, _RUIZ + _PROJECTED), (_NIGHT, _RUIZ + "Ruiz won 52.3% of the vote."))
    assert number_conflicts(docs) == []


def test_a_later_days_count_settles_a_projection():
    docs = dated_story((_NIGHT, _RUIZ + _PROJECTED), (_MORNING, _RUIZ + "Ruiz won 52.3% of the vote."))
    assert [conflict.update for conflict in number_conflicts(docs)] == [True]


def test_two_rounds_are_two_ballots():
    docs = dated_story(
        (_NIGHT, _RUIZ + "Ruiz won 52.3% of the vote in the first round."),
        (_MORNING, _RUIZ + "Ruiz won 55.8% of the vote in the runoff."),
    )
    assert number_conflicts(docs) == []


@pytest.mark.parametrize(
    "second",
    [
        # A runoff is the second round.
        "Ruiz won 55.3% of the vote in the second round.",
        # An outlet that does not name the round.
        "Ruiz won 55.3% of the vote.",
    ],
)
def test_one_rounds_shares_still_conflict(second):
    docs = dated_story(
        (_NIGHT, _RUIZ + "Ruiz won 52.3% of the vote in the runoff."), (_MORNING, _RUIZ + second)
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"52.3": {"a0"}, "55.3": {"a1"}}


def test_a_fact_told_in_a_relative_clause_after_a_rule_word_is_read():
    """ "he must boldly face the setback ... caused by Friday's car bombing in Jerusalem that killed the two bombers
    and injured 21" (DUC 2003 d30010t) tells the toll, whatever "must" says of the speaker's wish."""
    docs = dated_story(
        (
            "1998-11-07",
            "Mubarak said if Netanyahu wants to change that perception he must boldly face the setback to peace "
            "caused by Friday's car bombing in Jerusalem that killed the two bombers and injured 21.",
        ),
        ("1998-11-06", "A car-bomb explosion in a Jerusalem market on Friday wounded 24 people."),
    )
    assert [set(conflict_sides(conflict)) for conflict in number_conflicts(docs)] == [{"21", "24"}]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # The condition's comma closes it: the cost is the plan's.
        ("If approved, the plan would cost $2 billion.", "The plan will cost $2.5 billion."),
        # A past "required" or "needed" tells what happened.
        ("The boy required 14 stitches after the attack.", "The boy needed 18 stitches after the attack."),
    ],
)
def test_a_fact_beside_a_rule_word_is_still_read(first, second):
    assert len(number_conflicts(dated_story((_NIGHT, first), (_MORNING, second)))) == 1


def test_a_share_in_an_article_of_the_runoff_is_the_runoffs():
    """An article that names only the runoff gives its result unnamed; the first round's share is another ballot's,
    however the article words it."""
    docs = dated_story(
        (_MORNING, _RUIZ + "Ruiz won 47.9% of the vote in the first round on October 4."),
        (_MORNING, _RUIZ + "Ruiz won Sunday's runoff. Ruiz won 53.6% of the vote, final results showed."),
    )
    assert number_conflicts(docs) == []


def test_a_participles_share_is_its_main_clauses_winners_in_its_round():
    """ "Ruiz won Sunday's runoff, taking 53.6 percent of the vote to Varga's 46.4 percent": the 53.6 is Ruiz's, of
    the runoff, and meets another outlet's runoff share of hers, not the first round's."""
    docs = dated_story(
        (
            _MORNING,
            _RUIZ
            + "Ruiz won 47.9% of the vote in the first round. Ana Ruiz won Sunday's runoff, taking 53.6 percent "
            "of the vote to Varga's 46.4 percent.",
        ),
        (_MORNING, _RUIZ + "In the runoff, Ruiz won 53.1% of the vote."),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"53.6": {"a0"}, "53.1": {"a1"}}
