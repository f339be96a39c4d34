"""Helpers shared by the format readers: what a reader returns, loading a file as text, paragraphs, dates.

Every check here raises :class:`~storyweave.errors.BadInputError` with a one-line
reason; ``read_articles`` turns that into a :class:`~storyweave.model.Problem`.
"""

from __future__ import annotations

import codecs
import datetime as dt
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from storyweave.errors import BadInputError
from storyweave.model import Batch

logger = logging.getLogger(__name__)

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# Four non-ASCII bytes in a row. Western European text saved in a single-byte code page (Windows-1252,
# Latin-1) has its non-ASCII bytes alone or in pairs ("café", "Grüße", "—“"); Cyrillic or Greek in their
# code pages (cp1251, cp1253) and the multi-byte encodings of Chinese, Japanese and Korean write whole
# words of them, which read as Windows-1252 would be gibberish.
_NON_LATIN_RUN = re.compile(rb"[\x80-\xff]{4,}")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# Dates with the month spelt out, as pages, feeds (RFC 2822: "Tue, 07 May 2024 10:00:00 GMT") and wire copy
# write them: "May 7, 2024", "7 May 2024", "Sept. 28, 2021", "March 1st, 2024"; a leading weekday and
# whatever follows the year (a time) are allowed. The month is known by its first three letters.
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
_MONTH = rf"({'|'.join(_MONTHS)})[a-z]*\.?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_DAY_MONTH_YEAR = re.compile(rf"{_WEEKDAY}{_DAY}\s+{_MONTH},?\s+(\d{{4}})\b", re.IGNORECASE)
_MONTH_DAY_YEAR = re.compile(rf"{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+(\d{{4}})\b", re.IGNORECASE)
# Terminal escape sequences whole (CSI "\x1b[31m", OSC "\x1b]0;title\x07"): printed by the command line,
# they would recolour, clear or retitle the terminal. Metadata loses them with any other C0 or C1 control.
TERMINAL_ESCAPE = r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
_CONTROL = re.compile(rf"{TERMINAL_ESCAPE}|[\x00-\x08\x0e-\x1f\x7f-\x9f]")

