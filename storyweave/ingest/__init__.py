"""Ingest: read article files into :class:`~storyweave.model.Article` objects.

Formats, by file extension (each reader in its own module):

* ``.txt`` — one article per file, optional header lines (:mod:`.txt`); a
  ``.txt`` file containing ``|||||`` is read as Multi-News.
* ``.jsonl`` — one article or one cluster of articles per line (:mod:`.jsonl`).
* ``.html``/``.htm`` — a saved web page; main text via trafilatura (:mod:`.html`).
* ``.multinews`` — Multi-News source text, articles separated by ``|||||``
  (:mod:`.multinews`); so are the dataset's own ``*.src`` files
  (``test.src``, ``train.src.cleaned``), one story per line.

A JSONL line with ``documents``, and each line of a Multi-News file of several
stories, is a *cluster line*: one story. Every other article stands *loose*.
:func:`read_articles` reads every article; :func:`read_story` reads one story
(one cluster line, or the loose articles), and refuses input holding several
unless one cluster is picked by id. :func:`read_pasted` reads one story from
pasted text (JSONL, Multi-News or one plain-text article) with the same readers,
and :func:`read_uploaded` from uploaded files (their names and bytes);
:func:`read_pasted_stories` and :func:`read_uploaded_stories` read every story
there, with the cluster lines that state them (:class:`StatedStories`).
For a feed too big to hold, :func:`read_lazily` reads the articles one at a
time, and :func:`in_date_order` puts them in the story grouper's order on disk.

Ingest does not clean the text; that is :mod:`storyweave.clean`, the next stage.

Example:
    >>> batch = read_articles(["/no/such/folder"])
    >>> batch.articles, [str(p) for p in batch.problems]
    ((), ['/no/such/folder: no such file or directory'])
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import itertools
import logging
import os
import pickle
import tempfile
import threading
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, NamedTuple

from storyweave.errors import BadInputError, StoryweaveError
from storyweave.ingest import html, jsonl, multinews, txt
from storyweave.ingest._text import (
    TERMINAL_ESCAPE,
    FileArticles,
    decode_text,
    load_bytes,
    one_line,
    parse_date,
)
from storyweave.ingest.multinews import split_multinews
from storyweave.model import Article, Batch, Cluster, Problem

__all__ = [
    "SUPPORTED_EXTENSIONS",
    "TERMINAL_ESCAPE",
    "ArticlesByDate",
    "ClusterChoiceError",
    "ClusterLine",
    "StatedStories",
    "counted",
    "in_date_order",
    "newest_versions",
    "one_line",
    "parse_date",
    "read_articles",
    "read_clusters",
    "read_lazily",
    "read_pasted",
    "read_pasted_stories",
    "read_story",
    "read_text",
    "read_uploaded",
    "read_uploaded_stories",
    "reading_notes",
    "split_multinews",
    "unique_names",
    "version_day",
]

logger = logging.getLogger(__name__)

_Reader = Callable[[Path, bytes], FileArticles]
_READERS: dict[str, _Reader] = {
    ".htm": html.read,
    ".html": html.read,
    ".jsonl": jsonl.read,
    ".multinews": multinews.read,
    ".src": multinews.read,  # also "*.src.cleaned" and the like: see _reader
    ".txt": txt.read,
}
SUPPORTED_EXTENSIONS = tuple(_READERS)
# Pasted text is read as if from a file of this name: ids "pasted", "pasted-1", origins "pasted:2".
_PASTED_FILE = Path("pasted")
_PASTED = "the pasted text"
# An uploaded file's name is cut to this many characters (its extension kept): the longest a file name can be
# on Linux, macOS and Windows (255), so only a name made up by the sender is cut.
_UPLOADED_NAME_CHARS = 255
# A JSONL file of many clusters repeats per-cluster ids ("p1"); name a few renames, not hundreds.
_RENAMES_SHOWN = 3
# Cluster ids named in a one-line error: enough to show what the ids look like (the dev files hold
# 10-208 clusters), few enough to keep the line readable.
_CLUSTER_IDS_SHOWN = 5


class ClusterChoiceError(StoryweaveError):
    """The input holds several stories and none was picked, or the one picked is not in it.

    A usage error: the command line (or call) must name a cluster, or a valid one.

    Args:
        message: The one-line error.
        ids: Every cluster id in the input, in input order: the valid choices.
    """

    def __init__(self, message: str, ids: Sequence[str]) -> None:
        super().__init__(message)
        self.ids = tuple(ids)


@dataclasses.dataclass(frozen=True)
class ClusterLine:
    """One cluster line of the input: a story's articles.

    ``id`` is the line's cluster id, unique in the input (see :func:`read_story`); ``where`` names the file
    it is in, ``origin`` the line (``file:line``). Inside the readers its articles' ids are as read, not
    yet made unique; :class:`StatedStories` holds them with the batch's ids.
    """

    id: str
    where: str
    origin: str | None
    articles: tuple[Article, ...]


@dataclasses.dataclass(frozen=True)
class _FileRead:
    """One file's articles; how messages name it, and the input it was found under (itself, or its folder)."""

    name: str
    given: str
    contents: FileArticles


