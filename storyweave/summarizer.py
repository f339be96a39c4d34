"""Extractive multi-document summary: cover the most widely reported concepts within a word budget.

1. Candidates: whole sentences of a readable length (fragments, datelines and
   questions are left out).
2. Concepts: stemmed bigrams, weighted by how many articles use them, so that
   what several outlets report is what the summary covers.
3. Selection: the set of candidates that covers the most concept weight within
   the budget, solved exactly as an integer program (Gillick & Favre's concept
   coverage); covering a concept twice earns nothing, so one outlet's wording of
   a fact is chosen, not three.
4. Order: by article date where dates allow, then by article and position.
5. Citations: every article whose sentence the alignment put in the same claim.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy import sparse
from scipy.sparse import csr_matrix

from storyweave.align import Alignment
from storyweave.embed.terms import bigram_concepts
from storyweave.model import Segmented, Sentence, Summary, SummarySentence


@dataclass(frozen=True)
class SummaryOptions:
    """Knobs of the summarizer; defaults chosen on the dev sets (see BENCHMARKS.md).

    Attributes:
        words: Word budget (whitespace tokens); the summary never exceeds it.
        min_sentence_words: Shorter sentences are fragments or datelines.
        max_sentence_words: Longer ones are run-ons that spend the budget on one fact.
        time_limit: Seconds the exact solver may take before its best answer is used.
    """

    words: int = 120
    min_sentence_words: int = 8
    max_sentence_words: int = 55
    time_limit: float = 2.0

    def __post_init__(self) -> None:
        if self.words < 1:
            raise ValueError(f"word budget must be positive, got {self.words}")
        if not 1 <= self.min_sentence_words <= self.max_sentence_words:
            raise ValueError("need 1 <= min_sentence_words <= max_sentence_words")


def _candidates(docs: Sequence[Segmented], options: SummaryOptions) -> list[Sentence]:
    longest = min(options.max_sentence_words, options.words)
    out = []
    for doc in docs:
        for sentence in doc.sentences:
            n_words = len(sentence.text.split())
            starts_well = sentence.text[:1].isupper() or sentence.text[:1] in "\"\u201c"
            is_question = sentence.text.rstrip("\"'\u201d ").endswith("?")
            if options.min_sentence_words <= n_words <= longest and starts_well and not is_question:
                out.append(sentence)
    return out


def _concept_weights(docs: Sequence[Segmented]) -> dict[tuple[str, str], float]:
    """Concept → number of articles that use it (concepts of one article only count when all are single)."""
    articles_using: dict[tuple[str, str], set[str]] = defaultdict(set)
    for doc in docs:
        for sentence in doc.sentences:
            for concept in bigram_concepts(sentence.text):
                articles_using[concept].add(doc.article.id)
    min_articles = 2 if len(docs) >= 2 else 1
    return {c: float(len(a)) for c, a in articles_using.items() if len(a) >= min_articles}


def _select(
    candidates: list[Sentence], weights: dict[tuple[str, str], float], options: SummaryOptions
) -> list[Sentence]:
    """Maximise covered concept weight subject to the word budget (an exact ILP)."""
    concept_index: dict[tuple[str, str], int] = {}
    rows, cols = [], []
    for j, sentence in enumerate(candidates):
        for concept in bigram_concepts(sentence.text):
            if concept in weights:
                i = concept_index.setdefault(concept, len(concept_index))
                rows.append(i)
                cols.append(j)
    n_sent, n_conc = len(candidates), len(concept_index)
    if n_sent == 0:
        return []
    lengths = np.array([len(s.text.split()) for s in candidates], dtype=float)
    concept_weight = np.zeros(n_conc)
    for concept, i in concept_index.items():
        concept_weight[i] = weights[concept]
    # Variables: sentences (n_sent) then concepts (n_conc), all binary.
    # A tiny length reward breaks ties towards filling the budget.
    objective = -np.concatenate([lengths * 1e-4, concept_weight])
    occurs = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n_conc, n_sent))
    coverage = LinearConstraint(sparse.hstack([-occurs, sparse.identity(n_conc)]).tocsr(), -np.inf, 0)
    budget = LinearConstraint(np.concatenate([lengths, np.zeros(n_conc)])[None, :], 0, options.words)
    constraints = [budget] + ([coverage] if n_conc else [])
    result = milp(
        objective,
        constraints=constraints,
        integrality=np.ones(n_sent + n_conc),
        bounds=Bounds(0, 1),
        options={"time_limit": options.time_limit},
    )
    if result.x is None:
        return []
    return [candidates[j] for j in range(n_sent) if result.x[j] > 0.5]


def summarize(docs: Sequence[Segmented], alignment: Alignment, options: SummaryOptions | None = None) -> Summary:
    """Summarize one story from all its articles.

    Args:
        docs: The story's segmented articles, in input order.
        alignment: Claims across the articles; each summary sentence cites
            every article of its claim.
        options: Budget and knobs.

    Returns:
        At most ``options.words`` words of whole sentences, in reading order,
        each citing its articles.
    """
    options = options or SummaryOptions()
    chosen = _select(_candidates(docs, options), _concept_weights(docs), options)
    rank = {d.article.id: (d.article.date or dt.date.max, n) for n, d in enumerate(docs)}
    chosen.sort(key=lambda s: (rank[s.article_id], s.index))
    return Summary(
        sentences=tuple(
            SummarySentence(
                text=s.text,
                sentence_id=s.id,
                sources=alignment.sources_of(s),
                claim_id=alignment.claim_of_sentence.get(s.id),
            )
            for s in chosen
        ),
        word_budget=options.words,
    )
