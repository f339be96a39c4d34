"""Round 27 leftovers: a weekday something is put off until lies ahead, a fronted "until" phrase told in the
pluperfect keeps its past, a weekday "after" another day's event is the one before it; the JSONL reader's
count of skipped lines; the web's "Added to the store" says what ``AddResult.described`` says.

The date cases come from the round's held-out stories (/tmp/s27/tl10/heldout), written before the change.
"""

from __future__ import annotations

import json
import logging
import re

import pytest

from storyweave import api
from storyweave.crosscheck import build_timeline
from storyweave.ingest.jsonl import read_clusters
from storyweave.serve.app import _TEMPLATES, _said_added
from storyweave.store.sqlite import AddResult
from tests.crosscheck.conftest import dated_story, dates_on

# 2 December 2026 is a Wednesday: the Friday before it is 27 November, the one after it 4 December.
WEDNESDAY = "2026-12-02"


@pytest.mark.parametrize(
    ("day", "text", "expected"),
    [
        (WEDNESDAY, "Talks to end the port strike were adjourned until Friday.", "2026-12-04"),
        (WEDNESDAY, "The court adjourned the case until Friday.", "2026-12-04"),
        (
            "2026-12-03",
            "The talks were postponed to Friday at the request of the conciliation service.",
            "2026-12-04",
        ),
        ("2026-12-08", "The inquest was opened and adjourned until Thursday by the coroner.", "2026-12-10"),
        (
            "2026-12-09",
            "Judge Amira Khan deferred sentencing until Friday to allow reports to be prepared.",
            "2026-12-11",
        ),
        # A cause after the day is of the putting off, not of the day.
        (
            "2026-12-04",
            "The match was postponed until Sunday after heavy rain left the pitch waterlogged.",
            "2026-12-06",
        ),
        (
            "2026-12-05",
            "The match was delayed until Sunday because the pitch failed a second inspection.",
            "2026-12-06",
        ),
        (
            "2026-12-04",
            "Kick-off at Hallam Park has been pushed back to Sunday, the league confirmed.",
            "2026-12-06",
        ),
        # "resume", as "resumes" is, is a scheduled present after a subject.
        ("2026-12-05", "Rovers and Brentwick resume their rivalry on Sunday.", "2026-12-06"),
        (WEDNESDAY, "Talks resume on Monday.", "2026-12-07"),
    ],
)
def test_a_weekday_something_is_put_off_until_lies_ahead(day: str, text: str, expected: str) -> None:
    assert dates_on(text, day) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Told from after the day: a ", when" clause, a past tense after it, a pluperfect.
        ("Ferry sailings were delayed until Tuesday, when agency staff loaded the vessels.", "2026-12-01"),
        ("Lorries were delayed until Tuesday and dozens of drivers slept in their cabs.", "2026-12-01"),
        ("The talks had been adjourned until Tuesday.", "2026-12-01"),
        # No putting off: a state that lasted, and the day of the putting off itself.
        ("A colleague stayed in hospital until Tuesday.", "2026-12-01"),
        ("Rail services were suspended until Tuesday.", "2026-12-01"),
        ("The hearing was adjourned on Tuesday.", "2026-12-01"),
        # Negated or after "to": no scheduled present.
        ("The talks did not resume on Tuesday.", "2026-12-01"),
        ("The unions refused to resume on Tuesday.", "2026-12-01"),
    ],
)
def test_a_day_told_after_it_or_not_put_off_keeps_its_past(text: str, expected: str) -> None:
    assert dates_on(text, WEDNESDAY) == [expected]


def test_a_day_put_off_from_a_day_its_clause_gives_comes_after_that_day() -> None:
    # Of Friday 4 December: the Wednesday after that Monday, not the coming one.
    assert dates_on("On Monday the hearing was adjourned until Wednesday.", "2026-12-04") == [
        "2026-11-30",
        "2026-12-02",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The held-out plant, of Wednesday 9 December: the trial was that week's Monday.
        ("Until his trial on Monday, quarry manager Neil Ashcroft had never been in trouble.", "2026-12-07"),
        ("But until his trial on Monday, Ashcroft had never set foot in a courtroom.", "2026-12-07"),
        # Not in the pluperfect, it is to come.
        ("Until his trial on Monday, Neil Ashcroft remains suspended from his post.", "2026-12-14"),
        ("Until his trial on Monday, Ashcroft will stay on bail.", "2026-12-14"),
    ],
)
def test_a_fronted_until_phrase_told_in_the_pluperfect_keeps_its_past(text: str, expected: str) -> None:
    assert dates_on(text, "2026-12-09") == [expected]


