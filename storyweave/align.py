"""Align sentences across articles into claims: one piece of information, every article that states it.

Two sentences from different articles state the same information when their
lexical similarity (TF-IDF cosine over stems and stem bigrams) is high, or,
when an encoder is given, when their embeddings are close; the encoder catches
paraphrases that share few words. Claims are built greedily around the
sentences with the widest cross-article support, one supporting sentence per
article, so a claim never counts an article twice. A claim's corroboration is
counted in outlets, not articles: two articles from one outlet (same
``Article.source``) count once. Two sentences that give
different numbers (each has one the other lacks: "14 workers" and "40 workers")
never share a claim, however alike their words: an outlet that contradicts a
figure must not be cited as confirming it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from storyweave.embed import Encoder
from storyweave.embed.terms import WORD_NUMBERS, SentenceTerms, terms_by_sentence, tfidf_rows, word_count
from storyweave.model import Article, Claim, Segmented, Sentence

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*|\b(?:" + "|".join(WORD_NUMBERS) + r")\b", re.IGNORECASE)


def _numbers(text: str) -> frozenset[str]:
    """The numbers ``text`` gives, as digits ("Fourteen" and "14" are one number; "1,200" is "1200")."""
    found = set()
    for match in _NUMBER.findall(text):
        value = WORD_NUMBERS.get(match.lower())
        found.add(match.replace(",", "") if value is None else str(value))
    return frozenset(found)


def _outlet(article: Article) -> tuple[str, str]:
    """Who published ``article``: its source, case- and spacing-blind, else the article alone."""
    if article.source and article.source.strip():
        return ("source", " ".join(article.source.split()).casefold())
    return ("article", article.id)


@dataclass(frozen=True)
class AlignOptions:
    """Thresholds of the sentence alignment.

    Attributes:
        lexical_threshold: TF-IDF cosine at or above which two sentences of
            different articles carry the same information.
        semantic_threshold: Embedding cosine for the same, used only with an
            encoder.
        containment_threshold: Share of a sentence's bigram concepts that
            another sentence must repeat to carry its information; this
            catches a fact restated inside a longer sentence about more.
        semantic_floor: Embeddings are compared only for sentence pairs whose
            TF-IDF cosine reaches this (they share some vocabulary).
        min_concepts: Sentences with fewer concepts are too short for
            containment to mean anything.
        min_words: Shorter sentences (datelines, fragments) form no claim.
    """

    lexical_threshold: float = 0.30
    semantic_threshold: float = 0.68
    containment_threshold: float = 0.5
    semantic_floor: float = 0.1
    min_concepts: int = 6
    min_words: int = 4

    def __post_init__(self) -> None:
        if not (0 < self.lexical_threshold <= 1 and 0 < self.semantic_threshold <= 1):
            raise ValueError("alignment thresholds must lie in (0, 1]")


@dataclass(frozen=True)
class Alignment:
    """Claims plus the sentence → claim index the summarizer cites from."""

    claims: tuple[Claim, ...]
    claim_of_sentence: dict[str, str]

    def sources_of(self, sentence: Sentence) -> tuple[str, ...]:
        """Every article carrying the information of ``sentence`` (its own first)."""
        claim_id = self.claim_of_sentence.get(sentence.id)
        if claim_id is None:
            return (sentence.article_id,)
        claim = next(c for c in self.claims if c.id == claim_id)
        return (sentence.article_id, *(a for a in claim.article_ids if a != sentence.article_id))


def similarity_matrix(
    sentences: Sequence[Sentence],
    terms: Mapping[str, SentenceTerms],
    encoder: Encoder | None = None,
    options: AlignOptions | None = None,
    rows: Sequence[int] | None = None,
) -> np.ndarray:
    """Similarity of ``sentences[rows]`` to every sentence, scaled so 1.0 is "at the alignment threshold".

    Scaling every measure by its threshold lets one number compare lexical,
    containment and semantic matches. Row i, column j says how well sentence j
    carries the information of sentence i (containment is one-way).

    Args:
        sentences: All sentences compared (document frequencies come from them).
        terms: Lexical terms by sentence id.
        encoder: Adds embedding cosine; lexical only when None.
        options: Thresholds.
        rows: Indices of the sentences to compare with all; all when None.
    """
    options = options or AlignOptions()
    rows = range(len(sentences)) if rows is None else rows
    lexical = tfidf_rows([terms[s.id] for s in sentences], groups=[s.article_id for s in sentences])
    lexical_cosine = (lexical[rows] @ lexical.T).toarray()
    scaled = lexical_cosine / options.lexical_threshold
    concepts = [terms[s.id].concepts for s in sentences]
    index: dict = {}
    cells = [(i, index.setdefault(c, len(index))) for i, cs in enumerate(concepts) for c in cs]
    incidence = sparse.csr_matrix(
        (np.ones(len(cells)), ([i for i, _ in cells], [c for _, c in cells])),
        shape=(len(sentences), len(index)),
    )
    sizes = np.array([len(concepts[i]) for i in rows], dtype=float)[:, None]
    shared = (incidence[rows] @ incidence.T).toarray()
    contained = np.where(sizes >= options.min_concepts, shared / np.maximum(sizes, 1), 0.0)
    scaled = np.maximum(scaled, contained / options.containment_threshold)
    if encoder is not None and sentences:
        # Paraphrases that share no vocabulary at all are rare in news copy;
        # comparing embeddings only where some vocabulary is shared encodes
        # about half of a story's sentences (bench/bench_report.py).
        article = np.array([s.article_id for s in sentences], dtype=object)
        pairs = (lexical_cosine >= options.semantic_floor) & (article[rows][:, None] != article[None, :])
        needed = np.union1d(np.flatnonzero(pairs.any(axis=0)), np.asarray(rows)[pairs.any(axis=1)])
        if len(needed):
            vectors = np.zeros((len(sentences), encoder.dim), dtype=np.float32)
            vectors[needed] = encoder.encode([sentences[j].text for j in needed])
            semantic = (vectors[rows] @ vectors.T) / options.semantic_threshold
            scaled = np.maximum(scaled, np.where(pairs, semantic, 0.0))
    return scaled


def align(
    docs: Sequence[Segmented],
    *,
    encoder: Encoder | None = None,
    options: AlignOptions | None = None,
    centers: Sequence[str] = (),
    centers_only: bool = False,
    terms: Mapping[str, SentenceTerms] | None = None,
) -> Alignment:
    """Group the sentences of all articles into claims.

    Args:
        docs: The story's segmented articles, in input order.
        encoder: Adds semantic matching of paraphrases; lexical only when None.
        options: Thresholds.
        centers: Sentence ids that must each head their own claim, taken
            first (the summary's sentences), so that a summary sentence cites
            exactly the articles it is aligned with.
        centers_only: Build only the centers' claims (all a summary needs;
            a fraction of the work).
        terms: Lexical terms of every sentence, when already computed.

    Returns:
        Claims ordered by support (most outlets first, then most articles, then
        input order) and the claim of each sentence that joined one.
    """
    options = options or AlignOptions()
    sentences = [s for d in docs for s in d.sentences if word_count(s.text) >= options.min_words]
    if not sentences:
        return Alignment((), {})
    article_of = np.array([s.article_id for s in sentences], dtype=object)
    position = {s.id: i for i, s in enumerate(sentences)}
    first = [position[c] for c in centers if c in position]
    rows = first if centers_only else list(range(len(sentences)))
    row_of = {sentence: r for r, sentence in enumerate(rows)}
    scaled = similarity_matrix(sentences, terms or terms_by_sentence(docs), encoder, options, rows)
    linked = (scaled >= 1.0) & (article_of[rows][:, None] != article_of[None, :])
    figures: dict[int, frozenset[str]] = {}  # only linked sentences are read: a summary links a few dozen
    for row, j in zip(*np.nonzero(linked), strict=True):
        for i in (rows[row], j):
            if i not in figures:
                figures[i] = _numbers(sentences[i].text)
        mine, theirs = figures[rows[row]], figures[j]
        if mine - theirs and theirs - mine:
            linked[row, j] = False
    # Given centers first, then widest support; ties keep input order, so claims are deterministic.
    support = {i: len(set(article_of[linked[row_of[i]]])) for i in rows}
    order = first + sorted(set(rows) - set(first), key=lambda i: (-support[i], i))
    assigned = np.zeros(len(sentences), dtype=bool)
    groups: list[list[int]] = []
    for center in order:
        if assigned[center]:
            continue
        assigned[center] = True
        similarity = scaled[row_of[center]]
        best_per_article: dict[str, int] = {}
        for j in np.flatnonzero(linked[row_of[center]] & ~assigned):
            current = best_per_article.get(article_of[j])
            if current is None or similarity[j] > similarity[current]:
                best_per_article[article_of[j]] = j
        members = [center, *best_per_article.values()]
        assigned[members] = True
        groups.append(members)
    article_rank = {d.article.id: n for n, d in enumerate(docs)}
    outlet_of = {d.article.id: _outlet(d.article) for d in docs}
    outlets = [len({outlet_of[article_of[i]] for i in members}) for members in groups]
    claims, claim_of_sentence = [], {}
    # A group has one member per article, so len(g) counts its articles.
    ranked = sorted(zip(outlets, groups, strict=True), key=lambda og: (-og[0], -len(og[1]), min(og[1])))
    for number, (outlet_count, members) in enumerate(ranked):
        # The clearest wording: the member closest to all the others; a
        # center keeps its own wording when only the centers were compared.
        wording = members[0] if centers_only else max(members, key=lambda i: (scaled[i, members].sum(), -i))
        claim = Claim(
            id=f"c{number + 1}",
            text=sentences[wording].text,
            sentence_ids=tuple(sentences[i].id for i in sorted(members)),
            article_ids=tuple(sorted({article_of[i] for i in members}, key=article_rank.__getitem__)),
            outlet_count=outlet_count,
        )
        claims.append(claim)
        claim_of_sentence.update({sid: claim.id for sid in claim.sentence_ids})
    return Alignment(tuple(claims), claim_of_sentence)
