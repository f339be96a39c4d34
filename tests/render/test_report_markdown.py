"""The Markdown report: citations, sections, and that article text stays text."""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import replace

import pytest

from storyweave.model import Article, Claim, Position, Report, Summary, SummarySentence, TimelineEvent
from storyweave.render import InvalidReportError, render, render_markdown


def _section(markdown: str, heading: str) -> str:
    """The body of a "## heading" section."""
    match = re.search(rf"^## {heading}\n\n(.*?)(?=\n## |\Z)", markdown, re.S | re.M)
    assert match, f"no section {heading!r}"
    return match.group(1)


def _headings(markdown: str) -> list[str]:
    return re.findall(r"^## (.+)$", markdown, re.M)


def test_summary_citations_resolve_to_the_right_sources(report: Report) -> None:
    markdown = render_markdown(report)
    paragraph = markdown.split("\n\n")[2]
    cited = [
        [int(n) for n in re.findall(r"\d+", group)]
        for group in re.findall(r"((?:\[\d+\])+)(?: |$)", paragraph)
    ]
    assert cited == [[1, 3], [1, 2]]
    assert "Friday \\<script\\>alert(1)\\</script\\>. [1][3] Three people" in paragraph

    sources = dict(re.findall(r"^(\d+)\. (.+)$", _section(markdown, "Sources"), re.M))
    for sentence, numbers in zip(report.summary.sentences, cited, strict=True):
        outlets = {report.articles[n - 1].id for n in numbers}
        assert outlets == set(sentence.sources)
        for n in numbers:
            assert sources[str(n)].startswith(report.articles[n - 1].source.split()[0])
    assert (
        sources["1"]
        == "Harbour Gazette — *Fire destroys old mill* (2024-03-01) <https://gazette.example/mill-fire> · id gazette"
    )


def test_sections_in_order_with_markers(report: Report) -> None:
    markdown = render(report, "md")
    assert markdown.startswith("# Fire destroys old mill\n\n")
    # Updates (a rising toll) are listed with the conflicts but are none, so the heading names both.
    # In the order an editor asks: what outlets agree on, where they contradict, who said what; the
    # single-source claims (hundreds of lines on a DUC cluster) after everything else.
    assert _headings(markdown) == [
        "Claims",
        "Conflicts and updates",
        "Quotes",
        "Timeline",
        "Reported by one outlet only (1)",
        "Skipped input",
        "Sources",
    ]

    # Corroborated claims in a table, each naming its outlets; the single-source ones later, under their outlet.
    claims = _section(markdown, "Claims").splitlines()
    assert claims == [
        "| Claim | Outlets |",
        "| --- | --- |",
        '| A fire destroyed the old mill on Friday. | 2: Harbour Gazette [1], Evil Times "\\>\\<img src=x'
        " onerror=alert(2)\\> [3] |",
        "",
        "1 more claim is reported by one outlet only: listed further down, under their outlet.",
    ]
    single = _section(markdown, r"Reported by one outlet only \(1\)").splitlines()
    assert single[0] == '- Evil Times "\\>\\<img src=x onerror=alert(2)\\> [3] (1)'
    assert single[1].startswith("  - An inquiry will open in March")

    assert _section(markdown, "Quotes").startswith(
        "- **Mayor Ann Lee**\n  - 'We lost everything' — Harbour Gazette [1], Evil"
    )

    conflicts = _section(markdown, "Conflicts and updates")
    # A headline with the values, then each value with its outlets, first date and sentences.
    assert conflicts.splitlines()[:5] == [
        "- **Conflict** — date the fire started (29 February vs 1 March)",
        "  - **29 February** — Harbour Gazette [1]; first reported 2024-03-01",
        "    - [1] The fire started on **29 February**, the fire service said.",
        "  - **1 March** — North Wire [2]; first reported 2024-03-02",
        "    - [2] The fire broke out on **1 March**.",
    ]
    # The fixture lists the toll newest first; an update must read in date order.
    assert conflicts.splitlines()[5:8] == [
        "- **Update** — death toll (2 → 3)",
        "  - **2** — Harbour Gazette [1]; first reported 2024-03-01",
        "    - [1] Two people died.",
    ]
    assert "  - → **3** — North Wire [2]; first reported 2024-03-02" in conflicts

    assert (
        _section(markdown, "Timeline").splitlines()[0]
        == "- **Friday 1 March 2024** — Fire destroys the old mill [1][3]"
    )


