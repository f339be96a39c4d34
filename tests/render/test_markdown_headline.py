"""The Markdown report's heading is cut as the HTML report's is; a longer headline stays whole under it."""

import html
import re

import pytest

from storyweave.model import Article, Report, Summary
from storyweave.render.html import render_html
from storyweave.render.markdown import HEADING_CHARS, cut_headline, render_markdown


def _report(title):
    article = Article(
        "a", "A crane collapsed at Portmoor harbour on Friday.", title=title, source="Harbour Post"
    )
    return Report((article,), Summary((), word_budget=50))


def _lines(title):
    return render_markdown(_report(title)).splitlines()


def _html_heading(title):
    page = render_html(_report(title))
    return html.unescape(re.search(r"<h1\b[^>]*>(.*?)</h1>", page, re.DOTALL)[1])


def test_a_5000_character_headline_is_cut_at_a_word_and_given_whole_below():
    headline = "Harbour " + "crane " * 832 + "collapse"
    lines = _lines(headline)

    heading = lines[0].removeprefix("# ")
    assert len(heading) <= HEADING_CHARS and heading.endswith("crane…")
    assert headline.startswith(heading.removesuffix("…"))
    # Whole right under the heading, before what the report holds (the sources list it again, as the HTML
    # report's do).
    assert lines[1:3] == ["", f"*Full headline ({len(headline):,} characters):* {headline}"]


@pytest.mark.parametrize(
    "headline",
    ["Harbour " + "crane " * 832 + "collapse", "x" * 5000, "Portmoor harbour crane collapse kills two"],
    ids=["words", "one-word", "short"],
)
def test_the_markdown_and_html_headings_are_cut_alike(headline):
    assert (
        _lines(headline)[0] == f"# {_html_heading(headline)}" == f"# {cut_headline(headline, HEADING_CHARS)}"
    )


def test_a_headline_that_fits_has_no_full_headline_line():
    headline = ("Portmoor harbour crane collapse " * 10)[: HEADING_CHARS - 1].strip() + "s"
    lines = _lines(headline)

    assert lines[0] == f"# {headline}"
    assert not any(line.startswith("*Full headline") for line in lines)


def test_a_long_hostile_headline_stays_inert_in_the_heading_and_the_full_headline():
    headline = "[click](https://evil.example) <img src=x onerror=alert(1)> *bold* | cell " * 40
    lines = _lines(headline)

    heading = lines[0].removeprefix("# ")
    full = lines[2].removeprefix(f"*Full headline ({len(headline):,} characters):* ")
    assert full != lines[2]
    for shown in (heading, full):
        # Every "<", "[", "]", "*" and "|" of it backslash-escaped: no tag, link, emphasis or table cell.
        assert not re.search(r"(?<!\\)[<\[\]*|]", shown)
        assert shown.startswith(r"\[click\](https://evil.example) \<img src=x")
