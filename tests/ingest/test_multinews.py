import datetime as dt

from storyweave.ingest import read_articles, read_story, split_multinews

SOURCE = (
    "A man was arrested on Monday. NEWLINE_CHAR NEWLINE_CHAR Police said he was armed. ||||| "
    "  |||||  The suspect appeared in court on Tuesday. ||||| "
)


def test_split_multinews_gives_one_article_per_non_empty_part():
    articles = split_multinews(SOURCE, "story")

    assert [article.id for article in articles] == ["story-1", "story-2"]
    assert articles[0].text == "A man was arrested on Monday.\nPolice said he was armed."
    assert articles[1].text == "The suspect appeared in court on Tuesday."


def test_multinews_and_txt_with_separator_are_split(tmp_path):
    (tmp_path / "a.multinews").write_text(SOURCE)
    (tmp_path / "b.txt").write_text(SOURCE)

    batch = read_articles([tmp_path])

    assert [article.id for article in batch.articles] == ["a-1", "a-2", "b-1", "b-2"]
    assert batch.articles[2].origin == str(tmp_path / "b.txt")


def test_each_article_of_a_multinews_file_of_one_story_may_open_with_header_lines(tmp_path):
    # QA: a .multinews file's "date:" line became its article's headline and a timeline event, and no outlet
    # was named, while the same text saved as .txt or pasted was read with its headers.
    text = (
        "date: 2026-08-17\nsource: Dravna Observer\ntitle: Six dead after mine collapse\n"
        "Six miners were killed on Monday.\n|||||\n"
        "date: 2026-08-18\nsource: Eastern Wire\nDeath toll rises to seven at the mine\n"
        "The toll rose to seven on Tuesday.\n|||||\n"
        "source: Only Headers\n"
    )
    (tmp_path / "mine.multinews").write_text(text)
    (tmp_path / "copy.txt").write_text(text)

    for name in ("mine.multinews", "copy.txt"):
        batch = read_articles([tmp_path / name])
        assert [(a.source, a.date, a.title, a.text) for a in batch.articles] == [
            (
                "Dravna Observer",
                dt.date(2026, 8, 17),
                "Six dead after mine collapse",
                "Six miners were killed on Monday.",
            ),
            (
                "Eastern Wire",
                dt.date(2026, 8, 18),
                "Death toll rises to seven at the mine",
                "The toll rose to seven on Tuesday.",
            ),
        ]
        stem = name.split(".")[0]
        assert [str(p) for p in batch.problems] == [f"{tmp_path / name}: article {stem}-3: no article text"]


def test_multinews_src_files_are_read_one_story_per_line(tmp_path):
    # QA: `test.src` and `train.src.cleaned` (the dataset's raw files) were refused as unknown types. The raw
    # files end every document with "|||||", so a line of one document holds the separator once.
    lines = (
        "A man was arrested on Monday. NEWLINE_CHAR Police said he was armed. ||||| Court on Tuesday. |||||\n"
        "A quake hit Padang. |||||\n"
    )
    (tmp_path / "test.src").write_text(lines)
    (tmp_path / "train.src.cleaned").write_text(lines)
    (tmp_path / "test.tgt").write_text("– A summary, not an article.\n")

    batch = read_articles([tmp_path / "test.src", tmp_path / "train.src.cleaned"])
    in_folder = read_articles([tmp_path])

    assert batch.problems == ()
    assert [(a.id, a.origin) for a in batch.articles] == [
        ("test-1-1", f"{tmp_path / 'test.src'}:1"),
        ("test-1-2", f"{tmp_path / 'test.src'}:1"),
        ("test-2-1", f"{tmp_path / 'test.src'}:2"),
        ("train.src-1-1", f"{tmp_path / 'train.src.cleaned'}:1"),
        ("train.src-1-2", f"{tmp_path / 'train.src.cleaned'}:1"),
        ("train.src-2-1", f"{tmp_path / 'train.src.cleaned'}:2"),
    ]
    assert batch.articles[0].text == "A man was arrested on Monday.\nPolice said he was armed."
    # A folder holds them too; the summaries file (.tgt) is no article file and is left alone.
    assert [a.id for a in in_folder.articles] == [a.id for a in batch.articles]
    assert in_folder.problems == ()


def test_a_one_line_src_file_is_one_cluster_line(tmp_path):
    path = tmp_path / "val.src"
    path.write_text("A quake hit Padang. ||||| Rescuers searched the rubble. |||||\n")

    batch = read_story([path], cluster="val-1")

    assert [a.id for a in batch.articles] == ["val-1-1", "val-1-2"]


def test_the_preprocessed_release_separator_splits_articles_too(tmp_path):
    # The dataset's truncated release (`test.txt.src.tokenized.fixed.cleaned.final.truncated.txt`-style files)
    # separates articles with a token instead of "|||||".
    path = tmp_path / "test.src"
    path.write_text("a quake hit padang . story_separator_special_tag rescuers searched the rubble .\n")

    batch = read_articles([path])

    assert [a.text for a in batch.articles] == ["a quake hit padang .", "rescuers searched the rubble ."]