def test_summary_only_report_has_summary_and_sources(summary_only: Report) -> None:
    markdown = render_markdown(summary_only)
    assert _headings(markdown) == ["Sources"]
    assert "[1][3]" in markdown


def _untitled_opening_with_markup(report: Report) -> Report:
    """The fixture with no headlines, its hostile article ("evil") the earliest, so its opening names the story."""
    gazette, wire, evil = (replace(a, title=None) for a in report.articles)
    return replace(report, articles=(gazette, wire, replace(evil, date=dt.date(2024, 2, 29))))


def test_an_untitled_story_is_titled_by_its_earliest_articles_opening(report: Report) -> None:
    # QA: stories without a headline were titled "Story"; session 40: as the story list names them.
    markdown = render_markdown(_untitled_opening_with_markup(report))
    assert markdown.startswith(
        "# The old mill burnt down on Friday \\<script\\>alert(1)\\</script\\>.\n\n"
        "*No article has a headline: the title is the earliest article's first sentence.*\n"
    )
    assert "\n1. Harbour Gazette (2024-03-01) <https://" in markdown


def test_an_untitled_storys_title_does_not_change_with_its_summary(report: Report) -> None:
    """Session 40: the title was the summary's first sentence, which changed with the word budget, and the story
    list named the story by its earliest article's."""
    untitled = replace(report, articles=tuple(replace(a, title=None) for a in report.articles))
    words = (
        "The harbour authority said the investigation into the cause of the warehouse fire would take weeks"
    )
    summary = Summary((SummarySentence(f"{words}, not days.", "wire#0", ("wire",)),), word_budget=60)
    titles = {
        render_markdown(replace(untitled, summary=s)).splitlines()[0] for s in (summary, untitled.summary)
    }
    assert titles == {"# A fire destroyed the old mill on Friday."}
    # With no headline and no text, the title says so.
    nothing = replace(
        untitled,
        articles=tuple(replace(a, text="") for a in untitled.articles),
        summary=Summary((), word_budget=5),
    )
    assert render_markdown(nothing).startswith("# Untitled story\n\n*3 articles from 3 outlets, ")
    assert render_markdown(nothing).split("\n\n")[2].startswith("*No sentence")


def test_the_headline_most_articles_share_titles_the_story_else_the_earliest(report: Report) -> None:
    gazette, wire, evil = report.articles
    wire_copy = replace(evil, title="  mill FIRE toll rises to three", source="Wire Copy")
    shared = replace(report, articles=(gazette, wire, wire_copy))
    assert render_markdown(shared).startswith("# Mill fire toll rises to three\n\n*3 articles")
    # Equally common: the earliest published, whatever the input order.
    later_first = replace(report, articles=(wire, replace(evil, title="Harbour news"), gazette))
    assert render_markdown(later_first).startswith("# Fire destroys old mill\n")


def test_only_http_urls_are_linked(report: Report) -> None:
    markdown = render_markdown(report)
    assert "javascript" not in markdown
    assert "<http://wire.example/mill>" in markdown


def test_article_text_cannot_become_markup(report: Report) -> None:
    markdown_it = pytest.importorskip("markdown_it")
    hostile = (
        "[click](javascript:alert(4)) ![x](http://evil.example/x.png) <b>bold</b> `code` *em* | pipe "
        "<https://evil.example/auto>"
    )
    block_starts = ["# Heading", "- item", "1. item", "+ item", "---"]
    summary = Summary(
        tuple(SummarySentence(text, "evil#0", ("evil",)) for text in [*block_starts, hostile]),
        word_budget=80,
    )
    claims = (replace(report.claims[0], text=hostile), report.claims[1])
    markdown = render_markdown(replace(report, summary=summary, claims=claims))

    parser = markdown_it.MarkdownIt("commonmark").enable("table")
    tokens = parser.parse(markdown)
    inline = [child for token in tokens for child in (token.children or [])]
    assert not [t for t in tokens + inline if t.type in ("html_block", "html_inline", "image")]
    links = {t.attrs["href"] for t in inline if t.type == "link_open"}
    assert links == {"https://gazette.example/mill-fire", "http://wire.example/mill"}
    # Block-level markers in article text stay inside the one summary paragraph (after the at-a-glance line).
    assert [t.type for t in tokens[:8]] == [
        "heading_open",
        "inline",
        "heading_close",
        "paragraph_open",
        "inline",
        "paragraph_close",
        "paragraph_open",
        "inline",
    ]
    assert not [t for t in tokens if t.type in ("bullet_list_open", "hr") and t.map and t.map[0] <= 4]
    # The "|" in a claim does not split its table cell (extra cells would be silently dropped).
    cells = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "td_open"]
    assert len(cells) == 2 and cells[0].endswith("*em\\* | pipe \\<https://evil.example/auto\\>")
    assert cells[1] == '2: Harbour Gazette [1], Evil Times "\\>\\<img src=x onerror=alert(2)\\> [3]'

    html = parser.render(markdown)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "[click](javascript:alert(4))" in html
    assert "<script" not in html and "<img" not in html and "<b>" not in html


