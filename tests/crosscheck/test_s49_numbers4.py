"""The numbers desk (session 49): one quantity that outlets word apart, read by its unit and measured noun.

A mass's unit is one unit however spelled ("2,150 kg" / "the 1,850-kilogram satellite"). An article's one figure of
a speed or a mass unit ("travelling at 14 knots", "gusts of 60 mph", "weighs 2,150 kg"), or its one multiple ("five
times the permitted limit"), is its measure of the story's one thing, however its clause words it, unless the measured
nouns differ ("gusts" / "sustained winds"; none is the thing's own speed). A name in an "of" phrase that is the other
outlet's actor owns it ("batches of Dalbury formula"). A span spent in a state is that state's ("spending 82 hours
underground"). A split told by its voting body or in words is a tally ("Councillors backed the scheme 9-4", "by seven
votes to two"). A share's change is of the measure it names, before or after it ("Council tax will rise by 3.5 per
cent" / "a 4.5% rise in council tax"), and a month named alone is one month whatever year the tenses guess. A
contract's length may follow its noun ("a contract for three years"). A fire's containment grows."""

import pytest

from .conftest import dated_story, number_conflicts
from .test_s48_numbers3 import _between_both


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The Kestrel-2 satellite, which weighs 2,150 kg, was launched from Kourou on Saturday.",
            "Kestrel-2 lifted off from Kourou on Saturday. The 1,850-kilogram satellite will watch storms.",
        ),
        (
            "The rover has a mass of 480 kilograms and carries four instruments.",
            "The rover, at 540kg, carries four instruments to the crater.",
        ),
    ],
)
def test_a_mass_unit_is_one_unit_however_spelled(first, second):
    _between_both(dated_story(("2026-06-20", first), ("2026-06-20", second)))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The ferry Morvane struck the breakwater at Kettle Point on Friday. Investigators said the vessel was "
            "travelling at 14 knots as it entered the harbour mouth.",
            "The Morvane was doing 18 knots when it reached the entrance, according to the coastguard.",
        ),
        (
            "The Islay Star ran aground off Carrick on Thursday. Its speed at the time was 12 knots, the operator said.",
            "Officials said the Islay Star was sailing at around 20 knots when it ran aground off Carrick.",
        ),
        (
            "Storm Hilda brought gusts of 60 mph to the coast of Dorrin, toppling trees.",
            "Winds gusting up to 45 mph battered Dorrin as Storm Hilda moved east.",
        ),
        (
            "Police said the van was doing 70 km/h through the school zone.",
            "The van hit the barrier at 95 kph, a witness told reporters.",
        ),
    ],
)
def test_an_articles_one_speed_is_the_storys_speed(first, second):
    _between_both(dated_story(("2026-04-11", first), ("2026-04-11", second)))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # Two measured nouns: a gust is no sustained wind.
        (
            "Storm Hilda brought gusts of 60 mph to Dorrin.",
            "Storm Hilda hit Dorrin with sustained winds of 45 mph.",
        ),
        # An article that gives two speeds of its unit tells no one speed.
        (
            "The ferry was travelling at 14 knots, though its limit in the channel is 8 knots.",
            "The ferry was doing 18 knots when it struck the breakwater.",
        ),
        # Articles weeks apart.
        (
            "The ferry was travelling at 14 knots.",
            "A sister ship was doing 18 knots on its trial run.",
        ),
    ],
)
def test_speeds_told_apart_stay_apart(first, second):
    days = ("2026-04-11", "2026-05-20") if "trial" in second else ("2026-04-11", "2026-04-11")
    docs = dated_story((days[0], first), (days[1], second))
    assert number_conflicts(docs) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Dalbury Foods recalled 14 batches of its infant formula on Wednesday.",
            "The recall covers sixteen batches of Dalbury infant formula, the food agency said.",
        ),
        (
            "Merrow Dairy has pulled seven lots of yoghurt from shelves.",
            "Nine lots of Merrow yoghurt were withdrawn after traces of plastic were found.",
        ),
    ],
)
def test_a_name_of_the_of_phrase_that_is_the_others_actor_owns_it(first, second):
    _between_both(dated_story(("2026-09-10", first), ("2026-09-10", second)))


def test_an_of_phrase_narrowed_by_another_name_stays_apart():
    docs = dated_story(
        ("2026-09-10", "Dalbury Foods recalled 14 batches of its infant formula on Wednesday."),
        ("2026-09-10", "The recall covers sixteen batches of Harrow infant formula, the food agency said."),
    )
    assert number_conflicts(docs) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Emissions from the Harl plant were ten times higher than allowed, inspectors found.",
            "The Harl plant emitted six times the permitted amount of sulphur dioxide.",
        ),
        (
            "Nitrate in the Bryn reservoir stood at three times the permitted limit.",
            "Tests of the Bryn reservoir found nitrate levels five times above what is allowed.",
        ),
    ],
)
def test_an_articles_one_multiple_is_the_storys(first, second):
    _between_both(dated_story(("2026-07-22", first), ("2026-07-22", second)))


