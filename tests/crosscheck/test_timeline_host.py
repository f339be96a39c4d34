"""Timeline: a weekday after a team's "host(s)" is the coming fixture; a broadcaster's "host" is a noun."""

import datetime as dt

import pytest

from storyweave.crosscheck.dates import Reference, find_dates

from .conftest import dates_on


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Of Tuesday, Nov. 3.
        ("Kingsport Rovers host Hallam City on Saturday in their first match.", "2026-11-07"),
        ("The Rovers host Hallam at Harbour Park on Saturday afternoon.", "2026-11-07"),
        ("Hallam City hosts Ashby Town on Friday.", "2026-11-06"),
        ("On Saturday, Rovers host Hallam City at Harbour Park.", "2026-11-07"),
    ],
)
def test_a_weekday_after_a_teams_host_is_the_coming_one(text: str, expected: str) -> None:
    assert dates_on(text, "2026-11-03") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Radio host Pete Dunn said on Monday that the fans backed the squad.",
        "An interview with Fox News host Sean Hannity on Monday drew viewers.",
        "The show's host Pete Dunn on Monday apologised to listeners.",
        "Hallam hosted Ashby Town on Saturday and won 3-0.",
    ],
)
def test_a_broadcasters_host_and_a_past_hosted_keep_the_past_day(text: str) -> None:
    assert dates_on(text, "2026-11-03")[0] in ("2026-11-02", "2026-10-31")


def test_a_host_right_after_a_date_is_a_noun() -> None:
    # AllSides: the word before the date is the word before "host" here, and "on" is no team.
    text = (
        "During his Fox News primetime show on June 15, 2021, host Tucker Carlson launched into a diatribe "
        "accusing the FBI."
    )
    (mention,) = find_dates(text, Reference(dt.date(2021, 6, 17), estimated=False))
    assert (mention.value.iso, mention.future) == ("2021-06-15", False)
