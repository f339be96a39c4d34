"""Conflicts, session 28: a strike story's figures (the QA11 feed and a held-out dock strike): a count told
by a participle beside another outlet's noun of the act, counts of two days, a cumulative count "since" a day."""

from tests.crosscheck.conftest import conflict_sides as _sides
from tests.crosscheck.conftest import number_conflicts as _numbers
from tests.crosscheck.conftest import outlet_story as _story


def test_people_relocated_meet_another_outlets_relocations():
    docs = _story(
        (
            "2026-11-20",
            "Continental Wire",
            "EU leaders agreed on Thursday to a migration pact. Countries must accept a share of 30,000 "
            "relocations a year or pay €20,000 for each person they refuse. Hungary voted against.",
        ),
        (
            "2026-11-20",
            "Europa Ledger",
            "The 27 leaders agreed on Thursday to a migration pact. Member states will have to accept a share "
            "of 30,000 relocations a year or pay €20,000 for every asylum seeker they refuse.",
        ),
        (
            "2026-11-20",
            "Irish Courier",
            "EU leaders struck a deal on Thursday that will see 35,000 asylum seekers relocated across the "
            "bloc every year, with countries that refuse paying €20,000 per person.",
        ),
    )
    (conflict,) = _numbers(docs)
    assert not conflict.update
    assert _sides(conflict) == {"30000": {"a0", "a1"}, "35000": {"a2"}}


def test_counts_of_two_days_are_no_conflict():
    docs = _story(
        (
            "2026-11-18",
            "Irish Courier",
            "Rail workers in France and Germany walked out on Wednesday. Eurostar cancelled 14 trains "
            "between London and Paris.",
        ),
        (
            "2026-11-19",
            "Continental Wire",
            "The rail strike entered its second day on Thursday. Eurostar cancelled 20 trains on Thursday.",
        ),
    )
    assert _numbers(docs) == []


def test_count_since_the_strike_began_rises_as_an_update():
    docs = _story(
        (
            "2026-10-07",
            "Northern Ledger",
            "Meridian Docks raised its pay offer on Wednesday. The company said 3,900 containers had been "
            "affected by the dock strike since Monday.",
        ),
        (
            "2026-10-08",
            "Harbour Times",
            "Dock workers voted on Thursday to end their strike. Meridian put the number of containers "
            "affected by the strike at 4,300 since it began on Monday.",
        ),
    )
    (update,) = _numbers(docs)
    assert update.update
    assert _sides(update) == {"3900": {"a0"}, "4300": {"a1"}}


def test_a_demand_is_no_account_of_an_offer():
    docs = _story(
        (
            "2026-11-16",
            "Continental Wire",
            "Rail unions in France and Germany will strike from Wednesday. The unions are demanding pay rises "
            "of 8% to match inflation.",
        ),
        (
            "2026-11-20",
            "Europa Ledger",
            "French rail unions ended their strike on Friday after SNCF raised its pay offer to 5%.",
        ),
    )
    assert _numbers(docs) == []
