"""Speakers, quotes round 13: an organisation a definite description names back ("the company said", "The park's
post read:") when exactly one body of that kind is named before it; place words as surnames ("Joan Park", "Sarah
Hall"); job nouns as titles ("Principal Mark Ellis" is Mark Ellis); and the maker of a message named in a clause of
its own ("the note Stone left read:"). A wrong speaker is worse than none: two bodies of one kind give none."""

import pytest

from storyweave.crosscheck import find_quotes
from storyweave.crosscheck._people import People
from tests.crosscheck.conftest import story

PEOPLE = "Ann Lee is the mayor of Riverside. Bob Stone is a city councilman.\n"


def speaker_of_last_quote(text: str, people: str = PEOPLE) -> str | None:
    """The speaker of the last quote of a one-article story that opens with ``people``."""
    quotes = find_quotes(story(people + text))
    assert quotes, "no quote found"
    return quotes[-1].speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The one body of the description's kind named before it.
        (
            'Yellowstone National Park said the trail would stay closed. The park said: "Bears are active and '
            'unpredictable at this time of year."',
            "Yellowstone National Park",
        ),
        (
            "Yellowstone National Park closed the trail. The park's post read: \"Bears are active and unpredictable "
            'at this time of year."',
            "Yellowstone National Park",
        ),
        (
            "Japan's Ministry of Health said 12 people fell ill. The Ministry of Health is investigating. The "
            'ministry said: "All of the patients are in stable condition."',
            "Ministry of Health",
        ),
        (
            'Harvest Valley Foods said on Tuesday it was recalling jars. The company said: "We are taking this '
            'step out of an abundance of caution."',
            "Harvest Valley Foods",
        ),
        (
            'Shares of Harvest Valley Foods fell 4 percent. "We are taking this step out of an abundance of '
            'caution," the company said.',
            "Harvest Valley Foods",
        ),
        (
            "In a statement, Harvest Valley Foods apologised. The company's statement added: \"Customers can "
            'return opened jars to any store."',
            "Harvest Valley Foods",
        ),
        (
            'Ford said on Monday it would recall 40,000 trucks. "Safety comes first for every driver," the '
            "company said.",
            "Ford",
        ),
        (
            "The storm cut power, the Department of Energy said. FEMA's post read: \"Help is on the way, and more "
            'will follow as roads reopen."',
            "FEMA",
        ),
        # Two bodies of the kind: the nearest is as often the other one.
        (
            'The Ministry of Health and the Ministry of Agriculture are investigating. The ministry said: "All of '
            'the patients are in stable condition."',
            None,
        ),
        (
            "Members of the Illinois Nurses Union and the Service Employees International Union marched. The union "
            'said: "Our members are exhausted and our patients deserve better."',
            None,
        ),
        (
            "Harvest Valley Foods said its supplier, Ridgeway Packing Co., found the bacteria. Ridgeway Packing "
            'said in a statement it had shut the line. The company said: "We are taking this step out of caution."',
            None,
        ),
        (
            "The Federal Emergency Management Agency opened shelters, and the Environmental Protection Agency "
            'warned of spills. The agency said: "Help is on the way, and more will follow."',
            None,
        ),
        # No body of the kind named: a person named Park is no park, "a health ministry official" names no
        # ministry, a body of another kind is no company.
        (
            "Ranger Joan Park found the hiker. The park's post read: \"Bears are active and unpredictable at this "
            'time of year."',
            None,
        ),
        (
            "A health ministry official spoke. The ministry's statement read: \"All of the patients are in stable "
            'condition."',
            None,
        ),
        (
            'The Food and Drug Administration said it had found no illness. "We are taking this step out of '
            'caution," the company said.',
            None,
        ),
        (
            'Brightline Foods said its parent, Acme Holdings, would pay. The company said: "We will act on the '
            'storm damage now."',
            None,
        ),
        # The noun alone opening a sentence is the common noun, no body's name.
        (
            'Park rangers closed the trail on Monday. The park said: "Bears are active at this time of the year."',
            None,
        ),
        # A person who "said it" with a title is no company.
        (
            'Kim Ford, a driver, said it was a long night. "We are taking this step out of caution," the company '
            "said.",
            None,
        ),
    ],
)
def test_a_description_names_the_one_body_of_its_kind(text: str, speaker: str | None) -> None:
    assert speaker_of_last_quote(text, people="") == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Joan Park, 34, a nurse, was at home. "I heard the water first," Park said.', "Joan Park"),
        ('Mayor Joan Park spoke on Monday. "We will rebuild the whole town," Park said.', "Joan Park"),
        ('Sarah Hall, a nurse, was hired. "I start at the diner on Monday," Hall said.', "Sarah Hall"),
        ('Nurse Rosa Street was on shift. "We were ready for the worst of it," Street said.', "Rosa Street"),
        ('But Joan K. Park, 41, stayed. "We were ready for the worst of it," Park said.', "Joan K. Park"),
        ('Ms. Park spoke on Monday. "We will rebuild the whole town," Ms. Park said.', "Park"),
        # Places stay places, however they are written.
        ('Crowds filled Central Park. "I came for the music and the crowd," said Tom Reyes.', "Tom Reyes"),
        ('Hyde Park was closed. "It is a shame for everyone here," said Tom Reyes.', "Tom Reyes"),
    ],
)
def test_a_place_word_is_a_surname_of_a_name_the_story_says_is_a_persons(text: str, speaker: str) -> None:
    assert speaker_of_last_quote(text, people="") == speaker


