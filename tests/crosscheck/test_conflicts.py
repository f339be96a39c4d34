from storyweave.crosscheck import find_conflicts

from .conftest import story


def test_date_conflict_after_resolving_relative_date():
    docs = story(
        "On Oct. 1, 2020, Teigen announced the loss on Instagram.",
        "Teigen revealed on Sept. 30 that their son had been stillborn.",
        "Teigen first shared the news of the loss with fans in October 2020.",
        dates=("2021-09-29", "2021-02-21", None),
    )
    (conflict,) = find_conflicts(docs)
    assert conflict.kind == "date" and not conflict.update
    sides = {p.value: set(p.articles) for p in conflict.positions}
    # "October 2020" fits Oct. 1 only, so it joins that side instead of making a conflict.
    assert sides == {"2020-10-01": {"a0", "a2"}, "2020-09-30": {"a1"}}


def test_number_conflict_with_same_unit_and_predicate():
    docs = story(
        "The fire forced the evacuation of 14 workers on the night shift.",
        "He spoke to each of the 41 workers who were evacuated from the warehouse.",
        "The 14 workers on the night shift got out safely.",
        dates=("2026-03-11", "2026-03-12", "2026-03-13"),
    )
    (conflict,) = find_conflicts(docs)
    assert conflict.kind == "number" and not conflict.update
    assert {p.value: set(p.articles) for p in conflict.positions} == {"14": {"a0", "a2"}, "41": {"a1"}}


def test_rising_count_is_an_update():
    docs = story(
        "The fire injured one firefighter and forced the evacuation of the pier.",
        "The number of firefighters injured in the blaze rose to two.",
        dates=("2026-03-11", "2026-03-12"),
    )
    (conflict,) = find_conflicts(docs)
    assert conflict.update
    assert [p.value for p in conflict.positions] == ["1", "2"]


def test_compatible_values_are_not_conflicts():
    docs = story(
        "More than 30 firefighters fought the fire through the night. "
        "The authority put the damage at about $4 million.",
        "A total of 34 firefighters fought the blaze. The authority estimated the damage at $4.2 million.",
        dates=("2026-03-11", "2026-03-12"),
    )
    assert find_conflicts(docs) == ()


def test_values_within_one_article_never_conflict():
    docs = story("Police said 60 people died in the fire. Earlier reports said 65 people died in the fire.")
    assert find_conflicts(docs) == ()


def test_dates_and_times_and_labels_are_not_numbers():
    docs = story(
        "The fire at Pier 7 was reported at 11:40 p.m. on March 10, 2026, and 20 people died.",
        "The fire at Pier 9 was reported at 11:45 p.m. on March 10, 2026, and 20 people died.",
    )
    assert find_conflicts(docs) == ()


# Regression pairs from the DUC 2003 review (/tmp/duc_conflicts_review.md): false conflicts once reported.


def test_duc_different_events_weeks_apart_are_not_a_date_conflict():
    docs = story(
        "A federal grand jury in Manhattan returned the indictment Wednesday.",
        "A federal grand jury in Manhattan returned a 238-count indictment Wednesday.",
        dates=("1998-10-07", "1998-11-04"),
    )
    assert find_conflicts(docs) == ()


def test_duc_arrival_in_two_places_is_not_a_date_conflict():
    docs = story(
        "Mugabe arrived in Egypt Monday after meeting Gadhafi.",
        "Mugabe arrived in Libya Saturday, apparently by plane.",
        dates=("1998-11-23", "1998-11-23"),
    )
    assert find_conflicts(docs) == ()


def test_duc_different_scopes_are_not_a_number_conflict():
    docs = story(
        "In Poland, 32 people died of the cold, police said.",
        "The cold wave has killed at least 62 people throughout Europe.",
        dates=("1998-11-23", "1998-11-23"),
    )
    assert find_conflicts(docs) == ()


def test_duc_figures_of_different_size_are_different_facts():
    docs = story(
        "The bomb killed 11 people and wounded at least 86 at the embassy.",
        "The bombings of the embassies killed 224 people.",
        dates=("1998-10-16", "1998-11-05"),
    )
    assert find_conflicts(docs) == ()


def test_duc_first_name_alone_does_not_carry_an_age():
    docs = story(
        "They questioned his sister-in-law, Nabatte Fazul, 19, on Monday.",
        "His cousins Halima, 17, and Nabatte, 14, were there. Nabatte Fazul was questioned.",
    )
    assert find_conflicts(docs) == ()


def test_same_person_two_ages_is_a_conflict():
    docs = story("The trial of Wang Youcai, 32, lasted two hours.", "Wang Youcai, 33, is to go on trial.")
    (conflict,) = find_conflicts(docs)
    assert conflict.about == "age of Wang Youcai"
    assert sorted(p.value for p in conflict.positions) == ["32", "33"]
