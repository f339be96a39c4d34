"""Articles that may not belong to the story: a caveat, not a verdict.

A file of another event dropped into a story's folder (a bridge collapse among the harbor-fire articles)
was blended into the summary without a word. Here each article's words are compared with the other
articles'; one that shares far less with all of them than the story's articles usually share with their
closest neighbour is named in a warning, which the shells show with the other reading caveats. Two stories
given together (the harbor-fire folder and three dam-breach records) are not one such article but two
groups, each close within and far from the other: those groups are named in a warning too. Nothing is
left out: a real side story (a follow-up, an explainer) can look the same, and the reader decides.

Articles are compared with those in their own language only: two languages share names and figures, not
words, so an article in another language is far from all the others whatever its story (QA11: a migration
pact story's German, French and Spanish reports were named as two more stories, while a German story of the
pact and a rail strike was not split).
"""

from __future__ import annotations

import functools
import itertools
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from storyweave.embed.terms import SentenceTerms, stem, tfidf_rows
from storyweave.language import ENGLISH, majority_language, prose_language, stop_words
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
# Separate stories are groups of two or more articles that average linkage (merging the two groups of the
# highest mean cosine, while that mean is at least min(GROUP_FLOOR, GROUP_RATIO * the story's median
# closest-article cosine)) leaves apart, and that no two articles join with a cosine of GROUP_BRIDGE or
# more: one close pair is one story. Chosen with `python bench/bench_outlier_groups.py --sweep` (floor
# 0.035-0.045, ratio 0.25-0.4, bridge 0.06-0.075) on the 50 dev summarization clusters of 4 or more
# articles, all single stories, and 200 mixtures of two dev clusters of one set (seed 17): 0.04 / 0.25 /
# 0.07 names no dev cluster and 184 of the mixtures (174 with every group inside one cluster); a bridge of
# 0.065 names 179, 0.075 names 186; a ratio of 0.3 names a dev cluster (multiling M000, tsunami aid: 6 and
# 4 articles), as a floor of 0.045 does (DUC d30020t: 8 and 2). On 100 other mixtures (seed 29) it names
# 89 (87 pure). Reports of one kind of event (a plant explosion, a warehouse fire) can share enough words
# to read as one group.
GROUP_FLOOR = 0.04
GROUP_RATIO = 0.25
GROUP_BRIDGE = 0.07
# With fewer, there are not two groups of two; a lone article apart is ``off_topic``'s.
MIN_GROUP = 2
# Articles named per group in the warning; the rest are counted.
NAMED_PER_GROUP = 6


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


@dataclass(frozen=True)
class SeparateStories:
    """Groups of articles that share almost nothing with each other: perhaps as many stories as groups.

    Attributes:
        groups: Each group's article ids, in input order; groups in the order of their first article. The
            groups of a language are found among its articles alone; an article in no group of two or more
            is in the group of its closest article in its language, and one in a language with too few
            articles to split is in no group.
    """

    groups: tuple[tuple[str, ...], ...]

    def __str__(self) -> str:
        named = [
            ", ".join(group[:NAMED_PER_GROUP])
            + (f" and {len(group) - NAMED_PER_GROUP} more" if len(group) > NAMED_PER_GROUP else "")
            for group in self.groups
        ]
        # Parentheses, not brackets: Markdown would show brackets escaped.
        listed = ", ".join(f"({group})" for group in named[:-1]) + f" and ({named[-1]})"
        return (
            f"these articles may be {len(self.groups)} stories: {listed}; "
            "summarize them apart or ingest them to group them"
        )


def _languages(docs: Sequence[Segmented]) -> list[str]:
    """Each article's language (:func:`~storyweave.language.prose_language`); the story's majority language for
    one too short to judge or not read as prose in its language."""
    judged = [prose_language(doc.article) for doc in docs]
    majority = majority_language([doc.article for doc in docs])
    return [language or majority for language in judged]


@functools.cache
def _stop_stems(language: str) -> frozenset[str]:
    """The stems of ``language``'s stop words: an article's terms are stems, read with English's stop words."""
    return frozenset(map(stem, stop_words(language)))


