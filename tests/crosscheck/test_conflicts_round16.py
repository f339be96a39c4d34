"""Conflicts round 16 (the QA7 pass): number forms read (a streak's ordinal, "in a row", a duration
written into its event's noun or told "N days later", a quake's magnitude), facts paired across
outlets that word them differently (the one count each article gives with one verb nearest it, a
date told of an event's noun), and a side that gathers a statement whose words are other forms of its
words ("treated" / "treatment")."""

from storyweave.crosscheck import find_conflicts
from tests.crosscheck.conftest import story


def _conflicts(docs) -> list[tuple[str, list[tuple[str, tuple[str, ...]]]]]:
    return [
        (conflict.about, [(p.value, p.articles) for p in conflict.positions])
        for conflict in find_conflicts(docs)
    ]


def test_a_streak_ordinal_is_the_streak_count():
    docs = story(
        "Kingsport Rovers sacked manager Gareth Pryce on Monday after a ninth consecutive league defeat.",
        "Kingsport Rovers sacked manager Gareth Pryce on Monday after eight straight league defeats.",
        dates=("2026-11-02", "2026-11-02"),
    )
    assert _conflicts(docs) == [("league defeats in a row", [("9", ("a0",)), ("8", ("a1",))])]


def test_in_a_row_and_straight_count_one_streak():
    docs = story(
        "Kingsport Rovers sacked manager Gareth Pryce on Monday after nine league defeats in a row.",
        "Kingsport Rovers sacked manager Gareth Pryce on Monday after eight straight league defeats.",
        dates=("2026-11-02", "2026-11-02"),
    )
    assert [sides for _, sides in _conflicts(docs)] == [[("9", ("a0",)), ("8", ("a1",))]]


def test_an_ordinal_of_no_streak_counts_nothing():
    docs = story(
        "Liam Keane was Ashford's fifth manager in six years, the club said.",
        "Liam Keane was the fourth manager Ashford had hired in six years.",
        dates=("2026-10-27", "2026-10-27"),
    )
    assert _conflicts(docs) == []


def test_a_duration_written_into_its_event_noun_meets_the_event_told_by_a_verb():
    docs = story(
        "The strike lasted three days, the union said, and buses ran on Sunday.",
        "The four-day strike ended and buses ran on Sunday, the union said.",
        dates=("2026-10-18", "2026-10-18"),
    )
    assert _conflicts(docs) == [("days of the strike", [("3", ("a0",)), ("4", ("a1",))])]


def test_durations_written_into_two_event_nouns_are_two_facts():
    docs = story(
        "The prime minister arrived in Lisbon on Monday for a two-day summit of European leaders.",
        "The prime minister began a three-day visit to Portugal on Monday, meeting European leaders.",
        dates=("2026-04-06", "2026-04-06"),
    )
    assert _conflicts(docs) == []


def test_a_span_told_days_later_is_a_duration_of_its_verb():
    docs = story(
        "Attackers got into the company's systems through a vendor's account and were detected six days later.",
        "Hackers entered the network using a contractor's login, and the intrusion was found four days later.",
        dates=("2026-09-15", "2026-09-15"),
    )
    assert [sides for _, sides in _conflicts(docs)] == [[("6", ("a0",)), ("4", ("a1",))]]


def test_a_quake_magnitude_is_its_own_unit():
    docs = story(
        "A magnitude 6.1 earthquake struck the southern Peruvian region of Arequipa early on Tuesday.",
        "A 6.4-magnitude earthquake shook the Arequipa region of southern Peru before dawn on Tuesday.",
        dates=("2026-11-03", "2026-11-03"),
    )
    assert _conflicts(docs) == [("magnitude", [("6.1", ("a0",)), ("6.4", ("a1",))])]


def test_magnitudes_a_whole_point_apart_are_two_quakes():
    docs = story(
        "An 8.8 magnitude earthquake was recorded in Chile on Saturday, killing at least 214 people.",
        "The USGS said the earthquake reached a 5.7 magnitude, with a depth of 10 kilometers.",
        dates=("2010-02-27", "2010-03-05"),
    )
    assert _conflicts(docs) == []


def test_a_magnitude_before_a_casualty_verb_is_no_toll():
    # "a magnitude 6.1 quake killed 12 people" was read as 6.1 "quake deaths" beside the 12 dead.
    docs = story(
        "A magnitude 6.1 quake killed 12 people in the Arequipa region on Tuesday.",
        "A magnitude 6.1 earthquake killed 14 people in the Arequipa region on Tuesday.",
        dates=("2026-11-04", "2026-11-04"),
    )
    assert [sides for _, sides in _conflicts(docs)] == [[("12", ("a0",)), ("14", ("a1",))]]


def test_the_one_count_each_article_gives_with_one_verb_nearest_is_one_fact():
    docs = story(
        "St. Brendan Health said a ransomware attack exposed the names, birth dates and medical record "
        "numbers of about 1.2 million patients.",
        "The personal information of about 2.1 million patients was exposed in the attack, the Ohio "
        "hospital network said.",
        dates=("2026-09-15", "2026-09-15"),
    )
    assert _conflicts(docs) == [
        ("number of patients", [("about 1.2 million", ("a0",)), ("about 2.1 million", ("a1",))])
    ]


def test_sole_counts_with_other_verbs_nearest_stay_apart():
    docs = story(
        "St. Brendan Health said a ransomware attack exposed the names and birth dates of 1.2 million patients.",
        "The Ohio hospital network, which treated 2.1 million patients last year, disclosed the attack on Tuesday.",
        dates=("2026-09-15", "2026-09-15"),
    )
    assert _conflicts(docs) == []


def test_a_date_told_of_an_event_noun_meets_what_the_noun_did():
    docs = story(
        "The leak happened on Monday afternoon when a valve on a chlorine cylinder failed.",
        "Regulators said on Wednesday they will investigate the chlorine leak that forced hundreds of "
        "residents from their homes on Tuesday.",
        dates=("2026-11-12", "2026-11-12"),
    )
    assert [sides for _, sides in _conflicts(docs)] == [[("2026-11-09", ("a0",)), ("2026-11-10", ("a1",))]]


def test_a_date_of_something_else_done_about_the_event_noun_stays_apart():
    # The arrest was on Tuesday, not the attack: "attack" is no subject of "arrested".
    docs = story(
        "The attack happened on Monday evening, police said.",
        "Police arrested a man who was wanted over the attack on Tuesday.",
        dates=("2026-03-12", "2026-03-12"),
    )
    assert _conflicts(docs) == []


def test_a_side_gathers_a_statement_in_other_forms_of_its_words():
    docs = story(
        "A chlorine leak at the Dunmore water plant on Tuesday sent 23 people for treatment, officials said.",
        "A chlorine leak at the Dunmore water plant sent 32 people for treatment, officials now say.",
        "Fire Chief Marcus Obi said 23 people were treated at Dunmore General Hospital.",
        dates=("2026-11-11", "2026-11-12", "2026-11-12"),
    )
    assert [sides for _, sides in _conflicts(docs)] == [[("23", ("a0", "a2")), ("32", ("a1",))]]
