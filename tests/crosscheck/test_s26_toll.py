"""Session 26 (QA9 #4, #5): a running toll told over days by several outlets is one update with every figure
and every outlet; a comparison's year dates no event; a timeline entry shows the sentence that tells its event."""

from storyweave.crosscheck import build_timeline, find_conflicts

from .conftest import dated_story

# The QA9 quake story: the toll of the dead and of the injured, told on four days by four outlets.
_QUAKE = (
    (
        "2026-10-12",
        "A magnitude 5.9 earthquake struck Malatya province in eastern Turkey early on Monday, killing at least "
        "12 people and injuring 140, the disaster agency AFAD said. The quake hit at 04:17 local time.",
    ),
    (
        "2026-10-13",
        "The death toll from Monday's earthquake in Malatya province has risen to 19, Turkey's disaster agency "
        "AFAD said on Tuesday. More than 200 people were injured.",
    ),
    (
        "2026-10-14",
        "At least 27 people are now known to have died in the earthquake that hit Malatya province on Monday, "
        "officials said on Wednesday. AFAD said 231 people were injured.",
    ),
    (
        "2026-10-15",
        "Turkish authorities ended search and rescue operations in Malatya on Thursday, three days after a "
        "magnitude 5.9 earthquake that killed 31 people and injured 236, AFAD said.",
    ),
    (
        "2026-10-15",
        "Rescue operations in Turkey's Malatya province ended on Thursday with the death toll at 31, the "
        "disaster agency said. The 5.9-magnitude earthquake struck on Monday at 04:17 local time.",
    ),
)


def _updates(docs: list) -> list[list[tuple[str, set[str]]]]:
    """Each update's values in order, with the articles of each."""
    return [[(p.value, set(p.articles)) for p in c.positions] for c in find_conflicts(docs) if c.update]


def test_a_toll_told_on_four_days_is_one_update_with_every_figure_and_outlet() -> None:
    updates = _updates(dated_story(*_QUAKE))
    assert [
        ("at least 12", {"a0"}),
        ("19", {"a1"}),
        ("at least 27", {"a2"}),
        ("31", {"a3", "a4"}),
    ] in updates
    assert [("140", {"a0"}), ("more than 200", {"a1"}), ("231", {"a2"}), ("236", {"a3"})] in updates
    assert not [c for c in find_conflicts(dated_story(*_QUAKE)) if not c.update]


def test_a_floor_told_after_a_higher_figure_stays_a_bound() -> None:
    # "At least 12" printed a day after 19 may only repeat the first count: no update and no conflict.
    docs = dated_story(
        (
            "2026-10-13",
            "The death toll from Monday's earthquake in Malatya province has risen to 19, AFAD said.",
        ),
        ("2026-10-14", "The earthquake in Malatya province on Monday killed at least 12 people."),
    )
    assert find_conflicts(docs) == ()


def test_tolls_of_two_places_or_a_second_event_are_not_one_running_toll() -> None:
    # The held-out storm: six dead in Cuba, then two in the Bahamas, are no toll falling from six to two.
    storm = dated_story(
        ("2027-09-14", "Hurricane Lena killed six people in eastern Cuba on Tuesday, state media said."),
        ("2027-09-15", "In the Bahamas, officials said two people had died on Great Inagua."),
    )
    assert find_conflicts(storm) == ()
    # A second blast's dead are not the first blast's toll grown.
    blasts = dated_story(
        ("2026-05-04", "A bomb exploded at a market in Kessel on Monday, killing 14 people."),
        ("2026-05-06", "A second bomb exploded at the Kessel bus station on Wednesday, killing 23 people."),
    )
    assert _updates(blasts) == []


def test_no_one_hurt_is_no_count_of_one() -> None:
    # The bundled harbor-fire story: a year-old blaze where "no one was hurt" is no toll of one person
    # that the two firefighters hurt in this fire updated.
    docs = dated_story(
        (
            "2026-03-11",
            "A year ago, a smaller blaze at Pier 4 destroyed a bait shop; no one was hurt in that fire.",
        ),
        ("2026-03-12", "Two firefighters were hurt: one suffered burns to his hands."),
    )
    assert _updates(docs) == []


def test_a_comparisons_year_dates_no_event() -> None:
    docs = dated_story(
        (
            "2026-10-26",
            "The Social Democrats won Sunday's regional election with 34.2% of the vote. The Greens came second "
            "with 18.7% and 22 seats, up from 14 seats in 2022. Turnout was 61.5%, compared with 64.8% in 2022. "
            "The Greens took 6, down from 9 in 2022.",
        ),
        ("2026-10-26", "The Greens first entered the regional parliament in 2014."),
    )
    entries = [(e.date, e.event) for e in build_timeline(docs)]
    assert [date for date, _ in entries] == ["2014", "2026-10-25"]


def test_an_entry_shows_the_sentence_of_its_event_not_a_later_one_naming_it() -> None:
    docs = dated_story(*_QUAKE)
    (monday,) = [e for e in build_timeline(docs) if e.date == "2026-10-12"]
    assert "eastern Turkey early on Monday" in monday.event and "19" not in monday.event
    # A later article that tells what followed ("had burned 1,400 hectares by Tuesday") is not shown for
    # the day the fire broke out when that day's article tells it.
    fire = dated_story(
        (
            "2027-08-02",
            "A wildfire broke out in hills north of Marseille on Monday, forcing 2,000 people from their homes, "
            "firefighters said.",
        ),
        (
            "2027-08-03",
            "The wildfire that broke out north of Marseille on Monday had burned 1,400 hectares by Tuesday "
            "afternoon, firefighters said, and about 3,000 residents had been evacuated.",
        ),
    )
    (outbreak,) = [e for e in build_timeline(fire) if e.date == "2027-08-02"]
    assert "2,000 people" in outbreak.event
