"""Articles that may not belong to the story: a caveat, not a verdict.

A file of another event dropped into a story's folder (a bridge collapse among the harbor-fire articles)
was blended into the summary without a word. Here each article's words are compared with the other
articles'; one that shares far less with all of them than the story's articles usually share with their
closest neighbour is named in a warning, which the shells show with the other reading caveats. Nothing is
left out: a real side story (a follow-up, an explainer) can look the same, and the reader decides.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from storyweave.embed.terms import SentenceTerms, tfidf_rows
from storyweave.model import Segmented

logger = logging.getLogger(__name__)

# With fewer articles there is no "usual" to fall below: of two, neither is the odd one out.
MIN_ARTICLES = 3
# An article is flagged when its TF-IDF cosine with its closest other article is below FLOOR and below
# RATIO times the story's median of that cosine ("far below the story's usual"). Chosen with
# `python bench/bench_outliers.py --sweep` (floor 0.03-0.2, ratio 0.25-1.0) on the 328 dev summarization
# clusters, whose 1,090 articles in stories of 3 or more are all on topic, and on 30 mixtures (a dev cluster
# plus one article of another cluster of the same set, seed 17): this pair flags 9 dev articles (3 not news:
# a Yahoo "page not found", a Science share form, a reader's comment; 2 DUC sidebars: the Sherman Act's
# text, a UN vote in a war-crimes story; 4 AllSides opinion pieces) and catches 18 of the 30 intruders (2
# on-topic articles of the mixtures flagged too). Looser pairs catch more and flag many more dev articles
# (0.1/0.5: 28 caught, 54 dev flagged); MiniLM article vectors did no better (0.3/0.5: 16 caught, 2
# flagged) and would cost the encoder a summary does not otherwise need.
FLOOR = 0.05
RATIO = 0.3


@dataclass(frozen=True)
class OffTopic:
    """An article that shares almost nothing with the rest of its story.

    Attributes:
        article_id: The article.
        origin: Where it was read from (file and line), when known; the reader knows it by that.
        closest: Its TF-IDF cosine with its closest other article.
        usual: The story's median of that cosine over all its articles.
    """

    article_id: str
    origin: str | None
    closest: float
    usual: float

    def __str__(self) -> str:
        name = f"{self.origin} ({self.article_id})" if self.origin else self.article_id
        return f"{name} shares almost nothing with the other articles: is it the same story?"


def off_topic(
    docs: Sequence[Segmented],
    terms: Mapping[str, SentenceTerms],
    *,
    floor: float = FLOOR,
    ratio: float = RATIO,
) -> list[OffTopic]:
    """The articles whose words are far from every other article's, in input order.

    Args:
        docs: The story's segmented articles.
        terms: Sentence id -> terms, for every sentence (``storyweave.embed.terms.terms_by_sentence``).
        floor: See ``FLOOR``.
        ratio: See ``RATIO``.

    Returns:
        One entry per such article; none for a story of fewer than ``MIN_ARTICLES`` articles.

    Example:
        >>> from storyweave.embed.terms import terms_by_sentence
        >>> from storyweave.model import Article
        >>> from storyweave.segment import segment
        >>> fire = "A fire destroyed the harbor warehouse on Pier 7 overnight, the fire chief said."
        >>> docs = [segment(Article(str(n), fire)) for n in range(3)]
        >>> docs.append(segment(Article("elm", "The Elm Street bridge collapsed into the river at dawn.")))
        >>> [str(found) for found in off_topic(docs, terms_by_sentence(docs))]
        ['elm shares almost nothing with the other articles: is it the same story?']
    """
    if len(docs) < MIN_ARTICLES:
        return []
    articles = [
        SentenceTerms(tuple(stem for s in doc.sentences for stem in terms[s.id].stems), frozenset())
        for doc in docs
    ]
    rows = tfidf_rows(articles)
    cosines = (rows @ rows.T).toarray()
    np.fill_diagonal(cosines, -1.0)
    closest = cosines.max(axis=1)
    usual = float(np.median(closest))
    return [
        OffTopic(doc.article.id, doc.article.origin, float(score), usual)
        for doc, score in zip(docs, closest, strict=True)
        if score < floor and score < ratio * usual
    ]


def warn_off_topic(docs: Sequence[Segmented], terms: Mapping[str, SentenceTerms]) -> list[OffTopic]:
    """``off_topic``, each found logged as a warning (a reading caveat the shells show); returns them."""
    found = off_topic(docs, terms)
    for article in found:
        logger.warning("%s", article)
    return found
