"""The numbers desk's QA pass (session 45), on business, economy and disaster stories.

A bare figure a market closed at is the day's level, so two outlets' closes of one index on one day conflict, while
closes told on two days are two closes. A forecast ("has forecast growth of 2.1%", "expects revenue of $1.2 billion")
is compared only with another forecast, never with the figure that came; "is expected to cost" is no forecast word. The change of prices in general ("Consumer
prices rose 3.1% in July") is the inflation rate, and a month's rate told after the month is no update. An area a
fire grew or spread to is the burned area's update. A company's measure after its pronoun ("Northgate said its net
profit ...") is the company's. People forced or driven from their homes were evacuated, and a day a "since" clause
starts ("since it ignited on Sunday") is no day of the count. Another country's dollar ("C$340 million") is its own
currency. Figures over two spans of accounts (a quarter, a half, a year, nine months) are two facts. A range opened
by "between" is read as the range it allows. A sum spent on an act told by its gerund is that act's cost ("spent $40
million making the film" is its production cost, "marketing the film" another's), and a period that owns a sentence's
subject ("Last year's summit, in Geneva, drew 40 countries") scopes its figure past an appositive. The homes a
disaster destroyed are counted as it goes: a later, higher count is an update."""

import pytest

from .conftest import conflict_sides, dated_story, number_conflicts


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The Calder 500 index closed at 7,412 points on Monday, down 0.4%.",
            "The Calder 500 closed at 7,398, its lowest level in a month.",
        ),
        ("The Nikkei 225 ended the day at 38,120.5.", "Tokyo's Nikkei 225 finished at 38,410 on Monday."),
        ("The Calder 500 fell 0.4% to close at 7,412.", "The Calder 500 closed down 0.5% at 7,398."),
    ],
)
def test_two_closes_of_one_index_on_one_day_conflict(first, second):
    [conflict] = number_conflicts(dated_story(("2026-08-10", first), ("2026-08-10", second)))
    assert {outlets.pop() for outlets in conflict_sides(conflict).values()} == {"a0", "a1"}
    assert conflict.about == "level in points"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # Closes of two days, told undated by articles of two days.
        (
            ("2026-08-10", "The Calder 500 index closed at 7,412."),
            ("2026-08-11", "The Calder 500 closed at 7,450."),
        ),
        # Another index.
        (
            ("2026-08-10", "The Calder 500 index closed at 7,412 on Monday."),
            ("2026-08-10", "The Harlan 100 index closed at 5,210 on Monday."),
        ),
        # An hour, not a level.
        (
            ("2026-08-10", "The polls closed at 8 on Monday."),
            ("2026-08-10", "The polls closed at 9 on Monday."),
        ),
    ],
)
def test_closes_of_other_days_or_indexes_do_not_conflict(first, second):
    assert number_conflicts(dated_story(first, second)) == []


@pytest.mark.parametrize(
    ("forecast", "actual"),
    [
        (
            "The central bank forecast growth of 2.1% this year.",
            "The central bank said growth was 1.4% this year.",
        ),
        (
            "Growth this year is projected at 2.1%, the treasury said.",
            "Growth this year was 2.6%, the treasury said.",
        ),
        (
            "Northgate expects full-year revenue of $1.2 billion.",
            "Northgate reported full-year revenue of $1.1 billion.",
        ),
    ],
)
def test_a_forecast_is_no_account_of_the_figure_that_came(forecast, actual):
    assert number_conflicts(dated_story(("2026-08-10", forecast), ("2026-08-11", actual))) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The treasury expects growth of 2.6% this year.",
            "The treasury has forecast growth of 2.1% for this year.",
        ),
        (
            "Northgate expects full-year revenue of $1.2 billion.",
            "Northgate forecast full-year revenue of $1.5 billion.",
        ),
    ],
)
def test_two_forecasts_of_one_figure_conflict(first, second):
    [conflict] = number_conflicts(dated_story(("2026-08-10", first), ("2026-08-11", second)))
    assert {outlets.pop() for outlets in conflict_sides(conflict).values()} == {"a0", "a1"}


def test_a_cost_expected_and_a_future_cost_conflict():
    """ "is expected to cost" tells what "will cost" tells, no forecast of a figure that came."""
    docs = dated_story(
        ("2026-08-10", "Repairs are expected to cost $40 million."),
        ("2026-08-10", "Repairs will cost $55 million, the council said."),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"40000000": {"a0"}, "55000000": {"a1"}}


