"""Saved web pages (``.html``/``.htm``): the main text and metadata, via trafilatura.

The id is the file stem. trafilatura drops navigation, scripts, footers and
reader comments, and reads the title, publication date, site name (as the
source) and canonical URL from the page's metadata, and the day the page says
it was updated (JSON-LD ``dateModified``, ``article:modified_time``,
``og:updated_time``) as ``Article.modified``.

A page that is not an article is refused with its reason, like other bad input:
a paywall or sign-in page that shows only a teaser, and a page whose text is
mostly a table (live scores) or photo captions (a gallery).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from storyweave.errors import BadInputError
from storyweave.ingest._text import FileArticles, decode_text, file_id, one_line, paragraphs, parse_date
from storyweave.model import Article, Batch

if TYPE_CHECKING:
    from configparser import ConfigParser

    from lxml.html import HtmlElement
    from trafilatura.settings import Document


# Fewer words than this is not an article. On a page without one, trafilatura falls back to whatever
# text it finds (a nav-only page gives "Home"); the shortest real documents in the dev sets
# (/work/shared/data) are 22-word quoted tweets.
_MIN_MAIN_TEXT_WORDS = 10

# Only the page's own metadata: htmldate's extensive search guesses a date from any year in the page
# ("Copyright 2024" gave 2024-01-01 in a test page without a date).
_DATE_OPTIONS = {"extensive_search": False, "original_date": True}
# When its main extraction finds under 250 characters (its MIN_EXTRACTED_SIZE), trafilatura falls back to the
# text of the whole <article> or page, run together in one paragraph: a three-sentence brief came out with its
# byline, share buttons, photo caption and author bio ("By Staff · 2026-11-24 Share on X Facebook Email Copy
# link The scene on Saturday night. Photo: Staff photographer Firefighters were called ..."). A page whose text
# is that short is extracted again with the floor at the length of a sentence, which keeps the brief's own
# paragraphs. Such a fallback is the <article>'s words, debris included (60-75 words for the briefs and the
# paywall stub of tests/test_s27_html_pages.py and the s27 QA pages); a page whose text has fewer words than this
# is extracted again. A longer text is kept as it is: a second extraction could only lose words of it.
_SHORT_TEXT_WORDS = 200
_BRIEF_FLOOR_CHARACTERS = "50"
# A paywall or sign-in prompt, as pages word it ("Subscribe to read.", "Continue reading with a Tribune Plus
# subscription.", "Register for free to continue reading.", "This article is for subscribers only.", "Already
# a subscriber? Sign in."). A newsletter prompt ("Subscribe to our newsletter") is not one.
_PAYWALL_PROMPT = re.compile(
    r"\b(?:subscribe|register|sign (?:in|up)|log ?in)(?: (?:now|today|for free|free))? to (?:continue |keep )?read"
    r"|\b(?:continue|keep) reading with an? [^.!?\n]{0,40}\b(?:subscription|membership)"
    r"|\bto (?:continue|keep) reading,? (?:please )?(?:subscribe|register|sign in|log in)"
    r"|\b(?:article|story|content) is (?:only )?(?:available )?(?:to|for) (?:paying )?(?:subscribers|members)"
    r"|\balready (?:a subscriber|a member|have an account)\?"
    r"|\bunlock (?:this|the full) (?:article|story)",
    re.IGNORECASE,
)
# What a paywall page shows of the article besides its prompt: a standfirst, a first paragraph, a byline, a
# price (14-53 words on the five paywall and sign-in pages of the s27 QA pass, tests/test_s27_html_pages.py
# keeps their shapes). A subscriber's saved copy of a paywalled article, marked the same way, has the whole
# text (128 words in the shortest seen).
_MAX_TEASER_WORDS = 80
# A page whose text is mostly table cells (live scores) or photo captions (a gallery), with fewer words than
# this of anything else, is not an article. The live-scores and gallery pages seen had 5 and 17 such words; an
# article with a table beside its text (a road-closure list) had 70.
_MIN_PROSE_BESIDE_TABLES = 40
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# A table row as trafilatura writes it: "| Ashford Town | 1-2 | Bramley United | FT |".
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_CELL_BORDER = re.compile(r"(?<!\\)\|")
# A cell of a table of data (scores, results, closures) holds a name, a figure or a short note; an old page laid
# out in a table has its whole article in one cell (60 words in a test page), which is prose, not a table.
_MAX_DATA_CELL_WORDS = 25
# Where a page states that it was updated (schema.org's dateModified in JSON-LD, or a meta tag).
_MODIFIED_META = (
    "//meta[@property='article:modified_time' or @property='og:updated_time' or @itemprop='dateModified']"
    "/@content"
)

# HTML5 requires the charset declaration within the first 1024 bytes; older pages put it later in <head>.
_CHARSET_SCAN_BYTES = 4096
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
# A saved fragment ("<p>...</p>", "<body>...</body>": a CMS export, a copied article body) has no <html>
# element; trafilatura takes a document of one block without it for something other than HTML.
_DOCUMENT_START = re.compile(r"<(?:html|!doctype)\b", re.IGNORECASE)
# A space before a comma or a full stop that ends a sentence or clause: no typography sets one (French spaces
# before ";:!?", so those are left); in extracted text it is where an inline element was.
_SPACE_LEFT_BEFORE_PUNCTUATION = re.compile(r"(?<=\w) +(?=[,.](?:[\s\"”’')\]]|$))")


@dataclass(frozen=True)
class _PageFacts:
    """What the page's markup says beside its text.

    Attributes:
        paywalled: Its JSON-LD marks it ``isAccessibleForFree: false``.
        modified: When it says it was last updated, as written.
        furniture: The text of its data table cells and figure captions, one per line.
    """

    paywalled: bool
    modified: str | None
    furniture: str


def read(path: Path, data: bytes) -> FileArticles:
    """Extract the article of one saved web page.

    Args:
        path: The file (its stem is the article id).
        data: The file's bytes.

    Returns:
        The one article.

    Raises:
        BadInputError: The page is not text, has no main text, or is not an
            article (a paywall teaser, a table or a photo gallery).
    """
    # Imported on use (here and below): trafilatura takes 0.1-0.2 s to import, which every command would pay,
    # as every command imports the ingest package.
    from trafilatura.utils import load_html

    html = _decode(str(path), data)
    if not _DOCUMENT_START.search(html, 0, _CHARSET_SCAN_BYTES):
        html = f"<html>{html}</html>"
    tree = load_html(html)
    document = _extract(tree) if tree is not None else None
    text = paragraphs(document.text or "") if document is not None else ""
    # An inline element that trafilatura drops leaves the space before it: "has caused <img ...>," -> "has caused ,".
    text = _SPACE_LEFT_BEFORE_PUNCTUATION.sub("", text)
    page = _page_facts(tree) if tree is not None else _PageFacts(paywalled=False, modified=None, furniture="")
    if reason := _not_an_article(text, page):
        raise BadInputError(str(path), reason)
    title = one_line(document.title)
    first, _, rest = text.partition("\n")
    if title and rest and one_line(first) == title:  # The page's <h1> repeats the title.
        text = rest
    article = Article(
        id=file_id(path),
        text=text,
        title=title,
        date=parse_date(document.date),
        source=one_line(document.sitename),
        url=one_line(document.url),
        origin=str(path),
        # Beside its publication date, which its "on Saturday" is relative to: the Sources list shows it.
        modified=parse_date(page.modified),
    )
    return FileArticles(Batch((article,)))


def _extract(tree: HtmlElement) -> Document | None:
    """trafilatura's reading of the page: its text and metadata, or None if it found nothing."""
    document = _trafilatura(tree)
    if document is None or len((document.text or "").split()) >= _SHORT_TEXT_WORDS:
        return document
    brief = _trafilatura(tree, _brief_config())
    enough = brief is not None and len((brief.text or "").split()) >= _MIN_MAIN_TEXT_WORDS
    return brief if enough else document


