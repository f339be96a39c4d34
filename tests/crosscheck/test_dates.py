import datetime as dt

import pytest

from storyweave.clean import is_caption
from storyweave.crosscheck import dates
from storyweave.crosscheck.dates import DateValue, Reference, find_dates, resolve
from storyweave.model import Article
from storyweave.segment import segment

from .conftest import story


@pytest.mark.parametrize(
    ("text", "article_date", "expected"),
    [
        ("Teigen revealed on Sept. 30 that", "2021-02-21", "2020-09-30"),
        ("On Oct. 1, 2020, Teigen announced the loss", None, "2020-10-01"),
        ("The star revealed the news on September 30, 2020", None, "2020-09-30"),
        ("She shared the news in October 2020.", None, "2020-10"),
        ("She shared a photo on Saturday.", "2021-02-21", "2021-02-20"),
        ("She posted on Sunday.", "2021-02-21", "2021-02-21"),
        ("They will meet on Thursday.", "2021-02-21", "2021-02-25"),
        ("They meet next Sunday.", "2021-02-21", "2021-02-28"),
        ("In February, Teigen shared", "2021-09-29", "2021-02"),
        ("a year ago you gave me", "2021-09-29", "2020-09"),
        ("approved a plan last month", "2026-03-11", "2026-02"),
        ("will hold a hearing next month", "2026-03-12", "2026-04"),
        ("Last year, a fire destroyed a shop.", "2026-03-13", "2025"),
        ("It happened yesterday.", "2021-02-21", "2021-02-20"),
        ("The fire killed 20 people in 1978.", None, "1978"),
        ("burned late Monday, March 9, as", "2026-03-12", "2026-03-09"),
        ("were due to arrive at the site on Thursday", "2026-03-11", "2026-03-12"),
        ("before important runoffs on Oct. 25", "1998-10-04", "1998-10-25"),
        ("Last Thursday, an assailant tried", "1998-11-06", "1998-10-29"),
        # Future markers the audit of DUC d30003t / d30040t found missing (a Saturday, a December).
        (
            "The official said that Garzon is planning on Monday to send the names.",
            "1998-10-17",
            "1998-10-19",
        ),
        (
            "The airline expects to carry thousands to the annual Muslim pilgrimage to Saudi Arabia in March.",
            "1998-12-06",
            "1999-03",
        ),
        ("Palestinians who wish to travel to Saudi Arabia in early March", "1998-12-05", "1999-03"),
        # ... and words that only look like them.
        ("Both had plunged into planning for the June 21 meeting.", "1998-10-22", "1998-06-21"),
        (
            "She will never be pregnant again, writing about a baby bump in December.",
            "2021-02-21",
            "2020-12",
        ),
        ("The country has seen its reserves drain away since July.", "1998-10-05", "1998-07"),
    ],
)
def test_resolve(text, article_date, expected):
    reference = dt.date.fromisoformat(article_date) if article_date else None
    assert resolve(text, reference).iso == expected


@pytest.mark.parametrize(
    "text",
    [
        # "last week" is a week now (see test_timeline_round.py); "the past week" is a span of time.
        "She left in the past week.",
        "It may rain.",
        "Pier 7 burned.",
        "On Sept. 31 nothing.",
        "Most of the equipment has sat in the port of Ashdod for the last year.",
        # A decade: "the late 1970's" was the year 1970 (DUC d31001t), as "the 1970s" never was.
        "It was involved in those activities from the late 1970's to the early 1990’s.",
    ],
)
def test_vague_or_impossible_dates_are_not_dates(text):
    assert find_dates(text, Reference(dt.date(2021, 2, 21), estimated=False)) == ()


def test_relative_dates_need_a_reference():
    assert resolve("on Saturday", None) is None
    assert resolve("in February", None) is None
    assert resolve("in 2019", None).iso == "2019"


