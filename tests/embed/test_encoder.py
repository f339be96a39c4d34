"""Contract every Encoder must meet: shape, dtype, unit norm, determinism, empty input."""

import os
import subprocess
import sys

import numpy as np
import pytest

from storyweave.embed import EncodedOnce, Encoder, MiniLMOnnxEncoder


@pytest.fixture(params=["default", "encoded once"])
def any_encoder(request, encoder) -> Encoder:
    return {"default": lambda: encoder, "encoded once": lambda: EncodedOnce(encoder)}[request.param]()


def test_encoder_contract(any_encoder):
    texts = ["A fire destroyed a harbour warehouse.", "Flames gutted a dockside depot.", "Stocks fell."]
    vectors = any_encoder.encode(texts)
    assert isinstance(any_encoder, Encoder)
    assert vectors.shape == (3, any_encoder.dim)
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    np.testing.assert_array_equal(vectors, any_encoder.encode(texts))
    assert any_encoder.encode([]).shape == (0, any_encoder.dim)


def test_minilm_puts_paraphrases_closer_than_unrelated_text(encoder):
    fire, depot, stocks = encoder.encode(
        ["A fire destroyed a harbour warehouse.", "Flames gutted a dockside depot.", "Stocks fell sharply."]
    )
    assert fire @ depot > fire @ stocks + 0.2


def test_encoding_does_not_depend_on_batch_neighbours(encoder):
    alone = encoder.encode(["Two firefighters were hurt."])
    padded = encoder.encode(["Two firefighters were hurt.", "A much longer sentence " * 10])[:1]
    np.testing.assert_allclose(alone, padded, atol=1e-5)


def test_constructor_rejects_bad_settings_and_loads_nothing():
    with pytest.raises(ValueError):
        MiniLMOnnxEncoder(batch_size=0)
    assert MiniLMOnnxEncoder()._session is None


def test_the_encoder_starts_no_onnxruntime_telemetry(tmp_path):
    # onnxruntime 1.29+ starts an uploader at initialization; a user whose home folder cannot be written
    # saw its "Failed to persist telemetry device ID" line on every command (QA).
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("")
    env = {k: v for k, v in os.environ.items() if k != "ORT_DISABLE_TELEMETRY"}
    env["HOME"] = str(not_a_folder / "home")  # nothing can be created below a file, even by root
    code = "from storyweave.embed import default_encoder; print(default_encoder().encode(['A fire.']).shape)"
    run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "(1, 384)"
    assert "telemetry" not in run.stderr


def test_encoded_once_asks_its_encoder_for_each_text_once(encoder):
    asked: list[str] = []

    class Counting:
        dim = encoder.dim

        def encode(self, texts):
            asked.extend(texts)
            return encoder.encode(texts)

    once = EncodedOnce(Counting())
    first = once.encode(["Flames gutted a depot.", "Stocks fell.", "Flames gutted a depot."])
    second = once.encode(["Stocks fell.", "A ship docked."])
    assert asked == ["Flames gutted a depot.", "Stocks fell.", "A ship docked."]
    np.testing.assert_array_equal(first[0], first[2])
    np.testing.assert_allclose(second, encoder.encode(["Stocks fell.", "A ship docked."]), atol=1e-5)
