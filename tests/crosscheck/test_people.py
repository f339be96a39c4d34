"""Who a story's people are, seen through the name-spelling conflicts and quotes that need them."""

import pytest

from storyweave.crosscheck import find_quotes
from storyweave.crosscheck.names import find_name_conflicts

from .conftest import story


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in find_quotes(story(text))]


@pytest.mark.parametrize(
    "listed",
    [
        # A people's name in the plural before the list (as "Libyan" before one name, it is no name itself).
        "Libya handed over Libyans Abdel Basset Ali al-Megrahi and {} Khalifa Fhimah on Monday.",
        # A plural role noun before the list, set off by a comma.
        "The court heard the two suspects, Abdel Basset Ali al-Megrahi and {} Khalifa Fhimah, on Monday.",
        # A plural title, abbreviated.
        "Sens. Olympia Snowe and {} Khalifa Fhimah voted against the bill on Monday.",
    ],
)
def test_every_name_of_a_list_after_a_plural_title_is_a_person(listed):
    """Issue (audit 6): the second name of a list had no title of its own, so no spelling conflict was seen."""
    (conflict,) = find_name_conflicts(story(listed.format("Lamen"), listed.format("Lamin")))
    assert [(p.value, p.articles) for p in conflict.positions] == [
        ("Lamen Khalifa Fhimah", ("a0",)),
        ("Lamin Khalifa Fhimah", ("a1",)),
    ]


def test_plural_title_before_a_lone_name_makes_no_person():
    # "China" is the subject of the relative clause, not one of the dissidents.
    text = (
        "Wang and Qin are the most well-known dissidents China has put on trial. "
        '"We must stop all of these activities at once," China said.'
    )
    assert _speakers(text) == [None]


def test_names_of_a_list_are_people_and_a_plural_title_no_part_of_a_name():
    text = (
        "Cabinet Ministers Gideon Sa'ar and Naftali Bennett objected. "
        '"I am legally obliged to avoid responding to things said there," Sa\'ar said.'
    )
    assert _speakers(text) == ["Gideon Sa'ar"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A one-word name in no fuller form, speaking in the first person singular.
        (
            "“Sometimes I lost hope,” Faraj said. “I thought he was dead.” The 25-year-old fighter had gone.",
            "Faraj",
        ),
        (
            'Officials met on Monday. "This was not an innocent camping trip, let me be clear," said Devine.',
            "Devine",
        ),
        # Sentence-initial after a quote that closes on a comma is mid-sentence.
        ('"I am wondering if there are others around my age who lost someone," Mette continued.', "Mette"),
    ],
)
def test_one_word_name_speaking_in_the_first_person_is_a_speaker(text, speaker):
    """Issue (audit 6): a speaker the story names by one word only ("Faraj said") had no name."""
    assert _speakers(text)[0] == speaker


def test_one_word_name_speaking_for_many_is_no_person():
    # An organisation says "we": "Pfizer said" names no person.
    text = 'The company apologised on Monday. "We are sorry for the delay to everyone," Pfizer said.'
    assert _speakers(text) == [None]


def test_surname_after_a_quote_closing_on_a_comma_is_mid_sentence():
    """Issue (audit 6): '..." Zhu said' was read as a sentence start, so "Zhu" was no known person."""
    text = (
        "Foreign Ministry spokesman Zhu Bangzao spoke on Tuesday. "
        '"Their behavior breached the criminal law," Zhu said at a briefing.'
    )
    assert _speakers(text) == ["Zhu Bangzao"]


def test_speaker_with_an_appositive_left_without_its_comma_is_a_person():
    """Issue (audit 6): "said Luciano Dias a Brasilia-based political consultant" was not read."""
    text = (
        "Analysts were cautious on Monday, said Luciano Dias a Brasilia-based political consultant. "
        '"The runoff will decide the outcome for sure," he said.'
    )
    assert _speakers(text) == ["Luciano Dias"]
