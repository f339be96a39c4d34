"""Session 36, the summarizer's speed: the faster paths read what the slower ones read."""

from __future__ import annotations

import re

import pytest

from storyweave import clean as clean_module
from storyweave.clean import clean
from storyweave.embed.terms import WORD_NUMBERS, figures
from storyweave.model import Article

# The one pattern figures() scanned with before session 36: digits and number words tried at every character.
_ONE_PATTERN = re.compile(
    r"\d+(?:[.,]\d+)*(?!\d|st\b|nd\b|rd\b|th\b)|\b(?=[zotfsen])(?:" + "|".join(WORD_NUMBERS) + r")\b",
    re.IGNORECASE,
)


def _figures_in_one_scan(text: str) -> frozenset[str]:
    found = set()
    for match in _ONE_PATTERN.findall(text):
        value = WORD_NUMBERS.get(match.lower())
        found.add(match.replace(",", "") if value is None else str(value))
    return frozenset(found)


@pytest.mark.parametrize(
    "text",
    [
        "Fourteen of the 1,200 workers; the 5th graf.",
        "The 3RD and 21st floors, 4.5 metres, 1,200.5,3 and twenty-one people.",
        "SIX men, ſix women and eleven11 children; one-two; Seventeen.",
        "No figure at all.",
        "3rd-quarter profit of $5m rose 12% to 1.2bn in 2024, nine analysts said.",
        "zero,one,two 10th 100th 11 st. ten",
    ],
)
def test_figures_are_those_of_one_scan_for_digits_and_words(text):
    assert figures(text) == _figures_in_one_scan(text)


def test_a_word_matched_case_blind_but_no_number_word_once_lowered_is_kept_as_written():
    # "ſ" (long s) matches "s" case-blind, but "ſix" lowers to no number word: one scan gave it as written too.
    assert figures("ſix men") == _figures_in_one_scan("ſix men") == frozenset({"ſix"})


def test_terminal_escapes_and_control_characters_are_removed_and_other_text_is_left_alone():
    assert clean(Article("a", "The \x1b[31mstorm\x1b[0m hit the coast\x07 on Monday night.")).text == (
        "The storm hit the coast on Monday night."
    )
    plain = "The storm hit the coast on Monday.\nFerries were cancelled in\ttwo ports."
    assert clean(Article("a", plain)).text == plain


@pytest.mark.parametrize(
    "text",
    [
        "The storm hit the coast on Monday.\nPhoto: Reuters\nShare this article\nFerries were cancelled.",
        "Posted: Tuesday, November 21, 2017 5:27 pm\nThe council met on Tuesday, officials said.\n"
        "(AP Photo/Jane Doe)\nSign up for our newsletter to get the latest updates.",
        "İSTANBUL — The quake struck at dawn. ſee the video.\nCopyright 2024 The Ledger. All rights reserved.",
        "Click here to read more. The bridge reopened on Friday (Getty Images), the mayor said.\nRead more",
        "The vote was close.\nFollow us on Facebook\n© 2021 Example News",
    ],
)
def test_a_paragraph_reads_only_its_articles_signs_and_triggers_as_it_read_them_all(text):
    # Each paragraph cleaned against every trigger word and sign, as before the article's were looked for once.
    removed: list = []
    every = [
        kept for paragraph in text.split("\n") if (kept := clean_module._clean_paragraph(paragraph, removed))
    ]
    cleaned = clean(Article("a", text))
    assert cleaned.text == "\n".join(every)
    assert [line.text for line in cleaned.removed] == [line.text for line in removed]
