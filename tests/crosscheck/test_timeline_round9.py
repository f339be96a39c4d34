"""Timeline round 9: what is set for a day comes after the setting, a fixture in the present tense and a
state that lasts "until" a day look ahead, the day a closure ends is an event, and an explicit date beside
a relative one stands for both (QA4 items 8, 14 and 15)."""

import datetime as dt

import pytest

from storyweave.crosscheck import build_timeline
from storyweave.crosscheck.dates import Reference, find_dates
from storyweave.model import Article, Segmented
from storyweave.segment import segment


def _on(day: str) -> Reference:
    return Reference(dt.date.fromisoformat(day), estimated=False)


@pytest.mark.parametrize(
    ("day", "text", "expected"),
    [
        # QA4 probe feb12-year: the past "ordered" is the setting's tense, not the sentencing's.
        (
            "2026-11-19",
            "Judge Okonjo set sentencing for Feb. 12 and ordered Hartigan held without bail.",
            "2027-02-12",
        ),
        (
            "2026-12-02",
            "The league set the replay of the abandoned cup tie for Jan. 14 and fined both clubs.",
            "2027-01-14",
        ),
        (
            "2026-12-02",
            "The cup replay, slated for Jan. 14, was confirmed by the league on Tuesday.",
            "2027-01-14",
        ),
        # QA4 election: the hearing set for the coming Tuesday, not the Tuesday before a Friday.
        ("2026-11-06", "The recount hearing scheduled for Tuesday was cancelled.", "2026-11-10"),
        # A date set before the article stays there: the nearer year, not a year on.
        ("2026-02-20", "The judge set the hearing for Feb. 12, but it was delayed.", "2026-02-12"),
        # A date "originally" set for was moved: it keeps its past tense.
        ("2026-11-06", "The vote, originally scheduled for Tuesday, was held on Thursday.", "2026-11-03"),
    ],
)
def test_what_is_set_for_a_day_comes_after_the_setting(day: str, text: str, expected: str) -> None:
    assert find_dates(text, _on(day))[0].value.iso == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # QA4 transfer, of Wednesday, Aug. 26: the fixture of the coming Saturday.
        ("Aldgate play Brentwick on Saturday at 3 p.m.", "2026-08-29"),
        ("The pension board meets Tuesday to decide whether to freeze payouts.", "2026-09-01"),
        # Not after "to", a negation or an object: those take the tense of their own clause.
        ("The team refused to play on Saturday.", "2026-08-22"),
        ("Fans watched them play on Saturday.", "2026-08-22"),
    ],
)
def test_a_fixture_in_the_present_looks_ahead(text: str, expected: str) -> None:
    assert find_dates(text, _on("2026-08-26"))[0].value.iso == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Of Wednesday, Dec. 2: a state that holds now ends on the coming Friday; the past of its cause,
        # after a conjunction, is not its tense.
        ("The training ground is closed until Friday after frost damaged the pitches.", "2026-12-04"),
        ("The museum remains shut until Friday.", "2026-12-04"),
        # A past state ended on a past Friday.
        ("The school stayed closed until Friday.", "2026-11-27"),
        ("The museum was shut until Friday.", "2026-11-27"),
    ],
)
def test_a_state_that_holds_until_a_day_looks_ahead(text: str, expected: str) -> None:
    assert find_dates(text, _on("2026-12-02"))[0].value.iso == expected


@pytest.mark.parametrize(
    ("day", "text", "expression", "expected"),
    [
        # QA4 protest and election: one date, the explicit one, whichever comes first.
        (
            "2026-10-03",
            "The coalition held a smaller protest two weeks ago, on Sept. 19.",
            "Sept. 19",
            "2026-09-19",
        ),
        (
            "2026-11-04",
            "Early voting began two weeks ago, on Oct. 20, and drew 31,000 voters.",
            "Oct. 20",
            "2026-10-20",
        ),
        (
            "2026-10-15",
            "Moreno was arrested on Sept. 24, three weeks ago, after an audit.",
            "Sept. 24",
            "2026-09-24",
        ),
        ("2026-10-15", "The plant closed two years ago, in 2024.", "in 2024", "2024"),
    ],
)
def test_an_explicit_date_beside_a_relative_one_stands_for_both(
    day: str, text: str, expression: str, expected: str
) -> None:
    (mention,) = find_dates(text, _on(day))
    assert (mention.expression, mention.value.iso) == (expression, expected)


def test_a_relative_date_apart_from_an_explicit_one_stays() -> None:
    mentions = find_dates("Two weeks ago the council met, and on Oct. 20 it voted.", _on("2026-11-04"))
    assert [mention.value.iso for mention in mentions] == ["2026-W43", "2026-10-20"]


def _story(*texts_and_dates: tuple[str, str]) -> list[Segmented]:
    """Segmented dated articles "a0", "a1", ... of one outlet each."""
    return [
        segment(
            Article(id=f"a{index}", text=text, date=dt.date.fromisoformat(date), source=f"Outlet {index}")
        )
        for index, (text, date) in enumerate(texts_and_dates)
    ]


def test_the_day_a_closure_ends_is_an_event() -> None:
    # QA4 storm, of Sunday, Oct. 18: "until" bounds most dates, but a closure's end is when things reopen.
    story = _story(
        (
            "Officials said schools in the four counties would stay closed until next week on Wednesday.",
            "2026-10-18",
        )
    )
    (event,) = build_timeline(story)
    assert event.date == "2026-10-28"


def test_a_bound_after_until_is_still_no_event() -> None:
    story = _story(("First official results are not expected until Saturday.", "2026-10-15"))
    assert build_timeline(story) == ()


def test_one_entry_for_a_relative_date_and_its_explicit_day() -> None:
    # QA4 protest: "two weeks ago, on Sept. 19" made a day entry and a week entry of one protest.
    story = _story(
        (
            "The coalition held a smaller protest two weeks ago, on Sept. 19, which drew 1,500 people.",
            "2026-10-03",
        )
    )
    assert [event.date for event in build_timeline(story)] == ["2026-09-19"]