@dataclasses.dataclass(frozen=True)
class _Contents:
    """Everything read from the input.

    Attributes:
        articles: Every article, in input order.
        problems: Every problem, in input order.
        clusters: The cluster lines, with ids unique in the input.
        loose: The inputs (given paths) holding articles outside any cluster line, in input order.
    """

    articles: tuple[Article, ...]
    problems: tuple[Problem, ...]
    clusters: tuple[ClusterLine, ...]
    loose: tuple[str, ...]


def read_articles(
    paths: Sequence[str | os.PathLike[str]],
    *,
    max_bytes: int = 5_000_000,
) -> Batch:
    """Read every article in the given files and folders.

    Bad input never stops the batch: each missing, unreadable, oversized,
    binary, non-UTF-8, empty or unsupported file, and each bad JSONL line or
    record, becomes one :class:`~storyweave.model.Problem` (also logged as a
    warning) and reading goes on.

    Article ids must be unique in a batch. When two inputs give the same id, the
    later article is renamed ``{id}-2`` (``-3``, ... until unused), in input order.

    Args:
        paths: Files (read by their extension) and folders (every supported
            file directly inside, in name order; hidden files, sub-folders and
            other extensions are skipped). A file named twice is read once.
        max_bytes: Article files (``.txt``, ``.html``) larger than this are
            refused. Files of records (``.jsonl``, ``.multinews``, ``*.src``)
            are read at any size: a feed or a dataset file holds many articles.

    Returns:
        The articles in input order, and the problems.
    """
    contents = _read(paths, max_bytes)
    return Batch(_unique_ids(contents.articles), contents.problems)


def read_lazily(
    paths: Sequence[str | os.PathLike[str]],
    problems: list[Problem],
    *,
    max_bytes: int = 5_000_000,
    lines: set[str] | None = None,
) -> Iterator[Article]:
    """Read every article under ``paths`` as :func:`read_articles` does, one at a time, holding none of them.

    A JSONL feed, and a Multi-News file of one story a line, are read a line
    at a time, whatever their encoding; other files one at a time. Ids are
    the input's own: :func:`in_date_order` makes them unique as
    :func:`read_articles` does.

    Example:
        >>> problems = []
        >>> list(read_lazily(["/no/such/feed.jsonl"], problems)), [str(p) for p in problems]
        ([], ['/no/such/feed.jsonl: no such file or directory'])

    Args:
        paths: As for :func:`read_articles`.
        problems: Each problem met (as for :func:`read_articles`) is appended here, as it is met.
        max_bytes: As for :func:`read_articles`.
        lines: The origin (``file:line``) of each cluster line read, which its articles share, is added here
            as the line is read: the stories the input states.

    Yields:
        The articles in input order.
    """
    for read in _each_part(paths, max_bytes, problems):
        if lines is not None:
            lines.update(line.origin for line in _cluster_lines(read.name, read.contents) if line.origin)
        yield from read.contents.batch.articles


# zlib level of the articles put aside (see in_date_order). On 20,000 of bench_stream.py's synthetic articles,
# level 1 keeps 52% of the pickled size (3,849 -> 1,998 bytes an article) for 51 us to compress and 19 us to
# read back, about 2.5% of an article's ingest; level 6 keeps 49% for 73 us.
_SPOOL_COMPRESSION = 1


class _Place(NamedTuple):
    """Where an article waits in the temporary file of :func:`in_date_order`; sorts in the grouper's order."""

    date: dt.date
    position: int
    offset: int
    size: int
    id: str
    origin: str | None


@dataclasses.dataclass(frozen=True)
class ArticlesByDate:
    """Articles waiting in a temporary file, read back one at a time oldest first; see :func:`in_date_order`."""

    _file: IO[bytes]
    _places: tuple[_Place, ...]

    def __len__(self) -> int:
        return len(self._places)

    def __iter__(self) -> Iterator[Article]:
        for place in self._places:
            article = _read_back(self._file, place)
            yield article if article.id == place.id else dataclasses.replace(article, id=place.id)


def _read_back(file: IO[bytes], place: _Place) -> Article:
    """The article :func:`_put_aside` wrote at ``place``."""
    file.seek(place.offset)
    # Only what in_date_order wrote: an unnamed file of this process, which nothing else can open.
    return pickle.loads(zlib.decompress(file.read(place.size)))


