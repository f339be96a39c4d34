"""The QA desks' leftovers (session 39): a share told "among" its group, units written onto their figures ("44.6C",
"3.2GW"), a measure's level told with two verbs, a product's release told by other verbs, and prices listed as versions."""

from storyweave.crosscheck import find_conflicts

from .conftest import conflict_sides, dated_story, number_conflicts


def test_a_share_among_its_group_meets_the_share_of_that_group():
    docs = dated_story(
        (
            "2024-02-20",
            "Only 71 percent of kindergartners in the Riverside Unified School District were fully vaccinated "
            "against measles in the 2023-24 school year, state data show.",
        ),
        (
            "2024-02-21",
            "The measles vaccination rate among kindergartners in the Riverside Unified School District was "
            "81 percent in the 2023-24 school year, according to state figures.",
        ),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"71": {"a0"}, "81": {"a1"}}


def test_a_share_of_another_group_or_a_part_among_a_toll_is_no_such_share():
    other_group = dated_story(
        (
            "2024-02-20",
            "Only 71 percent of kindergartners in the Riverside Unified School District were fully vaccinated "
            "in the 2023-24 school year.",
        ),
        (
            "2024-02-21",
            "The vaccination rate among teachers in the Riverside Unified School District was 81 percent in the "
            "2023-24 school year.",
        ),
    )
    assert number_conflicts(other_group) == []
    other_year = dated_story(
        (
            "2024-02-20",
            "Only 71 percent of kindergartners in Riverside were vaccinated in the 2023-24 school year.",
        ),
        (
            "2024-02-21",
            "The vaccination rate among kindergartners in Riverside was 81 percent in the 2019-20 school year.",
        ),
    )
    assert number_conflicts(other_year) == []


def test_a_temperature_glued_to_its_scale_meets_one_spelled_out():
    docs = dated_story(
        (
            "2024-07-22",
            "Temperatures in Seville reached 44.6C on Sunday, the state weather agency AEMET said.",
        ),
        (
            "2024-07-22",
            "The temperature in Seville hit 45.1 degrees Celsius on Sunday, weather agency AEMET said.",
        ),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"44.6": {"a0"}, "45.1": {"a1"}}


def test_a_unit_glued_to_its_figure_is_read_as_spelled_out():
    power = dated_story(
        (
            "2024-07-22",
            "Wind farms in the region produced 3.2GW at the peak on Sunday, the grid operator said.",
        ),
        (
            "2024-07-22",
            "Regional wind farms generated 3.6 gigawatts at the peak on Sunday, the grid operator said.",
        ),
    )
    [conflict] = number_conflicts(power)
    # Read in megawatts (tests/crosscheck/test_s42_climate.py), each shown as written.
    assert conflict_sides(conflict) == {"3.2GW": {"a0"}, "3.6 gigawatts": {"a1"}}
    speeds = dated_story(
        ("2024-07-22", "Police said the car was travelling at 120km/h on the motorway when it crashed."),
        ("2024-07-22", "Police said the car was travelling at 150 kph on the motorway when it crashed."),
    )
    [conflict] = number_conflicts(speeds)
    assert conflict_sides(conflict) == {"120": {"a0"}, "150": {"a1"}}


def test_a_measure_joined_by_a_hyphen_names_no_distance():
    # DUC 2003 d30020t: a race's distance is its name, not a figure of the story.
    docs = dated_story(
        ("1998-11-03", "Wu shattered the 200-meter individual medley record at China's national games."),
        ("1998-12-06", "Xiong will compete in the men's 400-meter individual medley at the Asian Games."),
    )
    assert number_conflicts(docs) == []


def test_a_glued_letter_that_is_no_unit_is_no_figure():
    # "99c" is cents, and a seat or room number is a label.
    docs = dated_story(
        ("2024-07-22", "The passenger in seat 14C said the flight was delayed by an hour."),
        ("2024-07-22", "The passenger in seat 12C said the flight was delayed by an hour."),
    )
    assert number_conflicts(docs) == []


def test_a_products_release_days_are_one_fact_however_told():
    docs = dated_story(
        ("2024-09-20", "Google's Pixel 9 Pro Fold goes on sale on October 4, the company said on Thursday."),
        ("2024-09-20", "The Pixel 9 Pro Fold ships October 11, Google announced on Thursday."),
        ("2024-09-21", "The Pixel 9 Pro Fold will be available from October 11 in two colors."),
    )
    [conflict] = [c for c in find_conflicts(docs) if c.kind == "date"]
    assert conflict_sides(conflict) == {"2024-10-04": {"a0"}, "2024-10-11": {"a1", "a2"}}
    assert conflict.about == "release of the Pixel 9 Pro Fold"


def test_two_products_or_a_pronoun_release_no_one_product():
    two_products = dated_story(
        ("2024-09-20", "The Pixel 9 Pro goes on sale on October 4, Google said on Thursday."),
        ("2024-09-20", "The Pixel 9 Pro Fold ships October 11, Google announced on Thursday."),
    )
    assert [c for c in find_conflicts(two_products) if c.kind == "date"] == []
    pronoun = dated_story(
        ("2024-09-20", "Google unveiled the Pixel 9 Pro Fold on Thursday. It goes on sale on October 4."),
        ("2024-09-20", "Google showed off the Pixel Watch 3 on Thursday. It ships October 11."),
    )
    assert [c for c in find_conflicts(pronoun) if c.kind == "date"] == []


def test_prices_an_outlet_gives_as_versions_are_no_conflict_of_others():
    listed = (
        "2024-09-10",
        "Apple unveiled the iPhone 16 Pro, which costs $999 for the 128GB model and $1,199 for the 256GB model.",
    )
    one_each = (
        ("2024-09-10", "Apple on Monday unveiled the iPhone 16 Pro, which costs $1,199."),
        ("2024-09-10", "The iPhone 16 Pro costs $999, Apple announced on Monday."),
    )
    assert number_conflicts(dated_story(listed, *one_each)) == []
    # With no outlet to list them as versions, the two prices disagree.
    [conflict] = number_conflicts(dated_story(*one_each))
    assert conflict_sides(conflict) == {"1199": {"a0"}, "999": {"a1"}}
    # A third price no outlet lists as a version still disagrees.
    other = ("2024-09-10", "The iPhone 16 Pro costs $1,099, Apple announced on Monday.")
    [conflict] = number_conflicts(dated_story(listed, one_each[0], other))
    assert conflict_sides(conflict) == {"1199": {"a1"}, "1099": {"a2"}}


def test_a_person_released_is_no_products_release():
    docs = dated_story(
        ("2024-04-10", "John Smith was released on Friday, police said."),
        ("2024-04-10", "John Smith was released on Saturday, police said."),
    )
    [conflict] = find_conflicts(docs)
    assert not conflict.about.startswith("release of")
