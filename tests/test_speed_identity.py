"""The shortcuts taken for speed give what the plain computations they replace give, bit for bit.

Each shortcut (clean's rule signs, segment's blingfire call, tfidf_rows' vocabulary, first uses, unique cells and row
scaling, the words an article writes, cached word counts, the claims' rows and content terms, the sentences'
stems, the ellipsis and count patterns' prechecks, the summarizer's concept weights, lean-back and
figure-repeat checks read only where needed) is checked against the straightforward version it stands for.
"""

import datetime as dt
import random
import re

import blingfire
import numpy as np
import pytest
from scipy import sparse

from storyweave import align as align_module
from storyweave import clean as clean_module
from storyweave import summarizer as summarizer_module
from storyweave.clean import clean
from storyweave.crosscheck import names as names_module
from storyweave.crosscheck.names import written_words
from storyweave.embed import terms as terms_module
from storyweave.embed.terms import (
    SentenceTerms,
    first_places_of,
    sentence_terms,
    stem,
    terms_by_sentence,
    tfidf_rows,
    word_count,
)
from storyweave.model import Article
from storyweave.segment import _SENTENCE_BUFFER_BYTES, _blingfire_sentences, segment
from storyweave.summarizer import SummaryOptions
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


@pytest.mark.parametrize("seed", range(30))
def test_first_places_are_np_uniques_index_and_inverse(seed):
    rng = np.random.default_rng(seed)
    keys = rng.integers(0, rng.integers(1, 50), size=rng.integers(0, 300))
    first_places, key_of_use = first_places_of(keys)
    _, unique_index, unique_inverse = np.unique(keys, return_index=True, return_inverse=True)
    assert first_places.tolist() == unique_index.tolist()
    assert key_of_use.tolist() == unique_inverse.tolist()


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


def test_sentence_stems_are_each_words_stem_before_and_after_the_kept_stems_are_emptied(monkeypatch):
    monkeypatch.setattr(terms_module, "_STEM_OF", {})
    monkeypatch.setattr(terms_module, "_STEMS_KEPT", 5)
    texts = [
        "Rescuers were searching the collapsed buildings on Tuesday.",
        "Rescuers searched; the buildings collapsed.",  # every word seen before: read from the kept stems
        "Müller's café reopened, 北京 officials said, after 12,460 visits.",
        "Searching searched searches searcher.",  # past the five kept: emptied, then kept again
    ]
    for text in texts * 2:
        words = terms_module.tokens(text)
        assert terms_module._stems(words) == [stem.__wrapped__(word) for word in words]
        assert sentence_terms(text).stems == tuple(
            stem.__wrapped__(word) for word in words if word not in terms_module.STOP_WORDS
        )
    assert len(terms_module._STEM_OF) <= 5 + len(terms_module.tokens(texts[-1]))


@pytest.mark.parametrize(
    "text",
    [
        "The vice president blasted the...",
        "The vice president blasted the…",
        "Hospitals have collapsed [...]",
        'He said, "We will win...."',
        "He paused... then went on to speak for an hour.",
        "The talks went on . . . and on.",
        "Nothing cut here.",
        "",
    ],
)
def test_a_cut_found_after_the_ellipsis_check_is_the_patterns_own(text):
    assert align_module._cut(text) == (align_module._CUT.search(text) is not None)


@pytest.mark.parametrize(
    "text",
    [
        "A train carrying 26 wagons and three crew, about 1,200 homes and 11 battery fires",
        "SIX WORKERS and Twenty-one people; Fifty million dollars and ſix ſailors",
        "the AK-47 rifles, 2020 elections, one count of arson, 007 agents",
        "nineteen nurses, eighteen eighty drivers, 3.5 million homes, ٣ workers",
    ],
)
def test_counted_figures_are_those_the_pattern_finds_without_its_lookahead(text):
    # The pattern without the lookahead on the first letters of the number words.
    plain = re.compile(re.sub(r"\(\?=\[\\d[a-z]+\]\)", "", align_module._COUNTED.pattern), re.IGNORECASE)
    assert plain.pattern != align_module._COUNTED.pattern
    assert align_module._COUNTED.findall(text) == plain.findall(text)


STORY = [
    Article(
        "a",
        "A quarry wall collapsed at the Brennock limestone works on Monday, trapping six workers, officials said.\n"
        "Rescuers pulled two men out alive within an hour. They were taken to Harlow General Hospital by ambulance.\n"
        "The collapse follows a warning last year about the north face. Those warnings were ignored by the owners, the union said.",
        title="Quarry wall collapses at Brennock",
    ),
    Article(
        "b",
        "Two workers were killed after a wall gave way at the Brennock limestone quarry on Monday, police said.\n"
        "But the company denied that it had ignored warnings about the north face of the quarry.\n"
        "The death toll rose to 2 overnight, police said. It was the worst accident at the quarry since 1998.",
        title="Two dead in Brennock quarry collapse",
    ),
    Article(
        "c",
        "Inspectors opened an inquiry on Tuesday into the collapse of a quarry wall in Brennock that killed two.\n"
        "Such inquiries usually take months to finish, a spokesman said. The union called for the quarry to stay closed until it ends.",
    ),
]


