import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from storyweave.clean import clean, clean_all
from storyweave.ingest import read_articles
from storyweave.model import Article, RemovedLine

TEIGEN_JACK = Path(__file__).parents[1] / ".." / "shared" / "examples" / "teigen-jack"
NEWS = "The storm hit the coast on Monday, officials said."
MORE_NEWS = "Crews rescued 40 people from rooftops."

# (boilerplate paragraph, reason): each is removed whole when it stands between two news paragraphs.
BOILERPLATE_PARAGRAPHS = [
    ("Follow her on Twitter @janedoe.", "byline"),
    ("(Reporting by Jane Doe; Editing by John Roe)", "byline"),
    ("Reuters reporter Jane Doe contributed to this report.", "byline"),
    ("Write to Jane Doe at jane.doe@example.com", "byline"),
    ("Reach Adam Tamburin at 615-726-5986 and on Twitter @tamburintweets.", "byline"),
    ("Photo: Getty Images", "photo credit"),
    ("Image credit: NASA/JPL-Caltech", "photo credit"),
    ("AP Photo/Evan Vucci", "photo credit"),
    ("Rommel Demano/Getty Images", "photo credit"),
    ("Mark J. Terrill/AP", "photo credit"),
    ("Actors Alyssa Milano and Matt Damon (Photo: Getty Images, WireImage)", "photo credit"),
    (
        "Photos: The search for MH370 A ship searches the sea. Hide Caption 1 of 2 "
        "Photos: The search for MH370 Relatives wait. Hide Caption 2 of 2",
        "photo gallery",
    ),
    ("Sign up for our newsletter", "newsletter prompt"),
    (
        "If you have ever experienced or witnessed sexual misconduct while working in the entertainment "
        "industry, we’d like to hear from you. Send us a secure tip using the instructions at "
        "newstips.usatoday.com.",
        "reader callout",
    ),
    ("Have a news tip? Send us a tip at tips@example.com.", "reader callout"),
    ("Share this article", "share prompt"),
    ("Share on Facebook", "share prompt"),
    ("Tweet", "share prompt"),
    ("Email", "share prompt"),
    ("Click here to read the full report.", "link prompt"),
    ("Related: Storm season starts early this year", "link prompt"),
    ("Read more: How storms are named", "link prompt"),
    ("✖", "lone symbol"),
    ("___", "lone symbol"),
    ("(ht-cph)", "wire slug"),
    ("Advertisement", "advertisement"),
    ("Story continues below", "advertisement"),
    ("Advertisement Continue reading the main story", "advertisement"),
    (
        "Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive. "
        "Flowing in every day, these data are added to the Wayback Machine after an embargo period.",
        "web archive notice",
    ),
    (
        "These crawls are part of an effort to archive pages as they are created and archive the pages "
        "that they refer to. The goal is to fix all broken links on the web . "
        'Crawls of supported "No More 404" sites.',
        "web archive notice",
    ),
    ("Add this Tweet to your website by copying the code below. Learn more", "twitter notice"),
    ("Add a location to your Tweets", "twitter notice"),
    ("Please enable JavaScript to view the comments powered by Disqus.", "web page notice"),
    ("© 2017 WTOP. All Rights Reserved.", "copyright notice"),
    ("Published on Aug 11, 2016", "page label"),
    ("&amp;amp;nbsp; &amp;amp;lt;!--iframe--&amp;amp;gt;", "markup residue"),
    # Page stamps and notes about the article: their dates would read as events.
    ("Updated on Oct. 8, 2013 : An update has been attached to this article.", "page label"),
    ("Last updated 10:32 AM", "page label"),
    ("Published 3:14 p.m. ET Oct. 8, 2013", "page label"),
    ("Posted Tuesday, November 21, 2017 5:27 pm", "page label"),
    ("March 10, 2012 10:54 am ET by MMFA Staff", "page label"),
    ("December 29, 2004", "page label"),
    (
        "Ring returned to patient Posted: Monday, June 23, 2014 11:03 PM EDT "
        "Updated: Monday, August 18, 2014 11:03 PM EDT",
        "page label",
    ),
    ("This story was originally posted at 1:47 p.m. Monday:", "page label"),
    (
        "Editors’ note: This story was updated on March 21, 2018, to correct the share of obsidian tools.",
        "correction notice",
    ),
    (
        "CORRECTION (March 18, 11:30 a.m.): An earlier version of this article misstated the date.",
        "correction notice",
    ),
    # The label dated after a comma (QA pass 12, a health desk's correction of a trial's figure).
    (
        "Correction, Nov. 24: An earlier version of this article misstated the reduction in hospitalizations.",
        "correction notice",
    ),
    (
        "A version of this article appeared November 16, 2012, on page A1 in the U.S. edition of "
        "The Wall Street Journal.",
        "correction notice",
    ),
    ("Eds: UPDATES with four more deaths AP Photo By ALISON MUTLER Associated Press Writer", "wire slug"),
    # Photo and video captions, each a paragraph of its own.
    (
        "The picnic area at Richmond High School is pictured on Tuesday, Oct. 27, 2009. According... "
        "(Associated Press)",
        "photo caption",
    ),
    (
        "Trump waves to supporters, Saturday, Oct. 3, 2015, in Franklin, Tenn. (AP Photo/Mark Zaleski) "
        "(Associated Press)",
        "photo caption",
    ),
    ("FILE - In this Jan. 23, 2018, file photo, Sen. Susan Collins speaks on Capitol Hill.", "photo caption"),
    (
        "This undated booking photo provided by the Richmond Police Department shows Manuel Ortega.",
        "photo caption",
    ),
    ("Manuel Ortega is pictured on Tuesday, Oct. 27, 2009", "photo caption"),
    ("IDF soldiers atop a tank, outside near Gaza. July 31, 2014 (Reuters)", "photo caption"),
    (
        "Ellen Pao leaves the courthouse in San Francisco, California March 25, 2015. REUTERS/Stephen Lam",
        "photo caption",
    ),
    (
        "Police cars sit parked outside the school on Tuesday, Oct. 27, 2009. (AP Photo/Jae C. Hong)",
        "photo caption",
    ),
    (
        "Trump answers questions at the Mar-a-Lago Club on Dec. 28. (Ricky Carioti/The Washington Post)",
        "photo caption",
    ),
    (
        "An artist's illustration of the probe studying the sun. "
        "Credit: Johns Hopkins University Applied Physics Laboratory",
        "photo caption",
    ),
    ("CLOSE Kevin Spacey was accused by more than a dozen men. USA TODAY", "video caption"),
    (
        "JUST WATCHED Talks keep skaters' dream alive Replay More Videos ... "
        "MUST WATCH Talks keep skaters' dream alive 02:41",
        "video caption",
    ),
    (
        "Police investigate the killing of a couple in Fort Worth. (Published Monday, Oct. 24, 2016)",
        "video caption",
    ),
    (
        "See the Most Memorable On-Screen Couples Columbia Pictures/Getty Images Popperfoto/Getty Images "
        "Archive Photos/Getty Images 1 of 30 Close",
        "photo gallery",
    ),
    # Captions, credits and page furniture that reached the claims of the dev reports.
    ("Chile said, graf 3 pvs", "wire slug"),
    ("str-eap", "wire slug"),
    ("lc", "wire slug"),
    ("NYT-10-05-98 1735EDT", "wire slug"),
    ("CAIRO |", "wire slug"),
    (
        "Media playback is unsupported on your device Media caption Richard Westcott reports on the use of "
        "a pinger locator to find a black box",
        "video caption",
    ),
    ("EMBED More News Videos Firefighters set the fires over a two-year period.", "video caption"),
    (
        "This video from Compassion Over Killing alleges mistreatment of chickens at a Tyson's chicken "
        "(Compassion Over Killing)",
        "video caption",
    ),
    (
        "Fig. 2 Photographs of the vertebral column of Caihong juji. a Posterior cervical vertebrae in dorsal "
        "view. Scale bars: 0.5 cm Full size image",
        "photo caption",
    ),
    (
        "Twitter has promised to expand its policies after Robin Williams' daughter is bullied off of the "
        "social network. REUTERS/Eric Thayer",
        "photo caption",
    ),
    (
        "An illustration of the dinosaur is shown in this October 31, 2016 photo released on January 15, 2018. "
        "Courtesy Velizar Simeonovski/The Field Museum/Handout via REUTERS",
        "photo caption",
    ),
    ("Weapons in a house in Gaza. Photo by IDF Spokesperson", "photo credit"),
    (
        "Enlarge Image Close Jim Hollander/European Pressphoto Agency People huddle for safety in southern "
        "Israel after sirens warn of a rocket attack from militants in Gaza.",
        "photo credit",
    ),
    (
        "Interested in Donald Trump? Add Donald Trump as an interest to stay up to date on the latest Donald "
        "Trump news, video, and analysis from ABC News. Add Interest",
        "link prompt",
    ),
    ("RELATED VIDEO: Kevin Spacey Comes Out as Gay", "link prompt"),
    ("Related Netflix Hacker Also Claims Theft From ABC, Fox, IFC, National Geographic", "link prompt"),
    ("Watch the video below.", "link prompt"),
    (
        "Newsletter Sign Up Continue reading the main story Please verify you're not a robot by clicking the "
        "box. Invalid email address. Please re-enter.",
        "newsletter prompt",
    ),
    ("This article appeared on page A - 10 of the San Francisco Chronicle", "correction notice"),
    ("Article Excerpt", "page label"),
    ("Abstract", "page label"),
    ("Topics: drug-use, drug-offences, laws, jamaica", "page label"),
]

