"""The war desk's QA pass (session 45): a prisoner swap told by several outlets, with transliterated names.

One side's count of the captives it frees is one count however an outlet words it ("handed over 215 Vessian
soldiers" / "returned 215 prisoners of war" / "exchanged 230 captives"), so outlets' differing figures conflict;
"over" after "hand" or "turn" is the verb's particle, not "more than"; the other side's count ("released 190 Ardani
troops") is its own, told apart by who frees and whose the freed are, and hostages are not prisoners. A name spelt
with a hard "C" or a "K" at its start ("Catherine" / "Katherine", "Carim" / "Karim") is one person's name spelt two
ways, a spelling conflict, when the rest of the name is the same.
"""

import pytest

from storyweave.crosscheck import build_timeline, find_conflicts, find_quotes
from storyweave.crosscheck.names import SpeakerSpelling, SpeltSpeaker, spelt_speakers

from .conftest import conflict_sides, dated_story, number_conflicts


@pytest.mark.parametrize(
    ("first", "second", "third"),
    [
        (
            "Ardania handed over 215 Vessian soldiers on Saturday in the largest exchange of the war.",
            "Ardania returned 215 prisoners of war to Vessia on Saturday.",
            "Vessia and Ardania exchanged 230 captives on Saturday.",
        ),
        (
            "Russia turned over 215 Ukrainian troops on Friday, the defence ministry said.",
            "Russia freed 215 prisoners on Friday in a swap brokered by the Emirates.",
            "Russia released 230 captives on Friday, Kyiv said.",
        ),
    ],
)
def test_one_sides_count_of_freed_captives_told_three_ways_conflicts(first, second, third):
    day = "2027-03-13"
    [conflict] = number_conflicts(dated_story((day, first), (day, second), (day, third)))
    assert conflict_sides(conflict) == {"215": {"a0", "a1"}, "230": {"a2"}}
    assert not conflict.update


def test_a_count_handed_over_is_its_exact_figure():
    """ "handed over 215" was skipped as "more than 215"; it is 215, against another outlet's 230."""
    day = "2027-03-13"
    [conflict] = number_conflicts(
        dated_story(
            (day, "Ardania handed over 215 soldiers on Saturday."),
            (day, "Ardania freed 230 prisoners of war in Saturday's exchange, Vessia's ombudsman said."),
        )
    )
    assert {position.value for position in conflict.positions} == {"215", "230"}


def test_each_sides_count_is_its_own():
    """Vessia's count of the Ardanis it frees is not Ardania's of the Vessians: each conflicts only with its own."""
    docs = dated_story(
        (
            "2027-03-13",
            "Ardania handed over 215 Vessian soldiers on Saturday, and in return Vessia released 190 Ardani troops.",
        ),
        ("2027-03-13", "Vessia freed 190 Ardani servicemen on Saturday as part of the exchange."),
        ("2027-03-14", "Ardania freed 230 Vessian captives in Saturday's exchange, the ombudsman said."),
        (
            "2027-03-15",
            "Vessia sent back 185 Ardani prisoners in Saturday's exchange, and Ardania handed over 215 Vessian troops.",
        ),
    )
    sides = sorted(sorted(conflict_sides(conflict)) for conflict in number_conflicts(docs))
    assert sides == [["185", "190"], ["215", "230"]]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # A swap's two sides: hostages one way, prisoners the other.
        ("Hamas freed 13 hostages on Friday.", "Israel released 39 Palestinian prisoners on Friday."),
        ("Thirteen hostages were freed on Friday.", "39 prisoners were released on Friday."),
        # Troops that came home are no captives freed.
        ("Some 500 troops returned home on Friday.", "Russia released 230 soldiers on Friday."),
        # Nor troops sent to a border.
        ("Russia released 230 soldiers on Friday.", "The army deployed 500 troops to the border on Friday."),
        # Whose the freed are tells two counts apart, whoever frees them.
        ("215 Vessian soldiers were freed on Saturday.", "190 Ardani soldiers were freed on Saturday."),
    ],
)
def test_other_counts_of_people_freed_do_not_conflict(first, second):
    assert number_conflicts(dated_story(("2027-03-13", first), ("2027-03-13", second))) == []