def test_granularity_compatibility():
    assert DateValue(2020, 10).compatible(DateValue(2020, 10, 1))
    assert not DateValue(2020, 10).compatible(DateValue(2020, 9, 30))
    assert DateValue(2020).contains(DateValue(2020, 9, 30))


def test_undated_article_borrows_story_date_for_years_only():
    docs = story(
        "Sept. 28 marked National Son Day. She posted on Saturday.",
        "The post went up on Wednesday.",
        dates=(None, "2021-09-29"),
    )
    reference = dates.references(docs)["a0"]
    assert reference == Reference(dt.date(2021, 9, 29), estimated=True)
    found = find_dates(docs[0].article.text, reference)
    assert [m.value.iso for m in found] == ["2021-09-28"]
    assert found[0].estimated


def test_undated_article_does_not_take_a_file_photo_year():
    """Multi-News Kalashnikov: 'died in December' (2013) was placed in 2008 from a 2009 photo caption."""
    docs = story(
        "In this Tuesday, Nov. 10, 2009 file photo Mikhail Kalashnikov attends festivities at the Kremlin.\n"
        "Kalashnikov, who died in December at the age of 94, in April wrote a lengthy letter to Patriarch Kirill."
    )
    assert dates.references(docs)["a0"] is None


def test_undated_article_takes_the_year_of_a_caption_cleaning_removed():
    """Multi-News 15: AP captions gave undated articles their year; cleaning drops them, not their date."""
    from storyweave.clean import clean

    article = Article(
        id="a0",
        text="Hosni Mubarak is wheeled into a court house in Cairo, Egypt, Monday, Jan. 2, 2012. (AP Photo/Amr "
        "Nabil) (Associated Press)\nThe parliament is due to hold its first session on Jan. 23.",
    )
    cleaned = clean(article)
    assert "wheeled" not in cleaned.text
    assert dates.references([segment(cleaned)])["a0"] == Reference(dt.date(2012, 1, 2), estimated=True)


def test_undated_article_takes_its_dateline():
    docs = story("December 29, 2004\nThe death toll continues to rise. It passed 80,000 on Monday.")
    assert dates.references(docs)["a0"] == Reference(dt.date(2004, 12, 29), estimated=True)


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        ("In this Tuesday, Nov. 10, 2009 file photo Mikhail Kalashnikov attends festivities.", True),
        ("FILE - In this May 13, 2008 photo, Harry Smith introduces the nominees.", True),
        ("Trump waves to supporters, Saturday, Oct. 3, 2015. (AP Photo/Mark Humphrey)", True),
        ("In this election, the party lost a third of its seats.", False),
    ],
)
def test_is_caption(text, caption):
    assert is_caption(text) is caption


@pytest.mark.parametrize(
    ("text", "article_date", "expected"),
    [
        # Future constructions a held-out audit (DUC d30025t, d31050t; MultiLing M008; AllSides 6107) read as past.
        (
            "One leader of a new party will be tried on Dec. 17 on a charge of subversion.",
            "1998-12-07",
            "1998-12-17",
        ),
        (
            "A vessel from the Brazilian navy is to arrive at the scene on Wednesday.",
            "2009-06-02",
            "2009-06-03",
        ),
        ("Washington gave Yao a special visa, which expires in February.", "1998-12-09", "1999-02"),
        # DUC d30050t: "expected" with an object before the infinitive.
        (
            "Armey said he expected Congress to negotiate into the wee hours Friday and into Saturday.",
            "1998-10-06",
            "1998-10-09",
        ),
        ("Cardoso prepares to be sworn in to a second term in office Friday.", "1998-12-31", "1999-01-01"),
        (
            "He announced that he and other opponents plan a demonstration Thursday.",
            "1998-12-09",
            "1998-12-10",
        ),
        (
            "On Thursday morning, in the city of Hangzhou, Wang Youcai, 33, is to go on trial.",
            "1998-12-16",
            "1998-12-17",
        ),
        ("However, on May 4, the search was extended to May 25.", "2010-05-06", "2010-05-04"),
        # A written weekday picks the year; a date naming an event ignores the clause's future.
        ("The New York Times said in editorial for Wednesday, Oct. 7:", "1998-10-06", "1998-10-07"),
        (
            "Biden has no plans to create a commission to investigate the January 6 attack.",
            "2021-06-03",
            "2021-01-06",
        ),
        # ... and past forms that are not "-ed" words, or participles before "by", stay past.
        (
            "On Oct. 29, Fox News host Tucker Carlson made a remarkable allegation.",
            "2021-06-30",
            "2020-10-29",
        ),
        ("Two villages were also severely damaged by the March 11 earthquake.", "2010-10-24", "2010-03-11"),
        ("The warning forecast the Aug. 7 bombing in several particulars.", "1998-10-22", "1998-08-07"),
    ],
)
def test_future_constructions(text, article_date, expected):
    assert resolve(text, dt.date.fromisoformat(article_date)).iso == expected


