import datetime as dt
import logging

import pytest

from storyweave.ingest import read_articles

PARAGRAPHS = [
    "A powerful storm flooded the coastal town of Brixham on Tuesday, forcing hundreds of residents to leave "
    "their homes as water rose through the streets.",
    "The mayor said emergency crews had rescued 40 people from rooftops and that the damage would take "
    "months to repair, according to local officials.",
    "Forecasters warned that a second storm could reach the coast by the weekend, bringing more rain and "
    "strong winds to the region.",
]


def page(date_meta: str = '<meta property="article:published_time" content="2024-03-05T08:00:00Z">') -> str:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Storm floods coastal town | Daily Planet</title>
<meta property="og:site_name" content="Daily Planet">
<meta property="og:title" content="Storm floods coastal town">
{date_meta}<link rel="canonical" href="https://example.com/storm">
<script>var tracker = "tracking code";</script></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news</a></li></ul></nav>
<article><h1>Storm floods coastal town</h1>{body}</article>
<footer><p>Copyright 2023 Daily Planet. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body></html>"""


def test_html_page_yields_main_text_and_metadata(tmp_path):
    (tmp_path / "storm.html").write_text(page())

    batch = read_articles([tmp_path / "storm.html"])

    assert batch.problems == ()
    (article,) = batch.articles
    assert article.text == "\n".join(PARAGRAPHS)
    assert (article.id, article.title, article.date, article.source, article.url) == (
        "storm",
        "Storm floods coastal town",
        dt.date(2024, 3, 5),
        "Daily Planet",
        "https://example.com/storm",
    )


def test_html_date_is_not_guessed_from_the_footer(tmp_path):
    (tmp_path / "undated.htm").write_text(page(date_meta=""))

    (article,) = read_articles([tmp_path / "undated.htm"]).articles

    assert article.date is None


def test_html_in_a_declared_legacy_charset_is_decoded(tmp_path):
    html = page().replace('charset="utf-8"', 'charset="windows-1252"').replace("Brixham", "Brixhäm")
    (tmp_path / "legacy.html").write_bytes(html.encode("windows-1252"))

    (article,) = read_articles([tmp_path / "legacy.html"]).articles

    assert "Brixhäm" in article.text


def test_html_declaring_an_unknown_charset_is_read_as_utf8_with_a_warning(tmp_path, caplog):
    # Refused before ("unknown text encoding"), although the page was plain UTF-8.
    (tmp_path / "odd.html").write_text(page().replace('charset="utf-8"', 'charset="x-mac-klingon"'))

    with caplog.at_level(logging.WARNING, logger="storyweave.ingest"):
        batch = read_articles([tmp_path / "odd.html"])

    assert batch.problems == ()
    assert batch.articles[0].text == "\n".join(PARAGRAPHS)
    assert caplog.messages == [
        f"{tmp_path / 'odd.html'}: unknown text encoding 'x-mac-klingon' declared; reading it as UTF-8"
    ]


@pytest.mark.parametrize("declared", ["utf-16", "UTF-16LE", "utf-32"])
def test_html_declaring_utf16_in_its_ascii_meta_is_read_as_utf8(tmp_path, declared):
    # QA: refused as "not valid utf-16 text"; the HTML standard reads such a page as UTF-8, since a <meta>
    # found in ASCII bytes cannot be UTF-16 text.
    html = page().replace('charset="utf-8"', f'charset="{declared}"').replace("Brixham", "Brixhäm")
    (tmp_path / "declared.html").write_bytes(html.encode("utf-8"))

    batch = read_articles([tmp_path / "declared.html"])

    assert batch.problems == ()
    assert "Brixhäm" in batch.articles[0].text


@pytest.mark.parametrize("wrapper", ["{}", "<body>{}</body>", "<div>{}</div>"])
def test_a_saved_fragment_without_an_html_element_is_read(tmp_path, wrapper):
    # QA: "<p>...</p>" alone (an exported article body) was "no extractable main text" after trafilatura
    # logged "parsed tree length: 0, wrong data type or not valid HTML".
    (tmp_path / "body.html").write_text(wrapper.format(f"<p>{PARAGRAPHS[0]}</p>"))

    batch = read_articles([tmp_path / "body.html"])

    assert batch.problems == ()
    assert batch.articles[0].text == PARAGRAPHS[0]