# (paragraph, boilerplate fragment, reason): the fragment is cut out and the rest of the paragraph kept.
BOILERPLATE_FRAGMENTS = [
    (
        f"{NEWS}\u00a0Scroll ahead to find out how the town is recovering. {MORE_NEWS}",
        "Scroll ahead to find out how the town is recovering.",
        "scroll prompt",
    ),
    (f"{NEWS} Scroll down for video.", "Scroll down for video.", "scroll prompt"),
    (
        f"{NEWS} Sign up for our daily newsletter here.",
        "Sign up for our daily newsletter here.",
        "newsletter prompt",
    ),
    (
        f"{NEWS} (Photo by John Smith/Getty Images) Roads were closed.",
        "(Photo by John Smith/Getty Images)",
        "photo credit",
    ),
    # At a paragraph's end the credit makes the whole paragraph a caption ("photo caption" above).
    (f"{NEWS} (AP Photo/Evan Vucci) Roads were closed.", "(AP Photo/Evan Vucci)", "photo credit"),
    (f"{NEWS} Roads were closed. Photograph: Tim Walsh/PA", "Photograph: Tim Walsh/PA", "photo credit"),
    (
        f"{NEWS} (Reporting by Jane Doe; Editing by John Roe)",
        "(Reporting by Jane Doe; Editing by John Roe)",
        "byline",
    ),
    (f"{NEWS} (Additional reporting by Jane Doe)", "(Additional reporting by Jane Doe)", "byline"),
    (
        f"{NEWS} (Silver Screen Collection/Getty Images) Roads were closed.",
        "(Silver Screen Collection/Getty Images)",
        "photo credit",
    ),
    (f"{NEWS} For live updates, click here", "For live updates, click here", "link prompt"),
    (f"Facebook Twitter Pinterest {NEWS}", "Facebook Twitter Pinterest", "share prompt"),
    (f"Gerard Julien / AFP / Getty Images {NEWS}", "Gerard Julien / AFP / Getty Images", "photo credit"),
    (f"{NEWS} | Mark Wilson/Getty Images Roads were closed.", "| Mark Wilson/Getty Images", "photo credit"),
    # AP's pick-up mark and desk codes, glued to a story's last paragraph.
    (f"{NEWS} Moussa told, 5th graf", "Moussa told, 5th graf", "wire slug"),
    (f"{NEWS} jl", "jl", "wire slug"),
    (f"{NEWS} (ms-aet)", "(ms-aet)", "wire slug"),
    # A Wikinews dateline run into the first sentence.
    (f"Tuesday, January 18, 2005{NEWS}", "Tuesday, January 18, 2005", "page label"),
    (f"{NEWS} See video.", "See video.", "link prompt"),
]

