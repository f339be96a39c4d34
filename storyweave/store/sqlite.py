"""An embedded SQLite store of articles, their near-duplicate links and their stories.

``Store.add_articles`` works in batches. Each batch is one transaction that
holds the new articles, the batch's row (with its article count), the
near-duplicate links and story assignments the online grouper gave them, and,
now and then, a checkpoint of the grouper itself. A process killed mid-ingest
leaves every committed batch whole and no trace of the one in flight.

Identity: an article is its normalised text (lowercased, whitespace collapsed)
plus its URL and outlet where known. One already stored is skipped, so
re-ingesting is a no-op: the same text whose URL or outlet is unknown on
either side, or at its URL any version stored. Another text at a stored URL
is the outlet's update of that article: stored as its newer version (migration
9), beside the text it replaces, which stays (the store never rewrites an
article), as ``report`` keeps both files; the story's headline is the newest
version's (``_describe``), and of two near-duplicate versions with the same
figures the newer is the original, which a report reads (``_link_copy``). The
newer is the later updated (the article's update day, a table of its own:
migration 11), else the later dated, else the later to arrive.
The same text under another URL or from another outlet
is a syndicated copy: stored, as a near-duplicate of the original, the earliest
dated of them (of one date, the first by file name and line: ``_link_copy``) (migration 6),
whatever the order of arrival: one whose original the grouper's near-duplicate
index has forgotten (a backfill months late) is found by its text and joins
the story of that text (``Store._version_copied``).
A new article whose id is taken by different content is stored as ``{id}-2``
(``-3``, ...).

The grouper is pickled into the database (``grouper_state``) with the arrival
number of the last article it has seen; on the next ingest it is loaded and
the articles committed after that checkpoint are replayed, which gives the same
stories as an uninterrupted run because grouping is deterministic. A plain
pickle runs whatever code its bytes name when loaded, so the checkpoint is read
back by an unpickler that rebuilds only the classes a grouper is made of
(``_CHECKPOINT_CLASSES``), so a database from someone else cannot have it call
os.system or any other function when loaded.
Several processes may write to one database (even a new one) at once: whichever
takes the write lock first migrates it, and the others wait. Each writer groups
with its own copy of the grouper, so before adding a batch, under the write
lock, it first replays the articles other writers committed since its grouper
last saw one; every copy thus sees the same articles in the same order and gives
the stories one writer would.

The schema is versioned with ``PRAGMA user_version`` and the numbered
``migrations/NNNN_*.sql`` files shipped with the package; a migration that adds
data computed in Python is followed, in the same transaction, by its step in
``_MIGRATION_FILLS``.

What the story list shows of each story (``story_rows``: headline, outlets,
counts, dates) is rewritten in the transaction that changes the story, from the
same light rows and :func:`~storyweave.group.story_from_articles` a full read of
the story uses, so the list is one SQL query and always agrees with it. A
storyweave of an older version still running on an upgraded database changes
stories without rewriting their rows; SQLite triggers (migration 3) then mark
those stories stale, and the store rewrites their rows before it reads the list.
``report_cache`` keeps rendered reports of stored stories under a digest of
what they were made from (see :meth:`Store.cached_report`). Each article keeps
what reading it warned of (an unreadable date, a file not UTF-8: migration 8),
which its story's report lists as the report read from the files does.

An editor corrects the grouping with :meth:`Store.merge_stories` and
:meth:`Store.move_article`. Each correction is recorded (migration 4) with the
newest article at the time, and whenever the store groups articles again (a
grouper replayed from an older checkpoint, another writer catching up,
:meth:`Store.regroup`) it applies the correction right after that article, so
the correction holds. An older writer
still running on the database assigns articles to a story merged away, and
moved articles (and new copies of them) to the story they left; SQLite
triggers move them to the merged story (migration 4) and back to where the
editor moved them (migration 5).

A story id stops existing when the grouper merges its story into an older one
(an article like both, often in a later batch, after the id was listed), when
an editor merges it, or when a move takes all its articles (a cluster line
kept as one story). Each such id is recorded with the story's first article
then (migration 12), in the transaction that ends it, so the id keeps naming
the story that article is in (:meth:`Store.current_story_id`): a reader who
noted an id is sent on, never to another story's articles, and the story list
shows only ids that exist.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import io
import itertools
import json
import logging
import os
import pathlib
import pickle
import random
import re
import sqlite3
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Collection, Container, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from typing import NamedTuple

from storyweave.align import outlet_name
from storyweave.errors import StoryweaveError
from storyweave.group import StoryGrouper, headline, story_from_articles
from storyweave.group.dedup import original_rank
from storyweave.group.sketching import SketchPool
from storyweave.group.stories import StoredStory
from storyweave.ingest import counted, newest_versions, version_day
from storyweave.model import Article, RemovedLine, Story, copy_only_sources, future_date_note

logger = logging.getLogger(__name__)

# Everything a pickled StoryGrouper refers to: its own classes, the containers
# and dates in its state, numpy arrays and datasketch's MinHash LSH (found by
# recording what find_class is asked for while loading a checkpoint).
_CHECKPOINT_CLASSES = {
    ("builtins", "list"),
    ("builtins", "set"),
    ("collections", "Counter"),
    ("collections", "OrderedDict"),
    ("collections", "defaultdict"),
    ("collections", "deque"),
    ("datetime", "date"),
    ("numpy", "dtype"),
    ("numpy._core.numeric", "_frombuffer"),
    ("numpy.core.numeric", "_frombuffer"),
    ("datasketch.lean_minhash", "LeanMinHash"),
    ("datasketch.lsh", "MinHashLSH"),
    ("datasketch.storage", "DictListStorage"),
    ("datasketch.storage", "DictSetStorage"),
    ("storyweave.group.counts", "Counts"),
    ("storyweave.group.dedup", "NearDuplicateIndex"),
    ("storyweave.group.stories", "StoryGrouper"),
    ("storyweave.group.stories", "_Retired"),
    ("storyweave.group.stories", "_StoryState"),
}
# Attributes the checkpoint may look up by name: datasketch's LSH pickles its
# hash function as the bound method ``lsh._byteswap``. A free getattr would
# reach any function's globals, and through them os.system.
_CHECKPOINT_ATTRIBUTES = frozenset({"_byteswap"})


def _checkpoint_getattr(obj: object, name: str) -> object:
    if name not in _CHECKPOINT_ATTRIBUTES:
        raise pickle.UnpicklingError(f"attribute {name!r}")
    return getattr(obj, name)


class _CheckpointUnpickler(pickle.Unpickler):
    """Loads a grouper checkpoint, refusing any class or function a grouper is not made of."""

    def find_class(self, module: str, name: str) -> object:
        if (module, name) == ("builtins", "getattr"):
            return _checkpoint_getattr
        if (module, name) not in _CHECKPOINT_CLASSES:
            raise pickle.UnpicklingError(f"{module}.{name}")
        return super().find_class(module, name)


PathLike = str | os.PathLike[str]
DEFAULT_DB = "storyweave.db"
_MIGRATION = re.compile(r"(\d{4})_\w+\.sql")
# The line number ending the origin of an article read from a line of a file ("feed.jsonl:9").
_LINE_OF_FILE = re.compile(r":\d+$")
# A story id as the grouper gives them (s0001 ... s9999, s10000).
_STORY_ID = re.compile(r"s\d+")
# How long to wait for another process's lock before giving up (SQLite's busy timeout; Python's default).
_BUSY_TIMEOUT_S = 5.0
# Selected FROM articles; an article's update day (migration 11) is in a table of its own.
_ARTICLE_COLUMNS = (
    "seq, id, text, title, date, source, url, origin, removed,"
    " (SELECT modified FROM article_modified WHERE article_id = articles.id)"
)
# Primary result codes that describe the database file or its surroundings (permissions, a full
# disk, a lock held past the busy timeout, I/O) rather than a mistake in storyweave's SQL, which
# stays a traceback (SQLITE_ERROR, SQLITE_CONSTRAINT, ...).
_ENVIRONMENT_FAILURES = frozenset(
    {
        sqlite3.SQLITE_BUSY,
        sqlite3.SQLITE_CANTOPEN,
        sqlite3.SQLITE_FULL,
        sqlite3.SQLITE_IOERR,
        sqlite3.SQLITE_LOCKED,
        sqlite3.SQLITE_PERM,
        sqlite3.SQLITE_READONLY,
    }
)


# How find_stories can order stories (the keys of api.STORY_ORDERS), as SQL. Ties keep the order of
# creation, and an undated story sorts as date.min, as Python's stable sort of the stories did. Each has
# an index of the same expression (migration 0007): change both together. The order of creation is that
# of the story ids, which the grouper numbers as it makes the stories (see _story_order): not that of their
# first articles, which a move changes (QA6 #7: a story that took an older article moved up the list).
_CREATED = "length(story_id), story_id"
_STORY_ORDER_BY = {
    "created": _CREATED,
    "latest": f"coalesce(last_date, '0001-01-01') DESC, {_CREATED}",
    "articles": f"article_count DESC, {_CREATED}",
    "outlets": f"source_count DESC, {_CREATED}",
}
STORY_ORDERS = tuple(_STORY_ORDER_BY)
# Story ids per statement when reading or rewriting stories by id: SQLite limits bound parameters.
_IDS_PER_STATEMENT = 500
_SQLITE_MAX_INT = 2**63 - 1
# Repeated articles a log line names: enough to find them in the input, few enough for one line.
_REPEATS_SHOWN = 3
# A word of the story list's search: see _search_words.
_WORD = re.compile(r"\w+")
# Letters of scripts written without spaces between words (Thai, Lao, Myanmar, Khmer, kana, Han): a search
# finds such a word inside a run of them.
_UNSPACED_SCRIPT = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]"
)
# The Combining Diacritical Marks block, which the story list's search ignores: see _search_fold.
_ACCENTS = re.compile("[\u0300-\u036f]")
# Latin letters whose mark Unicode does not split off ("Łódź", "Diyarbakır", "Ærø"), as a reader types them.
_UNSPLIT_LETTERS = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "ı": "i", "ħ": "h", "æ": "ae", "œ": "oe", "þ": "th"}
)


class _CannotWrite(StoryweaveError):
    """The database cannot be written; ``code`` is SQLite's primary result code (SQLITE_READONLY, ...)."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


class StoryChoiceError(StoryweaveError):
    """A story or article id the caller gave names nothing stored, or stories named for a correction cannot be
    merged (too few, one named twice).

    A usage error, like :class:`~storyweave.ingest.ClusterChoiceError`: the message names the id.
    """


@dataclass(frozen=True)
class StoryPage:
    """Some of the stories a search found, in the order asked.

    Attributes:
        stories: The stories of the page, whole (their article ids and near-duplicate pairs too).
        matched: How many stories the search found in all.
        stored: How many stories the database holds.
    """

    stories: tuple[Story, ...]
    matched: int
    stored: int