@contextlib.contextmanager
def in_date_order(articles: Iterable[Article]) -> Iterator[ArticlesByDate]:
    """The articles in the order the story grouper needs, without holding them in memory.

    The grouper sees a stream: oldest first, and the articles of one date in
    input order. An undated article comes with the newest articles of its
    folder (its feed, for a line of one), or last when that holds no dated
    article or the article has no origin. Each article
    waits, compressed, in an unnamed temporary file (in ``TMPDIR``; it is gone
    when the block ends, or the process does), and only its date, id, origin
    and place there are held: about 400 bytes an article, where the articles
    of bench/bench_ingest_feed.py's feed take 2.0 KB each in the file (3.8 KB
    pickled). An article given again (the same id, text, outlet and URL: a
    dataset lists an article under two stories) keeps its id, for the store to
    see the repeat it is and store it once; another article under a repeated id
    is renamed as :func:`read_articles` renames it.

    Example:
        >>> import datetime
        >>> later = Article("a", "Rain.", date=datetime.date(2024, 5, 2))
        >>> earlier = Article("a", "Sun.", date=datetime.date(2024, 5, 1))
        >>> with in_date_order([later, Article("b", "Fog."), earlier]) as dated:
        ...     [(article.id, article.text) for article in dated]
        [('a-2', 'Sun.'), ('a', 'Rain.'), ('b', 'Fog.')]

    Args:
        articles: The articles, in input order; read once, one at a time.

    Yields:
        The articles, to be read (any number of times) inside the ``with`` block.
    """
    with tempfile.TemporaryFile() as file:
        places = _put_aside(articles, file)
        repeats = _repeats(file, places)
        ids = iter(_unique_names_of([place for n, place in enumerate(places) if n not in repeats]))
        yield ArticlesByDate(
            file,
            tuple(
                sorted(
                    place if n in repeats else place._replace(id=next(ids)) for n, place in enumerate(places)
                )
            ),
        )


def _put_aside(articles: Iterable[Article], file: IO[bytes]) -> list[_Place]:
    """Write each article to ``file``, one after the other; return where each one is.

    An undated article is placed at the newest date of the dated articles of
    its folder (of its file, for a line of a feed), and after every dated one
    when that holds none or the article's origin is unknown: where it was read
    from is the nearest sign of which story it belongs to. Placed after every
    dated article of a batch that holds other, later stories, an undated
    article of an older folder came after its story had gone stale, and
    started a story of its own.
    """
    places: list[_Place] = []
    newest_in_folder: dict[str, dt.date] = {}
    for position, article in enumerate(articles):
        data = zlib.compress(pickle.dumps(article, protocol=pickle.HIGHEST_PROTOCOL), _SPOOL_COMPRESSION)
        places.append(
            _Place(article.date or dt.date.max, position, file.tell(), len(data), article.id, article.origin)
        )
        file.write(data)
        folder = _folder_of(article.origin)
        if article.date is not None and folder is not None:
            newest_in_folder[folder] = max(article.date, newest_in_folder.get(folder, article.date))
    return [
        place._replace(date=newest_in_folder.get(_folder_of(place.origin), dt.date.max))
        if place.date == dt.date.max
        else place
        for place in places
    ]


def _repeats(file: IO[bytes], places: list[_Place]) -> set[int]:
    """The positions in ``places`` of the articles that repeat an earlier one of their id: the same text
    (whitespace aside), outlet and URL. Renamed, such a repeat was stored as a new id's article, or counted as
    already stored (the TDT clustering dev set lists 9 articles under two stories).

    Only articles of a repeated id are read back to compare, so a feed of unique ids costs nothing more.
    """
    times_given = Counter(place.id for place in places)
    earlier: dict[str, list[tuple[str, str | None, str | None]]] = {}
    repeats = set()
    for position, place in enumerate(places):
        if times_given[place.id] > 1:
            article = _read_back(file, place)
            content = (" ".join(article.text.split()), article.source, article.url)
            if content in earlier.setdefault(place.id, []):
                repeats.add(position)
            else:
                earlier[place.id].append(content)
    return repeats


def _folder_of(origin: str | None) -> str | None:
    """Where an article was read from, as far as it tells its story: its file's folder, or for a line of a
    feed (an origin ending in ":line") the feed itself; None when not known (an article made in Python).

    A feed's folder may hold other feeds of other times: with the folder, an undated line of a 2021 feed
    came after every article of a 2026 feed beside it.
    """
    if not origin:
        return None
    file, _, line = origin.rpartition(":")
    return file if file and line.isdigit() else os.path.dirname(origin)


