"""Quotes introduced by a message or a wording rather than a speech verb (quotes round 12): whose message the
quoted words are ('Okafor's letter read:', 'received a note from Priya Raman:', 'shared a fan's message:'),
"the letter continued", "posted a video captioned", "as X put it", "quoted X as warning". A wrong speaker is
worse than none: a message the story does not say whose it is gives none."""

import pytest

from storyweave.crosscheck import find_quotes
from tests.crosscheck.conftest import story

PEOPLE = "Ann Lee is the mayor of Riverside. Bob Stone is a city councilman.\n"


def speaker_of_last_quote(text: str) -> str | None:
    """The speaker of the last quote of a one-article story that introduces Ann Lee and Bob Stone first."""
    quotes = find_quotes(story(PEOPLE + text))
    assert quotes, "no quote found"
    return quotes[-1].speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The message's owner, written before it or after it.
        ('Stone\'s letter read: "The council must act before the next storm."', "Bob Stone"),
        ('A text message from Stone read: "I am on my way home now, hold on."', "Bob Stone"),
        ('Lee posted Stone\'s statement: "We will appeal the ruling by Friday."', "Bob Stone"),
        (
            'Lee received a letter from Stone, which she read aloud: "We will win this fight together."',
            "Bob Stone",
        ),
        ('Lee pointed to a letter from Stone: "The council must act before the next storm."', "Bob Stone"),
        ('Lee shared a video from Stone captioned "The water is rising on Main Street now."', "Bob Stone"),
        ('Lee\'s message to residents: "Stay off the roads tonight and check on neighbors."', "Ann Lee"),
        # Someone's message the story does not name: no speaker, not the one who passes it on.
        ('Lee read a letter from her mother: "Stay strong and keep going every day."', None),
        ('Lee showed reporters a text from her son\'s teacher: "I miss my kids already, honestly."', None),
        ('Lee said her brother\'s text read: "We are all safe now, thank God."', None),
        ('Lee received a text message: "The levee is about to break near the bridge."', None),
        ('Lee got an email at midnight: "The levee is about to break near the bridge."', None),
        ('The station quoted Lee\'s aide as saying: "We will rebuild the levee by spring."', None),
        # A message the subject speaks in, answers or speaks of is no one else's words.
        ('Lee replied to Stone\'s tweet: "You are wrong about the storm and the levee."', "Ann Lee"),
        ('Lee, responding to a tweet from Stone: "He is wrong about the levee, plainly."', "Ann Lee"),
        ('Stone commented on a post by a fan: "Thank you for the kind words, really."', "Bob Stone"),
        ('Lee said in a statement released by the city: "We are ready for the storm tonight."', "Ann Lee"),
        ('In a letter from his lawyer, Stone said: "I am innocent of these charges."', "Bob Stone"),
        # "captioned" describes the video the verb before it posted.
        ('Lee posted a video captioned "The water is rising on Main Street now."', "Ann Lee"),
        ('Lee posted a photo of her son captioned "My brave boy is home at last."', None),
        # "put it" reports a wording only as one ("as he put it", "put it bluntly").
        ('As Lee put it: "We are not going to let the river win this time."', "Ann Lee"),
        ('Stone put it bluntly: "We failed the people who ride these trains."', "Bob Stone"),
        ('As one resident put it, "We have nothing left but the clothes on our backs."', None),
        ('Lee put it on the table. "We are not going to let the river win this time."', None),
        # An outlet quoting someone "as" doing something.
        (
            'The station quoted Lee, who spoke on Monday, as warning: "We will rebuild the levee by spring."',
            "Ann Lee",
        ),
        (
            '"We will rebuild the levee by spring," Stone\'s office quoted him Sunday as saying.',
            "Bob Stone",
        ),
        # A colon lead-in opened by a role and a name.
        (
            'Councilman Bob Stone sent residents a note: "Stay off the roads tonight, please."',
            "Bob Stone",
        ),
        (
            'The city\'s mayor, Ann Lee, in a message to families: "We will find space for every child."',
            "Ann Lee",
        ),
        # Look-alikes that name no maker.
        ('A sign outside city hall read: "Closed until further notice, sorry folks."', None),
    ],
)
def test_speaker_of_a_quote_introduced_by_a_message(text: str, speaker: str | None) -> None:
    assert speaker_of_last_quote(text) == speaker


@pytest.mark.parametrize(
    ("earlier", "speaker"),
    [
        ('In a letter to staff, Stone wrote: "I have made mistakes, and I own them."', "Bob Stone"),
        ("Stone wrote a letter to the council on Monday.", "Bob Stone"),
        ("The letter from Stone to the council, written in March, warned of brake failures.", "Bob Stone"),
        # Found or sent, the letter is not said to be anyone's words.
        ("Stone sent a letter to the council on Monday.", None),
        ("Police said they found a letter near the river.", None),
    ],
)
def test_the_letter_continued_is_the_letter_maker_a_sentence_before_names(
    earlier: str, speaker: str | None
) -> None:
    text = earlier + ' The letter continued: "The council must act before the next storm, or people die."'
    assert speaker_of_last_quote(text) == speaker


def test_one_quote_of_four_outlets_gets_its_speaker_from_the_messages_they_name() -> None:
    docs = story(
        'Daniel Okafor resigned on Thursday. Okafor, in a letter to staff: "I have made mistakes, and I take '
        'full responsibility for them."',
        'Daniel Okafor stepped down. In a letter to staff, Okafor wrote: "I have made mistakes, and I take full '
        'responsibility for them." The letter continued: "Brightline is bigger than any one person, and it will '
        'thrive without me."',
        "Daniel Okafor has resigned. Okafor's letter read: \"I have made mistakes, and I take full responsibility "
        'for them. Brightline is bigger than any one person, and it will thrive without me." Investors were less '
        'forgiving. Fund manager Priya Raman sent clients a note: "The governance failures here were obvious for '
        'years."',
        'Daniel Okafor has quit. Clients received a note from fund manager Priya Raman: "The governance failures '
        'here were obvious for years."',
    )
    speakers = {quote.text: (quote.speaker, quote.articles) for quote in find_quotes(docs)}
    assert speakers["I have made mistakes, and I take full responsibility for them."] == (
        "Daniel Okafor",
        ("a0", "a1", "a2"),
    )
    assert speakers["Brightline is bigger than any one person, and it will thrive without me."] == (
        "Daniel Okafor",
        ("a1", "a2"),
    )
    assert speakers["The governance failures here were obvious for years."] == ("Priya Raman", ("a2", "a3"))


def test_a_fans_message_that_a_rival_shares_is_not_the_rivals() -> None:
    docs = story(
        'Carla Mendes retired on Tuesday. Her rival Ana Petrova liked a post that read: "The greatest player of '
        'our era is gone too soon."',
        "Carla Mendes has retired. Petrova shared a fan's message: \"The greatest player of our era is gone too "
        'soon."',
    )
    (quote,) = find_quotes(docs)
    assert quote.articles == ("a0", "a1")
    assert quote.speaker is None
