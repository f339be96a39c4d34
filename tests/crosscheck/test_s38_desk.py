"""Session 38, the health and science desk: a plan told in the pluperfect ("had been scheduled to fly in June")
takes the nearer year, not the future's; a launch's clock time told with "lifted off" or "after launching"."""

from storyweave.crosscheck import find_conflicts

from .conftest import conflict_sides, dated_story, dates_on, number_conflicts


def test_a_month_a_plan_had_been_set_for_takes_the_nearer_year():
    # Of a September launch delay: that June had passed, where the future's reading put it a year on.
    text = "The mission had been scheduled to fly in June before a problem was found during testing in April."
    assert dates_on(text, "2026-09-15") == ["2026-06", "2026-04"]


def test_a_month_a_plan_had_been_set_for_may_still_be_to_come():
    assert dates_on("The mission had been scheduled to launch in October.", "2026-09-15") == ["2026-10"]
    assert dates_on("The plant had been expected to open on Jan. 20.", "2026-09-15") == ["2027-01-20"]


def test_a_plan_in_the_present_still_looks_ahead():
    assert dates_on("The mission is scheduled to fly in June.", "2026-09-15") == ["2027-06"]


def _time_conflicts(docs):
    """The conflicts of clock times (reported with the dates, as when something happened)."""
    return [
        conflict
        for conflict in find_conflicts(docs)
        if any(position.value.endswith(("a.m. PDT", "p.m. PDT")) for position in conflict.positions)
    ]


def test_a_launch_time_told_as_lifting_off_and_after_launching_is_one_event():
    docs = dated_story(
        ("2026-09-17", "A Falcon 9 rocket lifted off from Vandenberg on Thursday at 10:42 a.m. PDT."),
        ("2026-09-18", "The satellite is in orbit after launching on Thursday at 10:24 a.m. PDT, NASA said."),
    )
    [conflict] = _time_conflicts(docs)
    assert {position.value: set(position.articles) for position in conflict.positions} == {
        "10:42 a.m. PDT": {"a0"},
        "10:24 a.m. PDT": {"a1"},
    }


def test_a_planned_launch_time_of_a_scrubbed_day_is_no_side():
    docs = dated_story(
        ("2026-09-14", "The satellite is scheduled to launch on Tuesday at 10:42 a.m. PDT."),
        ("2026-09-18", "The satellite is in orbit after launching on Thursday at 10:24 a.m. PDT."),
    )
    assert _time_conflicts(docs) == []


def test_a_period_of_an_act_told_after_before_and_a_gerund_does_not_scope_the_sum():
    docs = dated_story(
        (
            "2026-09-15",
            "The $1.2 billion mission is a partnership between NASA and the European Space Agency.",
        ),
        (
            "2026-09-17",
            "The $850 million mission will spend six months in checkout before beginning science operations"
            " early next year.",
        ),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"1200000000": {"a0"}, "850000000": {"a1"}}


def test_a_sum_of_next_year_is_still_scoped_by_its_year():
    docs = dated_story(
        ("2026-09-15", "The agency will spend $1.2 billion on the mission next year."),
        ("2026-09-17", "The agency spent $850 million on the mission this year."),
    )
    assert number_conflicts(docs) == []


def test_the_people_of_one_study_are_one_count_however_named():
    docs = dated_story(
        ("2026-01-14", "The drug was tested in a study of 24,310 people published on Wednesday."),
        ("2026-01-16", "The study of 23,410 adults, published on Wednesday, found a modest benefit."),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"24310": {"a0"}, "23410": {"a1"}}
    assert conflict.about == "study participants"


def test_the_whole_after_among_is_read_as_a_count():
    docs = dated_story(
        (
            "2026-01-15",
            "A trial found that the supplement cut the rate of the disease by 22 percent among 24,310 adults.",
        ),
        ("2026-01-16", "The trial of 23,410 adults found the supplement cut the rate of the disease."),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"24310": {"a0"}, "23410": {"a1"}}


def test_a_part_told_after_among_them_stays_unread():
    docs = dated_story(
        ("2026-01-15", "The outbreak has sickened 40 people, among them 12 children."),
        ("2026-01-15", "The outbreak has sickened 40 people, among them 15 children."),
    )
    assert number_conflicts(docs) == []


def test_a_change_by_a_percentage_told_with_two_verbs_of_one_sense_is_one_fact():
    docs = dated_story(
        (
            "2026-01-14",
            "Vitamin D supplements lowered the risk of autoimmune diseases by 18 percent, the study found.",
        ),
        (
            "2026-01-15",
            "The trial found that the pills reduced the rate of autoimmune disease by 22 percent.",
        ),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"18": {"a0"}, "22": {"a1"}}
    assert conflict.about == "reduced the rate of autoimmune disease, in percent"


def test_changes_of_two_things_measured_alike_are_two_facts():
    docs = dated_story(
        ("2026-01-14", "The drug lowered the risk of stroke by 18 percent, the study found."),
        ("2026-01-15", "The drug reduced the risk of death by 9 percent, the study found."),
    )
    assert number_conflicts(docs) == []


def test_a_price_a_year_told_as_a_list_price_and_as_a_charge_is_one_fact():
    docs = dated_story(
        ("2026-06-12", "Caldera set a list price of $26,500 a year and said the drug would ship in July."),
        ("2026-06-15", "The company will charge $28,000 a year for the drug, its chief executive said."),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"26500": {"a0"}, "28000": {"a1"}}
    assert conflict.about == "price a year"


def test_prices_of_two_periods_are_two_facts():
    docs = dated_story(
        ("2026-06-12", "Caldera set a list price of $26,500 a year for the drug."),
        ("2026-06-15", "The company will charge $2,200 a month for the drug."),
    )
    assert number_conflicts(docs) == []