def test_a_weekday_after_which_a_day_of_the_clause_came_is_the_one_before_it() -> None:
    # Of Saturday 5 December: Friday's postponement came before that Sunday, not a week on.
    assert dates_on(
        "Rovers and Brentwick resume their rivalry on Sunday after Friday's postponement.", "2026-12-05"
    ) == [
        "2026-12-06",
        "2026-12-04",
    ]
    # Without a day before it in the clause, the clause's tense reads it as before.
    assert dates_on("The board will decide after Friday's vote.", WEDNESDAY) == ["2026-12-04"]


def test_the_day_something_is_put_off_until_is_an_event_of_the_timeline() -> None:
    story = dated_story(
        ("2026-12-08", "The inquest into the death of Daniel Pryce was opened and adjourned until Thursday."),
        ("2026-12-09", "The coroner will hear evidence about the death of Daniel Pryce on Thursday."),
        ("2026-12-08", "Councillors postponed a vote on the quarry licence until after Thursday's inquest."),
    )
    timeline = build_timeline(story)
    thursday = [event for event in timeline if event.date == "2026-12-10"]
    assert any("adjourned until Thursday" in event.event for event in thursday)
    # "until after" a day bounds the putting off: no event of that day.
    assert all(event.date != "2026-12-10" or "a2" not in event.articles for event in timeline)


def test_a_span_end_that_is_not_put_off_is_still_left_out_of_the_timeline() -> None:
    story = dated_story(("2026-12-09", "The quarry road was open until Monday, a council spokesman said."))
    assert build_timeline(story) == ()


@pytest.mark.parametrize(("count", "said"), [(1, "skipped 1 line"), (2, "skipped 2 lines")])
def test_skipped_lines_are_counted_in_the_singular_and_plural(
    tmp_path, caplog, count: int, said: str
) -> None:
    feed = tmp_path / "feed.jsonl"
    cluster = {"id": "c1", "documents": [{"id": "a", "text": "The port reopened on Monday."}]}
    feed.write_text("\n".join([json.dumps(cluster), *[json.dumps({"note": "no documents"})] * count]) + "\n")
    with caplog.at_level(logging.WARNING, logger="storyweave.ingest.jsonl"):
        clusters = read_clusters(feed)
    assert [cluster.id for cluster in clusters] == ["c1"]
    assert f"{feed}: {said} without documents" in caplog.messages


def _added_text(result: AddResult, skipped: int) -> str:
    """The text of the "Added to the store" paragraph the upload page shows for ``result``."""
    said, said_skipped = _said_added(api.AddedToStore(result, ()), skipped)
    page = _TEMPLATES.get_template("links").render(
        stored=True, added=api.AddedToStore(result, ()), skipped=skipped, said=said, said_skipped=said_skipped
    )
    paragraph = re.search(r'<p role="status">(.*?)</p>', page, re.DOTALL)
    assert paragraph is not None
    return paragraph[1]


@pytest.mark.parametrize(
    "result",
    [
        AddResult(added=1, duplicates=1, skipped_existing=0),
        AddResult(added=1200, duplicates=3, skipped_existing=2, repeated=1, updated=4),
    ],
)
def test_the_web_says_what_was_added_in_add_results_own_words(result: AddResult) -> None:
    shown = _added_text(result, skipped=0)
    assert shown == f"Added to the store: {result.described(0)}."
    assert "1,200 added (3 near-duplicates), 4 updated" in shown or "(1 near-duplicate)" in shown


def test_the_web_links_the_count_of_skipped_input_to_its_list() -> None:
    result = AddResult(added=2, duplicates=0, skipped_existing=0)
    shown = _added_text(result, skipped=3)
    assert (
        shown
        == f'Added to the store: {result.described(2)[: -len("2 skipped")]}<a href="#problems">3 skipped</a>.'
    )