@pytest.mark.parametrize(
    ("text", "article_date", "expected"),
    [
        # The tense past "that" is the next clause's (AllSides 5984 and 6027: a next-week Wednesday).
        (
            "Biden signaled at a private meeting on Wednesday that he would be open to revisions",
            "2021-06-03",
            "2021-06-02",
        ),
        (
            "on the deadly Jan. 6 attack on the Capitol that would probably scrutinize",
            "2021-05-19",
            "2021-01-06",
        ),
        # "would have" / "might have" look back (DUC d30026t, d30047t).
        (
            "There would have been a shutdown on Oct. 1, except that Congress voted",
            "1998-10-06",
            "1998-10-01",
        ),
        ("The documents date from August, and the situation might have changed", "1998-10-29", "1998-08"),
        # A future verb before the date still holds across a following relative clause.
        (
            "the cease-fire would begin at 2 a.m. Friday, local time, which was 7 p.m. Thursday",
            "2021-05-20",
            "2021-05-21",
        ),
    ],
)
def test_tense_stops_at_the_next_clause(text, article_date, expected):
    assert resolve(text, dt.date.fromisoformat(article_date)).iso == expected


def test_target_date_is_not_in_the_tense_of_its_verb():
    mentions = find_dates(
        "However, on May 4, the search was extended to May 25.", Reference(dt.date(2010, 5, 6), False)
    )
    assert [m.value.iso for m in mentions] == ["2010-05-04", "2010-05-25"]


def test_bound_on_a_relative_date_is_not_a_date():
    """DUC d30025t: 'turmoil that began more than a year ago' was dated to the month."""
    assert (
        resolve("the financial turmoil that began more than a year ago in Asia", dt.date(1998, 10, 25))
        is None
    )


@pytest.mark.parametrize(
    "text",
    [
        # "today" as a title, the present age or a present state (audit 5: DUC d30001t, d31013t; AllSides 6095).
        "Kirkhart is vice president for production at USA Today.",
        "According to NBC/Today, Dr. Fauci agreed.",
        "It was first inhabited by the ancient ancestors of today's Tuareg population.",
        "Today's South Africa has urgent new problems to deal with.",
        "The words are resonating today in another terrorism case.",
        "Today, many farmers use drones to spray their fields.",
        # The Y2K bug of 1998 articles, and a fiscal year, are no dates.
        "Congress set aside money for fixing the year 2000 computer bug.",
        "Spending for computer issues related to the year 2000 may divert revenues.",
        "No more than 15,000 refugees could be accepted during the fiscal year 2021.",
        # A quoted title, a present state and a supposition (audit 5, round 2: DUC d30015t, d31013t, d30051t).
        'U.S. envoy Richard Holbrooke, speaking on NBC\'s "Today" program, said cooperation was partial.',
        "Those were years when IBM faced the kind of antitrust scrutiny Microsoft faces today.",
        "Polls suggest that if an election were held today, the Islamic party would finish strongly.",
    ],
)
def test_words_that_look_like_dates_but_name_none(text):
    assert find_dates(text, Reference(dt.date(1998, 11, 15), estimated=False)) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Temperatures plunged to 14 early today.",
        "Today, the Olympic torch went out three times.",
        "The torch has arrived in London today.",
        "Londoners attended today's ceremony.",
        "The ministry expects the year 2000 to bring growth.",
        "The trial opens today in Arusha.",
        "If the weather holds, the launch will be today.",
    ],
)
def test_today_and_the_year_2000_that_are_dates(text):
    assert len(find_dates(text, Reference(dt.date(1998, 11, 15), estimated=False))) == 1


