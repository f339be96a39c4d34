"""The shortcuts taken for speed give what the plain computations they replace give, bit for bit.

Each shortcut (clean's rule signs, segment's blingfire call, tfidf_rows' vocabulary, unique cells and row
scaling) is checked against the straightforward version it stands for.
"""

import random

import blingfire
import numpy as np
import pytest
from scipy import sparse

from storyweave import clean as clean_module
from storyweave.clean import clean
from storyweave.embed.terms import SentenceTerms, tfidf_rows
from storyweave.model import Article
from storyweave.segment import _SENTENCE_BUFFER_BYTES, _blingfire_sentences
from tests.test_clean import BOILERPLATE_FRAGMENTS, BOILERPLATE_PARAGRAPHS, NEWS_LOOKALIKES

NEWS = "The storm hit the coast on Monday, officials said."

# Paragraphs for the paragraph rules: the boilerplate of test_clean, news that looks like it, and the rules'
# signs written with the letters that re.IGNORECASE matches but str.lower() leaves alone ("ſ" for "s").
PARAGRAPHS = [
    *(text for text, _ in BOILERPLATE_PARAGRAPHS),
    *(text for text, *_ in BOILERPLATE_FRAGMENTS),
    *NEWS_LOOKALIKES,
    NEWS,
    "Pleaſe ſhare it in the comments.",
    "Jane Doe contrıbuted to thıs report.",
    "© 2018 Cable News Network. All Rıghts Reserved.",
    "The flooded road is pictured on Tuesday, Oct. 27, 2009. (Jane Doe)",
    "Rommel Demano/Getty Images.",
    "Rommel Demano/Getty Images",
    "Related Netflix Hacker Also Claims Theft.",
    "By Jane Doe and John Roe",
    "By Jane Doe.",
]


def _first_rule_reason(text: str) -> str | None:
    """The paragraph rules tried one by one, without signs or the combined first test."""
    return next((reason for rule, reason, _ in clean_module._PARAGRAPH_RULES if rule.fullmatch(text)), None)


@pytest.mark.parametrize("text", PARAGRAPHS)
def test_paragraph_reason_is_the_first_rule_that_matches(text):
    assert clean_module._paragraph_reason(text, text.lower()) == _first_rule_reason(text)


def test_a_sign_written_with_a_case_twin_letter_still_lets_its_rule_run():
    cleaned = clean(Article("a", f"{NEWS}\nPleaſe ſhare it in the comments."))
    assert cleaned.text == NEWS
    assert [(r.text, r.reason) for r in cleaned.removed] == [
        ("Pleaſe ſhare it in the comments.", "share prompt")
    ]


def test_a_desk_code_left_at_the_end_by_an_earlier_cut_is_cut_too():
    # The paragraph ends with a full stop; the desk code ends it only once the notice after it is cut.
    notice = "When you tweet with a location, Twitter stores that location. Learn more."
    cleaned = clean(Article("a", f"The water supply failed. jl {notice}"))
    assert cleaned.text == "The water supply failed."
    assert [(r.text, r.reason) for r in cleaned.removed] == [(notice, "twitter notice"), ("jl", "wire slug")]


@pytest.mark.parametrize(
    "paragraph",
    [
        "",
        " ",
        NEWS,
        "Mr. Smith went to Washington.  It was  “great.” Yes",
        "Москва заявила. 北京时间昨日发生地震。 Ça va?",
        "A NUL\x00 inside. And after it.",
        "Word. " * (_SENTENCE_BUFFER_BYTES // 6),  # more than the kept buffer holds
    ],
)
def test_blingfire_sentences_are_blingfires_own(paragraph):
    assert _blingfire_sentences(paragraph) == blingfire.text_to_sentences(paragraph)


def _scipy_tfidf_rows(rows: list[tuple[str, ...]], groups: list[str] | None) -> sparse.csr_matrix:
    """tfidf_rows written with np.unique and scipy's row scaling, as it was before the shortcuts."""
    features = [[*stems, *zip(stems, stems[1:], strict=False)] for stems in rows]
    vocabulary = {f: n for n, f in enumerate(dict.fromkeys(f for row in features for f in row))}
    size = max(len(vocabulary), 1)
    row_of = np.repeat(np.arange(len(rows), dtype=np.int64), [len(row) for row in features])
    column_of = np.array([vocabulary[f] for row in features for f in row], dtype=np.int64)
    cells, counts = np.unique(row_of * size + column_of, return_counts=True)
    cell_rows, cols = np.divmod(cells, size)
    names = list(groups) if groups is not None else list(range(len(rows)))
    unit = {name: i for i, name in enumerate(dict.fromkeys(names))}
    unit_of_row = np.array([unit[name] for name in names], dtype=np.int64)
    pairs = np.unique(unit_of_row[cell_rows] * size + cols)
    idf = np.log((1 + len(unit)) / (1 + np.bincount(pairs % size, minlength=len(vocabulary)))) + 1
    values = (1 + np.log(counts)) * idf[cols]
    starts = np.searchsorted(cell_rows, np.arange(len(rows) + 1))
    matrix = sparse.csr_matrix((values, cols, starts), shape=(len(rows), len(vocabulary)))
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1
    return sparse.diags(1 / norms) @ matrix


def _random_rows(seed: int) -> list[tuple[str, ...]]:
    rng = random.Random(seed)
    words = [f"w{n}" for n in range(rng.randint(1, 60))]
    return [tuple(rng.choice(words) for _ in range(rng.randint(0, 20))) for _ in range(rng.randint(1, 40))]


@pytest.mark.parametrize(
    "rows",
    [
        [],
        [()],
        [(), ("storm",), ()],
        [("storm", "storm", "storm")],
        *(_random_rows(seed) for seed in range(40)),
    ],
)
@pytest.mark.parametrize("grouped", [False, True])
def test_tfidf_rows_are_the_plain_computation_bit_for_bit(rows, grouped):
    groups = [f"article {n % 3}" for n in range(len(rows))] if grouped else None
    fast = tfidf_rows([SentenceTerms(stems=stems, concepts=frozenset()) for stems in rows], groups)
    plain = _scipy_tfidf_rows(rows, groups)
    assert fast.shape == plain.shape
    # The cells' order too: it sets the order in which later products add them up.
    for part in ("indptr", "indices", "data"):
        assert getattr(fast, part).dtype == getattr(plain, part).dtype
        assert getattr(fast, part).tobytes() == getattr(plain, part).tobytes()
