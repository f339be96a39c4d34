"""The HTML report's title and heading are capped; a longer headline stays whole under the heading (QA6 #12)."""

import html
import re

import pytest

from storyweave.model import Article, Report, Summary
from storyweave.render.html import HEADING_CHARS, TITLE_CHARS, render_html


def _page(title):
    article = Article(
        "a", "A crane collapsed at Portmoor harbour on Friday.", title=title, source="Harbour Post"
    )
    return render_html(Report((article,), Summary((), word_budget=50)))


def _element(page, tag):
    """The text of the page's first ``tag`` element, unescaped."""
    return html.unescape(re.search(rf"<{tag}\b[^>]*>(.*?)</{tag}>", page, re.DOTALL)[1])


def _full_headline(page):
    found = re.search(r'<details class="full-title">.*?<p>(.*?)</p>\s*</details>', page, re.DOTALL)
    return html.unescape(found[1]) if found else None


def test_a_5000_character_headline_is_cut_at_a_word_in_the_title_and_heading_and_whole_below():
    # QA6 #12: a 5,000-character pasted headline filled the <title> and the <h1>.
    headline = "Harbour " + "crane " * 832 + "collapse"
    page = _page(headline)

    title, heading = _element(page, "title"), _element(page, "h1")
    assert len(title) <= TITLE_CHARS and title.endswith("crane…")
    assert len(heading) <= HEADING_CHARS and heading.endswith("crane…")
    assert headline.startswith(title.removesuffix("…")) and headline.startswith(heading.removesuffix("…"))
    assert _full_headline(page) == headline
    assert f"Full headline ({len(headline):,} characters)" in page


def test_a_headline_of_one_long_word_is_cut_inside_it():
    headline = "x" * 5000
    page = _page(headline)

    assert _element(page, "title") == "x" * (TITLE_CHARS - 1) + "…"
    assert _element(page, "h1") == "x" * (HEADING_CHARS - 1) + "…"
    assert _full_headline(page) == headline


@pytest.mark.parametrize("length", [TITLE_CHARS, TITLE_CHARS + 20])
def test_a_real_headline_is_whole_in_the_heading_with_nothing_folded_away(length):
    # The longest headline of the dev sets is 140 characters: the heading shows it whole.
    headline = ("Portmoor harbour crane collapse " * 10)[: length - 1].strip() + "s"
    page = _page(headline)

    assert _element(page, "h1") == headline
    assert _full_headline(page) is None
    title = _element(page, "title")
    assert (
        title == headline
        if len(headline) <= TITLE_CHARS
        else (len(title) <= TITLE_CHARS and title[-1] == "…")
    )


def test_a_long_hostile_headline_stays_text_in_the_title_the_heading_and_the_full_headline():
    hostile = '</title><script>alert(1)</script><img src=x onerror=alert(2)> "crane" & co '
    headline = hostile * 80
    page = _page(headline)

    assert "<script" not in page and "<img" not in page
    assert page.count("</title>") == 1
    assert _full_headline(page) == headline
    assert _element(page, "title").startswith("</title><script>alert(1)</script>")