@pytest.mark.parametrize(
    ("text", "article_date", "expected"),
    [
        # A parenthetical saying does not set the tense of the clause it frames, nor is "United" a past
        # tense (AllSides 6107: the trip was in June 2021).
        (
            "Joe Biden will head to Europe for his first overseas trip as president, the White House announced "
            "on Friday, traveling in mid-June to the United Kingdom and Belgium.",
            "2021-04-23",
            "2021-06",
        ),
        (
            "Biden will visit Europe, the White House announced on Friday, traveling in June to Britain.",
            "2021-04-23",
            "2021-06",
        ),
        (
            "He left for Britain, the ministry said on Friday, arriving in June after a stop.",
            "2021-04-23",
            "2020-06",
        ),
        # An attack, a riot or a quake is never scheduled: its month-day is past (AllSides 6027, 5923).
        (
            "The House passed a bill that would create a commission into the Jan. 6 Capitol riot.",
            "2021-05-19",
            "2021-01-06",
        ),
        (
            "Pelosi said she would create a select committee to investigate the deadly Jan. 6 attack.",
            "2021-06-24",
            "2021-01-06",
        ),
        ("The summit will open on Jan. 6 in Geneva.", "2021-06-24", "2022-01-06"),
    ],
)
def test_the_tense_of_a_framed_clause_and_of_an_attack(text, article_date, expected):
    mentions = find_dates(text, Reference(dt.date.fromisoformat(article_date), estimated=False))
    assert mentions[-1].value.iso == expected


def test_a_month_day_without_a_year_is_told_apart():
    first, second = find_dates("On May 2 and May 3, 2020, it rained.", Reference(dt.date(2020, 6, 1), False))
    assert dates.without_year(first) and not dates.without_year(second)
    (weekday,) = find_dates("It rained on Monday.", Reference(dt.date(2020, 6, 1), False))
    assert not dates.without_year(weekday)


