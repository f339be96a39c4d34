"""The technology desk's QA (session 36, /tmp/s36/tech/stories): a fine after its payer's name, the verb and noun
"fine" as one word, ..."""

import datetime as dt

import pytest

from storyweave.crosscheck import find_conflicts
from storyweave.crosscheck.dates import Reference, find_dates

from .conftest import dated_story, dates_on, number_conflicts


def _sides(docs) -> list[list[str]]:
    return [[p.value for p in c.positions] for c in number_conflicts(docs) if not c.update]


def test_a_sum_with_a_scale_after_a_company_name_is_a_fine_not_a_label():
    # "Veltrix 2.06 billion" was read as a label ("Pier 7") and the fine was never compared.
    docs = dated_story(
        ("2026-02-18", "Regulators fined Veltrix 2.06 billion euros on Wednesday for abusing its dominance."),
        ("2026-02-19", "Regulators fined Veltrix 2.6 billion euros on Wednesday for abusing its dominance."),
    )
    assert _sides(docs) == [["2060000000", "2600000000"]]


def test_a_label_before_a_plain_number_is_still_no_figure():
    docs = dated_story(
        ("2026-02-18", "The ferry left from Pier 7 on Wednesday."),
        ("2026-02-19", "The ferry left from Pier 9 on Wednesday."),
    )
    assert _sides(docs) == []


def test_the_verb_fined_and_the_noun_fine_are_one_word():
    # "fined" stemmed to "fin" and "fine" stayed "fine": the two clauses shared no word that governs the sum.
    docs = dated_story(
        (
            "2026-02-18",
            "The European Commission on Wednesday fined chipmaker Orlo 900 million euros for rebates.",
        ),
        (
            "2026-02-19",
            "Wednesday's decision to fine Orlo 950 million euros is the first big penalty under Olsen.",
        ),
    )
    assert _sides(docs) == [["900000000", "950000000"]]


def test_an_update_two_unlinked_pairs_of_outlets_tell_is_reported_once():
    # Each early outlet's clause met only one later outlet's, so two groups each gathered all five facts.
    docs = dated_story(
        ("2026-03-10", "Vaultline said the breach affected 4.2 million accounts."),
        ("2026-03-10", "Hackers copied encrypted data tied to 4.2 million accounts, the company said."),
        ("2026-03-12", "The breach affected 6.8 million accounts, Vaultline said on Wednesday."),
        ("2026-03-12", "The company now says hackers copied encrypted data tied to 6.8 million accounts."),
    )
    updates = [c for c in number_conflicts(docs) if c.update]
    assert [[p.value for p in c.positions] for c in updates] == [["4200000", "6800000"]]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Pre-orders open on Friday, the company said.", "2025-09-12"),
        ("Sales of the new console start Friday, the company said.", "2025-09-12"),
        # Past tense and a plain form after "to" stay as they were: the Friday before.
        ("Pre-orders opened on Friday.", "2025-09-05"),
        ("The company decided to open pre-orders on Friday.", "2025-09-05"),
    ],
)
def test_a_plural_subject_that_opens_or_starts_on_a_weekday_in_the_present_looks_ahead(sentence, day):
    # Of a Tuesday, 2025-09-09.
    assert dates_on(sentence, "2025-09-09") == [day]


def _date_sides(docs) -> list[list[str]]:
    return [[p.value for p in c.positions] for c in find_conflicts(docs) if c.kind == "date"]


def test_the_day_an_intrusion_was_discovered_is_one_day_however_the_clauses_name_it():
    # The clauses shared only "discovered"; it was four words from each date, too far to count as its event.
    docs = dated_story(
        (
            "2026-03-10",
            "The company said it discovered the intrusion on Feb. 27, when engineers saw odd traffic.",
        ),
        (
            "2026-03-12",
            "Corvane discovered the breach of its backup servers on Feb. 24, according to a filing.",
        ),
    )
    assert _date_sides(docs) == [["2026-02-27", "2026-02-24"]]


@pytest.mark.parametrize(
    "later",
    [
        # Another find, not a discovery of the incident.
        "Investigators found the stolen laptop in a storage unit on Feb. 24, according to a filing.",
        # A repeat is another discovery.
        "Corvane discovered a second intrusion on its backup servers on Feb. 24, according to a filing.",
    ],
)
def test_a_find_or_a_second_discovery_is_not_the_day_of_the_first(later):
    docs = dated_story(
        (
            "2026-03-10",
            "The company said it discovered the intrusion on Feb. 27, when engineers saw odd traffic.",
        ),
        ("2026-03-12", later),
    )
    assert _date_sides(docs) == []


@pytest.mark.parametrize(
    "later",
    [
        "Lumio is recalling 1.4 million Z7 phones in the U.S., the company said.",
        "Lumio recalled 1.4 million Lumio Z7 handsets in the United States on Thursday.",
    ],
)
def test_a_count_of_a_model_in_the_us_meets_one_in_the_united_states(later):
    # "1.2 million Z7 smartphones" had no unit (the code is no lower-case noun), and "in the U.S." read as "U".
    docs = dated_story(
        ("2026-08-13", "Lumio on Thursday recalled 1.2 million Z7 smartphones sold in the United States."),
        ("2026-08-14", later),
    )
    assert _sides(docs) == [["1200000", "1400000"]]


def test_counts_of_two_models_are_two_facts():
    docs = dated_story(
        ("2026-08-13", "Lumio on Thursday recalled 1.2 million Z7 smartphones sold in the United States."),
        ("2026-08-14", "Lumio on Thursday recalled 1.4 million Z6 smartphones sold in the United States."),
    )
    assert _sides(docs) == []


@pytest.mark.parametrize("possessive", ["Tabor's", "Tabor’s"])
def test_open_after_a_possessive_is_an_adjective_not_a_plan(possessive):
    # "open" read as a fixture's verb ("Pre-orders open on Friday") made the Friday of "Mt. Tabor's open reservoir"
    # the coming one (a multinews dev report's timeline had gained a date so). Of a Wednesday, 4 June 2014.
    sentence = f"A boil-water notice for Mt. {possessive} open reservoir on Friday."
    reference = Reference(dt.date(2014, 6, 4), estimated=False)
    assert [(m.value.iso, m.future) for m in find_dates(sentence, reference)] == [("2014-05-30", False)]
