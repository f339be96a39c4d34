"""Session 45, reader desk: what a reader sees first.

Rules pinned here:
- A picture's link (pic.twitter.com/...) is no text of the story: standing alone it goes whole, and inside an
  embedded tweet only the link goes. The tweet's own words and its signature ("— Jane Doe (@jdoe) March 3, 2016")
  are what someone said: they stay.
- Page furniture in the forms outlets print it goes whole: a one-sentence caption ending in its credit (the
  Guardian's "Photograph: ...", the New York Times' "Credit...", a bare "Name/Outlet"), a video's title with its
  running time, an audio player's label and a reading time, a box of other stories by its heading, CNN's stamps with
  a short weekday, a wire's credit line without brackets, "Written by ..." bylines, share buttons, a tip line, the
  question leading to a newsletter prompt, an author's bio that names the beat after the outlet. Prose that
  looks like them stays.
- A caption of many people in the picture, a plural noun and a picture's verb in its plain form on the day it was
  taken ("Rescuers work at the site of the collapse on Tuesday."), is a caption as "A firefighter sprays ..." is;
  a plan told in the present ("Delegates arrive in Geneva on Monday.") is prose. A photo desk's "Buy Photo" on a
  line of its own labels the one sentence above it as the caption, unless that sentence quotes or cites someone or
  the caption above it was cut already.
- A dateline opens the story's first paragraph even under a label line naming the outlet or its section ("Norland
  Daily" over "KESTREL FALLS, Norland — The first sign ..."): no sentence of the story starts with it. Past the
  story's first paragraph, capitals and a dash are the sentence's own ("NATO — the alliance — said nothing.").
- A summary line that ties its event to the one its article told before ("The decision comes nearly four months
  after ...", "The news came one month after ...", "The move follows ...") leans on that sentence: it is chosen
  only with it (never opening the summary alone), as a line opening "He" or "But" is. A line whose subject comes
  or came somewhere, or from someone, stands alone ("The storm came ashore ...", "The report comes from ...").
- An untitled story's report title, an article's first sentence, is not one side of a conflict the report shows
  (it would assert one outlet's disputed figure): the earliest first sentence that states no side titles it, and
  when every one states a side, a note under the title says so, as for headlines.
- A name's spelling conflict is named by the earliest article's spelling, whatever order the articles are given
  in; a quote whose own outlets write both spellings, as many outlets each, is credited under that spelling, and
  one only outlets of one spelling carry keeps theirs.
"""

import datetime as dt

import pytest

import storyweave
from storyweave.api import _prepare
from storyweave.clean import clean, is_caption
from storyweave.crosscheck.names import SpeakerSpelling, spelt_speakers
from storyweave.model import Article, Conflict, Evidence, Position, Report, Summary
from storyweave.render import story_title
from storyweave.segment import segment
from storyweave.summarizer import SummaryOptions, select

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


