"""Conflicts session 31 found missed or false (QA12a/QA12b open items and the held-out stories of
/tmp/s31/conf/held): a ceiling of an earlier day, a tally told in two halves, plans of another month."""

from storyweave.crosscheck import find_conflicts

from .conftest import dated_story, number_conflicts


def _sides(docs) -> list[tuple[str, list[str]]]:
    return [(c.about, [p.value for p in c.positions]) for c in number_conflicts(docs)]


def test_a_ceiling_told_days_before_bounds_no_later_count():
    # QA12a F7: cases still under investigation on 11-17, cases investigated in all on 11-20.
    docs = dated_story(
        ("2026-11-17", "Up to 40 suspected cases are still being investigated, according to the WHO."),
        ("2026-11-20", "The WHO said 55 suspected cases had been investigated, of which 24 were ruled out."),
    )
    assert _sides(docs) == []


def test_a_ceiling_still_rules_out_a_higher_count_of_its_day_or_before():
    same_day = dated_story(
        ("2026-11-17", "Up to 40 suspected cases are still being investigated, according to the WHO."),
        ("2026-11-17", "The WHO said 55 suspected cases are still being investigated."),
    )
    assert [values for _, values in _sides(same_day)] == [["up to 40", "55"]]
    told_after = dated_story(
        ("2026-11-17", "The WHO said 55 suspected cases are still being investigated."),
        ("2026-11-20", "Up to 40 suspected cases are still being investigated, according to the WHO."),
    )
    assert [values for _, values in _sides(told_after)] == [["55", "up to 40"]]


_FINAL_VOTE = (
    "The National Assembly passed the 2027 budget bill on Wednesday evening by 312 votes to 287, with 14"
    " abstentions, giving Prime Minister Helena Voss's government a majority of 25."
)


def test_a_tally_told_as_votes_won_and_votes_against_is_one_tally():
    # QA12b AC1: Eastbridge Observer's halves join the Capital Ledger's side against the Northern Record.
    docs = dated_story(
        ("2026-11-18", _FINAL_VOTE),
        (
            "2026-11-18",
            "The government's budget cleared the National Assembly on Wednesday night, passing 312 to 289.",
        ),
        (
            "2026-11-19",
            "The government won 312 votes in the budget vote; the Liberal Alliance, the Green Left and a handful"
            " of independents mustered 287 against.",
        ),
    )
    (conflict,) = number_conflicts(docs)
    assert [(p.value, p.articles) for p in conflict.positions] == [
        ("312-287", ("a0", "a2")),
        ("312-289", ("a1",)),
    ]


def test_votes_won_with_votes_against_conflict_with_another_tally():
    docs = dated_story(
        ("2026-12-08", "The tram extension won 27 votes, with 19 against and three abstentions."),
        ("2026-12-09", "The tram extension that the council approved on Monday passed 27 to 21."),
    )
    assert _sides(docs) == [("vote tally", ["27-19", "27-21"])]


def test_votes_won_without_votes_against_are_no_tally():
    docs = dated_story(
        ("2026-12-08", "The tram extension won 27 votes, far more than the 19 it needed to pass."),
        ("2026-12-09", "The tram extension that the council approved on Monday passed 27 to 21."),
    )
    assert _sides(docs) == []


def _date_sides(docs) -> list[list[str]]:
    return [[p.value for p in c.positions] for c in find_conflicts(docs) if c.kind == "date"]


def test_plans_for_another_month_of_articles_of_other_days_conflict():
    # QA12a held-out lumacel-ema (February / April) and aspirin-colon (March / June).
    decision = dated_story(
        (
            "2026-11-24",
            "The European Commission usually follows the committee's advice and is expected to make a"
            " final decision in February.",
        ),
        (
            "2026-11-25",
            "The European Commission is expected to issue its decision in April, the company said.",
        ),
    )
    assert _date_sides(decision) == [["2027-02", "2027-04"]]
    draft = dated_story(
        (
            "2026-11-24",
            "The Task Force is reviewing its advice in light of the trial and expects to publish a draft"
            " in March.",
        ),
        ("2026-11-25", "The Task Force said it expects to publish draft advice on aspirin in June."),
    )
    assert _date_sides(draft) == [["2027-03", "2027-06"]]


def test_plans_of_two_steps_or_months_counted_from_the_article_do_not_conflict():
    steps = dated_story(
        ("2026-12-08", "Mayor Dora Lindgren said the city would open tenders for the works in January."),
        ("2026-12-09", "Construction on the line would begin in March, Mayor Dora Lindgren told reporters."),
    )
    assert _date_sides(steps) == []
    # "next month" said on two days is not one month named twice.
    counted = dated_story(
        ("2026-11-30", "The European Commission is expected to issue its decision next month."),
        ("2026-12-01", "The European Commission is expected to issue its decision next month."),
    )
    assert _date_sides(counted) == []