def read_story(
    paths: Sequence[str | os.PathLike[str]], *, cluster: str | None = None, max_bytes: int = 5_000_000
) -> Batch:
    """Read the articles of one story: every article under ``paths``, or one cluster line's.

    A JSONL line with ``documents``, and each line of a Multi-News file of
    several stories, is a cluster line: one whole story. Read together, several
    cluster lines (in one file or in several) would merge unrelated stories
    into one, and so would a cluster line and loose articles, so such input
    must have one cluster picked. Loose articles (a folder of ``.txt`` files,
    several ``.txt`` or ``.html`` files, a JSONL file of one article per line, a
    Multi-News file of one story) are one story as given.

    Example:
        >>> batch = read_story(["../shared/data/duc2003/dev.jsonl"], cluster="duc2003-d30003t")  # doctest: +SKIP
        >>> len(batch.articles)  # doctest: +SKIP
        10

    Args:
        paths: As for :func:`read_articles`.
        cluster: The id of the cluster line to keep: its JSONL ``id``, else
            ``{file stem}-{line}`` (a repeated id is renamed ``{id}-2``, as
            article ids are). Only its articles, and the problems of its line,
            are kept. None keeps every article, when the input holds one story.
        max_bytes: As for :func:`read_articles`.

    Returns:
        The story's articles (ids made unique as :func:`read_articles` does), and the problems.

    Raises:
        ClusterChoiceError: ``cluster`` is None and the input holds several
            cluster lines, or one and loose articles; or ``cluster`` names no
            cluster line of the input.
    """
    contents = _read(paths, max_bytes)
    if cluster is None:
        return _the_one_story(contents)
    chosen = next((line for line in contents.clusters if line.id == cluster), None)
    if chosen is None:
        all_ids = [line.id for line in contents.clusters]
        where = str(paths[0]) if len(paths) == 1 else f"the {len(paths)} inputs"
        known = (
            f"ids: {_some(all_ids)}"
            if all_ids
            else 'no cluster lines there: JSONL lines with "documents", story lines of a Multi-News file'
        )
        raise ClusterChoiceError(f"no cluster {cluster!r} in {where} ({known})", all_ids)
    problems = tuple(problem for problem in contents.problems if problem.origin == chosen.origin)
    return Batch(_unique_ids(chosen.articles), problems)


@dataclasses.dataclass(frozen=True)
class StatedStories:
    """Every article of an input, and the stories the input states: its cluster lines.

    Attributes:
        batch: Every article (ids made unique as :func:`read_articles` makes them), and the problems.
        lines: The cluster lines, in input order, each holding its articles as ``batch`` holds them.
            An article in no line is *loose*: the input does not say which story it is in.
    """

    batch: Batch
    lines: tuple[ClusterLine, ...]

    @property
    def loose(self) -> tuple[Article, ...]:
        """The articles of no cluster line, in input order."""
        stated = {article.id for line in self.lines for article in line.articles}
        return tuple(article for article in self.batch.articles if article.id not in stated)


def read_pasted(text: str) -> Batch:
    """Read one story from pasted text, as :func:`read_story` reads it from a file.

    Text whose first non-blank character is ``{`` is JSON Lines (article or
    cluster lines); other text is a ``.txt`` file's: Multi-News when it holds
    ``|||||``, else one plain-text article with optional header lines. The
    articles are named as from a file ``pasted`` (ids ``pasted``,
    ``pasted-1``...; origins ``pasted``, ``pasted:2`` for a JSONL line).

    Example:
        >>> [a.id for a in read_pasted("A fire broke out. ||||| Crews fought it.").articles]
        ['pasted-1', 'pasted-2']

    Args:
        text: The pasted text.

    Returns:
        The story's articles, and the problems (a bad JSONL line, or text with
        no article in it).

    Raises:
        ClusterChoiceError: The text holds several stories: several cluster
            lines, or one and loose articles (:func:`read_pasted_stories` reads them).
    """
    return _the_one_story(_pasted(text), hint="paste one story at a time")


def read_pasted_stories(text: str) -> StatedStories:
    """Every article of pasted text, however many stories it holds, and its cluster lines; see :func:`read_pasted`."""
    return _stated(_pasted(text))


def _pasted(text: str) -> _Contents:
    """What pasted text holds (see :func:`read_pasted`)."""
    # Prose never opens with a brace; a JSON object always does. Choosing by the first character (not by
    # whether the first line parses) lets a broken first JSON line be named as one, not read as prose.
    reader = jsonl.read if text.lstrip().startswith("{") else txt.read
    try:
        contents = reader(_PASTED_FILE, text.encode("utf-8", "replace"))
    except BadInputError as exc:
        return _Contents((), (_report(Problem(exc.origin, exc.reason)),), (), ())
    problems = [_report(problem) for problem in contents.batch.problems]
    return _gather([_FileRead(_PASTED, _PASTED, contents)], problems)


