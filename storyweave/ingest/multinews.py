"""Multi-News source text: several articles in one string, separated by ``|||||``.

This is the layout of the Multi-News ``*.src`` files (Fabbri et al., 2019), one
story per line, where a line break inside an article is written as the token
``NEWLINE_CHAR``. A ``.multinews`` file, or a ``.txt`` file containing the
separator, is read this way; its n-th non-empty part becomes the article
``{stem}-{n}`` (n from 1).
"""

from __future__ import annotations

from pathlib import Path

from storyweave.errors import BadInputError
from storyweave.ingest._text import decode_text, paragraphs
from storyweave.model import Article, Batch

SEPARATOR = "|||||"
_NEWLINE_TOKEN = "NEWLINE_CHAR"


def split_multinews(text: str, stem: str, origin: str | None = None) -> list[Article]:
    """Split Multi-News source text into its articles.

    Args:
        text: The articles, separated by ``|||||``.
        stem: Prefix of the article ids.
        origin: Where the text came from, recorded on each article.

    Returns:
        One article per non-empty part, with ids ``{stem}-1``, ``{stem}-2``, ...

    Example:
        >>> [a.id for a in split_multinews("First story. ||||| Second NEWLINE_CHAR story.", "s")]
        ['s-1', 's-2']
    """
    parts = (paragraphs(part.replace(_NEWLINE_TOKEN, "\n")) for part in text.split(SEPARATOR))
    return [
        Article(id=f"{stem}-{n}", text=part, origin=origin) for n, part in enumerate(filter(None, parts), 1)
    ]


def read(path: Path, data: bytes) -> Batch:
    """Read a ``.multinews`` file.

    Args:
        path: The file (its stem prefixes the article ids).
        data: The file's bytes.

    Returns:
        A batch with one article per part.

    Raises:
        BadInputError: Not UTF-8 text, or no part holds any text.
    """
    return read_text(path, decode_text(str(path), data))


def read_text(path: Path, text: str) -> Batch:
    """Split the decoded text of a Multi-News file; see :func:`read`."""
    articles = split_multinews(text, path.stem, str(path))
    if not articles:
        raise BadInputError(str(path), f"no article text between the {SEPARATOR} separators")
    return Batch(tuple(articles))
