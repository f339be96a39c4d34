"""Session 45, reader desk: what a reader sees first.

Rules pinned here:
- A picture's link (pic.twitter.com/...) is no text of the story: standing alone it goes whole, and inside an
  embedded tweet only the link goes. The tweet's own words and its signature ("— Jane Doe (@jdoe) March 3, 2016")
  are what someone said: they stay.
"""

from storyweave.clean import clean
from storyweave.model import Article

_LEAD = "The Brannock quarry collapsed on Tuesday near Kestrel Falls, trapping 11 workers."
_AFTER = "Rescuers pulled four of them out alive by nightfall."


def _cleaned(paragraph: str) -> Article:
    return clean(Article("a", f"{_LEAD}\n{paragraph}\n{_AFTER}"))


def test_a_picture_link_alone_goes_whole() -> None:
    for link in ("pic.twitter.com/Qx7Lm2PaZ", "  pic.twitter.com/Rt9Wk3LnV  "):
        cleaned = _cleaned(link)
        assert cleaned.text == f"{_LEAD}\n{_AFTER}"
        assert [line.text for line in cleaned.removed] == [link.strip()]


def test_an_embedded_tweet_keeps_its_words_and_signature_and_loses_its_picture_link() -> None:
    tweet = "We are so grateful to every rescuer who never gave up on our dad."
    signature = "— Lina Haugen (@linahaugen) October 16, 2026"
    cleaned = _cleaned(f"{tweet} pic.twitter.com/Rt9Wk3LnV {signature}")
    assert cleaned.text == f"{_LEAD}\n{tweet} {signature}\n{_AFTER}"
    # Glued to the tweet's last word, as a page's text runs it on: "... inspires you.pic.twitter.com/QRoOFTZfQ9".
    glued = _cleaned(f"{tweet}pic.twitter.com/Rt9Wk3LnV")
    assert glued.text == f"{_LEAD}\n{tweet}\n{_AFTER}"


def test_a_tweet_without_a_picture_link_is_kept_as_it_is() -> None:
    tweet = "Thank you to the crews at Kestrel Falls. — Oskar Velde (@oskarvelde) October 14, 2026"
    assert _cleaned(tweet).text == f"{_LEAD}\n{tweet}\n{_AFTER}"
    # A sentence about the link's site is prose.
    prose = "The photo was first posted on Twitter by a miner's daughter."
    assert _cleaned(prose).text == f"{_LEAD}\n{prose}\n{_AFTER}"
