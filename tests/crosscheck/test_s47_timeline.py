"""Session 47's timeline desk (a port-contract case, a tram strike and an inflation story, all of a Monday): a
person summoned for a day, or to appear on one, is due then; a day something is set for that lies far on in the
year is the coming one."""

import pytest

from tests.crosscheck.conftest import dates_on

# Monday 8 March 2027.
_MONDAY = "2027-03-08"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Former port director Henrik Kessler has been summoned for May 4 to answer questions.",
            ["2027-05-04"],
        ),
        ("The two officials were summoned to appear before the magistrate on April 20.", ["2027-04-20"]),
        ("The mayor was summoned for questioning on May 4.", ["2027-05-04"]),
        ("Damm was subpoenaed to testify on April 12.", ["2027-04-12"]),
        ("Parliament was recalled for April 6.", ["2027-04-06"]),
        # The summons itself keeps its day.
        ("Kessler was summoned on Friday.", ["2027-03-05"]),
        ("Prosecutors summoned Kessler on March 2 to answer questions.", ["2027-03-02"]),
    ],
)
def test_a_day_someone_is_summoned_for_is_to_come(text: str, expected: list[str]) -> None:
    assert dates_on(text, _MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A retrial was fixed for September 9.", ["2027-09-09"]),
        ("The judge set the trial for October 14 at Marlow district court.", ["2027-10-14"]),
        # A day set for that lies within weeks before the article may be one gone by, moved or held.
        ("The judge set the hearing for Feb. 26, but it was delayed.", ["2027-02-26"]),
    ],
)
def test_a_day_set_for_far_on_in_the_year_is_the_coming_one(text: str, expected: list[str]) -> None:
    assert dates_on(text, _MONDAY) == expected