def test_citing_an_unlisted_article_fails(report: Report) -> None:
    broken = replace(report, timeline=(replace(report.timeline[0], articles=("ghost",)),))
    with pytest.raises(InvalidReportError, match="ghost"):
        render_markdown(broken)


@pytest.mark.parametrize(
    "url",
    [
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "//evil.example/protocol-relative",
        "https://evil.example/with space",
        "https://evil.example/>",
        "mill-fire.html",
    ],
)
def test_urls_that_are_not_clean_web_urls_are_not_linked(report: Report, url: str) -> None:
    articles = (replace(report.articles[0], url=url), *report.articles[1:])
    markdown = render_markdown(replace(report, articles=articles))
    first_source = re.search(r"^1\. .*$", markdown, re.M).group(0)
    assert first_source == "1. Harbour Gazette — *Fire destroys old mill* (2024-03-01) · id gazette"


def test_claims_count_outlets_not_articles(same_outlet: Report) -> None:
    markdown = render(same_outlet, "md")
    claims = _section(markdown, "Claims").splitlines()
    # Two articles, one outlet (its name spelt two ways): named once, as its first article spells it.
    assert claims[2] == (
        '| A fire destroyed the old mill on Friday. | 2: Harbour Gazette [1][2], Evil Times "\\>\\<img src=x'
        " onerror=alert(2)\\> [3] |"
    )
    # Single-source, each claim citing its articles.
    assert _section(markdown, r"Reported by one outlet only \(1\)").splitlines() == [
        "- Harbour Gazette [1][2] (1)",
        "  - The fire broke out on 1 March. [1][2]",
    ]


def test_single_source_claims_follow_the_table_grouped_by_outlet_and_stay_text(report: Report) -> None:
    markdown_it = pytest.importorskip("markdown_it")
    # QA: teigen-jack's claims table ran to 71 rows, 53 of them claims only one outlet reports.
    texts = ["# Heading", "- item", "1. item", "[click](javascript:alert(4)) <b>bold</b>"]
    single = tuple(Claim(f"s{n}", text, (f"wire#{n}",), ("wire",)) for n, text in enumerate(texts))
    claims = (*single[:2], report.claims[0], *single[2:], report.claims[1])
    markdown = render_markdown(replace(report, claims=claims))
    assert _section(markdown, "Claims").splitlines()[3:] == [
        "",
        "5 more claims are reported by one outlet only: listed further down, under their outlet.",
    ]
    section = _section(markdown, r"Reported by one outlet only \(5\)")
    assert section.splitlines() == [
        "- North Wire [2] (4)",
        "  - \\# Heading",
        "  - \\- item",
        "  - 1\\. item",
        "  - \\[click\\](javascript:alert(4)) \\<b\\>bold\\</b\\>",
        '- Evil Times "\\>\\<img src=x onerror=alert(2)\\> [3] (1)',
        '  - An inquiry will open in March "\\>\\<img src=x onerror=alert(2)\\>.',
    ]
    tokens = markdown_it.MarkdownIt("commonmark").enable("table").parse(section)
    inline = [child for token in tokens for child in (token.children or [])]
    assert [t.type for t in tokens if t.type.startswith(("heading", "bullet"))] == [
        "bullet_list_open",
        *["bullet_list_open", "bullet_list_close"] * 2,
        "bullet_list_close",
    ]
    assert not [
        t
        for t in tokens + inline
        if t.type in ("html_block", "html_inline", "link_open", "ordered_list_open")
    ]


def test_a_story_without_corroborated_claims_says_so(report: Report) -> None:
    section = _section(render_markdown(replace(report, claims=(report.claims[1],))), "Claims")
    assert section == (
        "No claim is reported by more than one outlet.\n\n"
        "1 more claim is reported by one outlet only: listed further down, under their outlet.\n"
    )


