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
