import numpy as np

from storyweave.group.baselines import embed_articles, hdbscan_embeddings, tfidf_agglomerative
from storyweave.model import Article

from .conftest import TOPICS


def topic_partition(assignments, articles):
    """The grouping as a set of frozensets of topics' article ids."""
    groups = {}
    for article in articles:
        groups.setdefault(assignments[article.id], set()).add(article.id)
    return {frozenset(group) for group in groups.values()}


def expected(articles):
    return {frozenset(a.id for a in articles if a.id.startswith(topic)) for topic in TOPICS}


def test_agglomerative_recovers_distinct_topics(stream):
    assert topic_partition(tfidf_agglomerative(stream), stream) == expected(stream)


def test_agglomerative_handles_a_single_article(stream):
    assert tfidf_agglomerative(stream[:1]) == {stream[0].id: "agg0001"}


def test_hdbscan_clusters_given_embeddings_and_keeps_noise_apart():
    rng = np.random.default_rng(0)
    centres = np.eye(8)[:2]
    rows = np.vstack(
        [centres[0] + 0.01 * rng.standard_normal((4, 8)), centres[1] + 0.01 * rng.standard_normal((4, 8))]
    )
    rows = np.vstack([rows, -np.ones((1, 8))])
    rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    articles = [Article(id=f"a{i}", text="x") for i in range(len(rows))]
    labels = hdbscan_embeddings(articles, rows)
    assert topic_partition(labels, articles) == {
        frozenset(f"a{i}" for i in range(4)),
        frozenset(f"a{i}" for i in range(4, 8)),
        frozenset({"a8"}),
    }


def test_hdbscan_on_real_embeddings(stream, encoder):
    rows = embed_articles(stream, encoder)
    assert rows.shape == (len(stream), encoder.dim)
    assert topic_partition(hdbscan_embeddings(stream, rows), stream) == expected(stream)
