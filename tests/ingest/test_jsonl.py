import datetime as dt
import json
import logging

import pytest

from storyweave.errors import BadInputError
from storyweave.ingest import read_articles, read_clusters

CLUSTER = {
    "id": "c1",
    "documents": [
        {
            "id": "d1",
            "title": "Storm hits",
            "date": "2024-03-05",
            "text": "A storm hit.\n\nCrews helped.",
            "source": "Daily Planet",
            "url": "https://example.com/1",
            "stance": "left",
        },
        {"id": "d2", "title": None, "date": None, "text": "The storm moved on.", "source": None, "url": None},
    ],
    "summaries": ["A storm hit the town.", "Crews helped after a storm."],
}


def write_jsonl(path, *records):
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n")
    return path


def test_cluster_line_gives_one_article_per_document(tmp_path):
    path = write_jsonl(tmp_path / "set.jsonl", CLUSTER)

    batch = read_articles([path])

    assert batch.problems == ()
    first, second = batch.articles
    assert (first.id, first.title, first.date, first.source, first.url) == (
        "d1",
        "Storm hits",
        dt.date(2024, 3, 5),
        "Daily Planet",
        "https://example.com/1",
    )
    assert first.text == "A storm hit.\nCrews helped."
    assert (second.id, second.title, second.date, second.source, second.url) == ("d2", None, None, None, None)
    assert first.origin == f"{path}:1"


def test_single_article_lines_use_the_json_id_or_stem_and_line(tmp_path):
    path = write_jsonl(
        tmp_path / "stream.jsonl",
        {"id": "a", "text": "First article.", "date": "2021-04-22T10:00:00Z", "cluster": "x", "lang": "en"},
        "",
        {"text": "Second article, no id.", "date": "22 April 2021"},
    )

    first, second = read_articles([path]).articles

    assert (first.id, first.date) == ("a", dt.date(2021, 4, 22))
    assert (second.id, second.date, second.origin) == ("stream-3", dt.date(2021, 4, 22), f"{path}:3")


def test_repeated_ids_across_clusters_are_suffixed_in_order(tmp_path):
    path = write_jsonl(tmp_path / "set.jsonl", CLUSTER, {**CLUSTER, "id": "c2"})

    ids = [article.id for article in read_articles([path]).articles]

    assert ids == ["d1", "d2", "d1-2", "d2-2"]


def test_read_clusters_maps_documents_and_references(tmp_path):
    path = write_jsonl(
        tmp_path / "dev.jsonl", CLUSTER, {"id": "not-a-cluster", "text": "x"}, {**CLUSTER, "id": "c2"}
    )

    clusters = read_clusters(path)

    assert [cluster.id for cluster in clusters] == ["c1", "c2"]
    assert clusters[0].references == ("A storm hit the town.", "Crews helped after a storm.")
    assert [article.id for article in clusters[0].articles] == ["d1", "d2"]
    assert clusters[0].articles[0].date == dt.date(2024, 3, 5)
    assert clusters[1].articles[0].origin == f"{path}:3"


def test_a_malformed_line_names_its_column_once(tmp_path):
    # QA: "malformed JSON (Unterminated string starting at at column 26)".
    unterminated = write_jsonl(tmp_path / "a.jsonl", '{"id": "a", "text": "Cut')
    with pytest.raises(BadInputError, match=r"\(Unterminated string starting at column 21\)$"):
        read_clusters(unterminated)


