"""Sentence and article embeddings behind the small ``Encoder`` protocol."""

import threading
from functools import lru_cache

from storyweave.embed.encoder import EncodedOnce, Encoder, normalize_rows
from storyweave.embed.minilm_onnx import MiniLMOnnxEncoder

_DEFAULT_LOCK = threading.Lock()


def default_encoder() -> Encoder:
    """The process-wide default encoder; its model loads on first use.

    One for the whole process even when threads (the web server's) ask for it at once.
    """
    with _DEFAULT_LOCK:
        return _default_encoder()


@lru_cache(maxsize=1)
def _default_encoder() -> Encoder:
    return MiniLMOnnxEncoder()


__all__ = ["EncodedOnce", "Encoder", "MiniLMOnnxEncoder", "default_encoder", "normalize_rows"]
