"""Review mends of session 27: the change-to reading is linear and reads as the lazy regex it replaced."""

import random
import re

from storyweave.crosscheck.conflicts import _follows_change_to

# The regex the session wrote, quadratic in a long sentence of many change verbs.
_LAZY_CHANGED_TO = re.compile(
    r"\b(?:expanded|extended|widened|broadened|raised|increased|lifted|revised)\b[^.;]*?\bto\s+$",
    re.IGNORECASE,
)


def test_changed_to_reads_as_the_lazy_regex() -> None:
    pieces = [
        "expanded",
        "Raised",
        "to",
        "onto",
        " ",
        "  ",
        ".",
        ";",
        "its recall",
        "x",
        "revised",
        "TO",
        "\n",
    ]
    chooser = random.Random(27)
    for _ in range(3000):
        text = "".join(
            chooser.choice(pieces) + chooser.choice(["", " "]) for _ in range(chooser.randint(1, 12))
        )
        text += "1.9 million"
        offset = len(text) - len("1.9 million")
        expected = _LAZY_CHANGED_TO.search(text, 0, offset) is not None
        assert _follows_change_to(text, offset) is expected, text


def test_changed_to_in_a_long_sentence_of_many_verbs() -> None:
    # The lazy regex took seconds on such a sentence (review s27); the reading back from "to" is linear.
    text = "raised the figure " * 4000 + "to 19 people"
    assert _follows_change_to(text, text.index("19"))
    assert not _follows_change_to(text, text.index("figure"))
