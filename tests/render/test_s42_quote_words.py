"""A quote's outlets are compared word by word with initials written either way: "U.N." and "UN" are one word,
so an outlet that wrote "UN" printed the quote whole, not "Worded otherwise"."""

from storyweave.crosscheck import find_quotes
from storyweave.model import Report, Summary
from storyweave.render import render_markdown
from tests.crosscheck.conftest import dated_story


def test_initials_with_or_without_full_stops_are_one_wording():
    docs = dated_story(
        ("2026-11-25", '"The U.N. has sent no aid to the valley in two weeks," said mayor Ilse Brenner.'),
        ("2026-11-25", '"The UN has sent no aid to the valley in two weeks," Ilse Brenner said.'),
    )
    report = Report(
        articles=tuple(doc.article for doc in docs), summary=Summary((), 100), quotes=find_quotes(docs)
    )
    markdown = render_markdown(report)
    assert "Worded otherwise" not in markdown and "In part" not in markdown
    assert "in two weeks” — Outlet 0 [1], Outlet 1 [2]" in markdown
