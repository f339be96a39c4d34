"""Peer summarizers that ``storyweave eval`` scores next to storyweave.

Every system gets the same input (the cluster's articles after cleaning and
sentence splitting) and follows the same budget rule (:class:`_Selection`): it
takes whole input sentences in its own order of preference, skipping exact
repeats, until the summary holds at least ``words`` words. The last sentence
may run past the budget; the protocol's :func:`~storyweave.eval.rouge.cut`
drops what lies beyond it, so no system gains from it. Summaries are returned
in selection order, so the sentence that gets cut is the least preferred one.

Systems:
    lead             first sentences of the first document.
    lead-rr          round-robin: first sentence of each document, then the second, ...
    sumy-lexrank, textrank, lsa, sumbasic, kl
                     sumy's rankers, run on our sentences (no NLTK data needed).
    lexrank          the ``lexrank`` package, idf fitted on the cluster's sentences.
    centroid         sentence embeddings ranked by cosine to their centroid.
    mmr              maximal marginal relevance over TF-IDF vectors.
    oracle           greedy ROUGE-2 against the references: a ceiling, not a system.
    storyweave       :func:`storyweave.api.summarize`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

import numpy as np

from storyweave.embed import Encoder, default_encoder
from storyweave.eval.rouge import Metric, cut
from storyweave.model import Segmented


@runtime_checkable
class Summarizer(Protocol):
    """An extractive summarizer: sentences of the input in, a word budget honoured.

    ``summarize`` returns sentences copied from ``docs``, filled up to (and at
    most one sentence past) ``words`` words.
    """

    name: str

    def summarize(self, docs: Sequence[Segmented], words: int) -> list[str]: ...


class _Selection:
    """The shared budget rule: whole sentences until ``words`` words are reached."""

    def __init__(self, words: int) -> None:
        if words < 1:
            raise ValueError(f"words must be at least 1, got {words}")
        self.words = words
        self.lines: list[str] = []
        self.used = 0
        self._seen: set[str] = set()

    @property
    def full(self) -> bool:
        return self.used >= self.words

    def accepts(self, text: str) -> bool:
        """Whether ``text`` is non-blank and not an exact (case/space-insensitive) repeat."""
        key = " ".join(text.lower().split())
        return bool(key) and key not in self._seen

    def add(self, text: str) -> None:
        self._seen.add(" ".join(text.lower().split()))
        self.lines.append(text)
        self.used += len(text.split())


def _fill(texts: Iterable[str], words: int) -> list[str]:
    """Take ``texts`` in order under the shared budget rule."""
    selection = _Selection(words)
    for text in texts:
        if selection.full:
            break
        if selection.accepts(text):
            selection.add(text)
    return selection.lines


def _texts(docs: Sequence[Segmented]) -> list[str]:
    """Every input sentence, document by document."""
    return [sentence.text for doc in docs for sentence in doc.sentences]


@dataclass(frozen=True)
class Lead:
    """The classic DUC baseline: the first document's opening sentences."""

    name: str = "lead"

    def summarize(self, docs: Sequence[Segmented], words: int) -> list[str]:
        return _fill((s.text for s in docs[0].sentences) if docs else (), words)


@dataclass(frozen=True)
class LeadRoundRobin:
    """Lead sentences of every document in turn: each one's first, then each one's second, ..."""

    name: str = "lead-rr"

    def summarize(self, docs: Sequence[Segmented], words: int) -> list[str]:
        depth = max((len(doc.sentences) for doc in docs), default=0)
        return _fill(
            (doc.sentences[i].text for i in range(depth) for doc in docs if i < len(doc.sentences)), words
        )


class _WordTokenizer:
    """sumy's tokenizer interface without NLTK: words are runs of letters and digits."""

    _WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")

    def to_words(self, text: str) -> list[str]:
        return self._WORD.findall(text)


