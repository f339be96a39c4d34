"""read_story: one story's articles, never several cluster lines merged without a word."""

import json

import pytest

from storyweave.ingest import ClusterChoiceError, read_articles, read_story


def _cluster(cluster_id, *texts, **extra):
    record = {"documents": [{"id": f"d{n}", "text": text} for n, text in enumerate(texts, 1)], **extra}
    return record if cluster_id is None else {"id": cluster_id, **record}


def _write_jsonl(path, *records):
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n")
    return path


@pytest.fixture
def two_stories(tmp_path):
    return _write_jsonl(
        tmp_path / "dev.jsonl",
        _cluster("fire", "A fire destroyed a warehouse.", "Crews fought the fire for hours."),
        _cluster("quake", "A quake hit Padang.", "Rescuers searched the rubble."),
    )


def test_a_file_of_several_clusters_is_refused_naming_its_ids(two_stories):
    with pytest.raises(ClusterChoiceError) as caught:
        read_story([two_stories])

    assert str(caught.value) == (
        f"{two_stories} holds 2 clusters (ids: fire, quake); pick one with --cluster ID, "
        "or use `storyweave ingest` to group them"
    )
    assert caught.value.ids == ("fire", "quake")
    # read_articles still reads every line (ingest groups them itself).
    assert len(read_articles([two_stories]).articles) == 4


def test_picking_a_cluster_keeps_its_articles_ids_and_line_problems_only(tmp_path):
    path = _write_jsonl(
        tmp_path / "dev.jsonl",
        _cluster("fire", "A fire destroyed a warehouse.", "Crews fought the fire."),
        "{broken",
        {"id": "quake", "documents": [{"id": "d1", "text": "A quake hit Padang."}, {"id": "d2"}]},
    )

    fire = read_story([path], cluster="fire")
    quake = read_story([path], cluster="quake")

    assert [(a.id, a.text) for a in fire.articles] == [
        ("d1", "A fire destroyed a warehouse."),
        ("d2", "Crews fought the fire."),
    ]
    assert fire.problems == ()
    # Its ids are not renamed for repeats on other lines ("d1-2").
    assert [a.id for a in quake.articles] == ["d1"]
    assert [str(p) for p in quake.problems] == [f'{path}:3: document 2: record has no "text"']


def test_an_unknown_cluster_lists_a_few_valid_ids(tmp_path):
    path = _write_jsonl(tmp_path / "dev.jsonl", *(_cluster(f"c{n}", f"Story {n}.") for n in range(7)))

    with pytest.raises(ClusterChoiceError) as caught:
        read_story([path], cluster="c9")

    assert str(caught.value) == f"no cluster 'c9' in {path} (ids: c0, c1, c2, c3, c4, ...)"
    assert len(caught.value.ids) == 7


def test_a_cluster_line_without_id_is_named_by_file_stem_and_line(tmp_path):
    path = _write_jsonl(tmp_path / "set.jsonl", _cluster(None, "First story."), "", _cluster(None, "Second."))

    with pytest.raises(ClusterChoiceError, match=r"holds 2 clusters \(ids: set-1, set-3\)"):
        read_story([path])
    assert [a.text for a in read_story([path], cluster="set-3").articles] == ["Second."]


def test_single_articles_and_text_folders_are_one_story(tmp_path):
    # A clustering stream carries a gold "cluster" per article: still single articles, not cluster lines.
    stream = _write_jsonl(
        tmp_path / "stream.jsonl",
        {"id": "a", "text": "A quake hit Padang.", "cluster": "quake"},
        {"id": "b", "text": "A strike halted trains.", "cluster": "strike"},
    )
    folder = tmp_path / "story"
    folder.mkdir()
    for name in ("one", "two"):
        (folder / f"{name}.txt").write_text(f"Article {name} about the fire.\n")

    assert [a.id for a in read_story([stream]).articles] == ["a", "b"]
    assert [a.id for a in read_story([folder]).articles] == ["one", "two"]
    with pytest.raises(ClusterChoiceError, match=r"no cluster 'a' in the 2 inputs \(no cluster lines there"):
        read_story([stream, folder], cluster="a")


def test_one_cluster_line_is_read_whole_and_can_be_named(tmp_path):
    path = _write_jsonl(
        tmp_path / "one.jsonl", _cluster("fire", "A fire destroyed a warehouse.", "Crews fought it.")
    )

    assert [a.id for a in read_story([path]).articles] == ["d1", "d2"]
    assert [a.id for a in read_story([path], cluster="fire").articles] == ["d1", "d2"]


