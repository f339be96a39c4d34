import json
from pathlib import Path

import numpy as np
import pytest

from storyweave.errors import BadInputError
from storyweave.eval.grouping import (
    BCubed,
    bcubed,
    evaluate_groups,
    read_gold,
    render_grouping_table,
    write_assignments,
)
from storyweave.model import Article

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"


def _sets(gold):
    return {article: frozenset([story]) for article, story in gold.items()}


def test_bcubed_perfect_and_all_in_one():
    gold = {"a": "x", "b": "x", "c": "y"}
    assert bcubed(gold, _sets(gold)) == BCubed(1.0, 1.0, 1.0)
    lumped = bcubed({"a": 1, "b": 1, "c": 1}, _sets(gold))
    assert lumped.recall == 1.0
    assert lumped.precision == pytest.approx((2 / 3 + 2 / 3 + 1 / 3) / 3)


def test_bcubed_all_singletons():
    scores = bcubed({"a": 1, "b": 2, "c": 3}, _sets({"a": "x", "b": "x", "c": "y"}))
    assert scores.precision == 1.0
    assert scores.recall == pytest.approx((1 / 2 + 1 / 2 + 1) / 3)


def test_bcubed_needs_the_same_articles():
    with pytest.raises(ValueError):
        bcubed({"a": 1}, {"b": {1}})
    with pytest.raises(ValueError, match="set of stories"):
        bcubed({"a": 1}, {"a": "x"})  # a story name is no set of stories


def test_bcubed_of_an_article_in_two_gold_stories_is_amigos_extended_bcubed():
    # Amigó et al. 2009, section 5: "c" is in both gold stories; one predicted story per article.
    gold = {"a": {"x"}, "b": {"y"}, "c": {"x", "y"}}
    together = bcubed({"a": 1, "b": 2, "c": 1}, gold)
    # Precision: everything "c" shares a story with shares a gold story with it.
    assert together.precision == 1.0
    # Recall: a sees a and c (2 of 2); b sees b but not c (1 of 2); c counts itself 1/2, a 1, misses b.
    assert together.recall == pytest.approx((1 + 1 / 2 + (1 / 2 + 1) / 3) / 3)


class FakeEncoder:
    """Embeds a text as the one-hot of its first word's topic, so HDBSCAN's input is known."""

    dim = 3

    def encode(self, texts):
        topics = ["quake", "strike", "vote"]
        rows = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            first = text.split()[0].lower()
            rows[i, topics.index(first) if first in topics else 0] = 1
        return rows + 0.001 * np.arange(len(texts))[:, None]


@pytest.fixture
def clustering_file(tmp_path):
    lines = []
    texts = {
        "quake": "Quake hits Sumatra; rescuers search collapsed buildings in Padang after the tremor.",
        "strike": "Strike halts Deutsche Bahn trains as unions and managers fail to agree on wages.",
    }
    for n in range(3):
        for topic, text in texts.items():
            lines.append(
                {
                    "id": f"{topic}{n}",
                    "title": None,
                    "date": f"2024-03-0{n + 1}",
                    "text": f"{topic} {text} Update {n}: more details emerged.",
                    "cluster": topic,
                }
            )
    lines.append(
        {
            "id": "quake0",
            "date": "2024-03-04",
            "text": "Quake aftershock rattles Padang again.",
            "cluster": "quake",
        }
    )
    path = tmp_path / "stream.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    return path


def test_read_gold_matches_renamed_ids_to_their_lines(clustering_file):
    articles, gold = read_gold(clustering_file)
    assert len(articles) == 7
    assert gold[articles[-1].id] == {"quake"}
    assert articles[-1].id == "quake0-2"


def test_evaluate_groups_scores_every_system(clustering_file):
    evaluation = evaluate_groups(clustering_file, encoder=FakeEncoder())
    assert [row.name for row in evaluation.rows] == ["storyweave", "tfidf-agglomerative", "hdbscan-minilm"]
    assert (evaluation.articles, evaluation.gold_stories) == (7, 2)
    for row in evaluation.rows:
        assert 0 <= row.precision <= 1 and 0 <= row.recall <= 1 and row.stories >= 1
    table = render_grouping_table(evaluation)
    assert "storyweave" in table and "2 gold stories" in table