@pytest.mark.parametrize(
    "text",
    [
        # A place said to speak, with no title, age or role: no person.
        'Carnegie Hall said in a statement it would reopen. "We miss our audiences," Hall said.',
        # A role deep in the appositive describes the place, not who it is.
        "Downing Street, the official residence of the prime minister, was quiet. Downing Street said it had "
        "no comment.",
        "Memorial Day, 2021, was quiet. Lincoln Park Elementary reopened.",
    ],
)
def test_a_place_word_name_with_no_persons_cue_is_no_person(text: str) -> None:
    people = People(story(text))
    assert not any(
        people.is_person(name) for name in ("Carnegie Hall", "Hall", "Downing Street", "Memorial Day")
    )
    assert not any(people.is_person(name) for name in ("Lincoln Park", "Lincoln Park Elementary", "Park"))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Principal Mark Ellis wrote to parents. "The building will stay closed," Ellis said.', "Mark Ellis"),
        ('"The building will stay closed until Friday," said Principal Mark Ellis.', "Mark Ellis"),
        ('Guitarist Neil Price left the band. "It was time for me to go," Price said.', "Neil Price"),
        ('Drummer Ana Cole joined in 2010. "It was time for me to go," Cole said.', "Ana Cole"),
        (
            'Custodian Sarah Hall, 52, spotted the smoke: "I smelled it the moment I opened the door."',
            "Sarah Hall",
        ),
        # A title before the job noun still goes ("Music Director Ben Lake").
        ('Music Director Ben Lake said: "The instruments are all fine, a small miracle."', "Ben Lake"),
    ],
)
def test_a_job_noun_before_a_name_is_a_title(text: str, speaker: str) -> None:
    assert speaker_of_last_quote(text, people="") == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A verb of making: the maker.
        ('Lee said the note Stone left read: "Closed until further notice, sorry folks."', "Bob Stone"),
        ('Lee said the note Stone left in the hall read: "Closed until further notice, folks."', "Bob Stone"),
        ('Lee said the message Stone sent her read: "I will always be proud of what we built."', "Bob Stone"),
        (
            'The letter Stone sent to the council read: "Please be kind to the mayor, she has earned it."',
            "Bob Stone",
        ),
        (
            'Stone spoke. Lee said the letter she wrote read: "The council must act before the next storm."',
            "Ann Lee",
        ),
        ('Lee read aloud the note Stone left: "Closed until further notice, sorry folks."', "Bob Stone"),
        # A verb of getting or finding: someone the story does not name.
        (
            'Lee said the note she found on her desk read: "Thanks for everything, and look after the town."',
            None,
        ),
        (
            'Lee said the message she received from fans read: "Tell Stone we will miss him every night."',
            None,
        ),
        ('Lee shared the message she received: "Closed until further notice, sorry folks."', None),
    ],
)
def test_a_message_named_with_its_maker_in_a_clause(text: str, speaker: str | None) -> None:
    assert speaker_of_last_quote(text) == speaker


def test_outlets_that_name_one_body_and_two_bodies_of_a_kind() -> None:
    docs = story(
        "Nurses walked off the job. The Illinois Nurses Union said the strike would last five days. The union "
        'said in a statement: "Our members are exhausted and our patients deserve better."',
        "Members of the Illinois Nurses Union and the Service Employees International Union marched. The union "
        'said: "Our members are exhausted and our patients deserve better." Nurse Rosa Street, 38, said: "We are '
        'asking for enough staff to keep people safe."',
        '"We are asking for enough staff to keep people safe," said Street, a nurse for 15 years.',
    )
    speakers = {quote.text: (quote.speaker, quote.articles) for quote in find_quotes(docs)}
    assert speakers["Our members are exhausted and our patients deserve better."] == (
        "Illinois Nurses Union",
        ("a0", "a1"),
    )
    assert speakers["We are asking for enough staff to keep people safe."] == ("Rosa Street", ("a1", "a2"))