def test_one_cluster_file_per_story_given_together_are_refused_naming_the_files(tmp_path):
    # QA: two one-cluster files were read as one story without a word.
    fire = _write_jsonl(tmp_path / "fire.jsonl", _cluster("fire", "A fire destroyed a warehouse."))
    quake = _write_jsonl(tmp_path / "quake.jsonl", _cluster("quake", "A quake hit Padang."))

    with pytest.raises(ClusterChoiceError) as caught:
        read_story([fire, quake])

    assert str(caught.value) == (
        f"the 2 inputs {fire}, {quake} hold 2 clusters (ids: fire, quake); pick one with --cluster ID, "
        "or use `storyweave ingest` to group them"
    )
    assert caught.value.ids == ("fire", "quake")
    assert [a.text for a in read_story([fire, quake], cluster="quake").articles] == ["A quake hit Padang."]


def test_a_cluster_line_with_loose_articles_is_refused_naming_both_inputs(tmp_path):
    # QA: a cluster file plus a folder of plain-text articles was read as one story without a word.
    path = _write_jsonl(
        tmp_path / "one.jsonl", _cluster("fire", "A fire destroyed a warehouse.", "Crews fought it.")
    )
    folder = tmp_path / "witnesses"
    folder.mkdir()
    (folder / "a.txt").write_text("A witness saw the fire start.\n")
    extra = tmp_path / "extra.txt"
    extra.write_text("Another witness saw the smoke.\n")

    with pytest.raises(ClusterChoiceError) as caught:
        read_story([path, folder, extra])

    assert str(caught.value) == (
        f"{path} holds cluster 'fire', a story of its own, and {folder}, {extra} hold articles outside "
        "any cluster; pick the cluster with --cluster fire, or give the articles without it"
    )
    assert [a.id for a in read_story([path, folder, extra], cluster="fire").articles] == ["d1", "d2"]


def test_loose_articles_of_every_format_given_together_are_one_story(tmp_path):
    folder = tmp_path / "story"
    folder.mkdir()
    for name in ("one", "two"):
        (folder / f"{name}.txt").write_text(f"Article {name} about the fire.\n")
    pasted = tmp_path / "pasted.txt"
    pasted.write_text("First pasted part.\n|||||\nSecond pasted part.\n")
    stream = _write_jsonl(tmp_path / "more.jsonl", {"id": "j", "text": "A JSONL article about the fire."})
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Fire</title></head><body><article><p>"
        + "Crews fought the warehouse fire for six hours on Tuesday night, the chief said. " * 3
        + "</p></article></body></html>"
    )

    batch = read_story([folder, pasted, stream, page])

    assert [a.id for a in batch.articles] == ["one", "two", "pasted-1", "pasted-2", "j", "page"]
    assert batch.problems == ()


def test_repeated_cluster_ids_are_suffixed_so_each_can_be_picked(tmp_path):
    first = _write_jsonl(tmp_path / "a.jsonl", _cluster("fire", "The first file's fire."))
    second = _write_jsonl(tmp_path / "b.jsonl", _cluster("fire", "The second file's fire."))

    picked = read_story([first, second], cluster="fire-2")

    assert [a.text for a in picked.articles] == ["The second file's fire."]


def test_a_multinews_file_of_several_stories_has_one_cluster_per_line(tmp_path):
    path = tmp_path / "test.src.multinews"
    path.write_text(
        "A fire destroyed a warehouse. ||||| Crews fought it. NEWLINE_CHAR Two were hurt.\n"
        "A quake hit Padang. ||||| Rescuers searched the rubble. |||||\n"
    )

    with pytest.raises(ClusterChoiceError, match=r"holds 2 clusters \(ids: test\.src-1, test\.src-2\)"):
        read_story([path])
    quake = read_story([path], cluster="test.src-2")

    assert [(a.id, a.text, a.origin) for a in quake.articles] == [
        ("test.src-2-1", "A quake hit Padang.", f"{path}:2"),
        ("test.src-2-2", "Rescuers searched the rubble.", f"{path}:2"),
    ]


def test_pasted_multinews_text_with_line_breaks_is_one_story(tmp_path):
    path = tmp_path / "pasted.txt"
    path.write_text(
        "A fire destroyed a warehouse.\nCrews fought it.\n|||||\nTwo were hurt.\n|||||\nThe fire is out.\n"
    )

    batch = read_story([path])

    assert [a.id for a in batch.articles] == ["pasted-1", "pasted-2", "pasted-3"]


def test_the_dev_sets_need_a_cluster_and_give_it(dev_data):
    path = dev_data / "duc2003" / "dev.jsonl"

    with pytest.raises(ClusterChoiceError, match=r"dev\.jsonl holds 30 clusters \(ids: duc2003-d30003t, "):
        read_story([path])
    assert len(read_story([path], cluster="duc2003-d30003t").articles) == 10
    assert len(read_story([dev_data / "clustering_allsides" / "dev.jsonl"]).articles) == 602
