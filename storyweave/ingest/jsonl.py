"""JSON Lines: one JSON object per line, either a cluster or a single article.

A cluster line has ``documents`` (a list of article objects) and, in the
benchmark files of /work/shared/data, ``id`` and ``summaries``. An article object
has ``text`` and optionally ``id``, ``title``, ``date`` (``YYYY-MM-DD``),
``source``, ``url`` and ``modified`` (the day the outlet last updated it, as
``date``; ``updated`` or schema.org's ``dateModified`` when that is missing: it
tells an outlet's versions of one URL apart). Feeds often name the outlet otherwise: ``outlet``,
``publisher`` or ``site_name`` is read as ``source`` when that is missing, and an object
with a ``name`` as its name (NewsAPI's ``"source": {"id": ..., "name": ...}``). The
benchmark files' ``stance``, ``cluster`` and ``lang`` are ignored; any other
key of an article is ignored with one warning per file naming it, so that a
misnamed field ("published" for ``date``) is not dropped unseen (QA9 #7: a feed
with ``outlet`` was read as articles of no known outlet). An article without an
``id`` gets ``{file stem}-{line}`` (plus ``-{n}`` inside a cluster). Blank
lines are skipped.
"""

from __future__ import annotations

import html
import io
import json
import logging
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from storyweave.errors import BadInputError
from storyweave.ingest._text import (
    FileArticles,
    RecordLines,
    file_id,
    one_line,
    paragraphs,
    read_date,
)
from storyweave.model import Article, Batch, Cluster, Problem

logger = logging.getLogger(__name__)

# A \u escape of a UTF-16 surrogate (D800-DFFF), which may stand alone: see _valid_strings.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
# json.loads joins an escaped pair into one character, so a surrogate left in a string stands alone.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# An HTML character reference with its closing semicolon: "&amp;", "&#8217;", "&#x2019;". Without one ("AT&T",
# "?a=1&copy=2") an ampersand is just text.
_CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# The start of a tag, comment or declaration: a field holding one is markup, not escaped plain text.
_MARKUP = re.compile(r"<[A-Za-z/!?]")
# The keys an article's outlet is read from, the first one set: "source" as documented, then what feeds
# and page metadata call it (og:site_name).
_OUTLET_KEYS = ("source", "outlet", "publisher", "site_name")
# The keys an article's update day is read from, the first one set: "modified" as documented, then what feeds
# and schema.org's NewsArticle call it.
_MODIFIED_KEYS = ("modified", "updated", "dateModified")
# Every key of an article object that is read, or ignored on purpose (the benchmark files' labels).
_KNOWN_KEYS = frozenset(
    {"id", "text", "title", "date", "url", *_OUTLET_KEYS, *_MODIFIED_KEYS, "stance", "cluster", "lang"}
)
# Unread keys a warning names: enough to spot a misnamed field, few enough for one line.
_UNREAD_KEYS_SHOWN = 5


def read(path: Path, data: bytes) -> FileArticles:
    """Read every article of a JSONL file; a bad line or record becomes a Problem.

    Args:
        path: The file, named in each article's origin as ``file:line``.
        data: The file's bytes.

    Returns:
        The articles of every good record, in file order, with the cluster id
        (``id``, else ``{file stem}-{line}``) of each one read from a cluster
        line, and one problem per bad record (or line that is not text).

    Raises:
        BadInputError: The file is not text (see :class:`~storyweave.ingest._text.RecordLines`).
    """
    lines = list(_read_lines(path, RecordLines(str(path), lambda: io.BytesIO(data))))
    return FileArticles(
        Batch(
            tuple(article for line in lines for article in line.batch.articles),
            tuple(problem for line in lines for problem in line.batch.problems),
        ),
        tuple(cluster for line in lines for cluster in line.clusters),
    )


def read_lazily(file: Path, path: Path) -> Iterator[FileArticles]:
    """Read a JSONL file one line at a time, as :func:`read` reads it whole, without holding the file.

    A feed may hold hundreds of thousands of articles (380 MB for 100,000):
    only one line is held at a time, whatever the file's encoding.

    Args:
        file: The file to open.
        path: Its name in origins, ids and messages (see :func:`read`).

    Yields:
        What each non-blank line holds (articles, cluster ids, problems), in file order.

    Raises:
        BadInputError: As for :func:`read` (before any line is given), or the
            file cannot be read (after the lines read so far).
    """
    yield from _read_lines(path, RecordLines(str(path), lambda: file.open("rb")))