def test_an_empty_summary_is_said_with_both_possible_reasons_not_left_blank(summary_only: Report) -> None:
    # Found by QA: "No whole sentence fits the 120-word budget" was said of a one-word article, whose
    # sentence fits; the summarizer had left it out as a fragment.
    empty = replace(summary_only, summary=Summary(sentences=(), word_budget=5))
    assert (
        "*No sentence was chosen for the summary: the 5-word budget is too small, or the articles hold no "
        "complete sentence long enough to stand alone.*"
    ) in render_markdown(empty)


def test_control_characters_never_reach_the_markdown(report: Report) -> None:
    # Markdown goes to the terminal: an escape in an outlet name would recolour or clear it.
    articles = (
        replace(report.articles[0], source="Evil\x1b[2J\x1b]0;pwned\x07 Outlet\x9b"),
        *report.articles[1:],
    )
    summary = Summary(
        (SummarySentence("Fire\x1b[31m at the mill\x07.", "evil#0", ("evil",)),), word_budget=80
    )
    markdown = render_markdown(replace(report, articles=articles, summary=summary))
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", markdown)
    assert "\n1. Evil Outlet — *Fire destroys old mill*" in markdown
    assert "Fire at the mill. [" in markdown


def test_articles_of_one_outlet_are_named_once_with_all_their_numbers(report: Report) -> None:
    # DUC 2003 d31011t read "Associated Press [3], Associated Press [5], Associated Press [6]".
    gazette, wire, evil = report.articles
    wire_story = replace(report, articles=(gazette, replace(wire, source="Harbour Gazette"), evil))
    quotes = _section(render(wire_story, "md"), "Quotes")
    assert quotes.startswith(
        "- **Mayor Ann Lee**\n  - 'We lost everything' — Harbour Gazette [1], Evil Times"
    )
    conflict = replace(
        report.conflicts[0],
        positions=(replace(report.conflicts[0].positions[0], articles=("wire", "gazette")),),
    )
    lines = _section(render(replace(wire_story, conflicts=(conflict,)), "md"), "Conflicts and updates")
    assert "  - **29 February** — Harbour Gazette [1][2]; first reported 2024-03-01" in lines


def test_figures_are_shown_grouped_or_in_words_and_dates_as_the_timeline_shows_them(report: Report) -> None:
    toll = replace(
        report.conflicts[1],
        positions=tuple(
            replace(p, value=v)
            for p, v in zip(report.conflicts[1].positions, ["150000", "10400000000"], strict=True)
        ),
    )
    date = replace(
        report.conflicts[0], positions=(replace(report.conflicts[0].positions[0], value="2024-03-01"),)
    )
    lines = _section(render(replace(report, conflicts=(date, toll)), "md"), "Conflicts and updates")
    assert "- **Update** — death toll (10.4 billion → 150,000)" in lines
    # Session 36: "2026-06" beside the timeline's "June 2026" read as two kinds of date; a day has its weekday, as
    # the timeline's does, since outlets tell a day by it ("on Sunday" / "on Monday").
    assert "- **Conflict** — date the fire started (Friday 1 March 2024)" in lines
    # Mid-line, a value cannot open a block, but emphasis and links stay escaped.
    hostile = replace(date, positions=(replace(date.positions[0], value="1. *loud* [x](y)"),))
    lines = _section(render(replace(report, conflicts=(hostile,)), "md"), "Conflicts and updates")
    assert r"- **Conflict** — date the fire started (1. \*loud\* \[x\](y))" in lines
    assert r"  - **1. \*loud\* \[x\](y)** — Harbour Gazette [1]" in lines
    # The JSON report keeps the figure as found.
    assert render(replace(report, conflicts=(toll,)), "json").count('"value": "150000"') == 1


def test_a_quote_without_a_speaker_does_not_read_as_a_name(report: Report) -> None:
    quote = replace(report.quotes[0], speaker=None)
    quotes = _section(render(replace(report, quotes=(quote,)), "md"), "Quotes")
    assert quotes.startswith("- *Unattributed*\n  - 'We lost everything' — Harbour Gazette [1]")


