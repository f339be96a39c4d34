import datetime as dt
import json
import logging

import pytest

from storyweave.ingest import read_articles


def test_teigen_jack_folder_reads_five_articles_with_dates_and_title(teigen_jack):
    batch = read_articles([teigen_jack])

    assert batch.problems == ()
    by_prefix = {article.id[:3]: article for article in batch.articles}
    assert [article.id[:3] for article in batch.articles] == ["000", "001", "002", "003", "004"]
    assert {prefix: article.date for prefix, article in by_prefix.items()} == {
        "000": dt.date(2021, 9, 29),
        "001": None,
        "002": dt.date(2021, 9, 29),
        "003": dt.date(2021, 2, 21),
        "004": None,
    }
    assert by_prefix["004"].title == "How Chrissy Teigen Is Looking For Closure For Her Late Son Jack"
    assert all(by_prefix[prefix].title is None for prefix in ("000", "001", "002", "003"))


def test_teigen_jack_text_after_the_date_is_kept_and_paragraphs_are_single_lines(teigen_jack):
    by_prefix = {article.id[:3]: article for article in read_articles([teigen_jack]).articles}

    assert by_prefix["000"].text.startswith("It's been almost a year since Chrissy Teigen")
    assert by_prefix["002"].text.startswith("Photo: Getty Images\nChrissy Teigen is remembering")
    assert by_prefix["003"].text.startswith("✖\n")
    assert by_prefix["004"].text.startswith("The year 2020 was a difficult one")
    for article in by_prefix.values():
        assert "date 20" not in article.text
        assert "\n\n" not in article.text
        assert article.origin.endswith(f"{article.id}.txt")


def test_header_lines_fill_date_source_url_and_a_headline_is_taken(tmp_path):
    (tmp_path / "story.txt").write_text(
        "date: 2024-03-05\nsource: Daily Planet\nurl: https://example.com/storm\n\n"
        "Storm Floods Coastal Town\n\nA storm flooded the town on Tuesday.\n\n\n\nCrews rescued 40 people.\n"
    )

    (article,) = read_articles([tmp_path / "story.txt"]).articles

    assert (article.id, article.date, article.source, article.url, article.title) == (
        "story",
        dt.date(2024, 3, 5),
        "Daily Planet",
        "https://example.com/storm",
        "Storm Floods Coastal Town",
    )
    assert article.text == "A storm flooded the town on Tuesday.\nCrews rescued 40 people."


def test_title_header_wins_over_the_first_line(tmp_path):
    (tmp_path / "a.txt").write_text("title: The Real Headline\nShort Kicker Line Here\n\nBody sentence here.")

    (article,) = read_articles([tmp_path / "a.txt"]).articles

    assert article.title == "The Real Headline"
    assert article.text == "Short Kicker Line Here\nBody sentence here."


def test_first_sentences_credits_and_symbols_are_not_taken_as_headlines(tmp_path):
    firsts = {
        "sentence": "The storm hit the coast on Monday.",
        "credit": "Photo: Getty Images",
        "symbol": "✖",
        "dateline": "WASHINGTON —",
        "byline": "By Jane Doe and John Roe",
        "dated": "Published on Aug 11, 2016",
    }
    for name, first in firsts.items():
        (tmp_path / f"{name}.txt").write_text(f"{first}\n\nThe rest of the article follows here.")

    articles = read_articles([tmp_path]).articles

    assert len(articles) == len(firsts)
    for article in articles:
        assert article.title is None, article.id
        assert article.text.startswith(firsts[article.id])


def test_a_lone_line_is_text_not_a_headline(tmp_path):
    (tmp_path / "short.txt").write_text("Storm Floods Coastal Town")

    (article,) = read_articles([tmp_path / "short.txt"]).articles

    assert (article.title, article.text) == (None, "Storm Floods Coastal Town")


def test_a_sentence_starting_with_source_is_not_a_header(tmp_path):
    (tmp_path / "a.txt").write_text("Source close to the talks said a deal was near.\nMore text.")

    (article,) = read_articles([tmp_path / "a.txt"]).articles

    assert article.source is None
    assert article.text.startswith("Source close to the talks")


def test_invalid_date_is_dropped_but_the_article_kept(tmp_path):
    (tmp_path / "a.txt").write_text(" date 2021-13-45 The text starts here.")

    (article,) = read_articles([tmp_path / "a.txt"]).articles

    assert (article.date, article.text) == (None, "The text starts here.")