def read_uploaded(files: Sequence[tuple[str, bytes]]) -> Batch:
    """Read one story from uploaded files, as :func:`read_story` reads the same files from disk.

    Each file is read by the reader of its name's extension, from its bytes
    (nothing is written to disk), as if named on the command line: ids,
    outlets, origins and problems are those of a file of that name in the
    current folder. The files are read in name order, as a folder's are, so
    the files of a folder give the report of the folder whatever order they
    were sent in. Bad files become problems and the others are read.

    A name is the sender's text, not a path: only what follows its last ``/``
    or ``\\`` is kept, control characters (NUL, line breaks, escapes) go,
    a name longer than 255 characters is cut (its extension kept), and an
    empty one, ``.`` or ``..`` becomes ``unnamed``. Sizes are the caller's
    to bound (the web UI takes 5 MB in all).

    Example:
        >>> files = [("../b.txt", b"Crews fought it."), ("a.txt", b"A fire broke out."), ("c.pdf", b"%PDF")]
        >>> batch = read_uploaded(files)
        >>> [(a.id, a.origin) for a in batch.articles], [str(p)[:35] for p in batch.problems]
        ([('a', 'a.txt'), ('b', 'b.txt')], ["c.pdf: unsupported file type '.pdf'"])

    Args:
        files: Each file's name, as the sender gave it, and its bytes.

    Returns:
        The story's articles (ids made unique as :func:`read_articles` does), and the problems.

    Raises:
        ClusterChoiceError: The files hold several stories: several cluster
            lines, or one and loose articles (:func:`read_uploaded_stories` reads them).
    """
    return _the_one_story(_uploaded(files), hint="upload the files of one story at a time")


def read_uploaded_stories(files: Sequence[tuple[str, bytes]]) -> StatedStories:
    """Every article of uploaded files, however many stories they hold, and their cluster lines; see
    :func:`read_uploaded`."""
    return _stated(_uploaded(files))


def _uploaded(files: Sequence[tuple[str, bytes]]) -> _Contents:
    """What uploaded files hold (see :func:`read_uploaded`)."""
    named = sorted(((_uploaded_name(name), data) for name, data in files), key=lambda file: str(file[0]))
    # As for files named on the command line (see _files), the unsupported ones are named first.
    problems = [_report(Problem(str(name), _unsupported(name))) for name, _ in named if _reader(name) is None]
    found: list[_FileRead] = []
    for name, data in named:
        reader = _reader(name)
        if reader is None:
            continue
        try:
            contents = reader(name, data)
        except BadInputError as exc:
            problems.append(_report(Problem(exc.origin, exc.reason)))
            continue
        problems.extend(_report(problem) for problem in contents.batch.problems)
        found.append(_FileRead(str(name), str(name), contents))
    return _gather(found, problems)


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """``number`` and ``noun``, made plural (``plural``, else with an "s") unless the number is 1.

    Example:
        >>> counted(1, "article"), counted(1200, "story", "stories")
        ('1 article', '1,200 stories')
    """
    return f"{number:,} {noun if number == 1 else plural or noun + 's'}"


def newest_versions(articles: Iterable[Article]) -> dict[str, Article]:
    """The newest version of each URL that several of ``articles`` share: an outlet's updates of one article,
    which the store keeps as its newer versions (migration 9) and ``report`` keeps as a revision.

    The newest is the last written (:func:`version_day`: updated, else dated); of one day (or none), the last in
    the order given. A page saved before and after its outlet corrected it shares its publication date with the
    first save, and only its update day tells them apart, whatever the files are called.

    Example:
        >>> first = Article("a", "140 flights cancelled.", date=dt.date(2026, 11, 13), url="https://x.example/a")
        >>> update = dataclasses.replace(first, id="b", text="210 flights cancelled.")
        >>> newest_versions([first, update])["https://x.example/a"].id
        'b'
        >>> corrected = dataclasses.replace(update, modified=dt.date(2026, 11, 14))
        >>> newest_versions([corrected, first])["https://x.example/a"].id
        'b'
    """
    at_url: dict[str, list[Article]] = {}
    for article in articles:
        if article.url:
            at_url.setdefault(article.url, []).append(article)
    return {
        url: max(
            reversed(versions), key=lambda version: version_day(version.date, version.modified) or dt.date.min
        )
        for url, versions in at_url.items()
        if len(versions) > 1
    }


def version_day(date: dt.date | None, modified: dt.date | None) -> dt.date | None:
    """The day a version of an article was last written: its update day (``Article.modified``), else its
    publication date; an update day before the publication date (a page's stale metadata) does not count.

    Example:
        >>> version_day(dt.date(2026, 11, 28), dt.date(2026, 11, 29)), version_day(dt.date(2026, 11, 28), None)
        (datetime.date(2026, 11, 29), datetime.date(2026, 11, 28))
    """
    return max((day for day in (date, modified) if day is not None), default=None)


