"""Session 41: CNN's "Story highlights" first line over a plain-text story is no headline: the story is untitled,
and its name is its first sentence (``storyweave.group.headline``, tests/group/test_s41_names.py)."""

from storyweave.group import headline
from storyweave.ingest._headers import plain_article


def test_a_story_highlights_line_is_no_headline() -> None:
    text = (
        "Story highlights The fire burned orchards near Calden\nNEW: Containment expected Thursday\n"
        "A grass fire near Calden burned 55 hectares of orchards on Tuesday.\n"
    )
    article = plain_article(text, "lantern", "lantern.txt")
    assert article.title is None
    assert headline(article) == "A grass fire near Calden burned 55 hectares of orchards on Tuesday."