def test_the_line_under_the_title_says_what_the_report_holds(report: Report, summary_only: Report) -> None:
    # Editor read, round 3: whether outlets contradict each other was only found 275 lines down (DUC d31050t).
    lines = render_markdown(report).split("\n\n")
    assert lines[1] == (
        "*3 articles from 3 outlets, 2024-03-01 to 2024-03-02 · 1 conflict, 1 update · 1 claim in two or more"
        " outlets · 1 claim in one outlet only · 1 quote (1 named speaker) · 2 dated events · 1 input skipped*"
    )
    # Cross-checked and none found is news; a summary-only report looked for none, so says nothing of them.
    calm = render_markdown(replace(report, conflicts=(), quotes=(), timeline=(), problems=()))
    assert calm.split("\n\n")[1] == (
        "*3 articles from 3 outlets, 2024-03-01 to 2024-03-02 · no conflicts found · 1 claim in two or more"
        " outlets · 1 claim in one outlet only*"
    )
    assert (
        render_markdown(summary_only).split("\n\n")[1]
        == "*3 articles from 3 outlets, 2024-03-01 to 2024-03-02*"
    )


def test_quotes_are_grouped_under_their_speaker_unattributed_last_and_stay_text(report: Report) -> None:
    # Editor read, round 3: DUC d31050t listed 37 quotes in article order, 14 unattributed ones mixed in,
    # each speaker named after the quote; quote fragments without quotation marks read as the report's prose.
    markdown_it = pytest.importorskip("markdown_it")
    base = replace(report.quotes[0], variants=())  # the outlets' own wordings are another test's
    quotes = (
        replace(base, text="# to save Xu Wenli.", speaker="Zhu *Bangzao*"),
        replace(base, text="<script>alert(1)</script>", speaker=None),
        replace(base, text="- absolutely no contradiction", speaker=" zhu  *bangzao*", articles=("wire",)),
        replace(base, text="1. We lost everything", speaker="Ann Lee"),
    )
    section = _section(render_markdown(replace(report, quotes=quotes)), "Quotes")
    assert section.splitlines() == [
        r"- **Zhu \*Bangzao\*** (2)",
        r"  - “# to save Xu Wenli.” — Harbour Gazette [1], Evil Times "
        r'"\>\<img src=x onerror=alert(2)\> [3]',
        r"  - “- absolutely no contradiction” — North Wire [2]",
        "- **Ann Lee**",
        r"  - “1. We lost everything” — Harbour Gazette [1], Evil Times "
        r'"\>\<img src=x onerror=alert(2)\> [3]',
        "- *Unattributed*",
        r"  - “\<script\>alert(1)\</script\>” — Harbour Gazette [1], Evil Times "
        r'"\>\<img src=x onerror=alert(2)\> [3]',
    ]
    tokens = markdown_it.MarkdownIt("commonmark").parse(section)
    inline = [child for token in tokens for child in (token.children or [])]
    assert not [t for t in tokens + inline if t.type in ("html_block", "html_inline", "heading_open")]
    assert [t.type for t in tokens if t.type.endswith("list_open")] == ["bullet_list_open"] * 4


def test_an_outlet_known_only_by_an_article_id_is_cited_by_number(report: Report) -> None:
    # Editor read, round 3: teigen-jack's claims table named "000\_7225a0248ea7c246 [1], 001\_2452668c617d26b4
    # [2], ..." on every row; the id says no more than the number, and its "_" needs no escape between letters.
    gazette, wire, evil = report.articles
    claim = Claim("c1", "Both say so.", ("gazette#0", "001_24a#0"), ("gazette", "001_24a"))
    story = replace(
        report,
        articles=(gazette, replace(wire, id="001_24a", source=None), evil),
        summary=Summary((), 60),
        claims=(claim,),
        quotes=(replace(report.quotes[0], articles=("001_24a",)),),
        conflicts=(),
        timeline=(),
    )
    markdown = render_markdown(story)
    assert "| Both say so. | 2: Harbour Gazette [1], [2] |" in markdown
    # Bare numbers run together as citations do.
    alone = replace(story, articles=(replace(gazette, source=None), *story.articles[1:]))
    assert "| Both say so. | 2: [1][2] |" in render_markdown(alone)
    assert _section(markdown, "Quotes").splitlines()[1] == "  - 'We lost everything' — [2]"
    assert "\n2. 001_24a — *Mill fire toll rises to three*" in markdown
    # An "_" that could open or close emphasis is still escaped.
    markdown_it = pytest.importorskip("markdown_it")
    loud = render_markdown(
        replace(story, articles=(replace(gazette, source="_loud_ snake_case__"), *story.articles[1:]))
    )
    assert "\n1. \\_loud\\_ snake_case\\_\\_ — *Fire" in loud
    tokens = markdown_it.MarkdownIt("commonmark").parse(loud)
    assert not [
        c
        for t in tokens
        for c in (t.children or [])
        if c.type in ("em_open", "strong_open") and c.markup == "_"
    ]


