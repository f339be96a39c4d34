"""The environment and climate desk's QA pass (session 41): a strict bound and the figure it bounds ("more than
600 workers" / "600 workers") are one figure told with and without a hedge, not a conflict, while a figure past
the bound still is; a past verb with its particle ("broke out on Friday", of a Thursday) keeps its weekday in the
past; and each article's one day of an event's start ("since it broke out on Saturday" / "since it started last
Friday") is compared across articles of different dates."""

import datetime as dt

import pytest

from storyweave.crosscheck import find_conflicts
from storyweave.crosscheck.dates import Reference, find_dates

from .conftest import conflict_sides, dated_story, number_conflicts


@pytest.mark.parametrize(
    ("hedged", "plain"),
    [("More than 600 workers", "600 workers"), ("Fewer than 600 workers", "600 workers")],
)
def test_a_strict_bound_and_its_own_figure_agree(hedged, plain):
    docs = dated_story(
        ("2026-08-14", f"{hedged} and 45 vessels are involved in the clean-up, the coastguard said."),
        ("2026-08-14", f"The coastguard said {plain} were deployed."),
    )
    assert number_conflicts(docs) == []


def test_a_figure_past_the_bound_still_conflicts():
    docs = dated_story(
        (
            "2026-08-14",
            "More than 600 workers and 45 vessels are involved in the clean-up, the coastguard said.",
        ),
        ("2026-08-14", "The coastguard said 550 workers were deployed."),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"more than 600": {"a0"}, "550": {"a1"}}


@pytest.mark.parametrize(
    "sentence", ["The wildfire broke out on Friday.", "The tanker ran aground on Friday off Point Hesketh."]
)
def test_a_past_verb_and_its_particle_keep_the_weekday_past(sentence):
    thursday = Reference(dt.date(2026, 9, 10), estimated=False)
    assert [mention.value.iso for mention in find_dates(sentence, thursday)] == ["2026-09-04"]


def _date_conflicts(*articles: tuple[str, str]) -> list[dict[str, set[str]]]:
    return [conflict_sides(c) for c in find_conflicts(dated_story(*articles)) if c.kind == "date"]


def test_one_start_of_a_fire_told_from_two_dates_conflicts():
    assert _date_conflicts(
        (
            "2026-09-09",
            "The Cedar Hollow wildfire has burned 52,000 hectares since it broke out on Saturday.",
        ),
        (
            "2026-09-10",
            "The Cedar Hollow fire has now burned about 52,000 hectares since it started last Friday.",
        ),
    ) == [{"2026-09-05": {"a0"}, "2026-09-04": {"a1"}}]


def test_one_start_told_alike_from_two_dates_agrees():
    assert not _date_conflicts(
        (
            "2026-09-09",
            "The Cedar Hollow wildfire has burned 52,000 hectares since it broke out on Saturday.",
        ),
        (
            "2026-09-10",
            "The Cedar Hollow fire, which began on Saturday afternoon, has burned 52,000 hectares.",
        ),
    )