@dataclass(frozen=True)
class SumyPeer:
    """One of sumy's sentence rankers run on our sentences.

    The sumy document is built from our sentences (one sumy paragraph per
    paragraph of each article), so sumy needs no sentence splitter and no NLTK
    data. sumy's English Snowball stemmer and stop words ship with sumy and
    nltk and work offline.

    Args:
        name: Row name in the results.
        summarizer: The sumy summarizer class (``sumy.summarizers.*``).
    """

    name: str
    summarizer: type

    def summarize(self, docs: Sequence[Segmented], words: int) -> list[str]:
        from sumy.models.dom import ObjectDocumentModel, Paragraph
        from sumy.models.dom import Sentence as SumySentence
        from sumy.nlp.stemmers import Stemmer
        from sumy.utils import get_stop_words

        texts = _texts(docs)
        if not texts:
            return []
        tokenizer = _WordTokenizer()
        paragraphs = []
        for doc in docs:
            by_paragraph: dict[int, list[SumySentence]] = {}
            for sentence in doc.sentences:
                by_paragraph.setdefault(sentence.paragraph, []).append(SumySentence(sentence.text, tokenizer))
            paragraphs.extend(Paragraph(sentences) for sentences in by_paragraph.values())
        ranker = self.summarizer(Stemmer("english"))
        ranker.stop_words = get_stop_words("english")
        ranked: list[int] = []

        def keep_ranking(infos: list) -> list:
            # sumy calls this "count" with sentences sorted best first; record the
            # ranking (its ``order`` is the sentence's index in the document) and
            # choose by word budget ourselves.
            ranked.extend(info.order for info in infos)
            return []

        ranker(ObjectDocumentModel(paragraphs), keep_ranking)
        return _fill((texts[i] for i in ranked), words)


@dataclass(frozen=True)
class LexRankPeer:
    """The ``lexrank`` package's LexRank with its English stop words, fitted on the cluster alone.

    Its idf is fitted with each of the cluster's sentences as one "document".
    With the cluster's articles as documents instead, a topic word found in
    every article gets idf 0 and drops out of every similarity; that scored
    lower on all four dev sets (R-2, headline metric: duc2003 5.33 vs 8.43,
    multinews 11.81 vs 13.46, allsides 16.03 vs 16.70, multiling 14.38 vs 16.73).

    Args:
        threshold: Similarity above which two sentences are linked; None uses
            weighted (continuous) LexRank. 0.1 is the package README's example
            and Erkan & Radev's best discrete setting; None was within 0.3 R-2
            of it on all four dev sets (ahead on three, behind on multinews).
    """

    name: str = "lexrank"
    threshold: float | None = 0.1

    def summarize(self, docs: Sequence[Segmented], words: int) -> list[str]:
        from lexrank import STOPWORDS, LexRank

        texts = _texts(docs)
        if not texts:
            return []
        try:
            ranker = LexRank([[text] for text in texts], stopwords=STOPWORDS["en"])
        except ValueError:  # "documents are not informative": no word survives its filters
            return _fill(texts, words)
        scores = ranker.rank_sentences(texts, threshold=self.threshold)
        order = np.argsort(-np.asarray(scores), kind="stable")
        return _fill((texts[i] for i in order), words)


def _greedy(
    vectors: np.ndarray, texts: Sequence[str], words: int, gain: Callable[[np.ndarray, list[int]], np.ndarray]
) -> list[str]:
    """Pick sentences one at a time by ``gain(vectors, chosen)`` until the budget is filled.

    ``gain`` returns one score per sentence; rows scored ``-inf`` are never picked.
    """
    selection = _Selection(words)
    chosen: list[int] = []
    blocked = np.array([not selection.accepts(text) for text in texts], dtype=bool)
    while not selection.full and not blocked.all():
        scores = np.where(blocked, -np.inf, gain(vectors, chosen))
        best = int(np.argmax(scores))
        if not np.isfinite(scores[best]):
            break
        chosen.append(best)
        selection.add(texts[best])
        blocked |= np.array([not selection.accepts(text) for text in texts], dtype=bool)
    return selection.lines


