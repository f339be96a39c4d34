"""Session 40: a stored story without headlines is named alike by the story list and by its report, at any budget."""

import json
from pathlib import Path

from storyweave import api

ARTICLES = {
    "a1": (
        "date: 2026-04-14\nsource: Coastal News\n"
        "A fire destroyed the historic Seaview Pier in Brightmoor on Monday night, leaving only its iron frame"
        " standing.\n\nFirefighters from three stations fought the blaze for six hours. No one was hurt.\n\n"
        "The pier, built in 1896, had been closed for repairs since January.\n"
    ),
    "a2": (
        "date: 2026-04-14\nsource: Brightmoor Echo\n"
        "Brightmoor's 130-year-old Seaview Pier burned down overnight in a blaze that lit up the seafront.\n\n"
        "Fire crews said the cause of the fire was not yet known. Nobody was injured.\n"
    ),
    "a3": (
        "date: 2026-04-15\nsource: Southern Wire\n"
        "Police are investigating whether the fire that destroyed Seaview Pier in Brightmoor was started"
        " deliberately.\n\nThe pier had been closed for repairs since January, and its owners said it was insured.\n"
    ),
    "a4": (
        "date: 2026-04-15\nsource: Regional Radio\n"
        "The owners of Brightmoor's Seaview Pier said on Tuesday they hoped to rebuild it after Monday night's"
        " fire.\n\nFirefighters fought the blaze for six hours, and no one was hurt.\n"
    ),
}


def test_the_list_and_the_report_name_an_untitled_story_alike(tmp_path: Path) -> None:
    folder = tmp_path / "pier"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / f"{name}.txt").write_text(text)
    db = tmp_path / "stories.db"
    api.ingest_files([folder], db, progress=False)
    (story,) = api.stories(db)
    titles = {
        json.loads(api.report_story(db, story.id, words=words, fmt="json"))["title"] for words in (120, 10)
    }
    assert titles == {story.headline}
