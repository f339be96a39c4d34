"""Session 40: days and names left open by earlier QA passes: one announced act of protest lies ahead, a
participle after a comma tells no tense, two outlets' first days of one planned strike are a conflict."""

import pytest

from tests.crosscheck.conftest import dates_on


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An act of protest announced for one day (of Monday 2 March 2026) is the coming day.
        ("The union announced walkouts on Wednesday over pay.", ["2026-03-04"]),
        ("Train drivers announced a 24-hour strike on Wednesday after talks broke down.", ["2026-03-04"]),
        # A decision or an offer announced on a day keeps its past day.
        ("The minister announced his resignation on Friday.", ["2026-02-27"]),
        ("The operators announced a pay offer on Friday worth 3%.", ["2026-02-27"]),
    ],
)
def test_one_day_of_an_announced_protest_lies_ahead(text: str, expected: list[str]) -> None:
    assert dates_on(text, "2026-03-02") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A participle opening a phrase after the comma describes the offer (of Tuesday 8 September 2026).
        ("Customers can pre-order from Friday, priced at 799 euros.", ["2026-09-11"]),
        ("Pre-orders start on Friday, priced at 799 euros.", ["2026-09-11"]),
        # A past tense after the comma still tells the past; so does "by", an act of its own.
        ("Police arrested him on Friday, charged him with theft.", ["2026-09-04"]),
        ("The rally was held on Saturday, attended by 5,000 people.", ["2026-09-05"]),
    ],
)
def test_a_describing_participle_tells_no_tense(text: str, expected: list[str]) -> None:
    assert dates_on(text, "2026-09-08") == expected
