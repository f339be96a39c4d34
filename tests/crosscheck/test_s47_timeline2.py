"""Session 47's second timeline desk (a depot strike and a football club's week, all of a Monday): a contracted
negative future ("won't") looks ahead, while a past event its clause names stays past."""

import pytest

from tests.crosscheck.conftest import dates_on

# Monday 8 March 2027.
_MONDAY = "2027-03-08"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The union won't decide until Thursday.", ["2027-03-11"]),
        (
            "The Transit Workers Union won’t decide on the new offer until Thursday, its secretary said.",
            ["2027-03-11"],
        ),
        ("Bus drivers at Harrow Lane depot won’t return to work before Friday.", ["2027-03-12"]),
        ("The manager won't name his side until Wednesday.", ["2027-03-10"]),
        # An attack or an assault its clause names is gone by, whatever the tense.
        (
            "He won’t support a commission to investigate the attack on the parliament in January.",
            ["2027-01"],
        ),
        ("Managers won't comment on the assault on a driver in February.", ["2027-02"]),
        ("Managers won't comment on the assault on a driver on Saturday.", ["2027-03-06"]),
        # Right after the noun a weekday may be the verb's.
        ("The minister will visit the site of the bombing on Saturday.", ["2027-03-13"]),
        (
            "The firm won't reopen its inquiry into the depot fire in January, a spokeswoman said.",
            ["2027-01"],
        ),
        # A hurricane is forecast.
        ("Crews won't be ready for a hurricane in September.", ["2027-09"]),
        # A past "won" is no future.
        ("The union won a pay rise on Thursday.", ["2027-03-04"]),
    ],
)
def test_a_contracted_negative_future_looks_ahead(text: str, expected: list[str]) -> None:
    assert dates_on(text, _MONDAY) == expected
