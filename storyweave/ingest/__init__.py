"""Ingest: read article files into :class:`~storyweave.model.Article` objects.

Formats, by file extension (each reader in its own module):

* ``.txt`` — one article per file, optional header lines (:mod:`.txt`); a
  ``.txt`` file containing ``|||||`` is read as Multi-News.
* ``.jsonl`` — one article or one cluster of articles per line (:mod:`.jsonl`).
* ``.html``/``.htm`` — a saved web page; main text via trafilatura (:mod:`.html`).
* ``.multinews`` — Multi-News source text, articles separated by ``|||||``
  (:mod:`.multinews`).

A JSONL line with ``documents``, and each line of a Multi-News file of several
stories, is a *cluster line*: one story. :func:`read_articles` reads every
article; :func:`read_story` reads one story, and refuses a file of several
cluster lines unless one is picked by id.

Ingest does not clean the text; that is :mod:`storyweave.clean`, the next stage.

Example:
    >>> batch = read_articles(["/no/such/folder"])
    >>> batch.articles, [str(p) for p in batch.problems]
    ((), ['/no/such/folder: no such file or directory'])
"""

from __future__ import annotations

import dataclasses
import itertools
import logging
import os
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from storyweave.errors import BadInputError, StoryweaveError
from storyweave.ingest import html, jsonl, multinews, txt
from storyweave.ingest._text import FileArticles, load_bytes
from storyweave.ingest.jsonl import read_clusters
from storyweave.ingest.multinews import split_multinews
from storyweave.model import Article, Batch, Problem

__all__ = [
    "SUPPORTED_EXTENSIONS",
    "ClusterChoiceError",
    "read_articles",
    "read_clusters",
    "read_story",
    "split_multinews",
    "unique_names",
]

logger = logging.getLogger(__name__)

_READERS: dict[str, Callable[[Path, bytes], FileArticles]] = {
    ".htm": html.read,
    ".html": html.read,
    ".jsonl": jsonl.read,
    ".multinews": multinews.read,
    ".txt": txt.read,
}
SUPPORTED_EXTENSIONS = tuple(_READERS)
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
class _ClusterLine:
    """One cluster line of the input: a story's articles, as read (ids not yet made unique)."""

    id: str
    file: Path
    origin: str | None
    articles: tuple[Article, ...]


@dataclasses.dataclass(frozen=True)
class _Contents:
    """Everything read from the paths; ``clusters`` have ids unique in the input."""

    articles: tuple[Article, ...]
    problems: tuple[Problem, ...]
    clusters: tuple[_ClusterLine, ...]


