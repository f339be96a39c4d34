"""The ``Encoder`` protocol: texts in, L2-normalised float32 rows out."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

import numpy as np


@runtime_checkable
class Encoder(Protocol):
    """Turns texts into vectors whose dot product is their cosine similarity.

    Implementations load any model lazily on the first ``encode`` call, return
    ``(len(texts), dim)`` float32 rows with unit L2 norm (all-zero rows only for
    texts with no usable tokens) and give the same rows for the same texts.
    """

    dim: int

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


def normalize_rows(matrix: np.ndarray) -> np.ndarray:
    """Scale each row to unit L2 norm, leaving all-zero rows at zero."""
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return (matrix / np.where(norms == 0, 1, norms)).astype(np.float32, copy=False)


class EncodedOnce:
    """An ``Encoder`` that encodes each distinct text once over its life, then answers from memory.

    One report's stages ask for some of the same sentences (the claims'
    alignment and the timeline both read a story's sentences); sharing one of
    these for the report encodes them once. Keep one per story, not per
    process: the memory grows with every text it has seen.
    """

    def __init__(self, encoder: Encoder) -> None:
        self.encoder = encoder
        self.dim = encoder.dim
        self._rows: dict[str, np.ndarray] = {}

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        new = [text for text in dict.fromkeys(texts) if text not in self._rows]
        if new:
            self._rows.update(zip(new, self.encoder.encode(new), strict=True))
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([self._rows[text] for text in texts])
