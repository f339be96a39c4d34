"""Text without sentence punctuation is cut into bounded sentences, and the speaker frame is read as before."""

from __future__ import annotations

import re

from storyweave.crosscheck import conflicts
from storyweave.model import Article
from storyweave.segment import _MAX_GAP, _MAX_SENTENCE_WORDS, segment

_PHRASE = "the Kestrel Bridge was closed on Monday after a crack was found and "


def _sentences(text: str) -> list[str]:
    article = Article(id="a", text=text, source="Ledger")
    found = segment(article).sentences
    for sentence in found:
        assert text[sentence.start : sentence.end] == sentence.text
    return [sentence.text for sentence in found]


def test_an_unpunctuated_line_is_cut_into_bounded_pieces_that_keep_every_word() -> None:
    text = (_PHRASE * 300).strip()  # 3,900 words, no full stop
    sentences = _sentences(text)
    assert len(sentences) > 1
    assert all(len(sentence.split()) <= _MAX_SENTENCE_WORDS for sentence in sentences)
    assert " ".join(sentences).split() == text.split()


def test_a_piece_ends_at_a_semicolon_rather_than_a_comma_or_a_word() -> None:
    words = [f"w{n}" for n in range(_MAX_SENTENCE_WORDS + 200)]
    words[400] += ","
    words[450] += ";"
    words[500] += ","
    sentences = _sentences(" ".join(words))
    assert sentences[0].endswith("w450;")
    assert sentences[1].startswith("w451 ")


def test_a_piece_ends_at_the_last_comma_when_there_is_no_semicolon() -> None:
    words = [f"w{n}" for n in range(_MAX_SENTENCE_WORDS + 200)]
    words[100] += ";"  # in the first half: a piece that short is not needed
    words[400] += ","
    words[500] += ","
    assert _sentences(" ".join(words))[0].endswith("w500,")


def test_white_space_wider_than_a_gap_between_words_ends_a_sentence() -> None:
    text = "The bridge was closed" + " " * (_MAX_GAP + 1) + "after a crack was found on Monday."
    sentences = _sentences(text)
    assert sentences == ["The bridge was closed", "after a crack was found on Monday."]
    assert _sentences("The bridge was closed" + " " * _MAX_GAP + "after a crack.") == [
        "The bridge was closed" + " " * _MAX_GAP + "after a crack."
    ]


def test_the_speaker_frame_finds_what_it_found_without_its_look_behind() -> None:
    without_look_behind = re.compile(conflicts._SPEAKER_FRAME.pattern.replace("(?<![\\w'’. -])", "", 1))
    assert without_look_behind.pattern != conflicts._SPEAKER_FRAME.pattern
    clauses = [
        "Police in the city said that ",
        "As the staff met _ one staff member said ",
        "(Reuters) Officials\u00a0told reporters ",
        "the U.K. denies that ",
        "Smith, a spokesman\tsaid ",
        (_PHRASE * 40) + "the mayor said ",
        "no frame here ",
    ]
    for clause in clauses:
        old, new = without_look_behind.search(clause), conflicts._SPEAKER_FRAME.search(clause)
        assert (old and (old.span(), old.groupdict())) == (new and (new.span(), new.groupdict()))
    frame = conflicts._SPEAKER_FRAME.search("Police in the city said that ")
    assert frame is not None and frame.group("speaker") == "Police in the city"
