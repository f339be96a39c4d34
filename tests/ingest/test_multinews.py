from storyweave.ingest import read_articles, split_multinews

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
