"""Session 47 (names and dates desk), from the blind test's misses: a final consonant doubled by one outlet under
the same given name ("Hendrik Vossel" / "Hendrik Vossell") is one person spelt two ways; a present progressive with
an article before its object ("is meeting the tram union on Thursday") and a day after "still" + participle ("those
still held on Thursday") look ahead; an ordinal that ranks ("put him third") repeats no act, a date is no partial
count, and a full name before a relative clause is its act's subject (the concession's Sunday / Monday); a film's
opening in cinemas is one release however told; a runoff a future word follows is no round held; a day in a
relative clause before a toll is not the toll's; "The conviction of X yesterday" joins the day's conviction."""

import pytest

from storyweave.crosscheck import build_timeline, find_conflicts
from storyweave.crosscheck.names import find_name_conflicts
from tests.crosscheck.conftest import conflict_sides, dates_on, outlet_story


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            "Tenant Hendrik Vossel said the verdict was fair.",
            "Hendrik Vossell, a tenant, welcomed the verdict.",
        ),
        ("Its director, Paula Kendal, called for tighter rules.", "Paula Kendall said rules must change."),
        (
            "The film stars Oskar Brel as a lighthouse keeper.",
            "Its star, Oskar Brell, said the shoot was hard.",
        ),
    ],
)
def test_a_final_consonant_doubled_after_the_same_given_name_is_one_name_spelt_two_ways(
    one: str, other: str
) -> None:
    docs = outlet_story(("2026-06-06", "Fenwick Herald", one), ("2026-06-06", "River Post", other))
    (conflict,) = find_name_conflicts(docs)
    assert conflict.about.startswith("spelling of ")
    assert sorted(conflict_sides(conflict).values()) == [{"a0"}, {"a1"}]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # Another given name: two people of one family, or two families.
        ("Campaigner Tom Kendal said renters were watching.", "Paula Kendall said rules must change."),
        # A vowel doubled at the end is no consonant's slip: "Andre" / "Andree".
        ("Nurse Maria Andre said the ward was full.", "Maria Andree said the ward was full."),
    ],
)
def test_a_doubled_ending_without_the_same_given_name_or_of_a_vowel_is_no_spelling_conflict(
    one: str, other: str
) -> None:
    docs = outlet_story(("2026-06-06", "Fenwick Herald", one), ("2026-06-06", "River Post", other))
    assert [c for c in find_conflicts(docs) if c.kind == "name"] == []


def test_a_role_bound_to_a_doubled_ending_is_the_spelling_conflict_even_where_one_outlet_writes_the_surname_alone() -> (
    None
):
    docs = outlet_story(
        (
            "2026-08-14",
            "Valley Sun",
            'Fire Chief Dana Morrel said crews had contained 15 percent. "The wind is the enemy," Morrel said.',
        ),
        (
            "2026-08-14",
            "Coast Courier",
            'Fire Chief Dana Morrell said 15 percent was contained. "The wind is the enemy," said Morrell.',
        ),
        ("2026-08-15", "State Wire", "Morrell said crews had made progress overnight."),
    )
    (conflict,) = find_name_conflicts(docs)
    assert conflict.about.startswith("spelling of ")


# Articles of Monday 20 April 2026.
_MONDAY = "2026-04-20"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The transport minister is meeting the tram union on Thursday.", ["2026-04-23"]),
        ("Ruth Calder is meeting the drivers on Thursday to discuss a new offer.", ["2026-04-23"]),
        ("The mayor is visiting a shelter on Thursday.", ["2026-04-23"]),
        ("Union leaders are meeting the board Thursday.", ["2026-04-23"]),
        ("The minister is meeting the union's executive on Thursday as well.", ["2026-04-23"]),
        # The past, and an unforeseen event after the article, keep the day gone by.
        ("The transport minister met the tram union on Thursday.", ["2026-04-16"]),
        ("Police are investigating the fire on Thursday.", ["2026-04-16"]),
    ],
)
def test_a_present_progressive_with_an_article_before_its_object_is_to_come(
    text: str, expected: list[str]
) -> None:
    assert dates_on(text, _MONDAY) == expected


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            "Pavel Dorn conceded on Sunday night after preliminary results put him third.",
            "Pavel Dorn conceded defeat on Monday.",
        ),
        (
            "Pavel Dorn conceded on Sunday night after finishing third in the first round.",
            "Pavel Dorn conceded defeat on Monday, a day after the vote left him trailing in third place.",
        ),
        (
            "The third-placed Pavel Dorn conceded on Sunday night.",
            "Pavel Dorn conceded defeat on Monday after coming third.",
        ),
        # A full name before a relative clause set off by commas is the subject of the act after it.
        (
            "The third-placed Pavel Dorn conceded on Sunday night.",
            "Pavel Dorn, who came third, conceded defeat on Monday.",
        ),
        (
            "The third-placed Pavel Dorn conceded on Sunday night.",
            "Pavel Dorn, who won 18 percent of the vote, conceded defeat on Monday.",
        ),
    ],
)
def test_a_ranked_concession_or_one_whose_subject_a_relative_clause_follows_is_one_act(
    one: str, other: str
) -> None:
    docs = outlet_story(("2026-03-10", "North Ledger", one), ("2026-03-10", "Varland Report", other))
    (conflict,) = [c for c in find_conflicts(docs) if c.kind == "date"]
    assert conflict_sides(conflict) == {"2026-03-08": {"a0"}, "2026-03-09": {"a1"}}


