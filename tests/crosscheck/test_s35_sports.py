"""A sports desk's QA leftovers (session 35): a goal's minute, a final's and a medical's day, a transfer's fee, a
match's attendance and a club's previous title, told differently by two outlets; and the figures that must not be
set against them (another player's goal, what a fee may rise to, another player's fee)."""

from storyweave.align import align
from storyweave.crosscheck import find_conflicts
from storyweave.model import Article
from storyweave.render._citations import value_spans
from storyweave.segment import segment

from .conftest import conflict_sides, dated_story, dates_on, number_conflicts


def _about(docs) -> list[tuple[str, list[str]]]:
    return [(c.about, [p.value for p in c.positions]) for c in find_conflicts(docs)]


def test_a_winning_goal_in_two_minutes_is_a_conflict():
    docs = dated_story(
        ("2027-05-10", "Rovers beat Athletic 2-1 as Joao Silva scored the winner in the 67th minute."),
        ("2027-05-10", "The Brazilian forward headed in the winner in the 76th minute to sink Athletic."),
    )
    conflicts = number_conflicts(docs)
    assert [(c.about, c.update) for c in conflicts] == [("minute of the winner", False)]
    assert conflict_sides(conflicts[0]) == {"67": {"a0"}, "76": {"a1"}}


def test_goals_of_two_scorers_or_of_no_named_kind_are_no_conflict():
    docs = dated_story(
        ("2027-05-10", "Rovers beat Athletic 2-1 after Joao Silva scored the winner in the 67th minute."),
        ("2027-05-10", "Athletic's Ben Kerr scored in the 76th minute, but Rovers held on."),
        ("2027-05-10", "Rovers beat Athletic after Ali Noor equalised in the 40th minute."),
        ("2027-05-11", "Pablo Vidal struck the winner in the 52nd minute against Athletic."),
    )
    assert number_conflicts(docs) == []


def test_an_attendance_told_as_a_crowd_and_as_an_attendance_disagrees():
    docs = dated_story(
        ("2027-05-10", "A crowd of 41,212 watched the final at Millfield."),
        ("2027-05-11", "The final was played in front of 42,112 fans at Millfield."),
        ("2027-05-11", "The attendance of 41,212 was a record for the ground."),
    )
    conflicts = number_conflicts(docs)
    assert [c.about for c in conflicts] == ["attendance"]
    assert conflict_sides(conflicts[0]) == {"41212": {"a0", "a2"}, "42112": {"a1"}}


def test_a_clubs_previous_title_in_two_years_disagrees():
    docs = dated_story(
        ("2027-05-10", "Harbour United won the Northern Cup for the first time since 1998."),
        ("2027-05-11", "The win gave Harbour United their first trophy since 1989."),
    )
    assert _about(docs) == [("previous title", ["since 1998", "since 1989"])]


def test_a_final_on_two_days_disagrees_however_its_clauses_word_it():
    docs = dated_story(
        (
            "2027-06-15",
            "Harbour United beat Castlebridge 2-1 in the final at the Millfield Stadium on June 14.",
        ),
        ("2027-06-22", "The final, played on June 21, gave Harbour United a first trophy in years."),
    )
    assert _about(docs) == [("date of the final", ["2027-06-14", "2027-06-21"])]


def test_a_final_report_is_no_final():
    docs = dated_story(
        ("2027-06-15", "The council published the final report on June 14."),
        ("2027-06-22", "The final report was published on June 21."),
    )
    assert [c.about for c in find_conflicts(docs)] != ["date of the final"]


def test_a_medical_on_two_weekdays_disagrees_across_article_dates():
    docs = dated_story(
        ("2027-08-10", "The winger underwent a medical on Sunday before agreeing a five-year contract."),
        ("2027-08-11", "Luca Marchetti completed his medical on Monday and signed a five-year deal."),
    )
    assert _about(docs) == [("date of the medical", ["2027-08-08", "2027-08-09"])]


def test_medicals_of_two_named_players_are_two_events():
    docs = dated_story(
        ("2027-08-10", "Luca Marchetti underwent a medical on Sunday."),
        ("2027-08-10", "Oskar Lind passed a medical on Monday."),
    )
    assert find_conflicts(docs) == ()


