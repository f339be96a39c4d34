"""Conflicts, round 10: a new user's missed number and date contradictions, with guards that keep
compatible figures and repeated events out."""

from storyweave.crosscheck import find_conflicts

from .conftest import story


def _sides(conflict) -> dict[str, set[str]]:
    return {p.value: set(p.articles) for p in conflict.positions}


def test_a_unit_phrase_ends_at_the_clause_verb():
    # "of aggregate derailed" had read the verb into what the wagons held, so the counts looked like
    # wagons of two different things.
    docs = story(
        "The train, which was carrying 26 wagons of aggregate, came off the rails at around 9pm.",
        "A freight train carrying 24 wagons of aggregate derailed on the viaduct on Thursday evening.",
        dates=("2025-11-07", "2025-11-07"),
    )
    (conflict,) = find_conflicts(docs)
    assert conflict.kind == "number" and not conflict.update
    assert _sides(conflict) == {"26": {"a0"}, "24": {"a1"}}


def test_a_slipped_decimal_point_is_a_conflict():
    docs = story(
        "Network Rail estimated that repairs to the viaduct would cost £2.1 million.",
        "Network Rail said the cost of repairing the viaduct would be about £21 million.",
        dates=("2025-11-07", "2025-11-07"),
    )
    (conflict,) = find_conflicts(docs)
    assert conflict.about == "cost in pounds"
    assert _sides(conflict) == {"2100000": {"a0"}, "about £21 million": {"a1"}}


def test_figures_of_one_digit_ten_times_apart_are_two_counts():
    # One significant digit is too little to read a slip: "3" and "30" are two counts too often.
    docs = story(
        "The company said repairs would cost $4 million.",
        "The company said repairs would cost $40 million.",
        dates=("2025-11-07", "2025-11-07"),
    )
    assert find_conflicts(docs) == ()


def test_agreeing_outlets_do_not_hide_the_dissenting_one():
    # Five outlets repeating "three people were missing" made "missing" an everywhere-word of the
    # story, and the sixth outlet's "five" lost the only word tying it to them.
    three = "The dam failed on Sunday night. Emergency manager Pete Danvers said three people were missing."
    docs = story(
        three,
        "The dam failed late Sunday. Emergency manager Pete Danvers said five people were missing.",
        three,
        "The Orrin dam gave way on Sunday. Emergency manager Pete Danvers said 3 people were missing.",
        "Water flooded the valley. Emergency manager Pete Danvers said three people remained missing.",
        dates=("2025-04-14",) * 5,
    )
    (conflict,) = find_conflicts(docs)
    assert _sides(conflict) == {"3": {"a0", "a2", "a3", "a4"}, "5": {"a1"}}


def test_yesterday_and_a_weekday_of_one_article_date_are_compared():
    docs = story(
        "Three workers were killed and 11 were injured yesterday when an explosion tore through the"
        " resin building at the Kessler Polymers plant, officials said.",
        "Two workers were killed when an explosion rocked the Kessler Polymers plant in Marlow Falls on"
        " Sunday afternoon.",
        dates=("2025-06-03", "2025-06-03"),
    )
    (conflict,) = [c for c in find_conflicts(docs) if c.kind == "date"]
    assert conflict.about.startswith("when three workers were killed")
    assert _sides(conflict) == {"2025-06-02": {"a0"}, "2025-06-01": {"a1"}}


def test_days_counted_from_different_article_dates_are_not_compared():
    # The same words a day apart: each article tells its own day's events.
    docs = story(
        "Two workers were killed yesterday when an explosion rocked the plant.",
        "Two workers were killed on Sunday when an explosion rocked the plant.",
        dates=("2025-06-03", "2025-06-05"),
    )
    assert [c for c in find_conflicts(docs) if c.kind == "date"] == []


def test_a_repeated_event_is_not_the_first_one_told_on_another_day():
    for day in ("yesterday", "on Tuesday"):
        docs = story(
            "Police arrested two suspects in Leeds on Monday.",
            f"Police arrested a third suspect in Leeds {day}.",
            dates=("2025-03-05", "2025-03-05"),
        )
        assert find_conflicts(docs) == ()


def test_a_count_written_with_a_thousands_comma_is_no_year():
    docs = story(
        "Harlow Motors said it would cut 1,200 jobs at its Denby plant.",
        "Harlow Motors announced that it would cut 2,100 jobs at its Denby plant.",
        dates=("2025-03-05", "2025-03-05"),
    )
    (conflict,) = find_conflicts(docs)
    assert _sides(conflict) == {"1200": {"a0"}, "2100": {"a1"}}


def test_a_later_verb_of_the_clause_is_not_the_event_its_day_dates():
    # The inquiry opened on Thursday; the toppling is the Wednesday event the other outlet dates.
    docs = story(
        "Parliament opened an inquiry Thursday into the claims that toppled Prime Minister Arkan Veli _"
        " that he had ties to the mafia and rigged a bank sale.",
        "Parliament toppled Prime Minister Arkan Veli's 17-month-old government Wednesday in a"
        " no-confidence vote over a mafia scandal.",
        dates=("1998-11-26", "1998-11-26"),
    )
    assert find_conflicts(docs) == ()