@pytest.mark.parametrize(
    ("prices", "inflation"),
    [
        (
            "Consumer prices rose 3.1% in July from a year earlier, the statistics office said.",
            "Annual inflation of 3.4% in July has left the treasury little room to help, economists said.",
        ),
        ("Prices rose 3.1% in the year to July.", "Inflation hit 3.4% in July, the statistics office said."),
    ],
)
def test_prices_rise_is_the_inflation_rate(prices, inflation):
    """A month's rate, told a day later, is no update: the month had ended when both were told."""
    [conflict] = number_conflicts(dated_story(("2026-08-10", prices), ("2026-08-11", inflation)))
    assert conflict_sides(conflict) == {"3.1": {"a0"}, "3.4": {"a1"}}
    assert not conflict.update


def test_one_things_prices_are_not_inflation():
    docs = dated_story(
        ("2026-08-10", "Food prices rose 5.1% in July."),
        ("2026-08-11", "Inflation hit 3.4% in July, the statistics office said."),
    )
    assert number_conflicts(docs) == []


@pytest.mark.parametrize(
    "grown",
    [
        "The fire grew to 5,000 acres on Tuesday, the fire authority said.",
        "The blaze had spread to nearly 5,000 acres by Tuesday afternoon.",
    ],
)
def test_an_area_a_fire_grew_to_is_its_burned_areas_update(grown):
    [conflict] = number_conflicts(
        dated_story(
            ("2026-08-10", "The fire had burned 3,400 acres by Monday morning."), ("2026-08-11", grown)
        )
    )
    assert conflict.update
    assert [position.amount for position in conflict.positions] == [3400, 5000]


def test_an_area_grown_the_same_day_elsewhere_is_no_update():
    docs = dated_story(
        ("2026-08-10", "The Halvern fire had burned 3,400 acres by Monday morning."),
        ("2026-08-11", "The Ashby fire in Tolland County grew to 5,000 acres on Tuesday."),
    )
    assert number_conflicts(docs) == []


def test_a_companys_own_measure_is_named_after_its_pronoun():
    """ "Northgate said its net profit ... fell to $45 million" names the company's net profit; only an owner that
    opens its sentence ("Its share was ...") is another sentence's thing."""
    docs = dated_story(
        (
            "2026-08-11",
            "Northgate Timber on Tuesday reported second-quarter net profit of $42 million, or 31 cents a share, "
            "down from $55 million a year earlier.",
        ),
        (
            "2026-08-11",
            "Northgate Timber said its net profit in the second quarter fell to $45 million, or 31 cents a share, "
            "as lumber prices eased.",
        ),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"42000000": {"a0"}, "45000000": {"a1"}}


def test_people_driven_from_their_homes_are_evacuated():
    docs = dated_story(
        (
            "2026-08-10",
            "A wildfire had burned 3,400 acres by Monday morning and forced about 1,200 residents from their "
            "homes, the fire authority said.",
        ),
        (
            "2026-08-10",
            "The fire has scorched roughly 3,400 acres and driven 1,500 people from their homes since it "
            "ignited on Sunday, county officials said.",
        ),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"about 1,200": {"a0"}, "1500": {"a1"}}


@pytest.mark.parametrize(
    "converted",
    [
        "Perimeter Risk put insured losses at C$340 million (US$250 million).",
        "Perimeter Risk put insured losses at C$340 million, or about US$250 million.",
        "Perimeter Risk put insured losses at A$380 million.",
    ],
)
def test_another_countrys_dollar_is_not_the_us_dollar(converted):
    docs = dated_story(
        ("2026-08-11", converted), ("2026-08-11", "Perimeter Risk put insured losses at $250 million.")
    )
    assert number_conflicts(docs) == []


def test_sums_in_one_countrys_dollar_conflict():
    docs = dated_story(
        ("2026-08-11", "Perimeter Risk put insured losses at C$340 million."),
        ("2026-08-11", "Perimeter Risk put insured losses at C$380 million."),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"340000000": {"a0"}, "380000000": {"a1"}}
    assert conflict.about == "insured losses in C$"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Northgate's revenue for the quarter was $310 million.",
            "Northgate's revenue for the year was $900 million.",
        ),
        (
            "Northgate reported second-quarter profit of $42 million.",
            "Northgate reported first-half profit of $80 million.",
        ),
        (
            "Northgate posted Q1 revenue of $310 million.",
            "Northgate posted second-quarter revenue of $330 million.",
        ),
        (
            "Revenue in the nine months to June was $860 million.",
            "Revenue in the three months to June was $310 million.",
        ),
    ],
)
def test_figures_over_two_spans_of_accounts_do_not_conflict(first, second):
    assert number_conflicts(dated_story(("2026-08-11", first), ("2026-08-11", second))) == []


