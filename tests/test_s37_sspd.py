"""Session 37's summarizer speed-ups give the same numbers, bit for bit, as the code they replaced."""

import re

import numpy as np
import pytest

from storyweave.group import dedup
from storyweave.summarizer import _gains


@pytest.mark.parametrize("rows", [1, 2, 5, 25, 26, 60])
@pytest.mark.parametrize("columns", [1, 3, 30, 333, 700])
def test_the_gains_of_float_columns_are_the_boolean_product_bit_for_bit(rows, columns):
    """The selection's gains were ``incidence[:, uncovered] @ weight[uncovered]`` of a boolean matrix; a last bit
    that moved could flip a near-tie between candidates."""
    rng = np.random.default_rng(rows * 1000 + columns)
    for _ in range(10):
        incidence = rng.random((rows, columns)) < rng.random()
        weight = rng.random(columns) * rng.choice([1e-3, 1.0, 1e3])
        uncovered = rng.random(columns) < rng.random()
        expected = incidence[:, uncovered] @ weight[uncovered]
        found = _gains(incidence.astype(float), weight, uncovered)
        assert found.tobytes() == expected.tobytes()


@pytest.mark.parametrize(
    "text",
    [
        "The storm hit the coast on Monday, officials said.",
        "snake_case and __init__ stay one word; x_y_z too",
        "Tabs\tand\x0bvertical\x0ctabs\x1cand separators\x1f,commas,1,200 and 6.1%",
        "CAPITALS, O'Neill's 'quotes' -- and (brackets) [1] {2} <3> @handle #tag",
        "",
        "   ",
        "Müller's café: 地震发生 Ōsaka",  # not ASCII: the regex
    ],
)
def test_the_fast_word_split_is_the_word_regex(text):
    assert dedup._words(text) == re.findall(r"\w+", text.lower())
