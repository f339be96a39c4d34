"""Cross-check leftovers of session 26: a forecast's weekday looks ahead; a toll an outlet lowers and a count
of the missing that falls over days are updates, shown in the order they were told."""

import pytest

from storyweave.crosscheck import find_conflicts
from storyweave.crosscheck._facts import corrected_figures, is_stale
from tests.crosscheck.conftest import dated_story, dates_on

# 2027-03-09 is a Tuesday.
TUESDAY = "2027-03-09"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What is forecast, predicted or warned of for a weekday is to come, whatever the tense.
        ("Forecasters warned of more rain on Wednesday.", ["2027-03-10"]),
        (
            "The Met Office forecast heavy showers on Wednesday and a brief dry spell on Friday.",
            ["2027-03-10", "2027-03-12"],
        ),
        ("Meteorologists predicted further heavy rain on Saturday.", ["2027-03-13"]),
        # The day of the warning or forecast itself, and what happened, stay past.
        ("The Environment Agency warned on Monday that the river could burst its banks.", ["2027-03-08"]),
        ("The agency predicted Monday that the river would stay high.", ["2027-03-08"]),
        ("Police warned residents to leave on Monday.", ["2027-03-08"]),
        ("It rained on Sunday too, but less heavily.", ["2027-03-07"]),
        ("The rain expected on Sunday never arrived.", ["2027-03-07"]),
        ("As forecast, heavy rain fell on Monday across the catchment.", ["2027-03-08"]),
        ("Forecasters had predicted heavy rain on Sunday.", ["2027-03-07"]),
    ],
)
def test_a_forecast_weekday_looks_ahead(text: str, expected: list[str]) -> None:
    assert dates_on(text, TUESDAY) == expected


def test_only_the_corrected_figure_of_a_sentence_is_stale() -> None:
    text = "Eight people died in the landslide, police said, revising an earlier figure of nine."
    assert not is_stale(text)
    [(start, end)] = corrected_figures(text)
    assert text[start:end] == "revising an earlier figure of nine"
    assert is_stale("Earlier, police said 32 people had died.")


def _numbers(docs: list) -> list[tuple[bool, list[tuple[str, set[str]]]]]:
    """Each number conflict or update: whether an update, and its values in order with their articles."""
    return [
        (c.update, [(p.value, set(p.articles)) for p in c.positions])
        for c in find_conflicts(docs)
        if c.kind == "number"
    ]


def test_a_toll_an_outlet_lowers_is_an_update() -> None:
    docs = dated_story(
        (
            "2027-10-04",
            "A landslide buried homes in Glenmor on Sunday night, killing nine people, police said.",
        ),
        ("2027-10-05", "The death toll from Sunday's landslide in Glenmor stood at nine."),
        (
            "2027-10-06",
            "Eight people died in the Glenmor landslide, police said on Wednesday, revising an earlier figure of "
            "nine after one victim was found to have been counted twice.",
        ),
    )
    assert (True, [("9", {"a0", "a1"}), ("8", {"a2"})]) in _numbers(docs)


def test_a_lower_toll_from_another_outlet_with_no_revision_stays_a_conflict() -> None:
    docs = dated_story(
        (
            "2027-10-04",
            "A landslide buried homes in Glenmor on Sunday night, killing nine people, police said.",
        ),
        ("2027-10-05", "A landslide in Glenmor on Sunday night killed seven people, police said."),
    )
    assert (False, [("9", {"a0"}), ("7", {"a1"})]) in _numbers(docs)


_MISSING = (
    (
        "2027-10-05",
        "Nineteen people were still missing in Glenmor on Tuesday as rescuers dug through the rubble.",
    ),
    ("2027-10-06", "Eleven people remain missing after the Glenmor landslide, the council said."),
    (
        "2027-10-04",
        "Rescuers were searching for 25 people missing after a landslide struck Glenmor on Sunday night.",
    ),
)


def test_the_missing_counted_down_over_days_are_one_update_in_the_order_told() -> None:
    assert (True, [("25", {"a2"}), ("19", {"a0"}), ("11", {"a1"})]) in _numbers(dated_story(*_MISSING))


def test_the_missing_counted_by_two_outlets_on_one_day_are_no_update() -> None:
    docs = dated_story(
        ("2027-10-04", "Rescuers were searching for 25 people missing after a landslide struck Glenmor."),
        ("2027-10-04", "Thirty-two people were missing after the landslide in Glenmor, police said."),
    )
    assert all(not update for update, _ in _numbers(docs))


def test_the_missing_of_another_place_do_not_join_the_count() -> None:
    docs = dated_story(
        *_MISSING[:2],
        (
            "2027-10-07",
            "In the neighbouring village of Lowfold, six people remain missing after a smaller slip.",
        ),
    )
    assert all("6" not in dict(values) for _, values in _numbers(docs))


def test_a_count_of_residents_joins_the_side_of_the_people_counted_for_its_event() -> None:
    # QA8 #12: the Chronicle's "24 residents were rescued" beside "24 people have now been rescued" (a perfect,
    # no past event of its own) and "Two dozen people were rescued ... on Mill Lane", whose street names had
    # kept the Chronicle's count apart.
    docs = dated_story(
        (
            "2026-11-03",
            "Two dozen people were rescued by boat from houses on Mill Lane and Bridge Street, the fire service said.",
        ),
        ("2026-11-03", "The fire service says 24 people have now been rescued by boat."),
        (
            "2026-11-03",
            "About 1,200 homes were flooded and 24 residents were rescued by boat when the River Calder burst its "
            "banks on Tuesday.",
        ),
        ("2026-11-03", "Firefighters rescued 30 people by boat."),
    )
    assert (False, [("24", {"a0", "a1", "a2"}), ("30", {"a3"})]) in _numbers(docs)
