"""Saved pages that are not articles (paywall teasers, score tables, galleries, video pages) are skipped with a
reason; short briefs are read without their page's debris; a page's update time is read."""

import datetime as dt
import json
import logging

from storyweave.clean import clean, clean_all
from storyweave.ingest import read_articles
from storyweave.model import Article

BRIEF = [
    "Firefighters were called to a fire at a depot on Harlow Road in Dunmore on Tuesday afternoon.",
    "Twelve engines attended, the fire service said.",
    "No one was hurt.",
]
ARTICLE = [
    "A huge fire destroyed a warehouse at the Fenwick Logistics depot on Harlow Road in Dunmore on Tuesday "
    "afternoon, sending a column of black smoke across the town.",
    "The fire broke out at about 2.30pm and at its height 60 firefighters and 12 engines were at the scene, "
    "Dunmore Fire and Rescue Service said.",
    'Station manager Alan Briggs said: "The building was well alight when crews arrived. Our priority was to '
    'stop the fire spreading to the neighbouring units."',
    "One firefighter was treated for heat exhaustion. Nobody else was hurt. Residents in the Harlow and Mill "
    "Lane areas were told to keep windows and doors closed.",
    "Harlow Road was closed between the ring road and Station Street and is expected to stay shut until "
    "Thursday. The cause of the fire is under investigation.",
]


