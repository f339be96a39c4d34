"""A saved report keeps what was read with a caveat, not only stderr; and HTML drops bidirectional controls."""

import json
from dataclasses import replace

from storyweave import api
from storyweave.model import Article
from storyweave.render import render, validate
from storyweave.render._citations import NOTES_SHOWN

ARTICLES = [
    Article("a", "A fire destroyed the Pier 7 warehouse on Monday night, officials said.", source="Gazette"),
    Article("b", "Firefighters fought the Pier 7 warehouse fire for six hours on Monday.", source="Wire"),
]


def _report(notes):
    return replace(api.summarize(ARTICLES, words=40), notes=tuple(notes))


def test_every_format_lists_the_reading_caveats():
    report = _report(
        ["b.txt: read as Windows-1252 (not UTF-8)", "c.txt: ignoring unreadable date '2025-13-45'"]
    )
    markdown = render(report, "md")
    assert "## Read with a caveat" in markdown
    assert "b.txt: read as Windows-1252" in markdown and "c.txt: ignoring unreadable date" in markdown
    html = render(report, "html")
    assert '<section id="notes">' in html and "b.txt: read as Windows-1252" in html
    doc = json.loads(render(report, "json"))
    validate(doc)
    assert doc["notes"] == list(report.notes)


def test_a_report_without_caveats_has_no_caveat_section():
    report = _report([])
    assert "Read with a caveat" not in render(report, "md")
    assert 'id="notes"' not in render(report, "html")
    assert json.loads(render(report, "json"))["notes"] == []


def test_thousands_of_caveats_are_listed_in_part_except_in_json():
    notes = [f"copy-{n}: a near-duplicate of a1, counted once" for n in range(800)]
    report = _report(notes)
    markdown = render(report, "md")
    assert f"copy-{NOTES_SHOWN - 1}:" in markdown and f"copy-{NOTES_SHOWN}:" not in markdown
    assert f"… and {800 - NOTES_SHOWN:,} more" in markdown
    assert f"… and {800 - NOTES_SHOWN:,} more" in render(report, "html")
    assert len(json.loads(render(report, "json"))["notes"]) == 800


def test_caveat_text_is_never_markup():
    report = _report(["<script>alert(1)</script>.txt: read as Windows-1252"])
    html = render(report, "html")
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)" in html
    assert "<script>" not in render(report, "md")


def test_html_drops_bidirectional_overrides_from_article_text():
    spoof = Article("c", "The mayor said \u202etxt.exe\u202c the pier reopens Monday.", source="Post")
    html = render(api.summarize([*ARTICLES, spoof], words=200), "html")
    for control in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069":
        assert control not in html
    assert "txt.exe" in html
