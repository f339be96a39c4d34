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
    header = [th.text for th in table.find_all("thead")[0].find_all("th")]
    # The caption says what a mark and a shaded row mean.
    assert table.find_all("caption")[0].text.startswith("● marks each outlet that reports the claim")
    assert header[1:3] == ["Harbour Gazette\xa0[1]", "North Wire\xa0[2]"] and header[-1] == "Outlets"
    rows = table.find_all("tbody")[0].find_all("tr")
    assert len(rows) == len(report.claims)
    for row, claim in zip(rows, report.claims, strict=True):
        # Each row is headed by its claim, so a screen reader names the claim of every cell.
        assert [th.attrs.get("scope") for th in row.find_all("th")] == ["row"]
        assert row.find_all("th")[0].text.startswith(claim.text)
        marks = [td.text for td in row.find_all("td") if td.has_class("mark")]
        carried = [a.id for a, mark in zip(report.articles, marks, strict=True) if mark == "●reported"]
        assert carried == list(claim.article_ids)
        assert set(marks) <= {"●reported", "not reported"}
        assert row.has_class("single") == claim.single_source
        assert ("single source" in row.text) == claim.single_source


def test_matrix_shows_wording_only_when_sentence_texts_are_given(report: Report) -> None:
    tree = _parse(render_html(report))
    assert [e for e in tree.elements if e.tag == "td" and "title" in e.attrs] == []
    # Nor does its caption promise any.
    assert "hover" not in tree.root.find_all("caption")[0].text


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
    # The arrow is read as "then".
    assert [v.text for v in update.find_all("div", **{"class": "value"})] == ["2", "→then 3"]
    # Each value says when it was first reported, so a later figure is told from a contradiction.
    dates = [t.attrs["datetime"] for t in update.find_all("time")]
    assert dates == ["2024-03-01", "2024-03-02"]


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


def test_citations_are_named_for_screen_readers(page: str) -> None:
    citations = [e for e in _parse(page).elements if e.tag == "a" and e.has_class("cite")]
    assert citations and all(c.attrs["aria-label"] == f"source {c.text.strip('[]')}" for c in citations)


def test_articles_of_one_outlet_are_named_once_and_figures_read_grouped(report: Report) -> None:
    # DUC 2003 d31011t showed "Associated Press [3], Associated Press [5], Associated Press [6]" and "150000".
    gazette, wire, evil = report.articles
    toll = report.conflicts[1]
    toll = replace(
        toll,
        positions=(
            replace(toll.positions[0], value="150000", articles=("wire", "gazette")),
            replace(toll.positions[1], value="26600000", articles=("evil",)),
        ),
    )
    wire_story = replace(
        report, articles=(gazette, replace(wire, source="Harbour Gazette"), evil), conflicts=(toll,)
    )
    card = _parse(render_html(wire_story)).root.find_all("article", **{"class": "card"})[0]
    outlets = [o.text for o in card.find_all("span", **{"class": "outlet"})]
    assert outlets[0] == "Harbour Gazette\xa0[1][2]" and outlets[1].endswith("[3]")
    assert [v.text for v in card.find_all("div", **{"class": "value"})] == ["150,000", "→then 26.6 million"]


def test_a_hostile_value_is_shown_as_text(report: Report, markup: tuple[str, str]) -> None:
    script, img = markup
    spelling = replace(
        report.conflicts[0],
        kind="name",
        positions=tuple(replace(p, value=f"{p.value} {script}{img}") for p in report.conflicts[0].positions),
    )
    tree = _parse(render_html(replace(report, conflicts=(spelling,))))
    assert not [e for e in tree.elements if e.tag in ("script", "img")]
    values = [v.text for v in tree.root.find_all("div", **{"class": "value"})]
    assert values == [f"29 February {script}{img}", f"1 March {script}{img}"]


def test_a_quote_without_a_speaker_does_not_read_as_a_name(report: Report) -> None:
    quote = replace(report.quotes[0], speaker=None)
    caption = _parse(render_html(replace(report, quotes=(quote,)))).root.find_all("figcaption")[0]
    assert not caption.find_all("span", **{"class": "speaker"})
    assert [e.text for e in caption.find_all("em")] == ["unattributed"]
