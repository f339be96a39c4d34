"""Session 40: a stored untitled story whose earliest article opens with a section label is named, in the story list
and in its report, by the article's first sentence of prose."""

import json
from pathlib import Path

from storyweave import api

from .test_s40_untitled_name import ARTICLES

FIRST_SENTENCE = "A fire destroyed the historic Seaview Pier in Brightmoor on Monday night, leaving only its iron frame standing."


def test_a_label_before_the_earliest_articles_first_sentence_names_no_stored_story(tmp_path: Path) -> None:
    folder = tmp_path / "pier"
    folder.mkdir()
    for name, text in ARTICLES.items():
        if name == "a1":
            date_line, source_line, body = text.split("\n", 2)
            text = f"{date_line}\n{source_line}\nCOASTAL FIRES\n{body}"
        (folder / f"{name}.txt").write_text(text)
    db = tmp_path / "stories.db"
    api.ingest_files([folder], db, progress=False)
    (story,) = api.stories(db)
    assert story.headline == FIRST_SENTENCE
    assert json.loads(api.report_story(db, story.id, fmt="json"))["title"] == FIRST_SENTENCE
