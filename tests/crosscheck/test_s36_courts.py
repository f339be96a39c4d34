"""Session 36, the courts and crime desk: bail a judge sets, told with the judge's name or the defendant's; sums
of a plea deal joined by "and" (a fine and restitution); ages of one person whose name outlets spell apart;
the whole of "three of the four counts"; a prison term an appeals court changed; a coming day in court told
with "faces sentencing", and a plea told before it."""

from storyweave.crosscheck import find_conflicts

from .conftest import conflict_sides, dated_story, dates_on, number_conflicts


def test_bail_a_named_judge_set_meets_bail_set_for_the_named_defendant():
    docs = dated_story(
        (
            "2026-11-23",
            "Kevin Tran pleaded not guilty.\n\nSuperior Court Judge Robert Chen set bail at $500,000.",
        ),
        ("2026-11-24", "A judge on Monday set bail at $250,000 for Kevin Tran, who is charged with robbery."),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"500000": {"a0"}, "250000": {"a1"}}


def test_bail_of_two_defendants_is_two_facts():
    docs = dated_story(
        ("2026-11-23", "Judge Robert Chen set bail at $500,000 for Kevin Tran on Monday."),
        ("2026-11-23", "Judge Robert Chen set bail at $250,000 for Maria Lowe on Monday."),
    )
    assert number_conflicts(docs) == []


def test_a_fine_and_restitution_joined_by_and_are_each_read():
    docs = dated_story(
        ("2026-09-15", "Richard Haldane agreed to pay a $4.5 million fine and $18 million in restitution."),
        (
            "2026-09-15",
            "Haldane pleaded guilty, agreeing to pay a $5.5 million fine and $18 million in restitution.",
        ),
        ("2026-09-16", "He agreed to pay $18 million in restitution and a fine of $4.5 million."),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"4500000": {"a0", "a2"}, "5500000": {"a1"}}


def test_two_sums_of_one_noun_joined_by_and_stay_unread():
    # Which fine is whose is not said by the sums' own nouns: neither is read.
    docs = dated_story(
        ("2026-09-15", "The firms agreed to pay a $4.5 million fine and a $2 million fine."),
        ("2026-09-15", "The firm agreed to pay a $5.5 million fine."),
    )
    assert number_conflicts(docs) == []


def test_ages_of_one_person_spelled_two_ways_are_one_fact():
    docs = dated_story(
        ("2026-09-15", "Richard Haldane, 61, pleaded guilty on Tuesday."),
        ("2026-09-16", "Richard Haldene, 62, of Greenwich pleaded guilty Tuesday."),
        ("2026-09-15", "Richard Haldane, 61, admitted the fraud."),
    )
    conflicts = number_conflicts(docs)
    [age] = [conflict for conflict in conflicts if conflict.about.startswith("age of")]
    assert age.about == "age of Richard Haldane"
    assert conflict_sides(age) == {"61": {"a0", "a2"}, "62": {"a1"}}


def test_ages_of_two_people_a_letter_apart_in_a_short_name_stay_apart():
    docs = dated_story(
        ("2026-09-15", "John Li, 61, pleaded guilty on Tuesday."),
        ("2026-09-15", "John Lin, 62, pleaded guilty on Tuesday."),
    )
    assert [c for c in number_conflicts(docs) if c.about.startswith("age of")] == []


def test_the_whole_of_a_part_is_no_count_another_outlets_part_meets():
    docs = dated_story(
        ("2026-03-10", "Whitaker was convicted on three of the four counts he faced."),
        ("2026-03-10", "The jury found Whitaker guilty on three counts."),
    )
    assert number_conflicts(docs) == []


def test_counts_faced_still_conflict():
    docs = dated_story(
        ("2026-03-10", "Whitaker faced four counts at trial."),
        ("2026-03-10", "Whitaker faced five counts at trial."),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"4": {"a0"}, "5": {"a1"}}


def test_a_term_changed_on_appeal_meets_another_changed_term():
    docs = dated_story(
        (
            "2026-06-04",
            "An appeals court reduced the prison sentence of Gloria Mendez from 12 years to 9 years.",
        ),
        ("2026-06-04", "Gloria Mendez will serve 8 years in prison instead of 12 after the appeal."),
        ("2026-06-05", "A three-judge panel cut Gloria Mendez's sentence to nine years on Thursday."),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"9": {"a0", "a2"}, "8": {"a1"}}


def test_a_term_changed_on_appeal_is_not_the_term_first_imposed():
    docs = dated_story(
        ("2026-06-04", "Gloria Mendez was sentenced to 12 years in prison for embezzlement."),
        ("2026-06-04", "An appeals court cut Gloria Mendez's sentence to nine years."),
    )
    assert number_conflicts(docs) == []


def test_time_served_is_no_changed_term():
    docs = dated_story(
        ("2026-06-04", "An appeals court cut Gloria Mendez's sentence to nine years."),
        ("2026-06-08", "Gloria Mendez will serve three years before she can seek parole."),
    )
    assert [c for c in find_conflicts(docs) if c.kind == "number"] == []


def test_faces_sentencing_looks_ahead():
    assert dates_on("Ellen Marsh faces sentencing in February.", "2026-09-16") == ["2027-02"]
    assert dates_on("Marsh faces trial in March, her lawyer said.", "2026-09-16") == ["2027-03"]


def test_a_plea_before_a_coming_sentencing_is_past():
    text = "Ellen Marsh faces sentencing in February after pleading guilty in June."
    assert dates_on(text, "2026-09-16") == ["2027-02", "2026-06"]


def test_a_plea_told_after_its_coming_day_looks_ahead_with_it():
    text = "Marsh will be sentenced in June after pleading guilty."
    assert dates_on(text, "2026-03-16") == ["2026-06"]


def test_a_scrutiny_someone_faces_stays_no_marker():
    # "faces" alone is a present state: the month of the scrutiny is read as before, the one gone by.
    assert dates_on("The scrutiny Marsh faces in February was intense, lawyers said.", "2026-09-16") == [
        "2026-02"
    ]


def test_a_next_day_in_court_however_told_is_one_date():
    docs = dated_story(
        (
            "2026-11-23",
            "Kevin Tran pleaded not guilty.\n\nTran is due back in court on Dec. 14 for a preliminary hearing.",
        ),
        ("2026-11-24", "Kevin Tran pleaded not guilty.\n\nThe next hearing in the case is set for Dec. 16."),
    )
    [conflict] = [c for c in find_conflicts(docs) if c.kind == "date"]
    assert conflict_sides(conflict) == {"2026-12-14": {"a0"}, "2026-12-16": {"a1"}}


def test_two_defendants_next_days_in_court_are_two_dates():
    docs = dated_story(
        ("2026-11-23", "Kevin Tran is due back in court on Dec. 14."),
        ("2026-11-24", "The next hearing for Maria Lowe is set for Dec. 16."),
    )
    assert [c for c in find_conflicts(docs) if c.kind == "date"] == []


def test_a_term_of_office_cut_is_no_prison_term():
    docs = dated_story(
        ("2026-06-04", "Voters cut the term of Mayor Gloria Mendez to two years."),
        ("2026-06-04", "Voters cut the term of Mayor Gloria Mendez to three years."),
    )
    assert [c for c in number_conflicts(docs) if c.about.startswith("prison term")] == []