def _centroid(vectors: np.ndarray) -> np.ndarray:
    mean = vectors.mean(axis=0)
    norm = np.linalg.norm(mean)
    return mean / norm if norm else mean


@dataclass(frozen=True)
class EmbeddingCentroid:
    """Sentences closest (cosine) to the mean of the cluster's sentence embeddings.

    Args:
        encoder: Sentence encoder; the default MiniLM when None.
        redundancy: A sentence whose cosine to an already chosen one exceeds
            this is skipped. Swept 0.8/0.85/0.9/0.95/off on the four dev sets:
            0.8 was best or tied on three (differences under 0.1 R-2), and
            off was worst on all four.
    """

    name: str = "centroid"
    encoder: Encoder | None = field(default=None, compare=False)
    redundancy: float = 0.8

    def summarize(self, docs: Sequence[Segmented], words: int) -> list[str]:
        texts = _texts(docs)
        if not texts:
            return []
        vectors = (self.encoder or default_encoder()).encode(texts)
        relevance = vectors @ _centroid(vectors)

        def gain(vectors: np.ndarray, chosen: list[int]) -> np.ndarray:
            if not chosen:
                return relevance
            similar = (vectors @ vectors[chosen].T).max(axis=1) > self.redundancy
            return np.where(similar, -np.inf, relevance)

        return _greedy(vectors, texts, words, gain)


@dataclass(frozen=True)
class MMR:
    """Maximal marginal relevance (Carbonell & Goldstein 1998) with the cluster centroid as query.

    Each step picks ``argmax lambda * cos(s, centroid) - (1 - lambda) * max cos(s, chosen)``.

    Args:
        trade_off: lambda; 0.7 weighs relevance over novelty as is usual for news.
        representation: ``"tfidf"`` (sublinear TF-IDF over the cluster's
            sentences, English stop words removed) or ``"embedding"`` (the
            encoder's vectors). TF-IDF scored higher R-2 (headline metric) on
            all four dev sets: duc2003 9.15 vs 6.25, multinews 14.69 vs 13.90,
            allsides 17.32 vs 16.68, multiling 17.82 vs 13.88.
        encoder: Used for ``"embedding"``; the default MiniLM when None.
    """

    name: str = "mmr"
    trade_off: float = 0.7
    representation: str = "tfidf"
    encoder: Encoder | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self.representation not in ("tfidf", "embedding"):
            raise ValueError(f"representation must be 'tfidf' or 'embedding', got {self.representation!r}")
        if not 0 <= self.trade_off <= 1:
            raise ValueError(f"trade_off must be within 0..1, got {self.trade_off}")

    def _vectors(self, texts: Sequence[str]) -> np.ndarray:
        if self.representation == "embedding":
            return (self.encoder or default_encoder()).encode(texts)
        from sklearn.feature_extraction.text import TfidfVectorizer

        try:
            matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts)
        except ValueError:  # no word survives stop-word removal: nothing to rank by
            return np.zeros((len(texts), 1))
        return matrix.toarray()

    def summarize(self, docs: Sequence[Segmented], words: int) -> list[str]:
        texts = _texts(docs)
        if not texts:
            return []
        vectors = self._vectors(texts)
        relevance = vectors @ _centroid(vectors)

        def gain(vectors: np.ndarray, chosen: list[int]) -> np.ndarray:
            novelty = (vectors @ vectors[chosen].T).max(axis=1) if chosen else 0.0
            return self.trade_off * relevance - (1 - self.trade_off) * novelty

        return _greedy(vectors, texts, words, gain)