def test_crlf_and_hard_wrapped_paragraphs_are_normalised(tmp_path):
    (tmp_path / "wrapped.txt").write_bytes(
        b"The first paragraph is wrapped\r\nacross two lines.\r\n\r\n\r\nThe second one\r\nis too.\r\n"
    )

    (article,) = read_articles([tmp_path / "wrapped.txt"]).articles

    assert article.text == "The first paragraph is wrapped across two lines.\nThe second one is too."


_SHORT_LINES = (
    " date 2026-03-11\nsource: LF Times\nHarbor fire destroys warehouse\n"
    "The fire broke out late Tuesday at the warehouse, officials said.\nAll 14 workers were evacuated.\n"
)


@pytest.mark.parametrize(
    "data",
    [
        _SHORT_LINES.encode(),
        _SHORT_LINES.replace("\n", "\r\n").encode(),
        b"\xef\xbb\xbf" + _SHORT_LINES.encode(),
    ],
    ids=["lf", "crlf", "bom"],
)
def test_a_final_newline_does_not_make_short_lines_hard_wrapped(tmp_path, data):
    # The "" after the final newline is no blank line between blocks: each short line stays a paragraph.
    (tmp_path / "x.txt").write_bytes(data)

    (article,) = read_articles([tmp_path / "x.txt"]).articles

    assert (article.title, article.source, article.date) == (
        "Harbor fire destroys warehouse",
        "LF Times",
        dt.date(2026, 3, 11),
    )
    assert article.text == (
        "The fire broke out late Tuesday at the warehouse, officials said.\nAll 14 workers were evacuated."
    )


def test_blank_lines_only_around_the_text_do_not_make_it_hard_wrapped(tmp_path):
    (tmp_path / "a.txt").write_text("\n\nThe first line ends here.\nSo does the second.\n\n\n")

    (article,) = read_articles([tmp_path / "a.txt"]).articles

    assert article.text == "The first line ends here.\nSo does the second."


@pytest.mark.parametrize("stamp", ["2026-03-11T10:00:00Z", "2026-03-11T10:00", "2026-03-11T10:00:00.5+01:00"])
def test_a_date_header_with_an_iso_time_keeps_the_day_and_the_headers_after_it(tmp_path, stamp):
    (tmp_path / "story.txt").write_text(
        f"date: {stamp}\nsource: A\nA storm flooded the town on Tuesday night.\n"
    )

    (article,) = read_articles([tmp_path / "story.txt"]).articles

    assert (article.date, article.source) == (dt.date(2026, 3, 11), "A")
    assert article.text == "A storm flooded the town on Tuesday night."


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("May 7, 2024", dt.date(2024, 5, 7)),
        ("7 May 2024", dt.date(2024, 5, 7)),
        ("Tuesday, May 7, 2024", dt.date(2024, 5, 7)),
        ("Tue, 07 May 2024 10:00:00 GMT", dt.date(2024, 5, 7)),
        ("Sept. 28, 2021", dt.date(2021, 9, 28)),
        ("March 1st, 2024", dt.date(2024, 3, 1)),
    ],
)
def test_a_date_header_with_the_month_spelt_out_is_read_and_the_headers_after_it_too(tmp_path, written, day):
    # Found by QA: "date: May 7, 2024" ended the header block, so the date, source and title lines
    # became article text (one of them the headline) and no warning said so.
    (tmp_path / "story.txt").write_text(
        f"Date: {written}\nsource: A\ntitle: Storm floods the town\nA storm flooded the town on Tuesday night.\n"
    )

    (article,) = read_articles([tmp_path / "story.txt"]).articles

    assert (article.date, article.source, article.title) == (day, "A", "Storm floods the town")
    assert article.text == "A storm flooded the town on Tuesday night."


BODY = "The Elm bridge closed on Monday after inspectors found cracks in its main span, officials said."


@pytest.mark.parametrize(
    ("opening", "title"),
    [
        ("By Jane Roe\ndate: 2024-05-07\nsource: E\n", None),
        (
            "Elm Bridge Shut After Cracks Found\n\nBy Jane Roe\n\ndate: 2024-05-07\n\nsource: E\n\n",
            "Elm Bridge Shut After Cracks Found",
        ),
        (
            "Elm Bridge Shut After Cracks Found\ndate: 2024-05-07\nsource: E\n",
            "Elm Bridge Shut After Cracks Found",
        ),
        ("date: 2024-05-07\nBy Jane Roe\nsource: E\n", None),
    ],
    ids=[
        "after-a-byline",
        "after-a-headline-and-a-byline-with-blank-lines",
        "after-a-headline",
        "around-a-byline",
    ],
)
def test_header_lines_after_a_byline_or_headline_are_read_and_those_lines_stay(tmp_path, opening, title):
    # QA: a file opening with "By Jane Roe" and then date: and source: lines read those as article text.
    (tmp_path / "story.txt").write_text(opening + BODY)

    (article,) = read_articles([tmp_path / "story.txt"]).articles

    assert (article.date, article.source, article.title) == (dt.date(2024, 5, 7), "E", title)
    assert "date:" not in article.text and "source:" not in article.text
    assert article.text.endswith(BODY)
    # The byline stays in the text: clean drops it there, with the reason.
    assert ("By Jane Roe" in article.text) == ("By Jane Roe" in opening)


