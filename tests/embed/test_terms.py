"""Lexical terms in any script: English unchanged, accented and non-Latin words kept, CJK as bigrams."""

import math
from collections import Counter

import numpy as np
import pytest

from storyweave.embed.terms import (
    SentenceTerms,
    content_stems,
    sentence_terms,
    stem,
    tfidf_rows,
    tokens,
    word_count,
)


def test_english_tokens_split_as_rouge_does():
    text = "The U.S. said 14 people’s homes — “destroyed” — were rebuilt."
    assert tokens(text) == [
        "the",
        "u",
        "s",
        "said",
        "14",
        "people",
        "s",
        "homes",
        "destroyed",
        "were",
        "rebuilt",
    ]
    assert sentence_terms(text).stems == ("u", "s", "14", "peopl", "s", "home", "destroi", "rebuilt")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Müller's café in Curicó", ["müller", "s", "café", "in", "curicó"]),
        ("Straße ΣΟΦΙΑ", ["strasse", "σοφια"]),  # casefolded: ß -> ss, final sigma -> σ
        ("Москва заявила", ["москва", "заявила"]),
        ("القاهرة", ["القاهرة"]),
        ("हिन्दी समाचार", ["हिन्दी", "समाचार"]),  # vowel signs are marks, not breaks
        ("cafe\u0301 ＡＢＣ１２", ["café", "abc12"]),  # decomposed accent, full-width forms
    ],
)
def test_words_of_other_scripts_are_kept_whole(text, expected):
    assert tokens(text) == expected


def test_unspaced_scripts_become_character_bigrams():
    assert tokens("四川地震。") == ["四川", "川地", "地震"]
    assert tokens("iPhone手机10人") == ["iphone", "手机", "10", "人"]
    assert tokens("コーヒーを飲む") == ["コー", "ーヒ", "ヒー", "ーを", "を飲", "飲む"]


def test_porter_stems_and_stop_words_touch_ascii_words_only():
    assert stem("running") == "run"
    assert stem("заявления") == "заявления"
    assert content_stems("The reports of Müller, Москва and 地震") == ["report", "müller", "москва", "地震"]


def test_non_english_sentences_get_terms_and_similar_ones_score_higher():
    same = ["四川芦山县发生6.1级地震，已造成12人死亡。", "芦山县6.1级地震造成12人遇难。"]
    other = "上海证券交易所周五收盘时，上证综合指数上涨。"
    terms = [sentence_terms(text) for text in [*same, other]]
    assert all(t.stems and t.concepts for t in terms)
    rows = tfidf_rows(terms)
    similarity = (rows @ rows.T).toarray()
    assert similarity[0, 1] > 0.3 > similarity[0, 2]


def test_tfidf_rows_weigh_log_counts_by_group_frequency_and_have_unit_length():
    rows = [("storm", "hit", "storm"), ("storm", "coast"), ("flood",), ()]
    groups = ["a", "a", "b", "b"]
    matrix = tfidf_rows([SentenceTerms(stems=stems, concepts=frozenset()) for stems in rows], groups)

    # The formula written out: features are stems and stem bigrams; tf 1 + ln(count); the document
    # frequency counts groups (article "a" uses "storm" twice but counts once), of 2 groups.
    features = [Counter([*stems, *zip(stems, stems[1:], strict=False)]) for stems in rows]
    vocabulary = sorted({feature for row in features for feature in row}, key=str)
    frequency = {f: len({g for row, g in zip(features, groups, strict=True) if f in row}) for f in vocabulary}
    expected = np.array(
        [
            [
                (1 + math.log(row[f])) * (math.log(3 / (1 + frequency[f])) + 1) if f in row else 0.0
                for f in vocabulary
            ]
            for row in features
        ]
    )
    norms = np.linalg.norm(expected, axis=1, keepdims=True)
    expected = expected / np.where(norms == 0, 1, norms)

    assert matrix.shape == (4, len(vocabulary))
    np.testing.assert_allclose((matrix @ matrix.T).toarray(), expected @ expected.T, atol=1e-12)
    np.testing.assert_allclose(np.sort(matrix.toarray(), axis=1), np.sort(expected, axis=1), atol=1e-12)


def test_word_count_is_whitespace_words_for_english_and_characters_over_two_for_cjk():
    english = "A strong earthquake hit Chile — “at 14:52” — on Friday."
    assert word_count(english) == len(english.split())
    assert word_count("Müller sagte: Москва") == 3
    assert word_count("北京时间昨日发生地震。") == 5  # 10 characters, punctuation not counted
    assert word_count("iPhone 手机 发布了") == 1 + 1 + 2


def test_figures_read_digits_and_number_words_but_not_ordinals():
    from storyweave.embed.terms import figures

    text = "Fourteen of the 1,200 workers, 6.1 magnitude; 5th graf pvs, the 21st floor, 14 more."
    assert figures(text) == {"14", "1200", "6.1"}
