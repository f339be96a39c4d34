"""Grouping leftovers: a defendant's own title, an insurer's storm count, and periods written as wires write them."""

import datetime as dt

from storyweave.embed.terms import stem
from storyweave.group import StoryGrouper
from storyweave.group.stories import _PERIOD_ANCHORS, _anchors, _term_id
from storyweave.model import Article

from .conftest import dated_article, stories_of


def article(article_id: str, day: int, source: str, title: str, text: str) -> Article:
    return dated_article(article_id, day, title, text, source=source, start=dt.date(2026, 2, 2))


def name(word: str) -> int:
    return _term_id(stem(word))


def period(title: str, text: str = "") -> set[int]:
    return set(_anchors(title, text) & _PERIOD_ANCHORS)


ARSON_TRIAL = [
    article(
        "arson-1",
        0,
        "Redhill Observer",
        "Warehouse arson trial opens at Redhill Crown Court",
        """Two men accused of setting fire to a furniture warehouse in Redhill went on trial on Monday. Prosecutor
        Nadia Shah told the jury that Marcus Hale and Ivan Petrov poured petrol through a loading bay door at the
        Brookline Furniture warehouse on Canal Road in February. The fire caused £4 million of damage. Both men
        deny arson.""",
    ),
    article(
        "arson-2",
        0,
        "South Counties News",
        "Two deny £4m Brookline warehouse fire",
        """Marcus Hale, 38, and Ivan Petrov, 44, deny arson at the Brookline Furniture warehouse, Redhill Crown
        Court heard on Monday. Nadia Shah, prosecuting, said CCTV showed a car registered to Hale on Canal Road
        minutes before the blaze.""",
    ),
    article(
        "arson-3",
        6,
        "Redhill Observer",
        "Brookline fire accused bought petrol hours before blaze, jury told",
        """Marcus Hale bought two cans of petrol at a garage on Canal Road hours before the Brookline Furniture
        warehouse fire, Redhill Crown Court heard on Monday. Hale told police the petrol was for a lawnmower. Hale
        and Ivan Petrov deny arson.""",
    ),
]
# The second defendant's evidence, two weeks on: its title opens with his surname and names a town new to the story.
PETROV_EVIDENCE = article(
    "arson-4",
    13,
    "South Counties News",
    "Petrov tells jury he was in Bristol on night of warehouse fire",
    """Ivan Petrov told Redhill Crown Court on Monday he was at a friend's wedding in Bristol when the Brookline
    Furniture warehouse burned down. Petrov, who denies arson, said he had lent his phone to Marcus Hale that week.
    Prosecutor Nadia Shah asked why he had deleted his messages the next day.""",
)


def test_a_defendants_evidence_whose_title_opens_with_his_surname_joins_his_trial():
    assert stories_of([*ARSON_TRIAL, PETROV_EVIDENCE]) == [{"arson-1", "arson-2", "arson-3", "arson-4"}]


def test_a_name_that_starts_a_title_or_sentence_counts_when_the_text_names_it():
    sketch = StoryGrouper().sketcher()(PETROV_EVIDENCE)
    # The title opens with him; "Ivan Petrov" and "Petrov, who denies" make him a subject as much as Bristol is.
    assert sketch.opening == {name("petrov")}
    assert sketch.subjects == {name("petrov"), name("bristol")}
    # The most-mentioned names the other tests read count no sentence's first word.
    assert sketch.central == {name("bristol")}
    # A sentence's first word the text names nowhere else is no name ("Prosecutor", "Furniture" of a run is).
    assert name("prosecutor") not in sketch.names