def _conflict_lines(report: Report, gazette_side: tuple[str, str], wire_side: tuple[str, str]) -> list[str]:
    """The Markdown lines of a number conflict between the example's Gazette and Wire, each side a
    (value, sentence) pair."""
    gazette, wire = report.conflicts[1].positions[1].evidence[0], report.conflicts[1].positions[0].evidence[0]
    toll = replace(
        report.conflicts[1],
        update=False,
        positions=(
            Position(gazette_side[0], ("gazette",), (replace(gazette, text=gazette_side[1]),)),
            Position(wire_side[0], ("wire",), (replace(wire, text=wire_side[1]),)),
        ),
    )
    return _section(render(replace(report, conflicts=(toll,)), "md"), "Conflicts and updates").splitlines()


def test_each_sentence_of_a_conflict_marks_the_value_it_states(report: Report) -> None:
    # Editor read, round 3: to see why harbor-fire's outlets disagree (14 vs 41 workers) the reader had to
    # find the figure in four long sentences.
    markdown_it = pytest.importorskip("markdown_it")
    lines = _conflict_lines(
        report,
        ("150000", "# In 2014, *150,000* <b>fled</b>, 150000 said"),
        ("14", "[14](javascript:x) of 2014 and 14.5, but 14."),
    )
    assert lines[2] == r"    - [1] # In 2014, \***150,000**\* \<b\>fled\</b\>, **150000** said"
    assert lines[4] == r"    - [2] \[**14**\](javascript:x) of 2014 and 14.5, but **14**."
    tokens = markdown_it.MarkdownIt("commonmark").parse("\n".join([lines[2].strip(), lines[4].strip()]))
    inline = [child for token in tokens for child in (token.children or [])]
    assert [inline[i + 1].content for i, t in enumerate(inline) if t.type == "strong_open"] == [
        "150,000",
        "150000",
        "14",
        "14",
    ]
    assert not [
        t for t in tokens + inline if t.type in ("html_inline", "link_open", "em_open", "heading_open")
    ]


def _timeline(*events: tuple[str, str, tuple[str, ...]]) -> tuple[TimelineEvent, ...]:
    return tuple(TimelineEvent(date, text, articles) for date, text, articles in events)


def test_the_timeline_says_each_date_once_in_words_with_its_events_under_it(report: Report) -> None:
    # The editor read: harbor-fire's timeline repeated "2026-03-11" nine rows running.
    timeline = _timeline(
        ("2025", "Last inspected", ("wire",)),
        ("2026-03", "Plan approved", ("gazette",)),
        ("2026-03-11", "Fire under control", ("gazette",)),
        ("2026-03-11", "Order lifted", ("wire", "evil")),
        ("2026-03-12", "Investigators arrive", ("gazette", "wire")),
    )
    assert _section(render_markdown(replace(report, timeline=timeline)), "Timeline").splitlines() == [
        "- **2025** — Last inspected [2]",
        "- **March 2026** — Plan approved [1]",
        "- **Wednesday 11 March 2026**",
        "  - Fire under control [1]",
        "  - Order lifted [2][3]",
        "- **Thursday 12 March 2026** — Investigators arrive [1][2]",
    ]


def test_events_under_a_date_and_a_malformed_date_stay_text(report: Report, markup: tuple[str, str]) -> None:
    markdown_it = pytest.importorskip("markdown_it")
    # Each event under a date opens a list item, where "#" or "1." would start a heading or a list.
    hostile = ["# Heading", "1. item", "- item", "---", f"[x](javascript:alert(4)) <b>b</b> {markup[0]}"]
    timeline = _timeline(
        *(("2026-03-11", text, ("evil",)) for text in hostile),
        (f"2026 {markup[1]}", "# Late", ("evil",)),
    )
    section = _section(render_markdown(replace(report, timeline=timeline)), "Timeline")
    parser = markdown_it.MarkdownIt("commonmark")
    tokens = parser.parse(section)
    assert not [t for t in tokens if t.type in ("heading_open", "hr", "html_block", "ordered_list_open")]
    # Two dates, the first with its five events nested under it, each text as written.
    assert [t.level for t in tokens if t.type == "list_item_open"] == [1, 3, 3, 3, 3, 3, 1]
    assert [parser.renderInline(t.content) for t in tokens if t.type == "inline"] == [
        "<strong>Wednesday 11 March 2026</strong>",
        *(f"{html.escape(text)} [3]" for text in hostile),
        f"<strong>2026 {html.escape(markup[1])}</strong> — # Late [3]",
    ]