def test_how_often_is_no_multiple():
    docs = dated_story(
        ("2026-07-22", "Inspectors have visited the Harl plant three times this year."),
        ("2026-07-22", "The Harl plant emitted six times the permitted amount of sulphur dioxide."),
    )
    assert number_conflicts(docs) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Four miners were brought to the surface at Gorran on Monday after spending 82 hours underground.",
            "The four Gorran miners had been trapped underground for 86 hours when rescuers reached them on Monday.",
        ),
        (
            "The miners spent about 82 hours underground before the rescue, the mine's owner said.",
            "Rescuers reached the four miners on Monday, after 86 hours spent underground.",
        ),
    ],
)
def test_a_span_spent_in_a_state_is_that_states(first, second):
    _between_both(dated_story(("2026-03-09", first), ("2026-03-09", second)))


def test_a_span_spent_in_another_state_stays_apart():
    docs = dated_story(
        ("2026-03-09", "The four miners spent 82 hours underground at Gorran."),
        ("2026-03-09", "The rescue operation at Gorran lasted 40 hours."),
    )
    assert number_conflicts(docs) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Councillors backed the Orrin Road scheme 9-4 at Tuesday's meeting.",
            "The Orrin Road scheme passed on an 8-5 vote of the council.",
        ),
        (
            "The planning committee rejected the tower by seven votes to two.",
            "In a 6-3 decision, the planning committee turned down the tower.",
        ),
    ],
)
def test_a_split_told_by_its_voting_body_or_in_words_is_a_tally(first, second):
    _between_both(dated_story(("2026-02-18", first), ("2026-02-18", second)))


def test_a_match_score_is_no_tally():
    docs = dated_story(
        ("2026-02-18", "Harbour City beat Rovers 3-1 on Saturday."),
        ("2026-02-18", "The Orrin Road scheme passed on a 3-2 vote of the council."),
    )
    assert number_conflicts(docs) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Council tax in Ambridge will rise by 3.5 per cent from April, the council said.",
            "Ambridge residents face a 4.5% rise in council tax from April.",
        ),
        (
            "Ambridge council has approved a 3.5 per cent increase in council tax.",
            "Council tax in Ambridge is going up by 4.5 percent, the council confirmed.",
        ),
        (
            "The water company will raise bills by 2.9% next year.",
            "Customers of the water company face a 3.9 per cent rise in bills next year.",
        ),
        (
            "Rail fares will go up by 6 percent in January, the operators said.",
            "Passengers face an 8 per cent increase in rail fares from January.",
        ),
    ],
)
def test_a_shares_change_is_of_the_measure_it_names(first, second):
    _between_both(dated_story(("2026-02-27", first), ("2026-02-27", second)))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # Two measures.
        (
            "Council tax in Ambridge will rise by 3.5 per cent from April.",
            "Ambridge residents face a 4.5% rise in parking charges from April.",
        ),
        # Two years, one of them written.
        (
            "Council tax in Ambridge rose by 3.5 per cent in April 2024.",
            "Ambridge residents face a 4.5% rise in council tax from April.",
        ),
    ],
)
def test_changes_of_two_measures_or_years_stay_apart(first, second):
    assert number_conflicts(dated_story(("2026-02-27", first), ("2026-02-27", second))) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Coach Ines Vale has agreed a five-year deal with Harbour City.",
            "Harbour City confirmed Ines Vale will stay on a contract running four years.",
        ),
        (
            "Grenlow Ltd was awarded a contract for three years to run the bin service.",
            "Grenlow Ltd won a two-year contract to run the council's bin service.",
        ),
        (
            "The broadcaster signed a six-year agreement for the league's TV rights.",
            "The league's TV rights deal with the broadcaster runs for five years.",
        ),
    ],
)
def test_a_contracts_length_told_after_its_noun_is_its_length(first, second):
    _between_both(dated_story(("2026-08-04", first), ("2026-08-04", second)))


def test_two_peoples_contracts_stay_apart():
    docs = dated_story(
        ("2026-08-04", "Marta Iles signed a contract for three years with Harbour City on Monday."),
        ("2026-08-04", "Harbour City also handed goalkeeper Ana Ruiz a four-year deal."),
    )
    assert number_conflicts(docs) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # A vessel's own speed is no wind's.
        (
            "The ferry was travelling at 14 knots.",
            "Winds of 30 knots whipped up the sea as the ferry approached.",
        ),
        # Multiples of two readings share no word of their clauses.
        (
            "Nitrate levels were three times the permitted limit.",
            "Phosphate readings were five times higher than normal.",
        ),
    ],
)
def test_measures_of_two_things_stay_apart(first, second):
    assert number_conflicts(dated_story(("2026-04-11", first), ("2026-04-11", second))) == []


def test_a_fires_containment_grows():
    docs = dated_story(
        ("2026-08-01", "The Ridge fire was 15% contained on Saturday evening, Cal Fire said."),
        ("2026-08-03", "Firefighters have now contained 30 percent of the Ridge fire."),
    )
    [conflict] = number_conflicts(docs)
    assert conflict.update