def test_a_name_between_a_count_and_its_noun_is_no_day():
    """ "killed 12 Tuesday night" counts no nights, and "215 Vessian soldiers" counts soldiers."""
    docs = dated_story(
        ("2027-03-13", "Shelling killed 12 Tuesday night in the city."),
        ("2027-03-13", "Shelling killed 14 civilians in the city on Tuesday night."),
    )
    assert all(conflict.about != "nights" for conflict in number_conflicts(docs))


def _spellings(first: str, second: str) -> list[dict[str, set[str]]]:
    docs = dated_story(("2027-03-13", first), ("2027-03-14", second))
    return [conflict_sides(c) for c in find_conflicts(docs) if c.kind == "name"]


@pytest.mark.parametrize(
    ("first", "second", "spelt"),
    [
        (
            "Catherine Lund, who heads the Red Cross delegation, said the prisoners were interviewed.",
            "Katherine Lund of the Red Cross said the prisoners had been examined by doctors.",
            ("Catherine Lund", "Katherine Lund"),
        ),
        (
            "Ardani negotiator Karim Ossman said his government had kept every promise.",
            "Carim Ossman, Ardania's chief negotiator, said Kest had kept its side of the bargain.",
            ("Karim Ossman", "Carim Ossman"),
        ),
        (
            "Christina Berg, the envoy, said the talks had ended.",
            "The envoy, Kristina Berg, said talks were over.",
            ("Christina Berg", "Kristina Berg"),
        ),
    ],
)
def test_a_given_name_spelt_with_c_or_k_is_one_name(first, second, spelt):
    assert _spellings(first, second) == [{spelt[0]: {"a0"}, spelt[1]: {"a1"}}]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # Another surname: two people.
        ("Carl Lund said the talks were over.", "Karl Berg said the talks had ended."),
        # A soft "C" is no "K".
        ("Cecil Lund said the talks were over.", "Kecil Lund said the talks had ended."),
    ],
)
def test_c_and_k_names_of_other_people_are_not_one_name(first, second):
    assert _spellings(first, second) == []


def _speakers(*texts: str) -> list[tuple[str | None, tuple[str, ...]]]:
    docs = dated_story(*[("2027-03-13", text) for text in texts])
    return [(quote.speaker, quote.articles) for quote in find_quotes(docs)]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            '"Every one of our men is coming home," said Col. Anton Merek, a spokesman for the Vessian Defence '
            'Ministry. "We will not rest until the last prisoner is free."',
            'The Defence Ministry said: "Every one of our men is coming home. We will not rest until the last '
            'prisoner is free."',
        ),
        (
            'A ministry spokeswoman, Dana Hill, said: "The talks in Qadir were constructive and will resume next '
            'week." She did not say where.',
            '"The talks in Qadir were constructive and will resume next week," the Foreign Ministry said. Dana '
            "Hill, the Foreign Ministry spokeswoman, declined to give details.",
        ),
    ],
)
def test_a_body_and_its_spokesperson_are_one_speaker(first, second):
    """The body's words are its spokesperson's: one speaker, not a disputed attribution."""
    [(speaker, articles)] = _speakers(first, second)
    assert speaker in ("Anton Merek", "Dana Hill")
    assert articles == ("a0", "a1")


@pytest.mark.parametrize(
    ("first", "person"),
    [
        # A minister is no spokesperson of the ministry.
        (
            'Defence Minister Ivan Kral said: "Every one of our men is coming home, and we will not rest."',
            "Ivan Kral",
        ),
        # Another body's spokesman.
        (
            'A Foreign Ministry spokesman, Col. Anton Merek, said: "Every one of our men is coming home, and we will '
            'not rest."',
            "Anton Merek",
        ),
    ],
)
def test_other_people_and_a_body_stay_two_speakers(first, person):
    second = 'The Defence Ministry said: "Every one of our men is coming home, and we will not rest."'
    assert sorted(speaker for speaker, _ in _speakers(first, second)) == sorted([person, "Defence Ministry"])