def page(body: str, *, json_ld: dict[str, object] | None = None, author: str = "Staff") -> str:
    """A news site's page around ``body``: cookie banner, navigation, byline, share buttons, a captioned photo,
    an author bio, related links and a footer."""
    metadata = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Fire at Dunmore depot",
        "datePublished": "2026-11-24T16:00:00+00:00",
        "publisher": {"@type": "Organization", "name": "Shire Post"},
        **(json_ld or {}),
    }
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Fire at Dunmore depot | Shire Post</title>
<meta property="og:site_name" content="Shire Post"><link rel="canonical" href="https://shirepost.example/fire">
<script type="application/ld+json">{json.dumps(metadata)}</script></head><body>
<div class="cookie-consent">We use cookies to improve your experience. <button>Accept all</button></div>
<header><nav><a href="/news">News</a><a href="/sport">Sport</a><a href="/subscribe">Subscribe</a></nav></header>
<main><article><h1>Fire at Dunmore depot</h1>
<div class="byline">By <a href="/authors/x">{author}</a> · <time datetime="2026-11-24">2026-11-24</time></div>
<div class="share"><a href="https://twitter.com/share">Share on X</a> <a href="https://facebook.com/sharer">Facebook</a>
<a href="mailto:?">Email</a> <button>Copy link</button></div>
<figure><img src="/img/photo.jpg" alt="scene"><figcaption>The scene on Tuesday. Photo: Staff photographer</figcaption></figure>
<div class="article-body">{body}</div>
<div class="author-bio"><strong>{author}</strong> is a senior reporter covering public safety and the courts. She has
worked at Shire Post since 2014. Follow her on X.</div></article>
<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Council approves new budget for road repairs</a></li>
</ul></aside></main><footer><p>© 2026 Shire Post. All rights reserved.</p></footer></body></html>"""


def paragraphs(texts: list[str]) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


def read_one(tmp_path, name, html):
    (tmp_path / name).write_text(html, encoding="utf-8")
    return read_articles([tmp_path / name])


def test_a_paywall_stub_is_skipped_with_its_prompt_and_the_batch_goes_on(tmp_path):
    stub = paragraphs(
        [
            "Subscribe to read. This article is for subscribers only.",
            "Get unlimited access to Shire Post journalism for £1 for 4 weeks. Cancel anytime.",
            "Already a subscriber? Sign in.",
        ]
    )
    (tmp_path / "stub.html").write_text(page(stub))
    (tmp_path / "story.html").write_text(page(paragraphs(ARTICLE)))

    batch = read_articles([tmp_path])

    assert [article.id for article in batch.articles] == ["story"]
    (problem,) = batch.problems
    assert str(problem) == (
        f"{tmp_path / 'stub.html'}: a paywall page, not the article: “Subscribe to read.” and 14 words of teaser"
    )


def test_a_teaser_marked_not_free_to_read_is_skipped_and_a_subscribers_full_copy_is_read(tmp_path):
    not_free = {
        "isAccessibleForFree": "False",
        "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False},
    }
    teaser = page(paragraphs(ARTICLE[:1]), json_ld=not_free)
    full_copy = page(paragraphs(ARTICLE), json_ld=not_free)

    (problem,) = read_one(tmp_path, "teaser.html", teaser).problems
    (article,) = read_one(tmp_path, "copy.html", full_copy).articles

    assert "teaser.html: a paywall page, not the article: marked not free to read and " in str(problem)
    assert article.text == "\n".join(ARTICLE)


def test_a_registration_wall_is_skipped_but_a_newsletter_prompt_is_not_a_paywall(tmp_path):
    wall = paragraphs(
        [
            "Firefighters spent the night damping down the Harlow Road warehouse.",
            "Register for free to continue reading.",
        ]
    )
    brief_with_newsletter = paragraphs([*BRIEF, "Subscribe to our newsletter for the latest news."])

    (problem,) = read_one(tmp_path, "wall.html", page(wall)).problems
    (article,) = read_one(tmp_path, "brief.html", page(brief_with_newsletter)).articles

    assert "“Register for free to continue reading.”" in str(problem)
    assert article.text.startswith(BRIEF[0])


def test_a_short_brief_is_read_without_its_byline_share_buttons_caption_or_bio(tmp_path):
    # trafilatura fell back to the whole <article> as one paragraph: "Fire at Dunmore depot By Staff · 2026-11-24
    # Share on X Facebook Email Copy link The scene on Tuesday. Photo: Staff photographer Firefighters were ...".
    (article,) = read_one(tmp_path, "brief.html", page(paragraphs(BRIEF))).articles

    assert article.text == "\n".join(BRIEF)
    assert (article.title, article.date, article.source) == (
        "Fire at Dunmore depot",
        dt.date(2026, 11, 24),
        "Shire Post",
    )


def test_a_live_scores_table_is_skipped_and_an_article_with_a_table_is_read(tmp_path):
    rows = "".join(
        f"<tr><td>{home}</td><td>{score}</td><td>{away}</td><td>FT</td></tr>"
        for home, score, away in [
            ("Ashford Town", "1-2", "Bramley United"),
            ("Corby Rovers", "0-0", "Halsey City"),
        ]
    )
    table = f"<table><tr><th>Home</th><th>Score</th><th>Away</th><th>Status</th></tr>{rows}</table>"
    scores = f"""<!DOCTYPE html><html><head><title>Live scores | ScoreCentral</title></head><body>
<nav><a href="/">Home</a><a href="/live">Live</a></nav><h1>Live scores</h1>{table}
<p>Refresh for the latest scores.</p><footer>© ScoreCentral</footer></body></html>"""

    (problem,) = read_one(tmp_path, "scores.html", scores).problems
    (article,) = read_one(tmp_path, "report.html", page(paragraphs(ARTICLE) + table)).articles

    assert str(problem).endswith("scores.html: not an article: mostly a table, and 5 words of other text")
    assert article.text.startswith("\n".join(ARTICLE))
    assert "| Ashford Town | 1-2 | Bramley United | FT |" in article.text


def test_a_photo_gallery_is_skipped(tmp_path):
    captions = [
        "Smoke rises over the Harlow Road depot on Tuesday afternoon.",
        "Firefighters spray water on the roof of the burning warehouse.",
        "Residents watch from Mill Lane as crews work.",
        "A fire engine arrives from Eastgate station.",
        "The remains of the warehouse after the fire was put out.",
    ]
    figures = "".join(
        f"<figure><img src='{index}.jpg'><figcaption>{caption} Photo: Kim Loh</figcaption></figure>"
        for index, caption in enumerate(captions)
    )
    gallery = f"""<!DOCTYPE html><html><head><title>In pictures | Dunmore Live</title></head><body>
