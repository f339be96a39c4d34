"""The money desk (session 49): rounded figures, a transfer's fee in words, sums of a kind with no kind word, pounds.

A figure written to a place stands for what rounds to it, half up: "$4.4m" for $4.35 million up to, not including,
$4.45 million, so "$4.35 million" / "$4.4m" agree and "$4.45 million" / "$4.4m" do not."""

import pytest

from .conftest import conflict_sides, dated_story, number_conflicts

DAY = "2026-05-12"


def _conflict_between(first: str, second: str) -> set[str]:
    """The articles of the one conflict of a story of two articles of one day."""
    [conflict] = number_conflicts(dated_story((DAY, first), (DAY, second)))
    return set().union(*conflict_sides(conflict).values())


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The Larsholm mansion in Kessby was sold on Monday for $4.35 million, the estate agent Brannock & Lee said.",
            "Brannock & Lee said the Larsholm mansion in Kessby was sold on Monday for $4.4m.",
        ),
        (
            "Regulators fined Corvane Bank 4.35 million euros on Tuesday for failing to report suspicious transfers.",
            "Corvane Bank was fined €4.4m by regulators on Tuesday for failing to report suspicious transfers.",
        ),
        (
            "A jury in Marlow awarded the Osei family $12.5 million in damages on Thursday.",
            "The Osei family won 13 million dollars in damages from a jury in Marlow on Thursday.",
        ),
        (
            "The flood damaged about 450 homes in Tarrow on Sunday, the council said.",
            "The council said 446 homes in Tarrow were damaged by the flood on Sunday.",
        ),
        (
            "The flood damaged nearly 450 homes in Tarrow on Sunday, the council said.",
            "The council said 446 homes in Tarrow were damaged by the flood on Sunday.",
        ),
    ],
)
def test_a_figure_at_the_midpoint_below_a_rounded_one_rounds_to_it(first, second):
    assert number_conflicts(dated_story((DAY, first), (DAY, second))) == []


@pytest.mark.parametrize("sold", ["$4.45 million", "$4.349 million"])
def test_a_figure_at_or_past_the_midpoint_above_is_another_figure(sold):
    assert _conflict_between(
        f"The Larsholm mansion in Kessby was sold on Monday for {sold}, the estate agent Brannock & Lee said.",
        "Brannock & Lee said the Larsholm mansion in Kessby was sold on Monday for $4.4m.",
    ) == {"a0", "a1"}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Striker Anders Rovik has joined Tallmark United from Brenna FC for a fee of €48m, the club said on "
            "Wednesday.",
            "Tallmark United have completed the signing of Anders Rovik from Brenna FC, paying 45 million euros for "
            "the striker.",
        ),
        (
            "Ashford City have signed midfielder Tomas Ekberg from Sporting Vale for $30m.",
            "Tomas Ekberg joined Ashford City from Sporting Vale on Tuesday in a deal worth 34 million dollars.",
        ),
    ],
)
def test_a_transfer_fee_in_words_meets_one_with_a_sign(first, second):
    assert _conflict_between(first, second) == {"a0", "a1"}


@pytest.mark.parametrize(
    "second",
    [
        "Tallmark United paid 48.3 million euros to sign Anders Rovik from Brenna FC.",
        "Brenna FC sold Anders Rovik to Tallmark United for 48 million euros on Wednesday.",
        "Anders Rovik will earn 150,000 euros a week after joining Tallmark United from Brenna FC.",
    ],
)
def test_a_transfer_fee_in_words_that_rounds_or_is_a_wage_is_no_conflict(second):
    first = "Striker Anders Rovik has joined Tallmark United from Brenna FC for a fee of €48m on Wednesday."
    assert number_conflicts(dated_story((DAY, first), (DAY, second))) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Kidnappers who seized engineer Paul Moreau in Tessaly demanded 5 million dollars for his release, "
            "officials said.",
            "The kidnappers of French engineer Paul Moreau are seeking a ransom of $3 million, a government "
            "spokesman said.",
        ),
        (
            "The gang that abducted the Okonjo twins wants €800,000 to free them, their family said on Monday.",
            "The abductors of the Okonjo twins have asked for a €500,000 ransom, police said on Monday.",
        ),
    ],
)
def test_a_sum_for_a_release_is_a_ransom(first, second):
    assert _conflict_between(first, second) == {"a0", "a1"}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The restoration of Kessby's Corn Exchange will cost £2.3m, the council said on Monday.",
            "Kessby council said on Monday that restoring the Corn Exchange would cost 2.7 million pounds.",
        ),
        (
            "Water firm Thamesbrook was fined £4.2 million on Thursday over sewage spills into the river Wend.",
            "Thamesbrook must pay a fine of 3,300,000 pounds for sewage spills into the Wend, a court ruled.",
        ),
    ],
)
def test_pounds_told_with_a_scale_or_a_sum_word_are_the_pound_sign(first, second):
    assert _conflict_between(first, second) == {"a0", "a1"}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Police seized 300 pounds of cannabis worth £1.2 million at a farm near Dallen on Monday.",
            "Officers found cannabis with a street value of 1.2 million pounds at a Dallen farm on Monday.",
        ),
        (
            "Police seized 300 pounds of cannabis at a farm near Dallen on Monday, worth £300,000.",
            "Officers found cannabis worth £300,000 at a farm near Dallen on Monday.",
        ),
        (
            "The Larsholm estate, on the market for 6 million pounds, sold for £5.1m on Monday.",
            "The Larsholm estate was sold on Monday; it had been listed at £6m.",
        ),
    ],
)
def test_pounds_of_a_stuff_weigh_and_an_asking_price_is_no_price(first, second):
    assert number_conflicts(dated_story((DAY, first), (DAY, second))) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Thieves took a Vermeer study from the Halvik Art Museum on Tuesday. The work is worth 14 million "
            "euros, police said.",
            "The Vermeer study stolen from the Halvik Art Museum on Tuesday was insured for 20 million euros.",
        ),
        (
            "A painting by Ilse Marr sold for 3.1 million pounds at Harcourt's in London on Wednesday.",
            "A sculpture by another artist, Otto Renn, sold for 1.2 million pounds at the same Harcourt's auction "
            "on Wednesday.",
        ),
    ],
)
def test_a_worth_and_its_insured_sum_or_two_lots_of_one_sale_are_two_sums(first, second):
    assert number_conflicts(dated_story((DAY, first), (DAY, second))) == []
