"""Session 47's second timeline desk (a depot strike and a football club's week, all of a Monday): a contracted
negative future ("won't") looks ahead, while a past event its clause names stays past; a gathering or a vote told
in the present is to come, as the day something is extended until and the day people are told to return on are; a
date after an aside between commas takes the tense of the clause the aside interrupts; talks agreed to resume in, or
agreed for, a month are to come; and so is a meeting in the present progressive whose object has an "of" phrase."""

import datetime as dt

import pytest

from storyweave.crosscheck import build_timeline
from storyweave.model import Article
from storyweave.segment import segment
from tests.crosscheck.conftest import dates_on

# Monday 8 March 2027.
_MONDAY = "2027-03-08"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The union won't decide until Thursday.", ["2027-03-11"]),
        (
            "The Transit Workers Union won’t decide on the new offer until Thursday, its secretary said.",
            ["2027-03-11"],
        ),
        ("Bus drivers at Harrow Lane depot won’t return to work before Friday.", ["2027-03-12"]),
        ("The manager won't name his side until Wednesday.", ["2027-03-10"]),
        # An attack or an assault its clause names is gone by, whatever the tense.
        (
            "He won’t support a commission to investigate the attack on the parliament in January.",
            ["2027-01"],
        ),
        ("Managers won't comment on the assault on a driver in February.", ["2027-02"]),
        ("Managers won't comment on the assault on a driver on Saturday.", ["2027-03-06"]),
        # Right after the noun a weekday may be the verb's.
        ("The minister will visit the site of the bombing on Saturday.", ["2027-03-13"]),
        (
            "The firm won't reopen its inquiry into the depot fire in January, a spokeswoman said.",
            ["2027-01"],
        ),
        # A hurricane is forecast.
        ("Crews won't be ready for a hurricane in September.", ["2027-09"]),
        # A past "won" is no future.
        ("The union won a pay rise on Thursday.", ["2027-03-04"]),
    ],
)
def test_a_contracted_negative_future_looks_ahead(text: str, expected: list[str]) -> None:
    assert dates_on(text, _MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The squad gathers again on Sunday for a training camp.", ["2027-03-14"]),
        ("The union executive gathers again on Sunday to review the result.", ["2027-03-14"]),
        ("The players reconvene on Saturday in Harwick.", ["2027-03-13"]),
        ("The union's members vote on the offer on Thursday.", ["2027-03-11"]),
        ("Tram drivers vote on Thursday.", ["2027-03-11"]),
        # The past, and "vote" a noun.
        ("The squad gathered at the training ground on Sunday.", ["2027-03-07"]),
        ("Members voted to reject an earlier offer on Thursday.", ["2027-03-04"]),
        ("The strike vote on Thursday was won by a wide margin.", ["2027-03-04"]),
        ("The union's vote on Thursday rejected the offer.", ["2027-03-04"]),
    ],
)
def test_a_gathering_or_a_vote_told_in_the_present_is_to_come(text: str, expected: list[str]) -> None:
    assert dates_on(text, _MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The strike was extended until Friday, the union said.", ["2027-03-12"]),
        ("The ban on away fans has been extended until Friday.", ["2027-03-12"]),
        ("Drivers were told to return on Thursday if the offer is accepted.", ["2027-03-11"]),
        ("Staff were instructed to report back on Wednesday.", ["2027-03-10"]),
        # The telling's own day keeps its tense.
        ("Drivers were told on Thursday that the depot would close.", ["2027-03-04"]),
        ("The strike was extended on Friday.", ["2027-03-05"]),
    ],
)
def test_the_day_something_is_extended_until_or_people_told_to_return_on_is_to_come(
    text: str, expected: list[str]
) -> None:
    assert dates_on(text, _MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The union will hold a ballot of its 4,000 members, most of whom work at the depot, on Thursday.",
            ["2027-03-11"],
        ),
        (
            "The company will write to all staff, including the 300 drivers who joined the strike, on Wednesday.",
            ["2027-03-10"],
        ),
        ("The club will honour its former captain, who died last year, on Saturday.", ["2026", "2027-03-13"]),
        # The clause before the aside tells the past.
        ("Police arrested a driver, who will appear before magistrates, on Friday.", ["2027-03-05"]),
        # An aside's own date keeps the aside's tense.
        ("The union, which struck on Friday, will ballot its members.", ["2027-03-05"]),
    ],
)
def test_the_tense_before_an_aside_is_that_of_the_date_after_it(text: str, expected: list[str]) -> None:
    assert dates_on(text, _MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The sides agreed to resume the talks in September.", ["2027-09"]),
        ("The two clubs agreed to resume the friendly series in September.", ["2027-09"]),
        ("A second round of talks was agreed for September.", ["2027-09"]),
        ("The final hearing was set for October.", ["2027-10"]),
        # A month earlier in the year than the article may be one gone by: the nearer year.
        ("The vote was scheduled for February but was put off.", ["2027-02"]),
        # The resuming and the agreeing keep their tense; a person's name is no month.
        ("Talks resumed in September.", ["2026-09"]),
        ("The sides agreed in September to resume the talks.", ["2026-09"]),
        ("Voters who backed Theresa May were asked for May's view.", []),
    ],
)
def test_what_is_agreed_to_resume_in_or_for_a_month_is_to_come(text: str, expected: list[str]) -> None:
    assert dates_on(text, _MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister is meeting the families of other detainees on Thursday.", ["2027-03-11"]),
        ("The chairman is meeting the families of injured fans on Thursday.", ["2027-03-11"]),
        ("The mayor is meeting the widows of firefighters on Thursday.", ["2027-03-11"]),
        ("The mayor is visiting the headquarters of the transit authority on Wednesday.", ["2027-03-10"]),
        # What is investigated is gone by, and so is an attack's scene.
        ("Police are investigating the death of a man on Sunday.", ["2027-03-07"]),
        ("The minister is visiting the scene of the attack on Sunday.", ["2027-03-07"]),
    ],
)
def test_a_meeting_in_the_present_progressive_with_an_of_phrase_is_to_come(
    text: str, expected: list[str]
) -> None:
    assert dates_on(text, _MONDAY) == expected


def test_the_day_something_is_extended_until_ends_a_span_and_dates_no_event() -> None:
    """Multiling M0089 (of 2010-05-06): "extended to May 25" is when the search ends, no event of that day."""
    day = dt.date(2010, 5, 6)
    text = "However, on May 4, the search was extended to May 25."
    doc = segment(Article("a0", text, source="Outlet 0", date=day))
    assert [event.date for event in build_timeline([doc])] == ["2010-05-04"]