def test_write_assignments_keeps_article_order(tmp_path):
    articles = [Article(id="b", text="x"), Article(id="a", text="y")]
    out = tmp_path / "groups.jsonl"
    with open(out, "w", encoding="utf-8") as stream:
        write_assignments(articles, {"a": "s0001", "b": "s0002"}, stream)
    assert [json.loads(line) for line in out.read_text().splitlines()] == [
        {"id": "b", "story": "s0002"},
        {"id": "a", "story": "s0001"},
    ]


@pytest.mark.skipif(not SHARED.exists(), reason="shared dev data not available")
def test_online_grouper_on_allsides_dev_without_baselines():
    """A floor well under the measured F1 (0.90, bench/bench_grouping.py), to catch a broken grouper."""
    evaluation = evaluate_groups(SHARED / "clustering_allsides" / "dev.jsonl", baselines=False)
    assert evaluation.rows[0].f1 > 0.8


def test_an_article_without_gold_story_is_skipped_with_a_warning(tmp_path, caplog):
    path = tmp_path / "hand.jsonl"
    lines = [
        {"id": "a", "text": "Quake hits Padang; rescuers search the rubble.", "cluster": "quake"},
        {"id": "b", "text": "Aftershock rattles Padang as rescuers search.", "cluster": "quake"},
        {"id": "c", "text": "Strike halts Deutsche Bahn trains across Germany."},
        {"id": "d", "text": "Unions extend the Deutsche Bahn strike.", "cluster": "strike"},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n{not json\n", encoding="utf-8")

    evaluation = evaluate_groups(path, baselines=False)

    assert (evaluation.articles, evaluation.gold_stories) == (3, 2)
    assert [(p.origin, p.reason.split(" (")[0]) for p in evaluation.problems] == [
        (f"{path}:5", "malformed JSON"),
        (f"{path}:3", "no gold story"),
    ]
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert sum(f"{path}:3" in message for message in warnings) == 1


def test_read_gold_without_problems_stays_strict(tmp_path):
    path = tmp_path / "hand.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "Quake hits Padang."}) + "\n", encoding="utf-8")
    with pytest.raises(BadInputError, match=r"hand\.jsonl:1: no gold story"):
        read_gold(path)


def test_empty_file_names_its_problem_once(tmp_path, caplog):
    path = tmp_path / "empty.jsonl"
    path.write_text("", encoding="utf-8")
    with pytest.raises(BadInputError, match="no readable articles"):
        evaluate_groups(path, baselines=False)
    assert sum("empty file" in r.getMessage() for r in caplog.records) == 1


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_read_gold_reads_the_file_as_the_article_reader_does(tmp_path, encoding):
    # QA: a byte-order mark, accepted by the article reader, crashed the gold reader's own json.loads.
    path = tmp_path / "marked.jsonl"
    lines = [
        {"id": "a", "text": "Quake hits Padang.", "cluster": "q"},
        {"id": "b", "text": "Rain.", "cluster": "r"},
    ]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding=encoding)
    articles, gold = read_gold(path)
    assert [a.id for a in articles] == ["a", "b"]
    assert gold == {"a": {"q"}, "b": {"r"}}


def test_an_article_on_two_lines_of_two_gold_stories_is_one_article_in_both(tmp_path):
    # QA: 9 TDT dev articles are on two lines (same id and text, two gold stories). Read as two
    # articles, the copy counted the article twice and, grouped with its twin, as a wrong member
    # of its own story: an error no grouper could avoid.
    path = tmp_path / "stream.jsonl"
    lines = [
        {"id": "a", "text": "Quake hits Padang.", "cluster": "quake"},
        {"id": "b", "text": "Aid reaches Padang.", "cluster": "aid"},
        {"id": "a", "text": "Quake hits Padang.", "cluster": "aid"},
        {"id": "a", "text": "Another article under the same id.", "cluster": "quake"},
    ]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")

    articles, gold = read_gold(path)

    assert [a.id for a in articles] == ["a", "b", "a-3"]
    assert gold == {"a": {"quake", "aid"}, "b": {"aid"}, "a-3": {"quake"}}
    evaluation = evaluate_groups(path, baselines=False)
    assert (evaluation.articles, evaluation.gold_stories) == (3, 2)