@pytest.mark.parametrize(
    "opening",
    [
        "A storm hit the town overnight, the police said.\n",
        "Short line one\nShort line two\nShort line three\n",
    ],
    ids=["after-a-sentence", "after-three-short-lines"],
)
def test_header_like_lines_after_the_opening_block_are_text(tmp_path, opening):
    """A sentence, or more short lines than a headline and a byline, is the text: a "source:" after it is too."""
    (tmp_path / "story.txt").write_text(f"{opening}source: E\n{BODY}")

    (article,) = read_articles([tmp_path / "story.txt"]).articles

    assert article.source is None
    assert "source: E" in article.text


@pytest.mark.parametrize("written", ["07/05/2024", "next Tuesday", "2024-02-30"])
def test_an_unreadable_date_header_is_a_warning_and_the_headers_after_it_are_still_read(
    tmp_path, caplog, written
):
    # Day and month order of 07/05/2024 is a guess, so it is not made.
    (tmp_path / "story.txt").write_text(f"date: {written}\nsource: A\nA storm flooded the town on Tuesday.\n")

    with caplog.at_level(logging.WARNING, logger="storyweave.ingest"):
        (article,) = read_articles([tmp_path / "story.txt"]).articles

    assert (article.date, article.source, article.text) == (None, "A", "A storm flooded the town on Tuesday.")
    assert caplog.messages == [f"{tmp_path / 'story.txt'}: ignoring unreadable date {written!r}"]


def test_a_date_in_the_future_is_kept_with_a_warning(tmp_path, caplog):
    # QA: a typo ("2204" for "2024") silently dated the article's timeline entries two centuries ahead.
    (tmp_path / "story.txt").write_text("date: 2204-05-08\nA storm flooded the town on Tuesday.\n")

    with caplog.at_level(logging.WARNING, logger="storyweave.ingest"):
        (article,) = read_articles([tmp_path / "story.txt"]).articles

    assert article.date == dt.date(2204, 5, 8)
    assert caplog.messages == [
        f"{tmp_path / 'story.txt'}: the date 2204-05-08 is in the future (kept; check it)"
    ]


def test_control_characters_in_headers_are_removed(tmp_path):
    # A terminal escape in a headline would run when `storyweave summarize` prints the report.
    (tmp_path / "a.txt").write_text(
        "source: Evil\x1b[2J Outlet\x07\ntitle: Mill \x1b[31mRED\x1b[0m fire\nurl: https://x.test/\x1b]0;t\x07a\n"
        "A storm flooded the town on Tuesday.\n"
    )

    (article,) = read_articles([tmp_path / "a.txt"]).articles

    assert (article.source, article.title, article.url) == (
        "Evil Outlet",
        "Mill RED fire",
        "https://x.test/a",
    )


def test_utf16_with_a_byte_order_mark_is_read(tmp_path):
    # The mark declares the encoding (Windows Notepad's "Unicode"), so reading it is no guess.
    text = "source: Le Monde\nLes pompiers sont arrivés à 21 heures, a dit la mairie.\r\n"
    (tmp_path / "le.txt").write_bytes(text.encode("utf-16"))
    (tmp_path / "be.txt").write_bytes(b"\xfe\xff" + text.encode("utf-16-be"))

    batch = read_articles([tmp_path])

    assert batch.problems == ()
    assert [(a.source, a.text) for a in batch.articles] == [
        ("Le Monde", "Les pompiers sont arrivés à 21 heures, a dit la mairie.")
    ] * 2


