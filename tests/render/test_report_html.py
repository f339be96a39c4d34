"""The HTML report: escaping, self-containment, citations and sections."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser

import pytest

from storyweave import api
from storyweave.model import Report, Summary
from storyweave.render import InvalidReportError, render, render_html


@dataclass
class Element:
    tag: str
    attrs: dict[str, str | None]
    text: str = ""  # text directly and indirectly inside the element
    parent: Element | None = None
    children: list[Element] = field(default_factory=list)

    def find_all(self, tag: str, **attrs: str) -> list[Element]:
        found = [
            c for c in self.children if c.tag == tag and all(c.attrs.get(k) == v for k, v in attrs.items())
        ]
        for child in self.children:
            found.extend(child.find_all(tag, **attrs))
        return found

    def has_class(self, name: str) -> bool:
        return name in (self.attrs.get("class") or "").split()


_VOID = {"meta", "br", "img", "link", "input", "hr", "source", "area", "base", "col", "embed", "wbr"}


class _TreeBuilder(HTMLParser):
    """A small DOM: enough to ask which elements and attributes the page really has."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {})
        self.current = self.root
        self.elements: list[Element] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, dict(attrs), parent=self.current)
        self.current.children.append(element)
        self.elements.append(element)
        if tag not in _VOID:
            self.current = element

    def handle_endtag(self, tag: str) -> None:
        node = self.current
        while node is not self.root and node.tag != tag:
            node = node.parent
        if node is not self.root:
            self.current = node.parent

    def handle_data(self, data: str) -> None:
        node = self.current
        while node is not None:
            node.text += data
            node = node.parent


def _parse(page: str) -> _TreeBuilder:
    builder = _TreeBuilder()
    builder.feed(page)
    builder.close()
    return builder


@pytest.fixture
def page(report: Report, sentences: dict[str, str]) -> str:
    return render_html(report, sentences)


def test_article_markup_is_shown_as_text_never_as_elements(page: str, markup: tuple[str, str]) -> None:
    script, img = markup
    tree = _parse(page)
    assert not [e for e in tree.elements if e.tag in ("script", "img", "iframe", "object", "embed")]
    assert not [(e.tag, name) for e in tree.elements for name in e.attrs if name.startswith("on")]
    visible = tree.root.find_all("body")[0].text
    assert f"Friday {script}." in visible  # summary sentence
    assert f"Mill fire {script} {img}" in visible  # headline
    assert f"Evil Times {img}" in visible  # outlet name
    assert f"Inquiry opens {img}" in visible  # timeline event
    assert tree.root.find_all("title")[0].text == "Fire destroys old mill"


def test_markup_in_an_attribute_stays_inside_it(page: str, markup: tuple[str, str]) -> None:
    cells = [
        c for c in _parse(page).elements if c.tag == "td" and c.has_class("mark") and c.attrs.get("title")
    ]
    assert f"An inquiry will open in March {markup[1]}." in [c.attrs["title"] for c in cells]


def test_page_is_self_contained(page: str) -> None:
    tree = _parse(page)
    assert not [e for e in tree.elements if e.tag in ("link", "script", "img", "iframe", "base")]
    assert not [e for e in tree.elements if "src" in e.attrs or "srcset" in e.attrs]
    style = "".join(e.text for e in tree.elements if e.tag == "style")
    assert "url(" not in style and "@import" not in style and "@font-face" not in style
    # The only links are citations inside the page and the articles' own web pages.
    hrefs = {(e.tag, e.attrs["href"]) for e in tree.elements if "href" in e.attrs}
    external = {href for tag, href in hrefs if not href.startswith("#")}
    assert {tag for tag, _ in hrefs} == {"a"}
    assert external == {"https://gazette.example/mill-fire", "http://wire.example/mill"}
    assert "javascript:" not in " ".join(href for _, href in hrefs)


def test_javascript_url_is_shown_but_not_linked(page: str) -> None:
    source = [e for e in _parse(page).elements if e.attrs.get("id") == "src-3"][0]
    assert "javascript:alert(3)" in source.text
    assert not source.find_all("a")


def test_every_citation_has_a_target_in_the_sources_list(report: Report, page: str) -> None:
    tree = _parse(page)
    targets = {
        e.attrs["id"] for e in tree.elements if e.tag == "li" and (e.attrs.get("id") or "").startswith("src-")
    }
    assert targets == {"src-1", "src-2", "src-3"}
    citations = [e for e in tree.elements if e.tag == "a" and e.attrs["href"].startswith("#")]
    assert citations and {c.attrs["href"][1:] for c in citations} <= targets
    assert all(c.text == f"[{c.attrs['href'].removeprefix('#src-')}]" for c in citations)

    summary = tree.root.find_all("section", id="summary")[0].find_all("p")[0]
    assert [c.attrs["href"] for c in summary.find_all("a")] == ["#src-1", "#src-3", "#src-1", "#src-2"]
    for number, article in enumerate(report.articles, start=1):
        source = tree.root.find_all("li", id=f"src-{number}")[0]
        assert source.attrs["value"] == str(number) and article.title in source.text