def test_an_ordinal_of_the_acts_object_is_a_repeat() -> None:
    docs = outlet_story(
        ("2026-03-10", "North Ledger", "Police arrested a third suspect on Sunday night."),
        ("2026-03-10", "Varland Report", "Police arrested a suspect on Monday."),
    )
    assert [c for c in find_conflicts(docs) if c.kind == "date"] == []


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            'Lumen Pictures will release Ada Crane\'s drama "The Salt Road" in cinemas on November 6.',
            '"The Salt Road", the lighthouse drama directed by Ada Crane, opens in cinemas on November 13.',
        ),
        (
            "Lumen Pictures will release The Salt Road in theaters on November 6, the studio said.",
            "The Salt Road will be released on November 13 in 600 theaters.",
        ),
        (
            "Ada Crane's “The Salt Road” premieres in cinemas on November 6.",
            "The Salt Road hits cinemas on November 13, its distributor said.",
        ),
    ],
)
def test_a_films_opening_in_cinemas_is_one_release_however_told(one: str, other: str) -> None:
    docs = outlet_story(("2026-09-15", "Screen Weekly", one), ("2026-09-15", "Reel News", other))
    (conflict,) = [c for c in find_conflicts(docs) if c.kind == "date"]
    assert conflict_sides(conflict) == {"2026-11-06": {"a0"}, "2026-11-13": {"a1"}}
    assert "Salt Road" in conflict.about


def test_two_films_opening_in_cinemas_are_two_releases() -> None:
    docs = outlet_story(
        (
            "2026-09-15",
            "Screen Weekly",
            'Lumen Pictures will release "The Salt Road" in cinemas on November 6.',
        ),
        ("2026-09-15", "Reel News", '"Tinder Hill" opens in cinemas on November 13.'),
    )
    assert [c for c in find_conflicts(docs) if c.kind == "date"] == []


@pytest.mark.parametrize(
    "to_come",
    [
        "A runoff between Ossman and Brandt is likely.",
        "A runoff is expected on March 29.",
        "The second round will be held on March 29.",
        "A runoff, which is likely, would be held on March 29.",
    ],
)
def test_a_round_a_future_word_follows_is_no_round_held(to_come: str) -> None:
    docs = outlet_story(
        ("2026-03-10", "North Ledger", f"Marta Ossman won 38 percent of the vote. {to_come}"),
        ("2026-03-10", "Varland Report", "Marta Ossman won 36 percent of the vote in the first round."),
    )
    (conflict,) = [c for c in find_conflicts(docs) if c.kind == "number"]
    assert conflict_sides(conflict) == {"38": {"a0"}, "36": {"a1"}}


@pytest.mark.parametrize(
    "dated",
    [
        "The fire, which started on Tuesday, has killed seven people.",
        "The Kestrel Ridge fire, which broke out on Tuesday afternoon, has now killed seven people.",
    ],
)
def test_a_day_in_a_relative_clause_before_a_toll_dates_the_clause_not_the_toll(dated: str) -> None:
    docs = outlet_story(
        ("2026-08-14", "Valley Sun", dated),
        ("2026-08-14", "Coast Courier", "The fire has killed nine people."),
    )
    (conflict,) = [c for c in find_conflicts(docs) if c.kind == "number"]
    assert conflict_sides(conflict) == {"7": {"a0"}, "9": {"a1"}}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Articles of Monday 5 October 2026: a participle after "still" is a state, no tense of the date.
        ("Vasko will meet relatives of those still held on Thursday.", ["2026-10-08"]),
        ("The minister will visit families of the sailors still detained on Thursday.", ["2026-10-08"]),
        ("Three sailors were still detained on Thursday.", ["2026-10-01"]),
    ],
)
def test_a_participle_after_still_sets_no_tense(text: str, expected: list[str]) -> None:
    assert dates_on(text, "2026-10-05") == expected


def test_a_conviction_named_by_its_noun_joins_the_day_others_tell_by_the_verb() -> None:
    docs = outlet_story(
        (
            "2026-06-06",
            "Carlow Post",
            "Orrin Tasker, 51, was convicted of two counts of manslaughter by a jury on Friday.",
        ),
        (
            "2026-06-06",
            "Build Weekly",
            "The conviction of Orrin Tasker yesterday sent a warning to every builder cutting corners, campaigners said.",
        ),
    )
    (event,) = [e for e in build_timeline(docs) if e.date == "2026-06-05"]
    assert set(event.articles) == {"a0", "a1"}