@pytest.mark.parametrize(
    ("text", "article_date", "expected"),
    [
        # AllSides 5996: Memorial Day 2021 was the last Monday of May.
        ("Americans gather to recognize the fallen on Memorial Day.", "2021-05-27", "2021-05-31"),
        ("Resorts should be able to resume operations by Christmas.", "1998-10-20", "1998-12-25"),
        ("The family will gather on Thanksgiving.", "2021-06-01", "2021-11-25"),
        ("He was last seen on Christmas Eve.", "2021-06-01", "2020-12-24"),
        ("She has not called since last Thanksgiving.", "2021-06-01", "2020-11-26"),
        ("He returned on Labor Day.", "1998-10-05", "1998-09-07"),
        # MultiLing M001: the year written with it.
        ("victims of the Indian Ocean tsunami of Boxing Day 2004", "2005-01-20", "2004-12-26"),
        # AllSides 5982, June 2021: the attacks of 2001, not of the last September.
        (
            "He compared the ransomware attacks to the September 11 terrorist attacks.",
            "2021-06-07",
            "2001-09-11",
        ),
        ("The Sept. 11 hijackers trained in Florida.", "2005-03-01", "2001-09-11"),
        ("The memorial will open on Sept. 11.", "2021-06-07", "2021-09-11"),
    ],
)
def test_holidays_and_the_september_11_attacks(text, article_date, expected):
    mentions = find_dates(text, Reference(dt.date.fromisoformat(article_date), estimated=False))
    assert [m.value.iso for m in mentions] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Gasoline prices are the highest for a Memorial Day weekend in seven years.",
        "Cosme brought the glue gun to the daycare to use on a Christmas project.",
        "A fire turned a dance hall jammed with teen-age Halloween revelers into a deathtrap.",
        "the first such addition to the calendar since Martin Luther King Jr. Day was added in 1983",
        "He sauntered into action stardom with Independence Day, through a decade of roles.",
        "Christmas is a sacred holiday in the Philippines.",
    ],
)
def test_holiday_words_that_name_no_day(text):
    assert all(m.value.iso == "1983" for m in find_dates(text, Reference(dt.date(2021, 6, 19), False)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # AllSides 5918 and 6027, DUC d30051t: figures after a weekday are no month-day.
        ("Chauvin was sentenced on Friday to 22 and a half years in prison.", ["2021-06-18"]),
        ("The bill passed the House on a 252-to-175 vote Wednesday with 35 Republicans.", ["2021-06-16"]),
        ("The talks began on Tuesday at 10 a.m. in Geneva.", ["2021-06-15"]),
        # A weekday before a full date still belongs to it.
        ("The race will start on Saturday, the 7th of July, in London.", ["2021-07-07"]),
        ("They met on Friday, June 18, in London.", ["2021-06-18"]),
    ],
)
def test_a_weekday_before_figures_is_a_date(text, expected):
    mentions = find_dates(text, Reference(dt.date(2021, 6, 19), estimated=False))
    assert [m.value.iso for m in mentions] == expected


@pytest.mark.parametrize(
    ("text", "article_date", "expected"),
    [
        # AllSides 5950, DUC d31033t: a deadline after a past tense ("shot", "finished") is still ahead.
        (
            "The nation races to administer at least one vaccine shot to 70% of adult Americans by the "
            "Fourth of July.",
            "2021-05-18",
            ["2021-07-04"],
        ),
        (
            "Biden announced Tuesday a goal to give one shot to 70 percent of adults by July 4.",
            "2021-05-04",
            ["2021-05-04", "2021-07-04"],
        ),
        ("We cannot be completely finished with repairs by Dec. 1.", "1998-10-20", ["1998-12-01"]),
        # A deadline before the article, in a past narrative, stays past.
        ("The state had vaccinated 100 million people by April 30.", "2021-05-04", ["2021-04-30"]),
        ("Only 14 bodies had been identified by Friday evening.", "1998-11-01", ["1998-10-30"]),
        # QA pass 12: what came "ahead of" a day came before it, so the day is the nearer one, not a year back.
        ("The approval came ahead of a Dec. 4 deadline.", "2026-11-20", ["2026-12-04"]),
        (
            "The candidate was dropped from the ballot in advance of the Nov. 3 election.",
            "2026-11-10",
            ["2026-11-03"],
        ),
    ],
)
def test_a_deadline_is_not_past_for_the_tense_that_sets_it(text, article_date, expected):
    mentions = find_dates(text, Reference(dt.date.fromisoformat(article_date), estimated=False))
    assert [m.value.iso for m in mentions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # AllSides 5925 and DUC d30049t: the past tense of a clause that opens after the date is not its tense.
        (
            "The senators will meet with Biden Thursday, although they said that the deal was done.",
            "2021-06-24",
        ),
        (
            "He confirmed that Arbour would leave for Belgrade on Nov. 5, but he added that visas were refused.",
            "2021-11-05",
        ),
        # DUC d30051t: "likely to" looks ahead as "expected to" does.
        (
            "A daily said Demirel was likely to announce his choice before leaving Thursday for Romania.",
            "2021-06-24",
        ),
    ],
)
def test_a_coming_date_next_to_a_past_tense(text, expected):
    mentions = find_dates(text, Reference(dt.date(2021, 6, 23), estimated=False))
    assert [m.value.iso for m in mentions] == [expected]


