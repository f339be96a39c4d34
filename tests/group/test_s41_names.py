"""Session 41: an untitled article's name (``headline``) is its story's first sentence, as a reader reads it.

Pinned here: a photo credit run into the first sentence ("Neil Warner / Splash News Britney Spears'
handlers ...", Multi-News dev) is left out of the name; a photo's caption ("Shane Bauer (2nd L) ... sit with
their mothers ...") and CNN's "Story highlights" lines over the story do not name it; a sentence up to 140
characters is named whole, and a longer one by its opening clause, cut at a word.
"""

import pytest

from storyweave.group import headline
from storyweave.model import Article

FIRE = "A wildfire forced 2,000 people from their homes in Redwood on Tuesday, officials said."


@pytest.mark.parametrize(
    "credit", ["Jane Doe/Reuters ", "Neil Warner / Splash News ", "Photo credit: Ann Lee/AP Photos "]
)
def test_a_photo_credit_run_into_the_first_sentence_is_no_part_of_the_name(credit):
    assert headline(Article("a", f"{credit}{FIRE} Crews worked through the night.")) == FIRE


def test_a_slash_in_a_sentences_first_words_is_no_credit():
    sentence = "AC/DC Frontman Brian Johnson returned to the stage in Redwood on Tuesday."
    assert headline(Article("a", sentence)) == sentence


@pytest.mark.parametrize(
    "caption",
    [
        "A firefighter sprays water on a burning house in Redwood, California, on Tuesday.",
        "Mara Quill (2nd L) and Tomas Reyne (3rd R) sit with their neighbours in Redwood May 20, 2026.",
        "Fire chief Dana Holt, left, talks to reporters in Redwood.",
        "Mayor Ellis Brandt, seen here in 2024, ordered the evacuation.",
    ],
)
def test_a_photos_caption_does_not_name_the_story(caption):
    assert headline(Article("a", f"{caption}\n{FIRE}")) == FIRE


def test_a_partys_initial_and_a_past_arrival_are_no_caption():
    for sentence in (
        "Gov. Kristi Noem (R) is deploying National Guard troops to Texas, she announced Tuesday.",
        "The flight was scheduled to arrive in Paris on June 1, 2009.",
    ):
        assert headline(Article("a", sentence)) == sentence


def test_story_highlights_over_the_story_do_not_name_it():
    highlights = (
        "Story highlights Crews say the fire is half contained\nNEW: A second evacuation order is issued\n"
    )
    assert headline(Article("a", f"{highlights}{FIRE}\nCrews worked through the night.")) == FIRE


def test_a_first_sentence_is_whole_up_to_140_characters_and_a_longer_one_is_cut_to_a_clause():
    whole = (
        "An influential lawmaker from the governing Labor Party on Saturday backed Spanish requests to"
        " question Chilean dictator Augusto Pinochet."
    )
    assert len(whole) <= 140 and headline(Article("a", whole)) == whole
    long = (
        "Turkey's government collapsed Wednesday after losing a confidence vote in parliament over a"
        " corruption scandal that has rocked the country for months."
    )
    name = headline(Article("b", long))
    assert name == (
        "Turkey's government collapsed Wednesday after losing a confidence vote in parliament over a"
        " corruption scandal…"
    )
    # The story list names a stored story by reading its articles' names again: a name reads as itself.
    assert headline(Article("c", name)) == name
    # No clause is cut after a preposition ("a massacre in…"): the cut falls at a word instead.
    survivor = (
        "A 42-year-old man who says he is the lone survivor of a massacre in which 13 ethnic Albanians were"
        " summarily shot and killed in this village spoke on Friday."
    )
    assert headline(Article("d", survivor)) == (
        "A 42-year-old man who says he is the lone survivor of a massacre in which 13 ethnic Albanians were"
        " summarily shot and killed in this…"
    )


def test_the_name_is_looked_for_under_a_stack_of_page_furniture_and_its_dateline() -> None:
    furniture = (
        "CLOSE Fire chief Dana Holt says the wind turned. Buzz60\n"
        "Mayor Ellis Brandt, seen here in 2024, ordered the evacuation. (Photo: Ann Lee, Lakeline/AP)\n"
        "Fire chief Dana Holt, left, talks to reporters in Redwood.\n"
        "REDWOOD, Calif. (AP) — "
    )
    assert headline(Article("a", f"{furniture}{FIRE}\nCrews worked through the night.")) == FIRE
