"""Session 42: a photo's caption is cut once, by cleaning, with one definition (clean.is_caption) that the story
names and the cross-check share; a sentence that merely mentions a photo is the story's and stays.

The captions are those that reached Multi-News dev summaries ("Shane Bauer (2nd L) ... sit with their mothers
...", "A woman waves the Egyptian flag during a protest ...", "Buy Photo Workers cover up the name ..."), with
the people and places changed."""

from __future__ import annotations

import datetime as dt

import pytest

from storyweave.clean import clean, is_caption
from storyweave.crosscheck import dates
from storyweave.crosscheck._facts import is_statement
from storyweave.group import headline
from storyweave.model import Article
from storyweave.segment import segment

STORY = "Mayor Ellis Brandt ordered the evacuation of Redwood on Tuesday, officials said."
CAPTIONS = (
    "Mara Quill (2nd L) and Tomas Reyne (3rd R) sit with their neighbours in Redwood May 20, 2026.",
    "A woman waves the town flag during a protest outside Redwood's city hall.",
    "Dana Holt attends a screening in Lakeline.",
    "A member of the Redwood Red Cross walks among tents at the fairground in Lakeline (Ann Lee/AP)",
    "Buy Photo Workers cover up the name on the hall in Redwood on Monday, Aug. 15, 2026.",
    "This undated handout photo shows the dam above Redwood.",
    "This Sept. 30, 2003, file photo, shows the hall in Redwood.",
)
PROSE = (
    "The photo was taken on Tuesday, police said.",
    "Police released an undated photo of the suspect.",
    "Strong currents and towering waves as high as 4 meters have slowed the search.",
    "The state stands ready to offer any support.",
    "Mayor Ellis Brandt speaks at a rally in Redwood, his office said.",
    "The other suspect is a 15-year-old boy who attends the school.",
)


@pytest.mark.parametrize("caption", CAPTIONS)
def test_a_caption_is_one_for_every_stage(caption):
    assert is_caption(caption)
    assert not is_statement(caption)
    # A line with no full stop runs into the line below it when a story is named from raw text: not this test's.
    if caption.endswith("."):
        assert headline(Article("a", f"{caption}\n{STORY}")) == STORY


@pytest.mark.parametrize("sentence", PROSE)
def test_a_sentence_that_mentions_a_photo_or_acts_in_the_present_is_prose(sentence):
    assert not is_caption(sentence)
    assert clean(Article("a", f"{sentence} {STORY}")).text == f"{sentence} {STORY}"


@pytest.mark.parametrize("caption", CAPTIONS)
def test_cleaning_drops_a_caption_over_the_story(caption):
    cleaned = clean(Article("a", f"{caption}\n{STORY}\nCrews worked through the night."))
    assert cleaned.text == f"{STORY}\nCrews worked through the night."
    assert caption in [line.text for line in cleaned.removed]


# The caption paragraph rules for the last two ("buy photo.{0,300}", "this undated handout photo shows .{1,400}")
# take a short story run into the caption with it: left as they were.
@pytest.mark.parametrize("caption", CAPTIONS[:4])
def test_cleaning_cuts_a_caption_run_into_the_story(caption):
    cleaned = clean(Article("a", f"{caption} {STORY}\nCrews worked through the night."))
    assert cleaned.text == f"{STORY}\nCrews worked through the night."
    assert [(line.text, line.reason) for line in cleaned.removed] == [(caption, "photo caption")]


def test_a_caption_under_a_credit_is_cut_with_it():
    cleaned = clean(
        Article("a", f"Ann Lee / AFP / Getty Images Pope Leo prays at the cathedral in Redwood.\n{STORY}")
    )
    assert cleaned.text == STORY


def test_a_photo_desks_label_and_highlights_label_inside_a_paragraph_are_cut():
    text = (
        "The town will repay the donation. (Photo: Ann Lee / The Redwood Ledger)Buy Photo Story Highlights"
        " The hall opened in 1935.\nThe hall was renamed in 2002."
    )
    assert clean(
        Article("a", text)
    ).text == "The town will repay the donation. The hall opened in 1935.\n" + (
        "The hall was renamed in 2002."
    )


def test_a_gallery_that_counts_its_slides_before_show_caption_is_dropped():
    gallery = (
        "Photos: The Life of Mayor Ellis Brandt The mayor served from 1989 to 1993. Mr. Brandt waved to the"
        " crowd on Feb. 15, 1989. Ann Lee/Associated Press 1 of 20 • • • 1 of 20 Show Caption Mr. Brandt"
        " waved to the crowd on Feb. 15, 1989. Ann Lee/Associated Press"
    )
    assert clean(Article("a", f"{STORY}\n{gallery}\nCrews worked through the night.")).text == (
        f"{STORY}\nCrews worked through the night."
    )


def test_a_caption_left_in_an_undated_articles_text_dates_it_as_a_removed_one_does_but_a_file_photo_does_not():
    # Multi-News dev: the hikers' undated story dated "in February" from its caption's "May 20, 2010".
    caption = "Mara Quill (2nd L) and Tomas Reyne (3rd R) sit with their neighbours in Redwood May 20, 2026."
    story = "The mayor suggested in February that the dam might be rebuilt."
    docs = [segment(Article("a", f"{caption}\n{story}"))]
    assert dates.references(docs)["a"] == dates.Reference(dt.date(2026, 5, 20), estimated=True)
    file_photo = "In this May 20, 2019, file photo, Mara Quill sits with her neighbours in Redwood."
    assert dates.references([segment(Article("a", f"{file_photo}\n{story}"))])["a"] is None