@pytest.mark.parametrize(
    "furniture",
    [
        "Rescuers at the Brannock quarry on Tuesday. Photograph: Dag Arnesen/Reuters",
        "Rescuers at the quarry on Tuesday.Credit...Dag Arnesen for The New York Times",
        "Credit...Dag Arnesen for The New York Times",
        "Rescuers work at the site of the collapse in Kestrel Falls. Dag Arnesen/Norland Ledger",
        "Families wait at the quarry gate. | Dag Arnesen/Norland Ledger",
        "Rescuers reach trapped miners (02:14)",
        "Listen to this article · 4 min",
        "4 min read",
        "Most Read",
        "Trending",
        "Updated 9:02 AM ET, Wed October 14, 2026",
        "Published 6:14 PM EDT, Tue October 13, 2026",
        "Reporting by Petra Lindqvist; Editing by Jon Berg",
        "Written by Petra Lindqvist",
        "Copy link",
        "Share via Email",
        "Have a news tip? Email tips@kfgazette.com.",
        "Want more stories like this? Sign up for our daily briefing.",
        "Erik Moen is a reporter for Norland Public Radio covering the north of the state.",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, "
        "rewritten or redistributed.",
        "This material may not be published, broadcast, rewritten or redistributed.",
        "Image 1 of 12",
        "1 / 12",
        "Open image in gallery",
        "See more photos",
        "Caption",
        "Staff photo by Dag Arnesen",
        "Kestrel Falls Gazette file photo",
        "Provided by Brannock Materials",
        "Skip Advertisement",
        "Article continues after this advertisement",
        "Supported by",
        "Print this article",
        "Gift this article",
        "Leave a comment",
        "This is a developing story and will be updated.",
        "Check back for updates.",
        "Content warning: This story contains graphic descriptions.",
        "Get the latest news delivered to your inbox.",
        "Get breaking news alerts from the Gazette.",
        "Download our app.",
        "Erik Moen contributed reporting from Kestrel Falls.",
        "— Petra Lindqvist, Northwire",
        "Mara Quist, Kestrel Falls Gazette",
        "Petra Lindqvist | Northwire",
        "Mara Quist Staff writer",
        "By Mara Quist | mquist@kfgazette.com",
        "Published Oct. 14, 2026 at 6:14 p.m. | Updated Oct. 14, 2026 at 9:02 p.m.",
        "October 14, 2026 at 6:14 p.m. EDT",
        "14 October 2026 • 6:14pm",
        "Posted on October 14, 2026 by Mara Quist",
        "Scroll to continue reading",
        "Read our full coverage of the Brannock quarry collapse.",
        "Read the full story here.",
        "Follow AP's coverage of the quarry collapse at https://apnews.com/hub/quarry-collapse",
        "ALSO READ | Norland tightens quarry rules",
        "Tap here to see more photos.",
        "Petra Lindqvist is a Northwire reporter based in Marrow.",
        "Petra Lindqvist is a staff writer at the Gazette. She can be reached at 555-0100.",
        "Petra Lindqvist reported from Kestrel Falls, and Jon Berg from Marrow.",
        "Petra Lindqvist reported from Kestrel Falls. Jon Berg contributed from Marrow, Norland.",
    ],
)
def test_page_furniture_goes_whole(furniture: str) -> None:
    assert _cleaned(furniture).text == f"{_LEAD}\n{_AFTER}"


@pytest.mark.parametrize(
    "prose",
    [
        "The quarry's owner said the wall was inspected in May. The REUTERS/Ipsos poll found most residents agreed.",
        "Reporting by the Kestrel Falls Gazette found the quarry had been cited twice since 2024.",
        "The video, which runs for two minutes, shows the wall giving way at 14:02.",
        "Credit unions in Kestrel Falls offered the families interest-free loans.",
        "Most read the inspectors' report as a warning the company ignored.",
        "Written by hand, the miners' notes were passed up the bore on Wednesday.",
        "Do you have a tip about the rescue? Police asked anyone with footage to call 555-0100.",
        "Erik Moen is a reporter for Norland Public Radio covering the rescue, and he was hurt by falling rock.",
        "Close to 200 residents gathered at the quarry gate on Wednesday night.",
        "Lodging for the families was provided by Brannock Materials, the company said.",
        "Police released a file photo of the quarry's eastern pit.",
        "This is a developing story for the families, who have waited two days for news.",
        "Read the inspectors' report of May, which found the walls unstable, the union urged the company.",
        "Oskar Velde, the county emergency director, spoke at noon.",
        "Mara Quist, who contributed reporting to the inquiry, was called as a witness.",
        "Get out of the way, rescuers shouted as the wall began to move again.",
        "Printing of the inquiry's findings was delayed until next week.",
        "Ad hoc teams of volunteers brought food to the quarry gate.",
        "The Kestrel Gazette reported in March that the walls were cracked.",
        "The Kestrel Gazette reported in March.",
        "Oskar Velde reported from the quarry gate that four men were out.",
    ],
)
def test_prose_that_looks_like_furniture_stays(prose: str) -> None:
    assert _cleaned(prose).text == f"{_LEAD}\n{prose}\n{_AFTER}"


@pytest.mark.parametrize(
    "caption",
    [
        "Rescuers work at the site of the collapse in Kestrel Falls on Tuesday.",
        "Families wait outside the quarry gate on Wednesday.",
        "Miners' relatives gather at a church in Kestrel Falls, Norland, on Oct. 14, 2026.",
        "People look on as a crane lifts rock from the quarry on Thursday.",
    ],
)
def test_a_caption_of_many_people_is_a_caption(caption: str) -> None:
    assert is_caption(caption)
    assert _cleaned(caption).text == f"{_LEAD}\n{_AFTER}"


@pytest.mark.parametrize(
    "prose",
    [
        "Delegates arrive in Geneva on Monday.",
        "Officials expect the road to reopen on Monday.",
        "They wait for news on Tuesday.",
        "Rescuers worked at the site of the collapse through Tuesday night.",
    ],
)
def test_a_plan_or_past_told_of_many_people_is_no_caption(prose: str) -> None:
    assert not is_caption(prose)


