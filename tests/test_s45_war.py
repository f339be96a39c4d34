"""The war desk's QA pass (session 45): a wire's dateline with its filing date ("KYIV, March 14 (Reuters) - ",
"KEST, March 14 - ") leaves the first sentence as the place alone does, so its date dates no timeline entry."""

import datetime as dt

import pytest

from storyweave.crosscheck import build_timeline
from storyweave.model import Article
from storyweave.segment import segment

_SENTENCE = "Ardania freed 230 Vessian captives in Saturday's exchange, the ombudsman said."


@pytest.mark.parametrize(
    "dateline",
    [
        "KYIV, March 14 (Reuters) - ",
        "KEST, March 14 - ",
        "TARVEL, Oct. 6 (Continental Press) - ",
        "GAZA, Jan 5 — ",
    ],
)
def test_a_dateline_with_its_filing_date_leaves_the_first_sentence(dateline):
    assert segment(Article("a", f"{dateline}{_SENTENCE} Crews came.")).sentences[0].text == _SENTENCE


def test_a_datelines_date_dates_no_event():
    article = Article("a", f"KEST, March 14 - {_SENTENCE}", date=dt.date(2027, 3, 14))
    assert [entry.date for entry in build_timeline([segment(article)])] == ["2027-03-13"]


@pytest.mark.parametrize(
    "prose", ["March 14 - the day the swap was agreed - was a Sunday.", "May 5 was quiet."]
)
def test_a_date_alone_opens_no_dateline(prose):
    assert segment(Article("a", prose)).sentences[0].text == prose


def test_a_date_with_its_year_before_an_agency_is_left_as_it_was():
    # A guard: "MONDAY, Jan. 25, 2016 (HealthDay News) --" is a date alone, whose year the article's month-days take.
    text = "MONDAY, Jan. 25, 2016 (HealthDay News) -- Colon cancer rates are rising, a new analysis shows."
    assert segment(Article("a", text)).sentences[0].text == text
