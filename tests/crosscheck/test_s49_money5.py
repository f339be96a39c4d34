"""The money desk (session 49): rounded figures, a transfer's fee in words, sums of a kind with no kind word, pounds.

A figure written to a place stands for what rounds to it, half up: "$4.4m" for $4.35 million up to, not including,
$4.45 million, so "$4.35 million" / "$4.4m" agree and "$4.45 million" / "$4.4m" do not. A transfer's fee is read in
words too ("paying 45 million euros"); a sum told for someone's release is a ransom; pounds told with a scale word or a
sum's word, and not of a stuff ("200 pounds of cannabis"), are the pound sign; two things told sold are two sales."""

import pytest

from .conftest import conflict_sides, dated_story, number_conflicts

DAY = "2026-05-12"


@pytest.mark.parametrize(
    ("first", "second", "conflicting"),
    [
        pytest.param(
            "The Larsholm mansion in Kessby was sold on Monday for $4.35 million, the estate agent Brannock & Lee said.",
            "Brannock & Lee said the Larsholm mansion in Kessby was sold on Monday for $4.4m.",
            False,
            id="4.35 rounds to 4.4",
        ),
        pytest.param(
            "Regulators fined Corvane Bank 4.35 million euros on Tuesday for failing to report suspicious transfers.",
            "Corvane Bank was fined €4.4m by regulators on Tuesday for failing to report suspicious transfers.",
            False,
            id="4.35 rounds to 4.4, a fine",
        ),
        pytest.param(
            "A jury in Marlow awarded the Osei family $12.5 million in damages on Thursday.",
            "The Osei family won 13 million dollars in damages from a jury in Marlow on Thursday.",
            False,
            id="12.5 rounds to 13",
        ),
        pytest.param(
            "The flood damaged about 450 homes in Tarrow on Sunday, the council said.",
            "The council said 446 homes in Tarrow were damaged by the flood on Sunday.",
            False,
            id="about 450",
        ),
        pytest.param(
            "The flood damaged nearly 450 homes in Tarrow on Sunday, the council said.",
            "The council said 446 homes in Tarrow were damaged by the flood on Sunday.",
            False,
            id="nearly 450",
        ),
        pytest.param(
            "Striker Anders Rovik has joined Tallmark United from Brenna FC for a fee of €48m on Wednesday.",
            "Tallmark United paid 48.3 million euros to sign Anders Rovik from Brenna FC.",
            False,
            id="a fee in words rounded",
        ),
        pytest.param(
            "Striker Anders Rovik has joined Tallmark United from Brenna FC for a fee of €48m on Wednesday.",
            "Brenna FC sold Anders Rovik to Tallmark United for 48 million euros on Wednesday.",
            False,
            id="a fee in words",
        ),
        pytest.param(
            "Striker Anders Rovik has joined Tallmark United from Brenna FC for a fee of €48m on Wednesday.",
            "Anders Rovik will earn 150,000 euros a week after joining Tallmark United from Brenna FC.",
            False,
            id="a fee and a wage",
        ),
        pytest.param(
            "Police seized 300 pounds of cannabis worth £1.2 million at a farm near Dallen on Monday.",
            "Officers found cannabis with a street value of 1.2 million pounds at a Dallen farm on Monday.",
            False,
            id="pounds of a stuff beside a sum",
        ),
        pytest.param(
            "Police seized 300 pounds of cannabis at a farm near Dallen on Monday, worth £300,000.",
            "Officers found cannabis worth £300,000 at a farm near Dallen on Monday.",
            False,
            id="pounds of a stuff told with worth",
        ),
        pytest.param(
            "The Larsholm estate, on the market for 6 million pounds, sold for £5.1m on Monday.",
            "The Larsholm estate was sold on Monday; it had been listed at £6m.",
            False,
            id="an asking price in pounds",
        ),
        pytest.param(
            "Thieves took a Vermeer study from the Halvik Art Museum on Tuesday. The work is worth 14 million "
            "euros, police said.",
            "The Vermeer study stolen from the Halvik Art Museum on Tuesday was insured for 20 million euros.",
            False,
            id="a worth and its insured sum",
        ),
        pytest.param(
            "The stolen paintings have a value of 14 million euros, the Halvik Art Museum said.",
            "The stolen paintings have an insured value of 20 million euros, the Halvik Art Museum said.",
            False,
            id="a value and an insured value",
        ),
        pytest.param(
            "The pirates demanded a ransom of $4 million for the crew of the Sea Wren.",
            "The owner paid a ransom of $2.5 million for the crew of the Sea Wren, the company said.",
            False,
            id="a ransom demanded and one paid",
        ),
        pytest.param(
            "Kidnappers demanded $4 million for the release of engineer Paul Moreau.",
            "The family of Paul Moreau paid $2.5 million for his release, a relative said.",
            False,
            id="a sum demanded for a release and one paid",
        ),
        pytest.param(
            "A painting by Ilse Marr sold for 3.1 million pounds at Harcourt's in London on Wednesday.",
            "A sculpture by another artist, Otto Renn, sold for 1.2 million pounds at the same Harcourt's auction "
            "on Wednesday.",
            False,
            id="two lots of one sale",
        ),
        pytest.param(
            "A painting by Ilse Marr sold for £3.1m at auction in London on Wednesday.",
            "A sculpture sold for £1.2m at the same London auction.",
            False,
            id="two lots of one sale, with signs",
        ),
        pytest.param(
            "The Larsholm mansion in Kessby was sold on Monday for $4.45 million, the estate agent Brannock & Lee said.",
            "Brannock & Lee said the Larsholm mansion in Kessby was sold on Monday for $4.4m.",
            True,
            id="4.45 rounds to 4.5",
        ),
        pytest.param(
            "The Larsholm mansion in Kessby was sold on Monday for $4.349 million, the estate agent Brannock & Lee "
            "said.",
            "Brannock & Lee said the Larsholm mansion in Kessby was sold on Monday for $4.4m.",
            True,
            id="4.349 rounds to 4.3",
        ),
        pytest.param(
            "Striker Anders Rovik has joined Tallmark United from Brenna FC for a fee of €48m, the club said on "
            "Wednesday.",
            "Tallmark United have completed the signing of Anders Rovik from Brenna FC, paying 45 million euros for "
            "the striker.",
            True,
            id="a fee with a sign and one paid in words",
        ),
        pytest.param(
            "Ashford City have signed midfielder Tomas Ekberg from Sporting Vale for $30m.",
            "Tomas Ekberg joined Ashford City from Sporting Vale on Tuesday in a deal worth 34 million dollars.",
            True,
            id="a fee in words of a deal",
        ),
        pytest.param(
            "Anders Rovik has completed a €48m move to Tallmark United from Brenna FC.",
            "Tallmark United signed Anders Rovik for 45 million euros.",
            True,
            id="a move's sum and a signing's",
        ),
        pytest.param(
            "Kidnappers who seized engineer Paul Moreau in Tessaly demanded 5 million dollars for his release, "
            "officials said.",
            "The kidnappers of French engineer Paul Moreau are seeking a ransom of $3 million, a government "
            "spokesman said.",
            True,
            id="a sum for a release and a ransom",
        ),
        pytest.param(
            "The gang that abducted the Okonjo twins wants €800,000 to free them, their family said on Monday.",
            "The abductors of the Okonjo twins have asked for a €500,000 ransom, police said on Monday.",
            True,
            id="a sum to free them and a ransom asked for",
        ),
        pytest.param(
            "The family of engineer Paul Moreau paid a ransom of $2.5 million, a relative said.",
            "Paul Moreau was freed after his family paid $3 million for his release.",
            True,
            id="a ransom paid and a sum paid for a release",
        ),
        pytest.param(
            "The restoration of Kessby's Corn Exchange will cost £2.3m, the council said on Monday.",
            "Kessby council said on Monday that restoring the Corn Exchange would cost 2.7 million pounds.",
            True,
            id="pounds with a scale word",
        ),
        pytest.param(
            "Water firm Thamesbrook was fined £4.2 million on Thursday over sewage spills into the river Wend.",
            "Thamesbrook must pay a fine of 3,300,000 pounds for sewage spills into the Wend, a court ruled.",
            True,
            id="pounds of a fine",
        ),
    ],
)
def test_sums_told_two_ways(first, second, conflicting):
    """One sum told alike or two sums are no conflict; one sum told two ways with two figures is."""
    conflicts = number_conflicts(dated_story((DAY, first), (DAY, second)))
    assert [set().union(*conflict_sides(c).values()) for c in conflicts] == (
        [{"a0", "a1"}] if conflicting else []
    )
