"""Conflicts session 33 found missed (qa_known's open items; the QA12a trial story, the held-out water and tram
stories of /tmp/s31/conf/held and /tmp/s32/conf/held): a share told beside another group's share, a count with no
noun, a plan's start month, and a plan month's label."""

from storyweave.crosscheck import find_conflicts

from .conftest import dated_story


def _found(docs) -> list[tuple[str, list[str]]]:
    return [(c.about, [p.value for p in c.positions]) for c in find_conflicts(docs)]


NAUSEA = "Nausea was the most common side effect, reported by 21% of people taking zelmatide and 7% of those on placebo."


def test_a_share_beside_another_groups_share_is_its_groups():
    # QA12a: the zelmatide arm's 21% against another outlet's 12%.
    docs = dated_story(
        ("2026-11-18", NAUSEA),
        ("2026-11-18", "Nausea affected 12% of participants on zelmatide, according to the paper."),
    )
    assert [sides for _, sides in _found(docs)] == [["21", "12"]]
    # The placebo arm's share is another group's.
    placebo = dated_story(
        ("2026-11-18", NAUSEA), ("2026-11-18", "Nausea affected 9% of participants on placebo.")
    )
    assert _found(placebo) == []


def test_a_districts_share_meets_only_that_districts():
    north = "Tests found the bacteria in 14% of samples from the northern district and 3% of samples from the south."
    docs = dated_story(
        ("2026-12-08", north),
        (
            "2026-12-09",
            "The bacteria turned up in 9% of samples from the northern district and 3% of those from the south.",
        ),
    )
    assert [sides for _, sides in _found(docs)] == [["14", "9"]]
    south = dated_story(
        ("2026-12-08", north),
        (
            "2026-12-09",
            "The bacteria turned up in 9% of samples from the southern district, company figures showed.",
        ),
    )
    assert _found(south) == []


def test_a_count_with_no_noun_counts_the_people_before_it():
    # The held-out water story: "Four were still in hospital" against "Six people were still in ... Hospital".
    treated = "Nine people were treated in hospital on Monday, the health board said. Four were still in hospital on Tuesday."
    docs = dated_story(
        ("2026-12-09", treated),
        (
            "2026-12-09",
            "Six people were still in Ashford General Hospital on Tuesday, the health board said.",
        ),
    )
    assert [sides for _, sides in _found(docs)] == [["4", "6"]]
    # Another day's count is another count.
    later = dated_story(
        ("2026-12-09", treated),
        (
            "2026-12-10",
            "Two people were still in Ashford General Hospital on Wednesday, the health board said.",
        ),
    )
    assert _found(later) == []


def test_a_plans_start_month_is_one_plan_however_worded():
    # The held-out tram story: March against May, in clauses sharing only "begin"; the tenders are another plan.
    docs = dated_story(
        (
            "2026-12-08",
            "Mayor Dora Lindgren said the city would open tenders in January and that construction would begin in March.",
        ),
        (
            "2026-12-09",
            "Construction on the 9-kilometre line would begin in May, Mayor Dora Lindgren told reporters, after "
            "tenders open in January.",
        ),
    )
    assert _found(docs) == [("when construction would begin", ["2027-03", "2027-05"])]


def test_a_plan_months_label_names_the_planned_act():
    # QA12a: the filing months' clauses share only "approval", which was the label ("when approval").
    docs = dated_story(
        (
            "2026-11-18",
            "Halvorsen Pharma, which funded the trial, said it would ask the US Food and Drug Administration for "
            "approval in January.",
        ),
        ("2026-11-18", "Halvorsen Pharma said it planned to file for approval with the FDA in March."),
    )
    assert _found(docs) == [("when Halvorsen Pharma would file for approval", ["2027-01", "2027-03"])]
