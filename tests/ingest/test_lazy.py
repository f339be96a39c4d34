"""Reading a feed one article at a time, and putting it in date order without holding it."""

import datetime as dt
import gc
import json
import random
import weakref

import pytest

from storyweave.ingest import in_date_order, read_articles, read_lazily
from storyweave.model import Article


def _feed_lines(n, seed):
    """``n`` article lines, dated over a few days in shuffled order, a tenth undated."""
    rng = random.Random(seed)
    lines = []
    for i in range(n):
        date = None if i % 10 == 0 else f"2024-03-{1 + rng.randrange(5):02d}"
        lines.append(json.dumps({"id": f"f{i}", "text": f"Article number {i} of the feed.", "date": date}))
    return lines


# Each case is a file's bytes; read lazily, it must give what read_articles gives, problem for problem.
CASES = {
    "articles, clusters, blank and bad lines": (
        b'{"id": "a", "text": "One.", "date": "2024-01-02"}\n\n'
        b'{"id": "c", "documents": [{"text": "Two."}, {"title": "no text"}, {"text": "Three."}]}\n'
        b"not json\n"
        b'["a list"]\n'
        b'{"documents": []}\n'
        b'{"text": "Four, no id, no final newline."}'
    ),
    "byte-order mark and CRLF": b'\xef\xbb\xbf{"id": "a", "text": "One."}\r\n{"id": "b", "text": "Two."}\r\n',
    "one line not UTF-8 (each line read apart)": (
        b'{"id": "a", "text": "One."}\n{"id": "b", "text": "\xd0\xf0\xe8\xe2\xe5\xf2 \xff\xfe"}\n'
        b'{"id": "c", "text": "Three."}\n'
    ),
    "Windows-1252 throughout": b'{"id": "a", "text": "Caf\xe9."}\n{"id": "b", "text": "Gr\xfc\xdfe."}\n',
    "UTF-16": '{"id": "a", "text": "One."}\n'.encode("utf-16"),
    "only whitespace": b"  \n\n",
    "binary": b'{"id": "a", "text": "One."}\n\x00\x01\n',
}


@pytest.mark.parametrize("data", CASES.values(), ids=CASES.keys())
def test_reading_lazily_gives_what_reading_whole_gives(tmp_path, data):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(data)
    problems = []

    articles = list(read_lazily([path], problems))

    expected = read_articles([path])
    assert articles == list(expected.articles)
    assert problems == list(expected.problems)


def test_a_feed_is_read_one_line_at_a_time(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(_feed_lines(50, seed=1)) + "\n")
    articles = read_lazily([path], [])

    first = next(articles)
    # Lines added after the first article was read are still read: the file was not read whole.
    with path.open("a") as feed:
        feed.write(json.dumps({"id": "late", "text": "Added while the feed was being read."}) + "\n")

    assert first.id == "f0"
    assert [article.id for article in articles][-2:] == ["f49", "late"]


def test_folders_and_files_are_read_in_input_order_with_their_problems(tmp_path):
    (tmp_path / "b.txt").write_text("Second file.")
    (tmp_path / "a.txt").write_text("First file.")
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "j", "text": "From the feed."}\n{broken\n')
    problems = []

    articles = read_lazily([feed, tmp_path, tmp_path / "missing.txt"], problems)

    assert [article.id for article in articles] == ["j", "a", "b"]
    # As read_articles: paths that are not there are found before any file is read.
    assert [str(problem) for problem in problems] == [
        f"{tmp_path / 'missing.txt'}: no such file or directory",
        f"{feed}:2: malformed JSON (Expecting property name enclosed in double quotes at column 2)",
    ]


def test_in_date_order_is_the_grouper_order_of_any_input_order(tmp_path):
    # Oldest first, undated last, each date in input order: as api.ingest sorted a batch in memory.
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(_feed_lines(200, seed=2)) + "\n")
    expected = sorted(read_articles([path]).articles, key=lambda a: a.date or dt.date.max)

    with in_date_order(read_lazily([path], [])) as dated:
        assert len(dated) == 200
        assert list(dated) == expected
        assert list(dated) == expected  # read again, the same


def test_in_date_order_renames_repeated_ids_as_read_articles_does(tmp_path, caplog):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"id": "a", "text": "Late.", "date": "2024-05-09"}\n'
        '{"id": "a", "text": "Early.", "date": "2024-05-01"}\n'
        '{"id": "a-2", "text": "Middle.", "date": "2024-05-05"}\n'
    )

    with in_date_order(read_lazily([feed], [])) as dated:
        articles = [(article.id, article.text) for article in dated]

    assert articles == [("a-3", "Early."), ("a-2", "Middle."), ("a", "Late.")]
    assert sorted(a.id for a in read_articles([feed]).articles) == ["a", "a-2", "a-3"]
    assert caplog.messages[-1] == f"renamed 1 repeated article ids: a -> a-3 ({feed}:2)"


def test_in_date_order_holds_no_article_in_memory():
    # Every article made is watched: once put aside on disk, none may stay alive.
    watched = []

    def made():
        for i in range(100):
            article = Article(f"m{i}", f"Text {i}.", date=dt.date(2024, 1, 1 + i % 28))
            watched.append(weakref.ref(article))
            yield article

    with in_date_order(made()) as dated:
        gc.collect()
        assert len(watched) == 100
        assert [ref() for ref in watched if ref() is not None] == []
        assert [article.id for article in dated][:3] == ["m0", "m28", "m56"]
