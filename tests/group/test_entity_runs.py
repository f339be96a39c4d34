"""Named-entity runs end at paragraph ends: a line break of ingested text, a blank line of wrapped text."""

from storyweave.group import StoryGrouper, entities
from storyweave.group.stories import _term_id
from storyweave.model import Article


def test_a_run_stops_at_the_line_break_that_ends_a_paragraph():
    # One paragraph per line, as storyweave.ingest gives a text; the first line is a subhead.
    text = "Talks on subsidies for Boeing and rival Airbus\nThe EU and Canada agreed to a truce."
    assert entities(text) == ["boeing", "airbus", "eu", "canada"]
    assert entities("Statement by the Police Chief\r\nOfficials said so.") == ["police chief"]


def test_in_hard_wrapped_text_a_run_crosses_a_wrap_but_not_a_blank_line():
    text = (
        "Envoys met President Hosni\nMubarak in Cairo, and the Bank of\nEngland said so.\n"
        "  \n"
        "Statement of the Police Chief\n\nOfficials said nothing."
    )
    assert entities(text) == ["president hosni mubarak", "cairo", "bank of england", "police chief"]


def test_a_title_run_does_not_take_in_the_first_words_of_the_text():
    article = Article(
        id="a",
        title="Warehouse fire under control, says Fire Chief",
        text="Officials said the blaze in Dunmore started in a paint store.",
    )
    counts, names = StoryGrouper().sketcher().terms(article)
    assert _term_id("@fire chief") in counts
    assert _term_id("@fire chief officials") not in counts
    assert _term_id("offici") not in names
