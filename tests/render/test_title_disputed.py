"""A report's title does not state one side of a conflict between outlets when a headline without it exists."""

import datetime as dt

from storyweave.model import Article, Conflict, Evidence, Position, Report, Summary
from storyweave.render._citations import story_title

_DAY = dt.date(2026, 11, 28)


def _article(article_id, title, source, days=0):
    return Article(
        article_id, "Two fans died in a crush.", title=title, source=source, date=_DAY + dt.timedelta(days)
    )


def _injured(update=False):
    sides = [("34", "a"), ("41", "b")]
    positions = tuple(
        Position(value, (article,), (Evidence(article, f"{article}#0", f"{value} were hurt."),))
        for value, article in sides
    )
    return Conflict("people injured in a crush", "number", positions, update=update)


def test_a_headline_stating_a_disputed_figure_gives_way_to_one_that_does_not():
    # QA10 #7: the earliest headline, "Two dead and 34 hurt", was the title while 3 outlets said 41.
    articles = (
        _article("a", "Two dead and 34 hurt in crush at Kellerman Park", "Echo"),
        _article("b", "Stadium crush: 41 injured, two killed", "Courier", days=1),
        _article("c", "Two dead in Ashford stadium crush", "Herald", days=1),
    )
    report = Report(articles, Summary((), 50), conflicts=(_injured(),))
    assert story_title(report).text == "Two dead in Ashford stadium crush"
    assert story_title(report).note is None

    # An update is the story developing: its newest figure may head it, not the one it replaced.
    updated = Report(articles, Summary((), 50), conflicts=(_injured(update=True),))
    assert story_title(updated).text == "Stadium crush: 41 injured, two killed"
    assert story_title(updated).note is None


def test_when_every_headline_states_a_side_a_note_says_so():
    articles = (
        _article("a", "Two dead and 34 hurt at Kellerman Park", "Echo"),
        _article("b", "Stadium crush: 41 injured", "Courier", days=1),
    )
    title = story_title(Report(articles, Summary((), 50), conflicts=(_injured(),)))
    assert title.text == "Two dead and 34 hurt at Kellerman Park"
    assert title.note == "Outlets dispute a figure or name in this headline: see Conflicts."


def test_a_figure_inside_a_longer_number_is_not_the_disputed_one():
    articles = (
        _article("a", "Stadium crush: 41 injured", "Courier"),
        _article("b", "Crush in 1934 stand rebuilt for 2,341 fans kills 34-year-old", "Echo", days=1),
    )
    title = story_title(Report(articles, Summary((), 50), conflicts=(_injured(),)))
    assert title.text == "Crush in 1934 stand rebuilt for 2,341 fans kills 34-year-old"
    assert title.note is None


def test_a_length_joined_to_its_noun_states_its_side():
    # The sports desk's doping story: "two-year doping ban" had passed for undisputed and headed the report, though
    # it was the one outlet's side against three outlets' 18 months.
    sides = [("18 months", "a"), ("two years", "b")]
    positions = tuple(
        Position(value, (article,), (Evidence(article, f"{article}#0", f"Banned for {value}."),))
        for value, article in sides
    )
    ban = Conflict("length of the ban", "number", positions)
    articles = (
        _article("a", "Sprinter Leah Okonjo banned for 18 months", "Track Wire"),
        _article("b", "Okonjo handed two-year doping ban, will appeal", "Gazette"),
    )
    title = story_title(Report(articles, Summary((), 50), conflicts=(ban,)))
    assert title.text == "Sprinter Leah Okonjo banned for 18 months"
    assert title.note == "Outlets dispute a figure or name in this headline: see Conflicts."