def _article_cosines(
    docs: Sequence[Segmented], terms: Mapping[str, SentenceTerms], languages: Sequence[str]
) -> np.ndarray:
    """The articles' TF-IDF cosines, one row per article, over the words that are not stop words in each one's
    language; -1 on the diagonal (an article is not its own neighbour)."""
    articles = [
        SentenceTerms(_article_stems(doc, terms, language), frozenset())
        for doc, language in zip(docs, languages, strict=True)
    ]
    rows = tfidf_rows(articles)
    cosines = (rows @ rows.T).toarray()
    np.fill_diagonal(cosines, -1.0)
    return cosines


def _article_stems(doc: Segmented, terms: Mapping[str, SentenceTerms], language: str) -> tuple[str, ...]:
    """The stems of ``doc``'s sentences in order, less the stop words of ``language`` (English's are gone already)."""
    stems = itertools.chain.from_iterable(terms[s.id].stems for s in doc.sentences)
    if language == ENGLISH:
        return tuple(stems)
    return tuple(itertools.filterfalse(_stop_stems(language).__contains__, stems))


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
    languages = _languages(docs)
    return _off_topic(docs, _article_cosines(docs, terms, languages), languages, floor, ratio)


def _language_blocks(languages: Sequence[str], fewest: int) -> list[np.ndarray]:
    """The indices of each language's articles, for the languages of ``fewest`` articles or more."""
    codes = np.array(languages)
    return [
        np.flatnonzero(codes == language)
        for language in dict.fromkeys(languages)
        if languages.count(language) >= fewest
    ]


def _off_topic(
    docs: Sequence[Segmented], cosines: np.ndarray, languages: Sequence[str], floor: float, ratio: float
) -> list[OffTopic]:
    found = {}
    for members in _language_blocks(languages, MIN_ARTICLES):
        closest = cosines[np.ix_(members, members)].max(axis=1)
        usual = float(np.median(closest))
        found.update(
            (int(article), (float(score), usual))
            for article, score in zip(members, closest, strict=True)
            if score < floor and score < ratio * usual
        )
    return [OffTopic(docs[i].article.id, docs[i].article.origin, *found[i]) for i in sorted(found)]


def separate_stories(
    docs: Sequence[Segmented],
    terms: Mapping[str, SentenceTerms],
    *,
    floor: float = GROUP_FLOOR,
    ratio: float = GROUP_RATIO,
    bridge: float = GROUP_BRIDGE,
) -> SeparateStories | None:
    """The groups of articles that share almost nothing with each other, when there are two or more.

    Args:
        docs: The story's segmented articles.
        terms: Sentence id -> terms, for every sentence (``storyweave.embed.terms.terms_by_sentence``).
        floor: See ``GROUP_FLOOR``.
        ratio: See ``GROUP_RATIO``.
        bridge: See ``GROUP_BRIDGE``.

    Returns:
        The groups, or None when the articles read as one story (or are too few to form two groups).

    Example:
        >>> from storyweave.embed.terms import terms_by_sentence
        >>> from storyweave.model import Article
        >>> from storyweave.segment import segment
        >>> fire = "A fire destroyed the harbor warehouse on Pier 7 overnight, the fire chief said."
        >>> bridge = "The Elm Street bridge collapsed into the river at dawn, state police said."
        >>> docs = [segment(Article(f"{name}{n}", text)) for name, text in [("fire", fire), ("elm", bridge)]
        ...         for n in range(2)]
        >>> str(separate_stories(docs, terms_by_sentence(docs)))
        'these articles may be 2 stories: (fire0, fire1) and (elm0, elm1); summarize them apart or ingest them to group them'
    """
    if len(docs) < 2 * MIN_GROUP:
        return None
    languages = _languages(docs)
    return _separate_stories(docs, _article_cosines(docs, terms, languages), languages, floor, ratio, bridge)


def _separate_stories(
    docs: Sequence[Segmented],
    cosines: np.ndarray,
    languages: Sequence[str],
    floor: float,
    ratio: float,
    bridge: float,
) -> SeparateStories | None:
    groups = [
        members[group]
        for members in _language_blocks(languages, 2 * MIN_GROUP)
        for group in _groups_apart(cosines[np.ix_(members, members)], floor, ratio, bridge)
    ]
    if not groups:
        return None
    ids = [doc.article.id for doc in docs]
    return SeparateStories(
        tuple(tuple(ids[i] for i in group) for group in sorted(groups, key=lambda group: group[0]))
    )


