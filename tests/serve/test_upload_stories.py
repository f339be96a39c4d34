"""An upload or paste of several stories: grouped as `storyweave ingest` groups them, listed, each one reported."""

import html
import json
import re
import urllib.parse

import pytest

from storyweave import api
from storyweave.model import Article, Batch
from storyweave.serve import app as app_module
from storyweave.serve.app import make_app

from .conftest import HOST, call_app

OWN_PAGE = {"HTTP_ORIGIN": f"http://{HOST}", "HTTP_SEC_FETCH_SITE": "same-origin"}


def _article(date, source, title, text):
    return f" date {date}\nsource: {source}\n{title}\n\n{text}\n"


# Two events from three outlets each, as a newsroom's folder of articles holds them: a warehouse fire in
# Wrenport and a dam breach in the Calder valley, weeks apart. One outlet's name and one headline are markup.
FIRE = {
    "fire-gazette.txt": _article(
        "2026-03-05",
        "Wrenport Gazette",
        "Fire destroys Pier 7 warehouse in Wrenport",
        "A fire destroyed the Pier 7 cold-storage warehouse in Wrenport late on Tuesday night, officials said. "
        "Fire Chief Ana Ruiz said 60 firefighters fought the blaze for six hours. One firefighter was treated "
        "for smoke inhalation. The cause of the fire is under investigation, the harbor authority said.",
    ),
    "fire-radio.txt": _article(
        "2026-03-06",
        "<img src=x onerror=alert(1)>",
        "Pier 7 blaze: firefighter hurt as warehouse burns",
        "Fire gutted a cold-storage warehouse at Pier 7 in Wrenport on Tuesday night. Chief Ana Ruiz said about "
        "60 firefighters battled the flames for six hours and one was taken to hospital with smoke inhalation. "
        "Investigators have not yet found the cause of the fire.",
    ),
    "fire-wire.txt": _article(
        "2026-03-06",
        "Tidewater Wire",
        "Wrenport harbor warehouse lost to overnight fire",
        "An overnight fire destroyed a warehouse on Pier 7 at Wrenport harbor, the fire department said. "
        "Fire Chief Ana Ruiz said crews worked for six hours to put out the blaze. The harbor authority said "
        "the cause of the fire was being investigated.",
    ),
}
DAM = {
    "dam-courier.txt": _article(
        "2026-04-20",
        "Calder Courier",
        'Calder dam breach floods Millbrook: "300 homes" & <3 m of water',
        "The Haldane reservoir dam in the Calder valley breached early on Monday, flooding 300 homes in the "
        "village of Millbrook, the county council said. Engineers had warned of seepage in the earth wall "
        "last year. About 900 residents were moved to the Millbrook school gym.",
    ),
    "dam-post.txt": _article(
        "2026-04-20",
        "Valley Post",
        "Haldane dam gives way, Millbrook under water",
        "Water poured through a breach in the Haldane reservoir dam on Monday morning and flooded some 300 "
        "homes in Millbrook. County engineers said seepage through the earth wall had been reported last year. "
        "Around 900 people spent the night in the school gym.",
    ),
    "dam-wire.txt": _article(
        "2026-04-21",
        "Tidewater Wire",
        "Millbrook flooding: Haldane reservoir dam breached",
        "The breach of the Haldane reservoir dam flooded 300 homes in Millbrook, Calder county council said on "
        "Tuesday. Residents said the earth wall of the dam had leaked for a year. About 900 residents were "
        "sheltering in a school gym.",
    ),
}
MIXED = {**FIRE, **DAM}
UNSUPPORTED = ("notes.pdf", b"%PDF-1.7")
# The tags the app's templates and the report renderer write.
PAGE_TAGS = set(
    "html head meta title style body nav a section h1 h2 h3 p code table thead tbody tr th td span ul ol li "
    "header div details summary caption mark em strong blockquote time abbr sup br col colgroup small q cite "
    "figure".split()
)


def _cluster_line(story_id, files):
    documents = [
        {"id": name.removesuffix(".txt"), "date": text.split()[1], "text": text.split("\n", 3)[3]}
        for name, text in files.items()
    ]
    return json.dumps({"id": story_id, "documents": documents})


def _upload(app, files, **fields):
    """POST the form with ``files`` (name -> text or bytes), as the browser sends it."""
    boundary = "storiesboundary"
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in {"words": "60", **fields}.items()
    ]
    parts += [
        f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{name}"\r\n\r\n'.encode()
        + (data if isinstance(data, bytes) else data.encode())
        + b"\r\n"
        for name, data in files.items()
    ]
    body = b"".join(parts) + f"--{boundary}--\r\n".encode()
    return call_app(
        app,
        "POST",
        "/report",
        body=body,
        content_type=f"multipart/form-data; boundary={boundary}",
        **OWN_PAGE,
    )


