"""Sentence and article embeddings behind the small ``Encoder`` protocol."""

from functools import lru_cache

from storyweave.embed.encoder import EncodedOnce, Encoder, normalize_rows
from storyweave.embed.minilm_onnx import MiniLMOnnxEncoder


@lru_cache(maxsize=1)
def default_encoder() -> Encoder:
    """The process-wide default encoder; its model loads on first use."""
    return MiniLMOnnxEncoder()


__all__ = ["EncodedOnce", "Encoder", "MiniLMOnnxEncoder", "default_encoder", "normalize_rows"]