def test_the_sentence_a_photo_desk_label_follows_is_its_caption() -> None:
    caption = "Rescuers lower a camera into a shaft at the Brannock quarry in Kestrel Falls on Tuesday."
    cleaned = _cleaned(f"{caption}\n\nBuy Photo")
    assert cleaned.text == f"{_LEAD}\n{_AFTER}"
    assert [line.reason for line in cleaned.removed] == ["photo credit", "photo caption"]


@pytest.mark.parametrize(
    "above",
    [
        "Four men were pulled out alive by nightfall, Oskar Velde said.",
        "The wall gave way at 2 p.m. Eleven men were working below it.",
        # The caption above the label was cut with its credit: the sentence before it is the story's.
        "Four men were pulled out alive by nightfall.\nFamilies wait at the gate. (Photo: Dag Arnesen/Ledger)",
    ],
)
def test_a_photo_desk_label_under_prose_takes_only_itself(above: str) -> None:
    cleaned = _cleaned(f"{above}\nBuy Photo")
    assert cleaned.text == f"{_LEAD}\n{above.split(chr(10))[0]}\n{_AFTER}"


def test_a_dateline_under_the_outlets_label_opens_no_sentence() -> None:
    first = "The first sign that anyone had survived came just after 4 p.m. on Tuesday."
    for label in ("Norland Daily", "WORLD NEWS\nNorland Daily"):
        sentences = segment(Article("a", f"{label}\nKESTREL FALLS, Norland — {first}")).sentences
        assert sentences[-1].text == first


def test_capitals_and_a_dash_after_the_first_paragraph_are_the_sentences_own() -> None:
    text = "The first sign of life came on Tuesday.\nNATO — the alliance — sent no rescuers."
    assert [s.text for s in segment(Article("a", text)).sentences][
        -1
    ] == "NATO — the alliance — sent no rescuers."


# Each antecedent is a question, which is never a summary candidate: a line after it that leans on it is left out.
_QUESTION = (
    "Will the harbour council in Portvale approve the new ferry contract before the winter timetable starts?"
)


def _chosen_after_question(line: str, **options: int | bool) -> list[str]:
    prepared = _prepare([Article("a", f"{_QUESTION} {line}")])
    return [s.text for s in select(prepared.docs, SummaryOptions(words=400, **options), prepared.terms)]


@pytest.mark.parametrize(
    "line",
    [
        "The decision comes nearly four months after the council first delayed the vote on the contract.",
        "The news comes one month after the harbour master resigned over the port's finances.",
        "The exercise comes ahead of the navy's annual fleet review off the coast of Portvale.",
        "The move follows a ruling by the regional court that the ferry tolls were unlawful.",
        "The announcement came just days after two ferries collided in the harbour mouth.",
        "The latest vote followed weeks of protests by commuters outside the town hall.",
    ],
)
def test_a_line_tying_its_event_to_the_one_before_is_not_chosen_alone(line: str) -> None:
    assert _chosen_after_question(line) == []
    assert _chosen_after_question(line, self_contained=False) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "The storm came ashore near Portvale late on Sunday with gusts of 140 kilometres an hour.",
        "The harbour council came under fire from ferry operators over its new mooring fees.",
        "The report comes from the regional auditor, who reviewed the ferry contracts for three years.",
        "The man who came after the ferry captain in the queue was arrested by harbour police.",
    ],
)
def test_a_line_whose_subject_comes_somewhere_stands_alone(line: str) -> None:
    assert _chosen_after_question(line) == [line]


def test_a_line_tying_its_event_to_the_one_before_is_chosen_after_it() -> None:
    lead = "The harbour council in Portvale approved the new ferry contract on Monday by nine votes to four."
    line = "The decision comes nearly four months after the council first delayed the vote on the contract."
    prepared = _prepare([Article("a", f"{lead} {line}")])
    assert [s.text for s in select(prepared.docs, SummaryOptions(words=400), prepared.terms)] == [lead, line]


_DAY = dt.date(2026, 10, 14)


def _trapped(*sides: tuple[str, str]) -> Conflict:
    positions = tuple(
        Position(value, (article,), (Evidence(article, f"{article}#0", f"{value} workers were trapped."),))
        for value, article in sides
    )
    return Conflict("workers trapped in a collapse", "number", positions)


