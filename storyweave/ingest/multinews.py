"""Multi-News source text: several articles in one string, separated by ``|||||``.

This is the layout of the Multi-News ``*.src`` files (Fabbri et al., 2019), one
story per line, where a line break inside an article is written as the token
``NEWLINE_CHAR`` (the raw files end every article with the separator). A
``.multinews`` file, a dataset file (``test.src``, ``train.src.cleaned``: see
:func:`is_dataset_file`), or a ``.txt`` file containing the separator, is read
this way:

* A dataset file, or a file whose non-blank lines all hold the separator when
  there are several, holds one story per line: line L is the cluster
  ``{stem}-{L}`` and its n-th non-empty part the article ``{stem}-{L}-{n}``
  (origin ``file:L``), the names a JSONL cluster line without ids gets.
* Otherwise the file is one story (pasted articles keep real line breaks, with
  the separator on lines of its own): its n-th non-empty part becomes the
  article ``{stem}-{n}`` (n from 1), and it is no cluster line. Each part may
  open with header lines and a headline, as a ``.txt`` article does
  (:mod:`.txt`).
"""

from __future__ import annotations

import io
import itertools
import logging
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from storyweave.errors import BadInputError
from storyweave.ingest._headers import plain_article
from storyweave.ingest._text import FileArticles, RecordLines, file_id, paragraphs
from storyweave.model import Article, Batch, Cluster, Problem

logger = logging.getLogger(__name__)

SEPARATOR = "|||||"
# The dataset's preprocessed (truncated) release separates articles with this token instead.
_PREPROCESSED_SEPARATOR = "story_separator_special_tag"
_NEWLINE_TOKEN = "NEWLINE_CHAR"
NO_TEXT = f"no article text between the {SEPARATOR} separators"


def split_multinews(text: str, stem: str, origin: str | None = None) -> list[Article]:
    """Split Multi-News source text into its articles.

    Args:
        text: The articles, separated by ``|||||`` (or the preprocessed
            release's ``story_separator_special_tag``).
        stem: Prefix of the article ids.
        origin: Where the text came from, recorded on each article.

    Returns:
        One article per non-empty part, with ids ``{stem}-1``, ``{stem}-2``, ...

    Example:
        >>> [a.id for a in split_multinews("First story. ||||| Second NEWLINE_CHAR story.", "s")]
        ['s-1', 's-2']
    """
    text = text.replace(_PREPROCESSED_SEPARATOR, SEPARATOR)
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
        BadInputError: Not text, or no part holds any text.
    """
    return _joined(_stories(path, RecordLines(str(path), lambda: io.BytesIO(data))))


def _joined(stories: Iterable[FileArticles]) -> FileArticles:
    """What the story lines of a file hold, as one."""
    read = list(stories)
    return FileArticles(
        Batch(
            tuple(article for story in read for article in story.batch.articles),
            tuple(problem for story in read for problem in story.batch.problems),
        ),
        tuple(cluster for story in read for cluster in story.clusters),
    )


def read_text(path: Path, text: str) -> FileArticles:
    """Split the decoded text of a Multi-News file; see :func:`read`."""
    lines = [(number, line) for number, line in enumerate(text.split("\n"), 1) if line.strip()]
    if is_dataset_file(path) or _one_story_a_line(lines):
        read = [_story_line(path, number, line) for number, line in lines]
        articles = tuple(article for line in read for article in line.batch.articles)
        problems = tuple(problem for line in read for problem in line.batch.problems)
        contents = FileArticles(Batch(articles, problems), tuple(c for line in read for c in line.clusters))
    else:
        # Articles saved or pasted one after another: each may open with header lines and a headline, as a
        # plain-text file does (QA: a .multinews file's "date:" line became its article's headline).
        parsed, problems = [], []
        for part in split_multinews(text, file_id(path), str(path)):
            try:
                parsed.append(plain_article(part.text, part.id, str(path)))
            except BadInputError as exc:
                problems.append(Problem(exc.origin, f"article {part.id}: {exc.reason}"))
        articles = tuple(parsed)
        contents = FileArticles(Batch(articles, tuple(problems)))
    if not articles:
        raise BadInputError(str(path), NO_TEXT)
    return contents


def read_lazily(file: Path, path: Path) -> Iterator[FileArticles]:
    """Read a Multi-News file as :func:`read` reads it; a file of one story a line, a line at a time.

    A dataset file holds thousands of stories (``train.src``: 45,000 in 550 MB);
    only one line of it is held at a time, whatever its encoding. A file of
    one story is read whole: its articles are one story.

    Args:
        file: The file to open.
        path: Its name in origins, ids and messages (see :func:`read`).

    Yields:
        What each story line holds (or the whole file, for one story), in file order.

    Raises:
        BadInputError: As for :func:`read`, before any line is given.
    """
    yield from _stories(path, RecordLines(str(path), lambda: file.open("rb")))


def _stories(path: Path, lines: RecordLines) -> Iterator[FileArticles]:
    """What each story line of the file ``path`` holds, or the whole file's articles when it is one story.

    Each line is decoded on its own (see :class:`~storyweave.ingest._text.RecordLines`): a story line
    is a record, as a JSONL line is. A file of one story is its lines joined.

    Raises:
        BadInputError: No line holds an article; in a file of one story, a line that is not text.
    """
    if not (is_dataset_file(path) or _one_story_a_line(lines)):
        text = []
        for line in lines:
            if isinstance(line, Problem):  # part of an article: the story would be read without it
                raise BadInputError(line.origin, line.reason)
            text.append(line[1])
        yield read_text(path, "\n".join(text))
        return
    # A line without text is a problem of the file's only when some line has text (else the file is).
    held: list[FileArticles] | None = []
    for line in lines:
        story = FileArticles(Batch((), (line,))) if isinstance(line, Problem) else _story_line(path, *line)
        if held is None:
            yield story
        elif story.batch.articles:
            yield from held
            yield story
            held = None
        else:
            held.append(story)
    if held is not None:
        raise BadInputError(str(path), NO_TEXT)


def _one_story_a_line(lines: Iterable[tuple[int, str] | Problem]) -> bool:
    """Whether a file's non-blank lines are several, each with the separator: one story a line."""
    count = 0
    for line in lines:
        if isinstance(line, Problem) or SEPARATOR not in line[1]:
            return False
        count += 1
    return count > 1