@pytest.mark.parametrize(
    ("text", "article_date", "expected"),
    [
        # Audit 7 (DUC d30003t, d30022t; Multi-News): a month with a year said relative to the article's
        # is one date, not a month in the wrong year and a year.
        ("In September of last year, he was pointedly questioned.", "1998-10-21", ["1997-09"]),
        ("The documents cover nine months that ended in August of this year.", "1998-10-29", ["1998-08"]),
        ("It was hit by debris in September last year.", "1998-10-12", ["1997-09"]),
        ("The uprising broke out in January last year.", "2012-02-02", ["2011-01"]),
        # A month joined to a later month with a year takes that year (AllSides 5992).
        ("The Post obtained his emails from March and April 2020.", "2021-06-01", ["2020-03", "2020-04"]),
        ("Prices were flat in December and January 2021.", "2021-06-01", ["2020-12", "2021-01"]),
        # Scheduled in the present tense with an object (AllSides 6028).
        ("The bill, which takes effect in September, makes no exception.", "2021-05-19", ["2021-09"]),
        # A stray full stop after a month-day still names the attack (AllSides 6072).
        (
            "He might incite violence following the Jan. 6. attack on the Capitol.",
            "2021-05-05",
            ["2021-01-06"],
        ),
    ],
)
def test_months_with_a_year_written_apart(text, article_date, expected):
    reference = Reference(dt.date.fromisoformat(article_date), estimated=False)
    assert [m.value.iso for m in find_dates(text, reference)] == expected


@pytest.mark.parametrize(
    ("text", "article_date", "expected"),
    [
        # Audit 9 (DUC d30010t, d30048t; MultiLing M0058): "last <weekday>" is the most recent one, a week
        # earlier only when that is the day before.
        ("cut a key U.S. rate by a quarter-point last Tuesday", "1998-10-03", "1998-09-29"),
        ("was supposed to have begun last Monday", "1998-11-06", "1998-11-02"),
        ("It began last Thursday and will end today.", "2010-05-15", "2010-05-13"),
        ("Last Thursday, an assailant tried to ram a car", "1998-11-06", "1998-10-29"),
        ("if they saw Hussain last Thursday", "2005-07-14", "2005-07-07"),
    ],
)
def test_last_weekday(text, article_date, expected):
    assert resolve(text, dt.date.fromisoformat(article_date)).iso == expected


@pytest.mark.parametrize(
    ("text", "article_date", "expected"),
    [
        # Audit 9 (DUC d31011t, d30048t, d30012t; AllSides 6012, 6056): a saying after the clause does not
        # set its tense; "could", a plan word after a possessive and a present passive look ahead.
        (
            "The storm was expected to be closest to Hong Kong on Tuesday, the observatory said.",
            "1998-10-25",
            "1998-10-27",
        ),
        (
            "Biden will meet Putin in Geneva on June 16, the White House said Tuesday.",
            "2021-05-25",
            "2021-06-16",
        ),
        ("adolescents ages 12 to 15 could qualify for shots as soon as Thursday", "2021-05-10", "2021-05-13"),
        (
            "a rescue which could be announced soon after Sunday's presidential elections",
            "1998-10-03",
            "1998-10-04",
        ),
        ("in preparation for Tuesday night's expected Leonid Meteor storm", "1998-11-16", "1998-11-17"),
        (
            "the package could be announced as soon as voting is completed on Sunday",
            "1998-10-03",
            "1998-10-04",
        ),
        # ... while a saying before the date, and "could not", still look back.
        ("He left on Tuesday, officials said.", "1998-10-25", "1998-10-20"),
        ("Officials could not be reached on Tuesday.", "1998-10-25", "1998-10-20"),
    ],
)
def test_a_coming_day_in_a_clause_framed_by_a_saying_or_told_with_could(text, article_date, expected):
    assert resolve(text, dt.date.fromisoformat(article_date)).iso == expected


