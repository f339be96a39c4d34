"""A sports desk's QA stories (session 34, /tmp/s34/qasport/stories): a doping ban and a transfer's contract told in
months by one outlet and in years by another."""

from .conftest import dated_story, dates_on, number_conflicts


def _conflicts(docs) -> list[tuple[str, list[str]]]:
    return [(c.about, [p.value for p in c.positions]) for c in number_conflicts(docs)]


def test_a_ban_in_months_and_a_ban_in_years_disagree():
    docs = dated_story(
        (
            "2026-10-14",
            "Norland sprinter Leah Okonjo has been banned for 18 months after testing positive for the heart drug"
            " trimetazidine, the Norland Athletics Federation said on Wednesday.",
        ),
        (
            "2026-10-14",
            "Leah Okonjo, Norland's fastest woman, was handed a two-year ban on Wednesday after a disciplinary panel"
            " found that she had committed an anti-doping rule violation.",
        ),
        (
            "2026-10-15",
            "Riverside sprinter Leah Okonjo says she will fight the 18-month ban imposed on her on Wednesday by the"
            " Norland Athletics Federation.",
        ),
    )
    assert _conflicts(docs) == [("length of the ban", ["18 months", "two years"])]


def test_the_same_ban_told_in_months_and_in_years_agrees():
    docs = dated_story(
        ("2026-10-14", "The federation suspended sprinter Leah Okonjo for 24 months for a positive test."),
        ("2026-10-14", "Leah Okonjo was handed a two-year ban on Wednesday."),
    )
    assert _conflicts(docs) == []


def test_a_contracts_length_is_compared_whatever_its_noun():
    docs = dated_story(
        (
            "2026-08-27",
            "Ashford City have agreed a fee with Sporting Vale for the winger Luca Marchetti, with the 23-year-old"
            " set to sign a five-year deal.",
        ),
        ("2026-08-28", "The 23-year-old winger will sign a four-year contract with the English club."),
    )
    assert _conflicts(docs) == [("length of the contract", ["five years", "four years"])]


def test_an_away_fixture_in_the_present_tense_is_to_come():
    # Of a Saturday: both had been the Wednesday before.
    assert dates_on("They travel to Brightwater on Wednesday.", "2026-11-21") == ["2026-11-25"]
    assert dates_on("Rovers visit Brightwater on Wednesday.", "2026-11-21") == ["2026-11-25"]


def test_a_visit_that_is_a_noun_keeps_its_past_day():
    assert dates_on("The Pope's visit on Wednesday drew crowds.", "2026-11-21") == ["2026-11-18"]
    assert dates_on("The president's state visit on Wednesday drew protests.", "2026-11-21") == ["2026-11-18"]


def test_a_clause_opening_with_its_past_verb_far_before_a_month_day_is_past():
    # Of an October: the verb nine words back had left no tense, and the nearer year was the March to come.
    sentence = (
        "The 26-year-old, the national 100 metres champion, returned the positive sample in an out-of-competition test"
        " on March 14."
    )
    assert dates_on(sentence, "2026-10-14") == ["2026-03-14"]
