"""Helpers shared by the format readers: what a reader returns, loading a file as text, paragraphs, dates.

Every check here raises :class:`~storyweave.errors.BadInputError` with a one-line
reason; ``read_articles`` turns that into a :class:`~storyweave.model.Problem`.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from storyweave.errors import BadInputError
from storyweave.model import Batch

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")

# Lines of a hard-wrapped file are at most this long. Editors and mail clients wrap at 72-80 columns;
# 100 leaves room for a long word pushed past the margin. The plain-text examples
# (/work/shared/examples/teigen-jack) keep each paragraph on one line of 200-900 characters.
_MAX_WRAPPED_LINE = 100


@dataclass(frozen=True)
class FileArticles:
    """What a format reader found in one file.

    Attributes:
        batch: The file's articles in file order, and the problems met.
        clusters: For each article of ``batch``, the id of the cluster line it
            came from (a JSONL line with ``documents``, one story line of a
            Multi-News file), or None for an article that stands alone; empty
            when no article is in a cluster. The articles of one line share
            their ``origin``, so (id, origin) tells two lines with the same id apart.
    """

    batch: Batch
    clusters: tuple[str | None, ...] = ()


def load_bytes(path: Path, max_bytes: int | None = None) -> bytes:
    """Read a file's bytes, refusing a missing, unreadable or oversized file.

    Args:
        path: The file.
        max_bytes: Refuse files larger than this; None for no limit.

    Returns:
        The file's content.

    Raises:
        BadInputError: The file is missing, unreadable or too large.
    """
    origin = str(path)
    try:
        size = path.stat().st_size
        if max_bytes is not None and size > max_bytes:
            raise BadInputError(origin, f"file too large ({size:,} bytes; the limit is {max_bytes:,})")
        return path.read_bytes()
    except FileNotFoundError:
        raise BadInputError(origin, "no such file or directory") from None
    except OSError as exc:
        raise BadInputError(origin, f"cannot read file: {exc.strerror or exc}") from None


def decode_text(origin: str, data: bytes, encoding: str = "utf-8") -> str:
    """Decode bytes as text, or explain in one line why they are not text.

    Only UTF-8, or an encoding the file itself declares (an HTML ``<meta
    charset>``), is used: guessing an encoding would silently turn a wrong guess
    into wrong article text.

    Args:
        origin: Named in the error.
        data: The file's bytes.
        encoding: The encoding to decode with.

    Returns:
        The text, without a byte-order mark.

    Raises:
        BadInputError: UTF-16 text, NUL bytes (a binary file), bytes invalid in
            the encoding, an unknown encoding, or nothing but whitespace.
    """
    if data.startswith(_UTF16_BOMS):
        raise BadInputError(origin, "UTF-16 text; only UTF-8 is supported")
    if b"\x00" in data:
        raise BadInputError(origin, "binary file (contains NUL bytes)")
    utf8 = _codec_name(encoding) == "utf-8"
    try:
        text = data.decode("utf-8-sig" if utf8 else encoding)
    except LookupError:
        raise BadInputError(origin, f"unknown text encoding {encoding!r}") from None
    except UnicodeDecodeError as exc:
        name = "UTF-8" if utf8 else encoding
        raise BadInputError(origin, f"not valid {name} text (bad byte at offset {exc.start})") from None
    if not text.strip():
        raise BadInputError(origin, "empty file")
    return text


def paragraphs(text: str, *, unwrap: bool = False) -> str:
    """Normalise text to one paragraph per line.

    Line endings become "\\n", each line is stripped, and blank lines are dropped,
    so paragraphs end up separated by a single "\\n".

    Args:
        text: Raw article text.
        unwrap: Re-join hard-wrapped lines: when every line is short
            (``_MAX_WRAPPED_LINE``) and blank lines separate blocks, each block is
            one paragraph whose lines are joined with a space.

    Returns:
        The normalised text ("" when it holds no words).
    """
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    if unwrap and _is_hard_wrapped(lines):
        blocks = " ".join(line or "\n" for line in lines).split("\n")
        return "\n".join(" ".join(block.split()) for block in blocks if block.strip())
    return "\n".join(line for line in lines if line)


def _is_hard_wrapped(lines: list[str]) -> bool:
    """True when blank lines separate blocks and some block spans several short lines."""
    text_at = [index for index, line in enumerate(lines) if line]
    if not text_at or max(map(len, lines)) > _MAX_WRAPPED_LINE:
        return False
    # Only a blank line between two lines of text separates blocks: the "" that a final newline
    # leaves (or blank lines around the text) would make every file of short lines look wrapped.
    body = lines[text_at[0] : text_at[-1] + 1]
    return "" in body and any(first and second for first, second in zip(body, body[1:], strict=False))


def parse_date(value: object) -> dt.date | None:
    """Read a date from ``YYYY-MM-DD`` or an ISO timestamp that starts with one.

    Args:
        value: A JSON or metadata value; anything that is not such a string gives None.

    Returns:
        The date, or None when missing or not a valid date.
    """
    if not isinstance(value, str):
        return None
    match = _ISO_DATE.match(value.strip())
    if match is None:
        return None
    try:
        return dt.date(*map(int, match.groups()))
    except ValueError:
        return None


def _codec_name(encoding: str) -> str:
    """Python's canonical name of an encoding ("UTF8" -> "utf-8"); the input when unknown."""
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return encoding