STORM_DARA = [
    article(
        "dara-1",
        0,
        "Atlantic Herald",
        "Storm Dara batters Galway with 100km/h gusts",
        """Storm Dara brought gusts of 100km/h to Galway on Tuesday, bringing down trees and cutting power to
        30,000 homes. Met Eireann issued an orange wind warning for Connacht. Irish Rail suspended trains between
        Galway and Athenry. The coastguard rescued a fisherman off Spiddal.""",
    ),
    article(
        "dara-2",
        0,
        "Western Radio",
        "Thousands without power as Storm Dara hits the west",
        """About 30,000 homes in Galway and Mayo were without power on Tuesday as Storm Dara swept in from the
        Atlantic. Met Eireann said gusts reached 100km/h at Mace Head. ESB Networks said crews worked through the
        night. Schools in Salthill closed early.""",
    ),
    article(
        "dara-3",
        1,
        "Atlantic Herald",
        "Storm Dara: second day of flooding in Galway",
        """Storm Dara brought a second day of disruption to Galway on Wednesday as heavy rain flooded homes in
        Salthill and Oranmore. Met Eireann kept its warning in place until the evening. ESB Networks said 9,000
        homes were still without power.""",
    ),
]
# Nine days on, an insurer's count of the claims: the insurer is its most-mentioned name, the storm in its title.
INSURER = article(
    "dara-4",
    9,
    "Western Radio",
    "Allianz says Storm Dara claims pass €40m",
    """Insurer Allianz said on Thursday that claims from Storm Dara had passed €40 million, most of them for
    flooded homes in Salthill and Oranmore. Allianz said it had sent extra loss adjusters to Galway.""",
)
# Twelve days on, the next named storm on the same coast, which recalls Dara in passing.
STORM_EOIN = [
    article(
        "eoin-1",
        12,
        "Atlantic Herald",
        "Storm Eoin brings fresh gales to Galway",
        """Storm Eoin brought gusts of 90km/h to Galway on Sunday, less than two weeks after Storm Dara. Met
        Eireann said Eoin would weaken overnight. Irish Rail cut services to Athenry, and ESB Networks said
        12,000 homes had lost power as Eoin moved inland.""",
    ),
    article(
        "eoin-2",
        12,
        "Western Radio",
        "Storm Eoin: Galway docks shut as gales return",
        """Galway docks were closed on Sunday as Storm Eoin swept across Connacht with gusts of 90km/h. Met
        Eireann said Eoin would clear by Monday morning. About 12,000 homes lost power.""",
    ),
]


def test_a_follow_up_whose_title_names_the_storys_main_name_joins_whoever_it_mentions_most():
    assert stories_of([*STORM_DARA, INSURER, *STORM_EOIN]) == [
        {"dara-1", "dara-2", "dara-3", "dara-4"},
        {"eoin-1", "eoin-2"},
    ]


def test_periods_are_read_as_wires_and_statistics_offices_write_them():
    september, october = {_term_id("#september")}, {_term_id("#october")}
    assert period("US retail sales rise 0.4% in Sept.") == september
    assert (
        period("Retail sales beat forecasts", "Consumers kept spending in Sept., with sales up 0.4%.")
        == september
    )
    assert period("Oct. 3 attack: what we know") == october
    assert period("UK unemployment rises to 4.3% in three months to September") == september
    lead = "The jobless rate rose to 4.4% in the three months to October, from 4.3% in the three months to September."
    assert period("Jobless rate edges higher", lead) == october
    assert period("Norvale first-half profit jumps 18%") == {_term_id("#h1")}
    assert period("Norvale shares slide on H2 profit warning") == {_term_id("#h2")}
    assert period("Pre-tax profit", "Norvale made £212 million in the first half of the year, up 18%.") == {
        _term_id("#h1")
    }
    assert period("US ADDS 175,000 JOBS IN OCTOBER, UNEMPLOYMENT STEADY AT 4.1%") == october


def test_words_that_only_look_like_periods_are_not_read():
    assert period("Rovers lead at the end of the first half") == set()
    assert (
        period("Jobs fair draws crowds in Jan") == set()
    )  # "Jan" is a first name too: only "Jan." is a month
    assert period("Storms Mar Sales Season") == set()
    assert (
        period("Strike enters second week", "The strike began on Sept. 12 with 2,400 workers out.") == set()
    )


def test_an_all_caps_headline_names_no_one():
    caps = article(
        "caps",
        0,
        "Wire Report",
        "US ADDS 175,000 JOBS IN OCTOBER",
        "U.S. employers added 175,000 jobs last month, the Labor Department said on Friday.",
    )
    sketch = StoryGrouper().sketcher()(caps)
    assert sketch.opening == frozenset()
    assert sketch.subjects == frozenset()


def jobs(article_id: str, day: int, source: str, title: str, jobs_added: str, rate: str) -> Article:
    text = f"""Employers added {jobs_added} jobs last month, the Labor Department said on Friday, and the
    unemployment rate was {rate}. Health care and construction led the gains, and average hourly pay rose 0.3%."""
    return article(article_id, day, source, title, text)


def test_monthly_reports_with_all_caps_headlines_are_a_story_each():
    reports = [
        jobs("oct-1", 0, "Wire Report", "US ADDS 175,000 JOBS IN OCTOBER", "175,000", "4.1%"),
        jobs("oct-2", 0, "Market Daily", "Hiring beats forecasts with 175,000 jobs", "175,000", "4.1%"),
        jobs("nov-1", 30, "Wire Report", "US ADDS 210,000 JOBS IN NOVEMBER", "210,000", "4.0%"),
        jobs("nov-2", 30, "Market Daily", "Hiring jumps with 210,000 jobs", "210,000", "4.0%"),
    ]
    assert stories_of(reports) == [{"nov-1", "nov-2"}, {"oct-1", "oct-2"}]
