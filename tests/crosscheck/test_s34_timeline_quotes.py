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


def test_a_description_with_a_who_clause_speaks():
    # Held-out kessridge-ruling (Q11): no speaker; the judge is named a sentence later.
    assert _quotes(
        "The judge who struck down the Kessridge wind farm permit on Monday wrote that the Department of"
        ' Environment had treated consultation with the Tolland Nation "as a box to tick and not as a duty."'
        " Judge Miriam Abara's 38-page ruling ordered the department to start the consultation again."
    ) == [("Miriam Abara", "as a box to tick and not as a duty.")]


def test_a_phrase_right_after_and_goes_on_with_the_speaker_of_the_phrase_before():
    # Held-out kessridge-ruling (Q12): the second phrase had no speaker.
    assert _quotes(
        "Judge Miriam Abara wrote that the Department of Environment had treated consultation with the Tolland"
        ' Nation "as a box to tick" and "not as a duty."'
    ) == [("Miriam Abara", "as a box to tick"), ("Miriam Abara", "not as a duty.")]


def test_a_title_after_and_is_no_phrase_of_the_speaker():
    assert _quotes('Lauren Bacall said she won for "Applause" and "Woman of the Year" in 1981.') == [
        (None, "Woman of the Year")
    ]
