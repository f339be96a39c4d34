"""Anchorless look-alikes: a council's next vote, the next named storm, next month's report are stories of their own."""

import datetime as dt

from storyweave.embed.terms import stem
from storyweave.group import StoryGrouper
from storyweave.group.stories import _ANCHOR_PREFIX, _anchors, _other_anchors, _term_id
from storyweave.model import Article

from .conftest import dated_article, stories_of


def article(article_id: str, day: int, source: str, title: str, text: str) -> Article:
    return dated_article(article_id, day, title, text, source=source, start=dt.date(2025, 9, 1))


def anchor(word: str) -> int:
    return _term_id(_ANCHOR_PREFIX + word)


# A town council closes a library; eight days later the same council, mayor and members vote on a pool.
LIBRARY = [
    article(
        "library-1",
        0,
        "Fenwick Observer",
        "Fenwick council votes to close Ashby Road library",
        """The Fenwick Town Council voted on Monday night to close the library on Ashby Road at the end of the
        year to save money. Council leader Priya Nandi said the town could no longer pay for three branches.
        Councillor Owen Dreyer, who voted against, said older residents would be cut off. Mayor Lucy Brandt
        backed the plan. Readers will be sent to the central library on Market Square.""",
    ),
    article(
        "library-2",
        0,
        "Radio Fenwick",
        "Ashby Road library to shut as Fenwick cuts costs",
        """Fenwick's library on Ashby Road will close in December after the town council approved cuts on Monday.
        Priya Nandi said the savings would keep the other branches open longer. Owen Dreyer said the Ashby Road
        library was the only one within walking distance for many families. A petition to save it has 2,000
        names.""",
    ),
    article(
        "library-3",
        1,
        "Fenwick Observer",
        "Petition to save Ashby Road library grows",
        """More than 3,000 people have signed a petition to keep the Ashby Road library open, a day after the
        Fenwick Town Council voted to close it. Organiser Jean Moss said she would take it to Mayor Lucy Brandt.
        Priya Nandi said the vote would not be reopened.""",
    ),
]
POOL = [
    article(
        "pool-1",
        8,
        "Fenwick Observer",
        "Fenwick council backs new pool at Kellerton Park",
        """The Fenwick Town Council on Tuesday approved plans for a new swimming pool at Kellerton Park, to open
        in two years. Council leader Priya Nandi said the Kellerton Park pool would replace the old baths on
        Mill Lane. Councillor Owen Dreyer said the town could not afford it a week after closing the Ashby
        Road library.
        Mayor Lucy Brandt welcomed the Kellerton Park plan.""",
    ),
    article(
        "pool-2",
        8,
        "Radio Fenwick",
        "Kellerton Park pool approved by councillors",
        """Councillors in Fenwick approved a new pool at Kellerton Park on Tuesday. Priya Nandi said building
        would start in the spring. Owen Dreyer said Kellerton Park was too far from the town centre for many
        swimmers. The Kellerton Park pool will have six lanes and a learner pool.""",
    ),
]
# The library's closure date, set a week after the vote: a follow-up, whose title names the library's road.
LIBRARY_DATE = article(
    "library-4",
    8,
    "Radio Fenwick",
    "Ashby Road library to close on December 19",
    """The Ashby Road library will close on December 19, Fenwick Town Council said on Tuesday. Priya Nandi said
    staff would move to the central library. Jean Moss said her petition of 3,000 names had been ignored.""",
)

# One statistics office's consumer price reports for two months, four weeks apart, and a reaction to the first.
PRICES = [
    article(
        "july-1",
        0,
        "Ledger",
        "Consumer prices rose 3.1% in July",
        """Consumer prices rose 3.1 percent in the year to July, the Office for National Statistics said on
        Wednesday, up from 2.9 percent. Food and fuel led the rise. The Bank of England is expected to hold
        interest rates at its next meeting, economists said.""",
    ),
    article(
        "july-2",
        0,
        "Daily Markets",
        "Inflation picks up in July as fuel costs climb",
        """Inflation picked up to 3.1 percent in July, the Office for National Statistics said. Petrol prices
        rose for a third month. Traders cut bets on a Bank of England rate cut after the figures.""",
    ),
    article(
        "july-3",
        2,
        "Ledger",
        "Bank of England official says July inflation 'a worry'",
        """A Bank of England policymaker said on Friday that the rise in inflation to 3.1 percent shown by the
        Office for National Statistics this week was a worry. Food prices were rising fast, she said.""",
    ),
]
AUGUST = [
    article(
        "august-1",
        28,
        "Ledger",
        "Consumer prices rose 3.4% in August",
        """Annual inflation reached 3.4 percent in August, its highest this year, according to the Office for
        National Statistics. Clothing and food drove the increase, while airfares fell. Most economists still
        expect the Bank of England to leave interest rates where they are.""",
    ),
    article(
        "august-2",
        28,
        "Daily Markets",
        "Inflation climbs again in August on food prices",
        """Shoppers paid more for groceries again last month as inflation climbed to 3.4 percent, the Office for
        National Statistics reported. Sterling rose as markets priced out a Bank of England cut this year.""",
    ),
]


def test_a_councils_next_vote_on_another_place_is_another_story():
    assert stories_of([*LIBRARY, *POOL]) == [{"library-1", "library-2", "library-3"}, {"pool-1", "pool-2"}]


def test_a_follow_up_a_week_on_whose_title_names_the_storys_place_still_joins():
    assert stories_of([*LIBRARY, *POOL, LIBRARY_DATE]) == [
        {"library-1", "library-2", "library-3", "library-4"},
        {"pool-1", "pool-2"},
    ]


def test_the_title_subject_is_not_asked_of_a_story_begun_fewer_days_before():
    grouper = StoryGrouper(central_name_days=10)
    for item in [*LIBRARY, *POOL]:
        grouper.add(item)
    assert grouper.story_of_["pool-1"] == grouper.story_of_["library-1"]


def test_the_sketch_holds_the_titles_most_mentioned_names():
    sketch = StoryGrouper().sketcher()(POOL[1])
    assert sketch.subjects == frozenset({_term_id(stem("park"))})  # "Kellerton Park", its last word


def test_next_months_report_is_another_story_and_a_reaction_to_the_first_joins_it():
    assert stories_of([*PRICES, *AUGUST]) == [{"august-1", "august-2"}, {"july-1", "july-2", "july-3"}]


def test_a_title_month_is_read_after_a_preposition_or_by_a_day_only():
    assert _anchors("Jobs growth slows in April", "") == {anchor("april")}
    assert _anchors("Summit set for June 16 in Geneva", "") == {anchor("june")}
    assert _anchors("Panel to probe 6 January attack", "") == {anchor("january")}
    assert _anchors("Theresa May wins confidence vote", "") == frozenset()
    assert _anchors("Recount May Violate Federal Law", "") == frozenset()
    # A lead dates its own news: only the title's month counts.
    assert _anchors("Flood waters recede", "On March 3 the river rose.") == frozenset()


def test_a_month_and_a_code_tell_nothing_apart():
    assert not _other_anchors({anchor("sk412"): 2}, [anchor("march")])
    assert _other_anchors({anchor("march"): 2, anchor("sk412"): 1}, [anchor("april")])
    assert not _other_anchors({anchor("march"): 2}, [anchor("april"), anchor("march")])
    # Only the anchors ``told`` count: a story's month told once does not keep out another month.
    assert not _other_anchors({anchor("march"): 1, anchor("sk412"): 2}, [anchor("april")], [anchor("sk412")])
