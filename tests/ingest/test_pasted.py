"""read_pasted: text pasted into the web UI is read by the same readers as a file, and is one story."""

import datetime as dt
import json

import pytest

from storyweave.ingest import ClusterChoiceError, read_pasted


def _cluster(cluster_id, *texts):
    return json.dumps(
        {
            "id": cluster_id,
            "documents": [{"id": f"{cluster_id}-{n}", "text": t} for n, t in enumerate(texts, 1)],
        }
    )


def test_plain_text_is_one_article_with_its_headers():
    batch = read_pasted("source: Harbor Daily\nWarehouse fire at Pier 7\n\nA fire destroyed a warehouse.\n")

    (article,) = batch.articles
    assert (article.id, article.source, article.title, article.text) == (
        "pasted",
        "Harbor Daily",
        "Warehouse fire at Pier 7",
        "A fire destroyed a warehouse.",
    )


def test_multinews_text_of_one_story_gives_one_article_per_part():
    batch = read_pasted("A fire destroyed a warehouse.\n|||||\nCrews fought it for six hours.\n")

    assert [(a.id, a.text) for a in batch.articles] == [
        ("pasted-1", "A fire destroyed a warehouse."),
        ("pasted-2", "Crews fought it for six hours."),
    ]


def test_each_pasted_article_may_open_with_its_own_header_lines():
    # QA: "source: ..." and "date: ..." lines of a pasted article stayed in its text (and could be chosen
    # for the summary), and the report knew no outlet or date, so relative dates went unresolved.
    batch = read_pasted(
        "date: 2024-05-07\nsource: Leeds Post\ntitle: Harbour fire guts warehouses\n"
        "A fire destroyed three warehouses on Monday.\n|||||\n"
        "source: Yorkshire Wire\nCrews fought the blaze for six hours.\n|||||\n"
        "source: Only Headers\n"
    )

    assert [(a.id, a.source, a.date, a.title, a.text) for a in batch.articles] == [
        (
            "pasted-1",
            "Leeds Post",
            dt.date(2024, 5, 7),
            "Harbour fire guts warehouses",
            "A fire destroyed three warehouses on Monday.",
        ),
        ("pasted-2", "Yorkshire Wire", None, None, "Crews fought the blaze for six hours."),
    ]
    assert [str(p) for p in batch.problems] == ["pasted: article pasted-3: no article text"]


def test_jsonl_article_lines_are_read_as_articles_and_a_bad_line_is_a_problem():
    # QA: pasted JSONL was summarized as prose, braces and keys included.
    text = "\n".join(
        [
            json.dumps({"id": "a", "text": "A fire destroyed a warehouse.", "source": "Harbor Daily"}),
            "{broken",
            json.dumps({"id": "b", "text": "Crews fought it for six hours."}),
        ]
    )

    batch = read_pasted(text)

    assert [(a.id, a.text, a.source) for a in batch.articles] == [
        ("a", "A fire destroyed a warehouse.", "Harbor Daily"),
        ("b", "Crews fought it for six hours.", None),
    ]
    assert [p.origin for p in batch.problems] == ["pasted:2"]
    assert "malformed JSON" in batch.problems[0].reason


def test_one_pasted_cluster_line_is_its_story():
    batch = read_pasted(_cluster("fire", "A fire destroyed a warehouse.", "Crews fought it.") + "\n")

    assert [a.id for a in batch.articles] == ["fire-1", "fire-2"]


@pytest.mark.parametrize(
    "text",
    [
        _cluster("fire", "A fire destroyed a warehouse.") + "\n" + _cluster("<b>quake</b>", "A quake hit."),
        "A fire destroyed a warehouse. ||||| Crews fought it. |||||\n"
        "A quake hit Padang. ||||| Rescuers dug. |||||\n",
    ],
    ids=["jsonl", "multinews"],
)
def test_several_pasted_stories_are_refused_in_one_line(text):
    # QA: a Multi-News text of several stories (one per line) was summarized as one story.
    with pytest.raises(ClusterChoiceError) as caught:
        read_pasted(text)

    message = str(caught.value)
    assert message.startswith("the pasted text holds 2 clusters (ids: ")
    assert message.endswith("); paste one story at a time")
    assert "\n" not in message and len(caught.value.ids) == 2


def test_nothing_but_blanks_is_a_problem_not_an_error():
    batch = read_pasted("  \n ")

    assert batch.articles == ()
    assert [str(p) for p in batch.problems] == ["pasted: empty file"]


def test_a_pasted_cluster_line_with_article_lines_is_refused():
    text = _cluster("fire", "A fire destroyed a warehouse.") + "\n" + json.dumps({"text": "A quake hit."})

    with pytest.raises(ClusterChoiceError) as caught:
        read_pasted(text)

    assert str(caught.value) == (
        "the pasted text holds cluster 'fire', a story of its own, and articles outside it; "
        "paste one story at a time"
    )
