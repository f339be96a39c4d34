"""Round 17 (QA): a pronoun after a sentence about an unnamed office holder, one person written with a short and a
long given name, and a quote listed only with the outlets that printed it whole."""

from __future__ import annotations

from storyweave.crosscheck import find_quotes
from storyweave.crosscheck.quotes import other_speakers
from storyweave.model import Article, Evidence, Quote, Report, Summary
from storyweave.render import render

from .conftest import story

_THOUGHTS = "My thoughts are with everyone affected, and we will find out what caused this"
_PASSENGER = (
    '"There was a bang, the lights went out and the carriage just rolled," said Megan Hollis, 27, who was '
    "travelling home from work.\n\n"
)
_VISIT = f'The transport secretary visited the crash site on Thursday. "{_THOUGHTS}," she told reporters.'


def _speakers(quotes: tuple[Quote, ...]) -> list[tuple[str, tuple[str, ...]]]:
    return sorted((q.speaker or "", q.articles) for q in quotes)


def test_a_pronoun_after_an_office_holder_is_not_the_passenger_named_before() -> None:
    # QA derailment: "she" is the transport secretary of the sentence before, not Hollis, a passenger the
    # article gives an age and no office.
    quotes = find_quotes(story(_PASSENGER + _VISIT))
    assert [q.speaker for q in quotes if q.text.startswith("My thoughts")] == [None]


def test_the_office_holders_words_go_to_the_name_other_outlets_give() -> None:
    quotes = find_quotes(
        story(
            f'Transport Minister Helen Achebe visited the site. "{_THOUGHTS}," Achebe said.',
            _PASSENGER + _VISIT,
        )
    )
    thoughts = [q for q in quotes if q.text.startswith("My thoughts")]
    assert [(q.speaker, q.articles) for q in thoughts] == [("Helen Achebe", ("a0", "a1"))]
    assert other_speakers(thoughts) == [()]


def test_a_short_given_name_is_the_same_person_as_the_long_one() -> None:
    # QA fraud-verdict: "Samuel Brandt" in one outlet, "Sam Brandt" in another.
    appeal = "We are disappointed, and we will appeal this verdict"
    quotes = find_quotes(
        story(
            f'Thorne\'s lawyer, Samuel Brandt, said his client would appeal. "{appeal}," Brandt said.',
            f'Thorne\'s attorney, Sam Brandt, said the defence would challenge it. "{appeal}," he said.',
        )
    )
    assert _speakers(quotes) == [("Samuel Brandt", ("a0", "a1"))]


def test_a_known_diminutive_is_the_same_person_and_relatives_stay_two() -> None:
    words = "Nobody will be left behind, whatever it costs"
    quotes = find_quotes(
        story(
            f'Mayor William Okoro visited the shelter. "{words}," Okoro said.',
            f'Mayor Bill Okoro promised help for every household. "{words}," he said.',
            # A name that is another name's start but a name of its own ("Christine"), or both forms named by one
            # article (a father and son), are two people.
            '"We lost the whole ground floor to the water," said Chris Lowe, 70.',
            '"The insurers have not called us back once this week," said Christine Lowe, 41.',
            'Tom Harker, 52, and his son Thomas Harker, 19, run the bakery. "The oven was under water for two '
            'days," Tom Harker said. "We open again on Monday morning at six," Thomas Harker said.',
        )
    )
    assert {q.speaker for q in quotes} == {
        "William Okoro",
        "Chris Lowe",
        "Christine Lowe",
        "Tom Harker",
        "Thomas Harker",
    }
    assert [q.articles for q in quotes if q.speaker == "William Okoro"] == [("a0", "a1")]


_FULL = "We will not stop until every man is brought to the surface, and today we kept that promise"
_PART = "We will not stop until every man is brought to the surface"


def _partly_printed() -> Report:
    quote = Quote(
        _FULL,
        "Radu Petrescu",
        ("a", "b", "c"),
        (Evidence("a", "a#1", _PART), Evidence("b", "b#3", _PART), Evidence("c", "c#2", _FULL)),
    )
    articles = (
        Article("a", "A.", source="Dravna Observer"),
        Article("b", "B.", source="Eastern Wire"),
        Article("c", "C.", source="Radio Varnia"),
    )
    return Report(articles=articles, summary=Summary((), 100), quotes=(quote,))


def test_markdown_lists_the_whole_quote_only_with_the_outlets_that_printed_it_whole() -> None:
    # QA mine, museum, recall: the fullest wording was credited to every outlet, those that printed only part of
    # it then listed again under "In part".
    markdown = render(_partly_printed(), "md")
    assert f"  - “{_FULL}” — Radio Varnia [3]\n" in markdown
    assert f"    - *In part:* “{_PART}” — Dravna Observer [1], Eastern Wire [2]" in markdown
    assert markdown.count("*In part:*") == 1


def test_html_lists_the_whole_quote_only_with_the_outlets_that_printed_it_whole() -> None:
    page = render(_partly_printed(), "html")
    caption = page.split(f"<blockquote>{_FULL}</blockquote>", 1)[1].split("</figcaption>", 1)[0]
    assert "Radio Varnia" in caption
    assert "Dravna Observer" not in caption and "Eastern Wire" not in caption
    assert page.count("<strong>In part:</strong>") == 1