# Every line break but NEL (U+0085), which in text decoded with the wrong codec stands for cp1252's "…"
# and is repaired by the clean stage (str.splitlines would take it for a line break).
_LINE_BREAK = re.compile("\r\n?|[\n\v\f\u2028\u2029]")
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

    UTF-8, or an encoding the file itself declares (a UTF-16 byte-order mark,
    an HTML ``<meta charset>``), is used. Text that is not valid UTF-8 but reads
    as Western European text in Windows-1252 (a superset of Latin-1's printable
    characters; what Windows editors save as "ANSI") is read so, with a
    one-line warning naming the first byte that is not UTF-8: such files are
    common in newsroom archives. Other bytes are refused rather than guessed at,
    since a wrong guess would silently become wrong article text.

    Args:
        origin: Named in the error.
        data: The file's bytes.
        encoding: The encoding to decode with, unless a byte-order mark declares UTF-16.

    Returns:
        The text, without a byte-order mark.

    Raises:
        BadInputError: NUL characters (a binary file, or UTF-16 without a
            byte-order mark), bytes invalid in the encoding (and not
            Windows-1252 text), or nothing but whitespace.
    """
    if data.startswith(_UTF16_BOMS):
        encoding = "utf-16"  # Python's codec reads the mark for the byte order and drops it.
    elif b"\x00" in data:
        if _looks_like_utf16(data):
            raise BadInputError(origin, "UTF-16 text without a byte-order mark; save it as UTF-8")
        raise BadInputError(origin, "binary file (contains NUL bytes)")
    codec = _codec_name(encoding)
    if codec is None:
        logger.warning("%s: unknown text encoding %r declared; reading it as UTF-8", origin, encoding)
        codec = "utf-8"
    try:
        text = data.decode("utf-8-sig" if codec == "utf-8" else codec)
    except UnicodeDecodeError as exc:
        where = f"byte 0x{data[exc.start]:02X} at offset {exc.start}"
        text = _windows_1252(data) if codec == "utf-8" else None
        if text is None:
            name = "UTF-8" if codec == "utf-8" else encoding
            raise BadInputError(origin, f"not valid {name} text ({where}); save it as UTF-8") from None
        logger.warning("%s: not valid UTF-8 text (%s); read as Windows-1252 (Latin-1)", origin, where)
    if "\x00" in text:
        raise BadInputError(origin, "binary file (contains NUL characters)")
    if not text.strip():
        raise BadInputError(origin, "empty file")
    return text


def _windows_1252(data: bytes) -> str | None:
    """``data`` decoded as Windows-1252 when it reads as Western European text (see ``_NON_LATIN_RUN``)."""
    if _NON_LATIN_RUN.search(data):
        return None
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90 and 0x9D mean nothing in Windows-1252
        return None


def _looks_like_utf16(data: bytes) -> bool:
    """Whether NUL bytes fill one byte of each pair and never the other, as in UTF-16 Latin text."""
    nuls = sorted((data[0::2].count(0), data[1::2].count(0)))
    return nuls[0] == 0 and nuls[1] > len(data) // 4


def one_line(value: object) -> str | None:
    r"""A metadata value (id, headline, outlet, URL) as one line of plain text, or None.

    Control characters and terminal escapes go, and whitespace runs (line
    breaks too) become one space: the value is shown on one line everywhere.

    Args:
        value: A JSON, header or page metadata value.

    Returns:
        The cleaned string; None when ``value`` is not a string or nothing is left.

    Example:
        >>> one_line("  Mill \x1b[31mfire\x1b[0m\n  report ")
        'Mill fire report'
    """
    if not isinstance(value, str):
        return None
    return " ".join(_CONTROL.sub("", value).split()) or None


def file_id(path: Path) -> str:
    r"""The id of a file's article (or the prefix of its articles' ids): its stem, as one line of plain text.

    A file name may hold line breaks and terminal escapes, and ids are printed.

    Example:
        >>> file_id(Path("fire\x1b[31m\nlate.txt"))
        'fire late'
    """
    return one_line(path.stem) or "unnamed"


def paragraphs(text: str, *, unwrap: bool = False) -> str:
    """Normalise text to one paragraph per line.

    Line endings ("\\r\\n", "\\r", and the line and paragraph separators
    U+2028/U+2029, vertical tab and form feed, as JSON exported from web
    pages and old wire files write them) become "\\n", each line is
    stripped, and blank lines are dropped, so paragraphs end up separated by a
    single "\\n".

    Args:
        text: Raw article text.
        unwrap: Re-join hard-wrapped lines: when every line is short
            (``_MAX_WRAPPED_LINE``) and blank lines separate blocks, each block is
            one paragraph whose lines are joined with a space.

    Returns:
        The normalised text ("" when it holds no words).
    """
    lines = [line.strip() for line in _LINE_BREAK.split(text)]
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
    """Read a publication date: ISO (``YYYY-MM-DD``, or a timestamp starting with one), or the month spelt out.

    Spelt-out forms are the ones pages and feeds write: "May 7, 2024",
    "7 May 2024", "Tue, 07 May 2024 10:00:00 GMT" (RFC 2822), "Sept. 28,
    2021". All-numeric forms other than ISO ("07/05/2024") are not read: their
    order of day and month would be a guess.

    Args:
        value: A JSON or metadata value; anything that is not such a string gives None.

    Returns:
        The date, or None when missing or not a valid date.

    Example:
        >>> parse_date("Tuesday, May 7th, 2024"), parse_date("07/05/2024")
        (datetime.date(2024, 5, 7), None)
    """
    if not isinstance(value, str):
        return None
    text = value.strip()
    if match := _ISO_DATE.match(text):
        year, month, day = map(int, match.groups())
    elif match := _DAY_MONTH_YEAR.match(text):
        day, month, year = int(match[1]), _MONTHS.index(match[2].lower()) + 1, int(match[3])
    elif match := _MONTH_DAY_YEAR.match(text):
        month, day, year = _MONTHS.index(match[1].lower()) + 1, int(match[2]), int(match[3])
    else:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def read_date(origin: str, value: object) -> dt.date | None:
    """:func:`parse_date`, with a warning naming ``origin`` when a date cannot be read or is in the future.

    A future date is kept (it may be an embargoed story's), but it is most
    often a typo ("2204" for "2024"), which would date the article's timeline
    entries and its story in that year.
    """
    date = parse_date(value)
    if date is None and value not in (None, ""):
        logger.warning("%s: ignoring unreadable date %r", origin, value)
    # Tomorrow is still today somewhere east of here.
    elif date is not None and date > dt.date.today() + dt.timedelta(days=1):
        logger.warning("%s: the date %s is in the future (kept; check it)", origin, date.isoformat())
    return date


def _codec_name(encoding: str) -> str | None:
    """Python's canonical name of an encoding ("UTF8" -> "utf-8"); None when unknown."""
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return None