def test_a_ceiling_of_an_event_told_days_before_still_rules_out_a_higher_count():
    docs = dated_story(
        (
            "2026-03-16",
            "Fewer than 20,000 fans were in the ground when the lights failed, according to the club.",
        ),
        ("2026-03-17", "The club said 28,000 fans were in the ground when the lights failed."),
    )
    assert [values for _, values in _sides(docs)] == [["fewer than 20,000", "28000"]]


def test_won_approval_is_the_approval_of_another_weekday():
    # QA12a F9: the brenovir approval "on Friday" (Atlantic Medical Wire) / "on Thursday" (Pacific Ledger).
    docs = dated_story(
        (
            "2026-11-20",
            "The US Food and Drug Administration on Friday approved brenovir, the first single-dose oral antiviral"
            " for RSV in adults aged 60 and older.",
        ),
        (
            "2026-11-20",
            "Calder Biosciences, the San Diego drug developer, won approval on Thursday from the Food and Drug"
            " Administration for brenovir, a pill that treats RSV in people 60 and older with a single dose.",
        ),
    )
    assert _date_sides(docs) == [["2026-11-20", "2026-11-19"]]


def test_a_first_event_told_by_weekday_in_articles_of_other_days_conflicts():
    # QA12a F9: Uganda's first case "on Saturday" (Kampala Observer, 11-15) / "on Friday" (Continental, 11-17).
    docs = dated_story(
        (
            "2026-11-15",
            "Uganda confirmed its first case of Marburg virus disease on Saturday, a truck driver who had"
            " travelled from Kagera in Tanzania, the Ministry of Health said.",
        ),
        (
            "2026-11-17",
            "Uganda reported its first case on Friday, a truck driver from the Kagera region, and two of his"
            " relatives have since tested positive.",
        ),
    )
    assert [(c.about, [p.value for p in c.positions]) for c in find_conflicts(docs)] == [
        ("when: Uganda's first case", ["2026-11-14", "2026-11-13"])
    ]


def test_weekdays_of_articles_of_other_days_stay_apart_without_a_first_event():
    # Two vigils, or one owner's first and another's: no one event.
    vigils = dated_story(
        ("2026-11-15", "Hundreds of people held a vigil for the victims in Kampala on Saturday."),
        ("2026-11-17", "Hundreds of people held a vigil for the victims in Kampala on Friday."),
    )
    assert _date_sides(vigils) == []
    owners = dated_story(
        ("2026-11-15", "Uganda confirmed its first case of Marburg virus disease on Saturday."),
        ("2026-11-17", "Kenya reported its first case of Marburg virus disease on Friday."),
    )
    assert _date_sides(owners) == []


def test_an_article_that_names_both_plan_months_knows_two_plans():
    # The held-out tram story: the Courier's January tenders shared the words of its own March construction.
    docs = dated_story(
        (
            "2026-12-08",
            "Mayor Dora Lindgren said the city would open tenders for the works in January and that construction"
            " would begin in March.",
        ),
        (
            "2026-12-09",
            "Mayor Dora Lindgren said construction would begin in March and that the street would stay open to"
            " pedestrians throughout the works.",
        ),
    )
    assert _date_sides(docs) == []


def test_the_figure_before_its_comparison_is_read_with_its_own_words():
    # The held-out tram story's survey: renters 58% (Courier) / 52% (Northern Business Review), homeowners 41%.
    docs = dated_story(
        (
            "2026-12-08",
            "A council survey found that 58% of renters backed the line against 41% of homeowners.",
        ),
        (
            "2026-12-10",
            "The council survey found that 52% of renters backed the line, against 41% of homeowners.",
        ),
    )
    assert [values for _, values in _sides(docs)] == [["58", "52"]]


def test_the_two_arms_of_a_comparison_stay_apart():
    docs = dated_story(
        (
            "2026-11-18",
            "Heart attacks occurred in 6.2% of people taking the pill, compared with 8.1% on placebo.",
        ),
        (
            "2026-11-18",
            "Heart attacks occurred in 8.1% of people on placebo versus 6.2% of those taking the pill.",
        ),
        (
            "2026-11-19",
            "The survival rate was 95 percent for younger patients versus 92 percent for older patients.",
        ),
        (
            "2026-11-19",
            "The survival rate was 92 percent for older patients versus 95 percent for younger patients.",
        ),
    )
    assert _sides(docs) == []
