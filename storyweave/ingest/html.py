"""Saved web pages (``.html``/``.htm``): the main text and metadata, via trafilatura.

The id is the file stem. trafilatura drops navigation, scripts, footers and
reader comments, and reads the title, publication date, site name (as the
source) and canonical URL from the page's metadata.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from storyweave.errors import BadInputError
from storyweave.ingest._text import FileArticles, decode_text, file_id, one_line, paragraphs, parse_date
from storyweave.model import Article, Batch

logger = logging.getLogger(__name__)

# Fewer words than this is not an article. On a page without one, trafilatura falls back to whatever
# text it finds (a nav-only page gives "Home"); the shortest real documents in the dev sets
# (/work/shared/data) are 22-word quoted tweets.
_MIN_MAIN_TEXT_WORDS = 10

# Only the page's own metadata: htmldate's extensive search guesses a date from any year in the page
# ("Copyright 2024" gave 2024-01-01 in a test page without a date).
_DATE_OPTIONS = {"extensive_search": False, "original_date": True}
# HTML5 requires the charset declaration within the first 1024 bytes; older pages put it later in <head>.
_CHARSET_SCAN_BYTES = 4096
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
# A saved fragment ("<p>...</p>", "<body>...</body>": a CMS export, a copied article body) has no <html>
# element; trafilatura takes a document of one block without it for something other than HTML.
_DOCUMENT_START = re.compile(r"<(?:html|!doctype)\b", re.IGNORECASE)
# A space before a comma or a full stop that ends a sentence or clause: no typography sets one (French spaces
# before ";:!?", so those are left); in extracted text it is where an inline element was.
_SPACE_LEFT_BEFORE_PUNCTUATION = re.compile(r"(?<=\w) +(?=[,.](?:[\s\"”’')\]]|$))")


def read(path: Path, data: bytes) -> FileArticles:
    """Extract the article of one saved web page.

    Args:
        path: The file (its stem is the article id).
        data: The file's bytes.

    Returns:
        The one article.

    Raises:
        BadInputError: The page is not text, or has no main text.
    """
    # Imported on use: trafilatura takes 0.1-0.2 s to import, which every command would pay, as every
    # command imports the ingest package.
    import trafilatura

    html = _decode(str(path), data)
    if not _DOCUMENT_START.search(html, 0, _CHARSET_SCAN_BYTES):
        html = f"<html>{html}</html>"
    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, date_extraction_params=_DATE_OPTIONS
    )
    text = paragraphs(document.text or "") if document is not None else ""
    # An inline element that trafilatura drops leaves the space before it: "has caused <img ...>," -> "has caused ,".
    text = _SPACE_LEFT_BEFORE_PUNCTUATION.sub("", text)
    if len(text.split()) < _MIN_MAIN_TEXT_WORDS:
        raise BadInputError(str(path), "no extractable main text in the HTML")
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
    )
    return FileArticles(Batch((article,)))


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
