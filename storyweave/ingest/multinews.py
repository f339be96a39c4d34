"""Multi-News source text: several articles in one string, separated by ``|||||``.

This is the layout of the Multi-News ``*.src`` files (Fabbri et al., 2019), one
story per line, where a line break inside an article is written as the token
``NEWLINE_CHAR``. A ``.multinews`` file, or a ``.txt`` file containing the
separator, is read this way:

* When every non-blank line holds the separator and there are several such
  lines, the file is a ``*.src`` file of several stories: line L is the cluster
  ``{stem}-{L}`` and its n-th non-empty part the article ``{stem}-{L}-{n}``
  (origin ``file:L``), the names a JSONL cluster line without ids gets.
* Otherwise the file is one story (pasted articles keep real line breaks, with
  the separator on lines of its own): its n-th non-empty part becomes the
  article ``{stem}-{n}`` (n from 1), and it is no cluster line.
"""

from __future__ import annotations

from pathlib import Path

from storyweave.errors import BadInputError
from storyweave.ingest._text import FileArticles, decode_text, paragraphs
from storyweave.model import Article, Batch, Problem

SEPARATOR = "|||||"
_NEWLINE_TOKEN = "NEWLINE_CHAR"
_NO_TEXT = f"no article text between the {SEPARATOR} separators"


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


def read(path: Path, data: bytes) -> FileArticles:
    """Read a ``.multinews`` file.

    Args:
        path: The file (its stem prefixes the article ids).
        data: The file's bytes.

    Returns:
        One article per part, and for a file of several stories the cluster (line) of each.

    Raises:
        BadInputError: Not UTF-8 text, or no part holds any text.
    """
    return read_text(path, decode_text(str(path), data))


def read_text(path: Path, text: str) -> FileArticles:
    """Split the decoded text of a Multi-News file; see :func:`read`."""
    lines = [(number, line) for number, line in enumerate(text.split("\n"), 1) if line.strip()]
    if len(lines) > 1 and all(SEPARATOR in line for _, line in lines):
        articles: list[Article] = []
        clusters: list[str] = []
        problems: list[Problem] = []
        for number, line in lines:
            cluster_id = f"{path.stem}-{number}"
            story = split_multinews(line, cluster_id, f"{path}:{number}")
            if not story:
                problems.append(Problem(f"{path}:{number}", _NO_TEXT))
            articles.extend(story)
            clusters.extend([cluster_id] * len(story))
    else:
        articles = split_multinews(text, path.stem, str(path))
        clusters, problems = [], []
    if not articles:
        raise BadInputError(str(path), _NO_TEXT)
    return FileArticles(Batch(tuple(articles), tuple(problems)), tuple(clusters))
