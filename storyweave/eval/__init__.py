"""Scorers behind ``storyweave eval``: protocol ROUGE, peer summarizers, and the runner."""

from storyweave.eval.peers import PEERS, SYSTEM_NAMES, Summarizer
from storyweave.eval.rouge import PROTOCOL_DATASETS, cut, mean_scores, score_cluster
from storyweave.eval.runner import Evaluation, SystemResult, evaluate, render_table

__all__ = [
    "PEERS",
    "PROTOCOL_DATASETS",
    "SYSTEM_NAMES",
    "Evaluation",
    "Summarizer",
    "SystemResult",
    "cut",
    "evaluate",
    "mean_scores",
    "render_table",
    "score_cluster",
]
