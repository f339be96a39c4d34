"""A file of records (JSONL, Multi-News one story a line) is decoded a line at a time; JSONL text fields lose
their HTML character references when they are entity-escaped plain text."""

import json
import logging

import pytest

from storyweave.ingest import read_articles, read_clusters, read_lazily, read_uploaded
from storyweave.render import render

# Line 1 in UTF-8, line 2 with one Latin-1 byte (QA: /tmp/s11/qa/in/mixed.jsonl).
UTF8_LINE = json.dumps(
    {
        "id": "u1",
        "source": "Zürich Zeitung",
        "title": "Streik in Zürich — „Valmora“",
        "text": "The strike in Zürich’s port began on Monday — 2,300 workers walked out.",
    },
    ensure_ascii=False,
).encode()
LATIN1_LINE = (
    b'{"id": "u2", "source": "Caf\xe9 Post", "text": "Valmora port strike: 2,300 workers walked out."}'
)


def _warnings(caplog):
    """The warnings about encodings logged."""
    return [
        record.getMessage()
        for record in caplog.records
        if record.levelno == logging.WARNING and "UTF-8" in record.getMessage()
    ]


def test_a_stray_latin1_byte_changes_how_its_own_line_is_read_not_the_feed(tmp_path, caplog):
    # QA: the whole feed was read as Windows-1252, and line 1's outlet and title were stored as
    # "ZÃ¼rich Zeitung", "Streik in ZÃ¼rich â€” â€žValmoraâ€œ" (the text was repaired later, they were not).
    feed = tmp_path / "mixed.jsonl"
    feed.write_bytes(UTF8_LINE + b"\n" + LATIN1_LINE + b"\n")

    with caplog.at_level(logging.WARNING, logger="storyweave"):
        lazily = list(read_lazily([feed], []))
    uploaded = read_uploaded([("mixed.jsonl", feed.read_bytes())]).articles

    for articles in (lazily, uploaded):
        assert [(a.source, a.title) for a in articles] == [
            ("Zürich Zeitung", "Streik in Zürich — „Valmora“"),
            ("Café Post", None),
        ]
        assert articles[0].text.startswith("The strike in Zürich’s port began on Monday —")
    # Once per reading, named as the file was given (an upload by its own name).
    assert _warnings(caplog) == [
        f"{feed}:2: not valid UTF-8 text (byte 0xE9 at offset 27); read as Windows-1252 (Latin-1)",
        "mixed.jsonl:2: not valid UTF-8 text (byte 0xE9 at offset 27); read as Windows-1252 (Latin-1)",
    ]


def test_the_warning_names_the_lines_read_in_the_code_page_and_counts_those_past_five(tmp_path, caplog):
    feed = tmp_path / "feed.jsonl"
    lines = [LATIN1_LINE if number % 2 else UTF8_LINE for number in range(1, 16)]  # 8 Latin-1 lines
    feed.write_bytes(b"\n".join(lines))

    with caplog.at_level(logging.WARNING, logger="storyweave"):
        articles = read_articles([feed]).articles

    assert [a.source for a in articles] == ["Café Post", "Zürich Zeitung"] * 7 + ["Café Post"]
    assert _warnings(caplog) == [
        f"{feed}: lines 1, 3, 5, 7, 9 and 3 more not valid UTF-8 text (line 1: byte 0xE9 at offset 27); "
        "read as Windows-1252 (Latin-1)"
    ]


def test_a_line_that_is_text_in_no_encoding_costs_its_record_only(tmp_path, caplog):
    feed = tmp_path / "feed.jsonl"
    cyrillic = '{"id": "c", "text": "Пожар на складе"}'.encode("cp1251")
    feed.write_bytes(b"\n".join([UTF8_LINE, cyrillic, LATIN1_LINE]))

    with caplog.at_level(logging.WARNING, logger="storyweave"):
        batch = read_articles([feed])

    assert [a.source for a in batch.articles] == ["Zürich Zeitung", "Café Post"]
    assert [str(p) for p in batch.problems] == [
        f"{feed}:2: not valid UTF-8 text (byte 0xCF at offset 21); save it as UTF-8"
    ]
    assert f"{feed}:3: not valid UTF-8 text (byte 0xE9 at offset 27); read as Windows-1252 (Latin-1)" in (
        _warnings(caplog)
    )


def test_a_benchmark_file_reads_each_cluster_line_in_its_own_encoding(tmp_path):
    path = tmp_path / "bench.jsonl"
    document = {"text": "Zürich — strike.", "source": "Zürich Zeitung"}
    utf8 = json.dumps({"id": "z", "documents": [document]}, ensure_ascii=False)
    path.write_bytes(utf8.encode() + b'\n{"id": "c", "documents": [{"text": "Caf\xe9 strike."}]}\n')

    clusters = read_clusters(path)

    assert [(c.id, [(a.text, a.source) for a in c.articles]) for c in clusters] == [
        ("z", [("Zürich — strike.", "Zürich Zeitung")]),
        ("c", [("Café strike.", None)]),
    ]