@pytest.mark.parametrize(
    ("text", "article_date", "expected"),
    [
        # Round 4 (DUC d30042t, d30036t; MultiLing M0047): a coming event that no other article tells, read as
        # past, was dated a week (or a year) early. The comma of a figure does not cut the clause off its
        # "would"; "may" looks ahead as "could" does; an "if" clause after the date has its own tense.
        (
            "He said it would take de Klerk's name out of 3,500-page report to avoid delaying its release Thursday.",
            "1998-10-28",
            "1998-10-29",
        ),
        (
            "By the time the earth collides with a dense swarm of meteoroids Tuesday night to unleash what may "
            "be the heaviest meteor bombardment since 1966, many satellites will have maneuvered.",
            "1998-11-16",
            "1998-11-17",
        ),
        (
            "the EU would not be taking part in the scheduled MEM in January if substantial progress was not "
            "made.",
            "2007-12-13",
            "2008-01",
        ),
        # ... while a "may" past a clause mark hedges the next clause, and the month "May" is no "may".
        ("He says after his crash on July 12, there may be blood anomalies.", "2007-07-25", "2007-07-12"),
        ("The plant closed on Tuesday, May Day crowds gathered.", "2021-05-06", "2021-05-04"),
    ],
)
def test_a_coming_day_that_a_figure_may_or_a_condition_hid(text, article_date, expected):
    assert resolve(text, dt.date.fromisoformat(article_date)).iso == expected


@pytest.mark.parametrize(
    ("text", "article_date", "expected"),
    [
        # Round 8 (DUC d30024t, d30026t, d30025t): a target ("until") set in a future clause is to come ...
        ("First official results are not expected until Saturday.", "1998-10-22", "1998-10-24"),
        ("the Jack Tar is likely to remain closed until May.", "1998-10-20", "1999-05"),
        # ... while a past verb before it still sets no tense, nor does the plan word "to" completes.
        ("However, on May 4, the search was extended to May 25.", "2010-05-06", "2010-05-25"),
        ("The schools stayed closed until Saturday.", "1998-10-22", "1998-10-17"),
        ("The ports were shut due to Monday's storm.", "1998-11-25", "1998-11-23"),
        # A date something begins on, or is done ahead of, looks ahead when no past tense is near
        # (DUC d30011t, d30013t; AllSides 14, of a Monday; AllSides 77) ...
        (
            "Annan is heading to North Africa beginning Thursday to resume a visit.",
            "1998-11-25",
            "1998-11-26",
        ),
        (
            "as are sessions beginning Sunday of the 182-nation IMF and World Bank.",
            "1998-10-03",
            "1998-10-04",
        ),
        (
            "As we approach the 100-day mark of his presidency, and ahead of his first address to a joint "
            "session of Congress on Wednesday, Biden has made a lot of progress on COVID-19.",
            "2021-04-26",
            "2021-04-28",
        ),
        (
            "The bill will deliver monthly payments to households including 88% of children in the United "
            "States, starting in July, Biden administration officials said.",
            "2021-05-17",
            "2021-07",
        ),
        # ... and so does "before" a weekday (DUC d30017t, d30026t) ...
        ("They return to vote on a final package, probably not before Monday.", "1998-10-09", "1998-10-12"),
        (
            "South African media released preliminary findings on Monday, three days before its official "
            "release on Thursday in Pretoria.",
            "1998-10-26",
            "1998-10-29",
        ),
        # ... but not past events told with the same words.
        ("The storm of Leonid meteors arrived ahead of schedule on Tuesday.", "1998-11-19", "1998-11-17"),
        ("Before the vote on Monday, senators met with the president.", "1998-11-19", "1998-11-16"),
        ("Ahead of the summit on Monday, the leaders held talks.", "1998-11-19", "1998-11-16"),
        (
            "Moderates had been dropped from the ballot in advance of Friday's election.",
            "1998-10-25",
            "1998-10-23",
        ),
        (
            "the team went to Hebei for three weeks of training starting Nov. 8, the paper added.",
            "1998-11-25",
            "1998-11-08",
        ),
        (
            "a breakdown before and during the Capitol riot in January has been set out",
            "2021-06-28",
            "2021-01",
        ),
    ],
)
def test_a_coming_day_after_until_beginning_ahead_of_or_before(text, article_date, expected):
    mentions = find_dates(text, Reference(dt.date.fromisoformat(article_date), False))
    assert mentions[-1].value.iso == expected


