"""Counts this session's QA passes found missed between outlets: people made to leave told by two verbs or nouns,
two approximations a quarter apart, one toll told by two casualty verbs (and still an update across days), and a
committee's vote told without the committee."""

from .conftest import conflict_sides, dated_story, number_conflicts


def _sides(*articles: tuple[str, str]) -> list[tuple[dict[str, set[str]], bool]]:
    return [(conflict_sides(c), c.update) for c in number_conflicts(dated_story(*articles))]


def test_people_ordered_to_leave_and_residents_told_to_evacuate_are_one_count():
    assert _sides(
        (
            "2027-03-02",
            "A wildfire spread near Larkton on Monday. Around 1,500 people were ordered to leave their homes, "
            "officials said.",
        ),
        (
            "2027-03-02",
            "Fire crews fought the blaze near Larkton on Monday, and about 1,200 residents were told to evacuate.",
        ),
    ) == [({"around 1,500": {"a0"}, "about 1,200": {"a1"}}, False)]


def test_workers_evacuated_and_workers_sent_home_are_one_count():
    assert _sides(
        (
            "2027-03-02",
            "A gas leak at the Porthaven docks led to the evacuation of about 200 dock workers on Monday.",
        ),
        (
            "2027-03-02",
            "Managers at the Porthaven docks sent about 250 dock workers home on Monday after a gas leak.",
        ),
    ) == [({"about 200": {"a0"}, "about 250": {"a1"}}, False)]


def test_close_approximations_still_agree():
    assert (
        _sides(
            (
                "2027-03-02",
                "A gas leak at the Porthaven docks led to the evacuation of about 200 dock workers.",
            ),
            (
                "2027-03-02",
                "Managers at the Porthaven docks sent about 220 dock workers home after a gas leak.",
            ),
        )
        == []
    )


def test_a_toll_told_by_two_casualty_verbs_is_one_toll():
    floor = "At least 31 people have died in floods in the Varn valley, rescuers said."
    assert _sides(
        (
            "2027-03-02",
            "Floods swept through the Varn valley this week. At least 31 people have died, officials said.",
        ),
        ("2027-03-02", floor),
        (
            "2027-03-02",
            "The floods in the Varn valley have killed 38 people, according to the regional governor.",
        ),
    ) == [({"at least 31": {"a0", "a1"}, "38": {"a2"}}, False)]
    assert _sides(
        ("2027-03-02", floor),
        ("2027-03-02", "The regional governor confirmed 38 deaths in the Varn valley floods."),
    ) == [({"at least 31": {"a0"}, "38": {"a1"}}, False)]


def test_a_larger_toll_of_a_later_day_is_an_update():
    assert _sides(
        ("2027-03-02", "At least 31 people have died in floods in the Varn valley, rescuers said."),
        (
            "2027-03-04",
            "The floods in the Varn valley have killed 38 people, according to the regional governor.",
        ),
    ) == [({"at least 31": {"a0"}, "38": {"a1"}}, True)]


def test_a_committees_vote_told_without_the_committee_is_one_vote():
    assert _sides(
        (
            "2027-03-02",
            "The central bank of Osterland cut its key rate on Thursday. The rate-setting committee voted 7-2 "
            "for the cut.",
        ),
        ("2027-03-02", "The central bank of Osterland cut its key rate to 3.5% on Thursday in a 6-3 vote."),
    ) == [({"7-2": {"a0"}, "6-3": {"a1"}}, False)]
