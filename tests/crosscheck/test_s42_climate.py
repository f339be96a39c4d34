"""Session 41's climate desk leftovers (session 42): each article's one yearly sum by a future year is the story's
goal however its verb is worded ("provide $300 billion a year ... by 2035" / "channel $250bn a year ... by 2035"),
beside the article's other sums; nations, parties and states that sign, endorse or attend are counted as countries;
"421Mt" is read as 421 million tonnes and a power in gigawatts as megawatts ("1.2GW" is "1,200 MW", not "1,500
MW"); a percentage cut against two base years is no conflict of the cut; and a once-only event (a ship running
aground, a record set) told on two days from two articles' dates is one event's day in conflict, unless the
sentences name two different subjects."""

import pytest

from storyweave.crosscheck import find_conflicts

from .conftest import conflict_sides, dated_story, number_conflicts

_GOAL = "Delegates at the Lunmar summit agreed that rich states will {verb} {sum} a year to poorer nations by 2040."
# Each article's other sums: an old goal of a past year and a demand with no year.
_OLD_GOAL = "The deal replaces a {old} annual goal set in 2015, and campaigners had demanded {demand} a year."


def _goal_story(verbs: tuple[str, str], sums: tuple[str, str]) -> list:
    return dated_story(
        (
            "2027-03-08",
            _GOAL.format(verb=verbs[0], sum=sums[0])
            + " "
            + _OLD_GOAL.format(old="$40 billion", demand="$900 billion"),
        ),
        (
            "2027-03-08",
            _GOAL.format(verb=verbs[1], sum=sums[1]) + " " + _OLD_GOAL.format(old="$40bn", demand="$900bn"),
        ),
    )


def test_each_articles_one_yearly_goal_conflicts_however_its_verb_is_worded():
    [conflict] = number_conflicts(_goal_story(("provide", "channel"), ("$180 billion", "$150bn")))
    assert [(p.amount, p.articles) for p in conflict.positions] == [(180e9, ("a0",)), (150e9, ("a1",))]
    assert conflict.about == "yearly sum by 2040"


def test_one_yearly_goal_told_alike_agrees():
    assert number_conflicts(_goal_story(("provide", "channel"), ("$180 billion", "$180bn"))) == []


def test_a_yearly_sum_of_a_past_year_is_no_goal():
    docs = dated_story(
        ("2027-03-08", "Rich states will provide $180 billion a year to poorer nations under the deal."),
        ("2027-03-08", "Rich states channelled $150bn a year to poorer nations in 2025, the report said."),
    )
    assert number_conflicts(docs) == []


@pytest.mark.parametrize(
    "counted",
    ["Negotiators from 121 nations signed off on the text.", "Some 121 parties endorsed the text."],
)
def test_nations_and_parties_that_sign_are_countries(counted):
    docs = dated_story(
        ("2027-03-08", counted), ("2027-03-08", "The Lunmar accord, backed by 123 countries, was adopted.")
    )
    [conflict] = number_conflicts(docs)
    assert [set(articles) for articles in conflict_sides(conflict).values()] == [{"a0"}, {"a1"}]
    assert conflict.about == "number of countries"


def test_parties_of_no_signing_are_not_countries():
    docs = dated_story(
        ("2027-03-08", "Some 121 parties are registered to contest the election in Lunmar."),
        ("2027-03-08", "Election officials in Lunmar said 123 countries would send observers."),
    )
    assert number_conflicts(docs) == []


def _emitted(amount: str) -> str:
    return f"Orland emitted {amount} of carbon dioxide last year, the agency said."


def test_a_mass_in_megatonnes_glued_to_its_figure_is_read():
    docs = dated_story(("2027-03-08", _emitted("421Mt")), ("2027-03-08", _emitted("450 megatonnes")))
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"421Mt": {"a0"}, "450 megatonnes": {"a1"}}


def test_a_glued_and_a_spelled_mass_agree():
    docs = dated_story(("2027-03-08", _emitted("421Mt")), ("2027-03-08", _emitted("421 million tonnes")))
    assert number_conflicts(docs) == []


def _capacity(power: str) -> str:
    return f"The Harwick solar farm will have a capacity of {power}, the developer said."


@pytest.mark.parametrize(
    ("power", "other"), [("1.2GW", "1,200 MW"), ("1.2 GW", "1,200 megawatts"), ("1.2 gigawatts", "1,200 MW")]
)
def test_gigawatts_and_megawatts_of_one_power_agree(power, other):
    docs = dated_story(("2027-03-08", _capacity(power)), ("2027-03-08", _capacity(other)))
    assert number_conflicts(docs) == []


def test_gigawatts_and_megawatts_of_two_powers_conflict():
    docs = dated_story(("2027-03-08", _capacity("1.2GW")), ("2027-03-08", _capacity("1,500 MW")))
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"1.2GW": {"a0"}, "1,500 MW": {"a1"}}


def test_one_cut_against_two_base_years_is_no_conflict_of_the_cut():
    docs = dated_story(
        ("2027-03-08", "Orland pledged to cut emissions 40% from 2005 levels by 2035."),
        ("2027-03-08", "Orland pledged to cut emissions 45% from 1990 levels by 2035."),
    )
    assert number_conflicts(docs) == []


def _date_conflicts(*articles: tuple[str, str]) -> list[dict[str, set[str]]]:
    return [conflict_sides(c) for c in find_conflicts(dated_story(*articles)) if c.kind == "date"]


def test_one_grounding_told_on_two_days_from_two_dates_conflicts():
    assert _date_conflicts(
        (
            "2027-05-07",
            "The bulk carrier Orla Grey ran aground off Cape Tamsin on Tuesday, the coastguard said.",
        ),
        ("2027-05-08", "The Orla Grey ran aground on Monday night off Cape Tamsin, spilling fuel oil."),
    ) == [{"2027-05-04": {"a0"}, "2027-05-03": {"a1"}}]


def test_one_record_told_on_two_days_conflicts():
    [conflict] = [
        c
        for c in find_conflicts(
            dated_story(
                ("2027-07-19", "The national heat record was set on Saturday in the town of Vessing."),
                ("2027-07-20", "Forecasters said the record was set on Sunday, when Vessing reached 44.9C."),
            )
        )
        if c.kind == "date"
    ]
    assert conflict_sides(conflict) == {"2027-07-17": {"a0"}, "2027-07-18": {"a1"}}
    assert conflict.about == "when the record was set"


def test_records_of_two_named_people_are_two_events():
    assert not _date_conflicts(
        ("2027-07-19", "Sprinter Ilse Marrow set a new national record on Saturday."),
        ("2027-07-20", "Swimmer Tomas Evrard set a new national record on Sunday."),
    )
