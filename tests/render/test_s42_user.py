"""An article the report names as sharing almost nothing with the others does not title the report.

Session 42's media-monitoring pass: a lone bakery article (titled, from a JSONL feed) joined a Multi-News election
story whose articles carry no headline; its report was titled "Dunmere bakery wins national rye bread prize" while
the same report warned that the bakery article "shares almost nothing with the other articles". The caveat keeps
such an article as a source (the reader decides), but the title names the story, so it comes from the others.
"""

import datetime as dt

import storyweave
from storyweave.model import Article, Report, Summary
from storyweave.render import render, story_title

_ELECTION = (
    "June Halvorsen was elected mayor of Dunmere on Saturday, winning 54 percent of the vote. Halvorsen, a former "
    "school principal, defeated two-term incumbent Ray Tolliver. Turnout was 41 percent, the election office said.",
    "Former school principal June Halvorsen won the Dunmere mayoral race on Saturday, unseating Ray Tolliver. "
    "Turnout was 41 percent. Halvorsen thanked the volunteers of her campaign.",
    "Ray Tolliver conceded the Dunmere mayoral race on Sunday, a day after June Halvorsen won the vote. Tolliver "
    "said he would help with the handover. Halvorsen takes office on January 5.",
)
_BAKERY = (
    "A family bakery in Dunmere has won the national rye bread prize for the second time. Owner Tamsin Okereke "
    "said the recipe had not changed since her grandfather opened the shop in 1971. The judges praised the "
    "loaf's crust and its sour, nutty crumb."
)


def _story() -> list[Article]:
    bakery = Article(
        "lone-bakery",
        _BAKERY,
        title="Dunmere bakery wins national rye bread prize",
        source="Dunmere Gazette",
        date=dt.date(2026, 11, 27),
    )
    outlets = ("Dunmere Gazette", "Metro Standard", "Eastside Bulletin")
    days = (28, 28, 29)
    election = [
        Article(f"election-{n}", text, source=outlet, date=dt.date(2026, 11, day))
        for n, (text, outlet, day) in enumerate(zip(_ELECTION, outlets, days, strict=True), 1)
    ]
    return [bakery, *election]


def test_an_off_topic_article_does_not_title_the_report():
    report = storyweave.summarize(_story(), words=60)
    assert report.off_topic == ("lone-bakery",)
    title = story_title(report)
    # No on-topic article has a headline: the earliest of them names the story by its first sentence.
    assert title.text.startswith("June Halvorsen was elected mayor of Dunmere")
    assert title.note == "No article has a headline: the title is the earliest article's first sentence."
    assert render(report, "md").startswith("# June Halvorsen was elected mayor of Dunmere")


def test_a_headline_of_the_story_itself_titles_it_over_an_off_topic_one():
    articles = [
        Article("a", "Fire guts the old mill.", title="Cake wins prize", date=dt.date(2026, 11, 1)),
        Article(
            "b", "The old mill burned down.", title="Old mill destroyed by fire", date=dt.date(2026, 11, 2)
        ),
    ]
    report = Report(tuple(articles), Summary((), 50), off_topic=("a",))
    assert story_title(report).text == "Old mill destroyed by fire"
    # When every article is named off topic (none is the story's), the title is chosen from them all.
    everything = Report(tuple(articles), Summary((), 50), off_topic=("a", "b"))
    assert story_title(everything).text == "Cake wins prize"
