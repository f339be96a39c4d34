"""An upload or paste of cluster lines: one story per line, as the input states them; loose articles grouped."""

import re

from storyweave import api
from storyweave.serve import app as app_module
from storyweave.serve.app import make_app

from .test_upload_stories import (
    DAM,
    FIRE,
    MIXED,
    _cluster_line,
    _listed,
    _multinews_line,
    _paste,
    _section,
    _text,
    _upload,
)

# The fire as a newsroom filed it, in two stories: the night's reports, and the wire's next-day story. The
# grouper, reading them loose, makes them one story.
FIRE_NIGHT = {name: FIRE[name] for name in ("fire-gazette.txt", "fire-radio.txt")}
FIRE_WIRE = {"fire-wire.txt": FIRE["fire-wire.txt"]}
# A roundup of the week's news (the fire and the dam's first report), and the dam's later reports.
ROUNDUP = {**FIRE, "dam-courier.txt": DAM["dam-courier.txt"]}
DAM_LATER = {name: DAM[name] for name in ("dam-post.txt", "dam-wire.txt")}
THREE_LINES = "\n".join(
    [
        _cluster_line("fire-night", FIRE_NIGHT),
        _cluster_line("fire-wire", FIRE_WIRE),
        _cluster_line("dam", DAM),
    ]
)


def _how(page):
    """What the stories page says of how its stories were formed."""
    meta = re.search(r'<section class="found".*?<p class="meta">(.*?)</p>', page, re.DOTALL)
    return " ".join(_text(meta[1]).split())


def test_each_cluster_line_of_an_uploaded_file_is_one_story(encoder):
    status, page = _upload(make_app(), {"news.jsonl": THREE_LINES + "\n"})

    assert status == "200 OK"
    cells, links = _listed(page)
    assert "3 stories in these 6 articles" in page
    assert [row[2] for row in cells] == ["2", "1", "3"]
    assert links == ["#story-1", "#story-2", "#story-3"]
    assert _how(page) == "One story per line of news.jsonl. Each story's report follows the list."
    night, wire = _section(page, "story-1"), _section(page, "story-2")
    assert "fire-gazette" in night and "fire-wire" not in night
    assert "fire-wire" in wire and "fire-gazette" not in wire
    assert "Millbrook" in _section(page, "story-3")


def test_each_line_of_a_pasted_multinews_file_is_one_story(encoder):
    # The grouper would take the dam's report out of the roundup and give 3 and 3.
    status, page = _paste(make_app(), _multinews_line(ROUNDUP) + "\n" + _multinews_line(DAM_LATER) + "\n")

    assert status == "200 OK"
    cells, _ = _listed(page)
    assert [row[2] for row in cells] == ["4", "2"]
    assert _how(page) == "One story per line of the pasted text. Each story's report follows the list."
    assert "Millbrook" in _section(page, "story-1") and "Ana Ruiz" not in _section(page, "story-2")


def test_one_cluster_line_is_one_report_though_its_articles_read_as_two_groups(encoder):
    # As `storyweave report all.jsonl` reports it: the line says one story (a caveat, not a split).
    status, page = _upload(make_app(), {"all.jsonl": _cluster_line("all", MIXED) + "\n"})

    assert status == "200 OK"
    assert 'class="found"' not in page and "story-1" not in page
    assert all(name.removesuffix(".txt") in page for name in MIXED)


def test_loose_articles_beside_a_cluster_line_are_grouped_by_content(encoder):
    status, page = _upload(make_app(), {"fire.jsonl": _cluster_line("fire", FIRE_NIGHT) + "\n", **DAM})

    assert status == "200 OK"
    cells, _ = _listed(page)
    assert [row[2] for row in cells] == ["2", "3"]
    assert _how(page) == (
        "One story per line of fire.jsonl; the other 3 articles grouped by content, as storyweave ingest "
        "groups them. Each story's report follows the list."
    )


def test_loose_articles_alone_are_grouped_as_before(encoder):
    status, page = _upload(make_app(), MIXED)

    cells, _ = _listed(page)
    assert [row[2] for row in cells] == ["3", "3"]
    assert (
        _how(page)
        == "Grouped by content, as storyweave ingest groups them. Each story's report follows the list."
    )


def test_report_upload_names_each_line_story_by_its_cluster_id(encoder):
    files = [("news.jsonl", THREE_LINES.encode()), ("dam-extra.txt", DAM["dam-post.txt"].encode())]

    upload = api.report_upload(files, words=60, encoder=encoder, most_reports=0)

    assert [(found.story.id, found.story.article_ids) for found in upload.stories] == [
        ("fire-night", ("fire-gazette", "fire-radio")),
        ("fire-wire", ("fire-wire",)),
        ("dam", ("dam-courier", "dam-post", "dam-wire")),
        ("s0001", ("dam-extra",)),
    ]
    assert all(found.report is None for found in upload.stories)
    assert (upload.lines_of, upload.grouped) == (("news.jsonl",), 1)


def test_past_the_most_reports_a_cluster_line_is_listed_without_one(monkeypatch, encoder):
    monkeypatch.setattr(app_module, "MAX_REPORTED_STORIES", 1)

    status, page = _upload(make_app(), {"news.jsonl": THREE_LINES + "\n"})

    assert status == "200 OK"
    cells, links = _listed(page)
    assert [row[0].endswith("(no report)") for row in cells] == [True, True, False]
    assert links == ["#story-3"]
    said = " ".join(_text(page).split())
    assert "Reports of the 1 stories of the most articles only: the other 2 are listed without one" in said


def test_each_listed_story_is_named_as_the_report_it_links_to_is_titled(encoder):
    """QA (s39 surface #5): a Multi-News file of untitled articles listed a story by its first article's opening
    ("A storm closed the port of Wrenport on Sunday.") and linked it to a report titled by the summary's first
    line ("Ferry service from Wrenport was halted on Sunday as a storm closed the port."). Session 40: both name it
    by its earliest article's opening, whatever the word budget."""
    storm = (
        "A storm closed the port of Wrenport on Sunday. ||||| Ferry service from Wrenport was halted on Sunday as"
        " a storm closed the port. "
    )
    vote = (
        "The council approved a transit tax on Wednesday. ||||| A half-cent transit tax was approved by the"
        " council on Wednesday. "
    )
    status, page = _upload(make_app(), {"test.src": f"{storm}\n{vote}\n"})

    assert status == "200 OK"
    cells, links = _listed(page)
    assert links == ["#story-1", "#story-2"]
    titles = [_text(re.search(r"<h1>(.*?)</h1>", _section(page, f"story-{n}"), re.DOTALL)[1]) for n in (1, 2)]
    assert [row[0] for row in cells] == titles
    assert titles[0] == "A storm closed the port of Wrenport on Sunday."
