"""Conflicts QA12 found missed or false: a vote's tally ("312 to 287" / "312 to 289"), and what tells two votes
of one story apart (an amendment, a committee)."""

from .conftest import dated_story, number_conflicts

_FINAL_VOTE = (
    "The National Assembly passed the 2027 budget bill on Wednesday evening by 312 votes to 287, with 14"
    " abstentions, giving Prime Minister Helena Voss's government a majority of 25."
)


def _sides(docs) -> list[tuple[str, list[str]]]:
    return [(c.about, [p.value for p in c.positions]) for c in number_conflicts(docs)]


def test_two_tallies_of_one_vote_conflict():
    docs = dated_story(
        ("2026-11-18", _FINAL_VOTE),
        (
            "2026-11-18",
            "The government's budget cleared the National Assembly on Wednesday night, passing 312 to 289.",
        ),
    )
    assert _sides(docs) == [("vote tally", ["312-287", "312-289"])]


def test_a_tally_written_with_a_dash_is_one_too():
    docs = dated_story(
        ("2026-11-24", "The council has approved the Eastline tram 41-17 after a long debate."),
        ("2026-11-25", "Kelby's council voted 41 to 19 to build the Eastline tram."),
    )
    assert _sides(docs) == [("vote tally", ["41-17", "41-19"])]


def test_an_amendments_or_a_committees_tally_is_another_vote():
    docs = dated_story(
        ("2026-11-18", _FINAL_VOTE),
        (
            "2026-11-17",
            "The Green Left amendment to the budget was defeated 298 to 305 in the National Assembly.",
        ),
        (
            "2026-11-18",
            "A second amendment, raising the minimum state pension by 3%, passed 330 to 270 in the budget debate.",
        ),
        ("2026-11-17", "The budget bill passed the assembly's finance committee 9 to 4 on Monday."),
    )
    assert _sides(docs) == []


def test_a_range_or_a_change_is_no_tally():
    docs = dated_story(
        ("2026-11-18", "The assembly voted to lower the voting age from 18 to 16 on Wednesday."),
        ("2026-11-18", "The assembly voted to lower the voting age from 18 to 17 on Wednesday."),
        ("2026-11-19", "Polls show 40 to 45 percent of voters backing the bill."),
    )
    assert [about for about, _ in _sides(docs)] != ["vote tally"]


def test_a_period_owning_a_noun_after_the_sum_does_not_date_it():
    docs = dated_story(
        (
            "2026-11-27",
            "The joint statement creates a €2.5 billion reconstruction fund and a demilitarised corridor.",
        ),
        (
            "2026-11-28",
            "The joint statement sets up a €3.5 billion fund to rebuild villages hit by last year's floods.",
        ),
    )
    assert _sides(docs) == [("amount in euros", ["2500000000", "3500000000"])]


def test_a_period_owning_the_sum_still_dates_it():
    docs = dated_story(
        ("2026-11-27", "The council approved a €2.5 billion reconstruction fund for the villages."),
        ("2026-11-28", "Last year's €3.5 billion reconstruction fund for the villages was never spent."),
    )
    assert _sides(docs) == []


def test_sums_of_other_nouns_are_no_conflict():
    docs = dated_story(
        ("2026-11-27", "The joint statement creates a €2.5 billion reconstruction fund for the villages."),
        ("2026-11-28", "The joint statement sets up a €3.5 billion loan for the villages."),
    )
    assert _sides(docs) == []


def test_a_partial_count_is_no_side_of_the_final_counts_conflict():
    docs = dated_story(
        ("2026-11-23", "By 3am, turnout in the districts counted so far was 68.1%."),
        ("2026-11-23", "Final results showed the Social Democrats ahead. Turnout was 68.4%."),
        ("2026-11-23", "Final results put the Social Democrats ahead. Turnout was 67.9%."),
    )
    assert _sides(docs) == [("turnout in percent", ["68.4", "67.9"])]