@pytest.mark.parametrize(
    "second",
    [
        "Northgate posted Q2 revenue of $330 million.",
        "Northgate's revenue for the second quarter was $330 million.",
        # A figure told over no span says nothing either way.
        "Northgate's revenue was $330 million.",
    ],
)
def test_figures_over_one_span_of_accounts_conflict(second):
    docs = dated_story(
        ("2026-08-11", "Northgate posted second-quarter revenue of $310 million."), ("2026-08-11", second)
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"310000000": {"a0"}, "330000000": {"a1"}}


@pytest.mark.parametrize(
    ("ranged", "other", "value"),
    [
        (
            "Insurers estimate losses from the fire at between $200 million and $250 million.",
            "Insurers estimate losses from the fire at $400 million.",
            "400000000",
        ),
        ("Between 200 and 250 homes were destroyed by the fire.", "The fire destroyed 400 homes.", "400"),
    ],
)
def test_a_figure_outside_a_range_conflicts_with_it(ranged, other, value):
    [conflict] = number_conflicts(dated_story(("2026-08-11", ranged), ("2026-08-11", other)))
    [stated] = [told for told in conflict_sides(conflict) if told != value]
    assert stated.startswith("between ")


@pytest.mark.parametrize(
    "inside",
    [
        "Insurers estimate losses from the fire at $230 million.",
        "Insurers estimate losses from the fire at nearly $250 million.",
        # A range's ends written unlike are not read as one range: "from" tells a change.
        "Insurers raised their estimate of losses from the fire from $200 million to $260 million.",
    ],
)
def test_a_figure_inside_a_range_does_not_conflict(inside):
    ranged = "Insurers estimate losses from the fire at between $200 million and $250 million."
    assert number_conflicts(dated_story(("2026-08-11", ranged), ("2026-08-11", inside))) == []


@pytest.mark.parametrize(
    "spent",
    [
        "The studio spent $40 million making the film.",
        "Halcyon spent $40 million producing the film, the studio said.",
    ],
)
def test_a_sum_spent_making_a_thing_is_its_production_cost(spent):
    [conflict] = number_conflicts(
        dated_story(("2026-08-11", spent), ("2026-08-12", "The film cost $38 million to make."))
    )
    assert conflict.about == "production cost in dollars"
    assert conflict_sides(conflict) == {"40000000": {"a0"}, "38000000": {"a1"}}


def test_a_sum_spent_on_another_act_is_not_the_production_cost():
    docs = dated_story(
        ("2026-08-11", "The studio spent $40 million marketing the film."),
        ("2026-08-12", "The film cost $38 million to make."),
    )
    assert number_conflicts(docs) == []


@pytest.mark.parametrize(
    "last_year",
    ["Last year's summit drew 40 countries.", "Last year's summit, in Geneva, drew 40 countries."],
)
def test_last_years_event_is_not_this_ones_count(last_year):
    docs = dated_story(
        ("2026-08-11", "Delegations from 52 countries attended the summit."), ("2026-08-12", last_year)
    )
    assert number_conflicts(docs) == []


def test_homes_a_fire_destroyed_are_counted_as_it_goes():
    docs = dated_story(
        ("2026-08-10", "The fire has destroyed 37 homes, the county said."),
        ("2026-08-12", "The fire has destroyed 61 homes, the county said."),
    )
    [conflict] = number_conflicts(docs)
    assert conflict.update


def test_two_counts_of_destroyed_homes_on_one_day_conflict():
    docs = dated_story(
        ("2026-08-10", "The fire has destroyed 37 homes, the county said."),
        ("2026-08-10", "The fire has destroyed 41 homes, county officials said."),
    )
    [conflict] = number_conflicts(docs)
    assert not conflict.update


def test_a_fleet_expanded_years_ago_is_no_count_grown():
    """ "expanded" tells a fire's area grown only right before the area (DUC 2003 d31041t's fleets)."""
    docs = dated_story(
        ("2026-08-10", "Aquino said the plan includes the retention of 22 aircraft, down from 54."),
        (
            "2026-08-12",
            "The airline said it would prune its fleet, which was aggressively expanded in the years before the "
            "crisis, to 22 planes from 57.",
        ),
    )
    [conflict] = number_conflicts(docs)
    assert not conflict.update
