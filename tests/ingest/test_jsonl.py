import datetime as dt
import json

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
    assert (second.id, second.date, second.origin) == ("stream-3", None, f"{path}:3")


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
