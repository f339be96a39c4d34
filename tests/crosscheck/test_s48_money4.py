"""The money desk (session 48): one sum of one kind, told with other words by two outlets.

An article's one sum of a kind (a price however told: a fee, paying, cost, worth, value, valued at, put at, fetched;
a fine; a ransom; a stolen sum; ...) is the story's sum of that kind, so another article's differing one is a
conflict. Two kinds (a fine and damages, a fee and a wage, a price and the asking price, a budget and its deficit)
are two sums, and so are two offers or a sum said to be estimated; a sum in another currency, a hedged or a rounded
one is no other figure."""

import pytest

from .conftest import conflict_sides, dated_story, number_conflicts


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Striker Anders Rovik has joined Tallmark United from Brenna FC for a fee of 48 million euros, the club "
            "said on Wednesday.",
            "Tallmark United have completed the signing of Anders Rovik from Brenna FC, paying 45 million euros for "
            "the striker.",
        ),
        (
            "Thieves stole nine paintings from the Halvik Art Museum early on Tuesday, police said. The works are "
            "worth 14 million euros.",
            "Eleven paintings were stolen from the Halvik Art Museum on Tuesday, according to police. Their value "
            "is put at 40 million euros.",
        ),
        (
            "A painting by Ilse Marr sold for 3.1 million pounds at auction in London on Wednesday.",
            "Ilse Marr's Harbour at Dusk fetched 3.4 million pounds at a London auction on Wednesday.",
        ),
        (
            "Forward Mika Sorel signed a four-year contract worth 120 million dollars with the Harlow Hawks on "
            "Tuesday.",
            "The Harlow Hawks gave Mika Sorel a four-year deal valued at 110 million dollars on Tuesday.",
        ),
        (
            "Robbers stole 1.2 million euros from a security van in Dallen on Monday, police said.",
            "Armed men escaped with 800,000 euros after attacking a security van in Dallen on Monday.",
        ),
        (
            "A court in Verna fined the chemical company Osterlind $2.5 million for polluting the Tarn.",
            "Osterlind must pay a $3.2 million fine over the pollution of the Tarn.",
        ),
    ],
)
def test_one_sum_of_a_kind_told_with_other_words_is_one_sum(first, second):
    [conflict] = [
        c
        for c in number_conflicts(dated_story(("2026-03-04", first), ("2026-03-04", second)))
        if c.positions[0].unit != "paintings"
    ]
    assert {outlets.pop() for outlets in conflict_sides(conflict).values()} == {"a0", "a1"}


def test_a_sum_of_a_kind_meets_its_kind_beside_a_sum_of_another():
    docs = dated_story(
        (
            "2026-03-04",
            "Striker Anders Rovik has joined Tallmark United from Brenna FC for a fee of 48 million euros on "
            "Wednesday. Rovik will earn a salary of 150,000 euros a week.",
        ),
        (
            "2026-03-04",
            "Tallmark United have signed Anders Rovik from Brenna FC, paying 45 million euros for him.",
        ),
    )
    [conflict] = number_conflicts(docs)
    assert set(conflict_sides(conflict)) == {"48000000", "45000000"}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # A fine and damages.
        (
            "Osterlind was ordered to pay a fine of 3.2 million dollars on Thursday over the pollution of the Tarn.",
            "The Verna court also ordered Osterlind to pay 7 million dollars in damages to fishermen on the Tarn.",
        ),
        # The asking price and the sale price.
        (
            "The historic Larsholm mansion in Kessby was sold on Monday for $4.35 million, the estate agent said.",
            "The Larsholm mansion in Kessby, which had been listed at an asking price of $5.2 million, was sold.",
        ),
        # A price rounded, and told in another currency.
        (
            "The Larsholm mansion was sold on Monday for $4.35 million.",
            "Buyers paid $4.4m for the Larsholm mansion.",
        ),
        (
            "The Larsholm mansion was sold on Monday for $4.35 million.",
            "The Larsholm mansion was sold for 3.4 million pounds on Monday.",
        ),
        # A hedged sum.
        (
            "Tallmark United paid 48 million euros for Anders Rovik.",
            "Tallmark United signed Anders Rovik for a fee of nearly 50 million euros.",
        ),
        # A budget and its deficit.
        (
            "The city council of Rennick approved a budget of 410 million dollars on Monday.",
            "Rennick's council on Monday passed a plan that leaves a deficit of 12 million dollars.",
        ),
        # An offer and a raised one, and a pre-sale estimate against the price.
        (
            "Kestrel Foods offered 2.1 billion dollars for rival Amblin Mills on Monday.",
            "Kestrel Foods raised its offer for Amblin Mills to 2.4 billion dollars on Monday.",
        ),
        (
            "A painting by Ilse Marr sold for 3.1 million pounds at auction in London on Wednesday.",
            "The Ilse Marr painting had been expected to fetch 2 million pounds before the sale on Wednesday.",
        ),
        # Sums of two things each clause names.
        (
            "The painting by Ilse Marr stolen from the Halvik museum is worth 14 million euros.",
            "The sculpture by Otto Renn stolen from the Halvik museum is valued at 2 million euros.",
        ),
        # A fee and a wage.
        (
            "Striker Anders Rovik has joined Tallmark United from Brenna FC for a fee of 48 million euros.",
            "Anders Rovik will earn 200,000 euros a week at Tallmark United.",
        ),
    ],
)
def test_sums_of_two_kinds_or_one_sum_told_alike_stay_quiet(first, second):
    assert number_conflicts(dated_story(("2026-03-04", first), ("2026-03-04", second))) == []


def test_damages_are_no_side_of_a_fine():
    docs = dated_story(
        (
            "2026-06-18",
            "A court in Verna on Thursday fined the chemical company Osterlind 2.5 million dollars.",
        ),
        ("2026-06-18", "Osterlind was ordered to pay a fine of 3.2 million dollars on Thursday in Verna."),
        (
            "2026-06-18",
            "The Verna court also ordered Osterlind to pay 7 million dollars in damages on Thursday.",
        ),
    )
    [conflict] = number_conflicts(docs)
    assert set(conflict_sides(conflict)) == {"2500000", "3200000"}


def test_sums_of_one_kind_are_named_by_it():
    docs = dated_story(
        ("2026-03-04", "The works stolen from the Halvik Art Museum are worth 14 million euros."),
        (
            "2026-03-04",
            "The value of the paintings taken from the Halvik Art Museum is put at 40 million euros.",
        ),
    )
    [conflict] = number_conflicts(docs)
    assert conflict.about == "value in euros"


def test_an_offer_is_no_price_a_sale_was_told_for():
    docs = dated_story(
        ("2026-03-04", "Kestrel rejected an offer of 2 billion dollars for its dairy unit."),
        ("2026-03-04", "Kestrel sold its dairy unit for 2.6 billion dollars."),
    )
    assert number_conflicts(docs) == []
