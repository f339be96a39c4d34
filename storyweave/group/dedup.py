"""Near-duplicate articles: syndicated copies and lightly edited re-posts.

Each article's text becomes a set of word shingles, summarised as a MinHash
signature; a MinHash LSH index (banded as datasketch's MinHashLSH, in buckets of
its own) finds earlier articles whose estimated Jaccard similarity reaches the
threshold, so a lookup costs the same whatever the number of indexed articles.

A near-duplicate that replaced a figure of the earlier article ("14 workers
were killed" re-posted as "40 workers were killed") is a *revision*: the outlet
changed what it reports, so it is kept as an article of its own, and the
cross-check sees both figures. Figures are read as the alignment reads them
(:func:`storyweave.embed.terms.figures`: "fourteen" and "14" are one figure, the
wire's ordinals "5th graf" none) and compared where the two texts differ: each
figure with the two words either side of it, so a replaced figure counts whatever
other numbers the article holds (the "40" of "11:40 p.m." in both). Only a
figure replaced counts (one gone and another in its place, beside a word it
had: "killed and 12 injured" -> "killed and 14 were injured"), and only in sentences of prose: one added ("Updated at 9am") or dropped
with a sentence, or a copy's own reference number, leaves a copy. Every other
near-duplicate is a *copy*, linked to the version whose figures it repeats: the
first-seen article of its group (the original) or a revision of it, never
another copy. Of the 39 near-duplicates among the DUC 2003 dev clusters, 2 are
revisions, both real wire updates (a toll 151 -> 156, an age 23 -> 32).

The index forgets articles (versions and copies) older than ``window_days`` (by
the newest date seen), which keeps memory flat on an endless stream: a
syndicated copy appears within days of its original. A date beyond tomorrow
(:func:`stream_date`) is no date to the index: one typo ("2031" for "2026")
would otherwise make it forget every article before it at once. A copy that
arrives after its original has been forgotten (a backfill) is the store's to
find, by its text (:mod:`storyweave.store.sqlite`).

The articles of one story are few, so :func:`near_duplicates_among` compares their
shingle sets exactly instead, with the same shingles and threshold.

Which article of a near-duplicate pair is the original does not depend on the order of a
command's paths: it is the one :func:`original_rank` puts first, the earliest dated, then the
first in file-name order. The store applies the same rule to what its index links
(:mod:`storyweave.store.sqlite`).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import zlib
from collections import Counter, deque
from collections.abc import Container, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from storyweave.embed.terms import STOP_WORDS, WORD_NUMBERS, ascii_word_bytes, figures
from storyweave.group.counts import Counts
from storyweave.model import Article, in_the_future

if TYPE_CHECKING:
    # Imported on use: a one-story report needs only near_duplicates_among, and datasketch adds 0.2 s to start-up.
    from datasketch import LeanMinHash

logger = logging.getLogger(__name__)

_WORD = re.compile(r"\w+")
# The same split of an ASCII text by a byte table, as embed.terms.tokens splits one: a capital lowered, a letter,
# digit or underscore kept, any other byte a space, then the text split at spaces, in a fifth of the regex's time:
# near_duplicates_among of a DUC 2003 dev cluster (all its articles ASCII) 5.0 -> 3.3 ms, median thread CPU, session
# 36's shingles and these alternated cluster by cluster in one process; the same shingles on the 1,230 dev articles.
_ASCII_WORD_BYTES = ascii_word_bytes(also="_")

# Chosen with `python bench/bench_grouping.py --dedup`: light edits of the 863 articles of the two
# clustering dev sets against the 1,675 pairs of distinct articles of one gold story. With 3-word shingles
# and Jaccard 0.5, a copy with a few words changed, other boilerplate or a sentence added is caught
# every time (>= 0.999), one with a sentence dropped 0.97 of the time, and one with all three edits at once
# 0.83. Of the same-story pairs, 29 (1.7%) reach 0.5; read by hand, every one is a wire story re-sent
# with a paragraph added or changed (what this index is for), while separate write-ups of one event stay
# at or below 0.41. 2-word shingles score alike; 4 and 5 lose recall on combined edits.
SHINGLE_WORDS = 3
JACCARD_THRESHOLD = 0.5
NUM_PERM = 128
_MASK32 = np.uint64((1 << 32) - 1)
_FNV_PRIME = np.uint64(0x01000193)
# datasketch's 32-bit affine permutation scheme, the one it uses by default.
_SCHEME = "affine32"


def _words(text: str) -> list[str]:
    """The lowercased word tokens (``\\w+``) of ``text``."""
    if text.isascii():
        return text.encode().translate(_ASCII_WORD_BYTES).decode().split()
    return _WORD.findall(text.lower())


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """The set of ``size``-word shingles of ``text`` (lowercased word tokens), each its words joined by a space.

    A text shorter than ``size`` words is one shingle.
    """
    words = _words(text)
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    # Strings, not tuples of words (no word holds a space): a string keeps its hash, which the intersections
    # reuse. near_duplicates_among of a DUC 2003 dev cluster: 6.0 -> 5.3 ms median thread CPU, one loaded core,
    # the tuple and string versions alternated cluster by cluster in one process, 20 passes.
    return set(map(" ".join, zip(*(words[offset:] for offset in range(size)), strict=False)))


def shingle_hashes(text: str, size: int = SHINGLE_WORDS) -> np.ndarray:
    """32-bit hashes of the ``size``-word shingles of ``text``, as :func:`shingles` but fast.

    Each word is hashed once (crc32) and the shingle hash combines its words'
    hashes FNV-style with numpy, instead of hashing every shingle string. A
    shingle the text repeats is hashed as often: the MinHash of the hashes (the
    least under each permutation) is the same, and making them unique took
    numpy longer than the MinHash takes over the repeats.
    """
    words = _words(text)
    if not words:
        return np.zeros(0, dtype=np.uint64)
    # Hash each distinct word once; news repeats its words.
    hashed = {word: zlib.crc32(word.encode()) for word in set(words)}
    word_hashes = np.fromiter(map(hashed.__getitem__, words), dtype=np.uint64, count=len(words))
    width = min(size, len(words))
    combined = np.zeros(len(words) - width + 1, dtype=np.uint64)
    for offset in range(width):
        combined = (combined * _FNV_PRIME + word_hashes[offset : offset + len(combined)]) & _MASK32
    return combined


# Figures count only in sentences of at least this many words: a copy's own
# reference number ("(Ref 000123.)"), time stamp ("Updated 10:32 a.m.") or
# photo count is not the story changing.
_PROSE_WORDS = 6
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


# Each figure of a version's prose sentences with the two words on either side of it, each side as one string
# ("deaths of", "14", "workers at"), as a multiset: a figure replaced changes its own occurrence, whatever
# figures the rest of the text holds. Two words, not one: an outlet that rewords the figure's sentence
# ("killed and 12 injured" -> "killed and 14 were injured") most often keeps a word within two of it.
_FigureContexts = Counter[tuple[str, str, str]]
# A word token; a number keeps its separators ("1,200" is one token, the one figure "1200").
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*\w*|\w+")
# A sentence gives a figure only with a digit or a number word, and most give none: only then is it read
# word by word. Its words, split anyway, show a number word by a set look-up; a case-blind search of the
# sentence for the number words took half the time of reading the figures.
_DIGIT = re.compile(r"\d")
# The neighbours of each figure of a version indexed before figures had contexts (an older store's
# checkpoint): they match any neighbour, so such a version compares its whole figures, as it did then.
_ANY = "*"


def _figure_contexts(text: str) -> _FigureContexts:
    """Each figure of ``text``'s sentences of at least ``_PROSE_WORDS`` words, with two words either side.

    A figure opening or closing its sentence has fewer words ("" for none) on that side.
    """
    found: _FigureContexts = Counts()
    for sentence in _SENTENCE_END.split(text):
        if len(sentence.split()) < _PROSE_WORDS:
            continue
        # Without a digit, the tokens are the plain words (``_TOKEN``'s figures need one), split fast (:func:`_words`):
        # near_duplicates_among of a DUC 2003 dev cluster 3.5 -> 3.1 ms mean thread CPU, per-cluster ratio 0.89
        # (median), session 36's figure contexts and these alternated in one process; the same on the dev articles.
        if _DIGIT.search(sentence) is not None:
            words = _TOKEN.findall(sentence.lower())
        elif WORD_NUMBERS.keys().isdisjoint(words := _words(sentence)):
            continue
        words = ["", "", *words, "", ""]
        for far_before, before, word, after, far_after in zip(
            words, words[1:], words[2:], words[3:], words[4:], strict=False
        ):
            if word[0].isdigit() or word in WORD_NUMBERS:
                sides = f"{far_before} {before}".strip(), f"{after} {far_after}".strip()
                for value in _word_figures(word):
                    found[sides[0], value, sides[1]] += 1
    return found


@lru_cache(maxsize=50_000)
def _word_figures(word: str) -> frozenset[str]:
    """:func:`figures` of one word token (cached: news repeats its numbers)."""
    return figures(word)


def _figures_differ(mine: _FigureContexts, theirs: _FigureContexts) -> bool:
    """Whether a figure of one version was replaced by another in the other, where the two differ.

    Only the occurrences one version has and the other lacks count, so "14
    workers" re-posted as "40 workers" differs even when "40" is found
    elsewhere in both ("11:40 p.m."). A replaced figure keeps a neighbour
    ("of 14 workers" -> "of 40 workers"; "killing 3 people" -> "killing at
    least 4 people"; "killed and 12 injured" -> "killed and 14 were
    injured"): a figure added or dropped with a sentence has no
    counterpart, so a copy that lost a paragraph and gained a line "First
    published by the Wire in 2024." stays a copy, and figures only reworded
    ("forty" -> "40") or moved are the same on both sides.

    A re-post may move several counts at once, each to the next one's old
    value ("injuring three workers" -> "injuring four workers", "Two of the
    injured" -> "Three of the injured"): a 3 is added and a 3 dropped, so
    only the chain of replacements, each in the very same place (the next
    word on both sides the same), leads from a value new to the version to
    one gone from it.
    """
    added = mine - theirs
    dropped = theirs - mine
    added_values = Counter(value for _, value, _ in added.elements())
    dropped_values = Counter(value for _, value, _ in dropped.elements())
    new = added_values - dropped_values
    gone = dropped_values - added_values
    if any(
        value in new and other in gone and _same_place((before, after), (other_before, other_after))
        for before, value, after in added
        for other_before, other, other_after in dropped
    ):
        return True
    # The chain's links: one figure in the very place of another. An older checkpoint's _ANY place is no place.
    replaces: dict[str, set[str]] = {}
    for before, value, after in added:
        for other_before, other, other_after in dropped:
            if (
                value != other
                and other_before != _ANY
                and _next_words_match((before, after), (other_before, other_after))
            ):
                replaces.setdefault(value, set()).add(other)
    reached = [value for value in new if value in replaces]
    seen = set(reached)
    while reached:
        for other in replaces.get(reached.pop(), ()):
            if other in gone:
                return True
            if other not in seen:
                seen.add(other)
                reached.append(other)
    return False


def _next_words(mine: tuple[str, str], theirs: tuple[str, str]) -> list[tuple[list[str], list[str]]]:
    """The word right before and the word right after each of two figures, paired side by side (an empty list
    where a figure opens or closes its sentence)."""
    return [
        (side.split()[nearest:][:1], other.split()[nearest:][:1])
        for side, other, nearest in zip(mine, theirs, (-1, 0), strict=True)
    ]


def _next_words_match(mine: tuple[str, str], theirs: tuple[str, str]) -> bool:
    """Whether two figures have the same next word on each side ("injuring three workers" / "injuring four
    workers")."""
    return all(word == other for word, other in _next_words(mine, theirs))


def _same_place(mine: tuple[str, str], theirs: tuple[str, str]) -> bool:
    """Whether two figures' neighbours (the words before, the words after) put them in one place of the text.

    The next word on both sides the same, or on one side if it is not a stop
    word ("of 14 workers" and "of 40 workers"; "killing 3 people" and "at
    least 4 people"): a shared "the" or "of" alone is as often two unrelated
    sentences. Or both words of one side the same, not only stop words: a
    sentence reworded after the figure ("killed and 12 injured" and "killed
    and 14 were injured"). A word shared two away alone is not enough: in the
    remixed stream of `python bench/bench_stream.py --n 20000`, "silver and 5
    bronze medals" and "won 3 gold medals" are two sentences, and that rule
    made 21 of its 3,281 copies revisions, this one 6; on the dev sets both
    leave all 72 near-duplicates as they were. A version of an older
    checkpoint has one word a side, which compares as the next word.
    """
    if theirs[0] == _ANY:
        return True
    next_words = _next_words(mine, theirs)
    if all(word == other for word, other in next_words):
        return True
    return any(word == other and not STOP_WORDS.issuperset(word) for word, other in next_words) or any(
        side == other and not STOP_WORDS.issuperset(side.split())
        for side, other in zip(mine, theirs, strict=True)
    )


def _copied_version(
    figures: _FigureContexts,
    similar: Sequence[tuple[float, str]],
    figures_of: Mapping[str, _FigureContexts],
) -> str | None:
    """The most similar earlier version whose figures a near-duplicate repeats: the one it copies.

    Args:
        figures: The near-duplicate's figures, in their contexts.
        similar: (similarity, id) of the earlier versions it nearly copies.
        figures_of: Figures in their contexts by version id; a version missing there
            (indexed before revisions were told apart) counts as giving the
            same figures.

    Returns:
        The version's id; None when every similar version gives other figures
        (the near-duplicate revises the most similar one) or there is none.
    """
    same = [pair for pair in similar if not _figures_differ(figures, figures_of.get(pair[1], figures))]
    return max(same)[1] if same else None


@dataclass(frozen=True)
class NearDuplicates:
    """The near-duplicates among some articles.

    Attributes:
        copies: Copy id -> id of the version it repeats (same figures): the
            same reporting, to count once.
        revisions: Revision id -> id of the version it revises (figures
            changed): an article of its own.
    """

    copies: dict[str, str]
    revisions: dict[str, str]


def near_duplicates_among(
    articles: Sequence[Article], threshold: float = JACCARD_THRESHOLD
) -> NearDuplicates:
    """The copies and revisions among the articles of one story, whatever the order given.

    The articles are read in :func:`original_rank` order, so the original of a
    near-duplicate pair is the earliest dated (then the first by file name and
    line), not the first of the paths given. The exact
    Jaccard similarity of shingle sets, compared with every earlier version (an
    original or a revision): for the few articles of one story that costs less
    than MinHash signatures.
    """
    versions: list[tuple[str, set[str]]] = []
    text_of = {article.id: article.text for article in articles}
    # Figures are read only for articles in a near-duplicate pair: most stories have none.
    figures_of: dict[str, _FigureContexts] = {}
    copies: dict[str, str] = {}
    revisions: dict[str, str] = {}
    for article in sorted(
        articles, key=lambda article: original_rank(article.date, article.origin, article.modified)
    ):
        mine = shingles(article.text)
        if not mine:
            continue
        similar = []
        for key, other in versions:
            # Jaccard is at most the smaller set's size over the larger's: versions that far apart in length
            # are not intersected (489 of the 1,332 article pairs of the DUC 2003 dev clusters).
            if min(len(mine), len(other)) / max(len(mine), len(other)) < threshold:
                continue
            shared = len(mine & other)
            similarity = shared / (len(mine) + len(other) - shared)
            if similarity >= threshold:
                similar.append((similarity, key))
        if not similar:
            versions.append((article.id, mine))
            continue
        for _, key in similar:
            if key not in figures_of:
                figures_of[key] = _figure_contexts(text_of[key])
        given = _figure_contexts(article.text)
        copied = _copied_version(given, similar, figures_of)
        if copied is not None:
            copies[article.id] = copied
            continue
        revisions[article.id] = max(similar)[1]
        versions.append((article.id, mine))
        figures_of[article.id] = given
    return NearDuplicates(copies, revisions)


def first_version(article_id: str, revisions: Mapping[str, str], among: Container[str]) -> str:
    """The first version of an article's revisions (``NearDuplicates.revisions``: a revision of a revision reads
    back to the first), followed through the articles ``among`` only; the article itself when it revises none of
    them."""
    seen = {article_id}
    while (earlier := revisions.get(article_id)) in among and earlier not in seen:
        article_id = earlier
        seen.add(article_id)
    return article_id


@dataclass(frozen=True)
class VersionSketch:
    """What the near-duplicate index reads of a text: its MinHash signature and its figures in context.

    It depends on the text alone, so it may be computed apart (another process) and handed to
    :meth:`NearDuplicateIndex.add`.

    Attributes:
        signature: The MinHash of the text's shingles; None when it has no words.
        figures: Each figure of its prose sentences with two words either side.
    """

    signature: LeanMinHash | None
    figures: _FigureContexts


def sketch_version(text: str, shingle_words: int = SHINGLE_WORDS, num_perm: int = NUM_PERM) -> VersionSketch:
    """The :class:`VersionSketch` of ``text``, shingled in ``shingle_words``-word runs over ``num_perm`` permutations."""
    from datasketch import LeanMinHash, MinHash

    hashes = shingle_hashes(text, shingle_words)
    if not len(hashes):
        return VersionSketch(None, Counts())
    minhash = MinHash(num_perm, hashfunc=_identity, permutations=_permutations(num_perm), scheme=_SCHEME)
    minhash.update_batch(hashes.tolist())
    return VersionSketch(LeanMinHash(minhash), _figure_contexts(text))


@lru_cache(maxsize=4)
def _band_ranges(threshold: float, num_perm: int) -> tuple[tuple[int, int], ...]:
    """The signature ranges of the LSH bands datasketch's MinHashLSH chooses for ``threshold``: a version is
    a candidate copy when all the values of one band agree (25 bands of 5 values at 0.5 of 128).

    The index keeps its own buckets, keyed as MinHashLSH keys them, each signature's keys cut from one byte copy:
    MinHashLSH made a copy per band for each query, insert and removal. :meth:`NearDuplicateIndex.add` on 6,000
    articles of `python bench/bench_stream.py` (pre-sketched, one pinned core): 147 -> 80 µs an article.
    """
    from datasketch import MinHashLSH

    return tuple(MinHashLSH(threshold=threshold, num_perm=num_perm).hashranges)


@lru_cache(maxsize=4)
def _permutations(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    """datasketch's default permutations (seed 1) for ``num_perm``: drawing them costs more than hashing a text."""
    from datasketch import MinHash

    return MinHash(num_perm=num_perm).permutations


def original_rank(
    date: dt.date | None, origin: str | None, modified: dt.date | None = None
) -> tuple[dt.date, dt.date, str, int]:
    """Orders the articles of one text (an article and its near-duplicates), the original first.

    The earliest dated is the original; a date beyond tomorrow (a typo, see :func:`stream_date`)
    counts as none, and an undated article comes last. Of one date, the one not updated on a later day
    (``Article.modified``: a corrected page saved again comes after the first save, QA10a #4), then the
    one read first in file-name order (a wire story syndicated the same day): by its origin's file, then
    line (a feed lists its articles as they came), whatever order the paths were given in (QA6 #8).
    Articles without an origin (given through the Python API) tie, and keep the order given.
    """
    path, _, line = (origin or "").rpartition(":")
    if not line.isdigit():
        path, line = origin or "", "0"
    day = stream_date(date) or dt.date.max
    return day, max(day, modified or day), path, int(line)


def stream_date(date: dt.date | None) -> dt.date | None:
    """``date`` as a stream's clock reads it: None (undated) when it is beyond tomorrow.

    The reader keeps such a date but warns of it (most are typos, "2031" for
    "2026"); read as it stands, it would move the clock of the near-duplicate
    index and of the grouper years ahead, so that every later article counted
    as years late. (The clock
    is today's: a stream replayed after such a date has passed reads it as a
    date.)
    """
    if date is not None and in_the_future(date):
        return None
    return date


def _identity(value: int) -> int:
    """The MinHash hash function for values that are already 32-bit hashes (module level, so it pickles)."""
    return value


@dataclass
class NearDuplicateIndex:
    """Links each article to the earlier version it nearly copies, or that it revises.

    Args:
        threshold: Least estimated Jaccard similarity of shingle sets for a copy.
        shingle_words: Words per shingle.
        num_perm: MinHash permutations (signature length).
        window_days: Articles older than this (by date, relative to the newest
            date seen) leave the index; None keeps every article.

    Example:
        >>> index = NearDuplicateIndex()
        >>> text = "The mayor opened the new bridge on Monday after three years of work and delays."
        >>> index.add(Article(id="a", text=text)) is None
        True
        >>> index.add(Article(id="b", text=text + " Reuters."))
        'a'
        >>> index.add(Article(id="c", text=text.replace("three", "four"))) is None
        True
        >>> index.revision_of_
        {'c': 'a'}
    """

    threshold: float = JACCARD_THRESHOLD
    shingle_words: int = SHINGLE_WORDS
    num_perm: int = NUM_PERM
    window_days: int | None = 30

    def __post_init__(self) -> None:
        if not 0 < self.threshold <= 1:
            raise ValueError(f"threshold must be in (0, 1], got {self.threshold}")
        if self.shingle_words < 1 or self.num_perm < 16:
            raise ValueError("shingle_words must be >= 1 and num_perm >= 16")
        if self.window_days is not None and self.window_days < 0:
            raise ValueError(f"window_days must be >= 0 or None, got {self.window_days}")
        # Each band's buckets: the versions whose signatures agree on all of that band's values. Tuples, not sets:
        # nearly every bucket holds one version, and a tuple of strings is 56 bytes the garbage collector soon stops
        # tracking, a set 216 it traverses in every full collection (the 60k stream's index: 296,550 buckets).
        self.buckets_: list[dict[bytes, tuple[str, ...]]] = [
            {} for _ in _band_ranges(self.threshold, self.num_perm)
        ]
        # The versions indexed (originals and revisions): their signatures and figures in context.
        self.signatures_: dict[str, LeanMinHash] = {}
        self.figures_: dict[str, _FigureContexts] = {}
        self.original_of_: dict[str, str] = {}
        self.revision_of_: dict[str, str] = {}
        self.expiry_: deque[tuple[dt.date, str]] = deque()
        self.newest_: dt.date | None = None

    def __getstate__(self) -> dict[str, object]:
        # The buckets are the signatures' band keys, built again on loading: pickled, they were 11 of a 20k
        # stream's 58 MB checkpoint and a sixth of the time to pickle it (`python bench/bench_stream.py --n 20000`).
        return {name: value for name, value in self.__dict__.items() if name != "buckets_"}

    def __setstate__(self, state: dict[str, object]) -> None:
        # A store checkpoint pickled before revisions were told apart lacks both; its articles then
        # count as giving the same figures as any near-duplicate, as they did then.
        self.__dict__.update({"figures_": {}, "revision_of_": {}} | state)
        # A checkpoint keeps the signatures, not the buckets (see __getstate__); one pickled before the buckets
        # holds datasketch's MinHashLSH of the same versions instead.
        self.__dict__.pop("lsh_", None)
        self.buckets_ = [{} for _ in _band_ranges(self.threshold, self.num_perm)]
        for key, signature in self.signatures_.items():
            self._insert(key, self._bands(signature))
        # One pickled before sketches kept the permutations it now draws once per process.
        self.__dict__.pop("permutations_", None)
        # One pickled before figures had contexts holds each version's figures as one set.
        self.figures_ = {
            key: Counter((_ANY, value, _ANY) for value in given) if isinstance(given, frozenset) else given
            for key, given in self.figures_.items()
        }

    def sketch(self, text: str) -> VersionSketch:
        """What this index reads of ``text``: :func:`sketch_version` with its settings."""
        return sketch_version(text, self.shingle_words, self.num_perm)

    def add(self, article: Article, sketch: VersionSketch | None = None) -> str | None:
        """Index ``article`` and return the id of the version it copies, if any.

        A revision (a near-duplicate with other figures) is indexed as a
        version of its own and recorded in ``revision_of_``. Articles should
        arrive in date order; an undated article, or one dated beyond tomorrow
        (:func:`stream_date`), counts as published at the newest date seen. An
        id already added returns the same answer as the first time.

        Args:
            article: The article.
            sketch: Its :meth:`sketch`, when computed already (in another process).

        Returns:
            The version (original or revision) whose figures the copy repeats,
            or None when ``article`` is the first of its kind, a revision, or
            has no words.
        """
        if article.id in self.signatures_ or article.id in self.original_of_:
            return self.original_of_.get(article.id)
        date = stream_date(article.date)
        self._expire(date)
        if sketch is None:
            sketch = self.sketch(article.text)
        signature = sketch.signature
        if signature is None:
            return None
        # Only versions are indexed, so a copy of a copy links to the version it repeats.
        bands = self._bands(signature)
        found = set().union(
            *(bucket.get(band, ()) for band, bucket in zip(bands, self.buckets_, strict=True))
        )
        similar = [
            (similarity, key)
            for key in found
            if (similarity := signature.jaccard(self.signatures_[key])) >= self.threshold
        ]
        self.expiry_.append((date or self.newest_ or dt.date.min, article.id))
        given = sketch.figures
        copied = _copied_version(given, similar, self.figures_)
        if copied is not None:
            self.original_of_[article.id] = copied
            return copied
        if similar:
            self.revision_of_[article.id] = max(similar)[1]
        self._insert(article.id, bands)
        self.signatures_[article.id] = signature
        self.figures_[article.id] = given
        return None

    def _bands(self, signature: LeanMinHash) -> list[bytes]:
        """The signature's key in each band's buckets: the band's values as bytes (big-endian, as datasketch's)."""
        values = signature.hashvalues.byteswap().tobytes()
        width = signature.hashvalues.itemsize
        return [
            values[start * width : end * width] for start, end in _band_ranges(self.threshold, self.num_perm)
        ]

    def _insert(self, key: str, bands: Sequence[bytes]) -> None:
        for band, bucket in zip(bands, self.buckets_, strict=True):
            bucket[band] = (*bucket.get(band, ()), key)

    def holds(self, article_id: str) -> bool:
        """Whether ``article_id`` is a version (an original or a revision) the index still holds."""
        return article_id in self.signatures_

    def _expire(self, date: dt.date | None) -> None:
        """Forget articles (versions and copies) more than ``window_days`` older than ``date``."""
        if date is not None and (self.newest_ is None or date > self.newest_):
            self.newest_ = date
        if self.window_days is None or self.newest_ is None:
            return
        cutoff = self.newest_ - dt.timedelta(days=self.window_days)
        while self.expiry_ and self.expiry_[0][0] < cutoff:
            _, key = self.expiry_.popleft()
            if key in self.signatures_:
                for band, bucket in zip(self._bands(self.signatures_[key]), self.buckets_, strict=True):
                    members = tuple(member for member in bucket[band] if member != key)
                    if members:
                        bucket[band] = members
                    else:
                        del bucket[band]
                del self.signatures_[key]
                self.figures_.pop(key, None)
                self.revision_of_.pop(key, None)
            else:
                del self.original_of_[key]
