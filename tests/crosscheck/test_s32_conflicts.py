"""Conflicts session 32 found missed (qa_known's open items, the held-out stories of /tmp/s31/conf/held and
/tmp/s32/conf/held): a named subject's act told on other weekdays by articles of other days, a vote for an act
told with two verbs, a count of one named place and day told without a shared word."""

from storyweave.crosscheck import find_conflicts

from .conftest import dated_story


def _sides(docs) -> list[list[str]]:
    return [[p.value for p in c.positions] for c in find_conflicts(docs)]


def test_a_named_subjects_act_is_one_act_whatever_day_each_article_counts_from():
    # The held-out school story: closed "on Tuesday" (a Wednesday article), "on Wednesday" (a Thursday one).
    docs = dated_story(
        ("2026-12-02", "Brookfield Primary School closed on Tuesday after the number of cases rose to 17."),
        (
            "2026-12-03",
            "Brookfield Primary School, which closed on Wednesday, will stay shut until next Monday.",
        ),
    )
    assert _sides(docs) == [["2026-12-01", "2026-12-02"]]


def test_an_unnamed_or_other_subjects_act_is_not_that_act():
    # The school's kitchen is not the school.
    kitchen = dated_story(
        ("2026-12-01", "The school's kitchen was closed on Monday after pupils fell ill."),
        ("2026-12-02", "Brookfield Primary School closed on Tuesday, the county said."),
    )
    assert _sides(kitchen) == []
    # The noun after a possessive name is the subject (DUC 2003 d31009t): two subjects, two warnings.
    turkey = dated_story(
        (
            "1998-11-29",
            "One of Turkey's leading politicians warned Sunday that a political vacuum could cripple it.",
        ),
        ("1998-11-30", "Turkey's secular military leadership warned a pro-Islamic party Monday against it."),
    )
    assert _sides(turkey) == []
    # A repeat is another act.
    again = dated_story(
        ("2026-12-02", "Brookfield Primary School closed on Tuesday after the number of cases rose to 17."),
        ("2026-12-05", "Brookfield Primary School closed again on Friday after new cases."),
    )
    assert _sides(again) == []


def test_a_vote_for_an_act_is_that_act():
    # The held-out tram story: "voted on Tuesday to approve" (a Wednesday article) against "approved ... on
    # Monday" (a Tuesday and a Thursday article).
    docs = dated_story(
        ("2026-12-08", "Hallam city council approved the extension of the tram network on Monday night."),
        ("2026-12-09", "Hallam's city council voted on Tuesday to approve an extension of the tram network."),
        ("2026-12-10", "Hallam's council approved the tram extension on Monday by 27 votes to 19."),
    )
    assert _sides(docs) == [["2026-12-07", "2026-12-08"]]


def test_a_count_of_one_named_place_and_day_is_one_count():
    # The held-out school story: children in hospital on Wednesday, 8 against 5, in clauses sharing no word.
    docs = dated_story(
        (
            "2026-12-02",
            "Eight children were being treated at Brookfield General Hospital on Wednesday, the office said.",
        ),
        (
            "2026-12-03",
            "Five children were still in Brookfield General Hospital on Wednesday, the office said.",
        ),
    )
    assert _sides(docs) == [["8", "5"]]
    # Another day's count is no side of it.
    other_day = dated_story(
        (
            "2026-12-02",
            "Eight children were being treated at Brookfield General Hospital on Wednesday, the office said.",
        ),
        (
            "2026-12-03",
            "Five children were still in Brookfield General Hospital on Thursday, the office said.",
        ),
    )
    assert _sides(other_day) == []


def test_one_planners_months_sharing_a_noun_are_one_plan():
    # QA12a F10: the drugmaker's filing month, whose clauses share only "approval" and name the FDA two ways.
    docs = dated_story(
        (
            "2026-11-18",
            "Halvorsen Pharma, which funded the trial, said it would ask the US Food and Drug Administration for"
            " approval in January.",
        ),
        (
            "2026-11-18",
            "Halvorsen Pharma said it planned to file for approval with the FDA in March and with the European"
            " Medicines Agency later in 2027.",
        ),
    )
    assert _sides(docs) == [["2027-01", "2027-03"]]
    # Sentences that open with no one name are no one planner's.
    unnamed = dated_story(
        (
            "2026-11-18",
            "The company said it would ask the US Food and Drug Administration for approval in January.",
        ),
        ("2026-11-18", "Its partner planned to file for approval with the FDA in March."),
    )
    assert _sides(unnamed) == []
