"""Lexical sentence features: stemmed content terms, bigram concepts, TF-IDF rows.

These are the cheap features that carry most of the summarizer and the
citation alignment: a 10-article cluster is featurised in a few milliseconds,
where a neural encoder needs about a second on this machine.

Any language gets terms: a token is a run of Unicode letters, digits and
combining marks, casefolded. Scripts written without spaces between words
(Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar) are cut into overlapping
character bigrams, the usual word stand-in for Chinese and Japanese retrieval.
The Porter stemmer and the stop words are English: they touch ASCII words only.
"""

from __future__ import annotations

import math
import operator
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, compress, count

import numpy as np
import regex
import Stemmer
from scipy import sparse

from storyweave.model import Segmented

# A text whose letters and digits are all ASCII (English prose, curly quotes and
# dashes included) takes the fast path: ``[a-z0-9]+`` after lowercasing, the
# same split ROUGE uses. Any other text gives the same tokens for its ASCII words.
_ASCII_TOKEN = re.compile(r"[a-z0-9]+")


def ascii_word_bytes(also: str = "") -> bytes:
    """A byte table (``bytes.translate``) that splits an ASCII text into lowercased words: a capital lowered, a
    letter, a digit or a character of ``also`` kept, any other byte a space; the text is then split at spaces."""
    return bytes(
        ord(character.lower())
        if character.isascii() and (character.isalnum() or character in also)
        else ord(" ")
        for character in map(chr, range(256))
    )


# The same split of an ASCII text by a byte table. Half the time of the regex (all 6,466 sentences of the DUC 2003
# dev clusters are ASCII: 3.4 against 5.4-8.6 us a sentence, one loaded core), for the same tokens.
_ASCII_WORD_BYTES = ascii_word_bytes()
# A non-ASCII letter or digit, or a combining mark that could join an ASCII letter ("e" + U+0301).
_NON_ASCII_WORD_CHAR = re.compile(
    r"[^\W\x00-\x7f]|[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
)
# Scripts written without spaces between words. Script_Extensions, so that marks
# shared by Chinese and Japanese (the prolonged sound mark, iteration marks) stay
# inside their runs.
_UNSPACED = r"\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}"
# A run of unspaced-script letters, or a word of any other script: letters,
# digits and combining marks (Devanagari vowel signs, Arabic vowel marks).
_WORD = regex.compile(
    rf"(?P<unspaced>[[\p{{L}}\p{{N}}\p{{M}}]&&[{_UNSPACED}]]+)|[[\p{{L}}\p{{N}}\p{{M}}]--[{_UNSPACED}]]+",
    regex.VERSION1,
)
_UNSPACED_CHAR = regex.compile(rf"[[\p{{L}}\p{{N}}\p{{M}}]&&[{_UNSPACED}]]", regex.VERSION1)
# Unspaced-script characters per word when counting words: segmented Chinese
# news averages about 1.6 characters a word, Japanese kana runs a little longer;
# 2 keeps a word budget from holding more text than in English. A rough
# convention, not tuned: there is no non-English dev set.
CHARACTERS_PER_WORD = 2
# Full-width Latin letters, digits and half-width katakana (East Asian text) to
# their usual forms. Only this block: full NFKC would also turn "4¼" into "41⁄4"
# and the "™" of mis-decoded apostrophes into "TM".
_WIDTH = {code: unicodedata.normalize("NFKC", chr(code)) for code in range(0xFF01, 0xFFEF)}
# PyStemmer: the Snowball Porter stemmer in C. It gives the same stems as the
# pure-Python snowballstemmer on all 22,750 words of the dev sets at a fraction of
# the cost (the summarizer's median on DUC: 27.5 -> 26.1 ms per cluster,
# bench/bench_summarize.py); NLTK's would pull in scipy.stats and a second of start-up.
_STEMMER = Stemmer.Stemmer("porter")
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
# The English weekday names, as an alternation for the patterns that read them (dates, speakers, names).
WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# Weekday and month names of the other languages news comes in most, casefolded: the stop-word lists of
# storyweave.language leave them out, and two reports of one week share them whatever their events (QA: a
# French migration-pact report and a French exhibition review, both of a "jeudi").
CALENDAR_WORDS_BY_LANGUAGE = {
    language: frozenset(words.split())
    for language, words in {
        "de": "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag januar februar märz april"
        " mai juni juli august september oktober november dezember",
        "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet"
        " août septembre octobre novembre décembre",
        "es": "lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio julio"
        " agosto septiembre setiembre octubre noviembre diciembre",
        "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica gennaio febbraio marzo aprile maggio"
        " giugno luglio agosto settembre ottobre novembre dicembre",
        "pt": "segunda terça quarta quinta sexta sábado domingo janeiro fevereiro março abril maio junho julho"
        " agosto setembro outubro novembro dezembro",
        "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april mei juni"
        " juli augustus september oktober november december",
    }.items()
}


