"""Conflicts round 14: a statement one outlet makes and another negates ("was charged" / "was not
charged"), a quoted figure against another outlet's own figure from the same speaker, and the one
count each article gives, close in size with no shared word; and the restatements and look-alikes
that must stay apart."""

import pytest

from storyweave.crosscheck import find_conflicts
from tests.crosscheck.conftest import story


def _sides(docs) -> list[tuple[str, str, list[tuple[str, tuple[str, ...]]]]]:
    return [
        (conflict.kind, conflict.about, [(p.value, p.articles) for p in conflict.positions])
        for conflict in find_conflicts(docs)
    ]


def test_a_charge_one_outlet_denies_is_a_statement_conflict_citing_both_sides():
    docs = story(
        "Police said the lorry driver, a 52-year-old man from Hawick, was not charged.",
        "The lorry driver, 52, was charged with dangerous driving, police said.",
        "The lorry driver was released pending further inquiries and has not been charged, police said.",
        dates=("2026-03-02", "2026-03-02", "2026-03-03"),
    )
    (conflict,) = find_conflicts(docs)
    assert conflict.kind == "statement"
    assert conflict.about == "whether the lorry driver was charged"
    assert not conflict.update
    assert [(p.value, p.articles) for p in conflict.positions] == [
        ("was not charged", ("a0", "a2")),
        ("was charged", ("a1",)),
    ]
    # Each side cites its own sentence.
    assert conflict.positions[1].evidence[0].text.startswith("The lorry driver, 52, was charged")


@pytest.mark.parametrize(
    ("said", "negated", "value"),
    [
        ("Harrow Chemicals said it would appeal the ruling.", "Harrow Chemicals has no plans to appeal.", "has no plans to appeal"),
        ("The union said workers would strike on Friday.", "A union spokesman denied that workers would strike.", "denied that workers would strike"),
        ("The captain was on the bridge when the fire began.", "The captain was not on the bridge when the fire began.", "was not on the bridge"),
        ("The company said the plant was profitable.", "The company said the plant wasn't profitable.", "wasn't profitable"),
    ],
)  # fmt: skip
def test_intentions_and_states_negated_by_another_outlet_conflict(said, negated, value):
    docs = story(said, negated, dates=("2026-06-09", "2026-06-09"))
    ((kind, _, positions),) = _sides(docs)
    assert kind == "statement"
    assert positions[1] == (value, ("a1",))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # Restatements in other words.
        ("The Environment Agency did not immediately respond to a request for comment.", "The Environment Agency declined to comment."),
        ("The road was not reopened until 2 p.m.", "The road reopened at 2 p.m."),
        ("The ferry was not in danger of sinking, the coastguard said.", "The ferry was never at risk of sinking."),
        # Not said: a question the first leaves open, a condition, a negated frame.
        ("Police did not say whether the driver had been charged.", "The driver was charged, police said."),
        ("If the driver was charged, he would appear in court on Monday.", "The driver was not charged, police said."),
        ("The law does not mean Jamaica plans to soften its stance.", "Jamaica did not plan to soften its stance."),
        # Other things: another object, another subject, another place, a degree.
        ("The company will not appeal the ruling.", "The company would appeal a separate ban on night deliveries."),
        ("The bus driver was not injured.", "The lorry driver was injured."),
        ("The sailors had been in Iraqi waters, the US said.", "The sailors were not in Iranian waters."),
        ("The church was severely damaged.", "The church was not severely damaged."),
        # A pronoun that is not the speaker's: "Police said he ...".
        ("Police said he would be charged.", "Police would not be charged."),
        # Within a quote.
        ('"The driver was charged," a witness said.', "The driver was not charged, police said."),
    ],
)  # fmt: skip
def test_restatements_and_other_statements_stay_apart(first, second):
    assert find_conflicts(story(first, second, dates=("2026-03-02", "2026-03-02"))) == ()


def test_an_outlet_that_calls_the_named_company_the_company_joins_its_side():
    docs = story(
        "Harrow Chemicals said it would appeal the ruling.",
        "Harrow Chemicals must pay £3.2 million in damages. The company will not appeal the ruling, a spokesman said.",
        "Harrow Chemicals has no plans to appeal, its chief executive told the Gazette.",
        # Another company's plans are not Harrow's.
        "Dunmore Paints was also fined. The company will not appeal.",
        dates=("2026-10-14",) * 4,
    )
    ((kind, about, positions),) = _sides(docs)
    assert about == "whether Harrow Chemicals would appeal"
    assert positions == [("would appeal", ("a0",)), ("will not appeal", ("a1", "a2"))]