def _untitled(article_id: str, text: str, days: int) -> Article:
    return Article(article_id, text, date=_DAY + dt.timedelta(days), source=article_id.title())


_TWELVE = _untitled(
    "ledger", "A quarry collapse in Kestrel Falls trapped 12 workers underground on Tuesday.", 0
)
_ELEVEN = _untitled("radio", "A quarry wall collapsed in Kestrel Falls on Tuesday, trapping 11 workers.", 1)


def test_an_untitled_story_is_not_titled_by_one_side_of_a_conflict() -> None:
    rescue = "Rescuers reached the Brannock quarry in Kestrel Falls within two hours on Tuesday."
    articles = (_TWELVE, _untitled("wire", rescue, 0), _ELEVEN)
    report = Report(articles, Summary((), 50), conflicts=(_trapped(("12", "ledger"), ("11", "radio")),))
    title = story_title(report)
    assert title.text == rescue
    assert title.note == (
        "No article has a headline: the title is the first sentence of the earliest article whose first sentence "
        "states no figure or name outlets dispute."
    )
    # With no conflict, the earliest article's first sentence titles it.
    assert story_title(Report(articles, Summary((), 50))).text == articles[0].text


def test_when_every_first_sentence_states_a_side_a_note_says_so() -> None:
    articles = (_TWELVE, _ELEVEN)
    report = Report(articles, Summary((), 50), conflicts=(_trapped(("12", "ledger"), ("11", "radio")),))
    title = story_title(report)
    assert title.text == articles[0].text
    assert title.note == (
        "No article has a headline: the title is the earliest article's first sentence. "
        "Outlets dispute a figure or name in it: see Conflicts."
    )


_TAPPING = '"We have heard tapping from the lower gallery," {name} said.'


def _spelt(article_id: str, name: str, days: int, opening: str, more: str = "") -> Article:
    text = f"{opening.format(name=name)} {_TAPPING.format(name=name.split()[-1])} {more.format(name=name)}"
    return Article(article_id, text.strip(), date=_DAY + dt.timedelta(days), source=article_id.title())


def _spelling_report(*articles: Article) -> tuple[list[str], list[str | None]]:
    report = storyweave.report(list(articles))
    labels = [conflict.about for conflict in report.conflicts if conflict.kind == "name"]
    return labels, [spelt.speaker for spelt in spelt_speakers(report.quotes, report.conflicts)]


def test_a_spelling_conflict_and_a_tied_quote_take_the_earliest_articles_spelling() -> None:
    later = _spelt(
        "gazette", "Oskar Veldt", 1, "County emergency director {name} said four men were brought out."
    )
    earlier = _spelt(
        "wire", "Oskar Velde", 0, "County emergency director {name} said four workers were freed."
    )
    for given in ((later, earlier), (earlier, later)):
        assert _spelling_report(*given) == (["spelling of Velde"], ["Oskar Velde"])


def _tied_spellings() -> tuple[Article, ...]:
    """Two outlets write "Velde", two a day later "Veldt"; the later two carry one more quote."""
    told = '"Every family has been told," {name} said.'
    return (
        _spelt("wire", "Oskar Velde", 0, "County emergency director {name} said four workers were freed."),
        _spelt(
            "radio", "Oskar Velde", 0, "Emergency director {name} said drilling went on through the night."
        ),
        _spelt(
            "gazette",
            "Oskar Veldt",
            1,
            "{name}, the county emergency director, said a narrow bore was within 15 meters of the gallery.",
            told,
        ),
        _spelt(
            "ledger",
            "Oskar Veldt",
            1,
            "Relatives gathered at the quarry gate on Wednesday as {name} briefed them on the rescue.",
            told,
        ),
    )


def test_a_quote_only_one_spellings_outlets_carry_goes_under_the_spelling_another_quote_has_on_a_tie() -> (
    None
):
    """The tapping quote, carried by all four, is Velde's (the earliest spelling): the one the Veldt outlets alone
    carry goes under Velde too, one person not two speakers (the war desk's swap), its outlets' Veldt beside it."""
    report = storyweave.report(list(_tied_spellings()))
    spelt = spelt_speakers(report.quotes, report.conflicts)
    assert [s.speaker for s in spelt] == ["Oskar Velde", "Oskar Velde"]
    assert [s.spellings for s in spelt][1] == (SpeakerSpelling("Oskar Veldt", ("gazette", "ledger")),)