@contextlib.contextmanager
def reading_notes() -> Iterator[list[str]]:
    """The warnings storyweave logs in this thread during the block: caveats on input it read all the same.

    Such as a file not UTF-8 read as Windows-1252, an unknown declared
    charset read as UTF-8, an unreadable date (the article kept undated) or one
    in the future, a near-duplicate counted once: each message as the command
    line prints it on stderr (without the ``storyweave:`` prefix), in the order
    logged. They are still logged as before. A warning about a
    :class:`~storyweave.model.Problem` (input skipped) is not a note: the batch,
    and its report, list the problems.

    Example:
        >>> with reading_notes() as notes:
        ...     _ = read_pasted("date: 2024-13-45\\nA fire broke out.")
        >>> notes
        ["pasted: ignoring unreadable date '2024-13-45'"]

    Yields:
        The notes, filled in as the block runs. Only the thread that entered
        the block adds to them: a threaded server's requests each get their own.
    """
    notes: list[str] = []
    # Every storyweave logger: a story's reading goes on past ingest (api counts a syndicated copy once).
    package = logging.getLogger("storyweave")
    handler = _NoteTaker(notes, threading.get_ident())
    package.addHandler(handler)
    try:
        yield notes
    finally:
        package.removeHandler(handler)


class _NoteTaker(logging.Handler):
    """Adds the message of each warning logged in one thread, other than a problem's, to a list."""

    def __init__(self, notes: list[str], thread: int) -> None:
        super().__init__(logging.WARNING)
        self._notes = notes
        self._thread = thread

    def emit(self, record: logging.LogRecord) -> None:
        # A handler runs in the thread that logs (record.thread is None when logging.logThreads is off).
        if threading.get_ident() != self._thread:
            return
        if isinstance(record.args, tuple) and any(isinstance(arg, Problem) for arg in record.args):
            return
        self._notes.append(record.getMessage())


def _uploaded_name(name: str) -> Path:
    r"""The name an uploaded file is read under: a file name in no folder, one line of text, at most 255 characters.

    Example:
        >>> _uploaded_name("../../etc/x\x00.txt"), _uploaded_name("C:\\My\nnews\\..")
        (PosixPath('x.txt'), PosixPath('unnamed'))
    """
    base = one_line(name.replace("\\", "/").rpartition("/")[2]) or ""
    if base in ("", ".", ".."):
        return Path("unnamed")
    if len(base) > _UPLOADED_NAME_CHARS:
        suffix = Path(base).suffix
        suffix = suffix if len(suffix) < _UPLOADED_NAME_CHARS else ""
        base = base[: _UPLOADED_NAME_CHARS - len(suffix)] + suffix
    return Path(base)


def _stated(contents: _Contents) -> StatedStories:
    """Every article read, ids made unique, and the cluster lines holding them so named."""
    articles = _unique_ids(contents.articles)
    # A line holds the very objects of ``contents.articles``: found by identity, as two articles may be equal.
    renamed = {id(read): article for read, article in zip(contents.articles, articles, strict=True)}
    lines = tuple(
        dataclasses.replace(line, articles=tuple(renamed[id(article)] for article in line.articles))
        for line in contents.clusters
    )
    return StatedStories(Batch(articles, contents.problems), lines)


def _the_one_story(contents: _Contents, hint: str | None = None) -> Batch:
    """Every article read, when they are one story: one cluster line, or loose articles only.

    Args:
        contents: What was read.
        hint: How to give one story, ending the error; None for the command line's ``--cluster``.

    Raises:
        ClusterChoiceError: Several cluster lines, or one and loose articles.
    """
    clusters = contents.clusters
    all_ids = [line.id for line in clusters]
    if len(clusters) > 1:
        files = list(dict.fromkeys(line.where for line in clusters))
        holder = f"{files[0]} holds" if len(files) == 1 else f"the {len(files)} inputs {_some(files)} hold"
        raise ClusterChoiceError(
            f"{holder} {len(clusters)} clusters (ids: {_some(all_ids)}); "
            + (hint or "pick one with --cluster ID, or use `storyweave ingest` to group them"),
            all_ids,
        )
    if clusters and contents.loose:
        line = clusters[0]
        loose = list(contents.loose)
        others = (
            "articles outside it"
            if loose == [line.where]
            else f"{_some(loose)} {'holds' if len(loose) == 1 else 'hold'} articles outside any cluster"
        )
        raise ClusterChoiceError(
            f"{line.where} holds cluster {line.id!r}, a story of its own, and {others}; "
            + (hint or f"pick the cluster with --cluster {line.id}, or give the articles without it"),
            all_ids,
        )
    return Batch(_unique_ids(contents.articles), contents.problems)


def read_text(path: str | os.PathLike[str]) -> str:
    """A text file's content, decoded as the readers decode it (UTF-8, or UTF-16 with a byte-order mark).

    For callers that read more of a record file than the articles, such as
    the gold story of each line of a clustering file.

    Raises:
        BadInputError: The file is missing, unreadable or not text.
    """
    return decode_text(str(path), load_bytes(Path(path)))