# News that looks a little like boilerplate and must stay.
NEWS_LOOKALIKES = [
    "Share prices fell 5% on Tuesday.",
    "Photos of the damage spread quickly online.",
    "More than 400,000 people attended the Mass.",
    "Related charges were filed a week later.",
    "By Tuesday, the storm had moved out to sea.",
    "Contact tracing found 300 new cases.",
    "Reach of the 2019 law was limited, officials said.",
    "Advertisement revenue fell sharply in the quarter.",
    "The newsletter said 90 percent of the wreckage has been recovered.",
    "Police said they would like to hear from anyone who saw the van.",
    "If you were at the pier that night, we'd like to hear from you. Police are asking witnesses to call "
    "555-0100, a spokesman said, after the fire injured two firefighters.",
    "Send us a tip: the company said it would rebuild.",
    "We'd like to hear from you, the mayor told residents at the meeting, before the council votes.",
    "In her first response to Damon, Driver wrote on Twitter: “God, seriously?”",
    "Scrolls found near the Dead Sea were put on display.",
    "Follow-up tests showed no damage to the reactor.",
    "Email records show the senator was warned in March.",
    "He said he would click with voters in the Midwest.",
    '"Please try again later," the clerk told him. "Sign up for email alerts," he urged readers.',
    "John Smith covers the costs for the families of the victims.",
    # Look-alikes of page stamps and captions.
    "Updated figures released on Oct. 8, 2013, showed unemployment fell.",
    "Published in 1851, the novel sold poorly.",
    "Posted Tuesday on Facebook, the video drew two million views.",
    "This story was first reported by the Times on Monday.",
    "Correction officers said the inmate escaped on Monday, Oct. 5.",
    "The suspect is seen on video entering the store on Oct. 3, 2019.",
    "The images show the bombers at King's Cross station, where they are also pictured.",
    "In this year's election, turnout rose sharply.",
    "On July 31, 2014, Israel called up 16,000 more reservists.",
    "The rescue ended on Sunday, Oct. 3, 2015, officials said. (Associated Press)",
    "Rockets hit Ashkelon on July 31, 2014, the army said. (Reuters)",
    "The plant is run by a joint venture (Siemens/Alstom).",
    "CLOSE CALL: A plane nearly hit a tower on Monday.",
    "He said families could claim a tax credit: up to $500 a child.",
    "Getty Images sued the start-up, saying Getty Images photos trained its model; Getty Images wants damages.",
    # Look-alikes of the wire marks, datelines, captions and prompts.
    "She beat Steffi Graf, 2nd seed, in three sets.",
    "Her husband has a Ph.D. too",
    "Tuesday, January 18, 2005 was the coldest day of the year.",
    "Tuesday, January 18, 2005, Romanians raised 15 billion lei.",
    "See video evidence, the lawyer told the jury.",
    "Police said they would watch the video again.",
    "Voters backed the plan. The REUTERS/Ipsos poll was taken in May.",
    "Fig. 2 shows the vertebral column of the new species.",
    "This video from the scene shows police beating a man, his lawyer said.",
    "Related Companies bought the site for $2 billion.",
    "He took the first picture. Photo by photo, the album filled up.",
    "Abstract art sold well at the auction.",
    "Topics: health, jobs and schools dominated the debate.",
    "Interested in buying? Add your name to the list, the owner said.",
    "This article appeared in print after the vote, the editor said.",
]


