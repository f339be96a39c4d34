"""A claim cites no outlet whose sentence states only a part of it: a missing clause with its time, a
missing name; one naming a person more briefly, or saying the same in other words, still carries it."""

from storyweave.align import align
from storyweave.model import Article
from storyweave.segment import segment

POLLS = "Polls closed at 8 p.m. on Tuesday, and counting began at 9 p.m."
VERDICT = "The verdict was read at 3:15 p.m. in the courtroom of Superior Court Judge Samuel Okonjo."


def _sources(*texts: str, center: int = 0) -> tuple[str, ...]:
    """The articles ``align`` cites for the first sentence of text ``center`` as a summary sentence."""
    docs = [segment(Article(f"a{n}", text, source=f"Outlet {n}")) for n, text in enumerate(texts)]
    return align(docs, centers=[f"a{center}#0"]).sources_of(docs[center].sentences[0])


def test_a_sentence_without_the_clause_and_time_is_no_source_for_the_whole():
    # The member lacks "counting began at 9 p.m.": three stems, one of them a figure (found by QA).
    restated = "Counting began at 9 p.m. on Tuesday, an hour after polls closed at 8 p.m."
    assert _sources(POLLS, "Polls closed at 8 p.m. on Tuesday.", restated) == ("a0", "a2")


def test_the_part_itself_is_still_stated_by_every_outlet():
    restated = "Counting began at 9 p.m. on Tuesday, an hour after polls closed at 8 p.m."
    assert _sources(POLLS, "Polls closed at 8 p.m. on Tuesday.", restated, center=1) == ("a1", "a0", "a2")


def test_a_sentence_without_the_judges_name_is_no_source_for_the_whole():
    briefly = "The verdict was read in Judge Okonjo's courtroom at 3:15 p.m."
    assert _sources(VERDICT, "The verdict was read at 3:15 p.m.", briefly) == ("a0", "a2")
    # A quotation's frame giving the time, but no judge nor courtroom (found by QA).
    framed = '"This verdict says so," Velez said in a statement after the verdict was read at 3:15 p.m.'
    assert _sources(VERDICT, framed, briefly) == ("a0", "a2")


def test_a_briefer_name_or_a_title_alone_still_carries_the_sentence():
    whole = (
        "Mayor Theo Brennan conceded the race in a phone call to Maria Alvarez at about 4:30 p.m. on Friday."
    )
    briefly = "Brennan conceded the race in a phone call to Alvarez at about 4:30 p.m. on Friday."
    by_title = "The mayor conceded the race in a phone call to Alvarez at about 4:30 p.m. on Friday."
    assert _sources(whole, briefly, by_title) == ("a0", "a1", "a2")


def test_a_quotation_without_its_speakers_name_still_carries_the_words():
    # The outlet credits the words in a sentence of its own: who said them is for the speaker checks.
    whole = '"We attempted to contact them on no less than five occasions," Holleran told Fairfax radio.'
    assert _sources(whole, "We attempted to contact them on no less than five occasions.") == ("a0", "a1")
