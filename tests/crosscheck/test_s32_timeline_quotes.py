"""Session 32: a weekday deadline set by an obligation ("must", "has to", "needs to") is still to come and, for a
decision or a delivery, an upcoming timeline entry; a phrase someone "welcomed ... as" is theirs; a second quoted
phrase that goes on with the first one's subject after "and"/"but" and an auxiliary is theirs too."""

import datetime as dt

from storyweave.crosscheck import build_timeline, find_quotes
from storyweave.crosscheck.dates import Reference, find_dates

from .conftest import dated_story, story

TUESDAY = Reference(dt.date(2026, 12, 8), False)


def _days(text: str, reference: Reference = TUESDAY) -> list[tuple[str, bool]]:
    return [(mention.value.iso, mention.future) for mention in find_dates(text, reference)]


def test_a_deadline_an_obligation_sets_is_still_to_come():
    assert _days(
        "Judge Miriam Abara wrote that the department must present a new consultation plan by Friday."
    ) == [("2026-12-11", True)]
    assert _days(
        "Northwind Energy, the developer, has to decide by Thursday whether to appeal, its lawyers said."
    ) == [("2026-12-10", True)]
    assert _days("The agency's director needs to appear before a legislative committee by Wednesday.") == [
        ("2026-12-09", True)
    ]
    # A reporting verb before the obligation is not the deadline's tense.
    assert _days("Okafor said the bank must repay the loan by Monday.") == [("2026-12-14", True)]


def test_a_deadline_of_a_past_obligation_stays_past():
    thursday = Reference(dt.date(2026, 12, 10), False)
    assert _days("The department had to present its response to the committee by Wednesday.", thursday) == [
        ("2026-12-09", False)
    ]
    assert _days("The board needed to decide by Monday.", thursday) == [("2026-12-07", False)]
    assert _days("The letter must have arrived by Monday.", thursday) == [("2026-12-07", False)]


def _timeline(*articles: tuple[str, str]) -> list[tuple[str, str]]:
    return [(event.date, event.event) for event in build_timeline(dated_story(*articles))]


def test_a_decision_someone_must_or_has_to_make_by_a_day_is_an_upcoming_entry():
    assert _timeline(
        ("2026-12-08", "Northwind Energy has to decide by Thursday whether to appeal."),
        ("2026-12-09", "The tribe's lawyers must submit their claim for legal costs by Monday."),
        ("2026-12-10", "Northwind chief executive Paul Drennan said the appeal would be filed by Friday."),
    ) == [
        ("2026-12-10", "Northwind Energy has to decide by Thursday whether to appeal."),
        ("2026-12-11", "Northwind chief executive Paul Drennan said the appeal would be filed by Friday."),
        ("2026-12-14", "The tribe's lawyers must submit their claim for legal costs by Monday."),
    ]


def _quotes(*texts: str) -> list[tuple[str | None, str]]:
    return [(quote.speaker, quote.text) for quote in find_quotes(story(*texts))]


def test_a_phrase_someone_welcomed_something_as_is_theirs():
    assert _quotes(
        'Ruth Eagleheart, chair of the Tolland Nation council, welcomed the ruling as "a victory for every community'
        ' that was never asked."',
        'Kessridge mayor Jonas Pell welcomed the appeal as "the only sensible path" for the town\'s budget.',
        'Council leader Miriam Osei dismissed the rumours as "utter nonsense".',
    ) == [
        ("Ruth Eagleheart", "a victory for every community that was never asked."),
        ("Jonas Pell", "the only sensible path"),
        ("Miriam Osei", "utter nonsense"),
    ]


def test_welcomed_without_as_before_the_quote_names_nothing_in_it():
    assert _quotes('Council leader Miriam Osei welcomed the "value for money" review.') == []


def test_a_second_phrase_after_and_or_but_and_an_auxiliary_has_the_first_ones_speaker():
    assert _quotes(
        'Opposition leader Viktor Halloran said his party could not support a budget "that forgets the regions" but'
        ' would not "hand the country to chaos" by voting against it.',
        'The Harbour Party\'s leader, Marcus Obi, said his party had "won the argument on housing" and would be'
        ' "a loud and constant opposition".',
    ) == [
        ("Viktor Halloran", "that forgets the regions"),
        ("Viktor Halloran", "hand the country to chaos"),
        ("Marcus Obi", "won the argument on housing"),
        ("Marcus Obi", "a loud and constant opposition"),
    ]