@dataclass(frozen=True)
class AddResult:
    """What one ``add_articles`` call did.

    Attributes:
        added: Articles newly stored.
        duplicates: Of those, how many are copies of an earlier article (near-duplicates with the
            same figures; a revision, whose figures changed, is stored as an article of its story).
        skipped_existing: Articles stored before this call (same text, URL and outlet, or the text of a
            version stored at its URL), left alone.
        repeated: Articles that repeat one this call stored (the input holds it twice), left alone.
        updated: Articles at a URL stored with other text (the outlet's update), stored as its newer version;
            not counted in ``added``.
    """

    added: int
    duplicates: int
    skipped_existing: int
    repeated: int = 0
    updated: int = 0

    def described(self, skipped: int) -> str:
        """What the call did in words, as ``storyweave ingest`` and the web's "Add to store" say it, with the
        ``skipped`` input (files, records or articles not read) of the run.

        Example:
            >>> AddResult(added=1, duplicates=1, skipped_existing=0).described(skipped=2)
            '1 added (1 near-duplicate), 0 already stored, 0 repeated in the input, 2 skipped'
        """
        return ", ".join(self.described_parts(skipped))

    def described_parts(self, skipped: int) -> list[str]:
        """The parts of :meth:`described`, the count of ``skipped`` input last (the web links it to that input)."""
        # An update is said only when there is one (QA8 #2): most runs have none.
        updated = [f"{self.updated:,} updated"] if self.updated else []
        return [
            f"{self.added:,} added ({counted(self.duplicates, 'near-duplicate')})",
            *updated,
            f"{self.skipped_existing:,} already stored",
            f"{self.repeated:,} repeated in the input",
            f"{skipped:,} skipped",
        ]


def content_hash(article: Article) -> str:
    """SHA-256 of the article's text, lowercased with whitespace collapsed."""
    return hashlib.sha256(" ".join(article.text.lower().split()).encode()).hexdigest()


@dataclass
class _Run:
    """What one :meth:`Store.add_articles` call has done so far.

    Attributes:
        batches: The batches it wrote: an article found stored in one of them repeats one of its input.
        repeats: Each such repeat, as "id (origin)".
        counts: Articles "added", "duplicates" among them, "skipped" (stored before the call), and "updated"
            (stored as the newer version of an article at their URL).
        notes: The reading notes of the call's articles, under the origins they name (see _notes_by_origin).
        lines: The origins of the input's cluster lines (see ``Store.add_articles``).
        line_articles: Under each of those origins, the ids of its line's stored articles: those the call stored,
            and those an earlier run of the same input stored (a run killed before it stored the rest).
        kept_lines: The origins of the lines whose articles the call stored some of, each kept as one story.
    """

    batches: set[int] = dataclasses.field(default_factory=set)
    repeats: list[str] = dataclasses.field(default_factory=list)
    counts: Counter[str] = dataclasses.field(default_factory=Counter)
    notes: dict[str, list[str]] = dataclasses.field(default_factory=dict)
    lines: Collection[str] = ()
    line_articles: dict[str, list[str]] = dataclasses.field(default_factory=dict)
    kept_lines: set[str] = dataclasses.field(default_factory=set)


def _agree(stored: str | None, given: str | None) -> bool:
    """Whether two values of an article's field fit one article: equal, or one of them unknown (None or empty)."""
    return not stored or not given or stored == given


def _migrations() -> list[tuple[int, str]]:
    """The shipped migrations as (version, SQL), in version order."""
    folder = resources.files("storyweave.store") / "migrations"
    found = []
    for entry in folder.iterdir():
        match = _MIGRATION.fullmatch(entry.name)
        if match:
            found.append((int(match.group(1)), entry.read_text(encoding="utf-8")))
    return sorted(found)


def _statements(script: str) -> Iterator[str]:
    """The statements of an SQL script, one at a time, for ``execute``.

    ``executescript`` would run the script whole, but it first commits the open
    transaction, and a migration must run inside the one that holds the write lock.
    A ``;`` inside a string, comment or trigger body does not end a statement.
    """
    statement = ""
    for piece in script.split(";"):
        statement += piece + ";"
        if sqlite3.complete_statement(statement):
            yield statement
            statement = ""
    if statement:  # unterminated: let SQLite report it
        yield statement


def _primary_code(exc: sqlite3.Error) -> int:
    # Extended codes (SQLITE_READONLY_DBMOVED, SQLITE_IOERR_WRITE, ...) keep the primary code in the low byte.
    return getattr(exc, "sqlite_errorcode", 0) & 0xFF


def _is_environment_failure(exc: sqlite3.Error) -> bool:
    return _primary_code(exc) in _ENVIRONMENT_FAILURES


def _use_wal(connection: sqlite3.Connection) -> None:
    """Switch the database to WAL mode, outside any transaction (SQLite cannot switch inside one).

    The switch needs the database to itself and, unlike other statements,
    fails with SQLITE_BUSY at once rather than wait out the busy timeout, which
    it does whenever another process opening the same new database holds a
    read lock for a moment. So retry, with the same deadline as the busy timeout.
    """
    deadline = time.monotonic() + _BUSY_TIMEOUT_S
    while True:
        try:
            connection.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if _primary_code(exc) != sqlite3.SQLITE_BUSY or time.monotonic() > deadline:
                raise
        # A random pause, so that processes that collided do not retry in step and collide again.
        time.sleep(random.uniform(0.001, 0.01))


def _no_shared_memory_file(exc: sqlite3.Error) -> bool:
    """Whether SQLite failed because it cannot create a WAL database's ``-shm`` file beside it.

    The folder is read-only to this user (SQLITE_READONLY_DIRECTORY, or
    _CANTINIT), or to everyone, root too (``chattr +i``: SQLITE_CANTOPEN).
    """
    code = getattr(exc, "sqlite_errorcode", 0)
    read_only_folder = (sqlite3.SQLITE_READONLY_DIRECTORY, sqlite3.SQLITE_READONLY_CANTINIT)
    return code in read_only_folder or _primary_code(exc) == sqlite3.SQLITE_CANTOPEN


def _read_only_connection(path: str) -> sqlite3.Connection:
    """A read-only connection to a WAL database whose folder this process may not create files in.

    Every reader of a WAL database shares its ``-shm`` index file, created
    beside the database when the first one opens it; where it cannot be
    created, SQLite reads only a database opened as immutable. That is safe
    here: a writer would have created the ``-shm`` file, so none is at work.
    """
    logger.info("%s: its folder is read-only; the database is opened read-only", path)
    return sqlite3.connect(
        f"{pathlib.Path(path).absolute().as_uri()}?mode=ro&immutable=1",
        uri=True,
        isolation_level=None,
        timeout=_BUSY_TIMEOUT_S,
    )