def test_coverage_matrix_marks_outlets_and_single_sources(report: Report, page: str) -> None:
    table = _parse(page).root.find_all("table", **{"class": "matrix"})[0]
    header = [th.text for th in table.find_all("th")]
    assert header[1:3] == ["Harbour Gazette\xa0[1]", "North Wire\xa0[2]"] and header[-1] == "Outlets"
    rows = table.find_all("tbody")[0].find_all("tr")
    assert len(rows) == len(report.claims)
    for row, claim in zip(rows, report.claims, strict=True):
        marks = [td.text for td in row.find_all("td") if td.has_class("mark")]
        carried = [a.id for a, mark in zip(report.articles, marks, strict=True) if mark == "●"]
        assert carried == list(claim.article_ids)
        assert row.has_class("single") == claim.single_source
        assert ("single source" in row.text) == claim.single_source


def test_matrix_shows_wording_only_when_sentence_texts_are_given(report: Report) -> None:
    without = [e for e in _parse(render_html(report)).elements if e.tag == "td" and "title" in e.attrs]
    assert without == []


def test_quote_variants_and_conflict_columns(page: str) -> None:
    tree = _parse(page)
    quote = tree.root.find_all("figure")[0]
    assert "Mayor Ann Lee" in quote.find_all("figcaption")[0].text
    variants = quote.find_all("details")[0]
    assert variants.find_all("summary")[0].text == "Wording in each outlet (2)"
    assert len(variants.find_all("li")) == 2

    conflict, update = tree.root.find_all("article", **{"class": "card"})
    assert "Conflict" in conflict.find_all("h3")[0].text
    assert [v.text for v in conflict.find_all("div", **{"class": "value"})] == ["29 February", "1 March"]
    assert "Update" in update.find_all("h3")[0].text and "Conflict" not in update.find_all("h3")[0].text
    # The fixture lists the toll newest first; the page shows it in date order.
    assert [v.text for v in update.find_all("div", **{"class": "value"})] == ["2", "→ 3"]


def test_empty_sections_are_omitted(summary_only: Report) -> None:
    page = render(summary_only, "html")
    sections = [e.attrs.get("id") for e in _parse(page).elements if e.tag == "section"]
    assert sections == ["summary", "sources"]


def test_timeline_rows(page: str) -> None:
    table = _parse(page).root.find_all("table", **{"class": "timeline"})[0]
    rows = [[td.text for td in tr.find_all("td")] for tr in table.find_all("tbody")[0].find_all("tr")]
    assert [row[0] for row in rows] == ["2024-03-01", "2024-03"]
    assert re.fullmatch(r"Harbour Gazette\xa0\[1\], Evil Times .*\[3\]", rows[0][2])


def test_citing_an_unlisted_article_fails(report: Report) -> None:
    broken = replace(report, claims=(replace(report.claims[0], article_ids=("gazette", "ghost")),))
    with pytest.raises(InvalidReportError, match="ghost"):
        render_html(broken)


def _outlet_column(page: str) -> list[tuple[str, bool]]:
    """(Outlets cell, row marked single-source) of each row of the coverage matrix."""
    table = _parse(page).root.find_all("table", **{"class": "matrix"})[0]
    rows = table.find_all("tbody")[0].find_all("tr")
    return [(row.find_all("td")[-1].text, row.has_class("single")) for row in rows]


def test_outlets_column_counts_outlets_not_articles(same_outlet: Report) -> None:
    assert _outlet_column(render_html(same_outlet)) == [("2", False), ("1", True)]


def test_two_articles_of_one_outlet_do_not_corroborate_a_claim(tmp_path) -> None:
    # The QA report: two Gazette articles word one fact differently; the Herald reports something else.
    header = " date 2026-03-11\nsource: {}\n"
    (tmp_path / "g1.txt").write_text(
        header.format("Gazette")
        + "The harbour bridge will close for repairs on Monday, the city council said.\n"
    )
    (tmp_path / "g2.txt").write_text(
        header.format("Gazette")
        + "Council officials confirmed on Wednesday that the harbour bridge will be shut for urgent"
        " repairs starting Monday morning.\n"
    )
    (tmp_path / "h.txt").write_text(
        header.format("Herald")
        + "A new library opened downtown with thousands of books for local children.\n"
    )
    report = api.report(api.load([tmp_path]))
    assert [c.article_ids for c in report.claims] == [("g1", "g2"), ("h",)]
    assert _outlet_column(render_html(report)) == [("1", True), ("1", True)]


def test_an_empty_summary_is_said_with_both_possible_reasons_not_left_blank(report: Report) -> None:
    empty = replace(report, summary=Summary(sentences=(), word_budget=5))
    assert (
        "No sentence was chosen for the summary: the 5-word budget is too small, or the articles hold no "
        "complete sentence long enough to stand alone."
    ) in render_html(empty)
