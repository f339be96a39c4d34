"""Session 34: an appearance someone owes a body by a day is an upcoming timeline entry; two phrases a person is
reported saying with a reporting verb between them are two quotes."""

from storyweave.crosscheck import build_timeline, find_quotes

from .conftest import dated_story, story


def _timeline(*articles: tuple[str, str]) -> list[tuple[str, str]]:
    return [(event.date, event.event) for event in build_timeline(dated_story(*articles))]


def test_an_appearance_someone_needs_to_make_before_a_body_by_a_day_is_an_upcoming_entry():
    # Held-out kessridge-ruling (/tmp/s34/qa/s32_held/tlq_ruling, T4), of a Tuesday; norrby-mill, of a Wednesday.
    assert _timeline(
        (
            "2026-12-08",
            "The agency's director, Colin Farrow, needs to appear before a legislative committee by Wednesday to"
            " explain the failure.",
        ),
        ("2026-11-18", "Ahlgren must appear before the county safety board by Friday."),
    ) == [
        ("2026-11-20", "Ahlgren must appear before the county safety board by Friday."),
        (
            "2026-12-09",
            "… Colin Farrow, needs to appear before a legislative committee by Wednesday to explain the failure.",
        ),
    ]


def _quotes(*texts: str) -> list[tuple[str | None, str]]:
    return [(quote.speaker, quote.text) for quote in find_quotes(story(*texts))]


def test_two_phrases_with_a_reporting_verb_between_are_two_quotes_of_one_speaker():
    # Held-out kessridge-ruling (/tmp/s34/qa/s32_held/tlq_ruling, Q2 and Q3): one quote, "deeply disappointing …
    # study every line ...", before.
    assert _quotes(
        'Northwind chief executive Paul Drennan called the decision "deeply disappointing" and said the company'
        ' would "study every line of it before deciding anything."'
    ) == [
        ("Paul Drennan", "deeply disappointing"),
        ("Paul Drennan", "study every line of it before deciding anything."),
    ]