def test_partial_counts_alone_still_conflict():
    docs = dated_story(
        ("2026-11-23", "Turnout in the districts counted so far was 68.1%."),
        ("2026-11-23", "Turnout in the districts counted so far was 62.5%."),
    )
    assert _sides(docs) == [("turnout in percent", ["68.1", "62.5"])]


def test_an_organisations_standing_count_is_not_the_events():
    docs = dated_story(
        ("2026-11-18", "The trial enrolled 12,460 adults aged 50 and older in 31 countries."),
        ("2026-11-18", "The trial enrolled 12,460 people at 410 hospitals in 33 countries."),
        (
            "2026-11-18",
            "Halvorsen Pharma is a Danish drugmaker. It employs about 9,000 people in 40 countries.",
        ),
    )
    assert _sides(docs) == [("number of countries", ["31", "33"])]


def test_one_named_owners_figures_conflict_with_no_other_word_shared():
    docs = dated_story(
        (
            "2026-11-23",
            "Final results gave the Social Democrats 41.3% of the vote and 153 seats. The Liberal Alliance won"
            " 126 seats.",
        ),
        (
            "2026-11-24",
            "Helena Voss will meet Mira Kessel on Thursday, after her Social Democrats won 151 seats in Sunday's"
            " election. The Green Left's 27 seats would give a coalition 178 seats.",
        ),
    )
    assert _sides(docs) == [("number of seats", ["153", "151"])]


def test_an_owner_named_before_a_relative_clause_owns_the_share_after_it():
    docs = dated_story(
        (
            "2026-09-12",
            "The Crane Operators' Association, which represents 600 workers, voted 64% in favour.",
        ),
        (
            "2026-09-18",
            "The smaller Crane Operators' Association, which represents 600 workers, backed a strike by 68%.",
        ),
    )
    assert _sides(docs) == [("percentage", ["64", "68"])]


def test_other_owners_or_other_measures_of_one_owner_are_no_conflict():
    docs = dated_story(
        ("2026-11-23", "Final results gave the Social Democrats 41.3% of the vote and 153 seats."),
        (
            "2026-11-23",
            "The Social Democrats were projected to win 148 of the 320 seats and the Liberal Alliance 129.",
        ),
        (
            "2026-11-24",
            "If the seat changed hands, the Social Democrats would fall to 150 seats. The Liberal Alliance won 126"
            " seats.",
        ),
    )
    assert _sides(docs) == []


def test_a_count_named_by_its_state_before_the_figure_is_read():
    docs = dated_story(
        ("2026-11-13", "Confirmed cases of Marburg virus disease have risen to 14, the WHO said on Friday."),
        ("2026-11-17", "The Marburg outbreak has grown to 26 confirmed cases, the WHO said on Tuesday."),
        (
            "2026-11-20",
            "The WHO said on Friday that confirmed cases in the outbreak rose to 31, with 17 deaths.",
        ),
    )
    conflicts = number_conflicts(docs)
    assert [(c.about, [p.value for p in c.positions], c.update) for c in conflicts] == [
        ("confirmed cases", ["14", "26", "31"], True)
    ]


def test_a_year_in_a_fronted_phrase_scopes_the_figure():
    docs = dated_story(
        ("2026-11-25", "In a 2019 survey, only 44% of residents backed a tram."),
        ("2026-11-25", "Supporters point to a survey in which 58% of residents backed the tram."),
    )
    assert _sides(docs) == []


def test_a_partys_share_as_the_count_goes_on_or_a_measure_after_an_abbreviation_is_owned_by_none():
    docs = dated_story(
        (
            "2026-10-05",
            "His nearest rival, Luiz Inacio Lula da Silva, of the leftist Workers Party, took 34 percent.",
        ),
        (
            "2026-10-06",
            "His closest rival, Luiz Inacio Lula da Silva of the leftist Workers Party had 32.6 percent.",
        ),
        ("2026-10-06", "At 4 p.m. (0800 GMT), it was located about 370 kilometers west of Vigan."),
        (
            "2026-10-07",
            "At 10 p.m. (1400 GMT), the typhoon was centered about 300 kilometers southeast of the city.",
        ),
    )
    assert _sides(docs) == []
