"""Split articles into sentences and quotation spans.

Sentence boundaries come from blingfire's finite-state splitter, which keeps
news abbreviations (Sept., U.S., Gov., St., Mo., p.m.) inside sentences; a
small repair pass re-joins the few splits it still makes after an
abbreviation. blingfire also ends Chinese and Japanese sentences at 。！？,
even inside a quotation; the repair gives the closing quote it leaves at the
start of the next sentence back to the sentence it closes. Quotation spans are found separately, per paragraph, so every
sentence of a multi-sentence quote carries the id of the quotation it is in
and stays attributable to the speaker named around the quote.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import blingfire

from storyweave.model import Article, Quotation, Segmented, Sentence

# Titles and abbreviations after which a period never ends a sentence when a
# capitalised word follows ("Gov. Parson", "St. Louis", "Sept. 30").
_NEVER_FINAL = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Col|Capt|Sgt|Cmdr|Adm|Maj|Prof|Rev|Hon|Pres|Supt|Det|Insp"
    r"|St|Mt|Ft|Ave|Blvd|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|No|Nos|vs|Vol|Jr|Sr|Inc|Co|Corp|Ltd"
    r"|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb"
    r"|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)\.)$"
)
# A dateline opening the first paragraph ("NAIROBI, Kenya (AP) _ ",
# "Washington (CNN) -- ", "WASHINGTON — ") says where the story was filed; it is
# not part of the first sentence. A place in capitals or a news agency in
# brackets marks it, so "The Senate — in a vote ..." is left alone.
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'-]+(?:[ ,]+[A-Z][A-Za-z.'-]*)*\s*(?:\([A-Za-z. ]{2,25}\))?"
    r"|[A-Z][A-Za-z.'-]+(?:[ ,]+[A-Z][A-Za-z.'-]*)*\s*\((?:AP|Reuters|AFP|CNN|UPI|Bloomberg|dpa|Xinhua)\))"
    r"\s*(?:_|--|\u2014|\u2013|-)\s+(?=\S)"
)
# Chinese and Japanese sentence ends. blingfire splits right after them even
# inside a quotation (他说：“我们会赢。”然后离开。), so the closing marks that
# follow open the next sentence; they belong to the sentence they close.
_FULL_STOPS = "。！？"
_CLOSING_MARKS = re.compile(r"([\u201d\u2019」』）)]+)\s*")
_OPENERS = "\u201c"
_CLOSERS = "\u201d"
_STRAIGHT = '"'
_QUOTE_MARK = re.compile('["\u201c\u201d]')


def dateline_length(text: str) -> int:
    """Characters of the dateline opening ``text`` ("NAIROBI, Kenya (AP) _ "), 0 when it has none."""
    match = _DATELINE.match(text)
    return match.end() if match else 0


def _paragraph_spans(text: str) -> Iterable[tuple[int, int]]:
    """Yield (start, end) of each non-blank line; a line is a paragraph."""
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        stripped = line.strip()
        if stripped:
            start = match.start() + (len(line) - len(line.lstrip()))
            yield start, start + len(stripped)


def _blingfire_offsets(paragraph: str) -> list[tuple[int, int]]:
    """blingfire's sentence offsets, located in the paragraph.

    ``text_to_sentences_and_offsets`` converts byte offsets in Python and
    costs a third of a summary's time; the sentences themselves come from C
    and are verbatim slices but for runs of white space, so they are found
    with ``str.find`` and the slow call is kept for paragraphs where that fails.
    """
    offsets, cursor = [], 0
    for sentence in blingfire.text_to_sentences(paragraph).split("\n"):
        start = paragraph.find(sentence, cursor)
        if start < 0:
            return blingfire.text_to_sentences_and_offsets(paragraph)[1]
        offsets.append((start, start + len(sentence)))
        cursor = start + len(sentence)
    return offsets


# A "sentence" longer than this is no prose (a list, a table, a line without punctuation). It is cut at
# word boundaries, so that the work later stages do per sentence stays bounded: one unpunctuated line of
# 52,000 words took the cross-check minutes. The longest sentence of the four dev sets has 487 words.
_MAX_SENTENCE_WORDS = 600
_WORD_RUN = re.compile(r"\S+")


def _bounded(paragraph: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with each span of more than ``_MAX_SENTENCE_WORDS`` words cut into pieces that long."""
    bounded = []
    for start, end in spans:
        # Each word takes at least two characters with its space: a shorter span cannot be too long.
        if end - start < 2 * _MAX_SENTENCE_WORDS:
            bounded.append((start, end))
            continue
        words = [(m.start(), m.end()) for m in _WORD_RUN.finditer(paragraph, start, end)]
        for first in range(0, len(words), _MAX_SENTENCE_WORDS):
            piece = words[first : first + _MAX_SENTENCE_WORDS]
            bounded.append((piece[0][0], piece[-1][1]))
    return bounded