def _trafilatura(tree: HtmlElement, config: ConfigParser | None = None) -> Document | None:
    """One run of trafilatura on the page, with its default settings or ``config``."""
    import trafilatura

    return trafilatura.bare_extraction(
        tree, with_metadata=True, include_comments=False, date_extraction_params=_DATE_OPTIONS, config=config
    )


@functools.cache
def _brief_config() -> ConfigParser:
    """trafilatura's settings with the floor of a main text lowered to :data:`_BRIEF_FLOOR_CHARACTERS`."""
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", _BRIEF_FLOOR_CHARACTERS)
    return config


def _not_an_article(text: str, page: _PageFacts) -> str | None:
    """Why a page's text is not an article (no text; a paywall teaser; a table or gallery), or None if it is."""
    lines = text.split("\n")
    table_rows = [line for line in lines if _is_data_row(line)]
    table_words = sum(len(line.split()) for line in table_rows)
    # A line found in a cell of a data table or a figure caption of the page is the table's or the caption's.
    caption_words = sum(
        len(line.split())
        for line in lines
        if line.strip() and not _TABLE_ROW.match(line) and line in page.furniture
    )
    prose_words = len(text.split()) - table_words - caption_words
    if prose_words < _MIN_PROSE_BESIDE_TABLES and prose_words < table_words + caption_words:
        mostly = "a table" if table_words > caption_words else "photo captions"
        return f"not an article: mostly {mostly}, and {prose_words} words of other text"
    # The paragraphs of a paywall's box go with its prompt ("Continue reading with a Tribune Plus subscription.
    # Unlock unlimited access to every story ... for just £2.99 a month.").
    prompts = [line for line in lines if _PAYWALL_PROMPT.search(line)]
    if prompts or page.paywalled:
        teaser_words = prose_words - sum(len(prompt.split()) for prompt in prompts)
        if teaser_words < _MAX_TEASER_WORDS:
            marked = f"“{_prompt_sentence(prompts[0])}”" if prompts else "marked not free to read"
            return f"a paywall page, not the article: {marked} and {teaser_words} words of teaser"
    if prose_words < _MIN_MAIN_TEXT_WORDS:
        return "no extractable main text in the HTML"
    return None


