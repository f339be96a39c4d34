"""Conflicts round 13: figures that outlets word differently (the QA pass of /tmp/s22/qa): clock times
to the minute, a unit's shared modifier, the one sum each article gives, a depth told by "below the
surface" or "underground", a toll after a subordinate clause, a day with a digit slipped, a thousands
comma, a duration's clause verb; and the look-alikes that must stay apart."""

import pytest

from storyweave.crosscheck import find_conflicts
from tests.crosscheck.conftest import story


def _values(docs) -> list[list[str]]:
    return [[p.value for p in conflict.positions] for conflict in find_conflicts(docs)]


def test_minute_precise_times_with_a_transposed_digit_conflict():
    docs = story(
        "The Western Meridian Railways service from Bristel to Carrow left the tracks at 18:42 on "
        "Wednesday on a curve.",
        "The six-coach train came off the rails at 18:24 on Wednesday while travelling at about 70mph.",
        dates=("2026-07-15", "2026-07-15"),
    )
    assert _values(docs) == [["18:42", "18:24"]]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("at 10:40 a.m.", "at 10:45 a.m."),  # a report and a first call
        ("at about 6 a.m.", "at about 7 a.m."),  # loose whole hours an hour apart: too close to tell
        ("at about 6:40 a.m.", "at about 6:50 a.m."),  # loose minutes ten minutes apart: too close to tell
        ("at 9pm", "at 9:20pm"),  # a whole hour is a rounded time
    ],
)
def test_close_or_loose_times_stay_compatible(first, second):
    docs = story(
        f"A fire broke out at the old Holme Mill {first} on Tuesday.",
        f"A fire broke out at the old Holme Mill {second} on Tuesday.",
        dates=("2026-10-15", "2026-10-15"),
    )
    assert find_conflicts(docs) == ()


def test_a_modifier_both_units_carry_ties_two_counts():
    docs = story(
        "Five gold snuffboxes from the 18th century, valued at €4.2 million, were taken from the museum.",
        "Police are searching for two men on a scooter after four gold snuffboxes were stolen on Sunday.",
        dates=("2026-09-07", "2026-09-07"),
    )
    assert _values(docs) == [["5", "4"]]


def test_the_one_sum_each_article_gives_is_one_fact():
    docs = story(
        "Analysts estimated that the recall would cost Voltrane about $31 million.",
        "Voltrane Mobility's recall of 48,000 e-bikes, announced on Tuesday, will cost the company an "
        "estimated $37 million, according to figures the company filed with regulators.",
        dates=("2026-10-14", "2026-10-16"),
    )
    assert _values(docs) == [["about $31 million", "an estimated $37 million"]]


def test_sums_governed_by_other_words_or_of_many_stay_apart():
    other_words = story(
        "The charity raised $31 million for the victims.",
        "The repairs will cost the city $37 million.",
        dates=("2026-10-14", "2026-10-14"),
    )
    assert find_conflicts(other_words) == ()
    many = story(
        "The stolen objects are valued at €4.2 million. The museum's new alarm cost €300,000.",
        "None of the stolen objects, valued at €2.4 million, has been found. Insurers paid €1.1 million.",
        dates=("2026-09-07", "2026-09-07"),
    )
    # Articles that give several sums share only "valued": two words are still needed.
    assert find_conflicts(many) == ()


def test_a_depth_told_below_the_surface_or_underground_is_one_fact():
    docs = story(
        "The collapse happened shortly after the night shift had handed over, in a gallery 420 metres "
        "below the surface.",
        "The toll has risen to seven, officials said on Tuesday, as rescuers tunnelled towards nine men "
        "trapped 480 metres underground.",
        dates=("2026-08-17", "2026-08-18"),
    )
    (conflict,) = find_conflicts(docs)
    assert [p.value for p in conflict.positions] == ["420", "480"]
    # The rise is the toll's, told "to seven": the depth did not grow.
    assert not conflict.update


def test_a_length_and_a_depth_stay_apart():
    docs = story(
        "Engineers replaced a section of track 420 metres long.",
        "Nine men were trapped 480 metres underground.",
        dates=("2026-08-17", "2026-08-17"),
    )
    assert find_conflicts(docs) == ()


def test_a_toll_after_a_subordinate_clause_is_of_its_event_not_the_main_clauses_day():
    docs = story(
        "Three people were killed and 45 injured when a passenger train derailed near Aldwick on Wednesday "
        "evening, emergency services said.",
        "Investigators began examining the wreckage of a Western Meridian Railways train on Thursday after "
        "it derailed near Aldwick, killing three people and injuring 54.",
        dates=("2026-07-15", "2026-07-16"),
    )
    assert _values(docs) == [["45", "54"]]


