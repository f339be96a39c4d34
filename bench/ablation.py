"""Ablation of the summarizer: each component switched off in turn, scored as PROTOCOL.md says.

Run from the repository root, with ../shared beside it:

    python bench/ablation.py            # all four dev sets -> a Markdown table on stdout

Each row changes one SummaryOptions field from its default; scores are the
headline metric (recall for duc2003, F1 elsewhere) x100 over the dev file.
"""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from storyweave.api import summarize
from storyweave.clean import clean_all
from storyweave.eval.rouge import PROTOCOL_DATASETS, mean_scores, score_cluster
from storyweave.ingest import read_clusters
from storyweave.summarizer import SummaryOptions

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
ABLATIONS = {
    "storyweave (defaults)": {},
    "no lead bonus (lead_weight=0)": {"lead_weight": 0.0},
    "linear support (support_power=1)": {"support_power": 1.0},
    "no headline concepts (title_weight=0)": {"title_weight": 0.0},
    "no candidate pruning (max_candidates=10000)": {"max_candidates": 10_000},
    "no length filter (1..10000 words)": {"min_sentence_words": 1, "max_sentence_words": 10_000},
    "no single-outlet concepts (rare_concept_weight=0)": {"rare_concept_weight": 0.0},
    "no lead-sentence bonus (lead_sentence_weight=0)": {"lead_sentence_weight": 0.0},
    "neither (the previous default without its lead fill)": {
        "rare_concept_weight": 0.0,
        "lead_sentence_weight": 0.0,
    },
    "repeats allowed (avoid_repeats=False)": {"avoid_repeats": False},
    "restatements allowed (repeat_containment=1)": {"repeat_containment": 1.0},
    "one figure twice allowed (figure_repeat_containment=0)": {"figure_repeat_containment": 0.0},
    "back-referring openers allowed (self_contained=False)": {"self_contained": False},
    "pronoun-credited quotes allowed (named_speakers=False)": {"named_speakers": False},
    "teasers cut short allowed (skip_cut_short=False)": {"skip_cut_short": False},
    "quotes unlimited (max_quote_share=1)": {"max_quote_share": 1.0},
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="duc2003,multinews,allsides,multiling2011_en")
    parser.add_argument(
        "--only", help="comma-separated row labels' first words, e.g. 'storyweave,pronoun-credited'"
    )
    args = parser.parse_args()
    rows = {
        label: change
        for label, change in ABLATIONS.items()
        if not args.only or label.split()[0] in args.only.split(",")
    }
    sets = args.sets.split(",")
    clusters = {name: read_clusters(DATA / name / "dev.jsonl") for name in sets}
    articles = {name: [clean_all(c.articles).articles for c in clusters[name]] for name in sets}
    print("| variant | " + " | ".join(f"{name} R-1 / R-2 / R-Lsum" for name in sets) + " |")
    print("|---|" + "---|" * len(sets))
    for label, change in rows.items():
        cells = []
        for name in sets:
            rule = PROTOCOL_DATASETS[name]
            options = dataclasses.replace(SummaryOptions(words=rule.budget), **change)
            per_cluster = [
                score_cluster(
                    [s.text for s in summarize(docs, words=rule.budget, options=options).summary.sentences],
                    cluster.references,
                    rule.budget,
                )
                for cluster, docs in zip(clusters[name], articles[name], strict=True)
            ]
            mean = mean_scores(per_cluster)
            suffix = "r" if rule.metric == "recall" else "f"
            cells.append(
                " / ".join(f"{mean[f'{t}_{suffix}']:.2f}" for t in ("rouge1", "rouge2", "rougeLsum"))
            )
        print(f"| {label} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
