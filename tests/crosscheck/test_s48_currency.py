"""A currency written as its sign by one outlet and as its word by another (session 48).

"worth €14m" and "put at 40 million euros" are sums in one currency; keyed apart ("€" / "euro"), the two
outlets' sums never met. Pounds stay keyed by their word: "200 pounds" is also a weight."""

import pytest

from .conftest import conflict_sides, dated_story, number_conflicts


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Thieves took nine paintings from the Halvik Art Museum on Tuesday. The works are worth €14m, police said.",
            "Eleven paintings were stolen from the Halvik Art Museum on Tuesday. Their value is put at 40 million "
            "euros.",
        ),
        (
            "The Oskar Vell collection fetched $12.5 million at an auction in Geneva on Tuesday.",
            "Bidders paid 15 million dollars for the Oskar Vell collection at the Geneva sale on Tuesday.",
        ),
    ],
)
def test_a_sum_in_a_currency_sign_meets_the_same_currency_in_words(first, second):
    [conflict] = [
        c
        for c in number_conflicts(dated_story(("2026-03-04", first), ("2026-03-04", second)))
        if c.positions[0].unit != "paintings"
    ]
    assert {outlets.pop() for outlets in conflict_sides(conflict).values()} == {"a0", "a1"}


def test_the_same_sum_in_sign_and_words_is_no_conflict():
    docs = dated_story(
        ("2026-03-04", "Tallmark United signed Anders Rovik from Brenna FC for a fee of €48m on Wednesday."),
        (
            "2026-03-04",
            "Tallmark United paid 48 million euros to sign Anders Rovik from Brenna FC on Wednesday.",
        ),
    )
    assert number_conflicts(docs) == []


def test_pounds_in_words_are_not_keyed_as_the_pound_sign():
    docs = dated_story(
        (
            "2026-03-04",
            "Police seized 200 pounds of cannabis and £5,000 in cash at a farm near Dallen on Monday.",
        ),
        (
            "2026-03-04",
            "Officers found 200 pounds of cannabis and £5,000 in cash at the Dallen farm on Monday.",
        ),
    )
    assert number_conflicts(docs) == []
