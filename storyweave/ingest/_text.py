"""Helpers shared by the format readers: what a reader returns, loading a file as text, paragraphs, dates.

Every check here raises :class:`~storyweave.errors.BadInputError` with a one-line
reason; ``read_articles`` turns that into a :class:`~storyweave.model.Problem`.
"""

from __future__ import annotations

import codecs
import contextlib
import datetime as dt
import io
import logging
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from storyweave.errors import BadInputError
from storyweave.model import Batch, Problem, future_date_note, in_the_future

logger = logging.getLogger(__name__)

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# Bytes decoded at a time when checking a UTF-16 file: a buffer, not a tuned value.
_CHUNK_BYTES = 1 << 20
# Four non-ASCII bytes in a row. Western and Central European text saved in a single-byte code page
# (Windows-1252, Latin-1, Windows-1250) has its non-ASCII bytes alone or in pairs ("café", "Grüße", "—“",
# "Łódź"); Cyrillic or Greek in their code pages (cp1251, cp1253) and the multi-byte encodings of
# Chinese, Japanese and Korean write whole words of them, which read as either would be gibberish.
_NON_LATIN_RUN = re.compile(rb"[\x80-\xff]{4,}")
# The code pages of European text that is not UTF-8, as warnings name them; the first is the default.
_CODE_PAGES = {"cp1252": "Windows-1252 (Latin-1)", "cp1250": "Windows-1250 (Central European)"}
# Which of the two a text is in, chardet (>= 7) decides, asked to choose between just these two, when
# the text is long enough to judge. Measured on 97 short news texts in Windows-1250 (Czech, Polish,
# Slovak, Hungarian, Croatian, Slovene) and 120 in Windows-1252 (French, German, Spanish, Portuguese,
# Italian, English, Dutch, Swedish, Danish), from headlines to paragraphs: every text of 60 characters
# or more (54 and 67) was read right; shorter, 3 of 93 French ones were not ("brûlé" as "brűlé"), hence
# the floor (below it, Windows-1252 as before). Unrestricted chardet 7.7 read 80/80 and 82/83 of the
# longer half; charset-normalizer 3.5 only 61/80 and 46/83, breaking text read right as Windows-1252,
# and chardet 5.2 14/80 (it has no Windows-1250 model for most of these languages).
_MIN_SAMPLE_BYTES = 60
# The bytes the two code pages read as different characters ("ř" or "ø", "ł" or "³"); other text reads alike.
_DIFFERING = frozenset(
    byte
    for byte in range(0x80, 0x100)
    if len({bytes([byte]).decode(cp, "replace") for cp in _CODE_PAGES}) > 1
)
# Bytes of non-ASCII lines handed to chardet: enough text to judge, not the whole of a big feed.
_SAMPLE_BYTES = 1 << 16
# The lines of a file of records read in a code page that its warning names by number; it counts the others.
_LINES_NAMED = 5
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
# Bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) go from metadata too: in a
# file name or an outlet they make a shown name read other than it is ("report\u202etxt.exe"). The marks
# U+200E / U+200F, which right-to-left titles need, stay.
_CONTROL = re.compile(rf"{TERMINAL_ESCAPE}|[\x00-\x08\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

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
    as European text in a single-byte code page (what Windows editors save as
    "ANSI") is read so, with a one-line warning naming the first byte that is
    not UTF-8 and the code page: Windows-1252 (Western European; a superset of
    Latin-1's printable characters), or Windows-1250 when chardet reads the
    text as Central European ("Dvořák", "Łódź"). Such files are common in
    newsroom archives. Other bytes are refused rather than guessed at, since a
    wrong guess would silently become wrong article text.

    Args:
        origin: Named in the error.
        data: The file's bytes.
        encoding: The encoding to decode with, unless a byte-order mark declares UTF-16.

    Returns:
        The text, without a byte-order mark.

    Raises:
        BadInputError: NUL characters (a binary file, or UTF-16 without a
            byte-order mark), bytes invalid in the encoding (and not
            European text in a code page), or nothing but whitespace.
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
        # The error's offset is in what the codec read: after a UTF-8 byte-order mark, which it drops.
        offset = exc.start + (
            len(codecs.BOM_UTF8) if codec == "utf-8" and data.startswith(codecs.BOM_UTF8) else 0
        )
        where = f"byte 0x{data[offset]:02X} at offset {offset}"
        # A byte-order mark says UTF-8 but the text is not: it is no text either way.
        data = data.removeprefix(codecs.BOM_UTF8)
        code_page = _code_page(_sample(data.split(b"\n")), _decodes_in(data)) if codec == "utf-8" else None
        if code_page is None:
            name = "UTF-8" if codec == "utf-8" else encoding
            raise BadInputError(origin, f"not valid {name} text ({where}); save it as UTF-8") from None
        logger.warning("%s: not valid UTF-8 text (%s); read as %s", origin, where, _CODE_PAGES[code_page])
        text = data.decode(code_page)
    if "\x00" in text:
        raise BadInputError(origin, "binary file (contains NUL characters)")
    if not text.strip():
        raise BadInputError(origin, "empty file")
    return text


class RecordLines:
    """The non-blank lines of a file of records (a JSONL feed, a Multi-News file of one story a line), each decoded on its own.

    A record is one line, so each line is read as what it is: a line of valid
    UTF-8 as UTF-8, whatever the others hold; a line that is not, but reads as
    European text in a Windows code page, in that code page (one for the file,
    chosen as :func:`decode_text` chooses it, from those lines). A stray
    Latin-1 byte in one record of a UTF-8 feed then changes how that record is
    read, not the feed: the other records' titles, outlets and text stay UTF-8.
    One warning names the file, the lines read in the code page and the code
    page. A line that is text in neither (Cyrillic in its code page, a stray
    byte among Japanese) is a :class:`Problem`: it costs its record. A file
    with a UTF-16 byte-order mark is UTF-16 throughout.

    Making it checks the file, a line at a time, without holding it: a file
    that is not text (NUL bytes, or no line of text) raises then. The warning
    is logged once, when the first iteration reaches the first line read in the
    code page, so it comes in line order among the warnings of the lines'
    records (QA: it came before a malformed line above it). Each iteration
    reads the file again.

    Args:
        origin: The file's name in messages; a line's is ``{origin}:{line}``.
        open_file: Opens the file for reading bytes (each call from its start).

    Raises:
        BadInputError: The file is not text (no line of it is), or it cannot be read.
    """

    def __init__(self, origin: str, open_file: Callable[[], BinaryIO]) -> None:
        self._origin = origin
        self._open_file = open_file
        try:
            with open_file() as stream:
                self._utf16 = stream.read(2) in _UTF16_BOMS
            if self._utf16:
                _check_utf16(origin, open_file)
                self._code_page, self._checked, self._not_text = None, 0, frozenset[int]()
                self._found, self._warn_at = _LineCheck(), None
            else:
                self._found = _checked_lines(origin, open_file)
                self._code_page = _line_code_page(self._found)
                # The line at which the first iteration logs the warning (see the docstring).
                self._warn_at = _first_line_read_in(self._found, self._code_page)
                # The lines checked, and those of them that are text in no encoding.
                self._checked, self._not_text = self._found.lines, frozenset(self._found.not_text_lines)
        except FileNotFoundError:
            raise BadInputError(origin, "no such file or directory") from None
        except OSError as exc:
            raise BadInputError(origin, f"cannot read file: {exc.strerror or exc}") from None

    def __iter__(self) -> Iterator[tuple[int, str] | Problem]:
        """Each non-blank line's 1-based number and text, or its problem, in file order.

        A line added to the file after the check and not text as the check
        would read it is a problem too.

        Raises:
            BadInputError: The file cannot be read (after the lines given so far).
        """
        try:
            if self._utf16:
                yield from _utf16_lines(self._open_file)
                return
            with self._open_file() as stream:
                for number, raw in enumerate(stream, 1):
                    line = raw.removesuffix(b"\n")
                    if not line.strip():
                        continue
                    decoded = self._decoded(number, line)
                    if number == self._warn_at and self._code_page:
                        _warn_of_code_page_lines(self._origin, self._found, self._code_page)
                        self._warn_at = None
                    if isinstance(decoded, Problem):
                        yield decoded
                    elif decoded.strip():
                        yield number, decoded
        except OSError as exc:  # the lines given so far stay given
            raise BadInputError(self._origin, f"cannot read file: {exc.strerror or exc}") from None

    def _decoded(self, number: int, line: bytes) -> str | Problem:
        """Line ``number`` as text: UTF-8, else in the file's code page; else its problem."""
        # As decode_text, the first line's byte-order mark is no text; a byte's offset still counts it.
        mark = len(codecs.BOM_UTF8) if number == 1 and line.startswith(codecs.BOM_UTF8) else 0
        try:
            return line[mark:].decode("utf-8")
        except UnicodeDecodeError as exc:
            # A line the check read as European text is read in the code page without a second look; one
            # added since must be such text (no run of non-Latin bytes, as _decodes_in). Either way every
            # byte must be defined in the code page.
            if (
                self._code_page is not None
                and number not in self._not_text
                and (number <= self._checked or not _NON_LATIN_RUN.search(line, mark))
            ):
                with contextlib.suppress(UnicodeDecodeError):
                    return line[mark:].decode(self._code_page)
            where = f"byte 0x{line[mark + exc.start]:02X} at offset {mark + exc.start}"
            return Problem(f"{self._origin}:{number}", f"not valid UTF-8 text ({where}); save it as UTF-8")


@dataclass(frozen=True)
class _NotUtf8Line:
    """A line that is not UTF-8 but European text in a code page: its number, its first byte that is not UTF-8
    (offset in the line, value), and the code pages it reads in."""

    number: int
    offset: int
    byte: int
    code_pages: frozenset[str]


@dataclass
class _LineCheck:
    """What checking a file's lines found; ``check`` adds one line (with its line break)."""

    size: int = 0
    lines: int = 0
    # NUL bytes at even and odd offsets: UTF-16 Latin text without a byte-order mark has them on one side.
    nuls: tuple[int, int] = (0, 0)
    # The offset in the file and the value of the first byte that is not UTF-8.
    first_not_utf8: tuple[int, int] | None = None
    # The lines not UTF-8 but European text in a code page, counted by the code pages they read in; the first few.
    code_page_lines: Counter[frozenset[str]] = field(default_factory=Counter)
    first_code_page_lines: list[_NotUtf8Line] = field(default_factory=list)
    sample: bytes = b""  # the first of those lines (see _sample): the text their code page is chosen by
    readable: bool = False  # some line holds more than whitespace, read as UTF-8 or in a code page
    not_text_lines: set[int] = field(default_factory=set)  # the lines that are text in no encoding

    def check(self, raw: bytes) -> None:
        if b"\x00" in raw:
            even, odd = raw[0::2].count(0), raw[1::2].count(0)
            if self.size % 2:  # the line starts at an odd offset of the file
                even, odd = odd, even
            self.nuls = (self.nuls[0] + even, self.nuls[1] + odd)
        self.lines += 1
        line = raw.removesuffix(b"\n")
        if line.isascii():  # most lines of most feeds: text alike in every encoding
            self.readable = self.readable or bool(line.strip())
        else:
            self._check_non_ascii(line)
        self.size += len(raw)

    def _check_non_ascii(self, line: bytes) -> None:
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            start, byte = exc.start, line[exc.start]
        else:
            self.readable = self.readable or bool(text.strip())
            return
        if self.first_not_utf8 is None:
            self.first_not_utf8 = (self.size + start, byte)
        mark = len(codecs.BOM_UTF8) if self.size == 0 and line.startswith(codecs.BOM_UTF8) else 0
        decodes = _decodes_in(line[mark:])
        if not decodes:
            self.not_text_lines.add(self.lines)
            return
        self.code_page_lines[decodes] += 1
        if len(self.first_code_page_lines) < _LINES_NAMED:
            self.first_code_page_lines.append(_NotUtf8Line(self.lines, start, byte, decodes))
        if len(self.sample) < _SAMPLE_BYTES:
            self.sample += line[mark : mark + _SAMPLE_BYTES - len(self.sample)] + b"\n"
        # The bytes a code page leaves undefined are letters in the other: as text, the pages agree.
        self.readable = self.readable or bool(line[mark:].decode("cp1252", "replace").strip())


def _checked_lines(origin: str, open_file: Callable[[], BinaryIO]) -> _LineCheck:
    """What the lines of a file without a UTF-16 byte-order mark are, checked a line at a time.

    Raises:
        BadInputError: As :func:`decode_text` would for the whole file, when no line of it is text.
    """
    found = _LineCheck()
    with open_file() as stream:
        for raw in stream:
            found.check(raw)
    if any(found.nuls):
        even, odd = sorted(found.nuls)
        if even == 0 and odd > found.size // 4:
            raise BadInputError(origin, "UTF-16 text without a byte-order mark; save it as UTF-8")
        raise BadInputError(origin, "binary file (contains NUL bytes)")
    if not found.readable:
        if found.not_text_lines and found.first_not_utf8 is not None:
            offset, value = found.first_not_utf8
            where = f"byte 0x{value:02X} at offset {offset}"
            raise BadInputError(origin, f"not valid UTF-8 text ({where}); save it as UTF-8")
        raise BadInputError(origin, "empty file")
    return found


def _line_code_page(found: _LineCheck) -> str | None:
    """The code page of the lines ``found`` in a file that are not UTF-8; None: all are.

    Chosen as :func:`decode_text` chooses it, from those lines only.
    """
    if not found.code_page_lines:
        return None
    # The code pages every such line reads in; should no page read them all, those the most lines read in.
    shared = frozenset.intersection(*found.code_page_lines)
    return _code_page(
        found.sample, shared or max(found.code_page_lines, key=found.code_page_lines.__getitem__)
    )


def _first_line_read_in(found: _LineCheck, code_page: str | None) -> int | None:
    """The number of the first of the lines ``found`` that is read in ``code_page``; None for no code page."""
    return next((line.number for line in found.first_code_page_lines if code_page in line.code_pages), None)


def _warn_of_code_page_lines(origin: str, found: _LineCheck, code_page: str) -> None:
    """One warning naming the lines of ``origin`` read in ``code_page``, the first byte not UTF-8 and the code page."""
    count = sum(lines for pages, lines in found.code_page_lines.items() if code_page in pages)
    named = [line for line in found.first_code_page_lines if code_page in line.code_pages]
    first = named[0]
    where = f"byte 0x{first.byte:02X} at offset {first.offset}"
    if count == 1:
        logger.warning(
            "%s:%d: not valid UTF-8 text (%s); read as %s",
            origin,
            first.number,
            where,
            _CODE_PAGES[code_page],
        )
        return
    numbers = ", ".join(str(line.number) for line in named)
    more = f" and {count - len(named):,} more" if count > len(named) else ""
    logger.warning(
        "%s: lines %s%s not valid UTF-8 text (line %d: %s); read as %s",
        origin,
        numbers,
        more,
        first.number,
        where,
        _CODE_PAGES[code_page],
    )


def _check_utf16(origin: str, open_file: Callable[[], BinaryIO]) -> None:
    """Raise as :func:`decode_text` would for a file with a UTF-16 byte-order mark that is not text."""
    decoder = codecs.getincrementaldecoder("utf-16")()
    read = 0
    has_text = False
    with open_file() as stream:
        while True:
            chunk = stream.read(_CHUNK_BYTES)
            pending = len(decoder.getstate()[0])
            try:
                text = decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as exc:
                where = f"byte 0x{exc.object[exc.start]:02X} at offset {read - pending + exc.start}"
                raise BadInputError(origin, f"not valid utf-16 text ({where}); save it as UTF-8") from None
            if "\x00" in text:
                raise BadInputError(origin, "binary file (contains NUL characters)")
            has_text = has_text or bool(text.strip())
            if not chunk:
                break
            read += len(chunk)
    if not has_text:
        raise BadInputError(origin, "empty file")


def _utf16_lines(open_file: Callable[[], BinaryIO]) -> Iterator[tuple[int, str]]:
    """The non-blank lines of a checked UTF-16 file (see :func:`_check_utf16`), split at "\\n" only."""
    with open_file() as stream, io.TextIOWrapper(stream, encoding="utf-16", newline="\n") as text:
        for number, line in enumerate(text, 1):
            if line.strip():
                yield number, line.removesuffix("\n")


def _decodes_in(data: bytes) -> frozenset[str]:
    """The code pages of ``_CODE_PAGES`` in which ``data`` reads as European text (see ``_NON_LATIN_RUN``)."""
    if _NON_LATIN_RUN.search(data):
        return frozenset()
    # Each leaves a few bytes undefined: Windows-1252 0x81 0x8D 0x8F 0x90 0x9D, Windows-1250 0x81 0x83 0x88
    # 0x90 0x98.
    return frozenset(code_page for code_page in _CODE_PAGES if _decodes(data, code_page))


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def _sample(lines: Iterable[bytes]) -> bytes:
    """The first non-ASCII lines, up to ``_SAMPLE_BYTES``: the text a code page is chosen by."""
    sample = b""
    for line in lines:
        if not line.isascii():
            sample += line[: _SAMPLE_BYTES - len(sample)] + b"\n"
            if len(sample) >= _SAMPLE_BYTES:
                break
    return sample


def _code_page(sample: bytes, decodes: frozenset[str]) -> str | None:
    """The code page to read a text in, of those it ``decodes`` in; None if it decodes in none.

    Windows-1250 when chardet finds its ``sample`` Central European rather than Western European
    text (see ``_MIN_SAMPLE_BYTES``), else Windows-1252.
    """
    if len(decodes) < 2:
        return next(iter(decodes), None)
    if len(sample) < _MIN_SAMPLE_BYTES or _DIFFERING.isdisjoint(sample):
        return "cp1252"
    import chardet  # only for text that is not UTF-8: its models take 30 ms to load

    guess = chardet.detect(sample, include_encodings=["windows-1250", "windows-1252"])["encoding"] or ""
    return "cp1250" if guess.lower() == "windows-1250" else "cp1252"


def _looks_like_utf16(data: bytes) -> bool:
    """Whether NUL bytes fill one byte of each pair and never the other, as in UTF-16 Latin text."""
    nuls = sorted((data[0::2].count(0), data[1::2].count(0)))
    return nuls[0] == 0 and nuls[1] > len(data) // 4


def one_line(value: object) -> str | None:
    r"""A metadata value (id, headline, outlet, URL) as one line of plain text, or None.

    Control characters, terminal escapes and bidirectional overrides go, and
    whitespace runs (line breaks too) become one space: the value is shown on
    one line everywhere, reading as it is.

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
    elif date is not None and in_the_future(date):
        logger.warning("%s", future_date_note(origin, date))
    return date


def _codec_name(encoding: str) -> str | None:
    """Python's canonical name of an encoding ("UTF8" -> "utf-8"); None when unknown."""
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return None
