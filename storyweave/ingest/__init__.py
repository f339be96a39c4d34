"""Ingest: read article files into :class:`~storyweave.model.Article` objects.

Formats, by file extension (each reader in its own module):

* ``.txt`` — one article per file, optional header lines (:mod:`.txt`); a
  ``.txt`` file containing ``|||||`` is read as Multi-News.
* ``.jsonl`` — one article or one cluster of articles per line (:mod:`.jsonl`).
* ``.html``/``.htm`` — a saved web page; main text via trafilatura (:mod:`.html`).
* ``.multinews`` — Multi-News source text, articles separated by ``|||||``
  (:mod:`.multinews`).

Ingest does not clean the text; that is :mod:`storyweave.clean`, the next stage.

Example:
    >>> batch = read_articles(["/no/such/folder"])
    >>> batch.articles, [str(p) for p in batch.problems]
    ((), ['/no/such/folder: no such file or directory'])
"""

from __future__ import annotations

import dataclasses
import logging
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from storyweave.errors import BadInputError
from storyweave.ingest import html, jsonl, multinews, txt
from storyweave.ingest._text import load_bytes
from storyweave.ingest.jsonl import read_clusters
from storyweave.ingest.multinews import split_multinews
from storyweave.model import Article, Batch, Problem

__all__ = ["SUPPORTED_EXTENSIONS", "read_articles", "read_clusters", "split_multinews", "unique_names"]

logger = logging.getLogger(__name__)

_READERS: dict[str, Callable[[Path, bytes], Batch]] = {
    ".htm": html.read,
    ".html": html.read,
    ".jsonl": jsonl.read,
    ".multinews": multinews.read,
    ".txt": txt.read,
}
SUPPORTED_EXTENSIONS = tuple(_READERS)
# A JSONL file of many clusters repeats per-cluster ids ("p1"); name a few renames, not hundreds.
_RENAMES_SHOWN = 3


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
    if isinstance(paths, str | os.PathLike):
        raise TypeError("paths must be a sequence of paths, not a single path")
    articles: list[Article] = []
    problems: list[Problem] = []
    seen: set[Path] = set()
    for file in _files([Path(path) for path in paths], problems):
        if file.resolve() in seen:
            continue
        seen.add(file.resolve())
        try:
            batch = _READERS[file.suffix.lower()](file, load_bytes(file, max_bytes))
        except BadInputError as exc:
            problems.append(_report(Problem(exc.origin, exc.reason)))
            continue
        articles.extend(batch.articles)
        problems.extend(_report(problem) for problem in batch.problems)
    return Batch(_unique_ids(articles), tuple(problems))


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


def _unique_ids(articles: list[Article]) -> tuple[Article, ...]:
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