def _sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets inside one paragraph, none longer than ``_MAX_SENTENCE_WORDS`` words."""
    offsets = _blingfire_offsets(paragraph)
    spans: list[tuple[int, int]] = []
    for start, end in offsets:
        # blingfire returns one empty sentence for a paragraph it reads as blank: what a dateline leaves of
        # "WASHINGTON — \ufeff", a byte-order mark pasted mid-text.
        if start == end:
            continue
        if spans and paragraph[spans[-1][1] - 1] in _FULL_STOPS:
            closing = _CLOSING_MARKS.match(paragraph, start, end)
            if closing:
                spans[-1], start = (spans[-1][0], closing.end(1)), closing.end()
                if start == end:
                    continue
        # Only the last word can be the abbreviation: searching the whole sentence for it took a sixth of
        # the time of segmenting.
        if spans and _NEVER_FINAL.search(paragraph[spans[-1][0] : spans[-1][1]].rpartition(" ")[2]):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return _bounded(paragraph, spans)


def _quotation_spans(paragraph: str) -> list[tuple[int, int]]:
    """(start, end) of each double-quoted span in a paragraph, quote marks included.

    Curly quotes say which way they face; a straight quote opens when no quote
    is open and closes otherwise. News style leaves a quote that runs on into
    the next paragraph unclosed, so an open quote ends with its paragraph.
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for mark in _QUOTE_MARK.finditer(paragraph):
        i, char = mark.start(), mark.group()
        if char in _OPENERS or (char == _STRAIGHT and open_at is None):
            if open_at is not None and i - open_at > 1:
                spans.append((open_at, i))
            open_at = i
        elif (char in _CLOSERS or char == _STRAIGHT) and open_at is not None:
            spans.append((open_at, i + 1))
            open_at = None
    if open_at is not None and len(paragraph) - open_at > 1:
        spans.append((open_at, len(paragraph)))
    return spans


def segment(article: Article) -> Segmented:
    """Split one article into sentences and quotation spans.

    Args:
        article: A (cleaned) article; offsets index into ``article.text``.

    Returns:
        The article with its sentences (ids ``"{article.id}#{n}"``) and its
        quotations (ids ``"{article.id}@q{n}"``); every sentence that overlaps a
        quotation carries that quotation's id.
    """
    text = article.text
    sentences: list[Sentence] = []
    quotations: list[Quotation] = []
    for paragraph_index, (par_start, par_end) in enumerate(_paragraph_spans(text)):
        if paragraph_index == 0 and (dateline := _DATELINE.match(text, par_start, par_end)):
            par_start = dateline.end()
        paragraph = text[par_start:par_end]
        par_quotes = []
        for q_start, q_end in _quotation_spans(paragraph):
            quote = Quotation(
                id=f"{article.id}@q{len(quotations)}",
                article_id=article.id,
                start=par_start + q_start,
                end=par_start + q_end,
                text=paragraph[q_start:q_end],
            )
            quotations.append(quote)
            par_quotes.append(quote)
        for s_start, s_end in _sentence_spans(paragraph):
            start, end = par_start + s_start, par_start + s_end
            inside = next((q.id for q in par_quotes if q.start < end and start < q.end), None)
            sentences.append(
                Sentence(
                    id=f"{article.id}#{len(sentences)}",
                    article_id=article.id,
                    index=len(sentences),
                    start=start,
                    end=end,
                    text=text[start:end],
                    paragraph=paragraph_index,
                    quotation=inside,
                )
            )
    return Segmented(article=article, sentences=tuple(sentences), quotations=tuple(quotations))
