"""Conflicts round 12: facts that outlets word differently (a name read near one value only, "set" for
"scheduled", "came ashore" for "made landfall", the one toll or count of arrests each article gives),
durations of one event, and "near" as an approximation; and the look-alikes that must stay apart."""

from storyweave.crosscheck import find_conflicts
from tests.crosscheck.conftest import story


def _values(docs) -> list[list[str]]:
    return [[p.value for p in conflict.positions] for conflict in find_conflicts(docs)]


def test_weekdays_of_one_conviction_in_same_dated_articles_conflict():
    docs = story(
        "A Harlow County jury on Thursday convicted former city treasurer Dolores Hartigan of embezzling "
        "$2.3 million from the city's pension fund.",
        "A jury on Wednesday convicted Dolores Hartigan, the former treasurer of Harlow, of embezzling "
        "more than $2 million from the city's pension fund.",
        dates=("2026-11-19", "2026-11-19"),
    )
    assert _values(docs) == [["2026-11-19", "2026-11-18"]]


def test_a_name_of_one_side_missing_from_the_other_keeps_counts_apart():
    docs = story(
        "North Korea plans to send 317 athletes and officials to next month's Asian Games in Thailand.",
        "China, the overall gold medal leader, will send 596 athletes to Thailand.",
        dates=("2026-11-19", "2026-11-25"),
    )
    assert find_conflicts(docs) == ()


def test_set_and_scheduled_dates_of_one_sentencing_conflict():
    docs = story(
        "Sentencing is scheduled for February 12 in the Hartigan case.",
        "Sentencing was set for Feb. 19 in the Hartigan case.",
        dates=("2026-11-20", "2026-11-19"),
    )
    (conflict,) = find_conflicts(docs)
    assert [p.value for p in conflict.positions] == ["2027-02-12", "2027-02-19"]


def test_landfall_times_told_with_two_phrases_conflict():
    docs = story(
        "Storm Isolde made landfall near Kestrel Bay at 2:10 a.m. on Saturday with gusts of up to 94 mph.",
        "The death toll rose to four on Sunday, a day after the storm came ashore near Kestrel Bay at "
        "around 4:30 a.m. yesterday.",
        dates=("2026-10-17", "2026-10-18"),
    )
    assert ["2:10 a.m.", "around 4:30 a.m."] in _values(docs)


def test_the_one_toll_each_article_of_one_day_gives_conflicts():
    docs = story(
        "The death toll from Storm Isolde rose to four on Sunday after a man was found dead in his car.",
        "Residents of Kestrel Bay spent Sunday pulling soaked furniture onto their lawns after Storm "
        "Isolde left three people dead.",
        dates=("2026-10-18", "2026-10-18"),
    )
    assert _values(docs) == [["4", "3"]]


def test_tolls_of_two_events_told_apart_stay_apart():
    docs = story(
        "Three people were killed on Tuesday in Karachi when gunmen opened fire on a police van.",
        "Five people were killed on Tuesday when a gas cylinder exploded at a restaurant.",
        dates=("2026-10-18", "2026-10-18"),
    )
    assert find_conflicts(docs) == ()


def test_counts_of_people_arrested_are_one_fact():
    docs = story(
        "Police said 14 people were arrested after the march, most of them for public order offences.",
        "Seventeen people were arrested after a march against higher bus fares ended in clashes.",
        dates=("2026-10-04", "2026-10-04"),
    )
    assert _values(docs) == [["14", "17"]]


def test_counts_of_people_with_different_verbs_stay_apart():
    docs = story(
        "Police said 14 people were arrested after the march, most of them for public order offences.",
        "Seventeen people were treated in hospital after a march against higher bus fares.",
        dates=("2026-10-04", "2026-10-04"),
    )
    assert find_conflicts(docs) == ()


def test_durations_of_one_deliberation_conflict():
    docs = story(
        "The jury in the Hartigan trial deliberated for about 11 hours over two days.",
        "The jury in the Hartigan trial deliberated for 14 hours before reaching a verdict.",
        dates=("2026-11-19", "2026-11-19"),
    )
    (conflict,) = find_conflicts(docs)
    assert [p.value for p in conflict.positions] == ["about 11", "14"]
    assert conflict.about == "hours deliberated"


def test_durations_told_in_synonyms_conflict_and_agreeing_ones_stay_apart():
    # Round 13: "fought" and "battled" are one verb, so the next day's "nearly eight hours" meets the
    # fire chief's "about five" (a planted conflict of an earlier held-out story); the talks' 19 hours agree.
    docs = story(
        "Crews fought the fire at the Carrow plant for about five hours, the fire chief said. Talks "
        "between the union and the company lasted for 19 hours.",
        "The fire at the Carrow plant had burned for about five hours, the fire chief said. Negotiators "
        "met for about 19 hours.",
        "Firefighters battled the flames at the Carrow plant for nearly eight hours.",
        dates=("2026-10-08", "2026-10-08", "2026-10-09"),
    )
    assert _values(docs) == [["about five", "nearly eight"]]


def test_near_is_an_approximation_that_covers_the_bound():
    docs = story(
        "Storm Isolde made landfall near Kestrel Bay with gusts of up to 94 mph, officials said.",
        "The storm made landfall near Kestrel Bay with winds gusting near 95 mph, officials said.",
        dates=("2026-10-17", "2026-10-17"),
    )
    assert find_conflicts(docs) == ()


def test_an_event_told_by_its_noun_meets_its_verb():
    docs = story(
        "The announcement came at 7 a.m. on Monday, before markets opened.",
        "The deal was announced at 9 a.m. on Monday, the companies said.",
        dates=("2026-09-14", "2026-09-15"),
    )
    assert _values(docs) == [["7 a.m.", "9 a.m."]]


def test_two_nouns_that_came_are_two_events():
    docs = story(
        "The verdict came at 3 p.m. on Thursday in a packed courtroom.",
        "The announcement came at 5 p.m. on Thursday in a packed courtroom.",
        dates=("2026-11-19", "2026-11-19"),
    )
    assert find_conflicts(docs) == ()