def test_days_of_one_month_with_a_digit_slipped_conflict():
    docs = story(
        "Judge Eleanor Voss thanked the jury and set sentencing for September 24.",
        "Sentencing is scheduled for September 14.",
        dates=("2026-06-13", "2026-06-13"),
    )
    assert _values(docs) == [["2026-09-24", "2026-09-14"]]


def test_days_weeks_apart_with_no_digit_in_common_stay_apart():
    docs = story(
        "Sentencing is scheduled for September 3.",
        "Sentencing is scheduled for September 27.",
        dates=("2026-06-13", "2026-06-13"),
    )
    assert find_conflicts(docs) == ()


def test_a_thousands_comma_does_not_split_a_clause():
    docs = story(
        "Priya Ramanathan has won the mayor's race by 37 votes after a hand recount of 41,286 ballots, "
        "election officials announced on Thursday.",
        "The recount of 41,826 ballots was ordered after auditors discovered that a batch of 249 mail "
        "ballots had been scanned twice on election night.",
        dates=("2026-11-20", "2026-11-21"),
    )
    assert ["41286", "41826"] in _values(docs)


def test_the_people_a_sentence_names_do_not_scope_its_figure_apart():
    docs = story(
        "Priya Ramanathan, who won Port Calder's mayoral race by 37 votes after a hand recount announced "
        'on Thursday, thanked her supporters on Friday. "This city voted for change," Ramanathan said.',
        "The county election board declared on Thursday that Priya Ramanathan beat incumbent Daniel Okafur "
        'by 39 votes in a hand recount. "We owe it to our voters," Ramanathan said. "I will review the '
        'numbers," Okafur said.',
        dates=("2026-11-20", "2026-11-20"),
    )
    assert ["37", "39"] in _values(docs)


def test_durations_of_one_clause_verb_conflict_and_of_two_stay_apart():
    fought = story(
        "Fire Chief Marcus Odell said crews fought the fire for about five hours before it was under control.",
        "Firefighters battled the flames for nearly eight hours, Fire Chief Marcus Odell told reporters.",
        dates=("2026-10-08", "2026-10-08"),
    )
    assert _values(fought) == [["about five", "nearly eight"]]
    inside = story(
        "The thieves were inside for less than seven minutes, police said.",
        "The suspects were inside the museum for nine minutes, police said.",
        dates=("2026-09-07", "2026-09-07"),
    )
    assert _values(inside) == [["less than seven", "9"]]
    two_verbs = story(
        "Crews fought the fire for about five hours.",
        "The jury deliberated for nearly eight hours.",
        dates=("2026-10-08", "2026-10-08"),
    )
    assert find_conflicts(two_verbs) == ()


def test_a_growing_area_that_a_rounded_figure_allows_is_an_update():
    docs = story(
        "The Pine Ridge fire has burned 12,400 acres in the hills east of Corville.",
        "The Pine Ridge fire has scorched roughly 12,000 acres.",
        "The Pine Ridge fire has burned about 13,000 acres.",
        dates=("2026-07-15", "2026-07-15", "2026-07-16"),
    )
    assert [conflict.update for conflict in find_conflicts(docs)] == [True]


def test_two_shares_of_one_day_are_no_update_whatever_follows():
    docs = story(
        "The Pine Ridge fire has burned 12,400 acres since it started on Monday, and is 15 percent contained.",
        "The Pine Ridge fire has scorched roughly 12,000 acres and is 25 percent contained.",
        "Firefighters made progress on Thursday, raising containment to 30 percent.",
        dates=("2026-07-15", "2026-07-15", "2026-07-16"),
    )
    # The day's two accounts are its conflict; a containment that grows the next day is that conflict's update
    # (tests/crosscheck/test_s49_numbers4.py), as a running toll disputed on its first day is.
    (share,) = [c for c in find_conflicts(docs) if [p.value for p in c.positions][:2] == ["15", "25"]]
    assert not share.update


def test_a_sum_a_verb_takes_out_of_someone_is_read():
    docs = story(
        "Marcus Thorne was convicted on Friday of defrauding investors out of $212 million.",
        "A jury found Thorne guilty over a scheme that cost investors $221 million.",
        dates=("2026-06-12", "2026-06-13"),
    )
    assert _values(docs) == [["212000000", "221000000"]]


def test_a_sum_with_its_digits_swapped_conflicts_beyond_the_ratio():
    docs = story(
        "The regional government pledged €18 million for flood repairs.",
        "The regional government pledged €81 million for flood repairs.",
        dates=("2026-03-03", "2026-03-03"),
    )
    assert _values(docs) == [["18000000", "81000000"]]