# Number words and their values: "fourteen" and "14" state one figure.
WORD_NUMBERS = {
    word: value
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
        " sixteen seventeen eighteen nineteen twenty".split()
    )
} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}

# A figure in digits ("1,200", "6.1"; not an ordinal like the wire's "5th graf")
# or a number word. The lookahead lets the regex skip the alternation of words at
# most word starts: 2.2x faster on news text, which the stream pays per article.
# A figure in digits ("1,200"; not an ordinal's, "5th"), and a number word. Scanned for apart: one pattern of both
# tried both at every character (figures of the DUC 2003 and AllSides dev sentences: 19 -> 10.5 us each, the same
# figures). The lookahead lets the scan skip the alternation of number words at most word starts.
_DIGIT_FIGURE = re.compile(r"\d+(?:[.,]\d+)*(?!\d|st\b|nd\b|rd\b|th\b)", re.IGNORECASE)
_NUMBER_WORD = re.compile(r"\b(?=[zotfsen])(?:" + "|".join(WORD_NUMBERS) + r")\b", re.IGNORECASE)


# Cached: the stages of one summary read the figures of the same sentences, 54 reads of 31 sentences a DUC 2003
# dev cluster (the selection's repeat checks, once a round, and the claims), each read about 19 us of regex scan.
@lru_cache(maxsize=100_000)
def figures(text: str) -> frozenset[str]:
    """The figures ``text`` gives, as digits ("Fourteen" and "14" are one figure; "1,200" is "1200").

    Example:
        >>> sorted(figures("Fourteen of the 1,200 workers; the 5th graf."))
        ['1200', '14']
    """
    found = {match.replace(",", "") for match in _DIGIT_FIGURE.findall(text)}
    for match in _NUMBER_WORD.findall(text):
        value = WORD_NUMBERS.get(match.lower())
        # A word the case-blind scan matched but that lowers to no number word ("ſix") is kept as written.
        found.add(match if value is None else str(value))
    return frozenset(found)


# Words whose stems are kept, by stem's cache and by _STEM_OF's.
_STEMS_KEPT = 200_000


@lru_cache(maxsize=_STEMS_KEPT)
def stem(word: str) -> str:
    """Porter stem of a lowercase ASCII word; other words are returned as they are (cached: news repeats)."""
    return _STEMMER.stemWord(word) if len(word) > 3 and word.isascii() else word


# The stems of the words seen, for the stems of whole sentences (:func:`_stems`): a plain dict read by ``map``
# costs half as much per word as ``stem``'s LRU cache, which moves each word it finds to the front (the
# sentences' terms were a tenth of a summary's time, bench/bench_summarize.py). Emptied when full.
_STEM_OF: dict[str, str] = {}


def _stems(words: list[str]) -> list[str]:
    """``[stem(word) for word in words]``, each stem read from ``_STEM_OF`` when there."""
    try:
        return list(map(_STEM_OF.__getitem__, words))
    except KeyError:
        stems = list(map(stem, words))
        if len(_STEM_OF) >= _STEMS_KEPT:
            _STEM_OF.clear()
        _STEM_OF.update(zip(words, stems, strict=True))
        return stems


