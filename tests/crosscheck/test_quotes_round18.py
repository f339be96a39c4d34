"""Round 18: a role no one in the story holds is not the private person named before it, age or not."""

from __future__ import annotations

import pytest

from storyweave.crosscheck import find_quotes
from storyweave.model import Quote

from .conftest import story

_FINAL = "The offer on the table is fair and it is final"
_OFFICE = f'The health secretary rejected calls for new talks. "{_FINAL}," he said.'


def _speaker_of(quotes: tuple[Quote, ...], opening: str) -> list[str | None]:
    return [q.speaker for q in quotes if q.text.startswith(opening)]


@pytest.mark.parametrize(
    "private_person",
    [
        "Keith Marlow, a patient waiting for a knee operation, said his surgery had been postponed.",
        "Keith Marlow, who lives opposite the hospital, brought tea to the picket line.",
        "Passenger Keith Marlow said the train had stopped twice.",
        "The driver, Keith Marlow, was taken to hospital.",
    ],
)
def test_a_role_no_one_holds_is_not_the_private_person_named_before(private_person: str) -> None:
    # Marlow is the only person the article names before "the health secretary", and no one in the story is
    # tied to that office; his own description says he holds none.
    quotes = find_quotes(story(f'{private_person} "I have waited nine months," Marlow said.\n\n{_OFFICE}'))
    assert _speaker_of(quotes, "The offer") == [None]
    assert _speaker_of(quotes, "I have waited") == ["Keith Marlow"]


def test_an_unnamed_office_holder_saying_it_is_not_the_passenger() -> None:
    quotes = find_quotes(
        story(
            'Tom Avery, a passenger travelling with his family, said the crew were calm. "The smoke came through '
            'the vents," he said.\n\nThe operator\'s chief executive apologised. "We will pay for every hotel '
            'night," the chief executive said.'
        )
    )
    assert _speaker_of(quotes, "We will pay") == [None]


def test_the_office_named_in_another_outlet_is_still_its_holder() -> None:
    inspected = "Every ferry in the fleet will be inspected before it sails again"
    quotes = find_quotes(
        story(
            f'Transport Minister Ana Ruiz ordered an inspection. "{inspected}," Ruiz said.',
            'Tom Avery, a passenger travelling with his family, said the crew were calm. "The smoke came through '
            f'the vents," he said.\n\nThe transport minister said every vessel would be checked. "{inspected}," '
            "she said.",
        )
    )
    assert [(q.speaker, q.articles) for q in quotes if q.text.startswith("Every ferry")] == [
        ("Ana Ruiz", ("a0", "a1"))
    ]


def test_a_relative_clause_naming_the_office_is_the_same_description() -> None:
    # Step 3 still takes the one person named when their description is the role's: "who heads the IMF" is
    # the IMF chief.
    quotes = find_quotes(
        story(
            "Michel Camdessus, who heads the IMF, said growth would slow. The IMF chief told reporters that Europe "
            'and America, "the two motors of the world economy," were still going strong.'
        )
    )
    assert [q.speaker for q in quotes] == ["Michel Camdessus"]


def test_a_pronoun_does_not_pass_an_unnamed_relative_of_its_gender() -> None:
    # Dev (Multi-News, the reservoir story): "she" is the mother who opened the door, not the friend of unknown
    # gender quoted before.
    quotes = find_quotes(
        story(
            'Dan McDonald, a friend, said Swonger was sorry. "He is a really good guy at heart," McDonald said.\n\n'
            "As Swonger stood outside the house, his mother suddenly opened the front door. "
            '"Dallas, come inside right now and do not say another word," she says.'
        )
    )
    assert _speaker_of(quotes, "Dallas, come inside") == [None]


@pytest.mark.parametrize(
    "relative",
    [
        # The story names the wife: "his wife" is no one new.
        "Police questioned his wife, Halima Fazul, 22, on Monday. His wife cannot say what he does.",
        # A relative in mid-clause is often someone known.
        "The court later let her mother read the letter.",
    ],
)
def test_a_named_or_mid_clause_relative_does_not_stop_the_pronoun(relative: str) -> None:
    quotes = find_quotes(
        story(
            f'"We knew nothing about his work," said Mrs. Halima Fazul.\n\n{relative}\n\n'
            '"He goes away at 8 and comes back at 6 every day," she said.'
        )
    )
    assert _speaker_of(quotes, "He goes away") == ["Halima Fazul"]


def test_a_pronoun_does_not_pass_a_one_word_name_said_to_hold_a_role() -> None:
    # Dev (DUC, Suharto extradition): "he" is Roestandi, whom the story names only at a sentence start, not the
    # spokeswoman named before him.
    quotes = find_quotes(
        story(
            "Sara Pina, a spokeswoman for the attorney general, said his office was looking at the request.\n"
            "Roestandi, a three-star general and chairman of the military faction, said such a handover would be "
            'impossible.\n"Moreover, it is unreasonable because it is an internal affair," he said.'
        )
    )
    assert _speaker_of(quotes, "Moreover") == [None]


def test_a_pronoun_does_not_pass_an_unnamed_private_person() -> None:
    # Dev (DUC, Uzbek hostages): "he" is the hostage who spoke on condition of anonymity, not the official named
    # before him.
    quotes = find_quotes(
        story(
            'Mr. Akmal Saidov said the police were doing all they could. "We are close to the gang," he said.\n\n'
            "One hostage, released this year and speaking on condition of anonymity, described being held in "
            'cold basements. "Their goal was only money, and they do not hide this," he said.'
        )
    )
    assert _speaker_of(quotes, "Their goal") == [None]