@pytest.fixture
def teigen_jack():
    if not TEIGEN_JACK.is_dir():
        pytest.skip("shared teigen-jack example not available")
    return {article.id[:3]: clean(article) for article in read_articles([TEIGEN_JACK]).articles}


def test_teigen_jack_boilerplate_is_removed_and_the_sentences_around_it_stay(teigen_jack):
    for article in teigen_jack.values():
        for boilerplate in ("Iris Goldsztajn is a London-based", "Scroll ahead", "✖", "Photo: Getty Images"):
            assert boilerplate not in article.text, (article.id, boilerplate)
    assert teigen_jack["000"].text.endswith(
        'are these going to be the grievances our kids have?? anyhow I love you so much, son!!"'
    )
    assert teigen_jack["002"].text.startswith("Chrissy Teigen is remembering her and John Legend 's late son")
    assert teigen_jack["003"].text.startswith("Chrissy Teigen has been candidly emotional")
    assert (
        "as well as sharing her regrets about not looking at Jack's face when he was born.\n"
        "Chrissy Teigen and John Legend held a memorial service"
    ) in teigen_jack["004"].text
    assert [(r.reason, r.text[:20]) for a in teigen_jack.values() for r in a.removed] == [
        ("author bio", "Iris Goldsztajn Iris"),
        ("photo credit", "Photo: Getty Images"),
        ("lone symbol", "✖"),
        ("scroll prompt", "Scroll ahead to find"),
    ]