def tokens(text: str) -> list[str]:
    """Casefolded word tokens of ``text`` in any script.

    ASCII words split as ROUGE splits them (``[a-z0-9]+``); a word of another
    script keeps its letters and marks ("Müller" -> "müller"); a run of an
    unspaced script gives its character bigrams, or its one character.

    Example:
        >>> tokens("Müller's café: 地震发生")
        ['müller', 's', 'café', '地震', '震发', '发生']
    """
    if text.isascii():
        return text.encode().translate(_ASCII_WORD_BYTES).decode().split()
    if not _NON_ASCII_WORD_CHAR.search(text):
        return _ASCII_TOKEN.findall(text.lower())
    # Bigrams, not single characters, for unspaced runs. Measured on a hand-written set (Chinese,
    # Japanese and Russian: 2 articles on one event each, plus 4 unrelated articles): with single
    # characters the grouper merged 2 unrelated articles into other stories (40 of 45 article pairs
    # right, bigrams 43; the 2 pairs wrong either way are Russian) and the best cosine between
    # unrelated articles rose from 0.03 to 0.14. Single characters align more paraphrases (sentence
    # cosines 0.26-0.54 against 0.11-0.42), but word-sized terms keep stories apart.
    # NFC, so that an accented letter is one character however it was typed.
    words = []
    for match in _WORD.finditer(unicodedata.normalize("NFC", text.translate(_WIDTH)).casefold()):
        word = match.group()
        if match.group("unspaced") and len(word) > 1:
            words.extend(word[i : i + 2] for i in range(len(word) - 1))
        else:
            words.append(word)
    return words


