"""The protocol scorer: cut rule, per-reference averaging, and PROTOCOL.md section 5 numbers."""

import json
from pathlib import Path

import pytest

from storyweave.eval.rouge import cut, mean_reference_budget, mean_scores, reference_sentences, score_cluster

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"


def test_cut_keeps_whole_lines_then_a_partial_one():
    lines = ["one two three", "four five", "six seven eight nine"]
    assert cut(lines, 7) == ["one two three", "four five", "six seven"]


def test_cut_stops_at_a_line_that_ends_exactly_on_the_budget():
    assert cut(["a b", "c d", "e f"], 4) == ["a b", "c d"]


@pytest.mark.parametrize("budget", [1, 2, 5, 9, 10, 50])
def test_cut_never_exceeds_the_budget(budget):
    lines = ["alpha beta gamma", "", "delta  epsilon", "zeta eta theta iota"]
    kept = cut(lines, budget)
    assert sum(len(line.split()) for line in kept) == min(budget, 9)
    # Every line but the last is an input line, whitespace collapsed.
    assert all(line in {"alpha beta gamma", "delta epsilon", "zeta eta theta iota"} for line in kept[:-1])


def test_cut_leaves_a_short_summary_as_it_is_and_drops_blank_lines():
    assert cut(["a  b", "   ", "c"], 100) == ["a b", "c"]


def test_cut_rejects_a_budget_below_one_word():
    with pytest.raises(ValueError):
        cut(["a"], 0)


def test_references_are_averaged_not_maximised():
    scores = score_cluster(["the cat sat"], ["the cat sat", "a dog ran off"], budget=10)
    assert scores["rouge1_r"] == pytest.approx(50.0)
    assert scores["rouge1_p"] == pytest.approx(50.0)


def test_score_cluster_cuts_before_scoring():
    # The words past the budget cannot add overlap.
    short = score_cluster(["storm hits coast"], ["storm hits coast today"], budget=3)
    longer = score_cluster(["storm hits coast today"], ["storm hits coast today"], budget=3)
    assert longer == short


def test_reference_sentences_split_each_line():
    text = "The storm hit. Two died.\n\n  Roads   closed."
    assert reference_sentences(text) == ["The storm hit.", "Two died.", "Roads closed."]


def test_mean_scores_average_every_key():
    first = score_cluster(["a b c"], ["a b c"], 10)
    second = score_cluster(["x y z"], ["a b c"], 10)
    assert mean_scores([first, second])["rouge1_f"] == pytest.approx(50.0)


@pytest.mark.parametrize(("lengths", "budget"), [([210, 220], 220), ([214], 210), ([115, 125], 120)])
def test_default_budget_is_mean_reference_length_rounded_to_ten(lengths, budget):
    assert mean_reference_budget([" ".join(["w"] * n) for n in lengths]) == budget


def _lead_words(dataset: str, budget: int) -> dict[str, float]:
    path = DATA / dataset / "dev.jsonl"
    if not path.is_file():
        pytest.skip(f"{path} is not beside the repo")
    clusters = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return mean_scores(
        [
            score_cluster([" ".join(c["documents"][0]["text"].split()[:budget])], c["summaries"], budget)
            for c in clusters
        ]
    )


def test_protocol_check_duc2003_recall():
    scores = _lead_words("duc2003", 100)
    assert round(scores["rouge1_r"], 2) == 30.29
    assert round(scores["rouge2_r"], 2) == 6.67


def test_protocol_check_multinews_f1():
    scores = _lead_words("multinews", 220)
    assert round(scores["rouge1_f"], 2) == 39.11
    assert round(scores["rouge2_f"], 2) == 12.71
