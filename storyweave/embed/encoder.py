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
