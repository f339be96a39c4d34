"""Conflicts round 11: clock times that outlets give differently for one event ("around 9pm" /
"shortly after 7pm"), and the one count of a unit two articles give that a bound rules out ("more than
40 firefighters" / "35 firefighters"); and the look-alikes that must stay apart."""

import pytest

from storyweave.crosscheck import _facts, find_conflicts
from tests.crosscheck.conftest import story


def _stated(text: str) -> list[str]:
    return [time.stated for _, _, time in _facts.find_clock_times(text)]


def test_times_of_one_derailment_hours_apart_conflict():
    docs = story(
        "A freight train derailed on the Hollinsford viaduct last night, closing the main line. The train, "
        "which was carrying wagons of aggregate, came off the rails at around 9pm, police said.",
        "The freight train derailed on the viaduct shortly after 7pm on Thursday, sending several wagons "
        "over the parapet.",
        dates=("2025-11-07", "2025-11-10"),
    )
    (conflict,) = find_conflicts(docs)
    assert conflict.kind == "date"
    assert [p.value for p in conflict.positions] == ["around 9pm", "shortly after 7pm"]
    assert conflict.about == "when the freight train derailed on the viaduct"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("at around 9pm", "shortly after 9pm"),
        ("at 9pm", "at 9.05pm"),
        ("just before 9pm", "at 9.10pm"),
        ("at 9pm", "at 10pm"),  # an hour apart: a zone or a first call, too close to tell
        ("at 11.50pm", "shortly after midnight"),
    ],
)
def test_times_the_wording_lets_meet_do_not_conflict(first, second):
    docs = story(
        f"A fire broke out at the old Holme Mill {first} on Tuesday, fire officials said.",
        f"A fire broke out at the old Holme Mill {second} on Tuesday, the fire service said.",
        dates=("2025-10-15", "2025-10-15"),
    )
    assert find_conflicts(docs) == ()


def test_24_hour_and_dotted_spellings_are_read():
    docs = story(
        "The floodlights at Carrow Park failed at 21:10 on Saturday, halting the derby.",
        "The floodlights at Carrow Park failed at around 7 p.m. on Saturday, halting the derby.",
        "The floodlights at Carrow Park failed shortly after 9pm on Saturday, the club said.",
        dates=("2025-03-16", "2025-03-16", "2025-03-17"),
    )
    (conflict,) = find_conflicts(docs)
    assert [(p.value, p.articles) for p in conflict.positions] == [
        ("21:10", ("a0", "a2")),
        ("around 7 p.m.", ("a1",)),
    ]


def test_times_of_two_zones_are_not_compared_but_of_one_zone_are():
    two_zones = story(
        "The blaze broke out at 2100 GMT on Tuesday at the mill.",
        "The blaze broke out at 7pm on Tuesday at the mill.",
        dates=("2025-10-15", "2025-10-15"),
    )
    assert find_conflicts(two_zones) == ()
    one_zone = story(
        "The blaze broke out at 2100 GMT on Tuesday at the mill.",
        "The blaze broke out at 1800 UTC on Tuesday at the mill.",
        dates=("2025-10-15", "2025-10-15"),
    )
    (conflict,) = find_conflicts(one_zone)
    assert [p.value for p in conflict.positions] == ["2100 GMT", "1800 UTC"]


def test_times_of_two_events_or_two_days_do_not_meet():
    docs = story(
        "The blast happened at about 2:15 p.m. on Monday in a building where resin is mixed.",
        "Firefighters brought the fire under control at about 5 p.m. on Monday.",
        "The blast happened at about 2:15 p.m. on Monday, officials said. The order to shelter was lifted at "
        "6 p.m. on Monday.",
        dates=("2025-06-02", "2025-06-02", "2025-06-03"),
    )
    assert find_conflicts(docs) == ()
    days = story(
        "The ferry struck the north pier at 10:40 a.m. on Saturday.",
        "The ferry struck the north pier again at 4pm on Sunday.",
        dates=("2025-08-10", "2025-08-11"),
    )
    assert find_conflicts(days) == ()


def test_deadlines_ranges_and_bare_hours_are_no_clock_times():
    assert _stated("The line will stay closed until 9pm.") == []
    assert _stated("Voting ran from 7am to 9pm, and results came by midnight.") == []
    assert _stated("The train left at 10:40 and won 2:15.3 later.") == []
    assert _stated("It came off the rails at around 9pm and again at 21:10.") == ["around 9pm", "21:10"]


def test_one_count_each_that_a_bound_rules_out_conflicts():
    docs = story(
        "Flames spread to a storage shed before more than 40 firefighters brought the fire under control.",
        "More than 40 firefighters from Marlow Falls and two neighboring towns fought the fire that followed, "
        "Fire Chief Gary Lindqvist said.",
        "Fire Chief Gary Lindqvist said 35 firefighters responded to the blast.",
        dates=("2025-06-02", "2025-06-03", "2025-06-03"),
    )
    (conflict,) = find_conflicts(docs)
    assert [(p.value, p.articles) for p in conflict.positions] == [
        ("more than 40", ("a0", "a1")),
        ("35", ("a2",)),
    ]


@pytest.mark.parametrize("other", ["34 firefighters", "nearly 40 firefighters", "up to 40 firefighters"])
def test_bounds_that_hold_stay_compatible(other):
    docs = story(
        "More than 30 firefighters fought the fire that followed, Fire Chief Gary Lindqvist said.",
        f"Fire Chief Gary Lindqvist said {other} responded to the blast.",
        dates=("2025-06-03", "2025-06-03"),
    )
    assert find_conflicts(docs) == ()


def test_fewer_than_is_a_ceiling():
    docs = story(
        "Fewer than 20,000 fans were in the ground when the lights failed, according to the club.",
        "The club said 28,000 fans were in the ground when the lights failed.",
        "Nearly 30,000 fans were in the ground when the lights failed, the club said.",
        dates=("2025-03-16", "2025-03-16", "2025-03-17"),
    )
    (conflict,) = find_conflicts(docs)
    assert [(p.value, p.articles) for p in conflict.positions] == [
        ("fewer than 20,000", ("a0",)),
        ("28000", ("a1", "a2")),
    ]


def test_counts_that_are_not_each_articles_one_count_need_shared_words():
    # The second article counts firefighters twice: which of its counts is the crew is not known.
    twice = story(
        "More than 40 firefighters fought the fire that followed, Fire Chief Gary Lindqvist said.",
        "Fire Chief Gary Lindqvist said 35 firefighters responded to the blast. By Tuesday, 12 firefighters "
        "stayed at the site.",
        dates=("2025-06-03", "2025-06-03"),
    )
    assert find_conflicts(twice) == ()
    # Told by two people in clauses that share no word: nothing ties them.
    untied = story(
        "More than 40 firefighters fought the fire that followed, Fire Chief Gary Lindqvist said.",
        "Mayor Denise Arbogast said 35 firefighters responded to the blast.",
        dates=("2025-06-03", "2025-06-03"),
    )
    assert find_conflicts(untied) == ()


@pytest.mark.parametrize("ceiling", ["no more than 40", "at most 40", "fewer than 40", "up to 40"])
def test_a_ceiling_rules_out_a_higher_count(ceiling):
    docs = story(
        f"Fire Chief Gary Lindqvist said {ceiling} firefighters fought the fire at the plant.",
        "Fire Chief Gary Lindqvist said 45 firefighters fought the fire at the plant.",
        dates=("2025-06-03", "2025-06-03"),
    )
    (conflict,) = find_conflicts(docs)
    assert [p.value for p in conflict.positions] == [ceiling, "45"]
