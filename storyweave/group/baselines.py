"""Batch baselines for story grouping: they see the whole stream at once.

They exist to be compared with the online :class:`~storyweave.group.StoryGrouper`
(``storyweave eval-groups``), which sees one article at a time and never looks
back at all history:

* TF-IDF rows (scikit-learn, sublinear tf, English stop words) clustered by
  agglomerative clustering with cosine distance and average linkage, cut at one
  distance threshold.
* HDBSCAN (scikit-learn) over sentence embeddings of each article's title and
  opening (the encoder truncates), on unit vectors, so Euclidean distance ranks
  pairs as cosine does.

Both return ``{article id: story label}``; an article HDBSCAN leaves as noise
is a story of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sklearn.cluster import HDBSCAN, AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer

from storyweave.embed import Encoder, default_encoder
from storyweave.model import Article

# The distance threshold with the best mean B-cubed F1 over the two clustering dev sets
# (clustering_tdt_duc2003 and clustering_allsides), swept 0.50-0.95 in steps of 0.05 by
# `python bench/bench_grouping.py --tune-baselines`; one threshold for both, as for the online grouper.
AGGLOMERATIVE_DISTANCE = 0.85
# Swept by the same command (min_cluster_size 2-3, min_samples 1-3): 3 and 1 have the best mean F1
# (0.777; with 2, HDBSCAN leaves most TDT articles as noise, F1 0.52 there).
HDBSCAN_MIN_CLUSTER_SIZE = 3
HDBSCAN_MIN_SAMPLES = 1


def article_text(article: Article) -> str:
    """The text a baseline sees: title (if any) and body."""
    return f"{article.title}\n{article.text}" if article.title else article.text


def _labels(articles: Sequence[Article], labels: np.ndarray, prefix: str) -> dict[str, str]:
    """Name clusters in order of first appearance; each noise point (label -1) is a story of its own."""
    names: dict[int, str] = {}
    assignment = {}
    for article, label in zip(articles, labels.tolist(), strict=True):
        name = names.get(label) if label >= 0 else None
        if name is None:
            name = f"{prefix}{len(assignment) + 1:04d}"
            if label >= 0:
                names[label] = name
        assignment[article.id] = name
    return assignment


def tfidf_agglomerative(
    articles: Sequence[Article], distance_threshold: float = AGGLOMERATIVE_DISTANCE
) -> dict[str, str]:
    """Average-linkage agglomerative clustering of TF-IDF rows, cut at a cosine distance.

    Args:
        articles: The whole stream (order does not matter).
        distance_threshold: Clusters closer than this (1 - cosine) merge.

    Returns:
        ``{article id: story label}``.
    """
    if len(articles) < 2:
        return _labels(articles, np.zeros(len(articles), dtype=int), "agg")
    rows = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(
        [article_text(a) for a in articles]
    )
    labels = AgglomerativeClustering(
        n_clusters=None, metric="cosine", linkage="average", distance_threshold=distance_threshold
    ).fit_predict(rows.toarray())
    return _labels(articles, labels, "agg")


def embed_articles(articles: Sequence[Article], encoder: Encoder | None = None) -> np.ndarray:
    """Unit embeddings of each article's title and opening, one row per article."""
    return (encoder or default_encoder()).encode([article_text(a) for a in articles])


def hdbscan_embeddings(
    articles: Sequence[Article],
    embeddings: np.ndarray | None = None,
    *,
    encoder: Encoder | None = None,
    min_cluster_size: int = HDBSCAN_MIN_CLUSTER_SIZE,
    min_samples: int = HDBSCAN_MIN_SAMPLES,
) -> dict[str, str]:
    """HDBSCAN over article embeddings.

    Args:
        articles: The whole stream.
        embeddings: Rows from :func:`embed_articles`, to share them between
            runs; computed with ``encoder`` when None.
        encoder: Used only when ``embeddings`` is None (default encoder when None).
        min_cluster_size: HDBSCAN's smallest cluster.
        min_samples: HDBSCAN's density parameter.

    Returns:
        ``{article id: story label}``.
    """
    vectors = embeddings if embeddings is not None else embed_articles(articles, encoder)
    if len(articles) <= min_cluster_size:
        return _labels(articles, np.full(len(articles), -1), "hdb")
    labels = HDBSCAN(min_cluster_size=min_cluster_size, min_samples=min_samples, copy=True).fit_predict(
        vectors
    )
    return _labels(articles, labels, "hdb")
