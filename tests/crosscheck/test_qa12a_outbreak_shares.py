"""A count a sentence splits by country ("Tanzania has 27 confirmed cases and 16 deaths; Uganda has four
cases") is each country's share, not the story's total: it is no value of the total's series (the
QA12a outbreak story, where 27 and 16 were read as the day's totals, 31 and 17)."""

from storyweave.crosscheck import find_conflicts

from .conftest import dated_story


def _values(docs) -> list[list[str]]:
    return [[position.value for position in conflict.positions] for conflict in find_conflicts(docs)]


def test_a_countrys_share_told_beside_anothers_is_no_value_of_the_total():
    docs = dated_story(
        ("2026-11-15", "With the Ugandan case, the outbreak now counts 19 confirmed cases."),
        ("2026-11-17", "The outbreak in Tanzania and Uganda has grown to 26 confirmed cases and 15 deaths."),
        (
            "2026-11-20",
            "Confirmed cases in the outbreak rose to 31, with 17 deaths. Tanzania has 27 confirmed cases and 16"
            " deaths; Uganda has four cases and one death, the agency said.",
        ),
    )
    assert not any("27" in values or "16" in values for values in _values(docs))


def test_a_share_split_with_and_is_no_value_of_the_total():
    docs = dated_story(
        ("2026-11-15", "The outbreak now counts 19 confirmed cases, officials said."),
        ("2026-11-17", "Tanzania has 23 confirmed cases and Uganda three, the WHO said."),
    )
    assert not any("23" in values for values in _values(docs))


def test_a_total_told_by_two_outlets_still_conflicts():
    docs = dated_story(
        ("2026-11-17", "The outbreak in Tanzania and Uganda has grown to 26 confirmed cases, the WHO said."),
        (
            "2026-11-17",
            "The outbreak has grown to 29 confirmed cases in Tanzania and Uganda, officials said.",
        ),
    )
    assert _values(docs) == [["26", "29"]]