@pytest.mark.parametrize(("boilerplate", "reason"), BOILERPLATE_PARAGRAPHS)
def test_boilerplate_paragraph_is_removed_with_its_reason(boilerplate, reason):
    cleaned = clean(Article("a", f"{NEWS}\n{boilerplate}\n{MORE_NEWS}"))

    assert cleaned.text == f"{NEWS}\n{MORE_NEWS}"
    assert cleaned.removed == (RemovedLine(boilerplate, reason),)


@pytest.mark.parametrize(("paragraph", "fragment", "reason"), BOILERPLATE_FRAGMENTS)
def test_boilerplate_fragment_is_cut_and_the_paragraph_kept(paragraph, fragment, reason):
    cleaned = clean(Article("a", f"{paragraph}\n{MORE_NEWS}"))

    assert fragment not in cleaned.text
    assert cleaned.text.startswith(NEWS)
    assert cleaned.text.endswith(MORE_NEWS)
    assert "  " not in cleaned.text
    assert cleaned.removed == (RemovedLine(fragment, reason),)


@pytest.mark.parametrize("sentence", NEWS_LOOKALIKES)
def test_news_that_looks_like_boilerplate_is_kept(sentence):
    text = f"{NEWS}\n{sentence}\n{MORE_NEWS}"

    assert clean(Article("a", text)).text == text
    assert clean(Article("b", sentence)).text == sentence


@pytest.mark.parametrize(
    "bio",
    [
        "Iris Goldsztajn Iris Goldsztajn is a London-based journalist, editor and author whose work has "
        "appeared in InStyle, Cosmopolitan and more.",
        "Jane Doe is a freelance writer who covers climate and energy. Follow her on Twitter.",
        "John Roe is a reporter and editor at the Daily Planet.",
        "Martin Oyelaran covers public safety and the waterfront for the Saltmarsh Courier. "
        "Follow him on X @MOyelaranSC.",
    ],
)
def test_author_bio_near_the_end_is_removed(bio):
    cleaned = clean(Article("a", f"{NEWS}\n{MORE_NEWS}\n{bio}"))

    assert cleaned.text == f"{NEWS}\n{MORE_NEWS}"
    assert cleaned.removed == (RemovedLine(bio, "author bio"),)


def test_a_person_described_as_a_journalist_is_news_unless_it_reads_as_a_bio():
    detained = "Evan Gershkovich is a reporter for The Wall Street Journal who was detained in March."
    bio = "Jane Doe is a freelance writer who covers climate and energy."
    early_bio = "\n".join(
        [bio, NEWS, MORE_NEWS, "Officials said more rain was expected.", "Schools reopened."]
    )

    assert clean(Article("a", f"{NEWS}\n{detained}")).text == f"{NEWS}\n{detained}"
    assert clean(Article("b", early_bio)).text == early_bio


def test_clean_returns_a_new_article_and_is_idempotent():
    article = Article(
        "a",
        f"Photo: Getty Images\n{NEWS}",
        title="Storm",
        origin="x.txt",
        removed=(RemovedLine("earlier", "test"),),
    )

    cleaned = clean(article)
    again = clean(cleaned)

    assert article.text == f"Photo: Getty Images\n{NEWS}"
    assert cleaned is not article
    assert cleaned == dataclasses.replace(
        article,
        text=NEWS,
        removed=(RemovedLine("earlier", "test"), RemovedLine("Photo: Getty Images", "photo credit")),
    )
    assert again == cleaned


@pytest.mark.parametrize(
    ("stamp", "date"),
    [
        ("Posted Tuesday, November 21, 2017 5:27 pm", dt.date(2017, 11, 21)),
        (
            "Ring found Posted: Monday, June 23, 2014 11:03 PM EDT Updated: Monday, August 18, 2014",
            dt.date(2014, 6, 23),
        ),
    ],
)
def test_an_undated_article_takes_the_date_of_its_page_stamp(stamp, date):
    undated = clean(Article("a", f"{stamp}\n{NEWS}"))
    dated = clean(Article("b", f"{stamp}\n{NEWS}", date=dt.date(2017, 12, 1)))

    assert (undated.text, undated.date) == (NEWS, date)
    assert dated.date == dt.date(2017, 12, 1)
    assert clean(Article("c", f"{NEWS}\nIDF soldiers near Gaza. July 31, 2014 (Reuters)")).date is None