def _groups_apart(cosines: np.ndarray, floor: float, ratio: float, bridge: float) -> list[np.ndarray]:
    """The indices of each group of articles apart (see ``SeparateStories``), in the order of their first
    article; none when the articles read as one story."""
    usual = float(np.median(cosines.max(axis=1)))
    threshold = min(floor, ratio * usual)
    group_of = _average_linkage(cosines, threshold)
    groups = [np.flatnonzero(group_of == group) for group in np.unique(group_of)]
    large = [members for members in groups if len(members) >= MIN_GROUP]
    # Groups joined by a close pair of articles are one story: join them, transitively.
    story_of = list(range(len(large)))
    for first, second in itertools.combinations(range(len(large)), 2):
        if cosines[np.ix_(large[first], large[second])].max() >= bridge:
            old, new = story_of[second], story_of[first]
            story_of = [new if story == old else story for story in story_of]
    if len(set(story_of)) < 2:
        return []
    story_of_article = np.full(len(cosines), -1)
    for members, story in zip(large, story_of, strict=True):
        story_of_article[members] = story
    # An article left alone goes with its closest article's story when it is close enough to have been
    # linked; one far from all is a story of its own (QA: "(c1, c2, c3, f2syn)" put a flood report with a
    # budget's, and the next caveat said f2syn shares almost nothing with the others).
    grouped = np.flatnonzero(story_of_article >= 0)
    own_story = itertools.count(len(large))
    for alone in np.flatnonzero(story_of_article < 0):
        closest = grouped[cosines[alone, grouped].argmax()]
        story_of_article[alone] = (
            story_of_article[closest] if cosines[alone, closest] >= threshold else next(own_story)
        )
    stories = dict.fromkeys(story_of_article.tolist())
    return [np.flatnonzero(story_of_article == story) for story in stories]


def _average_linkage(cosines: np.ndarray, threshold: float) -> np.ndarray:
    """Each article's group (a label) after average linkage: the two groups of the highest mean cosine are
    merged while that mean is at least ``threshold``.

    The best neighbour of each group is kept and found again only for the groups whose best was merged: a
    merged group's mean cosine with any other lies between its two parts', so no other group's best
    changes. A story of n articles costs about n row updates, not n passes over all pairs.
    """
    similarity = cosines.astype(float, copy=True)
    np.fill_diagonal(similarity, -np.inf)
    count = len(similarity)
    size = np.ones(count)
    group_of = np.arange(count)
    best = similarity.argmax(axis=1)
    best_value = similarity[np.arange(count), best]
    for _ in range(count - 1):
        kept = int(best_value.argmax())
        if best_value[kept] < threshold:
            break
        gone = int(best[kept])
        merged = (size[kept] * similarity[kept] + size[gone] * similarity[gone]) / (size[kept] + size[gone])
        similarity[kept], similarity[:, kept] = merged, merged
        similarity[gone], similarity[:, gone] = -np.inf, -np.inf
        similarity[kept, kept] = -np.inf
        size[kept] += size[gone]
        group_of[group_of == gone] = kept
        best_value[gone] = -np.inf
        # The groups still there whose best neighbour was one of the two, and the merged group itself.
        stale_mask = ((best == kept) | (best == gone)) & (best_value > -np.inf)
        stale_mask[kept] = True
        stale = np.flatnonzero(stale_mask)
        best[stale] = similarity[stale].argmax(axis=1)
        best_value[stale] = similarity[stale, best[stale]]
    return group_of


def warn_off_topic(
    docs: Sequence[Segmented], terms: Mapping[str, SentenceTerms]
) -> list[OffTopic | SeparateStories]:
    """``off_topic`` and ``separate_stories``, each found logged as a warning (a reading caveat the shells
    show); returns them, the separate stories first."""
    if len(docs) < MIN_ARTICLES:
        return []
    languages = _languages(docs)
    cosines = _article_cosines(docs, terms, languages)  # computed once for both
    stories = (
        _separate_stories(docs, cosines, languages, GROUP_FLOOR, GROUP_RATIO, GROUP_BRIDGE)
        if len(docs) >= 2 * MIN_GROUP
        else None
    )
    found: list[OffTopic | SeparateStories] = [
        *([stories] if stories is not None else []),
        *_off_topic(docs, cosines, languages, FLOOR, RATIO),
    ]
    for caveat in found:
        logger.warning("%s", caveat)
    return found