def test_a_transfer_fee_in_millions_disagrees_whatever_its_words():
    docs = dated_story(
        (
            "2027-08-11",
            "Ashford City have signed Luca Marchetti from Sporting Vale for an initial £45m, rising to £50m"
            " with add-ons.",
        ),
        ("2027-08-11", "Luca Marchetti has joined Ashford City for a club-record fee of £48m."),
        ("2027-08-12", "Ashford City confirmed the £45 million signing of Luca Marchetti on Tuesday."),
    )
    conflicts = number_conflicts(docs)
    assert [(c.about, c.update) for c in conflicts] == [("transfer fee", False)]
    assert {p.value: set(p.articles) for p in conflicts[0].positions} == {
        "£45m": {"a0", "a2"},
        "£48m": {"a1"},
    }


def test_what_a_fee_rises_to_and_another_players_fee_are_no_conflict():
    docs = dated_story(
        ("2027-08-11", "Luca Marchetti has joined Ashford City for a fee of £45m."),
        ("2027-08-11", "The deal for Luca Marchetti could rise to £50m with add-ons."),
        ("2027-08-11", "Sporting Vale sold defender Jonas Berg to Ashford for £30m last summer."),
        ("2027-08-12", "Ashford also signed midfielder Oskar Lind for £50m in July."),
    )
    assert number_conflicts(docs) == []


def test_a_participle_after_its_noun_labels_the_date_as_a_passive():
    docs = dated_story(
        ("2027-04-21", "The agency said a sample collected on March 3 tested positive for a stimulant."),
        ("2027-04-21", "The positive test came from a sample collected on March 4 after a league match."),
    )
    assert [c.about for c in find_conflicts(docs)] == ["when a sample was collected"]


def test_a_subjects_own_past_verb_keeps_its_label():
    docs = dated_story(
        ("2027-04-21", "A fire destroyed a warehouse on March 3."),
        ("2027-04-21", "A fire destroyed a warehouse on March 4."),
    )
    assert [c.about for c in find_conflicts(docs)] == ["when a fire destroyed a warehouse"]


def test_a_length_joined_to_its_noun_is_marked_as_its_value():
    assert value_spans("handed an 18-month ban", "number", "18 months") == [
        ("handed an ", False),
        ("18-month", True),
        (" ban", False),
    ]
    assert value_spans("his two-year-old son", "number", "two years") == [("his two-year-old son", False)]


def test_a_birthday_in_the_present_is_to_come():
    assert dates_on("Marchetti, who turns 25 in October, scored 12 league goals.", "2026-08-11") == [
        "2026-10"
    ]
    assert dates_on("Marchetti, who turned 24 in October, scored 12 goals.", "2026-08-11") == ["2025-10"]


def test_a_line_giving_a_goals_minute_cites_no_outlet_giving_another(encoder):
    docs = [
        segment(Article(f"a{n}", text, source=f"Outlet {n}"))
        for n, text in enumerate(
            [
                "Dani Ortega scored the winner in the 67th minute with a header from a corner.",
                "Dani Ortega scored the winner in the 76th minute with a header from a corner.",
                "Ortega headed the winner in the 67th minute, sending the fans wild.",
            ]
        )
    ]
    assert "a1" not in align(docs, encoder=encoder).sources_of(docs[0].sentences[0])


def test_a_minute_written_into_the_goals_noun_is_its_minute():
    docs = dated_story(
        ("2027-05-10", "Rovers beat Athletic 2-1 thanks to Joao Silva's 76th-minute winner."),
        ("2027-05-10", "Joao Silva struck the winner in the 67th minute as Rovers beat Athletic."),
        (
            "2027-05-10",
            "Rovers beat Athletic thanks to Pablo Vidal's 80th-minute winner in the other semi-final.",
        ),
    )
    conflicts = number_conflicts(docs)
    assert [c.about for c in conflicts] == ["minute of the winner"]
    assert conflict_sides(conflicts[0]) == {"76": {"a0"}, "67": {"a1"}}


def test_a_title_wait_told_as_champions_since_is_the_previous_title():
    docs = dated_story(
        ("2027-05-17", "Norbridge, who finished on 84 points, had not been champions since 2004."),
        ("2027-05-18", "Norbridge are champions for the first time since 2004 after beating Kingsmoor."),
        ("2027-05-18", "The win gave Norbridge their first championship since 2007."),
    )
    conflicts = number_conflicts(docs)
    assert [c.about for c in conflicts] == ["previous title"]
    assert conflict_sides(conflicts[0]) == {"since 2004": {"a0", "a1"}, "since 2007": {"a2"}}
