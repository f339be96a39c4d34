"""The energy, climate and transport desk's QA pass (session 39): a temperature scale names no fact, a month an act
was agreed for on its own day is to come, an "of" phrase said more fully, each article's one change of a unit and
one load aboard, and one plan told ahead on two dates."""

from storyweave.crosscheck import find_conflicts

from .conftest import conflict_sides, dated_story, dates_on, number_conflicts


def test_a_temperature_scale_alone_ties_no_two_figures():
    docs = dated_story(
        (
            "2026-11-21",
            "Current policies put the planet on course for about 2.7 degrees Celsius of warming by 2100, a U.N. "
            "report said.",
        ),
        (
            "2026-11-21",
            "The summit opened with warnings that 2026 would be the second-hottest year on record, about 1.5 "
            "degrees Celsius above preindustrial levels.",
        ),
    )
    assert number_conflicts(docs) == []


def test_one_temperature_told_twice_is_still_compared():
    docs = dated_story(
        (
            "2026-07-15",
            "The high in Phoenix on Tuesday reached 116 degrees Fahrenheit, the weather service said.",
        ),
        ("2026-07-15", "The high in Phoenix on Tuesday reached 118 degrees Fahrenheit, forecasters said."),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"116": {"a0"}, "118": {"a1"}}


def test_a_month_an_act_was_agreed_for_on_its_own_day_is_to_come():
    agreed = "OPEC+ agreed on Sunday to raise oil output by 411,000 barrels a day in July, delegates said."
    assert dates_on(agreed, "2026-06-01") == ["2026-05-31", "2026-07"]
    decided = "The producers decided on Saturday to boost production by 411,000 barrels per day in August."
    assert dates_on(decided, "2026-06-01") == ["2026-05-30", "2026-08"]


def test_a_month_agreed_with_no_day_of_its_own_keeps_the_past():
    # "in January" may date the agreeing itself (dates.py's _AGREEING note).
    assert dates_on("The union agreed to accept the offer in January.", "2026-06-01") == ["2026-01"]
    withheld = "The board agreed on Monday to pay the bonus it had withheld in January."
    assert dates_on(withheld, "2026-06-01")[-1] == "2026-01"


def test_an_of_phrase_said_more_fully_is_the_same_thing():
    docs = dated_story(
        (
            "2026-07-15",
            "Protective relays then tripped 3,400 megawatts of generation within about 90 seconds.",
        ),
        ("2026-07-16", "The substation failure tripped 4,300 megawatts of generation offline on Tuesday."),
        ("2026-07-15", "Salt Desert Power said 3,400 megawatts of generation tripped offline."),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"3400": {"a0", "a2"}, "4300": {"a1"}}


def test_of_phrases_that_each_say_their_own_word_stay_apart():
    docs = dated_story(
        ("2026-07-15", "The utility lost 3,400 megawatts of gas generation when the relays tripped."),
        ("2026-07-15", "The utility lost 1,200 megawatts of solar generation when the relays tripped."),
    )
    assert number_conflicts(docs) == []


def test_each_articles_one_change_of_a_unit_is_the_storys_change_however_worded():
    docs = dated_story(
        ("2026-06-01", "OPEC+ agreed on Sunday to raise oil output by 411,000 barrels a day in July."),
        (
            "2026-06-02",
            "OPEC+ will increase crude production by 548,000 barrels a day next month, delegates said.",
        ),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"411000": {"a0"}, "548000": {"a1"}}


def test_a_change_of_a_unit_is_described_by_its_shortest_telling():
    docs = dated_story(
        ("2026-06-01", "OPEC+ agreed on Sunday to raise oil output by 411,000 barrels a day in July."),
        (
            "2026-06-02",
            "OPEC+ will increase crude production by 548,000 barrels a day next month, delegates said.",
        ),
    )
    [conflict] = number_conflicts(docs)
    assert conflict.about == "raise oil output, in barrels"


def test_changes_of_a_unit_are_not_one_when_an_article_tells_two_or_their_senses_differ():
    two_changes = dated_story(
        (
            "2026-06-01",
            "The cartel agreed to raise oil output by 411,000 barrels a day and to cut exports to Asia by "
            "200,000 barrels a day.",
        ),
        (
            "2026-06-01",
            "OPEC+ will increase crude production by 548,000 barrels a day next month, delegates said.",
        ),
    )
    assert number_conflicts(two_changes) == []
    senses = dated_story(
        ("2026-06-01", "OPEC+ agreed on Sunday to raise oil output by 411,000 barrels a day in July."),
        ("2026-06-01", "Russia said it would cut its exports by 200,000 barrels a day from August."),
    )
    assert number_conflicts(senses) == []


