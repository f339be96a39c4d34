"""Session 41: datelines that opened untitled story names (Multi-News dev) are read as datelines.

Pins that an agency's mark needs no dash after it nor a place before it ("Seoul (CNN)North ...", "(CNN) A woman
..."), a station's mark may hold a number ("ALBANY, NY (NEWS 10) – "), and an em dash may touch the first word
("CAIRO—The ..."): the dateline leaves the first sentence and the story's name, and prose is left alone.
"""

import pytest

from storyweave.group import headline
from storyweave.model import Article
from storyweave.segment import dateline_length, segment

_SENTENCE = "A woman wounded three people at the depot in Marrow on Tuesday, police said."


@pytest.mark.parametrize(
    "dateline",
    ["Seoul (CNN)", "(CNN) ", "(CNN) -- ", "ALBANY, NY (NEWS 10) – ", "CAIRO—", "NAIROBI, Kenya (AP) _ "],
)
def test_a_dateline_leaves_the_first_sentence_and_the_name(dateline: str) -> None:
    article = Article("a", f"{dateline}{_SENTENCE} Crews came.")
    assert segment(article).sentences[0].text == _SENTENCE
    assert headline(article) == _SENTENCE


@pytest.mark.parametrize(
    "prose", ["The Senate — in a vote — passed it.", "(The plan) was dropped.", "John Smith (right) spoke."]
)
def test_prose_opens_with_no_dateline(prose: str) -> None:
    assert dateline_length(prose) == 0