def _is_data_row(line: str) -> bool:
    """Whether a line of the text is a row of a table of data (not of a page laid out in a table)."""
    return bool(_TABLE_ROW.match(line)) and all(
        len(cell.split()) <= _MAX_DATA_CELL_WORDS for cell in _CELL_BORDER.split(line)
    )


def _prompt_sentence(line: str) -> str:
    """The sentence of ``line`` that holds its paywall prompt ("Subscribe to read." of "Subscribe to read. This
    article is for subscribers only.")."""
    return next(
        (sentence for sentence in _SENTENCE_END.split(line) if _PAYWALL_PROMPT.search(sentence)), line
    )


def _page_facts(tree: HtmlElement) -> _PageFacts:
    """The paywall mark, update time and table and caption text of a parsed page."""
    paywalled = False
    modified = next(iter(tree.xpath(_MODIFIED_META)), None)
    for key, value in _json_ld_items(tree):
        if key == "isAccessibleForFree" and str(value).strip().lower() == "false":
            paywalled = True
        elif key == "dateModified" and isinstance(value, str):
            modified = value
    cells = (" ".join(cell.text_content().split()) for cell in tree.xpath("//td | //th"))
    captions = (" ".join(caption.text_content().split()) for caption in tree.xpath("//figcaption"))
    data_cells = (cell for cell in cells if len(cell.split()) <= _MAX_DATA_CELL_WORDS)
    furniture = "\n".join([*data_cells, *captions])
    return _PageFacts(paywalled=paywalled, modified=modified, furniture=furniture)


def _json_ld_items(tree: HtmlElement) -> Iterator[tuple[str, object]]:
    """Every key and value in the page's JSON-LD blocks, nested ones included; a block that is not JSON is skipped."""
    pending: list[object] = []
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            pending.append(json.loads(script.text_content()))
        except (
            ValueError,
            RecursionError,
        ):  # RecursionError: nesting deeper than the parser's stack (review)
            continue
    while pending:
        item = pending.pop()
        if isinstance(item, dict):
            for key, value in item.items():
                yield key, value
                pending.append(value)
        elif isinstance(item, list):
            pending.extend(item)


def _decode(origin: str, data: bytes) -> str:
    """Decode a page as UTF-8, or in the charset its ``<meta>`` declares.

    A declared charset is the page's own statement of its encoding, so unlike a
    guess it is safe to follow.
    """
    declared = _DECLARED_CHARSET.search(data[:_CHARSET_SCAN_BYTES])
    encoding = declared.group(1).decode("ascii") if declared else "utf-8"
    # A <meta> found in ASCII bytes cannot be UTF-16 or UTF-32 text: the HTML standard reads a page that
    # declares them as UTF-8 (a UTF-16 page announces itself with its byte-order mark, which decode_text reads).
    if encoding.lower().replace("_", "-").startswith(("utf-16", "utf16", "utf-32", "utf32")):
        encoding = "utf-8"
    return decode_text(origin, data, encoding)
