"""Session 40: an untitled article's name (``headline``) reads as a headline.

The dev sets' untitled stories were named "NATIONAL FORECAST", "Help end this abuse: http://cok.net/tyson." and
"... former Chilean d…": a section label, a web prompt or a photo credit before the first sentence is passed over,
and a long sentence is cut at a word.
"""

import pytest

from storyweave.clean import debris_reason
from storyweave.group import headline, story_from_articles
from storyweave.model import Article

SNOW = "Snow advisories were issued Thursday for the San Juan Mountains in southeast Colorado."


@pytest.mark.parametrize(
    "opening",
    [
        "NATIONAL FORECAST\n",  # no lower-case letter
        "SINGER SCANDAL\n",
        "How to help ... ",  # a label of three words, no full stop
        "Lead story\n",
        "Help end this abuse: http://cok.net/tyson. ",  # a web address
        "Embed Snow in the Rockies 1:04 autoplay autoplay Copy this code to your website or blog\n",
        "Buy Photo Workers clear snow from a road near Durango on Thursday, Oct. 22, 1998. ",  # cleaning's photo credit
    ],
)
def test_an_opening_that_is_no_prose_does_not_name_the_article(opening):
    assert headline(Article("a", f"{opening}{SNOW} Roads were closed.")) == SNOW


def test_only_a_label_that_opens_the_article_is_passed_over():
    assert headline(Article("a", f"SINGER SCANDAL\n{SNOW}")) == SNOW
    # A line of four words or more is a headline left in the text; a label after prose is no opening; an article
    # of nothing but labels is named by its first.
    assert headline(Article("a", f"Snow closes mountain roads\n{SNOW}")) == "Snow closes mountain roads"
    assert headline(Article("a", f"{SNOW} NATIONAL FORECAST")) == SNOW
    assert headline(Article("a", "NATIONAL FORECAST\nREGIONAL OUTLOOK")) == "NATIONAL FORECAST"


def test_a_long_sentence_is_cut_at_a_word():
    sentence = (
        "An influential lawmaker from the governing Labor Party on Saturday backed Spanish requests to question"
        " former Chilean dictator Augusto Pinochet in London over the deaths of Spanish citizens."
    )
    name = headline(Article("a", sentence))
    # Session 41: cut at 140 characters, at a word where no clause ends (tests/group/test_s41_names.py).
    assert name == (
        "An influential lawmaker from the governing Labor Party on Saturday backed Spanish requests to question"
        " former Chilean dictator Augusto…"
    )
    # The story list names a stored story by reading its articles' names again: a name reads as itself.
    assert headline(Article("b", name)) == name
    # A text without spaces, as Chinese is written, is cut at a character.
    assert headline(Article("c", "仓" * 200 + "。")) == "仓" * 139 + "…"


def test_the_story_is_named_by_its_earliest_articles_first_prose_sentence():
    articles = [Article("a", f"NATIONAL FORECAST\n{SNOW}"), Article("b", "Frost will cover the Great Lakes.")]
    assert story_from_articles("s1", articles).headline == SNOW


@pytest.mark.parametrize(
    "page",
    [
        "Please check the URL for proper spelling and capitalization. If you're having trouble locating a"
        " destination on Yahoo!, try visiting the Yahoo! home page.",
        "Thank you for your interest in spreading the word about Science.\nNOTE: We only request your email"
        " address so that the person you are recommending the page to knows that you wanted them to see it.",
    ],
)
def test_a_web_pages_notice_to_its_reader_names_no_story(page):
    assert headline(Article("p", page)) is None
    # In either order, the story takes its other article's name.
    news = Article("n", "CBS News gave The Early Show a complete makeover on Monday.")
    for articles in ([Article("p", page), news], [news, Article("p", page)]):
        assert story_from_articles("s1", articles).headline == news.text


def test_a_request_about_no_page_is_passed_over_but_its_article_still_names():
    tweet = "Please study this quote from Lincoln's inaugural, @ realDonaldTrump. It inspired me every day."
    assert headline(Article("t", tweet)) == "It inspired me every day."


def test_debris_reason_reads_a_sentence_as_cleaning_would_a_paragraph():
    assert debris_reason("Buy Photo Workers clear snow from a road near Durango.") == "photo credit"
    assert debris_reason("Please enable JavaScript to watch this video.") == "web page notice"
    assert debris_reason(SNOW) is None
