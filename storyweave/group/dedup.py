"""Near-duplicate articles: syndicated copies and lightly edited re-posts.

Each article's text becomes a set of word shingles, summarised as a MinHash
signature; a MinHash LSH index (datasketch) finds earlier articles whose
estimated Jaccard similarity reaches the threshold, so a lookup costs the same
whatever the number of indexed articles. A copy is linked to the first-seen
article of its group (the original), never to another copy.

The index forgets articles (originals and copies) older than ``window_days`` (by
the newest date seen), which keeps memory flat on an endless stream: a
syndicated copy appears within days of its original.

The articles of one story are few, so :func:`copies_among` compares their
shingle sets exactly instead, with the same shingles and threshold.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import zlib
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from storyweave.model import Article

if TYPE_CHECKING:
    # Imported on use: a one-story report needs only copies_among, and datasketch adds 0.2 s to start-up.
    from datasketch import LeanMinHash

logger = logging.getLogger(__name__)

_WORD = re.compile(r"\w+")

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


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[tuple[str, ...]]:
    """The set of ``size``-word shingles of ``text`` (lowercased word tokens), each a tuple of words.

    A text shorter than ``size`` words is one shingle.
    """
    words = _WORD.findall(text.lower())
    if len(words) <= size:
        return {tuple(words)} if words else set()
    return set(zip(*(words[offset:] for offset in range(size)), strict=False))


def shingle_hashes(text: str, size: int = SHINGLE_WORDS) -> np.ndarray:
    """32-bit hashes of the ``size``-word shingles of ``text`` (sorted, unique), as :func:`shingles` but fast.

    Each word is hashed once (crc32) and the shingle hash combines its words'
    hashes FNV-style with numpy, instead of hashing every shingle string.
    """
    words = _WORD.findall(text.lower())
    if not words:
        return np.zeros(0, dtype=np.uint64)
    # Hash each distinct word once; news repeats its words.
    hashed = {word: zlib.crc32(word.encode()) for word in set(words)}
    word_hashes = np.fromiter(map(hashed.__getitem__, words), dtype=np.uint64, count=len(words))
    width = min(size, len(words))
    combined = np.zeros(len(words) - width + 1, dtype=np.uint64)
    for offset in range(width):
        combined = (combined * _FNV_PRIME + word_hashes[offset : offset + len(combined)]) & _MASK32
    return np.unique(combined)


def copies_among(articles: Sequence[Article], threshold: float = JACCARD_THRESHOLD) -> dict[str, str]:
    """Copy id -> original id among the articles of one story, in the order given.

    The exact Jaccard similarity of shingle sets, compared with every earlier
    original: for the few articles of one story that costs less than MinHash
    signatures. A copy is linked to the most similar original, never to a copy.
    """
    originals: list[tuple[str, set[tuple[str, ...]]]] = []
    found: dict[str, str] = {}
    for article in articles:
        mine = shingles(article.text)
        if not mine:
            continue
        similarity = []
        for key, other in originals:
            shared = len(mine & other)
            similarity.append((shared / (len(mine) + len(other) - shared), key))
        best = max(similarity, default=None)
        if best is not None and best[0] >= threshold:
            found[article.id] = best[1]
        else:
            originals.append((article.id, mine))
    return found


def _identity(value: int) -> int:
    """The MinHash hash function for values that are already 32-bit hashes (module level, so it pickles)."""
    return value


@dataclass
class NearDuplicateIndex:
    """Links each article to the first-seen article it nearly copies.

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
        from datasketch import MinHash, MinHashLSH

        self.lsh_ = MinHashLSH(threshold=self.threshold, num_perm=self.num_perm)
        # Every signature shares one set of permutations; drawing them costs more than hashing a text.
        self.permutations_ = MinHash(num_perm=self.num_perm).permutations
        self.signatures_: dict[str, LeanMinHash] = {}
        self.original_of_: dict[str, str] = {}
        self.expiry_: deque[tuple[dt.date, str]] = deque()
        self.newest_: dt.date | None = None

    def signature(self, text: str) -> LeanMinHash | None:
        """The MinHash of ``text``'s shingles; None when it has no words."""
        from datasketch import LeanMinHash, MinHash

        hashes = shingle_hashes(text, self.shingle_words)
        if not len(hashes):
            return None
        minhash = MinHash(self.num_perm, hashfunc=_identity, permutations=self.permutations_, scheme=_SCHEME)
        minhash.update_batch(hashes.tolist())
        return LeanMinHash(minhash)

    def add(self, article: Article) -> str | None:
        """Index ``article`` and return the id of the original it copies, if any.

        Articles should arrive in date order; an undated article counts as
        published at the newest date seen. An id already added returns the
        same answer as the first time.

        Returns:
            The first-seen article of the near-duplicate group, or None when
            ``article`` is the first of its kind (or has no words).
        """
        if article.id in self.signatures_ or article.id in self.original_of_:
            return self.original_of_.get(article.id)
        self._expire(article.date)
        signature = self.signature(article.text)
        if signature is None:
            return None
        # Only originals are indexed, so a copy of a copy links to the first-seen article.
        matches = [
            key
            for key in self.lsh_.query(signature)
            if signature.jaccard(self.signatures_[key]) >= self.threshold
        ]
        self.expiry_.append((article.date or self.newest_ or dt.date.min, article.id))
        if matches:
            original = max(matches, key=lambda key: (signature.jaccard(self.signatures_[key]), key))
            self.original_of_[article.id] = original
            return original
        self.lsh_.insert(article.id, signature)
        self.signatures_[article.id] = signature
        return None

    def _expire(self, date: dt.date | None) -> None:
        """Forget articles (originals and copies) more than ``window_days`` older than ``date``."""
        if date is not None and (self.newest_ is None or date > self.newest_):
            self.newest_ = date
        if self.window_days is None or self.newest_ is None:
            return
        cutoff = self.newest_ - dt.timedelta(days=self.window_days)
        while self.expiry_ and self.expiry_[0][0] < cutoff:
            _, key = self.expiry_.popleft()
            if key in self.signatures_:
                self.lsh_.remove(key)
                del self.signatures_[key]
            else:
                del self.original_of_[key]
