"""read_uploaded: files uploaded to the web UI are read from their bytes as read_story reads them on disk."""

import dataclasses
import json
import os

import pytest

from storyweave.ingest import ClusterChoiceError, read_story, read_uploaded


def _cluster(cluster_id, *texts):
    documents = [{"id": f"{cluster_id}-{n}", "text": text} for n, text in enumerate(texts, 1)]
    return json.dumps({"id": cluster_id, "documents": documents})


# One file of each format, and files no reader takes.
FILES = {
    "gazette.txt": b" date 2024-03-05 A fire destroyed the Pier 7 warehouse on Tuesday night.\n",
    "radio.html": b"<html><head><meta property='og:site_name' content='Coast Radio'><title>Pier 7 fire</title>"
    b"</head><body><article><p>Fire destroyed a warehouse at Pier 7 on Tuesday night, officials "
    b"said.</p><p>Crews fought the blaze for six hours.</p></article></body></html>",
    "feed.jsonl": b'{"id": "wire-1", "text": "Crews fought the Pier 7 fire for six hours.", "source": "Wire"}\n'
    b"not json\n",
    "digest.multinews": b"A fire destroyed a warehouse. ||||| Crews fought the blaze for six hours.",
    "scan.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "blank.html": b"",
    "notes.pdf": b"%PDF-1.7",
}


def _without_folder(batch, folder):
    """The batch with the folder taken off every origin and problem: as if the files were in the current folder."""
    prefix = f"{folder}{os.sep}"
    articles = [dataclasses.replace(a, origin=a.origin.removeprefix(prefix)) for a in batch.articles]
    problems = [(p.origin.removeprefix(prefix), p.reason) for p in batch.problems]
    return articles, problems


def test_uploaded_files_are_read_as_the_same_files_on_disk(tmp_path):
    for name, data in FILES.items():
        (tmp_path / name).write_bytes(data)
    on_disk = read_story([tmp_path / name for name in sorted(FILES)])

    uploaded = read_uploaded(list(FILES.items()))

    articles, problems = _without_folder(on_disk, tmp_path)
    assert list(uploaded.articles) == articles  # same ids, outlets, dates, texts, and origins but the folder
    assert [(p.origin, p.reason) for p in uploaded.problems] == problems
    assert {a.source for a in uploaded.articles} >= {"Coast Radio", "Wire"}
    assert len(problems) == 4  # scan.txt, blank.html, notes.pdf, and the feed's bad line


def test_files_are_read_in_name_order_whatever_order_they_came_in():
    files = [
        ("b.txt", b"Crews fought it."),
        ("a.txt", b"A fire broke out."),
        ("c.txt", b"It was out by dawn."),
    ]

    assert [a.id for a in read_uploaded(files).articles] == ["a", "b", "c"]
    assert [a.id for a in read_uploaded(files[::-1]).articles] == ["a", "b", "c"]


@pytest.mark.parametrize(
    ("sent", "read_as"),
    [
        ("../../etc/fire.txt", "fire.txt"),
        ("C:\\Users\\me\\fire.txt", "fire.txt"),
        ("story/fire.txt", "fire.txt"),
        ("fi\x00re\x1b[31m.txt", "fire.txt"),
        ("f" * 5000 + ".txt", "f" * 251 + ".txt"),
    ],
    ids=["dot-dot", "windows-path", "folder", "control-characters", "5000-characters"],
)
def test_a_file_name_is_a_name_in_no_folder_one_line_and_at_most_255_characters(sent, read_as):
    batch = read_uploaded([(sent, b"A fire destroyed a warehouse at Pier 7.")])

    (article,) = batch.articles
    assert (article.origin, article.id, batch.problems) == (read_as, read_as.removesuffix(".txt"), ())


@pytest.mark.parametrize("sent", ["", ".", "..", "../.."])
def test_a_name_with_no_file_name_in_it_is_unnamed(sent):
    batch = read_uploaded([(sent, b"A fire destroyed a warehouse at Pier 7.")])

    assert batch.articles == ()
    assert [str(problem) for problem in batch.problems] == [
        "unnamed: unsupported file without an extension (expected .htm, .html, .jsonl, .multinews, .src, .txt)"
    ]


def test_a_repeated_name_keeps_both_files_with_unique_ids():
    batch = read_uploaded([("a/fire.txt", b"A fire broke out."), ("b/fire.txt", b"Crews fought it.")])

    assert [(a.id, a.text) for a in batch.articles] == [
        ("fire", "A fire broke out."),
        ("fire-2", "Crews fought it."),
    ]


def test_files_of_several_stories_are_refused_with_a_hint_for_the_upload():
    files = [
        ("fire.jsonl", _cluster("fire", "A fire destroyed a warehouse.").encode()),
        ("quake.jsonl", _cluster("quake", "A quake hit Padang.").encode()),
    ]

    with pytest.raises(ClusterChoiceError, match="upload the files of one story at a time") as caught:
        read_uploaded(files)
    assert caught.value.ids == ("fire", "quake")
