"""Plain-text articles: one ``.txt`` file per article, id = file stem.

A file may open with header lines, each at most once, in any order::

     date 2021-09-29 The article text may go on on the same line...
    date: 2021-09-29
    source: Outlet Name
    url: https://example.com/story
    title: The Headline

``date`` takes ``YYYY-MM-DD``, optionally with an ISO time after ``T``, with
or without a colon (the folder format of /work/shared/examples writes
`` date 2021-09-29`` with a leading space) and
whatever follows the date on its line is article text. With the colon, the
rest of the line is the date, in any form :func:`~storyweave.ingest._text.parse_date`
reads ("Date: Tue, 07 May 2024 10:00:00 GMT", "date: May 7, 2024"); one it
cannot read is a warning. ``source``, ``url`` and
``title`` need the colon, so a sentence that starts with "Source" is not taken
for a header. Header lines are read wherever they sit in the opening block of
the file: blank lines and up to two other short lines that do not read as
sentences (a byline "By Jane Roe", a headline) may come before or between them,
and stay in the text (where :mod:`storyweave.clean` drops a byline, with the
reason). The block ends at the first line of prose or the third other line.

Without a ``title:`` header, a short first line that does not read as a
sentence (see ``_is_headline``) is taken as the headline and removed from the
text. Paragraphs are normalised by :func:`storyweave.ingest._text.paragraphs`
(hard-wrapped files are re-joined).

A file holding ``|||||`` is Multi-News text (:mod:`.multinews`): several
articles saved or pasted one after another, each of which may open with its
own header lines and headline, unless the file holds one story per line.
"""

from __future__ import annotations

from pathlib import Path

from storyweave.ingest import multinews
from storyweave.ingest._headers import plain_article
from storyweave.ingest._text import FileArticles, decode_text, file_id
from storyweave.model import Batch


def read(path: Path, data: bytes) -> FileArticles:
    """Read one plain-text article, or a Multi-News file saved as ``.txt``.

    Args:
        path: The file (its stem is the article id).
        data: The file's bytes.

    Returns:
        The one article (or, for Multi-News text, one per document; see :mod:`.multinews`).

    Raises:
        BadInputError: Not readable as text (see ``decode_text``), or nothing but header lines.
    """
    text = decode_text(str(path), data)
    if multinews.SEPARATOR not in text:
        return FileArticles(Batch((plain_article(text, file_id(path), str(path)),)))
    return multinews.read_text(path, text)
