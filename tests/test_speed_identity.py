"""The shortcuts taken for speed give what the plain computations they replace give, bit for bit.

Each shortcut (clean's rule signs, segment's blingfire call, tfidf_rows' vocabulary, unique cells and row
scaling, the words an article writes, cached word counts, the claims' rows and content terms) is checked
against the straightforward version it stands for.
"""

import random

import blingfire
import numpy as np
import pytest
from scipy import sparse

from storyweave import align as align_module
from storyweave import clean as clean_module
from storyweave.clean import clean
from storyweave.crosscheck import names as names_module
from storyweave.crosscheck.names import written_words
from storyweave.embed.terms import SentenceTerms, terms_by_sentence, tfidf_rows, word_count
from storyweave.model import Article
from storyweave.segment import _SENTENCE_BUFFER_BYTES, _blingfire_sentences, segment
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


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Driver Rui Tavares's tram hit the O’Neill’s car; Tavares's lawyer said so.",
        "The boss's boss's office. It's James' turn: Jones’s 's s's 'S.",
        "Müller’s café, Zoë's shop and the 1990's boom; x-ray's, rock-'n'-roll's",
    ],
)
def test_written_words_are_each_word_with_and_without_its_possessive(text):
    plain = {
        w for word in names_module._WORD.findall(text) for w in (word, names_module._POSSESSIVE.sub("", word))
    }
    plain.update(" ".join(names[-2:]) for names in names_module._names_in(text) if len(names) > 1)
    assert written_words(text) == plain


@pytest.mark.parametrize(
    "text",
    ["", "  ", "Officials said   the storm\thit.\n", "Officials said 北京时间昨日发生地震。", "一 二 三"],
)
def test_a_cached_word_count_is_the_counted_one(text):
    assert word_count(text) == word_count.__wrapped__(text)
    assert word_count(text) == word_count.__wrapped__(text)  # the second time from the cache


def test_the_rows_shortcut_copies_a_block_that_is_not_all_rows_in_order():
    matrix = sparse.random(6, 9, density=0.4, format="csr", random_state=1)
    for block in ([0, 1, 2, 3, 4, 5], [5, 4, 3, 2, 1, 0], [0, 1, 2], [2, 3, 4, 5, 0, 1], [0, 0, 1, 2, 3, 4]):
        rows = align_module._rows(matrix, np.array(block))
        assert (rows != matrix[block]).nnz == 0
        for part in ("indptr", "indices", "data"):
            assert getattr(rows, part).tobytes() == getattr(matrix[block], part).tobytes()


def test_claims_compared_from_a_few_rows_are_those_of_all_concepts():
    # A sentence not among the compared rows keeps only the concepts it shares with them: its similarities to
    # the rows are those it has with all its concepts, bit for bit.
    sentences = [
        "Fire crews fought the warehouse fire near the harbour for six hours on Tuesday night.",
        "The warehouse fire near the harbour was fought by forty fire crews, the fire service said.",
        "Police said the cause of the warehouse fire near the harbour is not yet known.",
        "Two roads and a ferry terminal near the harbour were closed until the morning.",
        "The harbour warehouse burned for six hours; fire crews said the roof collapsed.",
    ]
    docs = [segment(Article(f"a{n}", text)) for n, text in enumerate(sentences)]
    found = [s for doc in docs for s in doc.sentences]
    terms = terms_by_sentence(docs)
    every = [align_module._without_frames(terms[s.id]) for s in found]
    options = align_module.AlignOptions()
    for rows in ([0], [1, 3], [4, 0]):
        few = align_module._content_terms([terms[s.id] for s in found], rows)
        assert [few[i] for i in rows] == [every[i] for i in rows]
        assert any(few[i] != every[i] for i in range(len(found)) if i not in rows)
        block = np.array(rows)
        with_few, with_every = (
            align_module._block_similarities(
                align_module._story_matrices(found, content, None, options, [block]), block, options
            )
            for content in (few, every)
        )
        for part_few, part_every in zip(with_few, with_every, strict=True):
            assert part_few.tobytes() == part_every.tobytes()
