"""Session 34: an appearance someone owes a body by a day is an upcoming timeline entry."""

from storyweave.crosscheck import build_timeline

from .conftest import dated_story


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