def read_clusters(path: str | os.PathLike[str], problems: list[Problem] | None = None) -> list[Cluster]:
    """Read a cluster file: one cluster per JSONL line with ``documents``, or per Multi-News story line.

    See :func:`storyweave.ingest.jsonl.read_clusters` (with reference
    summaries; strict) and :func:`storyweave.ingest.multinews.read_clusters`
    (as strict; no references, a file of one story is one cluster).

    Args:
        path: A ``.jsonl`` file, or Multi-News text (``.multinews``, ``*.src``, ``.txt`` with ``|||||``).
        problems: When given, collects one problem per skipped line instead of raising.

    Returns:
        The clusters in file order.

    Raises:
        BadInputError: Not a cluster file, or as the format's reader says.
    """
    path = Path(path)
    if not path.exists():
        raise BadInputError(str(path), "no such file or directory")
    reader = _reader(path)
    if reader is jsonl.read:
        return jsonl.read_clusters(path, problems)
    if reader is multinews.read or reader is txt.read:
        return multinews.read_clusters(path, problems)
    raise BadInputError(
        str(path), 'not a cluster file (expected .jsonl lines with "documents", or .multinews/.src text)'
    )


def _some(ids: Sequence[str]) -> str:
    """The first few ids, comma-separated, with "..." when there are more."""
    return ", ".join(ids[:_CLUSTER_IDS_SHOWN]) + (", ..." if len(ids) > _CLUSTER_IDS_SHOWN else "")


def _read(paths: Sequence[str | os.PathLike[str]], max_bytes: int) -> _Contents:
    """Read every file under ``paths`` (see :func:`read_articles`), keeping each article's cluster line."""
    problems: list[Problem] = []
    found = list(_each_part(paths, max_bytes, problems))
    return _gather(found, problems)


def _each_part(
    paths: Sequence[str | os.PathLike[str]], max_bytes: int, problems: list[Problem]
) -> Iterator[_FileRead]:
    """What each file under ``paths`` holds, a file at a time (a file of records a line at a time), in input order.

    Each problem met is logged and appended to ``problems``.
    """
    if isinstance(paths, str | os.PathLike):
        raise TypeError("paths must be a sequence of paths, not a single path")
    seen: set[Path] = set()
    for file, given in _files([Path(path) for path in paths], problems):
        # The file is opened by its own name; ids, origins and messages get a name that is valid text.
        name = _printable(file)
        if file.resolve() in seen:
            # Its articles are new or "already stored", never "repeated in the input", which counts one article
            # under two ids or files (QA6 #11); the user hears why the file counted once.
            logger.info("%s: named more than once (as a path, or in a folder also given); read once", name)
            continue
        seen.add(file.resolve())
        try:
            for contents in _contents(file, name, max_bytes):
                problems.extend(_report(problem) for problem in contents.batch.problems)
                yield _FileRead(str(name), str(_printable(given)), contents)
        except BadInputError as exc:
            problems.append(_report(Problem(str(name), exc.reason)))


def _contents(file: Path, name: Path, max_bytes: int) -> Iterable[FileArticles]:
    """What a file holds: the lines of a file of records (JSONL, Multi-News) one by one; any other file's whole.

    Files of records are read at any size; others are refused above ``max_bytes``.

    Raises:
        BadInputError: The file cannot be read, or is not text (as its reader says).
    """
    reader = _reader(file)
    if reader is jsonl.read:
        return jsonl.read_lazily(file, name)
    if reader is multinews.read:
        return multinews.read_lazily(file, name)
    return [reader(name, load_bytes(file, max_bytes))]


def _printable(path: Path) -> Path:
    """``path`` with the bytes of its name that are not UTF-8 (a Latin-1 name, "caf\\xe9.txt") as U+FFFD.

    Python keeps such bytes as lone surrogates, which no UTF-8 output, and no
    SQLite database, can hold.
    """
    return Path(os.fsencode(path).decode("utf-8", "replace"))


def _gather(found: Sequence[_FileRead], problems: list[Problem]) -> _Contents:
    """The articles, cluster lines and loose inputs of the files read."""
    articles = [article for read in found for article in read.contents.batch.articles]
    clusters = [line for read in found for line in _cluster_lines(read.name, read.contents)]
    loose = (read.given for read in found if None in _labels(read.contents))
    ids = unique_names([line.id for line in clusters])
    return _Contents(
        tuple(articles),
        tuple(problems),
        tuple(dataclasses.replace(line, id=new_id) for line, new_id in zip(clusters, ids, strict=True)),
        tuple(dict.fromkeys(loose)),
    )


def _labels(contents: FileArticles) -> tuple[str | None, ...]:
    """The cluster id of each article of a file (None: a loose article)."""
    return contents.clusters or (None,) * len(contents.batch.articles)


