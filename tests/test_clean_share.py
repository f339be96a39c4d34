"""A prompt to share the article, glued to the end of a paragraph of news, is cut out; prose about sharing stays."""

import pytest

from storyweave.clean import clean
from storyweave.model import Article

NEWS = "The blaze has scorched 15,000 hectares since Friday, according to firefighters."


@pytest.mark.parametrize(
    "prompt",
    [
        "Enjoy this article? Share it on Facebook.",  # QA: /tmp/s11/qa/in/mn/fire.txt
        "Did you like this story? Please share it with your friends!",
        "Loved this piece? Share it via email",
        "Share this story on Twitter and LinkedIn.",
        "Share it on social media.",
    ],
)
def test_a_share_prompt_after_the_news_is_cut_and_the_news_kept(prompt):
    cleaned = clean(Article("a", f"{NEWS} {prompt}\nCrews expect rain on Monday."))

    assert cleaned.text == f"{NEWS}\nCrews expect rain on Monday."
    assert [(line.text, line.reason) for line in cleaned.removed] == [(prompt, "share prompt")]


def test_a_paragraph_of_nothing_but_a_share_prompt_goes_whole():
    cleaned = clean(Article("a", f"{NEWS}\nFound this helpful? Share it with your followers."))

    assert cleaned.text == NEWS
    assert [line.reason for line in cleaned.removed] == ["share prompt"]


@pytest.mark.parametrize(
    "prose",
    [
        "Shares in Acme fell 3% after Facebook said it would stop buying its chips.",
        "The mayor urged residents to share it on Facebook if they saw the missing dog.",
        "Police asked anyone with footage to share it with detectives.",
        'The company will share its data with regulators. "Share it with the world," the founder said.',
        "Did you enjoy this year's festival? Organisers asked 2,000 visitors.",
        "Share your photos of the storm with us was the slogan of the campaign.",
    ],
)
def test_prose_about_sharing_is_kept(prose):
    cleaned = clean(Article("a", f"{NEWS} {prose}"))

    assert cleaned.text == f"{NEWS} {prose}"
    assert cleaned.removed == ()