def test_lean_back_read_on_demand_is_the_set_read_of_every_candidate():
    docs = [segment(article) for article in STORY]
    options = SummaryOptions(words=60)
    candidates = summarizer_module._candidates(docs, options)
    text_at = {(s.article_id, s.index): s.text for doc in docs for s in doc.sentences}
    every = {
        s.id
        for s in candidates
        if s.index > 0 and summarizer_module._leans_back(s.text, text_at.get((s.article_id, s.index - 1), ""))
    }
    # "They were ...", "The collapse follows ...", "Those warnings ...", "But the company ...", "It was ...",
    # "Such inquiries ..."
    assert len(every) == 6
    leaning = summarizer_module._leaning_back(docs)
    assert {s.id for s in candidates if leaning(s)} == every
    for chosen in ([], candidates, candidates[::2], candidates[1::2]):
        present = {(s.article_id, s.index) for s in chosen}
        plain = {s.id for s in chosen if s.id in every and (s.article_id, s.index - 1) not in present}
        assert summarizer_module._dangling(chosen, leaning) == plain


def test_concept_weights_are_the_plain_sum_per_concept():
    docs = [segment(article) for article in STORY]
    terms = terms_by_sentence(docs)
    options = SummaryOptions()
    found = summarizer_module._concept_weights(docs, terms, options)
    weights = {c: found.of_number[n] for c, n in found.number.items() if found.of_number[n] > 0}
    plain = {}
    concepts = dict.fromkeys(c for doc in docs for s in doc.sentences for c in sorted(terms[s.id].concepts))
    for concept in concepts:
        positions = [
            min(s.index for s in doc.sentences if concept in terms[s.id].concepts)
            for doc in docs
            if any(concept in terms[s.id].concepts for s in doc.sentences)
        ]
        support = 0.0
        for position in positions:
            support += 1 + options.lead_weight / (1 + position / 3)
        titles = sum(concept in sentence_terms(doc.article.title or "").concepts for doc in docs)
        full = len(positions) >= min(options.min_support, len(docs)) or titles > 0
        total = support + options.title_weight * titles
        plain[concept] = total**options.support_power * (1.0 if full else options.rare_concept_weight)
    assert weights == plain


def test_figure_repeats_read_of_the_paired_candidates_only_are_those_read_of_all():
    texts = [
        "The trial enrolled 12,460 adults aged 50 and older in 31 countries.",
        "The trial enrolled 12,460 people at 410 hospitals in 33 countries.",
        "Cases of the disease fell 19% in March, the ministry said.",
        "Overall, the risk of the disease dropped by 19% in the trial.",
        "The death toll rose to 16 on Sunday, officials said.",
        "Sixteen people have now died, the mayor said on Sunday.",
        "About 5 million people live in the region, 40% of them in cities.",  # no figure shared
    ]
    docs = [segment(Article(f"a{n}", text)) for n, text in enumerate(texts)]
    candidates = [s for doc in docs for s in doc.sentences]
    shared = summarizer_module._same_figures(candidates, terms_by_sentence(docs), SummaryOptions())
    pairs = {(int(i), int(j)) for i, j in zip(*np.nonzero(shared), strict=True) if i < j}
    assert pairs == {(0, 1), (2, 3), (4, 5)}


def test_ascii_tokens_by_byte_table_are_the_patterns_tokens():
    # Every ASCII character once, in runs and alone, beside random ASCII text: the table's split is the regex's.
    characters = [chr(code) for code in range(128)]
    texts = [
        "".join(characters),
        " ".join(characters),
        "Officials said 12,460 U.S. workers_hurt on Tuesday's shift\t(AP)\x1c\x1fend.",
        "",
        "   ",
    ]
    generator = random.Random(7)
    texts += ["".join(generator.choices(characters, k=generator.randint(1, 40))) for _ in range(2000)]
    for text in texts:
        assert terms_module.tokens(text) == re.findall(r"[a-z0-9]+", text.lower())


def test_ascii_text_is_split_by_the_byte_table_not_the_pattern(monkeypatch):
    monkeypatch.setattr(terms_module, "_ASCII_TOKEN", re.compile("(?!)"))  # a pattern that finds nothing
    assert terms_module.tokens("Officials said 12,460 workers were hurt.") == [
        *("officials", "said", "12", "460", "workers", "were", "hurt"),
    ]
    assert terms_module.tokens("“Workers were hurt,” officials said.") == []  # not ASCII: the pattern


def test_the_dates_of_a_claims_members_are_read_only_when_its_head_plans_a_month(monkeypatch):
    from storyweave.crosscheck import dates as dates_module

    read: list[str] = []
    find_dates = dates_module.find_dates

    def reading(text, reference=None):
        read.append(text)
        return find_dates(text, reference)

    monkeypatch.setattr(dates_module, "find_dates", reading)
    head = "Halvorsen Pharma said it would ask regulators to approve the drug after the trial ended."
    member = (
        "Halvorsen Pharma said it would ask regulators to approve the drug in March after the trial ended."
    )
    docs = [
        segment(Article(f"a{n}", text, source=f"Outlet {n}", date=dt.date(2026, 11, 18)))
        for n, text in enumerate((head, member))
    ]
    centered = docs[0].sentences[0]
    alignment = align_module.align(docs, centers=[centered.id], centers_only=True)
    assert alignment.sources_of(centered) == ("a0", "a1")
    assert read == [head]  # the head plans no month: the member's "in March" is never read
    read.clear()
    # A head that plans a month has its members' dates read, and one planned for another month is no source.
    docs = [
        segment(Article(f"a{n}", text, source=f"Outlet {n}", date=dt.date(2026, 11, 18)))
        for n, text in enumerate((member.replace("March", "January"), member))
    ]
    centered = docs[0].sentences[0]
    alignment = align_module.align(docs, centers=[centered.id], centers_only=True)
    assert alignment.sources_of(centered) == ("a0",)
    assert read == [docs[0].sentences[0].text, member]
