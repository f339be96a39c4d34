"""ROUGE scoring exactly as ``shared/data/PROTOCOL.md`` prescribes.

Every summarization number the project reports goes through this module, so
ours and the baselines' can sit side by side:

1. The system's sentences are cut after the B-th whitespace word (:func:`cut`).
2. Each reference is split into sentences with blingfire, one per line, so
   ROUGE-Lsum sees sentences (:func:`reference_sentences`).
3. ``rouge-score`` (``use_stemmer=True``) scores the cut summary against each
   reference separately; precision, recall and F1 are averaged over the
   references (not the maximum, which ``score_multi`` would take) and scaled
   by 100 (:func:`score_cluster`).
4. Per-cluster numbers are averaged over the file (:func:`mean_scores`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

import blingfire
from rouge_score import rouge_scorer

ROUGE_TYPES = ("rouge1", "rouge2", "rougeLsum")
Metric = Literal["recall", "f1"]
# Suffix of a score key for each reported statistic: ``rouge2_r`` is ROUGE-2 recall.
STATISTICS = {"precision": "p", "recall": "r", "f1": "f"}

_SCORER = rouge_scorer.RougeScorer(list(ROUGE_TYPES), use_stemmer=True)


@dataclass(frozen=True)
class DatasetRule:
    """The protocol's fixed budget and headline metric for one dev set."""

    budget: int
    metric: Metric


# PROTOCOL.md section 2.
PROTOCOL_DATASETS: Mapping[str, DatasetRule] = {
    "duc2003": DatasetRule(100, "recall"),
    "multinews": DatasetRule(220, "f1"),
    "allsides": DatasetRule(120, "f1"),
    "multiling2011_en": DatasetRule(250, "f1"),
}


def reference_sentences(text: str) -> list[str]:
    """Split a reference summary into sentences, as the protocol does for ROUGE-Lsum.

    Each line is whitespace-collapsed and split with blingfire; blank pieces are dropped.
    """
    return [
        sentence
        for line in text.split("\n")
        if line.split()
        for sentence in blingfire.text_to_sentences(" ".join(line.split())).split("\n")
        if sentence.strip()
    ]


def cut(lines: Sequence[str], budget: int) -> list[str]:
    """Cut a summary after its ``budget``-th whitespace word.

    Whole lines are kept while they fit; the line that reaches the budget keeps
    only its first words up to it. Blank lines are dropped and each line's
    whitespace is collapsed.

    Args:
        lines: The summary, one sentence per item.
        budget: Word budget B (at least 1).

    Returns:
        At most ``budget`` words, in the same lines.
    """
    if budget < 1:
        raise ValueError(f"budget must be at least 1 word, got {budget}")
    out: list[str] = []
    used = 0
    for line in lines:
        words = line.split()
        if not words:
            continue
        if used + len(words) >= budget:
            return [*out, " ".join(words[: budget - used])]
        out.append(" ".join(words))
        used += len(words)
    return out


def score_cluster(sentences: Sequence[str], references: Sequence[str], budget: int) -> dict[str, float]:
    """Score one cluster's summary against its references.

    Args:
        sentences: The system's summary, one sentence per item (uncut).
        references: The cluster's reference summaries (at least one).
        budget: Word budget B; the summary is cut to it first.

    Returns:
        ``{"rouge1_p": ..., "rouge1_r": ..., "rouge1_f": ..., "rouge2_p": ..., ...,
        "rougeLsum_f": ...}``, each ×100 and averaged over the references.
    """
    if not references:
        raise ValueError("a cluster needs at least one reference summary to be scored")
    prediction = "\n".join(cut(sentences, budget))
    total = dict.fromkeys(score_keys(), 0.0)
    for reference in references:
        scores = _SCORER.score("\n".join(reference_sentences(reference)), prediction)
        for rouge_type in ROUGE_TYPES:
            score = scores[rouge_type]
            total[f"{rouge_type}_p"] += 100 * score.precision / len(references)
            total[f"{rouge_type}_r"] += 100 * score.recall / len(references)
            total[f"{rouge_type}_f"] += 100 * score.fmeasure / len(references)
    return total


def score_keys() -> list[str]:
    """Every key :func:`score_cluster` returns, R-1 first, P/R/F within each type."""
    return [f"{rouge_type}_{suffix}" for rouge_type in ROUGE_TYPES for suffix in STATISTICS.values()]


def mean_scores(per_cluster: Sequence[Mapping[str, float]]) -> dict[str, float]:
    """Average per-cluster scores over the clusters of a file (protocol section 3)."""
    if not per_cluster:
        raise ValueError("no clusters to average")
    return {key: sum(scores[key] for scores in per_cluster) / len(per_cluster) for key in score_keys()}


def mean_reference_budget(references: Sequence[str]) -> int:
    """The protocol's default budget: mean reference length in words, rounded to the nearest 10."""
    if not references:
        raise ValueError("no reference summaries to take a budget from")
    mean = sum(len(reference.split()) for reference in references) / len(references)
    # Half rounds up (not Python's round-half-even), as "rounded to the nearest 10" reads.
    return max(10, int(mean / 10 + 0.5) * 10)
