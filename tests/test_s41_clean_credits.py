"""Session 41: cleaning cuts a photo credit run into a paragraph's first sentence and keeps the sentence.

Pins that "Image: Tor Asker/Isle Gazette Some 2,600 commuters ..." loses only its credit (the labelled credit
rule took the whole paragraph, and its 2,600 with it), that a credit standing alone still goes whole, and that
the story's name is read after the credit (one definition, :func:`storyweave.clean.glued_credit_length`).
"""

from storyweave.clean import clean, debris_reason
from storyweave.group import headline
from storyweave.model import Article, RemovedLine

_FERRY = "Some 2,600 commuters were stranded on Monday when ferry crews walked out."


def test_a_labelled_credit_run_into_a_sentence_is_cut_and_the_sentence_kept() -> None:
    cleaned = clean(Article("a", f"Image: Tor Asker/Isle Gazette {_FERRY}\nThe union called the strike."))
    assert cleaned.text == f"{_FERRY}\nThe union called the strike."
    assert cleaned.removed == (RemovedLine("Image: Tor Asker/Isle Gazette", "photo credit"),)


def test_the_sentence_after_a_glued_credit_is_no_debris() -> None:
    assert debris_reason(f"Photo: Jane Doe/Reuters {_FERRY}") is None


def test_a_credit_on_its_own_line_still_goes_whole() -> None:
    cleaned = clean(Article("a", f"Photo: Jane Doe/Reuters\n{_FERRY}"))
    assert cleaned.text == _FERRY
    assert [line.reason for line in cleaned.removed] == ["photo credit"]


def test_a_paper_named_in_the_credit_is_no_part_of_the_story_name() -> None:
    assert headline(Article("a", f"Image: Tor Asker/Isle Gazette {_FERRY}")) == _FERRY