def _cluster_lines(name: str, contents: FileArticles) -> list[ClusterLine]:
    """The cluster lines of the file ``name``: its runs of articles with the same cluster id and origin."""
    pairs = zip(contents.batch.articles, _labels(contents), strict=True)
    runs = itertools.groupby(pairs, key=lambda pair: (pair[1], pair[0].origin))
    return [
        ClusterLine(cluster_id, name, origin, tuple(article for article, _ in run))
        for (cluster_id, origin), run in runs
        if cluster_id is not None
    ]


def _reader(path: Path) -> _Reader | None:
    """The reader of a file, by its name; None for an unsupported file."""
    reader = _READERS.get(path.suffix.lower())
    if reader is None and multinews.is_dataset_file(path):
        return multinews.read
    return reader


def _files(paths: list[Path], problems: list[Problem]) -> list[tuple[Path, Path]]:
    """The files to read, each with the path given for it (itself, or its folder).

    Given files of a supported type, and the supported files in given folders.
    Every other path becomes a problem, appended to ``problems``.
    """
    files: list[tuple[Path, Path]] = []
    for path in paths:
        if path.is_dir():
            try:
                named = sorted(
                    entry
                    for entry in path.iterdir()
                    if not entry.name.startswith(".") and _reader(entry) is not None and not entry.is_dir()
                )
            except OSError as exc:
                problems.append(_report(Problem(str(path), f"cannot read folder: {exc.strerror or exc}")))
                continue
            inside = [entry for entry in named if entry.is_file()]
            for entry in named:
                if not entry.is_file():
                    # A link to nothing (or to itself) named like an article: left out without a word, the
                    # folder would look wholly read (QA10c #5).
                    problems.append(_report(Problem(str(entry), "no such file (a broken or looping link)")))
            if not inside:
                problems.append(_report(Problem(str(path), _no_files_reason(path))))
            files.extend((file, path) for file in inside)
        elif not path.exists():
            problems.append(_report(Problem(str(path), "no such file or directory")))
        elif _reader(path) is None:
            problems.append(_report(Problem(str(path), _unsupported(path))))
        else:
            files.append((path, path))
    return files


def _unsupported(path: Path) -> str:
    """Why a file is not read: its type, and the types that are."""
    kind = f"file type {path.suffix!r}" if path.suffix else "file without an extension"
    return f"unsupported {kind} (expected {', '.join(SUPPORTED_EXTENSIONS)})"


def _no_files_reason(folder: Path) -> str:
    """Why a folder gave no files: none of a supported type, and, if it has sub-folders, that they are not read."""
    reason = f"no {'/'.join(SUPPORTED_EXTENSIONS)} files in folder"
    # A folder of story folders (or an archive by year and month) is a likely mistake: say what to give instead.
    with contextlib.suppress(OSError):
        if any(entry.is_dir() and not entry.name.startswith(".") for entry in folder.iterdir()):
            return f"{reason} (its sub-folders are not read: give them as paths)"
    return reason


def unique_names(names: Sequence[str]) -> list[str]:
    """``names`` with each repeat renamed ``{name}-{k}``, the smallest k >= 2 not already used.

    Example:
        >>> unique_names(["a", "b", "a", "a-2", "a"])
        ['a', 'b', 'a-3', 'a-2', 'a-4']
    """
    used = set(names)
    seen: set[str] = set()
    unique: list[str] = []
    for name in names:
        if name in seen:
            suffix = 2
            while f"{name}-{suffix}" in used:
                suffix += 1
            name = f"{name}-{suffix}"
            used.add(name)
        seen.add(name)
        unique.append(name)
    return unique


def _unique_ids(articles: Sequence[Article]) -> tuple[Article, ...]:
    """Rename each repeated id to ``{id}-{k}`` with the smallest unused k >= 2."""
    return tuple(
        article if new_id == article.id else dataclasses.replace(article, id=new_id)
        for article, new_id in zip(articles, _unique_names_of(articles), strict=True)
    )


def _unique_names_of(articles: Sequence[Article | _Place]) -> list[str]:
    """The ids of ``articles``, each repeat renamed as :func:`unique_names` does; the renames are logged."""
    ids = unique_names([article.id for article in articles])
    renamed = [
        f"{article.id} -> {new_id} ({article.origin})"
        for article, new_id in zip(articles, ids, strict=True)
        if new_id != article.id
    ]
    if renamed:
        shown = "; ".join(renamed[:_RENAMES_SHOWN]) + ("; ..." if len(renamed) > _RENAMES_SHOWN else "")
        logger.warning("renamed %s: %s", counted(len(renamed), "repeated article id"), shown)
    return ids


def _report(problem: Problem) -> Problem:
    logger.warning("%s", problem)
    return problem
