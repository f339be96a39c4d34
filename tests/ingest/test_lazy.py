"""Reading a feed one article at a time, and putting it in date order without holding it."""

import datetime as dt
import gc
import json
import random
import tempfile
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
    "UTF-16 not valid": '{"id": "a", "text": "One."}\n'.encode("utf-16") + b"\x00\xd8\x41",
    "UTF-16 without a byte-order mark": '{"id": "a", "text": "One."}\n'.encode("utf-16-le"),
    "no line readable apart": b'{"text": "\xd0\xf0\xe8\xe2"}\n{"text": "\x81"}\n',
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


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252", "utf-16"])
def test_a_feed_is_read_one_line_at_a_time_in_any_encoding(tmp_path, encoding):
    # QA: a feed that was not UTF-8 (Windows-1252, or UTF-16) was read whole into memory.
    path = tmp_path / "feed.jsonl"
    lines = _feed_lines(50, seed=1) + [json.dumps({"id": "café", "text": "Café crème."}, ensure_ascii=False)]
    path.write_text("\n".join(lines) + "\n", encoding=encoding)
    articles = read_lazily([path], [])

    first = next(articles)
    # Lines added after the first article was read are still read: the file was not read whole.
    with path.open("a", encoding="utf-16-le" if encoding == "utf-16" else encoding) as feed:
        feed.write(json.dumps({"id": "late", "text": "Added while the feed was being read."}) + "\n")

    assert first.id == "f0"
    assert [(article.id, article.text) for article in articles][-2:] == [
        ("café", "Café crème."),
        ("late", "Added while the feed was being read."),
    ]


def test_a_multinews_dataset_file_is_read_one_story_line_at_a_time(tmp_path):
    # QA: a Multi-News dataset file (train.src: 45,000 stories) was read whole into memory.
    path = tmp_path / "train.src"
    path.write_bytes(b"Caf\xe9 opens. ||||| A caf\xe9 opened. |||||\n ||||| \nRain falls. |||||\n")
    problems = []
    articles = read_lazily([path], problems)

    first = next(articles)
    with path.open("ab") as stories:
        stories.write(b"Added late. |||||\n")

    assert (first.id, first.text) == ("train-1-1", "Café opens.")
    assert [article.id for article in articles] == ["train-1-2", "train-3-1", "train-4-1"]
    assert [str(problem) for problem in problems] == [
        f"{path}:2: no article text between the ||||| separators"
    ]


def test_a_line_added_in_another_encoding_after_the_check_is_a_problem(tmp_path):
    # QA: the line was decoded as the file's first lines were, and a UnicodeDecodeError ended the command.
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(_feed_lines(3, seed=1)) + "\n")
    problems = []
    articles = read_lazily([path], problems)

    next(articles)
    with path.open("ab") as feed:
        feed.write(b'{"id": "late", "text": "\xd0\xf0\xe8\xe2\xe5\xf2"}\n')

    assert [article.id for article in articles] == ["f1", "f2"]
    assert [str(problem).split(" (")[0] for problem in problems] == [f"{path}:4: not valid UTF-8 text"]


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
    # Oldest first, each date in input order, undated with the newest (the feed's folder holds no other).
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(_feed_lines(200, seed=2)) + "\n")
    articles = read_articles([path]).articles
    newest = max(a.date for a in articles if a.date)
    expected = sorted(articles, key=lambda a: a.date or newest)

    with in_date_order(read_lazily([path], [])) as dated:
        assert len(dated) == 200
        assert list(dated) == expected
        assert list(dated) == expected  # read again, the same


def test_an_undated_article_comes_with_the_newest_of_its_own_folder(tmp_path):
    old, new = tmp_path / "2021-story", tmp_path / "2026-story"
    old.mkdir(), new.mkdir()
    (old / "a.txt").write_text(" date 2021-09-29\nThe memorial was held on Wednesday.\n")
    (old / "b.txt").write_text("The memorial, held on Wednesday, drew friends.\n")
    (old / "c.txt").write_text(" date 2021-02-21\nToday was the due date.\n")
    (new / "d.txt").write_text(" date 2026-03-11\nA fire destroyed a warehouse.\n")
    (new / "e.txt").write_text("The warehouse fire was put out.\n")
    (tmp_path / "f.txt").write_text("A folder of its own, with no dated article.\n")

    with in_date_order(read_lazily([old, new, tmp_path / "f.txt"], [])) as dated:
        order = [(article.id, article.date) for article in dated]

    # Before, both undated articles came after the 2026 one, when the 2021 story had gone stale.
    assert order == [
        ("c", dt.date(2021, 2, 21)),
        ("a", dt.date(2021, 9, 29)),
        ("b", None),
        ("d", dt.date(2026, 3, 11)),
        ("e", None),
        ("f", None),
    ]


