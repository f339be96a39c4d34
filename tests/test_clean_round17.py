"""Correction notices kept as reading notes, live blogs' markers and housekeeping, markup debris (QA8 #11, #13)."""

from pathlib import Path

import pytest

from storyweave import api
from storyweave.clean import clean
from storyweave.ingest import read_articles
from storyweave.model import Article

LIVE_BLOG = (
    "09:12 GMT: Good morning. We are following the flooding in Hebden Mill, where the river has burst its banks.\n"
    "11:00 GMT: The Environment Agency has issued a severe flood warning for the Calder.\n"
    "16:40 GMT: The council has opened a rest centre. We will bring you more updates tomorrow."
)


def test_live_blog_loses_its_entry_times_greetings_and_sign_offs() -> None:
    cleaned = clean(
        Article("live", LIVE_BLOG, title="LIVE: Hebden Mill flooding - River Calder bursts banks")
    )

    assert cleaned.text.split("\n") == [
        "We are following the flooding in Hebden Mill, where the river has burst its banks.",
        "The Environment Agency has issued a severe flood warning for the Calder.",
        "The council has opened a rest centre.",
    ]
    assert cleaned.title == "Hebden Mill flooding - River Calder bursts banks"
    removed = [(line.reason, line.text) for line in cleaned.removed]
    assert ("live blog time", "09:12 GMT:") in removed
    assert ("live blog housekeeping", "We will bring you more updates tomorrow.") in removed


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("Live updates: wildfire forces evacuations", "Wildfire forces evacuations"),
        ("LIVE — Budget day", "Budget day"),
    ],
)
def test_live_labels_leave_the_headline(title: str, headline: str) -> None:
    assert clean(Article("a", "The fire spread overnight.", title=title)).title == headline


def test_lone_entry_times_of_a_live_blog_go_and_a_headline_without_a_label_stays() -> None:
    text = "6:25 p.m.\nFire crews say the blaze is 10 percent contained.\n5:40 p.m. — The sheriff ordered evacuations."
    cleaned = clean(Article("a", text, title="Live Aid: 41 years on"))

    assert (
        cleaned.text == "Fire crews say the blaze is 10 percent contained.\nThe sheriff ordered evacuations."
    )
    assert cleaned.title == "Live Aid: 41 years on"


def test_an_ordinary_article_keeps_a_time_and_a_quoted_sign_off() -> None:
    text = (
        "10:30 is when the gates open, organiser Beth Onslow said.\n"
        '"We will bring you more updates tomorrow," the events officer said.\n'
        "Good morning, said Geldof to the crowd, and the broadcast began."
    )
    cleaned = clean(Article("a", text, title="Live music returns to Hallside park"))

    assert (cleaned.text, cleaned.title, cleaned.removed) == (text, "Live music returns to Hallside park", ())


@pytest.mark.parametrize(
    "notice",
    [
        "This article has been amended to correct the name of the firm, which is Norsk Marine, not Norsk Maritime.",
        "CORRECTION: A previous version of this story misstated the length of the works: nine months, not six.",
        "This article was amended on 23 August 2026. An earlier version said the contract was worth £8m.",
        "Correction: An earlier version of this article said 2,100 homes had been flooded. The figure is 1,200.",
    ],
)
def test_a_correction_notice_leaves_the_text_and_becomes_a_reading_note(tmp_path: Path, notice: str) -> None:
    story = tmp_path / "story"
    story.mkdir()
    (story / "chronicle.txt").write_text(
        f"source: The Chronicle\ntitle: Harbour contract awarded\n\n{notice}\n\nThe board awarded the contract on Wednesday.\n"
    )
    (story / "herald.txt").write_text("source: Herald\n\nThe harbour board awarded the dredging contract.\n")

    batch = api.load([story])

    chronicle = next(article for article in batch.articles if article.id == "chronicle")
    assert chronicle.text == "The board awarded the contract on Wednesday."
    assert [note for note in batch.notes if notice in note] == [
        f"{story / 'chronicle.txt'}: the outlet corrected this article (notice left out of its text): {notice}"
    ]


def test_news_about_a_correction_or_a_report_stays_and_a_print_notice_is_no_reading_note(
    caplog: pytest.LogCaptureFixture,
) -> None:
    text = (
        "The department issued a correction to its staffing figures on Thursday.\n"
        "An earlier version of this report, published by the UN in 2019, found emissions would fall.\n"
        "A version of this article appeared November 16, 2012, on page A1 of The Wall Street Journal."
    )
    cleaned = clean(Article("a", text))

    assert cleaned.text.split("\n") == text.split("\n")[:2]
    assert [line.reason for line in cleaned.removed] == ["correction notice"]
    assert not caplog.records


def test_a_dropped_inline_element_leaves_no_space_before_the_comma(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><article><h1>Airline outage</h1>"
        "<p>The airline cancelled 210 flights on Friday after its check-in systems failed in the morning.</p>"
        "<p>\"We are deeply sorry for the disruption this has caused <img src=x onerror=alert('q')>,\" said chief "
        "executive Siobhan Creagh, speaking in Dublin.</p></article></body></html>"
    )

    (article,) = read_articles([page]).articles

    assert 'this has caused," said' in article.text
