"""Reports of stories with hundreds of articles, and of articles whose outlet is unknown.

A summary sentence of a 1,816-article story cited [1]...[1816] inline, a line of 9,900 characters (QA
finding 13); teigen-jack, whose articles name no outlet, read "5 articles from 5 outlets" (finding 16), and
its claims "15 claims in two or more outlets" under a column "Outlets" of bare article numbers.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from html.parser import HTMLParser

import pytest

from storyweave.model import Article, Claim, Report, Summary, SummarySentence
from storyweave.render import render_html, render_json, render_markdown
from storyweave.render._citations import CITED_INLINE

SCRIPT = "<script>alert(1)</script>"


def _expanded(citations: str) -> set[int]:
    """The reference numbers of citations like "[1][3–5]"."""
    numbers: set[int] = set()
    for first, last in re.findall(r"\[(\d+)(?:–(\d+))?\]", citations):
        numbers.update(range(int(first), int(last or first) + 1))
    return numbers


def _section(markdown: str, heading: str) -> str:
    match = re.search(rf"^## {heading}\n\n(.*?)(?=\n## |\Z)", markdown, re.S | re.M)
    assert match, f"no section {heading!r}"
    return match.group(1)


@pytest.fixture
def big() -> Report:
    """300 articles of 300 outlets; one summary sentence cites every other one, one cites them all."""
    articles = tuple(
        Article(f"a{i}", "Fire at the mill.", title="Mill fire", source=f"Outlet {i}") for i in range(1, 301)
    )
    odd = tuple(f"a{i}" for i in range(1, 301, 2))
    everyone = tuple(a.id for a in articles)
    summary = Summary(
        (
            SummarySentence(f"The mill burnt {SCRIPT}.", "a1#0", odd),
            SummarySentence("Nobody was hurt.", "a2#0", everyone),
        ),
        word_budget=60,
    )
    claims = (Claim("c1", f"The mill burnt {SCRIPT}.", tuple(f"{i}#0" for i in odd), odd),)
    return Report(articles, summary, claims=claims)


def test_a_sentence_citing_hundreds_of_articles_shows_a_few_and_counts_the_rest(big: Report) -> None:
    summary = render_markdown(big).split("\n\n")[2]
    shown = "[1][3][5][7][9][11][13][15]"
    assert (
        f"\\</script\\>. {shown} and 142 more (see Citations in full, 1) Nobody was hurt. [1–300]" in summary
    )
    # Every citation of the line stays reachable: all 150 under "Citations in full", named by the line's start.
    full = _section(render_markdown(big), "Citations in full").splitlines()
    assert full[0].startswith("1. The mill burnt \\<script\\>alert(1)\\</script\\>. — 150 articles: [1][3]")
    assert _expanded(full[0].partition("articles: ")[2]) == set(range(1, 301, 2))
    assert len(summary) < 400


def test_consecutive_numbers_are_cited_as_a_range_and_two_stay_apart(big: Report) -> None:
    sentence = SummarySentence("Fire.", "a1#0", ("a1", "a2", "a3", "a4", "a6", "a7", "a9"))
    story = replace(big, articles=big.articles[:10], summary=Summary((sentence,), 60), claims=())
    markdown = render_markdown(story)
    assert "Fire. [1–4][6][7][9]\n" in markdown
    assert "Citations in full" not in markdown


def test_a_story_of_ten_articles_is_never_cut_short(big: Report) -> None:
    # The dev clusters have at most ten articles: their worst case, every other one, cites all inline.
    sentence = SummarySentence("Fire.", "a1#0", ("a1", "a2", "a4", "a5", "a7", "a8", "a10"))
    story = replace(big, articles=big.articles[:10], summary=Summary((sentence,), 60), claims=())
    assert len(sentence.sources) <= CITED_INLINE
    assert "Fire. [1][2][4][5][7][8][10]\n" in render_markdown(story)


def test_a_claim_names_its_first_outlets_and_counts_the_rest(big: Report) -> None:
    # The claim is the first summary sentence, citing the same articles: its full list is listed once.
    row = next(line for line in render_markdown(big).splitlines() if line.startswith("| The mill"))
    assert row.endswith(
        "| 150: Outlet 1 [1], Outlet 3 [3], Outlet 5 [5], Outlet 7 [7], Outlet 9 [9], Outlet 11 [11],"
        " Outlet 13 [13], Outlet 15 [15] and 142 more outlets (see Citations in full, 1) |"
    )


def test_the_json_report_keeps_every_citation(big: Report) -> None:
    sentences = json.loads(render_json(big))["summary"]["sentences"]
    assert [len(s["sources"]) for s in sentences] == [150, 300]


def test_html_cites_a_few_links_a_range_and_reaches_every_article_from_the_full_list(big: Report) -> None:
    page = render_html(big)
    summary = re.search(r'<section class="summary" id="summary">(.*?)</section>', page, re.S).group(1)
    assert summary.count('class="cite"') == CITED_INLINE + 1
    assert '<a class="cite-more" href="#cited-1">and 142 more</a>' in summary
    assert '<a class="cite" href="#src-1" aria-label="sources 1 to 300">[1–300]</a>' in summary
    entry = re.search(r'<li id="cited-1" value="1">(.*?)</li>', page, re.S).group(1)
    assert entry.startswith("The mill burnt &lt;script&gt;alert(1)&lt;/script&gt;.")
    assert {int(n) for n in re.findall(r'href="#src-(\d+)"', entry)} == set(range(1, 301, 2))
    assert SCRIPT not in page
    html5lib = pytest.importorskip("html5lib")
    parser = html5lib.HTMLParser(strict=False)
    parser.parse(page)
    assert parser.errors == []


def test_html_claims_of_many_outlets_are_a_list_not_a_column_each(big: Report) -> None:
    page = render_html(big)
    assert 'class="matrix"' not in page and page.count('class="outlet-col') == 0
    row = re.search(r'<table class="claims">.*?</table>', page, re.S).group(0)
    assert row.count('class="outlet"') == CITED_INLINE
    assert '<a class="cite-more" href="#cited-1">and 142 more outlets</a>' in row


@pytest.mark.parametrize(
    "sources, glance",
    [
        (("AP", "BBC", "AP"), "3 articles from 2 outlets"),
        ((None, None, None), "3 articles (outlets not named)"),
        (("AP", None, None), "3 articles from 1 outlet and 2 unnamed sources"),
    ],
    ids=["named", "none-named", "some-named"],
)
def test_an_article_of_unknown_outlet_is_not_counted_as_an_outlet(
    big: Report, sources: tuple[str | None, ...], glance: str
) -> None:
    articles = tuple(replace(a, source=s) for a, s in zip(big.articles, sources, strict=False))
    story = Report(articles, Summary((SummarySentence("Fire.", "a1#0", ("a1",)),), 60))
    assert render_markdown(story).split("\n\n")[1] == f"*{glance}*"
    assert f'<a href="#sources">{glance}</a>' in render_html(story)


class _VisibleText(HTMLParser):
    """The text a reader sees of a page: not its style sheet, comments or markup."""

    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if not self._in_style:
            self.text.append(data)


def _visible(page: str) -> str:
    parser = _VisibleText()
    parser.feed(page)
    return " ".join(" ".join(parser.text).split())


def test_where_an_outlet_is_unknown_claims_are_counted_in_sources(
    report: Report, markup: tuple[str, str]
) -> None:
    # An article of unknown outlet counts as its own outlet (storyweave.align.outlet_of): "2 outlets" would
    # call it an outlet, which the glance line just said it is not.
    gazette, *others = report.articles
    story = replace(report, articles=(replace(gazette, source=None), *others))
    glance = "3 articles from 2 outlets and 1 unnamed source"
    markdown = render_markdown(story)
    assert markdown.split("\n\n")[1] == (
        f"*{glance}, 2024-03-01 to 2024-03-02 · 1 conflict, 1 update · 1 claim in two or more sources"
        " · 1 claim in one source only · 1 quote (1 named speaker) · 2 dated events · 1 input skipped*"
    )
    assert "\n| Claim | Sources |\n" in markdown
    assert (
        "\n1 more claim is reported by one source only: listed further down, under their source.\n"
        in markdown
    )
    assert "\n## Reported by one source only (1)\n" in markdown
    assert "outlet" not in markdown.replace(glance, "").casefold()
    page = render_html(story)
    text = _visible(page)
    for wording in (
        "Claims by source",
        "1 claim reported by two or more sources; 1 by one source only, listed after the table.",
        "● marks each source that reports the claim",
        "Reported by one source only (1) Not corroborated by a second source. Listed under the source",
        "the story developing, not sources disagreeing.",
        "Wording in each source (2)",
        "Date Event Sources",
    ):
        assert wording in text
    assert page.count('<th scope="col">Sources</th>') == 2
    assert "outlet" not in text.replace(glance, "").casefold()
    # The word changes, not what is escaped: the hostile outlet, headline and sentences stay text.
    assert not any(planted in page or planted in markdown for planted in markup)


def test_where_all_outlets_are_named_claims_are_counted_in_outlets(report: Report) -> None:
    markdown = render_markdown(report)
    assert "\n| Claim | Outlets |\n" in markdown and "\n## Reported by one outlet only (1)\n" in markdown
    assert "source only" not in markdown and "more sources" not in markdown
    text = _visible(render_html(report))
    assert "Claims by outlet" in text and "Date Event Outlets" in text and "source only" not in text


def test_a_claim_of_many_unknown_outlets_counts_the_rest_as_sources(big: Report) -> None:
    story = replace(big, articles=tuple(replace(a, source=None) for a in big.articles))
    markdown = render_markdown(story)
    row = next(line for line in markdown.splitlines() if line.startswith("| The mill"))
    assert row.endswith(
        "| 150: [1][3][5][7][9][11][13][15] and 142 more sources (see Citations in full, 1) |"
    )
    assert "\n| Claim | Sources |\n" in markdown
    page = render_html(story)
    claims = re.search(r'<table class="claims">.*?</table>', page, re.S).group(0)
    assert '<a class="cite-more" href="#cited-1">and 142 more sources</a>' in claims
    assert "<caption>300 sources: too many for a column each.</caption>" in claims
    assert '<th scope="col">Sources</th>' in claims