@pytest.mark.parametrize("name", ["test.src", "two.multinews"])
def test_a_multinews_story_line_is_decoded_on_its_own_and_named_once(tmp_path, caplog, name):
    # Before, a file of one story a line was read in one encoding, and its warning was logged twice (the
    # file was checked once to tell its layout, once to read it).
    path = tmp_path / name
    path.write_bytes(
        "Zürich — strike. ||||| Zürich port shut. |||||\n".encode() + b"Caf\xe9 fire. ||||| A fire. |||||\n"
    )

    with caplog.at_level(logging.WARNING, logger="storyweave"):
        articles = read_articles([path]).articles

    assert [a.text for a in articles] == ["Zürich — strike.", "Zürich port shut.", "Café fire.", "A fire."]
    assert _warnings(caplog) == [
        f"{path}:2: not valid UTF-8 text (byte 0xE9 at offset 3); read as Windows-1252 (Latin-1)"
    ]


def test_a_multinews_file_of_one_story_is_warned_of_once(tmp_path, caplog):
    path = tmp_path / "one.multinews"
    path.write_bytes(b"Caf\xe9 fire.\n|||||\nA caf\xe9 burned.\n")

    with caplog.at_level(logging.WARNING, logger="storyweave"):
        articles = read_articles([path]).articles

    assert [a.text for a in articles] == ["Café fire.", "A café burned."]
    assert _warnings(caplog) == [
        f"{path}: lines 1, 3 not valid UTF-8 text (line 1: byte 0xE9 at offset 3); read as Windows-1252 (Latin-1)"
    ]


def _one_article(tmp_path, **record):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "a", **record}) + "\n")
    (article,) = read_articles([path]).articles
    return article


def test_entity_escaped_plain_text_fields_are_read_as_the_characters_they_stand_for(tmp_path):
    # QA (/tmp/s11/qa/in/hostile/h.jsonl): "&lt;script&gt;", "&#60;b&#62;", "&amp;" were kept as written. Feeds
    # from web systems escape plain text so (WordPress's REST API: "Gamer&#8217;s Life", "Fish &amp; Chips").
    article = _one_article(
        tmp_path,
        title="Gamer&#8217;s Life &#x2014; Fish &amp; Chips",
        source="AT&amp;T News",
        text="Prices rose 5&nbsp;%. A reader wrote &lt;script&gt;alert(1)&lt;/script&gt; &#60;b&#62;x.",
    )

    assert article.title == "Gamer’s Life — Fish & Chips"
    assert article.source == "AT&T News"
    assert article.text == "Prices rose 5\xa0%. A reader wrote <script>alert(1)</script> <b>x."


@pytest.mark.parametrize(
    "text",
    [
        "<p>Fish &amp; chips</p>",  # HTML: its references are its own
        "AT&T and Q&A; a=1&copy=2",  # ampersands that start no complete reference
        "Write &amp;amp; to show an ampersand in <code>",  # markup anywhere keeps the field as written
    ],
)
def test_text_with_markup_or_without_references_is_kept_as_written(tmp_path, text):
    assert _one_article(tmp_path, text=text).text == text


def test_an_unescaped_tag_stays_text_in_every_report_format(tmp_path):
    article = _one_article(tmp_path, text="The union said &lt;script&gt;alert(1)&lt;/script&gt; was posted.")
    from storyweave import api

    report = api.report([article], words=60)
    page = render(report, "html")

    assert "<script>" in article.text
    assert "<script" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "\\<script\\>" in render(report, "md")


def test_a_line_added_after_the_check_is_read_as_the_check_would_read_it(tmp_path):
    # A feed read lazily may grow: a Latin-1 line added joins the code page, a Cyrillic one is a problem.
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(UTF8_LINE + b"\n" + LATIN1_LINE + b"\n")
    problems = []
    articles = read_lazily([feed], problems)

    first = next(articles)
    with feed.open("ab") as grown:
        grown.write(
            '{"id": "c", "text": "Пожар на складе"}\n'.encode("cp1251") + LATIN1_LINE.replace(b"u2", b"u3")
        )

    assert first.source == "Zürich Zeitung"
    assert [(a.id, a.source) for a in articles] == [("u2", "Café Post"), ("u3", "Café Post")]
    assert [str(p) for p in problems] == [
        f"{feed}:3: not valid UTF-8 text (byte 0xCF at offset 21); save it as UTF-8"
    ]


def test_the_code_page_warning_comes_in_line_order_among_the_records_warnings(tmp_path, caplog):
    # QA: the warning for line 4 was logged while the file was checked, before line 2's malformed JSON.
    feed = tmp_path / "mixed.jsonl"
    feed.write_bytes(
        b"\n".join([UTF8_LINE, b'{"id": "b", "text": broken', b"[1, 2]", LATIN1_LINE, b'{"id": "d"}'])
    )

    with caplog.at_level(logging.WARNING, logger="storyweave"):
        articles = list(read_lazily([feed], []))

    assert [a.id for a in articles] == ["u1", "u2"]
    lines = [
        record.getMessage().split(":")[1] for record in caplog.records if str(feed) in record.getMessage()
    ]
    assert lines == ["2", "3", "4", "5"]
