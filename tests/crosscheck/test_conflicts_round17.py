"""Conflicts round 17 (the QA7 breach story's leftovers): a count of "people" read as the story's one
noun of people when one verb is nearest both ("exposed ... 1.2 million people" / "2.1 million patients
was exposed"), and the start of one event dated by two outlets in words they do not share ("The breach,
which began on August 22" / "Hackers entered the network on August 24")."""

from storyweave.crosscheck import find_conflicts
from tests.crosscheck.conftest import story

_DAY = ("2026-09-15", "2026-09-15", "2026-09-15")


def _conflicts(docs) -> list[tuple[str, list[tuple[str, tuple[str, ...]]]]]:
    return [
        (conflict.about, [(p.value, p.articles) for p in conflict.positions])
        for conflict in find_conflicts(docs)
    ]


def test_a_count_of_people_with_the_verb_of_a_count_of_patients_is_that_count():
    docs = story(
        "The breach exposed names, birth dates and medical record numbers of 1.2 million people, the company said.",
        "The personal information of about 2.1 million patients was exposed in the attack, the company said.",
        dates=_DAY[:2],
    )
    assert [[articles for _, articles in sides] for _, sides in _conflicts(docs)] == [[("a0",), ("a1",)]]


def test_a_count_of_people_joins_the_side_of_its_value():
    docs = story(
        "A ransomware attack last month exposed the names and birth dates of about 1.2 million patients.",
        "The personal information of about 2.1 million patients was exposed in a ransomware attack.",
        "The breach exposed names and birth dates of 1.2 million people, the company said.",
        dates=_DAY,
    )
    assert [sides for _, sides in _conflicts(docs)] == [
        [("about 1.2 million", ("a0", "a2")), ("about 2.1 million", ("a1",))]
    ]


def test_people_counted_with_another_verb_are_not_the_patients():
    docs = story(
        "Some 1,000 people work at the hospital, which reopened its emergency room on Friday.",
        "The personal information of about 2.1 million patients was exposed in the attack.",
        dates=_DAY[:2],
    )
    assert _conflicts(docs) == []


def test_people_aboard_may_be_passengers_and_crew():
    # MultiLing M008: "12 crew members and 216 passengers" / "228 people on board".
    docs = story(
        "The plane was carrying 12 crew members and 216 passengers when it vanished over the Atlantic.",
        "The plane was carrying 228 people on board when it vanished over the Atlantic.",
        dates=("2009-06-02", "2009-06-02"),
    )
    assert _conflicts(docs) == []


def test_the_start_of_a_breach_told_by_the_intruders_entry():
    docs = story(
        "The company said attackers got into its systems on August 22 through a vendor's account.",
        "Hackers entered the network on August 24 using a contractor's login, the company said.",
        "The breach, which began on August 22, exposed the names of many patients, the company said.",
        dates=_DAY,
    )
    assert _conflicts(docs) == [
        ("when the breach began", [("2026-08-22", ("a0", "a2")), ("2026-08-24", ("a1",))])
    ]


def test_a_fire_that_started_and_a_blaze_that_broke_out_are_one_start():
    docs = story(
        "The fire started on June 2 near a campground, investigators said.",
        "The blaze broke out on June 4 near the Lost Lake campground and has charred 5,400 acres.",
        dates=("2026-06-09", "2026-06-09"),
    )
    assert _conflicts(docs) == [("when the fire began", [("2026-06-02", ("a0",)), ("2026-06-04", ("a1",))])]


def test_a_second_fire_or_an_article_of_two_fires_tells_no_other_start():
    second = story(
        "A second fire broke out on June 6 near Cedar Flats.",
        "The blaze broke out on June 4 near the Lost Lake campground.",
        dates=("2026-06-09", "2026-06-09"),
    )
    two_fires = story(
        "The Pine Hollow fire started on June 2. The Cedar Flats fire started on June 6.",
        "The blaze broke out on June 4 near the Lost Lake campground.",
        dates=("2026-06-09", "2026-06-09"),
    )
    assert _conflicts(second) == []
    assert _conflicts(two_fires) == []


def test_a_start_verb_with_an_object_dates_no_start_of_the_event():
    docs = story(
        "About 100 Kurds began a hunger strike on Nov. 9 in the main square.",
        "Kurdish protesters started a sit-in on Nov. 14 outside the embassy.",
        dates=("2026-11-15", "2026-11-15"),
    )
    assert _conflicts(docs) == []