def test_read_clusters_is_strict(tmp_path):
    broken = write_jsonl(tmp_path / "broken.jsonl", CLUSTER, '{"id": "c2", "documents": [')
    no_text = write_jsonl(tmp_path / "no_text.jsonl", {"id": "c", "documents": [{"id": "d"}]})
    no_clusters = write_jsonl(tmp_path / "stream.jsonl", {"id": "a", "text": "An article."})

    with pytest.raises(BadInputError, match=r"broken\.jsonl:2: malformed JSON"):
        read_clusters(broken)
    with pytest.raises(BadInputError, match=r'no_text\.jsonl:1: record has no "text"'):
        read_clusters(no_text)
    with pytest.raises(BadInputError, match="no cluster lines"):
        read_clusters(no_clusters)
    # QA: a cluster of no documents was scored as a cluster (and skipped without a word by read_articles).
    no_documents = write_jsonl(tmp_path / "no_documents.jsonl", CLUSTER, {"id": "c2", "documents": []})
    with pytest.raises(BadInputError, match=r'no_documents\.jsonl:2: empty "documents" list'):
        read_clusters(no_documents)


def test_read_clusters_on_the_dev_sets(dev_data):
    counts = {name: len(read_clusters(dev_data / name / "dev.jsonl")) for name in ("multinews", "duc2003")}

    assert counts == {"multinews": 80, "duc2003": 30}


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("2024-05-07", dt.date(2024, 5, 7)),
        ("2024-05-07T23:30:00-04:00", dt.date(2024, 5, 7)),
        ("Tue, 07 May 2024 10:00:00 +0000", dt.date(2024, 5, 7)),
        ("May 7, 2024", dt.date(2024, 5, 7)),
        ("7 May 2024", dt.date(2024, 5, 7)),
    ],
)
def test_dates_as_feeds_write_them_are_read(tmp_path, written, day):
    # Found by QA: an RSS-style or spelt-out date was dropped without a word.
    path = write_jsonl(tmp_path / "feed.jsonl", {"id": "a", "date": written, "text": "A storm hit."})

    (article,) = read_articles([path]).articles

    assert article.date == day


@pytest.mark.parametrize("written", ["05/07/2024", "yesterday", 1715040000])
def test_an_unreadable_date_is_a_warning_naming_the_line(tmp_path, caplog, written):
    path = write_jsonl(tmp_path / "feed.jsonl", {"id": "a", "date": written, "text": "A storm hit."})

    with caplog.at_level(logging.WARNING, logger="storyweave.ingest"):
        batch = read_articles([path])

    assert [(a.id, a.date) for a in batch.articles] == [("a", None)]
    assert caplog.messages == [f"{path}:1: ignoring unreadable date {written!r}"]


def test_control_characters_and_line_breaks_in_fields_are_removed(tmp_path):
    record = {
        "id": "a\x1b[2Jb",
        "title": "Mill \x1b[31mRED\x1b[0m\nfire\x07",
        "source": "Ctl\x1b]0;pwned\x07 Outlet",
        "text": "A storm hit.",
    }
    path = write_jsonl(tmp_path / "feed.jsonl", record)

    (article,) = read_articles([path]).articles

    assert (article.id, article.title, article.source) == ("ab", "Mill RED fire", "Ctl Outlet")


def test_a_text_of_the_wrong_type_is_named_in_plain_words(tmp_path):
    path = write_jsonl(tmp_path / "feed.jsonl", {"id": "a", "text": 5}, {"id": "b", "text": ["x"]})

    batch = read_articles([path])

    assert [p.reason for p in batch.problems] == [
        '"text" is a number, not a string',
        '"text" is a list, not a string',
    ]


def test_a_lone_surrogate_escape_becomes_a_replacement_character(tmp_path):
    # QA: JSON may escape half a UTF-16 pair alone; it reached the outputs, the store's hash and SQLite,
    # and every one of them failed with a traceback ("surrogates not allowed").
    line = r'{"id": "a\udc80", "title": "Storm \ud800", "text": "A storm \ud83d\ude00 hit \udfff the town."}'
    cluster = r'{"id": "c\ud800", "documents": [{"text": "A storm hit."}], "summaries": ["Storm \udc00."]}'
    path = write_jsonl(tmp_path / "feed.jsonl", line)

    (article,) = read_articles([path]).articles
    (read_cluster,) = read_clusters(write_jsonl(tmp_path / "bench.jsonl", cluster))

    assert (article.id, article.title, article.text) == (
        "a\ufffd",
        "Storm \ufffd",
        "A storm 😀 hit \ufffd the town.",
    )
    assert (read_cluster.id, read_cluster.references) == ("c\ufffd", ("Storm \ufffd.",))