def test_a_bound_is_shown_and_marked_as_the_outlet_wrote_it(report: Report) -> None:
    # DUC 2003 d30005t: "more than 250" was shown as "250"; the conflict now gives the bound as written,
    # and the sentence opening with it marks it whole, whatever its case.
    lines = _conflict_lines(
        report,
        ("more than 250", "More than 250 people were killed."),
        ("224", "The attacks killed 224 people."),
    )
    assert lines[0].endswith("(more than 250 vs 224)")
    assert lines[2].endswith("[1] **More than 250** people were killed.")


def _summary(markdown: str) -> str:
    """The summary paragraph: the first block after the title and its notes (lines in italics)."""
    return next(block for block in markdown.split("\n\n")[1:] if not block.startswith("*"))


def test_quoted_words_standing_alone_are_shown_as_a_quote_under_their_speaker(quoted: Report) -> None:
    markdown = render_markdown(quoted)
    # The end of a three-sentence quote, its closing mark dangling, and its middle, with no mark at all.
    assert "| Ann Lee: “We owe it to them.” | 2: Daily Post [1], North Wire [2] |" in markdown
    assert "\n  - Ann Lee: “Every school too.”\n" in _section(markdown, r"Reported by one outlet only \(3\)")
    # The summary sentence that opens the quote: its opening mark balanced, its text otherwise as chosen.
    assert _summary(markdown).startswith("Ann Lee: “Every house will stand again.” [1] ")


def test_a_sentence_that_names_its_speaker_is_shown_as_written(quoted: Report) -> None:
    markdown = render_markdown(quoted)
    assert _summary(markdown).endswith(' "We will rebuild," Mayor Ann Lee said. [1]')
    # Beside it in the outlet's list, the quote's middle, which names no one, is credited.
    assert '\n  - "We will rebuild," Mayor Ann Lee said.\n  - Ann Lee: “Every school too.”\n' in markdown


def test_a_quote_nobody_is_named_for_cannot_read_as_an_outlets_claim(quoted: Report) -> None:
    single = _section(render_markdown(quoted), r"Reported by one outlet only \(3\)")
    # In italics, as "Unattributed" heads such quotes in the Quotes section: no one's name.
    assert "\n  - *Speaker not identified*: “The river rose too fast.”" in single


def test_a_hostile_quote_and_speaker_stay_text_when_credited(quoted: Report) -> None:
    speaker = "1. <img src=x onerror=alert(1)> *Lee* | [x](javascript:alert(2))"
    hostile = replace(quoted, quotes=tuple(replace(q, speaker=q.speaker and speaker) for q in quoted.quotes))
    sentences = tuple(
        replace(s, text="Every <script>alert(3)</script> *school* | too.") if s.id == "post#2" else s
        for s in quoted.sentences
    )
    claims = tuple(replace(c, text=sentences[2].text) if c.id == "c3" else c for c in quoted.claims)
    markdown = render_markdown(replace(hostile, sentences=sentences, claims=claims))
    escaped = r"1\. \<img src=x onerror=alert(1)\> \*Lee\* \| \[x\](javascript:alert(2))"
    assert f"\n  - {escaped}: “Every \\<script\\>alert(3)\\</script\\> \\*school\\* \\| too.”\n" in markdown
    assert f"| {escaped}: “We owe it to them.” |" in markdown


def test_a_quote_whose_closing_mark_was_lost_in_decoding_is_shown_as_written(quoted: Report) -> None:
    # The closing mark became U+FFFD, so the attribution after it ("said Mumma") looks quoted.
    text = "“We now know Mars was wet for longer,\ufffd? said Mumma."
    sentences = tuple(replace(s, text=text) if s.id == "post#2" else s for s in quoted.sentences)
    claims = tuple(replace(c, text=text) if c.id == "c3" else c for c in quoted.claims)
    markdown = render_markdown(replace(quoted, sentences=sentences, claims=claims))
    assert f"\n  - {text}\n" in markdown