# Cached: the stages of one summary count the words of the same sentences, about four times each (the
# candidates, the selection, the claims); a sentence's count is then a look-up of its text.
@lru_cache(maxsize=100_000)
def word_count(text: str) -> int:
    """Words of ``text`` as a word budget counts them: its whitespace tokens, or more for unspaced scripts.

    A whitespace token with characters of a script written without spaces
    (Chinese, Japanese, Thai) counts as one word per ``CHARACTERS_PER_WORD``
    such characters, rounded up; any other token counts one, so for English
    this is ``len(text.split())``.

    Example:
        >>> word_count("Officials said 北京时间昨日发生地震。")  # 2 words + 10 characters / 2
        7
    """
    chunks = text.split()
    if text.isascii() or not _UNSPACED_CHAR.search(text):
        return len(chunks)
    return sum(
        max(1, math.ceil(len(_UNSPACED_CHAR.findall(chunk)) / CHARACTERS_PER_WORD)) for chunk in chunks
    )


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
    stems = _stems(words)
    content = [word not in STOP_WORDS for word in words]
    # A bigram is a concept unless both its words are stop words.
    concept = map(operator.or_, content, content[1:])
    return SentenceTerms(
        stems=tuple(compress(stems, content)),
        concepts=frozenset(compress(zip(stems, stems[1:], strict=False), concept)),
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
    # Features row by row (a row's stems, then its stem bigrams), numbered in order of first use: each
    # use is given the place of the feature's first use, and the places that are first uses are counted.
    # Only the stems go through a dict, each keyed by the place of its first use among the stems; a bigram
    # is keyed by its two stems' keys, in one integer above every stem's. Numbering "stem stem" strings,
    # each built and hashed, took 1.07 ms against 0.74 for the 281 sentences of a DUC story (thread time).
    stem_counts = np.fromiter(map(len, (t.stems for t in terms)), dtype=np.int64, count=len(terms))
    stems = list(chain.from_iterable(t.stems for t in terms))
    first_stem: dict[str, int] = {}
    stem_key = np.fromiter(map(first_stem.setdefault, stems, count()), dtype=np.int64, count=len(stems))
    opens_bigram = np.ones(len(stems), dtype=bool)  # every stem but a row's last
    opens_bigram[np.cumsum(stem_counts)[stem_counts > 0] - 1] = False
    first_stems = np.flatnonzero(opens_bigram)
    bigram_counts = np.maximum(stem_counts - 1, 0)
    lengths = stem_counts + bigram_counts
    uses = int(lengths.sum())
    features = np.empty(uses, dtype=np.int64)
    # A stem's place is its index among the stems plus the bigrams of the rows before it; a bigram's, its
    # index among the bigrams plus the stems of its row and of the rows before.
    features[np.arange(len(stems)) + np.repeat(np.cumsum(bigram_counts) - bigram_counts, stem_counts)] = (
        stem_key
    )
    features[np.arange(len(first_stems)) + np.repeat(np.cumsum(stem_counts), bigram_counts)] = (
        len(stems) + stem_key[first_stems] * len(stems) + stem_key[first_stems + 1]
    )
    first_places, feature_of_use = first_places_of(features)
    first_use = first_places[feature_of_use]
    column_of_place = np.cumsum(first_use == np.arange(uses)) - 1
    column_of_feature = column_of_place[first_use]
    vocabulary_size = len(first_places)
    size = max(vocabulary_size, 1)
    row_of_feature = np.repeat(np.arange(len(terms), dtype=np.int64), lengths)
    # One cell per (row, feature), row-major, with the feature's count in the row.
    cells, counts = _distinct_counts(row_of_feature * size + column_of_feature)
    rows, cols = np.divmod(cells, size)
    unit_names = list(groups) if groups is not None else list(range(len(terms)))
    unit_index = {name: i for i, name in enumerate(dict.fromkeys(unit_names))}
    unit_of_row = np.array([unit_index[name] for name in unit_names], dtype=np.int64)
    # Document frequency: distinct (unit, feature) pairs per feature.
    pairs, _ = _distinct_counts(unit_of_row[rows] * size + cols)
    document_frequency = np.bincount(pairs % size, minlength=vocabulary_size)
    idf = np.log((1 + len(unit_index)) / (1 + document_frequency)) + 1
    values = (1 + np.log(counts)) * idf[cols]
    row_starts = np.searchsorted(rows, np.arange(len(terms) + 1))
    # Each row scaled to unit length bit for bit as scipy's ``diags(1 / norms) @ matrix`` did it, at a
    # third of its cost: the squares summed row by row with np.add.reduceat (as scipy's row sum does), and
    # each row's cells in the order scipy's product leaves them, by falling column. The cells' order sets
    # the order in which later products add them up, and so their last bits.
    filled = np.flatnonzero(np.diff(row_starts))
    squares = np.zeros(len(terms))
    squares[filled] = np.add.reduceat(values * values, row_starts[filled])
    norms = np.sqrt(squares)
    norms[norms == 0] = 1
    backwards = row_starts[rows] + row_starts[rows + 1] - 1 - np.arange(len(cells))
    scaled = (1 / norms)[rows] * values
    return sparse.csr_matrix(
        (scaled[backwards], cols[backwards], row_starts), shape=(len(terms), vocabulary_size)
    )


def first_places_of(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(keys, return_index=True, return_inverse=True)[1:]``: the place of each distinct key's first
    use, the keys in increasing order, and the number of each use's key in that order.

    np.unique finds the first places with a stable (merge) sort of the places; a key's first place is the least
    of its places whatever the sort, and numpy's default sort is several times faster: 90 against 191 us a call
    over the TF-IDF features of the DUC 2003 dev stories (the calls of their summaries, thread CPU, least of 7).
    """
    if not len(keys):
        return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.intp)
    order = np.argsort(keys)
    ordered = keys[order]
    first = np.ones(len(keys), dtype=bool)
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    key_of_use = np.empty(len(keys), dtype=np.intp)
    key_of_use[order] = np.cumsum(first) - 1
    return np.minimum.reduceat(order, np.flatnonzero(first)), key_of_use


def _distinct_counts(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(keys, return_counts=True)``, by numpy's default sort: equal keys are alike, so no stable
    sort is needed (17 against timsort's 50 us a call over the cells of the DUC 2003 dev stories' TF-IDF rows,
    thread CPU, least of 7; np.unique's was 190-240 us for the 7,400 cells of a DUC story).
    """
    ordered = np.sort(keys)
    first = np.ones(len(ordered), dtype=bool)
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    starts = np.flatnonzero(first)
    return ordered[starts], np.diff(np.append(starts, len(ordered)))