@pytest.mark.parametrize(
    ("text", "article_date", "expected"),
    [
        # Round 9 (DUC d30002t, d30008t, d30026t, d30021t, d30019t): a reported future "would have" a thing,
        # a date hedged after the clause that plans it, a clause resumed past a parenthesis and "the next"
        # occasion are to come ...
        (
            "He told the judge that the government would have a response by Friday, and his comments "
            "suggested that it will be prepared to make changes.",
            "1998-11-10",
            "1998-11-13",
        ),
        (
            "Turkey's Foreign Ministry said Mubarak also was expected in Ankara, possibly on Monday.",
            "1998-10-04",
            "1998-10-05",
        ),
        (
            "Most of those are expected to be wrapped into one big omnibus package, perhaps by Saturday, "
            "although the talks could change everything.",
            "1998-10-07",
            "1998-10-10",
        ),
        (
            "Moving at 11 kph (7 mph), it is expected to be 300 kilometers (187 miles) south-southeast of Hong "
            "Kong by Sunday afternoon.",
            "1998-10-24",
            "1998-10-25",
        ),
        (
            "Officials say they don't want to wait until the next general elections in April.",
            "1998-11-25",
            "1999-04",
        ),
        # ... while past events worded alike stay past.
        ("He would have been 50 on Friday.", "1998-11-10", "1998-11-06"),
        ("The committee was expected to vote on Monday and did.", "1998-11-10", "1998-11-09"),
        ("Beginning Thursday, the rebels attacked the town.", "1998-11-10", "1998-11-05"),
        ("The victim was killed, possibly on Saturday, the police said.", "1998-10-05", "1998-10-03"),
        (
            "The envoy was expected in Ankara on Monday, and he arrived that night.",
            "1998-10-04",
            "1998-09-28",
        ),
        ("They won the next race in April.", "1998-11-25", "1998-04"),
        ("The next day, on Tuesday, the rebels attacked the town.", "1998-11-25", "1998-11-24"),
    ],
)
def test_a_coming_day_told_as_reported_future_hedged_or_next(text, article_date, expected):
    mentions = find_dates(text, Reference(dt.date.fromisoformat(article_date), False))
    assert mentions[-1].value.iso == expected


@pytest.mark.parametrize(
    ("article_date", "expected"),
    [
        # The Monday article of DUC d30017t: the coming Thursday, three days after Monday ...
        ("1998-10-26", ("1998-10-29", True)),
        # ... and in a Friday article the Thursday just past, not the next one the article's date gives.
        ("1998-10-30", ("1998-10-29", False)),
    ],
)
def test_a_weekday_counted_from_the_day_before_it(article_date, expected):
    text = (
        "South African media released preliminary findings on Monday, three days before its official "
        "release on Thursday in Pretoria."
    )
    thursday = find_dates(text, Reference(dt.date.fromisoformat(article_date), False))[-1]
    assert (thursday.value.iso, thursday.future) == expected


def test_a_count_that_misses_the_weekday_leaves_it_to_the_article_date():
    # Monday plus two days is a Wednesday: the text's count does not hold, so it gives no day.
    text = "Findings came out on Monday, two days before the release on Thursday in Pretoria."
    thursday = find_dates(text, Reference(dt.date(1998, 10, 30), False))[-1]
    assert dt.date.fromisoformat(thursday.value.iso).weekday() == 3
