"""Number leftovers of session 42: sums named by their verbs (a film's budget, "took $180 million to produce" /
"cost $150 million to make"; its opening gross, "opened with $84.2 million" / "earned $48.2 million in its first
weekend") are one figure each, labelled by that measure; a delay given by "of" ("after a delay of 5 hours") is the
delay another outlet's "a six-hour delay" measures."""

from storyweave.crosscheck import find_conflicts

from .conftest import conflict_sides, dated_story, dates_on, number_conflicts


def test_a_budget_told_with_two_verbs_is_one_figure():
    docs = dated_story(
        ("2026-04-02", 'The thriller "Glass Harbor" took $180 million to produce, the studio said.'),
        ("2026-04-02", '"Glass Harbor" cost $150 million to make, people familiar with the film said.'),
        ("2026-04-02", 'The thriller "Glass Harbor" opens in June.'),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"180000000": {"a0"}, "150000000": {"a1"}}
    assert conflict.about.startswith("production cost")


def test_an_opening_gross_told_with_two_verbs_is_one_figure():
    docs = dated_story(
        ("2026-05-18", '"Skyward Fox" opened with $84.2 million in North America over the weekend.'),
        ("2026-05-18", '"Skyward Fox" earned $48.2 million in North American theaters in its first weekend.'),
        ("2026-05-18", 'The film "Skyward Fox" opened with $84.2 million, the studio said.'),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"84200000": {"a0", "a2"}, "48200000": {"a1"}}
    assert conflict.about.startswith("opening gross")


def test_a_sum_to_make_and_a_sum_to_market_stay_apart():
    docs = dated_story(
        ("2026-04-02", 'The thriller "Glass Harbor" cost $180 million to make, the studio said.'),
        (
            "2026-04-02",
            'The studio spent $150 million to market "Glass Harbor", people familiar with it said.',
        ),
    )
    assert number_conflicts(docs) == []


def test_a_delay_of_hours_joins_the_delay_told_otherwise():
    docs = dated_story(
        ("2026-03-09", "Passengers on Marlow Air flight MA77 were delayed by five hours on Sunday."),
        ("2026-03-09", "Marlow Air flight MA77 reached Selby after a six-hour delay on Sunday."),
        ("2026-03-09", "Passengers on Marlow Air flight MA77 reached Selby after a delay of 5 hours."),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"5": {"a0", "a2"}, "6": {"a1"}}
    assert [position.unit for position in conflict.positions] == ["hours", "hours"]


def test_a_premiere_and_an_opening_are_one_date():
    docs = dated_story(
        ("2026-07-14", 'The musical "Paper Kites" premieres Sept 4 at the Orla Theater.'),
        ("2026-07-14", 'The musical "Paper Kites" will open Sept 14 at the Orla Theater.'),
    )
    [conflict] = [c for c in find_conflicts(docs) if c.kind == "date"]
    assert conflict_sides(conflict) == {"2026-09-04": {"a0"}, "2026-09-14": {"a1"}}


def test_a_hyphened_count_of_a_runs_performances_is_its_count_of_performances():
    docs = dated_story(
        (
            "2026-07-14",
            'The musical "Paper Kites" has been booked for a 120-performance run at the Orla Theater.',
        ),
        ("2026-07-14", 'The musical "Paper Kites" will play 100 performances at the Orla Theater.'),
        ("2026-07-14", 'The musical "Paper Kites" opens at the Orla Theater in September.'),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"120": {"a0"}, "100": {"a1"}}
    assert conflict.about.startswith("performances of the run")


def test_a_10_kilometer_run_is_still_a_race_not_a_measure():
    docs = dated_story(
        ("2026-07-14", "Lena Osk won the 10-kilometer run in Varden on Sunday."),
        ("2026-07-14", "Lena Osk won the 5-kilometer run in Varden on Sunday."),
    )
    assert number_conflicts(docs) == []


def test_a_season_that_runs_from_october_through_march_is_read_ahead():
    # Of a September article: the coming October and the March after it, not the season gone by.
    assert dates_on(
        "The Vantor Opera announced on Monday that its season runs from October through March.", "2026-09-14"
    ) == ["2026-09-14", "2026-10", "2027-03"]
    assert dates_on("The season ran from October through March.", "2026-09-14") == ["2025-10", "2026-03"]


def test_a_past_verb_over_its_object_keeps_its_weekday_in_the_past():
    # Of a Thursday: "found the car on Friday" is the Friday gone by, as "was found on Friday" is.
    assert dates_on("Police found the car on Friday.", "2026-09-17") == ["2026-09-11"]
    assert dates_on("Police towed the car away on Friday.", "2026-09-17") == ["2026-09-11"]
    assert dates_on("Police will search the lake on Friday.", "2026-09-17") == ["2026-09-18"]


def test_a_demand_is_no_account_of_a_deals_figure():
    for demand, deal in [
        (
            "Activists demanded a 60% cut in emissions under the deal.",
            "The deal sets a 45% cut in emissions.",
        ),
        ("Activists called for a 60% cut in emissions.", "The deal sets a 45% cut in emissions."),
        (
            "Environmental groups had pushed for a 60% cut in emissions.",
            "The agreement calls for a 45% cut in emissions.",
        ),
    ]:
        assert number_conflicts(dated_story(("2026-03-03", demand), ("2026-03-03", deal))) == [], demand


def test_two_demands_or_two_deals_still_disagree():
    for one, other in [
        ("Activists demanded a 60% cut in emissions.", "Activists demanded a 50% cut in emissions."),
        ("The deal sets a 45% cut in emissions.", "The deal sets a 40% cut in emissions."),
    ]:
        assert len(number_conflicts(dated_story(("2026-03-03", one), ("2026-03-03", other)))) == 1, one


def test_a_tally_of_the_voters_place_joins_one_of_the_voted_things_place():
    docs = dated_story(
        (
            "2026-04-07",
            "The Halden assembly voted 230 votes to 198 on Tuesday to close the Orin mine in northern Vessmark.",
        ),
        (
            "2026-04-07",
            "The Halden assembly voted 203 votes to 198 on Tuesday to close the Orin mine in northern Vessmark.",
        ),
        ("2026-04-07", "Members in Halden backed the Orin mine closure by 230 votes to 198 on Tuesday."),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"230-198": {"a0", "a2"}, "203-198": {"a1"}}