def _story_line(path: Path, number: int, line: str) -> FileArticles:
    """The articles of story line ``number``: cluster ``{stem}-{number}``; a line without text is a problem."""
    cluster_id = f"{file_id(path)}-{number}"
    story = tuple(split_multinews(line, cluster_id, f"{path}:{number}"))
    problems = () if story else (Problem(f"{path}:{number}", NO_TEXT),)
    return FileArticles(Batch(story, problems), (cluster_id,) * len(story))


def is_dataset_file(path: Path) -> bool:
    """Whether ``path`` is named as the Multi-News dataset's source files are: ``*.src``, ``*.src.*``.

    The dataset ships ``train.src``/``val.src``/``test.src`` and cleaned copies
    such as ``train.src.cleaned``; their summaries are in ``*.tgt`` (not articles).

    Example:
        >>> [is_dataset_file(Path(name)) for name in ("test.src", "train.src.cleaned", "test.tgt")]
        [True, True, False]
    """
    return ".src" in (suffix.lower() for suffix in path.suffixes)


def read_clusters(path: str | os.PathLike[str], problems: list[Problem] | None = None) -> list[Cluster]:
    """Read a Multi-News file as clusters: each story line is one, a file of one story is one.

    As strict as :func:`storyweave.ingest.jsonl.read_clusters`: a story line
    without text raises, or with ``problems`` is skipped, logged and appended there.

    Args:
        path: A ``.multinews``, dataset (``*.src``) or ``.txt`` file of Multi-News text.
        problems: When given, collects one problem per skipped line instead of raising.

    Returns:
        The clusters in file order (a file of one story gives one, named by the
        file stem), without reference summaries.

    Raises:
        BadInputError: The file cannot be read, holds no text, or is a ``.txt``
            file without separators (one article); without ``problems``, also a
            story line without text.
    """
    path = Path(path)
    lines = RecordLines(str(path), lambda: path.open("rb"))
    if path.suffix.lower() == ".txt" and not any(
        not isinstance(line, Problem) and SEPARATOR in line[1] for line in lines
    ):
        raise BadInputError(
            str(path), f"not a cluster file: a .txt file without {SEPARATOR} separators is one article"
        )
    contents = _joined(_stories(path, lines))
    for problem in contents.batch.problems:
        if problems is None:
            raise BadInputError(problem.origin, problem.reason)
        problems.append(problem)
        logger.warning("skipped %s", problem)
    articles = contents.batch.articles
    if not contents.clusters:
        return [Cluster(file_id(path), articles)]
    runs = itertools.groupby(zip(articles, contents.clusters, strict=True), key=lambda pair: pair[1])
    return [Cluster(str(cluster_id), tuple(article for article, _ in run)) for cluster_id, run in runs]
