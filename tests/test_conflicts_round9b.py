"""Conflicts round 9b: the number disagreements a QA review found missed (a fire's area told with two
verbs, "12 injured" against "Fourteen people were injured in the collapse", a toll then a death toll
that rose), and the look-alikes that must stay apart."""

from storyweave.crosscheck import conflicts, find_conflicts
from tests.crosscheck.conftest import story


def test_a_fire_area_told_with_two_verbs_is_one_figure():
    docs = story(
        "The fire has burned 12,000 hectares since it began on Friday, the regional government said.",
        "The blaze has scorched 15,000 hectares since Friday, according to firefighters.",
        dates=("2025-08-11", "2025-08-11"),
    )
    (conflict,) = find_conflicts(docs)
    assert not conflict.update
    assert [p.value for p in conflict.positions] == ["12000", "15000"]
    assert conflict.about == "area burned in hectares"


def test_charred_and_consumed_tell_the_area_too():
    docs = story(
        "The Creek fire has charred 8,000 acres in the Sierra foothills since Sunday, Cal Fire said.",
        "The Creek fire has consumed 9,500 acres, forcing the evacuation of about 2,000 homes.",
        dates=("2024-07-30", "2024-07-30"),
    )
    (conflict,) = find_conflicts(docs)
    assert [p.value for p in conflict.positions] == ["8000", "9500"]


def test_the_fire_verbs_are_one_word_only_for_an_area():
    scorched = conflicts.context("The blaze has scorched 15,000 hectares", 23, 38)
    assert conflicts._one_fire_verb(scorched).events == {"burn"}
    # Fuel is no area: "consumed" and "burned" stay two words for it.
    docs = story(
        "The plant consumed 3,000 tonnes of coal on Monday.",
        "The plant burned 4,000 tonnes of coal on Monday.",
        dates=("2024-01-02", "2024-01-02"),
    )
    assert find_conflicts(docs) == ()


def test_a_fire_area_that_grows_over_days_is_an_update():
    docs = story(
        "The Bear fire has burned 5,000 hectares in the hills above Athens, the fire service said.",
        "The Bear fire has scorched 9,000 hectares since it broke out last week, the agency said.",
        dates=("2024-08-10", "2024-08-12"),
    )
    (conflict,) = find_conflicts(docs)
    assert conflict.update


def test_areas_of_two_named_fires_do_not_meet():
    docs = story(
        "The Oak fire has burned 12,000 acres near Mariposa since it started on Monday.",
        "The Pine fire has scorched 15,000 acres near Redding, the U.S. Forest Service said on Friday.",
        dates=("2024-08-02", "2024-08-02"),
    )
    assert find_conflicts(docs) == ()


def test_areas_of_two_named_days_do_not_meet():
    docs = story(
        "The Line fire had burned 5,000 acres by Sunday night, Cal Fire said.",
        "The Line fire had charred 9,000 acres by Tuesday, officials said.",
        dates=("2024-09-03", "2024-09-04"),
    )
    assert find_conflicts(docs) == ()


def test_a_casualty_verb_after_the_number_is_its_verb_not_its_noun():
    text = "Three people were killed and 12 injured when the bridge collapsed."
    end = text.index(" injured")
    assert conflicts._unit_after(text, end)[0] is None
    assert conflicts._unit_after("left 14 seriously wounded.", len("left 14"))[0] is None
    assert conflicts._unit_after("14 workers were injured", 2)[0] == "worker"


def test_the_injured_of_a_collapse_told_earlier_in_the_article_meet():
    # The second outlet dates the collapse one sentence before its toll ("in the collapse").
    docs = story(
        "Two people were killed and 9 injured when a pedestrian bridge collapsed at the Lakeside mall "
        "in Dunmore on Saturday.",
        "A pedestrian bridge at the Lakeside mall in Dunmore collapsed on Saturday afternoon. Eleven people "
        "were injured in the collapse, the fire service said.",
        dates=("2024-10-20", "2024-10-20"),
    )
    (conflict,) = find_conflicts(docs)
    assert not conflict.update
    assert [p.value for p in conflict.positions] == ["9", "11"]
    assert conflict.about == "people injured in the collapse"


def test_the_injured_a_day_later_are_an_update():
    docs = story(
        "Three people were killed and 12 injured when the Kessel Street bridge in Marlow collapsed on Monday.",
        "The Kessel Street bridge in Marlow collapsed on Monday. Fourteen people were injured in the "
        "collapse, officials said.",
        dates=("2025-10-14", "2025-10-15"),
    )
    (conflict,) = find_conflicts(docs)
    assert conflict.update
    assert [p.value for p in conflict.positions] == ["12", "14"]


def test_an_event_noun_takes_no_day_the_article_never_gives():
    # Nothing in the second article dates "the collapse": its 14 may be of another day or collapse.
    docs = story(
        "Three people were killed and 12 injured when the Kessel Street bridge in Marlow collapsed on Monday.",
        "Engineers had warned about the bridge. Fourteen people were injured in the collapse, officials said.",
        dates=("2025-10-14", "2025-10-14"),
    )
    assert find_conflicts(docs) == ()


def test_a_toll_and_a_death_toll_of_one_collapse_meet_beyond_the_words_next_to_them():
    docs = story(
        "Three people were killed and 12 injured when the Kessel Street bridge in Marlow collapsed into the "
        "Aven River on Monday evening, city officials said.",
        "The death toll from Monday's collapse of the Kessel Street bridge in Marlow rose to four on "
        "Wednesday, Fire Commissioner Dana Whitlock said.",
        dates=("2025-10-14", "2025-10-15"),
    )
    (conflict,) = find_conflicts(docs)
    assert conflict.update
    assert [p.value for p in conflict.positions] == ["3", "4"]


def test_tolls_of_one_day_sharing_only_a_place_word_stay_apart():
    docs = story(
        "Taliban fighters ambushed an army convoy in Helmand province on Tuesday, killing six soldiers.",
        "Four soldiers died on Tuesday when their helicopter crashed during a night mission in Helmand "
        "province, the defence ministry said.",
        dates=("2024-02-20", "2024-02-20"),
    )
    assert find_conflicts(docs) == ()


def test_injured_firefighters_and_injured_people_are_two_counts():
    docs = story(
        "Twelve firefighters were injured fighting the warehouse fire in Leeds on Tuesday.",
        "Fourteen people were injured in the warehouse fire in Leeds on Tuesday, officials said.",
        "Among the 14 injured were 12 firefighters, two of them seriously hurt.",
        dates=("2024-03-05", "2024-03-05", "2024-03-06"),
    )
    assert find_conflicts(docs) == ()


def test_tolls_of_one_day_and_city_told_by_events_of_other_subjects_stay_apart():
    docs = story(
        "Three people were killed on Tuesday in Karachi when gunmen opened fire on a police van near the "
        "city's main railway station.",
        "Five people were killed on Tuesday when a gas cylinder exploded at a restaurant near the main "
        "railway station in Karachi, rescue officials said.",
        dates=("2024-04-16", "2024-04-16"),
    )
    assert find_conflicts(docs) == ()


def test_one_event_told_by_two_verbs_of_one_subject_is_one_toll():
    docs = story(
        "Five people were killed when a tornado struck the town of Selma on Thursday, officials said.",
        "Seven people were killed when the tornado hit Selma on Thursday, the county coroner said.",
        dates=("2024-03-15", "2024-03-15"),
    )
    (conflict,) = find_conflicts(docs)
    assert [p.value for p in conflict.positions] == ["5", "7"]