def test_an_undated_wikinews_article_takes_the_date_of_its_dateline():
    cleaned = clean(Article("a", f"Countries affected\nTuesday, January 18, 2005Through a telethon, {NEWS}"))

    assert cleaned.text == f"Countries affected\nThrough a telethon, {NEWS}"
    assert cleaned.date == dt.date(2005, 1, 18)


def test_a_desk_code_after_a_closing_quote_goes_and_the_quote_stays():
    cleaned = clean(Article("a", '"I call on our friends to watch developments closely." ae-ggl'))

    assert cleaned.text == '"I call on our friends to watch developments closely."'
    assert cleaned.removed == (RemovedLine("ae-ggl", "wire slug"),)


def test_clean_all_drops_articles_left_empty_with_a_problem():
    batch = clean_all(
        [
            Article("keep", f"Advertisement\n{NEWS}", origin="a.txt"),
            Article(
                "p1",
                "Add a location to your Tweets\n"
                "When you tweet with a location, Twitter stores that location. "
                "You can switch location on/off before each Tweet. Learn more",
                origin="set.jsonl:4",
            ),
        ]
    )

    assert [(article.id, article.text) for article in batch.articles] == [("keep", NEWS)]
    assert [(problem.origin, problem.reason) for problem in batch.problems] == [
        ("set.jsonl:4", "no article text after cleaning (p1)")
    ]


@pytest.mark.parametrize(
    ("garbled", "repaired"),
    [
        (
            "A severe space weather event\u00e2\u0080\u0094the most intense storm of the space age.",
            "A severe space weather event\u2014the most intense storm of the space age.",
        ),
        ("\u0097 Police tracked down the woman who ran.", "\u2014 Police tracked down the woman who ran."),
        ("The earth\u00e2\u20ac\u2122s orbit changed.", "The earth\u2019s orbit changed."),
    ],
)
def test_text_decoded_with_the_wrong_codec_is_repaired(garbled, repaired):
    assert clean(Article("a", garbled)).text == repaired


def test_accented_text_is_left_as_it_is():
    text = "Le château de Versailles a rouvert. São Paulo está em alerta, disse o prefeito."
    assert clean(Article("a", text)).text == text


def test_control_characters_and_terminal_escapes_are_removed():
    text = "Crews fought\x07 the fire \x1b[31mall night\x7f.\tIt spread.\x1b]0;pwned\x07\nWorkers left."
    assert clean(Article("a", text)).text == "Crews fought the fire all night.\tIt spread.\nWorkers left."


@pytest.mark.parametrize("text", ["." * 6000, "\u2026" * 3000, "... --- ...\n!!!"])
def test_an_article_of_punctuation_only_has_no_text(text):
    assert clean(Article("a", text)).text == ""


def test_article_run_into_one_paragraph_is_not_taken_for_its_gallery():
    """bench_ingest_feed: an article whose gallery and text share one paragraph lost all its text."""
    gallery = "Enlarge image Vote in Cairo Mohammed Abed/AFP/Getty Images Enlarge image Enlarge image "
    prose = "The final stage of the vote covers nine provinces, officials said on Tuesday. " * 15
    cleaned = clean(Article(id="a", text=gallery + prose))
    assert "nine provinces" in cleaned.text


def test_a_pick_up_mark_inside_an_article_run_into_one_paragraph_keeps_the_text_after_it():
    """bench_ingest_feed: the mark took the rest of a run-in article with it (1,874 characters -> 327)."""
    text = f"{NEWS} Moussa told, 5th graf We are in a position of self-defense. Mubarak flew to Ankara on Monday."
    assert clean(Article(id="a", text=text)).text == text


@pytest.mark.parametrize("tail", [" pvs", " pvs kl", ", pvs.", " pvs. (gm)", " 13 pvs", ", 1st Ld-Writethru"])
def test_a_pick_up_mark_goes_with_its_tail_at_the_end_of_a_story(tail):
    cleaned = clean(Article(id="a", text=f"{NEWS}\nThe report also, 13th graf{tail}"))
    assert cleaned.text == NEWS
