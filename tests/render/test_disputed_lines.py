"""A summary line carrying a quote other outlets credit to someone else is marked "who said it"."""

import re

from storyweave.model import Article, Evidence, Quote, Report, Summary, SummarySentence
from storyweave.render.html import render_html
from storyweave.render.markdown import render_markdown

_WORDS = "The gates should never have been opened before the stairway was clear."
_ARTICLES = (
    Article("a", f'Police Commissioner Darren Whitfield said: "{_WORDS}"', source="Echo"),
    Article("b", f'"{_WORDS}" said club chief executive Maria Okonjo.', source="Courier"),
    Article("c", "The match was watched by a crowd of 18,400.", source="Herald"),
)


def _report():
    quotes = (
        Quote(_WORDS, "Darren Whitfield", ("a",), (Evidence("a", "a#0", _ARTICLES[0].text),)),
        Quote(_WORDS, "Maria Okonjo", ("b",), (Evidence("b", "b#0", _ARTICLES[1].text),)),
    )
    lines = (
        SummarySentence(_ARTICLES[0].text, "a#0", ("a",)),
        SummarySentence(_ARTICLES[2].text, "c#0", ("c",)),
    )
    return Report(_ARTICLES, Summary(lines, 60), quotes=quotes)


def test_the_line_of_a_quote_credited_to_two_people_points_to_the_quotes():
    # QA10a #3: the gates quote, which the Courier gives to Okonjo, was shown with no mark.
    markdown = render_markdown(_report())
    assert f'{_WORDS}" [1] *(disputed: who said it; see Quotes)*' in markdown
    assert "18,400. [3] *(disputed" not in markdown

    page = render_html(_report())
    assert re.search(r'<a class="disputed-line" href="#quotes">\(disputed: who said it\)</a>', page)
    assert page.count('class="disputed-line"') == 1
