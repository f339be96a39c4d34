"""Recurring releases: each month's jobs report, each quarter's earnings is a story of its own (QA9 #1)."""

import datetime as dt

from storyweave.group.stories import _PERIOD_ANCHORS, _anchors, _other_anchors, _term_id
from storyweave.model import Article

from .conftest import dated_article, stories_of


def article(article_id: str, day: int, source: str, title: str, text: str) -> Article:
    return dated_article(article_id, day, title, text, source=source, start=dt.date(2025, 10, 3))


SEPTEMBER_JOBS = [
    article(
        "sep-post",
        0,
        "Capital Post",
        "US employers added 142,000 jobs in September",
        """US employers added 142,000 jobs in September, the Labor Department said on Friday, fewer than the
        165,000 economists had expected. The unemployment rate held at 4.3%. Health care added 51,000 jobs.
        "The labour market is cooling, not cracking," said Priya Natarajan, chief economist at Halvorsen Bank.""",
    ),
    article(
        "sep-ledger",
        0,
        "Northern Ledger",
        "Hiring slows as economy adds 142,000 jobs",
        """The US economy added 142,000 jobs last month, according to the Labor Department's report on Friday.
        The jobless rate was unchanged at 4.3%. Health care led with 51,000 new jobs. "The labour market is
        cooling, not cracking," said Priya Natarajan of Halvorsen Bank.""",
    ),
    article(
        "sep-wire",
        0,
        "Meridian Press",
        "September payrolls rise 142,000; jobless rate 4.3%",
        """WASHINGTON - Nonfarm payrolls rose by 142,000 in September, the Labor Department said on Friday. The
        unemployment rate stayed at 4.3%. Average hourly earnings rose 0.3%. The next report, for October, is
        due on November 6.""",
    ),
]
# A week later, the same month's figure revised: a follow-up.
REVISION = article(
    "sep-revised",
    7,
    "Meridian Press",
    "September payrolls revised up to 150,000",
    """WASHINGTON - September payrolls were revised to 150,000 from 142,000, the Labor Department said on Friday,
    after late returns from large employers. The unemployment rate was unchanged at 4.3%. Priya Natarajan of
    Halvorsen Bank said the labour market was cooling, not cracking.""",
)
# Five weeks on, the next month's report: every name and word the same, but its month and figures.
OCTOBER_JOBS = [
    article(
        "oct-post",
        35,
        "Capital Post",
        "US economy added 187,000 jobs in October",
        """US employers added 187,000 jobs in October, well above forecasts of 150,000, the Labor Department said
        on Friday. The unemployment rate fell to 4.2% from 4.3%. September's figure was revised up to 156,000
        from 142,000. "The September slowdown looks like a blip," said Priya Natarajan of Halvorsen Bank.""",
    ),
    article(
        "oct-ledger",
        35,
        "Northern Ledger",
        "Hiring rebounds with 187,000 jobs added",
        """Hiring picked up in October as the US economy added 187,000 jobs, the Labor Department reported on
        Friday. The jobless rate dipped to 4.2%. September was revised to 156,000. "The September slowdown looks
        like a blip," Halvorsen Bank's Priya Natarajan said.""",
    ),
]


def test_two_months_jobs_reports_are_two_stories_and_a_revision_follows_its_month():
    assert stories_of([*SEPTEMBER_JOBS, REVISION, *OCTOBER_JOBS]) == [
        {"oct-post", "oct-ledger"},
        {"sep-post", "sep-ledger", "sep-wire", "sep-revised"},
    ]


def test_a_next_months_report_told_once_is_kept_out_on_its_second_chance():
    assert stories_of([*SEPTEMBER_JOBS, OCTOBER_JOBS[0]]) == [
        {"oct-post"},
        {"sep-post", "sep-ledger", "sep-wire"},
    ]


def earnings(article_id: str, day: int, source: str, quarter: str, profit: str) -> Article:
    return article(
        article_id,
        day,
        source,
        f"Brannock Motors {quarter}-quarter profit at {profit}",
        f"""Brannock Motors said on Thursday its {quarter}-quarter net profit was {profit}, as sales of its
        Tessera hatchback held up. Chief executive Laura Feld said the carmaker would keep its dividend. Shares
        in Brannock rose in early trading in Detroit.""",
    )


def test_two_quarters_earnings_briefs_from_one_template_are_two_stories():
    # The fourth quarter's brief is a near-duplicate of the third's with other figures: no revision of it.
    third = [earnings("q3-post", 20, "Capital Post", "third", "$1.18 billion")]
    third.append(earnings("q3-wire", 20, "Meridian Press", "third", "$1.18 billion"))
    fourth = [earnings("q4-post", 62, "Capital Post", "fourth", "$0.96 billion")]
    fourth.append(earnings("q4-wire", 62, "Meridian Press", "fourth", "$0.96 billion"))
    assert stories_of(third + fourth) == [{"q3-post", "q3-wire"}, {"q4-post", "q4-wire"}]


def test_a_trial_that_names_another_month_without_a_figure_stays_one_story():
    opening = article(
        "trial-1",
        0,
        "Harbor Gazette",
        "Jeweller's robbery trial opens at Dunmore Crown Court",
        """The trial of two men accused of a £2.3 million raid on a Dunmore jeweller opened on Monday. Prosecutor
        Alice Brennan told the jury that Kevin Tarrant and Luka Varga took watches from Ashby & Sons in March.""",
    )
    week_two = article(
        "trial-2",
        8,
        "Harbor Gazette",
        "Ashby & Sons raid accused was arrested at ferry port, jury told",
        """Kevin Tarrant was arrested at Holyhead ferry port in June carrying two watches taken in the Ashby & Sons
        raid, a jury at Dunmore Crown Court heard on Tuesday. Tarrant and Luka Varga deny conspiracy to rob.""",
    )
    assert stories_of([opening, week_two]) == [{"trial-1", "trial-2"}]


def period(title: str, text: str = "") -> set[int]:
    return set(_anchors(title, text) & _PERIOD_ANCHORS)


def test_the_period_is_the_first_named_with_a_figure():
    september = {_term_id("#september")}
    assert period("Nonfarm payrolls rose by 142,000 in September.") == september
    assert period("September payrolls rise 142,000") == september
    assert period("US adds 266K jobs", "Hiring slowed in September. Pay rose 0.3% in September.") == september
    assert period("Profit rose 12% in the third quarter") == {_term_id("#q3")}
    assert period("Brannock Q4 profit $0.96 bln") == {_term_id("#q4")}
    # A release names its own period first, the one before after.
    assert period("Jobs rose 187,000 in October, up from 142,000 in September") == {_term_id("#october")}
    # A lead's period needs a figure near and is never a day; a title's counts as it is.
    assert (
        period("Strike enters second week", "The strike began on September 12 with 2,400 workers out.")
        == set()
    )
    assert period("Harbor trial hears of arrest", "The defendant was arrested in June at the port.") == set()
    deal = "Halvern raised its offer to £4.6 billion, and the board backed it, with the deal to complete in March."
    assert period("Halvern wins backing for Dunmore bid", deal) == set()  # a figure, but far from the month
    assert period("Defendant arrested in June, jury told") == {_term_id("#june")}


def test_periods_and_scores_are_weighed_apart():
    score, october, november = _term_id("#2-1"), _term_id("#october"), _term_id("#november")
    assert not _other_anchors({score}, {october})  # a match told by its score, then a piece naming October
    assert _other_anchors({score, october}, {november})
    assert not _other_anchors({october}, {october, _term_id("#3-0")})