def test_an_undated_line_of_a_feed_comes_with_the_newest_of_its_own_feed(tmp_path):
    # Found by QA: two feeds of one folder counted as one folder, so an undated line of the 2021 feed came
    # with the 2026 feed's articles, after its own story had gone stale.
    old, new = tmp_path / "2021.jsonl", tmp_path / "2026.jsonl"
    old.write_text(
        '{"id": "a", "text": "A memorial was held.", "date": "2021-09-29"}\n'
        '{"id": "b", "text": "The memorial drew friends."}\n'
        '{"id": "c", "text": "It was the due date.", "date": "2021-02-21"}\n'
    )
    new.write_text(
        '{"id": "d", "text": "A warehouse burned.", "date": "2025-06-01"}\n'
        '{"id": "e", "text": "Fire."}\n{"id": "f", "text": "Fire again.", "date": "2026-03-11"}\n'
    )

    with in_date_order(read_lazily([old, new], [])) as dated:
        order = [(article.id, article.date) for article in dated]

    assert order == [
        ("c", dt.date(2021, 2, 21)),
        ("a", dt.date(2021, 9, 29)),
        ("b", None),
        ("d", dt.date(2025, 6, 1)),
        ("e", None),
        ("f", dt.date(2026, 3, 11)),
    ]


def test_an_undated_article_with_no_origin_comes_after_every_dated_one():
    # Found by QA: articles made in Python (no origin) counted as one folder, so an undated one came with
    # the newest dated ones, in input order among them: before a dated article that follows it.
    articles = [
        Article("x", "Undated."),
        Article("a", "Old.", date=dt.date(2024, 1, 1)),
        Article("b", "New.", date=dt.date(2024, 1, 2)),
    ]

    with in_date_order(articles) as dated:
        assert [article.id for article in dated] == ["a", "b", "x"]


def test_an_undated_article_joins_the_story_of_its_dated_folder_mates(tmp_path):
    from storyweave import api

    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir(), new.mkdir()
    memorial = "Chrissy Teigen and John Legend held a memorial for their son Jack in Los Angeles"
    (old / "a.txt").write_text(f" date 2021-09-29\n{memorial} on Wednesday.\n")
    (old / "b.txt").write_text(f"{memorial}, with Luna and Miles.\n")
    (new / "c.txt").write_text(
        " date 2026-03-11\nFire destroyed the Pier 7 cold-storage warehouse in Wrenport.\n"
    )

    api.ingest_files([old, new], tmp_path / "sw.db", progress=False)

    stories = {story.article_ids: story for story in api.stories(tmp_path / "sw.db")}
    assert set(stories) == {("a", "b"), ("c",)}


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
    assert caplog.messages[-1] == f"renamed 1 repeated article id: a -> a-3 ({feed}:2)"


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


def test_articles_wait_compressed(monkeypatch):
    # A feed's articles wait on disk until all are read: compressed, a feed needs about half its size there.
    files = []
    make_file = tempfile.TemporaryFile

    def kept_file(*args, **kwargs):
        files.append(make_file(*args, **kwargs))
        return files[-1]

    monkeypatch.setattr(tempfile, "TemporaryFile", kept_file)
    text = " ".join(f"The council met on day {i} and voted on the harbour budget." for i in range(200))
    articles = [Article(f"c{i}", text, date=dt.date(2024, 1, 1 + i)) for i in range(20)]
    with in_date_order(articles) as dated:
        size = files[0].seek(0, 2)
        assert [article.text for article in dated] == [text] * 20
    assert size < 20 * len(text.encode()) / 2


def test_a_byte_order_mark_before_a_code_page_letter_is_read_as_a_whole_file_is(tmp_path):
    # The mark's three bytes and "É" made four non-ASCII bytes in a row, and the file was refused as not text.
    path = tmp_path / "test.src"
    path.write_bytes(b"\xef\xbb\xbf\xc9t\xe9 chaud. |||||\nCaf\xe9 cr\xe8me. |||||\n")
    problems = []

    articles = list(read_lazily([path], problems))

    assert problems == []
    assert [a.text for a in articles] == ["Été chaud.", "Café crème."]