@dataclass(frozen=True)
class GreedyRouge2Oracle:
    """A ceiling: sentences chosen greedily to maximise ROUGE-2 against the references.

    It sees the references, so it is not a system; it shows how much ROUGE-2 the
    input sentences allow under the budget. Each step adds the sentence that
    most raises the reference-averaged ROUGE-2 ``metric`` of the cut summary,
    and stops when none raises it.

    Args:
        references: The cluster's reference summaries.
        metric: ``"recall"`` or ``"f1"``, the dataset's headline metric.
    """

    references: tuple[str, ...]
    metric: Metric = "f1"
    name: str = "oracle"

    def summarize(self, docs: Sequence[Segmented], words: int) -> list[str]:
        from rouge_score import rouge_scorer, tokenizers

        tokenizer = tokenizers.DefaultTokenizer(use_stemmer=True)
        targets = [rouge_scorer._create_ngrams(tokenizer.tokenize(ref), 2) for ref in self.references]
        texts = [text for text in dict.fromkeys(_texts(docs)) if text.split()]
        tokens = [tokenizer.tokenize(text) for text in texts]

        def value(lines: list[int]) -> float:
            kept = cut([texts[i] for i in lines], words)
            # Whole lines reuse their tokens; only a cut last line is tokenized again.
            pieces = [tokens[i] for i in lines[: len(kept) - 1]]
            last = lines[len(kept) - 1]
            pieces.append(tokens[last] if kept[-1] == texts[last] else tokenizer.tokenize(kept[-1]))
            predicted = rouge_scorer._create_ngrams([t for piece in pieces for t in piece], 2)
            scores = [rouge_scorer._score_ngrams(target, predicted) for target in targets]
            return sum(s.recall if self.metric == "recall" else s.fmeasure for s in scores) / len(scores)

        chosen: list[int] = []
        best_value = 0.0
        used = 0
        while used < words:
            candidates = [i for i in range(len(texts)) if i not in chosen]
            if not candidates:
                break
            values = {i: value([*chosen, i]) for i in candidates}
            best = max(candidates, key=values.__getitem__)
            if values[best] <= best_value:
                break
            chosen.append(best)
            best_value = values[best]
            used += len(texts[best].split())
        return [texts[i] for i in chosen]


@dataclass(frozen=True)
class StoryweavePeer:
    """storyweave itself, through :func:`storyweave.api.summarize` on the cleaned articles."""

    name: str = "storyweave"

    def summarize(self, docs: Sequence[Segmented], words: int) -> list[str]:
        # Imported here: storyweave.api imports this package for ``evaluate``.
        from storyweave import api

        if not docs:
            return []
        report = api.summarize([doc.article for doc in docs], words=words)
        return [sentence.text for sentence in report.summary.sentences]


def _sumy(name: str, module: str, class_name: str) -> Callable[[], Summarizer]:
    def make() -> Summarizer:
        import importlib

        return SumyPeer(name, getattr(importlib.import_module(f"sumy.summarizers.{module}"), class_name))

    return make


# Registry for ``--systems``: name -> factory. The oracle needs each cluster's
# references, so the runner builds it per cluster (``ORACLE``).
PEERS: Mapping[str, Callable[[], Summarizer]] = {
    "lead": Lead,
    "lead-rr": LeadRoundRobin,
    "sumy-lexrank": _sumy("sumy-lexrank", "lex_rank", "LexRankSummarizer"),
    "textrank": _sumy("textrank", "text_rank", "TextRankSummarizer"),
    "lsa": _sumy("lsa", "lsa", "LsaSummarizer"),
    "sumbasic": _sumy("sumbasic", "sum_basic", "SumBasicSummarizer"),
    "kl": _sumy("kl", "kl", "KLSummarizer"),
    "lexrank": LexRankPeer,
    "centroid": EmbeddingCentroid,
    "mmr": MMR,
    "storyweave": StoryweavePeer,
}
ORACLE = "oracle"
SYSTEM_NAMES = (*PEERS, ORACLE)
