"""Death and injury tolls told with a noun ("killed 11 miners", "Thirteen miners died"): compared when
they are one event's count, and kept apart when they count different groups or events."""

from storyweave.crosscheck import conflicts, find_conflicts
from tests.crosscheck.conftest import story


def test_killed_and_died_of_one_day_are_one_toll_of_the_noun():
    docs = story(
        "An explosion at the Amasra coal mine killed 11 miners on Tuesday, officials said.",
        "Thirteen miners died in the explosion at the Amasra coal mine on Tuesday, the governor said.",
        dates=("2024-01-09", "2024-01-09"),
    )
    (conflict,) = find_conflicts(docs)
    assert conflict.kind == "number" and not conflict.update
    assert [p.value for p in conflict.positions] == ["11", "13"]
    assert conflict.about.startswith("miners ")


def test_killed_and_died_without_a_day_do_not_meet():
    # Nothing but the noun ties them: two accidents of one mine are told with the same words.
    docs = story(
        "An explosion at the Amasra coal mine killed 11 miners, officials said.",
        "Thirteen miners died at the Amasra coal mine, the governor said.",
        dates=("2024-01-09", "2024-01-09"),
    )
    assert find_conflicts(docs) == ()


def test_the_dead_and_the_wounded_of_one_clause_are_two_counts():
    # Before, "four soldiers" and "27 soldiers" were two values of one unit in one clause, left unread.
    docs = story(
        "A car bomb at the army base near Djibo killed four soldiers and wounded 27 soldiers on Tuesday.",
        "Four soldiers were killed and 30 soldiers were wounded when a car bomb hit the base near Djibo on Tuesday.",
        dates=("2024-09-03", "2024-09-03"),
    )
    (conflict,) = find_conflicts(docs)
    assert [p.value for p in conflict.positions] == ["27", "30"]
    assert conflict.about.startswith("soldiers wounded")


def test_a_noun_phrase_runs_to_its_verb():
    # "police" is the head noun of "27 police officers"; the verb after "officers" governs it.
    docs = story(
        "Rioters in Southport injured 27 police officers on Tuesday night as a vigil turned violent.",
        "Thirty-one police officers were wounded in the rioting in Southport on Tuesday night.",
        dates=("2024-08-03", "2024-08-03"),
    )
    (conflict,) = find_conflicts(docs)
    assert [p.value for p in conflict.positions] == ["27", "31"]
    assert conflict.about.startswith("police officers ")


def test_the_dead_and_the_injured_of_one_noun_never_meet():
    docs = story(
        "The explosion at the Amasra coal mine killed 11 miners on Tuesday, officials said.",
        "The explosion at the Amasra coal mine injured 13 miners on Tuesday, officials said.",
        dates=("2024-01-09", "2024-01-09"),
    )
    assert find_conflicts(docs) == ()


def test_a_toll_of_a_noun_is_not_a_count_of_the_noun():
    docs = story(
        "The explosion at the Amasra coal mine killed 11 miners on Tuesday.",
        "The explosion at the Amasra coal mine trapped 14 miners on Tuesday.",
        dates=("2024-01-09", "2024-01-09"),
    )
    assert find_conflicts(docs) == ()


def test_different_groups_of_the_dead_do_not_conflict():
    docs = story(
        "A methane explosion at the Kostenko coal mine killed 11 miners and two rescuers on Monday.",
        "Thirteen people died in the explosion at the Kostenko coal mine on Monday, officials said.",
        "The explosion at the Kostenko coal mine killed 11 miners on Monday, the company said.",
        dates=("2024-05-06", "2024-05-06", "2024-05-06"),
    )
    assert find_conflicts(docs) == ()


def test_an_approximate_toll_allows_the_count():
    docs = story(
        "About a dozen miners were killed when a shaft collapsed at a gold mine in River Nile state on Sunday.",
        "Fourteen miners died when a shaft collapsed at a gold mine in River Nile state on Sunday.",
        dates=("2024-04-14", "2024-04-14"),
    )
    assert find_conflicts(docs) == ()


def test_a_floor_of_a_noun_toll_of_the_same_day_is_the_count_so_far():
    docs = story(
        "At least 11 miners died in the blast at the Amasra coal mine on Tuesday, officials said.",
        "The blast at the Amasra coal mine killed 13 miners on Tuesday, the governor said.",
        dates=("2024-01-09", "2024-01-09"),
    )
    (conflict,) = find_conflicts(docs)
    assert [p.value for p in conflict.positions] == ["at least 11", "13"]


def test_a_noun_toll_that_rises_on_later_days_is_an_update():
    docs = story(
        "A landslide at the jade mine in Hpakant killed 11 miners on Thursday, officials said.",
        "The landslide at the jade mine in Hpakant on Thursday has killed 19 miners, officials said.",
        dates=("2024-08-01", "2024-08-02"),
    )
    (conflict,) = find_conflicts(docs)
    assert conflict.update
    assert [p.value for p in conflict.positions] == ["11", "19"]


def test_a_toll_in_a_clause_after_another_event_is_that_clauses():
    # "Monday's attack in Kabala" does not put the 12 dead of Mangu on Monday, nor in Kabala.
    docs = story(
        "Monday's attack in Kabala came a day after gunmen killed 12 villagers in neighbouring Mangu.",
        "Nine villagers were killed in Kabala on Monday, a police spokesman said.",
        "Gunmen killed nine villagers in Kabala on Monday night, police said.",
        dates=("2024-11-05", "2024-11-05", "2024-11-05"),
    )
    assert find_conflicts(docs) == ()


def test_a_count_after_a_place_preposition_is_not_the_verbs():
    # The miners were injured, not the cars: the two counts of cars differ, but as cars.
    docs = story(
        "Three miners riding in the two cars were injured on Monday, police said.",
        "Three miners riding in the three cars were injured on Monday, police said.",
        dates=("2024-11-04", "2024-11-04"),
    )
    (conflict,) = find_conflicts(docs)
    assert conflict.about == "number of cars"


def test_a_perfect_tense_states_the_toll():
    text = "At least 19 miners have died in the landslide."
    start = text.index("At")
    assert conflicts._casualty(text, start, text.index(" have")) == ("die", "die")
    assert conflicts._casualty("19 miners have left", 0, len("19 miners")) is None


def test_a_second_count_of_the_noun_shares_the_first_ones_verb():
    # "four residents in Poland" were killed too: the two counts of one clause are compared, not read.
    docs = story(
        "Floods brought by Storm Boris killed seven residents in eastern Romania on Saturday.",
        "Floods killed four residents in southern Poland on Saturday as Storm Boris swept across Europe.",
        "Storm Boris killed seven residents in Romania and four residents in Poland on Saturday.",
        dates=("2024-09-15", "2024-09-15", "2024-09-15"),
    )
    assert find_conflicts(docs) == ()