def read_articles(paths: Sequence[str | os.PathLike[str]], *, max_bytes: int = 5_000_000) -> Batch:
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
        max_bytes: Files larger than this are refused.

    Returns:
        The articles in input order, and the problems.
    """
    contents = _read(paths, max_bytes)
    return Batch(_unique_ids(contents.articles), contents.problems)


def read_story(
    paths: Sequence[str | os.PathLike[str]], *, cluster: str | None = None, max_bytes: int = 5_000_000
) -> Batch:
    """Read the articles of one story: every article under ``paths``, or one cluster line's.

    A JSONL line with ``documents``, and each line of a Multi-News file of
    several stories, is a cluster line: one story. Read together, the lines of
    such a file would merge unrelated stories into one, so a file holding more
    than one must have one picked. Articles that stand alone (a folder of
    ``.txt`` files, a JSONL file of one article per line) are one story as given.

    Example:
        >>> batch = read_story(["../shared/data/duc2003/dev.jsonl"], cluster="duc2003-d30003t")  # doctest: +SKIP
        >>> len(batch.articles)  # doctest: +SKIP
        10

    Args:
        paths: As for :func:`read_articles`.
        cluster: The id of the cluster line to keep: its JSONL ``id``, else
            ``{file stem}-{line}`` (a repeated id is renamed ``{id}-2``, as
            article ids are). Only its articles, and the problems of its line,
            are kept. None keeps every article, when no file holds more than
            one cluster line.
        max_bytes: As for :func:`read_articles`.

    Returns:
        The story's articles (ids made unique as :func:`read_articles` does), and the problems.

    Raises:
        ClusterChoiceError: ``cluster`` is None and a file holds several
            cluster lines, or ``cluster`` names no cluster line of the input.
    """
    contents = _read(paths, max_bytes)
    all_ids = [line.id for line in contents.clusters]
    if cluster is None:
        per_file = Counter(line.file for line in contents.clusters)
        crowded = next((file for file, count in per_file.items() if count > 1), None)
        if crowded is not None:
            ids = [line.id for line in contents.clusters if line.file == crowded]
            raise ClusterChoiceError(
                f"{crowded} holds {len(ids)} clusters (ids: {_some(ids)}); pick one with --cluster ID, "
                "or use `storyweave ingest` to group them",
                all_ids,
            )
        return Batch(_unique_ids(contents.articles), contents.problems)
    chosen = next((line for line in contents.clusters if line.id == cluster), None)
    if chosen is None:
        where = str(paths[0]) if len(paths) == 1 else f"the {len(paths)} inputs"
        known = (
            f"ids: {_some(all_ids)}"
            if all_ids
            else 'no cluster lines there: JSONL lines with "documents", story lines of a Multi-News file'
        )
        raise ClusterChoiceError(f"no cluster {cluster!r} in {where} ({known})", all_ids)
    problems = tuple(problem for problem in contents.problems if problem.origin == chosen.origin)
    return Batch(_unique_ids(chosen.articles), problems)


def _some(ids: Sequence[str]) -> str:
    """The first few ids, comma-separated, with "..." when there are more."""
    return ", ".join(ids[:_CLUSTER_IDS_SHOWN]) + (", ..." if len(ids) > _CLUSTER_IDS_SHOWN else "")


def _read(paths: Sequence[str | os.PathLike[str]], max_bytes: int) -> _Contents:
    """Read every file under ``paths`` (see :func:`read_articles`), keeping each article's cluster line."""
    if isinstance(paths, str | os.PathLike):
        raise TypeError("paths must be a sequence of paths, not a single path")
    articles: list[Article] = []
    problems: list[Problem] = []
    clusters: list[_ClusterLine] = []
    seen: set[Path] = set()
    for file in _files([Path(path) for path in paths], problems):
        if file.resolve() in seen:
            continue
        seen.add(file.resolve())
        try:
            contents = _READERS[file.suffix.lower()](file, load_bytes(file, max_bytes))
        except BadInputError as exc:
            problems.append(_report(Problem(exc.origin, exc.reason)))
            continue
        articles.extend(contents.batch.articles)
        problems.extend(_report(problem) for problem in contents.batch.problems)
        clusters.extend(_cluster_lines(file, contents))
    ids = unique_names([line.id for line in clusters])
    return _Contents(
        tuple(articles),
        tuple(problems),
        tuple(dataclasses.replace(line, id=new_id) for line, new_id in zip(clusters, ids, strict=True)),
    )


def _cluster_lines(file: Path, contents: FileArticles) -> list[_ClusterLine]:
    """The file's cluster lines: its runs of articles with the same cluster id and origin (line)."""
    articles = contents.batch.articles
    labels = contents.clusters or (None,) * len(articles)
    runs = itertools.groupby(zip(articles, labels, strict=True), key=lambda pair: (pair[1], pair[0].origin))
    return [
        _ClusterLine(cluster_id, file, origin, tuple(article for article, _ in run))
        for (cluster_id, origin), run in runs
        if cluster_id is not None
    ]


def _files(paths: list[Path], problems: list[Problem]) -> list[Path]:
    """The files to read: given files with a supported extension, and the supported files in folders.

    Every other path becomes a problem, appended to ``problems``.
    """
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            try:
                inside = sorted(
                    entry
                    for entry in path.iterdir()
                    if entry.is_file() and not entry.name.startswith(".") and entry.suffix.lower() in _READERS
                )
            except OSError as exc:
                problems.append(_report(Problem(str(path), f"cannot read folder: {exc.strerror or exc}")))
                continue
            if not inside:
                problems.append(
                    _report(Problem(str(path), f"no {'/'.join(SUPPORTED_EXTENSIONS)} files in folder"))
                )
            files.extend(inside)
        elif not path.exists():
            problems.append(_report(Problem(str(path), "no such file or directory")))
        elif path.suffix.lower() not in _READERS:
            kind = f"file type {path.suffix!r}" if path.suffix else "file without an extension"
            expected = ", ".join(SUPPORTED_EXTENSIONS)
            problems.append(_report(Problem(str(path), f"unsupported {kind} (expected {expected})")))
        else:
            files.append(path)
    return files


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
    ids = unique_names([article.id for article in articles])
    renamed = [
        f"{article.id} -> {new_id} ({article.origin})"
        for article, new_id in zip(articles, ids, strict=True)
        if new_id != article.id
    ]
    if renamed:
        shown = "; ".join(renamed[:_RENAMES_SHOWN]) + ("; ..." if len(renamed) > _RENAMES_SHOWN else "")
        logger.warning("renamed %d repeated article ids: %s", len(renamed), shown)
    return tuple(
        article if new_id == article.id else dataclasses.replace(article, id=new_id)
        for article, new_id in zip(articles, ids, strict=True)
    )


def _report(problem: Problem) -> Problem:
    logger.warning("%s", problem)
    return problem