def _read_lines(path: Path, lines: Iterable[tuple[int, str] | Problem]) -> Iterator[FileArticles]:
    """What each decoded line holds: its articles and their cluster id, or its problems."""
    unread: dict[str, None] = {}
    for line in lines:
        if isinstance(line, Problem):
            yield FileArticles(Batch((), (line,)))
            continue
        line_number, text = line
        origin = f"{path}:{line_number}"
        fallback = f"{file_id(path)}-{line_number}"
        try:
            record = _parse_line(text, origin)
            entries = _entries(record, fallback, origin)
        except BadInputError as exc:
            yield FileArticles(Batch((), (Problem(exc.origin, exc.reason),)))
            continue
        cluster_id = _cluster_id(record, fallback) if "documents" in record else None
        articles: list[Article] = []
        problems: list[Problem] = []
        for document, fallback_id, label in entries:
            try:
                articles.append(_article(document, origin, fallback_id))
            except BadInputError as exc:
                problems.append(Problem(origin, label + exc.reason))
                continue
            unread.update(dict.fromkeys(_unread_keys(document)))
        yield FileArticles(Batch(tuple(articles), tuple(problems)), (cluster_id,) * len(articles))
    _warn_unread(path, unread)


def read_clusters(path: str | os.PathLike[str], problems: list[Problem] | None = None) -> list[Cluster]:
    """Read a benchmark file: each line with ``documents`` is one cluster.

    A benchmark with a broken line or a document without text would score
    something other than what it claims, so such a line is never read in part:
    by default the first one raises; with ``problems``, the whole line is
    skipped, logged as a one-line warning and appended there, and reading goes
    on. Lines without ``documents`` are skipped.

    Args:
        path: A JSONL file as described in /work/shared/data/README.md.
        problems: When given, collects one problem per skipped bad line instead
            of raising.

    Returns:
        The clusters in file order, with their reference summaries.

    Raises:
        BadInputError: The file cannot be read, or no line holds a cluster;
            without ``problems``, also a line that is not text, not a JSON
            object, or a document without text.
    """
    path = Path(path)
    clusters: list[Cluster] = []
    skipped = 0
    unread: dict[str, None] = {}
    for line in RecordLines(str(path), lambda: path.open("rb")):
        try:
            if isinstance(line, Problem):
                raise BadInputError(line.origin, line.reason)
            line_number, text = line
            origin = f"{path}:{line_number}"
            record = _parse_line(text, origin)
            if "documents" not in record:
                skipped += 1
                continue
            cluster_id = _cluster_id(record, f"{file_id(path)}-{line_number}")
            entries = _entries(record, cluster_id, origin)
            articles = tuple(_article(document, origin, fallback) for document, fallback, _ in entries)
        except BadInputError as exc:
            if problems is None:
                raise
            problems.append(Problem(exc.origin, exc.reason))
            logger.warning("skipped %s", problems[-1])
            continue
        references = tuple(str(summary) for summary in record.get("summaries") or ())
        clusters.append(Cluster(cluster_id, articles, references))
        for document, _, _ in entries:
            unread.update(dict.fromkeys(_unread_keys(document)))
    _warn_unread(path, unread)
    if not clusters:
        raise BadInputError(str(path), 'no cluster lines (JSON objects with "documents")')
    if skipped:
        # Imported here: the package imports this module before it defines ``counted``.
        from storyweave.ingest import counted

        logger.warning("%s: skipped %s without documents", path, counted(skipped, "line"))
    return clusters


def _parse_line(line: str, origin: str) -> dict[str, Any]:
    try:
        # Only a line that escapes a surrogate pays for the hook: most lines have none.
        record = json.loads(line, object_hook=_valid_strings if _SURROGATE_ESCAPE.search(line) else None)
    except json.JSONDecodeError as exc:
        # Some of json's messages end with "at" ("Unterminated string starting at"): the column follows it.
        where = "column" if exc.msg.endswith(" at") else "at column"
        raise BadInputError(origin, f"malformed JSON ({exc.msg} {where} {exc.colno})") from None
    if not isinstance(record, dict):
        raise BadInputError(origin, f"expected a JSON object, got {_json_type(record)}")
    return record


def _valid_strings(record: dict[str, Any]) -> dict[str, Any]:
    """``record`` with each lone surrogate in its strings (and lists of strings) replaced by U+FFFD.

    JSON may escape half of a UTF-16 pair alone ("\\ud800"); Python keeps it as
    a lone surrogate, which no UTF-8 output, hash or SQLite database can hold.
    """

    def valid(value: Any) -> Any:
        if isinstance(value, str):
            return _LONE_SURROGATE.sub("\ufffd", value)
        return [valid(item) for item in value] if isinstance(value, list) else value

    return {valid(key): valid(value) for key, value in record.items()}


def _cluster_id(record: dict[str, Any], fallback: str) -> str:
    return _id(record.get("id"), fallback)


def _id(value: Any, fallback: str) -> str:
    """A JSON ``id`` (any type) as one line of plain text: it is printed; ``fallback`` when there is none."""
    return (one_line(str(value)) if value is not None else None) or fallback


