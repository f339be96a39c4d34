"""Lexical sentence features: stemmed content terms, bigram concepts, TF-IDF rows.

These are the cheap features that carry most of the summarizer and the
citation alignment: a 10-article cluster is featurised in a few milliseconds,
where a neural encoder needs about a second on this machine.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import snowballstemmer
from scipy import sparse

from storyweave.model import Segmented

_TOKEN = re.compile(r"[a-z0-9]+")
# snowballstemmer's Porter imports in milliseconds; NLTK's pulls in scipy.stats
# and costs a second of CLI start-up.
_STEMMER = snowballstemmer.stemmer("porter")
# Function words of English news prose, plus reporting verbs and titles that
# every article repeats and that carry no content of their own.
STOP_WORDS = frozenset(
    """a about above after again against all almost also although am among an and another any are around as
    at be because been before being below between both but by can could did do does doing down during each
    either else even ever every few for from further had has have having he her here hers herself him himself
    his how however i if in into is it its itself just least less many may me might more most much must my
    myself neither no nor not now of off on once one only or other others our ours ourselves out over own
    per rather same she should since so some such than that the their theirs them themselves then there
    these they this those though through to too under until up upon us very was we were what whatever when
    where whether which while who whom whose why will with within without would yet you your yours yourself
    said says say saying told tell according mr ms mrs""".split()
)


# Number words and their values: "fourteen" and "14" state one figure.
WORD_NUMBERS = {
    word: value
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
        " sixteen seventeen eighteen nineteen twenty".split()
    )
} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Porter stem of a lowercase word (cached: news vocabulary repeats a lot)."""
    return _STEMMER.stemWord(word) if len(word) > 3 else word


def tokens(text: str) -> list[str]:
    """Lowercase alphanumeric tokens, the same split ROUGE uses."""
    return _TOKEN.findall(text.lower())


Concept = tuple[str, str]


@dataclass(frozen=True)
class SentenceTerms:
    """The lexical features of one sentence, computed once and shared by every stage that needs them.

    Attributes:
        stems: Stems of the content (non-stop) words, in order.
        concepts: Stemmed bigrams not made of stop words only (ICSI-style concepts).
    """

    stems: tuple[str, ...]
    concepts: frozenset[Concept]


def sentence_terms(text: str) -> SentenceTerms:
    """Stems and bigram concepts of ``text`` in one pass over its tokens."""
    words = tokens(text)
    stems = [stem(w) for w in words]
    return SentenceTerms(
        stems=tuple(s for w, s in zip(words, stems, strict=True) if w not in STOP_WORDS),
        concepts=frozenset(
            (stems[i], stems[i + 1])
            for i in range(len(words) - 1)
            if not (words[i] in STOP_WORDS and words[i + 1] in STOP_WORDS)
        ),
    )


def content_stems(text: str) -> list[str]:
    """Stems of the non-stopword tokens of ``text``, in order."""
    return list(sentence_terms(text).stems)


def terms_by_sentence(docs: Sequence[Segmented]) -> dict[str, SentenceTerms]:
    """Sentence id -> terms, for every sentence of the story (computed once per run)."""
    return {s.id: sentence_terms(s.text) for doc in docs for s in doc.sentences}


def tfidf_rows(terms: Sequence[SentenceTerms], groups: Sequence[str] | None = None) -> sparse.csr_matrix:
    """L2-normalised TF-IDF rows over content stems and their bigrams.

    Args:
        terms: One sentence's terms per row.
        groups: Optional group (article id) of each row; document frequency
            is then counted over groups, so a term that every article uses is
            discounted even if few sentences carry it.

    Returns:
        A ``(len(terms), vocabulary)`` CSR matrix; dot products are cosines.
    """
    vocabulary: dict = {}
    rows, cols, counts = [], [], []
    for row, sentence in enumerate(terms):
        features = Counter(sentence.stems)
        features.update(zip(sentence.stems, sentence.stems[1:], strict=False))
        for term, count in features.items():
            rows.append(row)
            cols.append(vocabulary.setdefault(term, len(vocabulary)))
            counts.append(count)
    rows_array, cols_array = np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64)
    unit_names = list(groups) if groups is not None else list(range(len(terms)))
    unit_index = {name: i for i, name in enumerate(dict.fromkeys(unit_names))}
    unit_of_row = np.array([unit_index[name] for name in unit_names], dtype=np.int64)
    size = max(len(vocabulary), 1)
    # Document frequency: distinct (unit, term) pairs per term.
    pairs = np.unique(unit_of_row[rows_array] * size + cols_array) if rows else np.zeros(0, dtype=np.int64)
    document_frequency = np.bincount(pairs % size, minlength=len(vocabulary))
    idf = np.log((1 + len(unit_index)) / (1 + document_frequency)) + 1
    values = (1 + np.log(np.array(counts, dtype=float))) * idf[cols_array]
    matrix = sparse.csr_matrix((values, (rows_array, cols_array)), shape=(len(terms), len(vocabulary)))
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1
    return sparse.diags(1 / norms) @ matrix
