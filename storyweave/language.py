"""The language each article is written in, and a story's majority language.

A story's summary and headline are written in the language most of its articles use: a line of German in an
English summary (QA: an Irish airline story with one German wire) reads as a mistake. An article in another
language stays one of the story's sources, with a note saying which language it is in.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from storyweave.model import Article

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier


ENGLISH = "en"

# The identifier reads the opening of an article: 400 characters were read right for all 1,225 articles of the
# four dev sets (English) and every held-out article in six other languages, at 0.3 ms of CPU an article
# (`python bench/bench_language.py`); 200 read them right too, but some with a confidence as low as 0.38.
_OPENING_CHARS = 400

# English function words that the other languages met so far do not write as words of their own ("was", "is",
# "in", "a" are German, Dutch or Italian words too). They are at least 3.2% of the opening's words in every dev
# article (median 19%) and 0% in every held-out article in another language (bench/bench_language.py). Text at
# this share or more is English without asking the identifier, whose model takes 0.6 s of CPU to load: an
# English story never loads it. (An article in another language that quotes English at length could pass as
# English: the dev articles' margin over the identifier's verdict is what the share is set by.)
_ENGLISH_WORDS = frozenset("the and of to said for that with has have from by were".split())
_PLAINLY_ENGLISH_SHARE = 0.03
_WORD = re.compile(r"[^\W\d_]+")

_LANGUAGE_NAMES = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "pt": "Portuguese",
    "it": "Italian",
    "nl": "Dutch",
}


def language_name(code: str) -> str:
    """The English name of an ISO 639-1 code, or the code itself when it is not one of the common ones."""
    return _LANGUAGE_NAMES.get(code, f"language '{code}'")


@functools.cache
def _identifier() -> LanguageIdentifier:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE)


@functools.lru_cache(maxsize=4096)
def text_language(text: str) -> str:
    """The ISO 639-1 code of the language ``text`` opens in ("en", "de", ...); "en" for text without letters.

    Example:
        >>> text_language("Die Polizei nahm den Mann am Dienstag fest, sagte ein Sprecher."), text_language("")
        ('de', 'en')
    """
    opening = text[:_OPENING_CHARS]
    words = _WORD.findall(opening.lower())
    if not words or sum(word in _ENGLISH_WORDS for word in words) >= _PLAINLY_ENGLISH_SHARE * len(words):
        return ENGLISH
    language, _ = _identifier().classify(opening)
    return language


# An article of fewer words is too short to judge (QA: the one-word article "Bridge." read as Uzbek): it takes
# the story's language. Every real article of the dev sets and the QA passes has more.
_FEWEST_WORDS = 5


def article_language(article: Article) -> str | None:
    """The language of the article's body text (its title when it has no text); None when it has too few
    words to judge."""
    return _judged_language(article.text.strip() or article.title or "")


@functools.lru_cache(maxsize=4096)
def _judged_language(text: str) -> str | None:
    # Cached as ``text_language`` is: a report asks for each article's language several times.
    if len(_WORD.findall(text[:_OPENING_CHARS])) < _FEWEST_WORDS:
        return None
    return text_language(text)


def majority_language(articles: Sequence[Article]) -> str:
    """The language most of ``articles`` are written in; of equally common ones English, then the first read.

    English wins a tie because the cross-checks (quotes, dates, figures) read English best. Articles too short
    to judge do not count.
    """
    judged = (article_language(article) for article in articles)
    counts = Counter(language for language in judged if language is not None)
    if not counts:
        return ENGLISH
    order = {language: place for place, language in enumerate(counts)}
    return min(counts, key=lambda language: (-counts[language], language != ENGLISH, order[language]))


def other_language_articles(articles: Sequence[Article]) -> dict[str, str]:
    """Article id -> language code, for the articles not in the story's majority language (and long enough
    to judge)."""
    majority = majority_language(articles)
    languages = {article.id: article_language(article) for article in articles}
    return {
        article_id: language
        for article_id, language in languages.items()
        if language is not None and language != majority
    }