def _paste(app, text):
    body = urllib.parse.urlencode({"articles": text, "words": "60"}).encode()
    return call_app(
        app, "POST", "/report", body=body, content_type="application/x-www-form-urlencoded", **OWN_PAGE
    )


def _listed(page):
    """The rows of the page's list of stories: headline, outlets, articles, dates, as text; and the links."""
    found = re.search(r'<section class="found"[^>]*>(.*?)</tbody>', page, re.DOTALL)
    rows = re.findall(r"<tr><td>(.*?)</tr>", found[1], re.DOTALL)
    cells = [[_text(cell) for cell in re.split(r"</td>\s*<td>", row)] for row in rows]
    links = [link[1] for row in rows if (link := re.search(r'<a href="([^"]+)"', row))]
    return cells, links


def _text(fragment):
    return html.unescape(re.sub(r"<[^>]+>", "", fragment)).strip()


def _section(page, anchor):
    """The story report under ``anchor`` (an id of the page): its markup."""
    return re.search(
        rf'<section class="story-report" id="{anchor}">(.*?)</section>\n(?:<section class="story|</body>)',
        page,
        re.DOTALL,
    )[1]


def test_a_mixed_folder_of_two_stories_lists_each_with_its_report(encoder):
    status, page = _upload(make_app(), MIXED)

    assert status == "200 OK"
    cells, links = _listed(page)
    assert "2 stories in these 6 articles" in page
    assert cells == [
        [
            "Fire destroys Pier 7 warehouse in Wrenport",
            "Wrenport Gazette, <img src=x onerror=alert(1)>, Tidewater Wire",
            "3",
            "2026-03-05 – 2026-03-06",
        ],
        [
            'Calder dam breach floods Millbrook: "300 homes" & <3 m of water',
            "Calder Courier, Valley Post, Tidewater Wire",
            "3",
            "2026-04-20 – 2026-04-21",
        ],
    ]
    assert links == ["#story-1", "#story-2"]
    # Each story's full report is under its anchor, citing its own articles only.
    fire, dam = _section(page, "story-1"), _section(page, "story-2")
    assert "Ana Ruiz" in fire and "Millbrook" not in fire
    assert "Millbrook" in dam and "Ana Ruiz" not in dam
    for report in (fire, dam):
        assert "Summary" in report and "Sources" in report and "3 articles from 3 outlets" in report


def test_the_stories_page_anchors_are_unique_and_every_link_in_it_leads_somewhere(encoder):
    _, page = _upload(make_app(), MIXED)

    ids = re.findall(r'\sid="([^"]+)"', page)
    assert len(ids) == len(set(ids))
    # Citations lead to their own story's sources, not the first report's.
    assert 'href="#story-2-src-1"' in _section(page, "story-2")
    assert 'href="#src-' not in page
    assert set(re.findall(r'href="#([^"]+)"', page)) <= set(ids)
    assert page.count("<main") == 0 and page.count("<body") == 1 and page.count("</html>") == 1


def test_untrusted_text_in_the_stories_page_stays_text(encoder):
    hostile = {name.replace("fire-gazette", "fire<i>gazette"): text for name, text in MIXED.items()}
    _, page = _upload(make_app(), hostile)

    assert "<img src=x" not in page and "<i>" not in page and "<3 m" not in page
    listing = page.partition('<section class="story-report"')[0]
    assert "&lt;img src=x onerror=alert(1)&gt;" in listing
    assert "Millbrook: &#34;300 homes&#34; &amp; &lt;3 m of water" in listing
    assert "fire&lt;i&gt;gazette" in _section(page, "story-1")
    # The only tags of the page are the app's and the report renderer's.
    assert set(re.findall(r"<([a-z0-9]+)", page)) <= PAGE_TAGS


def test_a_bad_file_among_several_stories_is_listed_under_skipped_input(encoder):
    status, page = _upload(make_app(), {**MIXED, UNSUPPORTED[0]: UNSUPPORTED[1]})

    assert status == "200 OK"
    skipped = re.search(r'<section id="problems"><h2>Skipped input</h2><ul>(.*?)</ul>', page, re.DOTALL)
    assert [_text(item) for item in re.findall(r"<li>(.*?)</li>", skipped[1], re.DOTALL)] == [
        "notes.pdf: unsupported file type '.pdf' (expected .htm, .html, .jsonl, .multinews, .src, .txt)"
    ]


def _multinews_line(files):
    """One story's articles as a line of a Multi-News file: each opens with its header lines."""
    return " ||||| ".join(
        text.replace(" date ", "date: ", 1).replace("\n", " NEWLINE_CHAR ") for text in files.values()
    )