def _entries(record: dict[str, Any], fallback_id: str, origin: str) -> list[tuple[Any, str, str]]:
    """The article objects of one line: (object, id to use if it has none, label for its problems).

    Raises:
        BadInputError: A cluster line with an empty ``documents`` list.
    """
    if "documents" not in record:
        return [(record, fallback_id, "")]
    documents = record["documents"]
    if not isinstance(documents, list):
        documents = [documents]
    if not documents:
        raise BadInputError(origin, 'empty "documents" list')
    cluster_id = _cluster_id(record, fallback_id)
    return [(document, f"{cluster_id}-{n}", f"document {n}: ") for n, document in enumerate(documents, 1)]


def _article(record: Any, origin: str, fallback_id: str) -> Article:
    """Build an Article from one JSON article object.

    Raises:
        BadInputError: Not an object, or no non-empty string ``text``.
    """
    if not isinstance(record, dict):
        raise BadInputError(origin, f"expected a JSON object, got {_json_type(record)}")
    raw_text = record.get("text")
    if raw_text is None:
        raise BadInputError(origin, 'record has no "text"')
    if not isinstance(raw_text, str):
        raise BadInputError(origin, f'"text" is {_json_type(raw_text)}, not a string')
    text = paragraphs(_unescaped(raw_text))
    if not text:
        raise BadInputError(origin, 'empty "text"')
    outlet_key = next((key for key in _OUTLET_KEYS if record.get(key)), "source")
    return Article(
        id=_id(record.get("id"), fallback_id),
        text=text,
        title=_text_field(origin, "title", record.get("title")),
        date=read_date(origin, record.get("date")),
        source=_text_field(origin, outlet_key, record.get(outlet_key)),
        url=_text_field(origin, "url", record.get("url")),
        origin=origin,
        modified=read_date(origin, next((record[key] for key in _MODIFIED_KEYS if record.get(key)), None)),
    )


def _text_field(origin: str, key: str, value: Any) -> str | None:
    """A metadata field's text: a string as it is, an object's ``name`` (NewsAPI's ``"source": {"id": ...,
    "name": "Reuters"}``, schema.org's publisher); another type is left out with a warning naming the field,
    where it had been left out without a word (QA10c #3).

    Example:
        >>> _text_field("feed.jsonl:1", "source", {"id": "reuters", "name": "Reuters"})
        'Reuters'
    """
    if isinstance(value, dict) and isinstance(value.get("name"), str):
        value = value["name"]
    if value is not None and not isinstance(value, str):
        logger.warning("%s: %s is %s, not a string: left out", origin, json.dumps(key), _json_type(value))
        return None
    return one_line(_unescaped(value))


def _unread_keys(record: dict[str, Any]) -> list[str]:
    """The keys of an article object that storyweave neither reads nor ignores on purpose."""
    return [key for key in record if key not in _KNOWN_KEYS]


def _warn_unread(path: Path, unread: Iterable[str]) -> None:
    """Warn once for a file of the article keys it holds that were not read (a reading note, see module doc).

    Example:
        >>> from storyweave.ingest import reading_notes
        >>> with reading_notes() as notes:
        ...     _warn_unread(Path("feed.jsonl"), ["byline", "published"])
        >>> notes
        ['feed.jsonl: ignored article keys "byline", "published" (read: id, text, title, date, source, url)']
    """
    keys = list(unread)
    if not keys:
        return
    named = ", ".join(json.dumps(key) for key in keys[:_UNREAD_KEYS_SHOWN])
    more = f" and {len(keys) - _UNREAD_KEYS_SHOWN} more" if len(keys) > _UNREAD_KEYS_SHOWN else ""
    logger.warning(
        "%s: ignored article keys %s%s (read: id, text, title, date, source, url)", path, named, more
    )


def _unescaped(value: Any) -> Any:
    """A text field with its HTML character references read ("&amp;" -> "&"), when it is entity-escaped plain text.

    Feeds exported from web systems write plain-text fields so: WordPress's
    REST API gives a title as "Gamer&#8217;s Life" or "Fish &amp; Chips", and
    an outlet's name may come as "AT&amp;T". A value that holds a reference and
    no markup is such text, and is read as the characters it stands for; one
    with a tag too is HTML, left as written (references and all). What a
    reference stands for stays text: "&lt;b&gt;" becomes the characters "<b>",
    which every output escapes as it escapes any other article text. Values
    that are not strings are returned as they are.

    Example:
        >>> _unescaped("Fish &amp; chips &#8211; &lt;b&gt;"), _unescaped("<p>Fish &amp; chips</p>")
        ('Fish & chips – <b>', '<p>Fish &amp; chips</p>')
    """
    if not isinstance(value, str) or "&" not in value or _MARKUP.search(value):
        return value
    return _CHARACTER_REFERENCE.sub(lambda reference: html.unescape(reference.group()), value)


def _json_type(value: Any) -> str:
    """What a JSON value is, in the words of JSON ("a number", "a list"), for error messages."""
    if isinstance(value, bool):
        return "true" if value else "false"
    kinds = ((dict, "an object"), (list, "a list"), (str, "a string"), (int | float, "a number"))
    return next((kind for types, kind in kinds if isinstance(value, types)), "null")