def _date_conflicts(docs):
    return [c for c in find_conflicts(docs) if c.kind == "date"]


def test_one_plan_told_ahead_on_two_days_has_one_day():
    docs = dated_story(
        (
            "2026-07-15",
            "The Arizona Corporation Commission will hold an emergency hearing on Friday, Park said.",
        ),
        (
            "2026-07-16",
            "Park said on Wednesday that the Arizona Corporation Commission would hold an emergency hearing next "
            "Monday.",
        ),
    )
    [conflict] = _date_conflicts(docs)
    assert conflict_sides(conflict) == {"2026-07-17": {"a0"}, "2026-07-20": {"a1"}}


def test_past_days_told_on_two_dates_stay_two_events():
    # Only plans still to come on both dates are one plan: a vigil each article told on its day is its own.
    docs = dated_story(
        ("2026-07-15", "Residents held a candlelight vigil for the victims on Tuesday outside the library."),
        (
            "2026-07-16",
            "Residents held a candlelight vigil for the victims on Wednesday outside the library.",
        ),
    )
    assert _date_conflicts(docs) == []


def test_each_articles_one_load_of_a_vehicle_is_one_count():
    docs = dated_story(
        (
            "2026-03-06",
            "The Boeing 737-800 carried 186 passengers and six flight attendants and pilots. Nine passengers were "
            "checked by paramedics.",
        ),
        (
            "2026-03-07",
            "There were 168 passengers and six crew members on board. Four passengers were taken to hospital.",
        ),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"186": {"a0"}, "168": {"a1"}}


def test_no_one_load_where_an_article_counts_two_or_a_count_is_no_load():
    two_trains = dated_story(
        ("2026-03-06", "One train was carrying 210 passengers and the other was carrying 95 passengers."),
        ("2026-03-06", "The commuter train had 180 passengers on board when it left the station."),
    )
    assert number_conflicts(two_trains) == []
    treated = dated_story(
        ("2026-03-06", "Four passengers were taken to hospital aboard an ambulance, officials said."),
        ("2026-03-06", "The jet had 168 passengers on board when it landed, the airline said."),
    )
    assert number_conflicts(treated) == []


def test_each_articles_one_flight_number_is_one_fact():
    docs = dated_story(
        (
            "2026-03-06",
            "Coastal Air Flight 417 landed in Boise at 2:47 p.m. Flight 417 had left Denver at 1:05 p.m.",
        ),
        ("2026-03-06", "Flight 471 was cruising at 37,000 feet when the crew declared an emergency."),
    )
    [conflict] = number_conflicts(docs)
    assert conflict.about == "flight number"
    assert conflict_sides(conflict) == {"417": {"a0"}, "471": {"a1"}}


def test_an_article_naming_two_flights_has_no_one_flight_number():
    docs = dated_story(
        ("2026-03-06", "Passengers of Flight 417 were rebooked on Flight 419 to Seattle."),
        ("2026-03-06", "Flight 417 was cruising at 37,000 feet when the crew declared an emergency."),
    )
    assert number_conflicts(docs) == []


def test_another_airlines_flight_is_no_other_number():
    # multiling2011-en-M008: a past crash named for comparison.
    docs = dated_story(
        (
            "2009-06-02",
            "Air France Flight 447 carrying 228 people is reported missing off the Brazilian coast.",
        ),
        (
            "2009-06-02",
            "This would be the worst aviation disaster since the November 2001 American Airlines Flight 587 crash.",
        ),
    )
    assert number_conflicts(docs) == []


def test_a_sum_narrowed_by_a_word_before_its_phrase_is_another_sum():
    # multinews lb-3c382dfa0b8fe302: expert witness fees are some of the witness fees.
    docs = dated_story(
        (
            "2015-06-04",
            "Kleiner's costs request includes about $865,000 in expert witness fees, the filing said.",
        ),
        (
            "2015-06-04",
            "The firm said the case cost it $972,815 in witness fees, deposition and court costs.",
        ),
    )
    assert number_conflicts(docs) == []