def test_unicode_line_and_paragraph_separators_end_paragraphs(tmp_path):
    # QA: U+2028/U+2029 (JSON exported from web pages) stayed inside one paragraph and ended sentences
    # that went into summaries with them.
    text = "Crews arrived at dawn.\u2028The fire was out by noon.\u2029Page two.\fThe end."
    path = write_jsonl(tmp_path / "feed.jsonl", {"id": "a", "text": text})

    (article,) = read_articles([path]).articles

    assert article.text == "Crews arrived at dawn.\nThe fire was out by noon.\nPage two.\nThe end."


def test_a_stray_byte_costs_its_line_not_the_whole_feed(tmp_path):
    # QA: one byte that is not UTF-8 in a feed that also holds Japanese (so it is no Windows-1252 file
    # either) refused the whole file: thousands of good records lost for one.
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(
        b'{"id": "a", "text": "' + "東京の倉庫で火災".encode() + b'"}\n'
        b'{"id": "b", "text": "A fire \xff in ' + "東京".encode() + b'."}\n'
        b'{"id": "c", "text": "Police said the fire started at 3 a.m."}\n'
    )
    cyrillic = tmp_path / "cyrillic.jsonl"
    cyrillic.write_bytes("\n".join(['{"text": "Пожар на складе"}'] * 2).encode("cp1251"))

    batch = read_articles([feed, cyrillic])

    assert [a.id for a in batch.articles] == ["a", "c"]
    assert [str(p) for p in batch.problems] == [
        f"{feed}:2: not valid UTF-8 text (byte 0xFF at offset 28); save it as UTF-8",
        f"{cyrillic}: not valid UTF-8 text (byte 0xCF at offset 10); save it as UTF-8",
    ]


def test_a_windows_1252_feed_saved_with_a_utf8_byte_order_mark_keeps_its_first_line(tmp_path):
    # QA: the mark was read as the letters "ï»¿" before the first line's "{", which became malformed JSON.
    path = tmp_path / "marked.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"id": "a", "text": "Caf\xe9."}\n{"id": "b", "text": "Th\xe9."}\n')

    batch = read_articles([path])

    assert batch.problems == ()
    assert [(a.id, a.text) for a in batch.articles] == [("a", "Café."), ("b", "Thé.")]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_a_utf16_feed_without_a_byte_order_mark_is_named_so(tmp_path, encoding):
    # Its lines, read one at a time, start at odd offsets too: the NUL bytes must still be on one side.
    path = tmp_path / "feed.jsonl"
    path.write_bytes(
        "".join(json.dumps({"id": f"a{i}", "text": "One."}) + "\n" for i in range(3)).encode(encoding)
    )

    batch = read_articles([path])

    assert [str(problem) for problem in batch.problems] == [
        f"{path}: UTF-16 text without a byte-order mark; save it as UTF-8"
    ]


def test_an_outlet_given_as_an_object_is_read_by_its_name_and_other_types_are_named(tmp_path, caplog):
    # QA10c #3: NewsAPI's "source": {"id", "name"} and a list-valued title were dropped without a word.
    records = [
        {"id": "a", "text": "The bridge reopened.", "source": {"id": "reuters", "name": "Reuters"}},
        {"id": "b", "text": "The bridge reopened on Monday.", "source": ["AP"], "title": {"main": "Open"}},
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps(record) + "\n" for record in records))
    with caplog.at_level(logging.WARNING):
        batch = read_articles([path])
    assert [(a.source, a.title) for a in batch.articles] == [("Reuters", None), (None, None)]
    assert [r.getMessage() for r in caplog.records if "not a string" in r.getMessage()] == [
        f'{path}:2: "title" is an object, not a string: left out',
        f'{path}:2: "source" is a list, not a string: left out',
    ]