@pytest.mark.parametrize(
    ("first", "second", "times"),
    [
        (
            "The ceasefire will take effect at 06:00 GMT on Monday, according to a joint statement.",
            "The truce is due to begin at 0700 GMT on Monday.",
            {"06:00 GMT", "0700 GMT"},
        ),
        (
            "The ceasefire on the southern front takes effect at 9 a.m. local time on Monday.",
            "A truce agreed in Qadir will start at 10 a.m. local time on Monday, officials said.",
            {"9 a.m.", "10 a.m."},
        ),
    ],
)
def test_a_truces_start_told_at_two_hours_of_one_zone_conflicts(first, second, times):
    """An agreed start is to the minute: an hour apart is no rounding, whether the start is still to come."""
    [conflict] = find_conflicts(dated_story(("2027-03-14", first), ("2027-03-14", second)))
    assert conflict.about == "time of the truce's start"
    assert {position.value for position in conflict.positions} == times


@pytest.mark.parametrize(
    "second",
    [
        # One moment in two zones.
        "The truce is due to begin at 9 a.m. local time on Monday.",
        # One time written two ways.
        "The truce is due to begin at 0600 GMT on Monday.",
        # Another event's time.
        "Shelling resumed at 0700 GMT on Monday, the army said.",
    ],
)
def test_a_truces_start_does_not_conflict_with_its_time_elsewhere_or_other_events(second):
    first = "The ceasefire will take effect at 06:00 GMT on Monday, according to a joint statement."
    assert find_conflicts(dated_story(("2027-03-14", first), ("2027-03-14", second))) == ()


@pytest.mark.parametrize(
    "text",
    [
        '"We are ready to go further," said Karim Ossman, the Ardani negotiator. The president was more cautious. '
        '"The truce will be tested in the first hours."',
        'Ardani negotiator Karim Ossman spoke first. "We are ready to go further," Ossman said. The Vessian '
        'president was less sure. "The truce will be tested in the first hours."',
    ],
)
def test_a_quote_after_another_described_persons_sentence_is_not_the_last_speakers(text):
    """The reporter's sentence about someone else ("The president was more cautious.") ends the negotiator's turn."""
    assert [(quote.speaker, quote.text) for quote in find_quotes(dated_story(("2027-03-13", text)))] == [
        ("Karim Ossman", "We are ready to go further"),
        (None, "The truce will be tested in the first hours."),
    ]


@pytest.mark.parametrize(
    "text",
    [
        'Ardani negotiator Karim Ossman spoke first. "We are ready to go further," Ossman said. The negotiator '
        'paused. "Kest must show it is serious."',
        '"We are ready to go further," said Karim Ossman, the Ardani negotiator. The negotiator smiled. "Kest must '
        'show it is serious."',
    ],
)
def test_a_quote_after_the_speakers_own_description_goes_on(text):
    [quote] = find_quotes(dated_story(("2027-03-13", text)))
    assert quote.speaker == "Karim Ossman"
    assert quote.text.endswith("Kest must show it is serious.")


def test_one_person_spelt_two_ways_by_one_outlet_each_is_one_speaker():
    """On a tie of spellings the quote goes under the spelling given first, with its own shown beside it."""
    docs = dated_story(
        (
            "2027-03-13",
            'Ardani negotiator Karim Ossman said: "We are ready to go further, all for all, if Kest is serious."',
        ),
        (
            "2027-03-14",
            'Carim Ossman, Ardania\'s chief negotiator, said: "Kest has kept its side of the bargain this time."',
        ),
    )
    quotes = find_quotes(docs)
    assert [quote.speaker for quote in quotes] == ["Karim Ossman", "Carim Ossman"]
    assert spelt_speakers(quotes, find_conflicts(docs)) == [
        SpeltSpeaker("Karim Ossman", ()),
        SpeltSpeaker("Karim Ossman", (SpeakerSpelling("Carim Ossman", ("a1",)),)),
    ]