<div class="menu"><a href="/">Dunmore Live</a> <a href="/login">Log in</a></div>
<div class="gallery"><h1>In pictures: the Harlow Road depot fire</h1>{figures}<p>1 of 5</p></div></body></html>"""

    (problem,) = read_one(tmp_path, "gallery.html", gallery).problems

    assert "not an article: mostly photo captions" in str(problem)


def test_a_video_page_left_with_a_scrap_after_cleaning_is_dropped(tmp_path):
    video = page(
        "<video src='fire.mp4'></video><p>Your browser does not support video playback.</p>"
        "<p>Watch: crews tackle the fire at the Harlow Road depot in Dunmore. (Video: Dunmore TV)</p>"
        "<p>Duration 1:42</p>"
    )
    batch = read_one(tmp_path, "video.html", video)

    cleaned = clean_all(batch.articles)

    assert cleaned.articles == ()
    assert [str(problem) for problem in cleaned.problems] == [
        f"{tmp_path / 'video.html'}: no article text after cleaning (video)"
    ]


def test_an_article_short_to_begin_with_is_kept_by_cleaning():
    assert clean(Article("a", "Storm hits.")).text == "Storm hits."


def test_a_run_of_share_buttons_is_cut_out_of_a_paragraph_but_prose_about_sharing_stays():
    run_on = "Depot fire By Staff Share on X Facebook Email Copy link Firefighters were called on Tuesday."
    prose = "Fans were urged to share on Facebook and X any footage of the fire."

    cleaned = clean(Article("a", f"{run_on}\n{prose}"))

    assert cleaned.text == f"Depot fire By Staff Firefighters were called on Tuesday.\n{prose}"
    assert [(line.text, line.reason) for line in cleaned.removed] == [
        ("Share on X Facebook Email Copy link", "share prompt")
    ]


def test_an_update_is_the_articles_modified_day_and_it_keeps_its_publication_date(tmp_path, caplog):
    updated = page(paragraphs(ARTICLE), json_ld={"dateModified": "2026-11-25T12:15:00+00:00"})

    with caplog.at_level(logging.WARNING, logger="storyweave.ingest"):
        (article,) = read_one(tmp_path, "updated.html", updated).articles

    assert (article.date, article.modified) == (dt.date(2026, 11, 24), dt.date(2026, 11, 25))
    # The Sources list shows it (tests/test_s27_versions.py): no reading note repeats it.
    assert caplog.messages == []


def test_an_old_page_laid_out_in_a_table_is_still_read(tmp_path):
    layout = f"""<html><head><title>Depot fire latest - Dunmore Weekly</title></head><body><table width="100%">
<tr><td class="nav"><a href="/">Home</a> | <a href="/news">News</a></td></tr>
<tr><td class="content"><h1>Depot fire latest</h1>{"<br><br>".join(ARTICLE[:3])}</td></tr>
<tr><td class="footer">Dunmore Weekly 2026</td></tr></table></body></html>"""

    batch = read_one(tmp_path, "layout.html", layout)

    assert batch.problems == ()
    assert ARTICLE[1] in batch.articles[0].text


def test_json_ld_nested_past_the_parsers_stack_is_skipped_and_the_page_read(tmp_path):
    # Review: json.loads raised RecursionError, which escaped the reader as a traceback.
    depth = 100_000
    page = tmp_path / "deep.html"
    page.write_text(
        f'<html><head><title>Bridge shut</title><script type="application/ld+json">{"[" * depth}{"]" * depth}'
        "</script></head><body><article><p>The Tarn bridge was shut on Monday after engineers found a crack"
        " in its main span, the county council said.</p><p>Drivers face a 20-mile detour while repairs are"
        " made, which could take three weeks.</p></article></body></html>"
    )
    (article,) = read_articles([page]).articles
    assert article.text.startswith("The Tarn bridge was shut on Monday")