def test_a_day_tells_two_closures_apart():
    docs = story(
        "The school was closed on Tuesday.", "The school was not closed on Monday.", dates=("2026-03-04",) * 2
    )
    assert "statement" not in [conflict.kind for conflict in find_conflicts(docs)]


def test_two_parties_claims_are_not_an_outlets_conflict():
    docs = story(
        "The U.K. denies that the sailors were in Iranian waters.",
        "Iran claims the sailors were in Iranian waters.",
        dates=("2007-03-28", "2007-03-28"),
    )
    assert find_conflicts(docs) == ()


def test_an_outlet_that_tells_both_knows_two_facts():
    docs = story(
        "The company said it would not appeal the fine but would appeal the ban.",
        "The company would appeal, a spokesman said.",
        dates=("2026-10-14", "2026-10-14"),
    )
    assert find_conflicts(docs) == ()


def test_a_negation_dated_before_the_statement_is_an_update():
    docs = story(
        "The lorry driver has not been charged, police said.",
        "The lorry driver was charged with dangerous driving on Wednesday, police said.",
        dates=("2026-03-02", "2026-03-05"),
    )
    (conflict,) = find_conflicts(docs)
    assert conflict.kind == "statement" and conflict.update


def test_a_quoted_figure_meets_the_same_speakers_figure_in_another_outlet():
    docs = story(
        '"The thieves knew exactly what they were looking for and were inside for less than seven '
        'minutes," said Inspector Ana Kolar, a spokeswoman for the Lindermark police.',
        "Inspector Ana Kolar said the suspects were inside the museum for nine minutes.",
        dates=("2026-09-06", "2026-09-09"),
    )
    ((kind, about, positions),) = _sides(docs)
    assert kind == "number" and about.endswith(", one side quoted")
    assert positions == [("less than seven", ("a0",)), ("9", ("a1",))]


def test_a_quoted_figure_of_another_speaker_or_time_is_not_compared():
    docs = story(
        "The current average price for a gallon of unleaded gasoline is $3.04, according to AAA.",
        "\u201cThe gasoline prices that you will be confronted with are far higher than they were just "
        "months ago where we had gasoline under $2 a gallon,\u201d the president said.",
        dates=("2021-11-10", "2021-11-10"),
    )
    assert find_conflicts(docs) == ()


def test_a_quote_does_not_take_its_articles_own_figure_out_of_a_conflict():
    docs = story(
        'Ana Kolar said 12 officers searched the building. "We had 20 officers in there," Ana Kolar said.',
        "Ana Kolar said 20 officers searched the building.",
        dates=("2026-09-06", "2026-09-06"),
    )
    assert [positions for _, _, positions in _sides(docs)] == [[("12", ("a0",)), ("20", ("a1",))]]


def test_sole_counts_close_in_size_are_one_count_with_no_shared_word():
    docs = story(
        "A fire broke out on the ferry Island Star off Port Ellis on Thursday, forcing about 180 "
        "passengers into lifeboats, the coastguard said.",
        "Some 210 passengers were evacuated from the Island Star ferry after a fire in its engine room.",
        dates=("2026-08-20", "2026-08-20"),
    )
    assert [positions for _, _, positions in _sides(docs)] == [
        [("about 180", ("a0",)), ("some 210", ("a1",))]
    ]


@pytest.mark.parametrize(
    ("first", "second", "dates"),
    [
        # Far apart in size: two things of one unit (a family's members, a prosecutor's staff).
        ("The massacre of 18 members of an Albanian family prompted calls for an inquiry.",
         "Arbour asked for visas for herself and 11 members of her staff.", ("1998-10-01", "1998-10-03")),
        # Close in size, but weeks apart.
        ("The airline wants to retain about 8,000 employees.",
         "The airline has trimmed its staff to 9,900 employees.", ("1998-11-23", "1998-12-18")),
    ],
)  # fmt: skip
def test_sole_counts_far_apart_in_size_or_time_stay_apart(first, second, dates):
    assert find_conflicts(story(first, second, dates=dates)) == ()