def test_a_spokesperson_of_the_storys_one_ministry_speaks_for_it():
    """ "A ministry spokeswoman" names the one ministry of the story; the quote is hers."""
    words = '"The hostages are in good health and will be reunited with their families tonight."'
    assert _speakers(
        f"The Interior Ministry said: {words}",
        f"A ministry spokeswoman, Lina Sabri, said: {words}",
    ) == [("Lina Sabri", ("a0", "a1"))]


def test_a_spokesperson_of_a_ministry_is_not_every_ministrys():
    words = '"The hostages are in good health and will be reunited with their families tonight."'
    speakers = _speakers(
        f"The Interior Ministry said: {words} The Foreign Ministry thanked the envoy.",
        f"A ministry spokeswoman, Lina Sabri, said: {words}",
    )
    assert sorted(speaker for speaker, _ in speakers) == ["Interior Ministry", "Lina Sabri"]


def test_the_other_sides_part_of_a_swap_is_its_count_of_captives_freed():
    """ "released 11 captives in a swap for 40 detained fighters": the 40 are freed by the other side."""
    docs = dated_story(
        ("2026-10-05", "The government in turn freed 40 detained fighters, the Interior Ministry said."),
        ("2026-10-06", "The Zaidi militia released 11 captives in a swap for 40 detained fighters."),
        (
            "2026-10-06",
            "A day after the militia released 11 hostages, the government freed 38 detained fighters.",
        ),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"40": {"a0", "a1"}, "38": {"a2"}}


def test_a_truces_start_takes_its_day_past_a_time_in_another_zone():
    """ "at midnight local time (2100 GMT) on Tuesday" starts the truce on Tuesday, an hour after another outlet's."""
    [conflict] = find_conflicts(
        dated_story(
            (
                "2026-10-05",
                "Pavel said the ceasefire would take effect at midnight local time (2100 GMT) on Tuesday.",
            ),
            ("2026-10-06", "The truce is due to begin at 11 p.m. local time on Tuesday, officials said."),
        )
    )
    assert {position.value for position in conflict.positions} == {"midnight", "11 p.m."}


@pytest.mark.parametrize(
    "text",
    [
        "The strike on Korvan killed at least 14 civilians on Thursday, the deadliest attack on the city this year.",
        "The militia released 11 captives on Monday in the first such exchange this year.",
        "Saturday's exchange was Vessia's largest prisoner swap so far this year, officials said.",
    ],
)
def test_this_year_bounding_a_ranking_dates_no_event(text):
    """The year a ranking is within is no entry of its own; the day of the happening stays."""
    assert [len(entry.date) for entry in build_timeline(dated_story(("2027-03-15", text)))] == [
        len("2027-03-13")
    ]


def test_this_year_of_a_happening_stays():
    # A guard: no ranking, a past happening of the year.
    [entry] = build_timeline(dated_story(("2027-03-15", "Ardania freed 40 prisoners earlier this year.")))
    assert entry.date == "2027"


def test_a_lone_quote_keeps_its_spelling_on_a_tie():
    # A guard: with no quote under the other spelling there are no two speakers to make one.
    docs = dated_story(
        ("2027-03-13", "Ardani negotiator Karim Ossman arrived in Qadir on Friday."),
        (
            "2027-03-14",
            'Carim Ossman, Ardania\'s chief negotiator, said: "Kest has kept its side of the bargain this time."',
        ),
    )
    assert spelt_speakers(find_quotes(docs), find_conflicts(docs)) == [SpeltSpeaker("Carim Ossman", ())]


def test_this_year_a_preposition_governs_dates_its_happening_after_a_ranking():
    # A guard: "for the first time" ranks nothing "in Autumn this year" is the span of.
    text = "The meeting will be held for the first time at the invitation of the US in Autumn this year."
    assert [entry.date for entry in build_timeline(dated_story(("2027-03-15", text)))] == ["2027"]


def test_this_year_of_a_period_counted_from_its_start_is_no_ranking():
    # A guard: "the first three months of this year" is a span, not a ranking within the year.
    text = "The vaccine brought in $3.5 billion in revenue in the first three months of this year, Pfizer reported."
    assert [entry.date for entry in build_timeline(dated_story(("2021-05-04", text)))] == ["2021"]
