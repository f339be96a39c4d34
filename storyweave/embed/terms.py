"""Lexical sentence features: stemmed content terms, bigram concepts, TF-IDF rows.

These are the cheap features that carry most of the summarizer and the
citation alignment: a 10-article cluster is featurised in a few milliseconds,
where a neural encoder needs about a second on this machine.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
import snowballstemmer
from scipy import sparse

_TOKEN = re.compile(r"[a-z0-9]+")
# snowballstemmer's Porter imports in milliseconds; NLTK's pulls in scipy.stats
# and costs a second of CLI start-up.
_STEMMER = snowballstemmer.stemmer("porter")
# Function words of English news prose, plus reporting verbs and titles that
# every article repeats and that carry no content of their own.
STOP_WORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "almost",
        "also",
        "although",
        "am",
        "among",
        "an",
        "and",
        "another",
        "any",
        "are",
        "around",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "either",
        "else",
        "even",
        "ever",
        "every",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "however",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "least",
        "less",
        "many",
        "may",
        "me",
        "might",
        "more",
        "most",
        "much",
        "must",
        "my",
        "myself",
        "neither",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "one",
        "only",
        "or",
        "other",
        "others",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "per",
        "rather",
        "same",
        "she",
        "should",
        "since",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "though",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "upon",
        "us",
        "very",
        "was",
        "we",
        "were",
        "what",
        "whatever",
        "when",
        "where",
        "whether",
        "which",
        "while",
        "who",
        "whom",
        "whose",
        "why",
        "will",
        "with",
        "within",
        "without",
        "would",
        "yet",
        "you",
        "your",
        "yours",
        "yourself",
        "said",
        "says",
        "say",
        "saying",
        "told",
        "tell",
        "according",
        "mr",
        "ms",
        "mrs",
    ]
)


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Porter stem of a lowercase word (cached: news vocabulary repeats a lot)."""
    return _STEMMER.stemWord(word) if len(word) > 3 else word


def tokens(text: str) -> list[str]:
    """Lowercase alphanumeric tokens, the same split ROUGE uses."""
    return _TOKEN.findall(text.lower())


def content_stems(text: str) -> list[str]:
    """Stems of the non-stopword tokens, in order."""
    return [stem(t) for t in tokens(text) if t not in STOP_WORDS]


def bigram_concepts(text: str) -> set[tuple[str, str]]:
    """Stemmed bigrams that are not made of stop words only (ICSI-style concepts)."""
    words = tokens(text)
    return {
        (stem(a), stem(b))
        for a, b in zip(words, words[1:], strict=False)
        if not (a in STOP_WORDS and b in STOP_WORDS)
    }


def tfidf_rows(texts: Sequence[str], groups: Sequence[str] | None = None) -> sparse.csr_matrix:
    """L2-normalised TF-IDF rows over content stems and their bigrams.

    Args:
        texts: One text per row.
        groups: Optional group (article id) of each text; document frequency
            is then counted over groups, so a term that every article uses is
            discounted even if few sentences carry it.

    Returns:
        A ``(len(texts), vocabulary)`` CSR matrix; dot products are cosines.
    """
    features = []
    for text in texts:
        stems = content_stems(text)
        features.append(Counter(stems + [f"{a} {b}" for a, b in zip(stems, stems[1:], strict=False)]))
    units = groups if groups is not None else range(len(texts))
    seen: dict[str, set] = {}
    for unit, feats in zip(units, features, strict=True):
        for term in feats:
            seen.setdefault(term, set()).add(unit)
    vocabulary = {term: i for i, term in enumerate(seen)}
    n_units = len(set(units))
    idf = np.array([math.log((1 + n_units) / (1 + len(seen[t]))) + 1 for t in vocabulary])
    rows, cols, values = [], [], []
    for r, feats in enumerate(features):
        for term, count in feats.items():
            rows.append(r)
            cols.append(vocabulary[term])
            values.append((1 + math.log(count)) * idf[vocabulary[term]])
    matrix = sparse.csr_matrix((values, (rows, cols)), shape=(len(texts), len(vocabulary)))
    norms = np.sqrt(matrix.multiply(matrix).sum(axis=1)).A1
    norms[norms == 0] = 1
    return sparse.diags(1 / norms) @ matrix