def test_windows_1252_and_latin1_text_is_read_with_one_warning_per_file(tmp_path, caplog):
    # What Windows editors save as "ANSI", and Latin-1 exports: refused before, now read and named once each.
    (tmp_path / "ansi.txt").write_bytes(
        "source: Le Café\n“Nous avons tout perdu,” dit le patron — à Lyon.\nL’incendie a duré six heures.".encode(
            "cp1252"
        )
    )
    (tmp_path / "latin1.txt").write_bytes("Les pompiers sont arrivés à 21 heures.".encode("latin-1"))

    with caplog.at_level(logging.WARNING, logger="storyweave.ingest"):
        batch = read_articles([tmp_path])

    assert batch.problems == ()
    assert [(a.source, a.text) for a in batch.articles] == [
        ("Le Café", "“Nous avons tout perdu,” dit le patron — à Lyon.\nL’incendie a duré six heures."),
        (None, "Les pompiers sont arrivés à 21 heures."),
    ]
    assert caplog.messages == [
        f"{tmp_path / 'ansi.txt'}: not valid UTF-8 text (byte 0xE9 at offset 14); read as Windows-1252 (Latin-1)",
        f"{tmp_path / 'latin1.txt'}: not valid UTF-8 text (byte 0xE9 at offset 23); read as Windows-1252 (Latin-1)",
    ]


def test_ids_from_file_names_are_one_line_of_plain_text(tmp_path):
    # QA: a file name's line break and terminal escape went into the id, and from there into every output.
    (tmp_path / "fire\x1b[31m\n  late.txt").write_text("A storm flooded the town on Tuesday.")

    (article,) = read_articles([tmp_path]).articles

    assert article.id == "fire late"


def test_ids_and_outlets_lose_bidirectional_overrides(tmp_path):
    # QA: a right-to-left override in a file name made the id read backwards wherever it was shown.
    (tmp_path / "fire\u202egnp.txt").write_text(
        "source: Daily\u2066 Planet\u2069\nA storm flooded the town on Tuesday."
    )

    (article,) = read_articles([tmp_path]).articles

    assert (article.id, article.source) == ("firegnp", "Daily Planet")


def test_the_byte_named_after_a_utf8_byte_order_mark_is_the_one_that_is_not_utf8(tmp_path, caplog):
    # QA: the offset was counted after the mark, so the warning named the wrong byte ("0x43 at offset 24").
    (tmp_path / "marked.txt").write_bytes(b"\xef\xbb\xbfLe caf\xe9 a br\xfbl\xe9.")

    with caplog.at_level(logging.WARNING, logger="storyweave.ingest"):
        (article,) = read_articles([tmp_path]).articles

    assert article.text == "Le café a brûlé."  # not "ï»¿Le": the mark is no text in any encoding
    assert caplog.messages == [
        f"{tmp_path / 'marked.txt'}: not valid UTF-8 text (byte 0xE9 at offset 9); read as Windows-1252 (Latin-1)"
    ]


CENTRAL_EUROPEAN = (
    "Antonín Dvořák se narodil v Nelahozevsi. Jeho Novosvětská symfonie zazněla v pátek v Rudolfinu.\n"
    "W Łodzi otwarto nowy dworzec. Pasażerowie czekali na to od czterech lat, powiedział prezydent miasta."
)
WESTERN_EUROPEAN = (
    "Le gouvernement a adopté mercredi le budget de l’an prochain ; le déficit atteindra 4 %.\n"
    "Bjørn Ødegaard, the Danish curator, said the exhibition would open in Zürich — in May."
)


@pytest.mark.parametrize("text", [CENTRAL_EUROPEAN, WESTERN_EUROPEAN, "Le café a brûlé."])
def test_text_in_a_windows_code_page_is_read_in_its_own(tmp_path, caplog, text):
    # QA: Windows-1250 text was read as Windows-1252: "Dvořák" came out "Dvoøák", "Łodzi" "£odzi". A text too
    # short to judge ("brûlé" would read "brűlé") stays Windows-1252.
    code_page = "cp1250" if text is CENTRAL_EUROPEAN else "cp1252"
    (tmp_path / "ansi.txt").write_bytes(text.encode(code_page))

    with caplog.at_level(logging.WARNING, logger="storyweave.ingest"):
        (article,) = read_articles([tmp_path]).articles

    assert article.text == text
    name = "Windows-1250 (Central European)" if code_page == "cp1250" else "Windows-1252 (Latin-1)"
    assert caplog.messages[0].endswith(f"; read as {name}")


def test_a_central_european_feed_is_read_in_windows_1250_line_by_line(tmp_path):
    lines = CENTRAL_EUROPEAN.split("\n")
    path = tmp_path / "feed.jsonl"
    records = [json.dumps({"id": str(n), "text": line}, ensure_ascii=False) for n, line in enumerate(lines)]
    path.write_bytes("\n".join(records).encode("cp1250"))

    assert [article.text for article in read_articles([path]).articles] == lines