@pytest.mark.parametrize("how", ["upload", "paste", "multinews"])
def test_several_stories_documents_are_grouped_not_refused(how, encoder):
    # The page refused these (a 422) before: one file, or one paste, of two stories' "documents" or lines.
    lines = _cluster_line("<b>fire</b>", FIRE) + "\n" + _cluster_line("dam", DAM) + "\n"
    if how == "upload":
        status, page = _upload(make_app(), {"news.jsonl": lines})
    elif how == "paste":
        status, page = _paste(make_app(), lines)
    else:
        status, page = _paste(make_app(), _multinews_line(FIRE) + "\n" + _multinews_line(DAM) + "\n")

    assert status == "200 OK"
    cells, _ = _listed(page)
    assert [row[2] for row in cells] == ["3", "3"]
    assert "Ana Ruiz" in _section(page, "story-1") and "Millbrook" in _section(page, "story-2")
    assert "<b>" not in page


def test_one_story_still_gets_its_report_alone(encoder):
    status, page = _upload(make_app(), FIRE)

    assert status == "200 OK"
    assert 'class="found"' not in page and "story-1" not in page
    assert re.search(r"<h1>Fire destroys Pier 7 warehouse in Wrenport</h1>", page)


def test_several_stories_are_added_to_the_store_only_when_asked(tmp_path, encoder):
    db = tmp_path / "news.db"
    zoo = Article("zoo", "Ferndale Zoo welcomed two red panda cubs, keepers said.", source="Zoo News")
    api.ingest(Batch((zoo,)), db, progress=False)
    before = api.stories(db)

    status, _ = _upload(make_app(db), MIXED)
    assert status == "200 OK" and api.stories(db) == before  # the box was not ticked

    status, page = _upload(make_app(db), MIXED, store="yes")

    assert status == "200 OK"
    stored = {tuple(sorted(story.article_ids)) for story in api.stories(db)}
    assert stored == {
        ("zoo",),
        ("fire-gazette", "fire-radio", "fire-wire"),
        ("dam-courier", "dam-post", "dam-wire"),
    }
    assert "Added to the store: 6 added (0 near-duplicates), 0 already stored" in _text(page)


def test_the_store_keeps_each_uploaded_cluster_line_one_story_as_the_page_shows_it(tmp_path, encoder):
    # One event's articles split over two cluster lines: the grouper alone would store them as one story.
    first, *rest = FIRE
    lines = _cluster_line("fire-a", {first: FIRE[first]}) + "\n"
    lines += _cluster_line("fire-b", {name: FIRE[name] for name in rest}) + "\n"
    db = tmp_path / "news.db"

    status, page = _upload(make_app(db), {"news.jsonl": lines}, store="yes")

    assert status == "200 OK"
    assert sorted(sorted(story.article_ids) for story in api.stories(db)) == [
        ["fire-gazette"],
        ["fire-radio", "fire-wire"],
    ]
    assert "Added to the store: 3 added (0 near-duplicates), 0 already stored" in _text(page)


def test_report_upload_groups_a_mixed_upload_and_keeps_its_skipped_input(encoder):
    files = [(name, text.encode()) for name, text in MIXED.items()] + [UNSUPPORTED]

    upload = api.report_upload(files, words=60, encoder=encoder)

    assert [sorted(found.story.article_ids) for found in upload.stories] == [
        ["fire-gazette", "fire-radio", "fire-wire"],
        ["dam-courier", "dam-post", "dam-wire"],
    ]
    assert [[a.id for a in found.report.articles] for found in upload.stories] == [
        list(found.story.article_ids) for found in upload.stories
    ]
    assert [str(problem) for problem in upload.batch.problems][0].startswith("notes.pdf: unsupported")
    assert all(not found.report.problems for found in upload.stories)
    assert len(upload.batch.articles) == 6


def test_past_the_most_reports_a_story_is_listed_without_one(monkeypatch, encoder):
    # A dataset's file of a thousand stories would take many minutes: the largest stories are reported.
    monkeypatch.setattr(app_module, "MAX_REPORTED_STORIES", 1)
    bigger = {**MIXED, "dam-extra.txt": MIXED["dam-post.txt"].replace("Valley Post", "Calder Herald")}

    status, page = _upload(make_app(), bigger)

    assert status == "200 OK"
    cells, links = _listed(page)
    assert [row[2] for row in cells] == ["3", "3 (+1 copy)"]
    assert cells[0][0].endswith("(no report)") and links == ["#story-2"]
    assert 'id="story-2"' in page and 'id="story-1"' not in page
    said = " ".join(_text(page).split())
    assert "Reports of the 1 stories of the most articles only: the other 1 are listed without one" in said