class Store:
    """Articles and stories in one SQLite file (WAL mode).

    The constructor only records settings; :meth:`open` (or ``with``) connects
    and brings the schema up to date.

    Args:
        path: The database file; created when missing.
        grouper: The grouper for a new database (its settings are kept with
            it); a database that already holds a grouper keeps its own. When
            None, a default ``StoryGrouper`` that forgets stale stories (the
            database keeps them), so memory and checkpoints stay flat.
        batch_size: Articles per transaction in :meth:`add_articles`.
        checkpoint_every: Articles between grouper checkpoints; one is also
            written when the store is closed. After a crash, at most this many
            articles are replayed.

    Example:
        >>> import tempfile, pathlib
        >>> db = pathlib.Path(tempfile.mkdtemp()) / "news.db"
        >>> with Store(db) as store:
        ...     store.add_articles([Article(id="a", text="Fire guts a warehouse in Leeds.")])
        AddResult(added=1, duplicates=0, skipped_existing=0, repeated=0, updated=0)
    """

    def __init__(
        self,
        path: PathLike = DEFAULT_DB,
        *,
        grouper: StoryGrouper | None = None,
        batch_size: int = 500,
        checkpoint_every: int = 20_000,
    ) -> None:
        if batch_size < 1 or checkpoint_every < 1:
            raise ValueError("batch_size and checkpoint_every must be >= 1")
        self.path = os.fspath(path)
        self.grouper = grouper
        self.batch_size = batch_size
        self.checkpoint_every = checkpoint_every
        self._connection: sqlite3.Connection | None = None
        self._grouper: StoryGrouper | None = None
        # The arrival number (seq) of the last article self._grouper has seen.
        self._seen_seq = 0
        self._since_checkpoint = 0
        # The id of the last correction (migration 4) self._grouper has applied.
        self._corrections_seen = 0
        self._sketch_pool = SketchPool()

    # -- connection -----------------------------------------------------------------------------------

    def open(self) -> Store:
        """Connect, switch to WAL mode and apply pending migrations; returns self.

        A database in a folder this process may not create files in (an
        archive, another user's folder) is opened read-only: see
        :func:`_read_only_connection`.
        """
        if self._connection is not None:
            return self
        try:
            connection = sqlite3.connect(self.path, isolation_level=None, timeout=_BUSY_TIMEOUT_S)
        except sqlite3.Error as exc:
            raise StoryweaveError(f"{self.path}: cannot open database ({exc})") from None
        self._connection = connection
        try:
            try:
                self._refuse_other_databases(connection)
                _use_wal(connection)
            except sqlite3.OperationalError as exc:
                if not (_no_shared_memory_file(exc) and os.path.isfile(self.path)):
                    raise
                connection.close()
                self._connection = connection = _read_only_connection(self.path)
                self._refuse_other_databases(connection)
            # In WAL mode, NORMAL loses no committed transaction when the process dies (only on power loss).
            connection.execute("PRAGMA synchronous = NORMAL")
            connection.execute("PRAGMA foreign_keys = ON")
            # 64 MB of page cache (the default is 2 MB): the id and hash indexes of 100k articles stay in memory.
            connection.execute("PRAGMA cache_size = -65536")
            # Debian's SQLite zeroes every page a delete frees (SECURE_DELETE), and each grouper checkpoint frees the
            # last one's 70-100 MB (`python bench/bench_stream.py --n 100000`): in WAL mode those zeroes were written
            # as much again as the new checkpoint. FAST zeroes only pages written anyway (50 MB checkpoint replaced:
            # 0.5 -> 0.25 s CPU, 2.5 -> 1.3 s wall). Nothing the store deletes is secret (the articles stay).
            connection.execute("PRAGMA secure_delete = FAST")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            self.close()
            if _is_environment_failure(exc):
                raise self._write_error(exc) from None
            raise StoryweaveError(f"{self.path}: not a storyweave database ({exc})") from None
        except StoryweaveError:
            self.close()
            raise
        return self

    def _refuse_other_databases(self, connection: sqlite3.Connection) -> None:
        """Refuse another program's database (tables, but no storyweave schema version) before changing it.

        Migrating it would add storyweave's tables to it, and the switch to WAL
        mode changes its file for good, even for a command that only reads.
        """
        # One statement, so one snapshot: another process may be migrating this (new) database meanwhile.
        rows = connection.execute(
            "SELECT name, (SELECT user_version FROM pragma_user_version) FROM sqlite_master WHERE type = 'table'"
        ).fetchall()
        tables = [name for name, version in rows if not version]
        if tables:
            raise StoryweaveError(
                f"{self.path}: not a storyweave database (it holds other tables: {', '.join(tables[:3])}"
                + (", ...)" if len(tables) > 3 else ")")
            )

    def close(self) -> None:
        """Checkpoint the grouper if it has seen articles since the last checkpoint, and disconnect."""
        if self._connection is None:
            return
        try:
            if self._grouper is not None and self._since_checkpoint:
                with self._transaction() as db:
                    self._checkpoint(db, self._grouper)
        finally:
            self._sketch_pool.close()
            self._connection.close()
            self._connection = None
            self._grouper = None

    def __enter__(self) -> Store:
        return self.open()

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def _db(self) -> sqlite3.Connection:
        if self._connection is None:
            raise StoryweaveError(f"{self.path}: the store is not open (use Store.open() or 'with')")
        return self._connection

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; a database that cannot be written raises StoryweaveError, after a rollback."""
        db = self._db
        try:
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
                db.execute("COMMIT")
            except BaseException:
                # SQLite rolls back by itself after some failures (a full disk, an I/O error).
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            if not _is_environment_failure(exc):
                raise
            raise self._write_error(exc) from None

    def _write_error(self, exc: sqlite3.Error) -> _CannotWrite:
        # A lock held past the busy timeout is another writer at work, not a broken database.
        busy = " (another process is writing to it; try again when it has finished)"
        hint = busy if _primary_code(exc) == sqlite3.SQLITE_BUSY else ""
        return _CannotWrite(f"{self.path}: cannot write to the database: {exc}{hint}", _primary_code(exc))

    @property
    def schema_version(self) -> int:
        """The ``PRAGMA user_version`` of the open database."""
        return self._db.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self) -> None:
        """Apply every shipped migration newer than the database, all in one write transaction.

        The version is read again once the write lock is held: another process
        opening the same new database may have migrated it meanwhile, and its
        tables must not be created twice. A database that is up to date takes no
        write lock, so a read-only one can still be read.
        """
        migrations = _migrations()
        latest = migrations[-1][0] if migrations else 0
        applied = []
        created = self.schema_version == 0
        if self.schema_version < latest:
            # Off outside the transaction (SQLite ignores the switch inside one): migration 6 makes the articles
            # table again, whose drop would otherwise empty or refuse for the tables that refer to it.
            self._db.execute("PRAGMA foreign_keys = OFF")
            try:
                # One transaction: a failed migration leaves the previous version intact.
                with self._transaction() as db:
                    current = self.schema_version
                    for version, sql in migrations:
                        if version > current:
                            for statement in _statements(sql):
                                db.execute(statement)
                            if version in _MIGRATION_FILLS:
                                _MIGRATION_FILLS[version](db)
                            db.execute(f"PRAGMA user_version = {version:d}")
                            applied.append(version)
            except _CannotWrite as exc:
                pending = [(version, sql) for version, sql in migrations if version > self.schema_version]
                readable = _DERIVED_ONLY | _WRITERS_ONLY
                if exc.code != sqlite3.SQLITE_READONLY or any(v not in readable for v, _ in pending):
                    raise
                derived = [(version, sql) for version, sql in pending if version in _DERIVED_ONLY]
                if derived:
                    self._derive_in_temp(derived)
            finally:
                self._db.execute("PRAGMA foreign_keys = ON")
        if created and applied:
            # A new database is no upgrade: one line, not one per migration.
            logger.info("%s: new database (schema version %d)", self.path, applied[-1])
        else:
            for version in applied:
                logger.info("%s: applied migration %04d", self.path, version)
        current = self.schema_version
        if current > latest:
            raise StoryweaveError(
                f"{self.path}: schema version {current} is newer than this storyweave knows ({latest});"
                " upgrade storyweave to use it"
            )

    def _derive_in_temp(self, migrations: Sequence[tuple[int, str]]) -> None:
        """Make the tables of ``migrations`` (all in ``_DERIVED_ONLY``) as TEMP tables of this connection.

        A database made before them that cannot be written (an archive, a
        read-only copy) is still read, as the code that made it read it: what
        those migrations would add is computed into tables only this connection
        sees (the database itself has no tables of those names).
        """
        db = self._db
        if migrations[0][0] > min(_DERIVED_ONLY) and any(
            version in _MIGRATION_FILLS for version, _ in migrations
        ):
            # The database has a list, which an older writer may have left wrong and a migration's step writes
            # again: it is made again in TEMP.
            _list_in_temp(db, keep_rows=False)
            if db.execute("SELECT 1 FROM main.sqlite_master WHERE name = 'story_stale'").fetchone():
                # Made again whole, the list has no stale rows: an empty TEMP table hides the database's marks.
                db.execute("CREATE TEMP TABLE story_stale (story_id TEXT PRIMARY KEY)")
        for version, sql in migrations:
            for statement in _statements(sql):
                if re.search(r"\bCREATE TRIGGER\b", statement):
                    continue  # Nothing is written through this connection.
                # An index on a TEMP table is made in the TEMP schema too.
                db.execute(re.sub(r"\bCREATE TABLE\b", "CREATE TEMP TABLE", statement, count=1))
            if version in _MIGRATION_FILLS:
                _MIGRATION_FILLS[version](db)
        logger.info(
            "%s: read-only and made before migration %04d; what it would add is kept in memory",
            self.path,
            version,
        )

    # -- writing --------------------------------------------------------------------------------------

    def add_articles(
        self, articles: Iterable[Article], notes: Iterable[str] = (), lines: Collection[str] = ()
    ) -> AddResult:
        """Store new articles and put them into stories, one transaction per batch.

        Args:
            articles: In date order, as for :meth:`StoryGrouper.add`.
            notes: What reading them warned of (:func:`storyweave.ingest.reading_notes`), each line naming
                the article's origin or its file first: each new article keeps those of its own (migration 8),
                which its story's report lists (:meth:`reading_notes`).
            lines: The origins (``file:line``) of the input's cluster lines, whose articles share them: the
                articles of each line this call stores are made one story of their own in the transaction of
                each batch that stores some (:meth:`_keep_line`), the story the input states, as ``storyweave
                report --cluster`` reads it. So a killed run leaves each line of its committed batches one story,
                and running the same input again adds the rest of a line the kill cut to that line's story.

        Returns:
            How many were added, how many of those are near-duplicates, how many
            were stored before, how many repeat an article this call stored, and
            how many were stored as the newer version of an article at their URL.
        """
        run = _Run(notes=_notes_by_origin(notes), lines=frozenset(lines))
        remaining = iter(articles)
        while batch := list(itertools.islice(remaining, self.batch_size)):
            self._add_batch(batch, run)
        if run.kept_lines:
            logger.info(
                "%s: %s of the input kept as one story each",
                self.path,
                counted(len(run.kept_lines), "cluster line"),
            )
        counts = run.counts
        if run.repeats:
            # Not "already stored": the input holds them twice (a dataset's article under two stories, a wire's
            # re-sent article under a new id).
            shown = "; ".join(run.repeats[:_REPEATS_SHOWN]) + (
                "; ..." if len(run.repeats) > _REPEATS_SHOWN else ""
            )
            logger.info(
                "%s: %s repeated in the input, stored once: %s",
                self.path,
                counted(len(run.repeats), "article"),
                shown,
            )
        if counts["updated"] == 1:
            logger.info(
                "%s: 1 article with new text at a stored URL (an update) stored as the article's newer version;"
                " its earlier text is kept",
                self.path,
            )
        elif counts["updated"]:
            logger.info(
                "%s: %s with new text at stored URLs (updates) stored as the articles' newer versions;"
                " their earlier texts are kept",
                self.path,
                counted(counts["updated"], "article"),
            )
        return AddResult(
            counts["added"], counts["duplicates"], counts["skipped"], len(run.repeats), counts["updated"]
        )

    def _add_batch(self, articles: Sequence[Article], run: _Run) -> None:
        """Store and group one batch in one transaction; count in ``run`` what it did."""
        grouper = self._loaded_grouper()
        stored: list[Article] = []
        # Ids of the stored articles that are newer versions of one at their URL.
        updates: set[str] = set()
        # The origins of the cluster lines this batch stores articles of.
        lines_stored: set[str] = set()
        try:
            with self._transaction() as db:
                # Another writer may have committed articles since this grouper last saw one.
                self._catch_up(db, grouper)
                batch_id = None
                for article in articles:
                    # Hashed once for both: hashing the text is nearly half of what either costs.
                    digest = content_hash(article)
                    found, updates_one = self._stored_as(db, article, digest)
                    if found is not None:
                        stored_in, stored_id, stored_origin = found
                        if stored_in in run.batches:
                            run.repeats.append(f"{article.id} ({article.origin})")
                            continue
                        run.counts["skipped"] += 1
                        if article.origin in run.lines and stored_origin == article.origin:
                            # Stored from this line by an earlier run: the line's story holds it.
                            run.line_articles.setdefault(article.origin, []).append(stored_id)
                        continue
                    if batch_id is None:
                        batch_id = db.execute(
                            "INSERT INTO batches (added_at, article_count) VALUES (?, ?)",
                            (dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), 0),
                        ).lastrowid
                        run.batches.add(batch_id)
                    stored.append(self._insert(db, article, batch_id, digest, run.notes))
                    if article.origin in run.lines:
                        run.line_articles.setdefault(article.origin, []).append(stored[-1].id)
                        lines_stored.add(article.origin)
                    if updates_one:
                        updates.add(stored[-1].id)
                if stored:
                    db.execute("UPDATE batches SET article_count = ? WHERE id = ?", (len(stored), batch_id))
                    run.counts["duplicates"] += len(self._group(db, grouper, stored) - updates)
                    # In this transaction: no reader sees the grouper's story of a line, nor a kill loses the line.
                    # In the order the lines' first articles were stored: a line moved out of a story leaves the
                    # others there, which are then a line's story or move in turn.
                    later = set(lines_stored)
                    for origin, line in run.line_articles.items():
                        if origin in later:
                            later.discard(origin)
                            self._keep_line(db, grouper, line, later)
                    run.kept_lines |= lines_stored
                    # Under the write lock, the newest articles are this batch's.
                    self._seen_seq = db.execute("SELECT MAX(seq) FROM articles").fetchone()[0]
                    self._since_checkpoint += len(stored)
                if self._since_checkpoint >= self.checkpoint_every:
                    self._checkpoint(db, grouper)
        except BaseException:
            # The grouper has seen articles that were rolled back: reload it from the database.
            self._grouper = None
            raise
        run.counts["added"] += len(stored) - len(updates)
        run.counts["updated"] += len(updates)

    @staticmethod
    def _stored_as(
        db: sqlite3.Connection, article: Article, digest: str
    ) -> tuple[tuple[int, str, str | None] | None, bool]:
        """The batch, id and origin of the stored article ``article`` is (None: it is new), and whether it is new
        text at a stored URL: the newer version of the article there (see the module's "Identity").

        It is stored when a version at its URL has its normalised text, or an
        article of that text whose URL and outlet each agree with it or are
        unknown on either side. The same text under another URL or from another
        outlet is a syndicated copy: new. ``digest`` is the article's :func:`content_hash`.
        """
        at_url = (
            db.execute(
                "SELECT batch_id, id, origin, content_hash FROM articles WHERE url = ?", (article.url,)
            ).fetchall()
            if article.url
            else []
        )
        for batch_id, article_id, origin, version_digest in at_url:
            if version_digest == digest:
                return (batch_id, article_id, origin), False
        outlet = outlet_name(article.source)
        for batch_id, article_id, origin, url, source in db.execute(
            "SELECT batch_id, id, origin, url, source FROM articles WHERE content_hash = ?", (digest,)
        ):
            if _agree(url, article.url) and _agree(outlet_name(source), outlet):
                return (batch_id, article_id, origin), False
        return None, bool(at_url)

    def _insert(
        self,
        db: sqlite3.Connection,
        article: Article,
        batch_id: int,
        digest: str,
        notes: Mapping[str, Sequence[str]],
    ) -> Article:
        """Insert a new article, with its reading notes, and return it as stored (renamed if its id was taken).

        ``digest`` is its :func:`content_hash`; ``notes`` are the reading notes by origin (_notes_by_origin).
        """
        article_id, n = article.id, 1
        while db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone():
            n += 1
            article_id = f"{article.id}-{n}"
        if article_id != article.id:
            (taken_at,) = db.execute("SELECT url FROM articles WHERE id = ?", (article.id,)).fetchone()
            if article.url and taken_at == article.url:
                # An outlet's update (the newer version at the URL) under the id a feed keeps for the article.
                logger.info("%s: the update of %s is stored as %s", self.path, article.id, article_id)
            else:
                logger.warning(
                    "%s: id %s is taken by another article; stored as %s", self.path, article.id, article_id
                )
            article = dataclasses.replace(article, id=article_id)
        db.execute(
            "INSERT INTO articles (id, content_hash, url, title, headline, date, source, origin, text, removed,"
            " batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.id,
                digest,
                article.url,
                article.title,
                headline(article),
                article.date.isoformat() if article.date else None,
                article.source,
                article.origin,
                article.text,
                json.dumps([[line.text, line.reason] for line in article.removed]),
                batch_id,
            ),
        )
        db.executemany(
            "INSERT INTO article_notes (article_id, position, note) VALUES (?, ?, ?)",
            [(article.id, position, note) for position, note in enumerate(_notes_of(article, notes))],
        )
        if article.modified:
            db.execute(
                "INSERT INTO article_modified (article_id, modified) VALUES (?, ?)",
                (article.id, article.modified.isoformat()),
            )
        return article

    def _group(self, db: sqlite3.Connection, grouper: StoryGrouper, articles: Sequence[Article]) -> set[str]:
        """Group stored articles, write their assignments, links and the merges they caused; return the ids of
        those that are near-duplicate copies.

        Each article's story and original are written as it is added: a grouper
        that keeps no history forgets a story as soon as it goes stale, which a
        later article of the same batch may cause (a batch can span months).
        A big batch is sketched in worker processes meanwhile (:mod:`~storyweave.group.sketching`).
        """
        copies: set[str] = set()
        changed: set[str] = set()
        archive = _Archive(db, changed)
        sketches = self._sketch_pool.sketches(grouper.sketcher(), articles)
        repeating = Store._text_stored_before(db, [article.id for article in articles])
        for article, sketch in zip(articles, sketches, strict=True):
            merges_before = len(grouper.merges_)
            copied = Store._version_copied(db, article.id) if article.id in repeating else None
            if copied is None or grouper.dedup_.holds(copied[0]):
                story_id = grouper.add(article, sketch=sketch, archive=archive)
                original_id = grouper.original_of_.get(article.id)
            else:
                # A late copy (a backfill) of a version the near-duplicate index has forgotten: the copy joins
                # the story of its text, the grouper's when it still holds the version, else the stored one.
                original_id, stored_story = copied
                in_grouper = original_id in grouper.story_of_
                story_id = grouper.add(article, copy_of=original_id) if in_grouper else stored_story
            changed.add(story_id)
            db.execute(
                "INSERT OR REPLACE INTO assignments (article_id, story_id) VALUES (?, ?)",
                (article.id, story_id),
            )
            if original_id is not None:
                copies.add(article.id)
                _link_copy(db, article, original_id)
            for gone, kept in grouper.merges_[merges_before:]:
                # The gone id may have been listed (a batch before this one made it): it keeps naming its articles.
                first = _first_articles(db, [gone])
                db.execute("UPDATE assignments SET story_id = ? WHERE story_id = ?", (kept, gone))
                _keep_gone_ids(db, first)
                changed.update((gone, kept))
        _rewrite_story_rows(db, changed)
        return copies

    @staticmethod
    def _text_stored_before(db: sqlite3.Connection, article_ids: Sequence[str]) -> set[str]:
        """Those of these stored articles whose :func:`content_hash` an article stored before them has: the only ones
        that may copy a version (:meth:`_version_copied`), found by one query a batch rather than one an article
        (articles 50,000-60,000 of `python bench/bench_stream.py --n 60000`: 57 µs an article)."""
        return {
            article_id
            for chunk in _chunks(article_ids)
            for (article_id,) in db.execute(
                f"SELECT id FROM articles AS new WHERE id IN ({', '.join('?' * len(chunk))}) AND EXISTS"
                " (SELECT 1 FROM articles AS earlier WHERE earlier.content_hash = new.content_hash"
                " AND earlier.seq < new.seq)",
                chunk,
            )
        }

    @staticmethod
    def _version_copied(db: sqlite3.Connection, article_id: str) -> tuple[str, str] | None:
        """The version a stored article copies word for word, by its text, and that text's story; None: none.

        The first article stored before it with the same :func:`content_hash`
        is that version, or a copy of it (then its original is). Every article
        stored is there whatever its date, so a copy found so holds in any
        order of arrival.
        """
        row = db.execute(
            "SELECT COALESCE(duplicates.original_id, earlier.id), assignments.story_id"
            " FROM articles AS new"
            " JOIN articles AS earlier ON earlier.content_hash = new.content_hash AND earlier.seq < new.seq"
            " JOIN assignments ON assignments.article_id = earlier.id"
            " LEFT JOIN duplicates ON duplicates.article_id = earlier.id"
            " WHERE new.id = ? ORDER BY earlier.seq LIMIT 1",
            (article_id,),
        ).fetchone()
        return (row[0], row[1]) if row else None

    def _checkpoint(self, db: sqlite3.Connection, grouper: StoryGrouper) -> None:
        # The grouper's own last article, not the newest stored: another writer's may be newer.
        state = pickle.dumps(grouper, protocol=pickle.HIGHEST_PROTOCOL)
        db.execute(
            "INSERT OR REPLACE INTO grouper_state (singleton, last_seq, state) VALUES (1, ?, ?)",
            (self._seen_seq, state),
        )
        # After the checkpoint's row, whose insertion drops this one (migration 4).
        db.execute(
            "INSERT OR REPLACE INTO grouper_corrections (singleton, applied) VALUES (1, ?)",
            (self._corrections_seen,),
        )
        self._since_checkpoint = 0

    def _loaded_grouper(self) -> StoryGrouper:
        """The grouper as of the last stored article: the checkpoint plus a replay of later articles."""
        if self._grouper is not None:
            return self._grouper
        row = self._db.execute("SELECT last_seq, state FROM grouper_state").fetchone()
        if row:
            grouper = self._unpickled_grouper(row[1])
        else:
            grouper = self.grouper or StoryGrouper(keep_history=False)
            if grouper.story_of_:
                raise StoryweaveError(
                    "Store(grouper=...) must be a fresh grouper (it has already seen articles)"
                )
        self._seen_seq = row[0] if row else 0
        with self._transaction() as db:
            # No row: a fresh grouper, or the checkpoint of a storyweave older than corrections (migration 4).
            mark = db.execute("SELECT applied FROM grouper_corrections").fetchone()
            applied = self._corrections_seen = mark[0] if row and mark else 0
            replayed = self._catch_up(db, grouper)
            if replayed:
                logger.info(
                    "%s: replayed %s after the grouper checkpoint", self.path, counted(replayed, "article")
                )
            if replayed or self._corrections_seen != applied:
                self._checkpoint(db, grouper)
        self._grouper = grouper
        return grouper

    def _catch_up(self, db: sqlite3.Connection, grouper: StoryGrouper) -> int:
        """Group the articles stored after the last one ``grouper`` has seen, in arrival order; count them.

        The corrections it has not applied are applied among them, each right
        after the newest article when it was made, so the grouper learns what an
        uninterrupted one did. A correction made before the grouper's last
        article (a checkpoint written by an older storyweave) is applied first.
        """
        replayed = 0
        pending = db.execute(
            "SELECT id, after_seq, kind FROM corrections WHERE id > ? ORDER BY id", (self._corrections_seen,)
        ).fetchall()
        for correction_id, after_seq, kind in [*pending, (None, None, None)]:
            condition = "seq > ?" if after_seq is None else f"seq > ? AND seq <= {after_seq:d}"
            while rows := self._rows(condition, (self._seen_seq,), self.batch_size):
                self._group(db, grouper, [_article(row) for row in rows])
                self._seen_seq = rows[-1][0]
                replayed += len(rows)
            if correction_id is not None:
                self._apply(db, grouper, correction_id, kind)
                self._corrections_seen = correction_id
        return replayed

    def _unpickled_grouper(self, state: bytes) -> StoryGrouper:
        try:
            grouper = _CheckpointUnpickler(io.BytesIO(state)).load()
        except (pickle.UnpicklingError, AttributeError, EOFError, ImportError, TypeError, ValueError) as exc:
            raise StoryweaveError(
                f"{self.path}: the grouper checkpoint holds something a storyweave grouper never does ({exc});"
                " not loading it. Delete its row (DELETE FROM grouper_state) to rebuild it from the articles."
            ) from None
        if not isinstance(grouper, StoryGrouper):
            raise StoryweaveError(f"{self.path}: the grouper checkpoint is not a grouper")
        return grouper

    def regroup(self, grouper: StoryGrouper | None = None) -> None:
        """Group every stored article again, in arrival order, with a fresh grouper (new settings).

        The recorded corrections are applied again among the articles: the
        stories the new grouping makes of a merge's articles are merged. Ids
        stay: a story the new grouping starts takes the id its first article's
        story had, unless a story took it already (:meth:`StoryGrouper.reusing_ids`);
        the others take numbers above any id ever given (the ids of stories since
        gone included), so no id comes to name a story it did not. An id the new
        grouping no longer has names the story of its first article, as one the
        grouper merged away does (:meth:`current_story_id`). One transaction: on
        failure the previous grouping stays.
        """
        grouper = grouper or StoryGrouper(keep_history=False)
        if grouper.story_of_:
            raise ValueError("regroup needs a fresh grouper (this one has already seen articles)")
        # Reloaded from the checkpoint if the transaction fails.
        self._grouper, self._seen_seq, self._corrections_seen = None, 0, 0
        with self._transaction() as db:
            # An id the list showed that the new grouping does not make again names its first article's story.
            first = _first_articles(db)
            # And the ids the new grouping makes are the ids its stories' first articles had, else new ones.
            former = {
                article_id: number
                for article_id, story_id in db.execute("SELECT article_id, story_id FROM assignments")
                if (number := _story_number(story_id)) is not None
            }
            given = db.execute(
                "SELECT story_id FROM assignments UNION SELECT story_id FROM story_aliases"
                " UNION SELECT story_id FROM merged_stories"
            ).fetchall()
            highest = max((_story_number(story_id) or 0 for (story_id,) in given), default=0)
            # story_stale after assignments, whose deletion marks every story (migration 3's triggers). The
            # corrections stay, and are applied again among the articles: the editor's merges and moves hold.
            # So do the ids that stopped existing (story_aliases): each names an article, wherever it goes.
            tables = (
                "merged_stories",
                "moved_articles",
                "assignments",
                "duplicates",
                "story_rows",
                "report_cache",
                "story_stale",
            )
            for table in tables:
                db.execute(f"DELETE FROM {table}")
            with grouper.reusing_ids(former, highest=highest):
                self._catch_up(db, grouper)
            _keep_gone_ids(db, first)
            self._checkpoint(db, grouper)
        self._grouper = grouper

    # -- corrections ----------------------------------------------------------------------------------

    def merge_stories(self, story_ids: Sequence[str]) -> Story:
        """Make several stories one: an editor's correction of the grouping, in one transaction.

        The stories join the oldest (the lowest id) and the others' ids stop
        existing. Their list rows and kept reports follow at once. The grouper
        learns the merge where the stories are still active (a story gone stale
        is only in the database), so a later article that matches any of them
        joins the merged story. The correction is recorded with all the
        stories' articles (migration 4) and holds: re-ingesting changes nothing,
        and :meth:`regroup` merges again whatever stories it makes of them.

        Args:
            story_ids: Two or more distinct stored story ids.

        Returns:
            The merged story.

        Raises:
            StoryChoiceError: Fewer than two ids, an id given twice, or an id no story has.
        """
        if len(story_ids) < 2:
            named = f" (only {story_ids[0]!r})" if story_ids else ""
            raise StoryChoiceError(f"name two or more stories to merge{named}")
        # Counted once, not with list.count per id: a web form may name thousands (10,000 took 1.3 s that way).
        named = Counter(story_ids)
        twice = next((story_id for story_id in story_ids if named[story_id] > 1), None)
        if twice is not None:
            raise StoryChoiceError(f"story {twice!r} is named twice")

        def articles_merged(db: sqlite3.Connection) -> tuple[list[str], None]:
            articles = []
            for story_id in story_ids:
                found = self._story_article_ids(db, story_id)
                if not found:
                    raise StoryChoiceError(self._no_story(story_id))
                articles += found
            return articles, None

        return self.story(self._correct("merge", articles_merged))

    def move_article(self, article_id: str, to: str | None = None) -> Story:
        """Move an article and its near-duplicate copies to story ``to`` or a new one: an editor's correction.

        One transaction. A copy moves its original and the original's other
        copies: copies go with what they copy. The story they leave loses its
        list row and kept reports at once (and its id, when nothing is left of
        it). The grouper takes the moved articles' words out of the story they
        leave, reading only the few articles it needs (not the whole story), so
        later articles like the moved ones no longer join it, and the story they
        join takes the moved articles' vectors. The
        correction is recorded (migration 4) and holds, as a merge does.

        Args:
            article_id: A stored article.
            to: The story it joins; None: a new story.

        Returns:
            The story the article is in now.

        Raises:
            StoryChoiceError: No such article or story, or the article is where it would go already.
        """

        def articles_moved(db: sqlite3.Connection) -> tuple[list[str], str | None]:
            found = (
                db.execute(
                    "SELECT coalesce(d.original_id, a.id), s.story_id FROM articles a"
                    " JOIN assignments s ON s.article_id = a.id"
                    " LEFT JOIN duplicates d ON d.article_id = a.id WHERE a.id = ?",
                    (article_id,),
                ).fetchone()
                if _storable(article_id)
                else None
            )
            if found is None:
                raise StoryChoiceError(f"{self.path}: no article {article_id!r}")
            original, story_id = found
            copies = db.execute(
                "SELECT article_id FROM duplicates WHERE original_id = ?", (original,)
            ).fetchall()
            moved = [original, *(copy for (copy,) in copies)]
            if to is None:
                if set(self._story_article_ids(db, story_id)) == set(moved):
                    raise StoryChoiceError(
                        f"article {article_id!r} (with its copies) is story {story_id!r} already"
                    )
                return moved, None
            target = self._story_article_ids(db, to) if _storable(to) else []
            if not target:
                raise StoryChoiceError(self._no_story(to))
            if to == story_id:
                raise StoryChoiceError(f"article {article_id!r} is in story {to!r} already")
            return moved, target[0]

        return self.story(self._correct("move", articles_moved))

    @staticmethod
    def _story_article_ids(db: sqlite3.Connection, story_id: str) -> list[str]:
        """The ids of a story's articles in arrival order (none for an unknown story)."""
        if not _storable(story_id):
            return []
        rows = db.execute(
            "SELECT s.article_id FROM assignments s JOIN articles a ON a.id = s.article_id"
            " WHERE s.story_id = ? ORDER BY a.seq",
            (story_id,),
        ).fetchall()
        return [article_id for (article_id,) in rows]

    def _correct(
        self, kind: str, request: Callable[[sqlite3.Connection], tuple[list[str], str | None]]
    ) -> str:
        """Record a correction and apply it, in one transaction; returns the story it leaves the articles in.

        Args:
            kind: "merge" or "move" (see migration 4).
            request: Checks the request under the write lock; returns the correction's articles and, for a
                move to a story, that story's first article (None: a new story).
        """
        grouper = self._loaded_grouper()
        try:
            with self._transaction() as db:
                # Another writer may have committed articles or corrections since this grouper last saw one.
                self._catch_up(db, grouper)
                articles, target_article = request(db)
                story_id = self._record(db, grouper, kind, articles, target_article)
                # Now, not at close: a later load need not replay anything to learn the correction.
                self._checkpoint(db, grouper)
        except BaseException:
            # The grouper may have learned what was rolled back: reload it from the database.
            self._grouper = None
            raise
        return story_id

    def _record(
        self,
        db: sqlite3.Connection,
        grouper: StoryGrouper,
        kind: str,
        articles: Sequence[str],
        target_article: str | None,
    ) -> str:
        """Record a correction of ``articles`` in the open transaction and apply it; returns their story."""
        correction_id = db.execute(
            "INSERT INTO corrections (kind, after_seq, made_at, target_article) VALUES (?, ?, ?, ?)",
            (
                kind,
                db.execute("SELECT MAX(seq) FROM articles").fetchone()[0],
                dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                target_article,
            ),
        ).lastrowid
        db.executemany(
            "INSERT INTO correction_articles (correction_id, article_id) VALUES (?, ?)",
            [(correction_id, article_id) for article_id in articles],
        )
        story_id = self._apply(db, grouper, correction_id, kind)
        self._corrections_seen = correction_id
        return story_id

    def _keep_line(
        self, db: sqlite3.Connection, grouper: StoryGrouper, line: Sequence[str], later: Container[str]
    ) -> None:
        """Make the stored articles of a cluster line (their ids) one story of its own, in the open transaction.

        A line the grouper did not keep whole and apart (AllSides dev: it kept 28 of the 208 lines so; a
        follow-up a fortnight later joins the event's line) is moved as an editor's move (:meth:`move_article`)
        would: recorded (migration 4), so it holds through :meth:`regroup` and a replay after a kill, and the
        grouper learns it, so a later article like the line's joins the line's story. It moves to the story of
        its first article (a line an earlier batch kept, whose id a reader may have seen) when that story holds
        nothing but the line and articles of the lines kept ``later`` in the batch (their origins), which those
        leave; else to a new story. A line whose articles are a story already is left as it is.
        """
        marks = ", ".join("?" * len(line))
        (stories,) = db.execute(
            f"SELECT COUNT(DISTINCT story_id) FROM assignments WHERE article_id IN ({marks})", line
        ).fetchone()
        in_first = dict(
            db.execute(
                "SELECT articles.id, articles.origin FROM assignments JOIN articles ON articles.id = article_id"
                " WHERE story_id = (SELECT story_id FROM assignments WHERE article_id = ?)",
                (line[0],),
            )
        )
        if stories == 1 and in_first.keys() == set(line):
            return
        leaving = all(article_id in line or origin in later for article_id, origin in in_first.items())
        self._record(db, grouper, "move", line, line[0] if leaving else None)

    def _apply(self, db: sqlite3.Connection, grouper: StoryGrouper, correction_id: int, kind: str) -> str:
        """Apply a recorded correction to the database and ``grouper``; returns the story of its articles."""
        if kind == "merge":
            return self._apply_merge(db, grouper, correction_id)
        return self._apply_move(db, grouper, correction_id)

    def _apply_merge(self, db: sqlite3.Connection, grouper: StoryGrouper, correction_id: int) -> str:
        """Make the stories of a merge correction's articles one, in the database and in ``grouper``.

        Idempotent: stories already one stay as they are. Returns the merged story's id.
        """
        articles = _correction_articles(db, correction_id)
        stories = sorted(_stories_of(db, correction_id), key=_story_order)
        kept, gone = stories[0], stories[1:]
        # The grouper's merged story takes the kept id when the grouper has forgotten that story (gone stale),
        # so the articles it adds to it are the kept story's. Were the kept story one the grouper holds but
        # not among those merged (replaying from an old checkpoint, where the database is already further
        # on), the grouper's own later merges bring them together as they did the first time.
        grouper.merge(
            {grouper.story_of_[article_id] for article_id in articles if article_id in grouper.story_of_},
            into=None if kept in grouper.stories_ else kept,
        )
        if gone:
            first = _first_articles(db, gone)
            marks = ", ".join("?" * len(gone))
            db.execute(f"UPDATE assignments SET story_id = ? WHERE story_id IN ({marks})", (kept, *gone))
            _keep_gone_ids(db, first)
            db.execute(
                f"UPDATE merged_stories SET merged_into = ? WHERE merged_into IN ({marks})", (kept, *gone)
            )
            db.executemany(
                "INSERT OR REPLACE INTO merged_stories (story_id, merged_into) VALUES (?, ?)",
                [(story_id, kept) for story_id in gone],
            )
            _rewrite_story_rows(db, stories)
        return kept

    def _apply_move(self, db: sqlite3.Connection, grouper: StoryGrouper, correction_id: int) -> str:
        """Move a move correction's articles to their story, in the database and in ``grouper``.

        Returns the story they are in now. A move to a new story takes the id the
        grouper gives it, which a replay gives again (the grouper numbers stories
        in the order it makes them): not one from the checkpoint of an older
        writer, which numbered its own stories meanwhile.
        """
        moved = _correction_articles(db, correction_id)
        # Copies stored since go with what they copy (an older writer's grouper put them where it was).
        moved += [
            copy
            for (copy,) in db.execute(
                "SELECT article_id FROM duplicates WHERE original_id IN"
                " (SELECT article_id FROM correction_articles WHERE correction_id = ?)",
                (correction_id,),
            )
            if copy not in moved
        ]
        (target_article,) = db.execute(
            "SELECT target_article FROM corrections WHERE id = ?", (correction_id,)
        ).fetchone()
        left = _stories_of(db, correction_id)
        # A story the move empties (a cluster line's interim story, an article moved out of its one-article story).
        first = _first_articles(db, left)
        target = to = None
        if target_article is not None:
            (target,) = db.execute(
                "SELECT story_id FROM assignments WHERE article_id = ?", (target_article,)
            ).fetchone()
            # The grouper's own story of that article where it knows it; else it forgets the articles.
            to = grouper.story_of_.get(target_article, target)
        # The grouper reads only the few articles it needs of the stories they leave (see StoryGrouper.move).
        story_id = grouper.move(self.articles(moved), to, read=self.articles)
        target = target or story_id
        marks = ", ".join("?" * len(moved))
        db.execute(f"UPDATE assignments SET story_id = ? WHERE article_id IN ({marks})", (target, *moved))
        _keep_gone_ids(db, first)
        # What migration 5's triggers keep them in, whoever assigns them again.
        db.executemany(
            "INSERT OR REPLACE INTO moved_articles (article_id, story_id) VALUES (?, ?)",
            [(article_id, target) for article_id in moved],
        )
        _rewrite_story_rows(db, {*left, target})
        return target

    # -- reading --------------------------------------------------------------------------------------

    def articles(self, ids: Iterable[str] | None = None) -> list[Article]:
        """Stored articles in arrival order: all, or those with the given ids (unknown ids are ignored)."""
        if ids is None:
            return self._articles_where("1", ())
        rows = []
        for chunk in _chunks(list(dict.fromkeys(ids))):
            rows += self._rows(f"id IN ({', '.join('?' * len(chunk))})", chunk)
        return [_article(row) for row in sorted(rows)]

    def _articles_where(self, condition: str, parameters: Sequence[object]) -> list[Article]:
        return [_article(row) for row in self._rows(condition, parameters)]

    def _rows(self, condition: str, parameters: Sequence[object], limit: int = -1) -> list[tuple]:
        return self._db.execute(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE {condition} ORDER BY seq LIMIT ?",
            (*parameters, limit),
        ).fetchall()

    def reading_notes(self, article_ids: Iterable[str]) -> list[str]:
        """What reading the articles warned of when they were stored (see :meth:`add_articles`), each note once,
        in the order of ``article_ids``; none for an article stored before migration 8."""
        ids = list(dict.fromkeys(ids for ids in article_ids if _storable(ids)))
        found: dict[str, list[str]] = {}
        for chunk in _chunks(ids):
            for article_id, note in self._db.execute(
                f"SELECT article_id, note FROM article_notes WHERE article_id IN ({', '.join('?' * len(chunk))})"
                " ORDER BY article_id, position",
                chunk,
            ):
                found.setdefault(article_id, []).append(note)
        return list(dict.fromkeys(note for article_id in ids for note in found.get(article_id, ())))

    def stories(self) -> list[Story]:
        """Every story, ordered by its first article's arrival."""
        return list(self.find_stories().stories)

    def find_stories(
        self,
        *,
        query: str = "",
        order: str = "created",
        offset: int = 0,
        limit: int | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
    ) -> StoryPage:
        """The stories whose articles' headlines, outlets or id hold every word of ``query``, in ``order``.

        Args:
            query: Words to find, whole, ignoring case, accents and plurals ("zurich" finds "Zürich",
                "zürich" "Zurich", "fires" "fire" but "fire" not "fired"; see :func:`_search_words`);
                empty keeps every story.
            order: One of ``STORY_ORDERS``: "created" (the order the stories were made in, that of
                their ids), "latest" (latest article first, undated ones last), "articles"
                or "outlets" (most first). Ties keep the order of creation.
            offset: How many of the stories found to pass over.
            limit: At most this many stories; None: all from ``offset`` on.
            since: Keep only the stories whose latest article is of this day or later.
            until: Keep only the stories whose first article is of this day or earlier. With
                ``since``, the stories whose span of dates (first to last article) meets the
                window. A story without a dated article is outside any window.

        Raises:
            ValueError: ``order`` is not one of ``STORY_ORDERS``, or ``since`` is after ``until``.
        """
        if order not in _STORY_ORDER_BY:
            raise ValueError(f"unknown story order {order!r} (one of: {', '.join(STORY_ORDERS)})")
        if since is not None and until is not None and since > until:
            raise ValueError(f"since ({since.isoformat()}) is after until ({until.isoformat()})")
        where, parameters = _search_condition(query)
        window, dates = _window_condition(since, until)
        if window != "1":
            where, parameters = f"({where}) AND {window}", [*parameters, *dates]
        self._fresh_list()
        with self._snapshot() as db:
            stored = db.execute("SELECT COUNT(*) FROM story_rows").fetchone()[0]
            matched = (
                stored
                if where == "1"
                else db.execute(f"SELECT COUNT(*) FROM story_rows WHERE {where}", parameters).fetchone()[0]
            )
            rows = db.execute(
                "SELECT story_id, headline, sources, first_date, last_date FROM story_rows"
                f" WHERE {where} ORDER BY {_STORY_ORDER_BY[order]} LIMIT ? OFFSET ?",
                # SQLite's integers are 64-bit; a larger offset or limit means the same as its largest.
                (
                    *parameters,
                    -1 if limit is None else min(limit, _SQLITE_MAX_INT),
                    min(offset, _SQLITE_MAX_INT),
                ),
            ).fetchall()
            members = _story_members(db, [row[0] for row in rows])
        # Many stories share their outlets and dates: each distinct value is read once.
        outlets = functools.lru_cache(maxsize=None)(lambda text: tuple(json.loads(text)))
        stories = tuple(
            Story(
                id=story_id,
                article_ids=tuple(members[story_id].article_ids),
                headline=head,
                sources=outlets(sources),
                first_date=_date(first),
                last_date=_date(last),
                duplicates=tuple(members[story_id].duplicates),
                copy_sources=_copy_sources(outlets(sources), members[story_id]),
            )
            for story_id, head, sources, first, last in rows
        )
        return StoryPage(stories, matched, stored)

    def _fresh_list(self) -> None:
        """Rewrite the list rows of the stories an older writer changed (marked by migration 3's triggers).

        A database this process cannot write (an archive) gets a TEMP copy of
        its list, with those rows rewritten, that only this connection reads.
        One that cannot be written now (another process writing to it past the
        busy timeout, a full disk) is read as it is: its rows are rewritten on a
        later read. Not in TEMP: that copy would hide the database's list from
        this connection's own writes once it can write again.
        """
        db = self._db
        # Marks made after this read wait for the next one; a story rewritten twice is rewritten right.
        stale = [story_id for (story_id,) in db.execute("SELECT story_id FROM story_stale")]
        if not stale:
            return
        try:
            with self._transaction():
                _rewrite_story_rows(db, stale)
        except _CannotWrite as exc:
            if exc.code != sqlite3.SQLITE_READONLY:
                logger.info("%s: stale list rows not rewritten: %s", self.path, exc)
                return
            _list_in_temp(db, keep_rows=True)
            _rewrite_story_rows(db, stale, list_only=True)
            # An empty TEMP story_stale hides the database's marks from this connection: the copy is right.
            db.execute("CREATE TEMP TABLE story_stale (story_id TEXT PRIMARY KEY)")
            logger.info(
                "%s: read-only; %s rewritten in memory", self.path, counted(len(stale), "stale list row")
            )

    @contextmanager
    def _snapshot(self) -> Iterator[sqlite3.Connection]:
        """One read transaction: its statements see one state of the database, whatever writers commit."""
        db = self._db
        db.execute("BEGIN")
        try:
            yield db
        finally:
            db.execute("COMMIT")

    def story_count(self) -> int:
        """How many stories the stored articles form."""
        self._fresh_list()
        return self._db.execute("SELECT COUNT(*) FROM story_rows").fetchone()[0]

    def story(self, story_id: str) -> Story:
        """One story.

        Raises:
            StoryChoiceError: No story has that id.
        """
        rows = _light_story_rows(self._db, "s.story_id = ?", (story_id,)) if _storable(story_id) else []
        if not rows:
            raise StoryChoiceError(self._no_story(story_id))
        return _described(rows)[0]

    def story_articles(self, story_id: str) -> list[Article]:
        """The full articles of one story, in arrival order.

        Raises:
            StoryChoiceError: No story has that id.
        """
        rows = _light_story_rows(self._db, "s.story_id = ?", (story_id,)) if _storable(story_id) else []
        ids = [row.article.id for row in rows]
        if not ids:
            raise StoryChoiceError(self._no_story(story_id))
        return self.articles(ids)

    def story_of(self, article: Article) -> str | None:
        """The id of the story holding the stored copy of ``article``: the article stored at its URL (its
        version of the same text first), else the one of its text (the identity of :meth:`add_articles`), whose
        id may differ from ``article``'s (an id taken is renamed, an article stored before keeps its own). None
        when it is not stored."""
        digest = content_hash(article)
        found = self._db.execute(
            "SELECT s.story_id FROM articles a JOIN assignments s ON s.article_id = a.id"
            " WHERE a.url = ? OR a.content_hash = ?"
            " ORDER BY a.url IS ? DESC, a.content_hash = ? DESC, a.seq LIMIT 1",
            (article.url, digest, article.url, digest),
        ).fetchone()
        return found[0] if found else None

    def current_story_id(self, story_id: str) -> str:
        """The id of the story ``story_id`` names now: itself while it has articles; for an id that stopped
        existing (its story merged into another by the grouper or an editor, or emptied by a move), the story its
        first article is in now (migration 12), so an id a reader saw in the list keeps naming its articles.

        Raises:
            StoryChoiceError: No story has that id, and no record says where one went (never one, or gone before
                the database had migration 12 other than by an editor's merge).
        """
        if _storable(story_id):
            if self._db.execute(
                "SELECT 1 FROM assignments WHERE story_id = ? LIMIT 1", (story_id,)
            ).fetchone():
                return story_id
            went_into = self._went_into(story_id)
            if went_into is not None:
                return went_into
        raise StoryChoiceError(f"{self.path}: no story {story_id!r}")

    def _went_into(self, story_id: str) -> str | None:
        """The story the articles of ``story_id``, an id that stopped existing, are in now; None: no record of it."""
        try:
            row = self._db.execute(
                "SELECT s.story_id FROM story_aliases AS gone JOIN assignments AS s ON s.article_id = gone.article_id"
                " WHERE gone.story_id = ?",
                (story_id,),
            ).fetchone()
        except sqlite3.OperationalError:  # a read-only database made before migration 12: no record
            return None
        return row[0] if row else None

    def _no_story(self, story_id: str) -> str:
        """Why no story has ``story_id``: none ever had it, or it stopped existing (say which story it went into)."""
        went_into = self._went_into(story_id) if _storable(story_id) else None
        merged = f" (merged into {went_into})" if went_into else ""
        return f"{self.path}: no story {story_id!r}{merged}"

    # -- report cache ---------------------------------------------------------------------------------

    def cached_report(self, story_id: str, words: int, fmt: str, digest: str) -> str | None:
        """The report of a story kept by :meth:`keep_report` under the same ``digest``, else None.

        The caller names in ``digest`` everything the report was made from (the
        articles, the word budget, the code), so a story that changed since has
        another digest and gets no stale report.
        """
        row = self._db.execute(
            "SELECT report FROM report_cache WHERE story_id = ? AND words = ? AND format = ? AND digest = ?",
            (story_id, words, fmt, digest),
        ).fetchone()
        return row[0] if row else None

    def keep_report(self, story_id: str, words: int, fmt: str, digest: str, report: str) -> None:
        """Keep a rendered report for :meth:`cached_report`, in place of the story's last one of that kind.

        Best effort: a database this process cannot write to, or one another
        process is writing to right now, is left as it is (the report is
        made again next time) rather than making the reader wait for the lock.
        Only the second is logged: a read-only database is never written, so
        saying so on every report would only repeat itself.
        """
        db = self._db
        db.execute("PRAGMA busy_timeout = 0")
        try:
            with self._transaction():
                db.execute(
                    "INSERT OR REPLACE INTO report_cache (story_id, words, format, digest, report)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (story_id, words, fmt, digest, report),
                )
        except _CannotWrite as exc:  # _transaction's error for a database that cannot be written now
            if exc.code != sqlite3.SQLITE_READONLY:
                logger.info("%s: report of %s not cached: %s", self.path, story_id, exc)
        finally:
            db.execute(f"PRAGMA busy_timeout = {int(_BUSY_TIMEOUT_S * 1000)}")


@dataclass(frozen=True)
class _LightRow:
    """An assigned article as the story list needs it; ``article`` carries its headline in place of its text."""

    story_id: str
    seq: int
    article: Article
    original_id: str | None


@dataclass(frozen=True)
class _Archive:
    """The stored stories, for a grouper that has forgotten them to compare a late article with them.

    See :class:`~storyweave.group.stories.StoryArchive`. A story is read as it
    was before the article arrived: its members stored before it.

    Attributes:
        db: The connection, in the write transaction that groups the article.
        changed: Stories the batch has changed whose list rows it has not
            rewritten yet; their rows are rewritten (and the set emptied) before
            the list is searched by date.
    """

    db: sqlite3.Connection
    changed: set[str]

    def spans(self, since: dt.date, until: dt.date, before: dt.date) -> list[tuple[str, dt.date, dt.date]]:
        if self.changed:
            _rewrite_story_rows(self.db, self.changed)
            self.changed.clear()
        # By the story_rows_latest index; an undated story (no dates) is in no window.
        rows = self.db.execute(
            "SELECT story_id, first_date, last_date FROM story_rows WHERE coalesce(last_date, '0001-01-01') >= ?"
            " AND coalesce(last_date, '0001-01-01') < ? AND first_date <= ? ORDER BY first_seq",
            (since.isoformat(), before.isoformat(), until.isoformat()),
        ).fetchall()
        return [(story_id, _date(first), _date(last)) for story_id, first, last in rows]

    def story(self, story_id: str, article: Article, date: dt.date, recent: int) -> StoredStory | None:
        (seq,) = self.db.execute("SELECT seq FROM articles WHERE id = ?", (article.id,)).fetchone()
        members = _light_story_rows(self.db, "s.story_id = ? AND a.seq < ?", (story_id, seq))
        if not members:
            return None
        # The members an article of that date would have met (undated ones last), in arrival order.
        nearest = self.db.execute(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE seq < ? AND id IN"
            " (SELECT article_id FROM assignments WHERE story_id = ?)"
            " AND id NOT IN (SELECT article_id FROM duplicates)"
            " ORDER BY coalesce(abs(julianday(date) - julianday(?)), 1e9), seq DESC LIMIT ?",
            (seq, story_id, date.isoformat(), recent),
        ).fetchall()
        return StoredStory(
            story_id,
            [row.article for row in members],
            [(row.article.id, row.original_id) for row in members if row.original_id is not None],
            [_article(row) for row in sorted(nearest)],
        )


def _link_copy(db: sqlite3.Connection, copy: Article, version_id: str) -> None:
    """Record a new article as a near-duplicate of the stored version it repeats, the original the one
    :func:`~storyweave.group.dedup.original_rank` puts first (the earliest dated, then the first by file
    name and line), whichever came first.

    The grouper links a copy to the version it met first, which of one date is only the one whose
    path was given first (QA6 #8). When the new article ranks first, it takes the version's place:
    the version and its copies become its copies, so every copy names one original (what a move
    moves, a report leaves out). A version that became a copy so stands for its original in later
    links. At the version's own URL (an outlet's update, migration 9) the newer text is the original, the
    one a report reads: the later written (:func:`~storyweave.ingest.version_day`: updated, else dated), of
    one day the later to arrive.
    """
    row = db.execute("SELECT original_id FROM duplicates WHERE article_id = ?", (version_id,)).fetchone()
    if row is not None:
        version_id = row[0]
    version_date, version_origin, version_url, version_modified = db.execute(
        "SELECT date, origin, url, (SELECT modified FROM article_modified WHERE article_id = articles.id)"
        " FROM articles WHERE id = ?",
        (version_id,),
    ).fetchone()
    dated = _date(version_date)
    if copy.url and copy.url == version_url:
        copy_day, stored_day = (
            version_day(copy.date, copy.modified),
            version_day(dated, _date(version_modified)),
        )
        takes_place = not (copy_day and stored_day and copy_day < stored_day)
    else:
        takes_place = original_rank(copy.date, copy.origin, copy.modified) < original_rank(
            dated, version_origin, _date(version_modified)
        )
    if takes_place:
        db.execute("UPDATE duplicates SET original_id = ? WHERE original_id = ?", (copy.id, version_id))
        copy_id, version_id = version_id, copy.id
    else:
        copy_id = copy.id
    db.execute(
        "INSERT OR REPLACE INTO duplicates (article_id, original_id) VALUES (?, ?)", (copy_id, version_id)
    )


def _light_story_rows(
    db: sqlite3.Connection, condition: str, parameters: Sequence[object]
) -> list[_LightRow]:
    """The assigned articles meeting ``condition`` (on ``s``, assignments), in arrival order.

    The light article carries the headline in place of the text, which is
    enough to describe the story without reading every body.
    """
    # The list is written again by the steps of migrations 3, 7 and 10, which an upgrade runs before migration 11
    # makes the update days' table: none is stored then.
    update_days = bool(db.execute("SELECT 1 FROM pragma_table_info('article_modified')").fetchone())
    rows = db.execute(
        "SELECT s.story_id, a.seq, a.id, a.title, a.headline, a.date, a.source, a.url, d.original_id,"
        f" {'m.modified' if update_days else 'NULL'}"
        " FROM assignments s JOIN articles a ON a.id = s.article_id"
        " LEFT JOIN duplicates d ON d.article_id = a.id"
        f"{' LEFT JOIN article_modified m ON m.article_id = a.id' if update_days else ''}"
        f" WHERE {condition} ORDER BY a.seq",
        parameters,
    ).fetchall()
    return [
        _LightRow(
            story_id,
            seq,
            Article(
                id=article_id,
                text=head or "",
                title=title,
                date=_date(date),
                source=source,
                url=url,
                modified=_date(modified),
            ),
            original,
        )
        for story_id, seq, article_id, title, head, date, source, url, original, modified in rows
    ]


def _by_story(rows: Sequence[_LightRow]) -> dict[str, list[_LightRow]]:
    """``rows`` (in arrival order) by story, the stories in the order of their first articles."""
    members: dict[str, list[_LightRow]] = {}
    for row in rows:
        members.setdefault(row.story_id, []).append(row)
    return members


def _describe(story_id: str, members: Sequence[_LightRow]) -> Story:
    """The story of ``members``, its articles' light rows in arrival order."""
    arrival = {row.article.id: row.seq for row in members}
    # A copy that arrived before its original (its path was given first) offers its headline right after the
    # original's: of equal headlines the first offered names the story, and that is the original's (QA6 #8).
    offered = sorted(
        members,
        key=lambda row: (max(row.seq, arrival.get(row.original_id or "", 0)), row.original_id is not None),
    )
    # Of one date, the last to arrive is the newest.
    newest = newest_versions(row.article for row in members)
    story = story_from_articles(
        story_id,
        [_in_newest_words(row.article, newest) for row in offered],
        [(row.article.id, row.original_id) for row in members if row.original_id is not None],
    )
    return dataclasses.replace(story, article_ids=tuple(row.article.id for row in members))


def _in_newest_words(article: Article, newest: Mapping[str, Article]) -> Article:
    """The light ``article`` with the headline of the newest version at its URL (the outlet's update of it),
    so a story named by its first report follows the update (QA8 #2); its date, and so its rank, stays."""
    latest = newest.get(article.url or "")
    if latest is None or latest is article:
        return article
    return dataclasses.replace(article, title=latest.title, text=latest.text)


def _described(rows: Sequence[_LightRow]) -> list[Story]:
    """The stories of ``rows`` (in arrival order), in the order of their first articles."""
    return [_describe(story_id, members) for story_id, members in _by_story(rows).items()]


def _insert_story_rows(db: sqlite3.Connection, rows: Sequence[_LightRow]) -> None:
    """Write the list rows of the stories of ``rows`` (all of each story's articles, in arrival order)."""
    values = []
    for story_id, members in _by_story(rows).items():
        story = _describe(story_id, members)
        values.append(
            (
                story.id,
                members[0].seq,
                story.headline,
                json.dumps(story.sources),
                # Counted as the story's report counts them, so the list and the report agree and the
                # story list's orders rank by them: a syndicated copy is no article or outlet of its own.
                len(story.original_sources),
                story.original_count,
                story.first_date.isoformat() if story.first_date else None,
                story.last_date.isoformat() if story.last_date else None,
                # What the story list's search looks in: every article's headline (the title, else the first
                # sentence), not only the story's (QA6 #9), the outlets and the id, as words (see _search_words).
                _search_text((*(row.article.text for row in members), *story.sources, story.id)),
            )
        )
    db.executemany(
        "INSERT INTO story_rows (story_id, first_seq, headline, sources, source_count, article_count,"
        " first_date, last_date, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        values,
    )


def _rewrite_story_rows(db: sqlite3.Connection, story_ids: Iterable[str], *, list_only: bool = False) -> None:
    """Rewrite the list rows of these stories from their articles; drop their cached reports and stale marks.

    A story left without articles (merged into another) loses its row.

    Args:
        db: The connection, in a write transaction unless ``list_only``.
        story_ids: The stories to rewrite.
        list_only: Rewrite only the rows of ``story_rows`` (a TEMP copy, for a
            database this process cannot write): reports and marks stay.
    """
    if not list_only:
        # A replay of corrections (Store._catch_up) passes through groupings the list never showed: a row left
        # by a story an article has since left (marked stale) may hold that article's arrival number, which
        # the rows written here would take. Rewriting the stale stories too leaves no such row.
        story_ids = {
            *story_ids,
            *(story_id for (story_id,) in db.execute("SELECT story_id FROM story_stale")),
        }
    chunks = _chunks(sorted(story_ids))
    tables = ("story_rows",) if list_only else ("story_rows", "report_cache", "story_stale")
    # Every old row goes before any new one is written: a story that took over a merged one also takes
    # its first article, whose arrival number (unique in story_rows) the merged story's row still holds.
    for chunk in chunks:
        marks = ", ".join("?" * len(chunk))
        for table in tables:
            db.execute(f"DELETE FROM {table} WHERE story_id IN ({marks})", chunk)
    for chunk in chunks:
        marks = ", ".join("?" * len(chunk))
        _insert_story_rows(db, _light_story_rows(db, f"s.story_id IN ({marks})", chunk))


def _refill_story_rows(db: sqlite3.Connection) -> None:
    """Write the list row of every stored story afresh (migration 3; see its script for why)."""
    db.execute("DELETE FROM story_rows")
    db.execute("DELETE FROM story_stale")
    _insert_story_rows(db, _light_story_rows(db, "1", ()))


def _list_in_temp(db: sqlite3.Connection, *, keep_rows: bool) -> None:
    """Make ``story_rows`` a TEMP table of this connection, as the database's (indexes too), which it hides.

    Args:
        db: A connection to a database with a ``story_rows`` table.
        keep_rows: Copy the database's rows into it; else it starts empty.
    """
    # The table's statement sorts before its indexes' ('table' > 'index').
    for (sql,) in db.execute(
        "SELECT sql FROM main.sqlite_master WHERE tbl_name = 'story_rows' AND type IN ('table', 'index')"
        " AND sql IS NOT NULL ORDER BY type DESC"
    ).fetchall():
        # An index on a TEMP table is made in the TEMP schema too.
        db.execute(re.sub(r"\bCREATE TABLE\b", "CREATE TEMP TABLE", sql, count=1))
    if keep_rows:
        db.execute("INSERT INTO temp.story_rows SELECT * FROM main.story_rows")


# Python steps of migrations, by version, run right after the migration's SQL in its transaction. Migration
# 2's list is filled by migration 3's step, which every database that gets migration 2 gets next.
_MIGRATION_FILLS: dict[int, Callable[[sqlite3.Connection], None]] = {
    3: _refill_story_rows,
    7: _refill_story_rows,
    10: _refill_story_rows,
}
# Migrations that add only what the other tables determine (a list, a cache; the reading notes and update days,
# none for an article stored before migration 8 or 11): a database made before them that cannot be written gets
# their tables as TEMP ones (Store._derive_in_temp) and is still read.
_DERIVED_ONLY = frozenset({2, 3, 7, 8, 10, 11})
# Migrations whose tables only a writer reads (the corrections, the moves' marks) or that change only what a
# writer checks (6: the content hash no longer unique; 9: the URL), or whose records a reader does without (12: the
# ids that stopped existing; a reader then says only "no story"), or that only keep an older writer out (13: the
# checkpoint's format): a database made before them that cannot be written is read without them.
_WRITERS_ONLY = frozenset({4, 5, 6, 9, 12, 13})


def _copy_sources(sources: Sequence[str], members: _Members) -> tuple[str, ...]:
    """Of a story's outlets ``sources``, in their order, those that carried only copies of its ``members``."""
    if not members.duplicates:
        return ()  # most stories: no copy, and a list of 20,000 stories reads them all
    copies_only = set(copy_only_sources(members.sources))
    return tuple(source for source in sources if source in copies_only)


class _Members(NamedTuple):
    """A story's articles in arrival order: their ids, ``(copy, original)`` pairs, and (outlet, is a copy)."""

    article_ids: list[str]
    duplicates: list[tuple[str, str]]
    sources: list[tuple[str | None, bool]]


def _story_members(db: sqlite3.Connection, story_ids: Sequence[str]) -> dict[str, _Members]:
    """Each story's articles, in arrival order (see ``_Members``)."""
    members = {sid: _Members([], [], []) for sid in story_ids}
    query = (
        "SELECT s.story_id, s.article_id, d.original_id, a.source FROM assignments s"
        " JOIN articles a ON a.id = s.article_id LEFT JOIN duplicates d ON d.article_id = s.article_id"
    )
    if len(story_ids) > _IDS_PER_STATEMENT:
        # Many stories (a whole list): one pass over every assignment beats a lookup per story.
        found = db.execute(f"{query} ORDER BY a.seq")
    else:
        found = db.execute(
            f"{query} WHERE s.story_id IN ({', '.join('?' * len(story_ids))}) ORDER BY a.seq", story_ids
        )
    for story_id, article_id, original_id, source in found:
        if story_id in members:
            ids, copies, sources = members[story_id]
            ids.append(article_id)
            sources.append((source, original_id is not None))
            if original_id is not None:
                copies.append((article_id, original_id))
    return members


def _search_words(text: str) -> list[str]:
    """The words of ``text`` as the story list's search compares them: folded (:func:`_search_fold`), and
    a plural as its singular (:func:`_singular`).

    Example:
        >>> _search_words("Wildfires: Łódź fires 100% under_way")
        ['wildfire', 'lodz', 'fire', '100', 'under_way']
    """
    return [_singular(word) for word in _WORD.findall(_search_fold(text))]


def _search_text(texts: Iterable[str]) -> str:
    """What a story's list row is searched in: the distinct words of ``texts``, each with a space either side."""
    return f" {' '.join(dict.fromkeys(_search_words(' '.join(texts))))} "


def _singular(word: str) -> str:
    """A folded word without its English plural ending, so that "fires" finds "fire" and "fire" "fires".

    A cheap stemmer, not a lemmatiser: it only strips an "s" (an "es" after a hissing sound, "ies" for
    "y"), never "d" or "ing", so "fire" does not find "fired" (QA6 #9). Short words and those ending
    "ss", "us" or "is" keep theirs ("Voss", "bus", "crisis"). Both the stored words and a search's are
    stripped, so a false plural ("news") is at worst found by its stem too.
    """
    if len(word) <= 3 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes", "zzes")):
        return word[:-2]
    return word[:-1]


def _search_condition(query: str) -> tuple[str, list[str]]:
    """The condition on ``story_rows`` keeping the stories that hold every word of ``query``; its parameters.

    Whole words: each is looked up with a space either side in the row's words (``search_text``),
    so "fire" does not find "Fired" (QA6 #9); punctuation parts words, and "%" or "_" is no wildcard.
    A word of a script written without spaces (Chinese, Japanese, Thai, ...) is read as one run of
    letters, so it is found anywhere in a run. SQLite refuses a chain of ANDs over 1,000 deep (and more
    than 32,766 parameters), so a search of more words passes them as one JSON array, read about 3
    times slower (15 against 5 ms at 20,000 stories). A query that cannot be stored (a lone surrogate:
    a command line's bytes that are not UTF-8) is in no story. A query of nothing but whitespace (or
    NULs) keeps every story.
    """
    if not _storable(query):
        return "0", []
    words = [
        word if _UNSPACED_SCRIPT.search(word) else f" {word} "
        for word in dict.fromkeys(_search_words(query.replace("\0", " ")))
    ]
    # A search of accents or punctuation alone folds to no word: it finds nothing, not every story.
    if not words and query.replace("\0", " ").strip():
        return "0", []
    if len(words) <= _IDS_PER_STATEMENT:
        return " AND ".join(["instr(search_text, ?) > 0"] * len(words)) or "1", words
    return "NOT EXISTS (SELECT 1 FROM json_each(?) WHERE instr(search_text, value) = 0)", [json.dumps(words)]


def _window_condition(since: dt.date | None, until: dt.date | None) -> tuple[str, list[str]]:
    """The condition on ``story_rows`` keeping the stories with a date in ``since``..``until``; its parameters.

    A story's dates run from its first to its last dated article (``first_date``, ``last_date``: ISO
    text, which sorts as the dates do), so it meets the window when it begins by ``until`` and ends on
    ``since`` or later. An undated story has NULL in both, which no comparison keeps.
    """
    conditions, dates = [], []
    if since is not None:
        conditions.append("last_date >= ?")
        dates.append(since.isoformat())
    if until is not None:
        conditions.append("first_date <= ?")
        dates.append(until.isoformat())
    return " AND ".join(conditions) or "1", dates


def _search_fold(text: str) -> str:
    """``text`` as the story list's search compares it: casefolded, without accents.

    A reader types "istanbul", "zurich" or "sao paulo" for "İstanbul", "Zürich"
    or "São Paulo" (and may type the accents for a headline without them), so
    both the stored text and the query lose the marks of the Combining
    Diacritical Marks block (U+0300-U+036F) once decomposed: the accents of
    Latin, Greek and Cyrillic letters, and the dot that ``casefold`` leaves on
    the "i" of "İ". Latin letters that hold their mark ("ł", "ø", "ı") become
    the plain letter. Other scripts' marks (Japanese dakuten, Indic vowel signs)
    change the word, and are kept.

    Example:
        >>> _search_fold("İstanbul, Zürich, São Paulo, Straße, Łódź")
        'istanbul, zurich, sao paulo, strasse, lodz'
    """
    # Decomposed again after casefold, which can give letters a decomposition splits (Unicode's NFKC_Casefold).
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    return unicodedata.normalize("NFC", _ACCENTS.sub("", decomposed).translate(_UNSPLIT_LETTERS))


def _correction_articles(db: sqlite3.Connection, correction_id: int) -> list[str]:
    return [
        article_id
        for (article_id,) in db.execute(
            "SELECT article_id FROM correction_articles WHERE correction_id = ?", (correction_id,)
        )
    ]


def _stories_of(db: sqlite3.Connection, correction_id: int) -> list[str]:
    """The stories a correction's articles are in now."""
    return [
        story_id
        for (story_id,) in db.execute(
            "SELECT DISTINCT story_id FROM assignments WHERE article_id IN"
            " (SELECT article_id FROM correction_articles WHERE correction_id = ?)",
            (correction_id,),
        )
    ]


def _first_articles(db: sqlite3.Connection, story_ids: Collection[str] | None = None) -> dict[str, str]:
    """Each story's first article (by arrival): of ``story_ids``, or of every story when None."""
    query = "SELECT s.story_id, s.article_id, MIN(a.seq) FROM assignments AS s JOIN articles AS a ON a.id = s.article_id"
    if story_ids is None:
        rows = db.execute(f"{query} GROUP BY s.story_id").fetchall()
    else:
        rows = [
            row
            for chunk in _chunks(sorted(story_ids))
            for row in db.execute(
                f"{query} WHERE s.story_id IN ({', '.join('?' * len(chunk))}) GROUP BY s.story_id", chunk
            )
        ]
    return {story_id: article_id for story_id, article_id, _ in rows}


def _keep_gone_ids(db: sqlite3.Connection, first_articles: Mapping[str, str]) -> None:
    """Record each story of ``first_articles`` (story id -> its first article before a change) that the change left
    without articles, with that article: the story it is in names where the id went (migration 12)."""
    gone = [
        (story_id, article_id)
        for story_id, article_id in first_articles.items()
        if db.execute("SELECT 1 FROM assignments WHERE story_id = ? LIMIT 1", (story_id,)).fetchone() is None
    ]
    db.executemany("INSERT OR REPLACE INTO story_aliases (story_id, article_id) VALUES (?, ?)", gone)


def _story_number(story_id: str) -> int | None:
    """The number of a story id the grouper gave ("s0042" -> 42); None for another."""
    return int(story_id[1:]) if _STORY_ID.fullmatch(story_id) else None


def _story_order(story_id: str) -> tuple[int, str]:
    """Sorts story ids oldest first: the grouper numbers them s0001, s0002, ..., s9999, s10000."""
    return len(story_id), story_id


def _notes_by_origin(notes: Iterable[str]) -> dict[str, list[str]]:
    """Each note, once, under every start of it that ends before a ": ", one of which is the origin it names
    ("feed.jsonl:9" of "feed.jsonl:9: ignoring unreadable date '31/02/2026'"): an origin may hold ": " too."""
    by_origin: dict[str, list[str]] = {}
    for note in dict.fromkeys(notes):
        for separator in re.finditer(": ", note):
            by_origin.setdefault(note[: separator.start()], []).append(note)
    return by_origin


def _notes_of(article: Article, notes: Mapping[str, Sequence[str]]) -> list[str]:
    """The notes (by origin, see _notes_by_origin) on ``article``: those naming its origin, then its file's (a
    feed's line "feed.jsonl:9" is in "feed.jsonl"). Not one on its date in the future, which a report works out
    again from the date (:func:`~storyweave.model.future_date_note`), as the date may have come by then."""
    if not article.origin or not notes:
        return []
    file = _LINE_OF_FILE.sub("", article.origin)
    found = [*notes.get(article.origin, ()), *(notes.get(file, ()) if file != article.origin else ())]
    in_the_future = future_date_note(article.origin, article.date) if article.date else None
    return [note for note in dict.fromkeys(found) if note != in_the_future]


def _storable(text: str) -> bool:
    """Whether ``text`` can be bound as an SQL parameter: SQLite holds UTF-8, which has no lone surrogates."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _chunks(items: Sequence[str]) -> list[Sequence[str]]:
    """``items`` in runs of at most ``_IDS_PER_STATEMENT``."""
    return [items[first : first + _IDS_PER_STATEMENT] for first in range(0, len(items), _IDS_PER_STATEMENT)]


# Articles share their dates: a decade of news has fewer distinct ones than this.
@functools.lru_cache(maxsize=4096)
def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _article(row: tuple) -> Article:
    _, article_id, text, title, date, source, url, origin, removed, modified = row
    return Article(
        id=article_id,
        text=text,
        title=title,
        date=_date(date),
        source=source,
        url=url,
        origin=origin,
        removed=tuple(RemovedLine(line, reason) for line, reason in json.loads(removed)),
        modified=_date(modified),
    )


def ingest(
    articles: Iterable[Article],
    db: PathLike = DEFAULT_DB,
    notes: Iterable[str] = (),
    lines: Collection[str] = (),
) -> AddResult:
    """Add articles, with what reading them warned of, to the store at ``db`` (created if missing), each cluster
    line of ``lines`` one story; see :meth:`Store.add_articles`."""
    with Store(db) as store:
        return store.add_articles(articles, notes, lines)