def test_quotes_in_other_marks_are_credited_as_the_segmenter_reads_them() -> None:
    # QA: the marks were read as written, so a British quote's end showed “We owe it to them.’” (a dangling
    # single mark), its start was not credited, and a quote within a French one hid the whole quote.
    from storyweave.segment import segment

    texts = {
        "uk": "‘Every house will stand again. Every school too. We owe it to them.’ The mayor spoke on Monday.",
        "fr": "«Il a dit “stop” hier. Puis il est parti.» Le maire a parlé lundi. « Nous reconstruirons. »",
    }
    articles = tuple(
        Article(article_id, text, source=article_id.upper()) for article_id, text in texts.items()
    )
    sentences = tuple(s for article in articles for s in segment(article).sentences)
    shown = [s for s in sentences if s.quotation is not None]
    report = Report(
        articles,
        Summary((), word_budget=60),
        claims=tuple(Claim(f"c{n}", s.text, (s.id,), (s.article_id,)) for n, s in enumerate(shown)),
        sentences=sentences,
    )

    single = _section(render_markdown(report), r"Reported by one outlet only \(6\)")

    assert [line.strip() for line in single.splitlines() if line.startswith("  - ")] == [
        "- *Speaker not identified*: “Every house will stand again.”",
        "- *Speaker not identified*: “Every school too.”",
        "- *Speaker not identified*: “We owe it to them.”",
        "- *Speaker not identified*: “Il a dit ‘stop’ hier.”",
        "- *Speaker not identified*: “Puis il est parti.”",
        "- *Speaker not identified*: “Nous reconstruirons.”",  # French spacing inside the marks dropped
    ]


def test_each_source_shows_the_article_id_a_move_takes() -> None:
    """QA: nothing showed article ids, which `storyweave move` and the web's move form ask for."""
    from storyweave import api

    hostile = "<b>x</b>*y*"
    articles = [
        Article(
            hostile,
            "A fire destroyed the Pier 7 warehouse on Monday night, officials said.",
            source="Gazette",
        ),
        Article("plain", "Firefighters fought the Pier 7 warehouse fire for six hours on Monday."),
    ]
    shown = api.summarize(articles, words=40)
    sources = _section(render_markdown(shown), "Sources").splitlines()
    assert sources[0].endswith(" · id \\<b\\>x\\</b\\>\\*y\\*")
    # An article known by its id alone is not named twice.
    assert sources[1] == "2. plain"
    page = render(shown, "html")
    assert "· id <code>&lt;b&gt;x&lt;/b&gt;*y*</code>" in page
    assert "<b>x</b>" not in page


def test_a_summary_line_stating_one_side_of_a_conflict_is_marked_disputed(report: Report) -> None:
    """QA: "five people were missing. [2]" read as the story's figure, though three outlets said three."""
    from tests.render.conftest import SENTENCES

    lines = (
        SummarySentence(SENTENCES["wire#1"], "wire#1", ("wire",)),  # a side of the date conflict
        SummarySentence(
            SENTENCES["wire#0"], "wire#0", ("wire", "gazette")
        ),  # a side of an update: no dispute
    )
    shown = replace(report, summary=replace(report.summary, sentences=lines))
    paragraph = render_markdown(shown).split("\n\n")[2]
    assert paragraph.count("*(disputed:") == 1
    assert paragraph.index("*(disputed: date the fire started; see Conflicts)*") < paragraph.index(
        SENTENCES["wire#0"][:20]
    )
    page = render(shown, "html")
    assert page.count('class="disputed-line"') == 1
    assert '<a class="disputed-line" href="#conflicts">(disputed: date the fire started)</a>' in page


def test_an_outlet_that_printed_part_of_a_quote_is_shown_with_its_own_words() -> None:
    # QA: "We will appeal. The evidence simply did not support this verdict ..." was shown credited to both
    # outlets, while one printed only "We will appeal".
    from storyweave.model import Evidence, Quote

    full = (
        "We will appeal. The evidence simply did not support this verdict, and the jury never heard the story"
    )
    quote = Quote(
        full,
        "Nina Brandt",
        ("a", "b"),
        (
            Evidence("a", "a#1", full),
            Evidence("b", "b#2", "We will appeal"),
        ),
    )
    articles = (Article("a", "A.", source="Metro Ledger"), Article("b", "B.", source="Valley Times"))
    markdown = render_markdown(Report(articles=articles, summary=Summary((), 100), quotes=(quote,)))
    assert "    - *In part:* “We will appeal” — Valley Times [2]" in markdown
    assert markdown.count("*In part:*") == 1  # the outlet that printed it all is not listed again
