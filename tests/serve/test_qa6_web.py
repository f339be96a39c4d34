"""Web UI fixes of QA pass 6: a stored story's summary budget (#4), a headline pasted with markup (#5),
adding an upload to the store (#12).

The app is called as a WSGI application: each request is one call, no server.
"""

import datetime as dt
import html
import json
import re
import urllib.parse

import markupsafe
import pytest

from storyweave import api
from storyweave.errors import StoryweaveError
from storyweave.ingest import read_pasted
from storyweave.model import Article
from storyweave.serve.app import MAX_WORDS, make_app

from .conftest import HOST, call_app, copy_of

OWN_PAGE = {"HTTP_ORIGIN": f"http://{HOST}", "HTTP_SEC_FETCH_SITE": "same-origin"}
STORED = (
    Article(
        "bridge-a",
        "The Kessel Street bridge in Brannock was closed to traffic on Monday after inspectors found cracks in "
        "two of its steel girders, the city said. Repairs are expected to take eight weeks.",
        title="Cracked girders close Kessel Street bridge",
        date=dt.date(2026, 4, 6),
        source="Brannock Courier",
    ),
    Article(
        "bridge-b",
        "Brannock closed the Kessel Street bridge on Monday when inspectors found cracked steel girders. "
        "City engineer Ruth Adair said repairs would take about eight weeks.",
        title="Kessel Street bridge shut for eight weeks",
        date=dt.date(2026, 4, 6),
        source="Valley Ledger",
    ),
    Article(
        "zoo-a",
        "Ferndale Zoo welcomed two red panda cubs born in March, keepers said on Thursday. The cubs will go on "
        "show to visitors in June.",
        title="Red panda twins born at Ferndale Zoo",
        date=dt.date(2026, 4, 9),
        source="Ferndale Times",
    ),
)
# A third outlet's article of the bridge story, pasted with a headline copied from a page's source (QA6 #5).
BRIDGE_PASTE = (
    "date: 2026-04-07\nsource: Brannock Evening Post\n"
    "<b>Kessel Street</b> bridge to stay shut <script>track()</script> for eight weeks\n\n"
    "The Kessel Street bridge in Brannock will stay closed for eight weeks while cracked steel girders are "
    "repaired, city engineer Ruth Adair said on Tuesday. Buses are being diverted over the Mill Lane crossing."
)


def _post(app, path, headers=OWN_PAGE, **fields):
    return call_app(app, "POST", path, body=urllib.parse.urlencode(fields).encode(), **headers)


def _multipart(files, **fields):
    """A multipart/form-data body of ``files`` (name -> bytes) and text ``fields``, and its content type."""
    boundary = "qa6boundary"
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in fields.items()
    ]
    parts += [
        f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{name}"\r\n'
        f"Content-Type: application/octet-stream\r\n\r\n".encode()
        + data
        + b"\r\n"
        for name, data in files.items()
    ]
    return b"".join(parts) + f"--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


def _text(fragment):
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


def _element(page, tag):
    return _text(re.search(rf"<{tag}\b[^>]*>(.*?)</{tag}>", page, re.DOTALL)[1])


def _added(page):
    """The text of the page's "Added to the store" section, or None."""
    found = re.search(r'<section class="added"[^>]*>(.*?)</section>', page, re.DOTALL)
    return _text(re.sub(r"<style>.*?</style>", "", found[1])) if found else None


def _story_of(db, article_id):
    return next(story for story in api.stories(db) if article_id in story.article_ids)


def _article_count(db):
    return sum(len(story.article_ids) for story in api.stories(db))


# -- #4: a stored story's summary budget --------------------------------------------------------------


def test_a_stored_storys_page_has_a_labelled_get_form_for_its_summary_words(db, encoder):
    # QA6 #4: the page took ?words= but offered no field for it.
    app = make_app(db)
    story = _story_of(db, "bridge-a")
    status, page = call_app(app, "GET", f"/stories/{story.id}", query="words=45")

    assert status == "200 OK"
    form = re.search(rf'<form method="get" action="/stories/{story.id}">(.*?)</form>', page, re.DOTALL)
    assert form, "no GET form to the story's own page"
    # The field is inside its label (no script, no id to match), carries the budget shown and the upload form's limits.
    label = re.search(r"<label>Summary words (<input [^>]*>)</label>", form[1])
    assert label
    field = label[1]
    assert 'type="number"' in field and 'name="words"' in field and 'value="45"' in field
    assert 'min="1"' in field and f'max="{MAX_WORDS}"' in field
    assert re.search(r"\d+ words \(budget 45\)", page)


@pytest.mark.parametrize("words", ["0", "abc", str(MAX_WORDS + 1)])
def test_what_the_words_form_may_send_out_of_range_is_still_a_400(db, words):
    status, page = call_app(
        make_app(db), "GET", f"/stories/{_story_of(db, 'bridge-a').id}", query=f"words={words}"
    )

    assert status == "400 Bad Request"
    assert f"not a whole number from 1 to {MAX_WORDS}" in page


# -- #5: a headline pasted with markup ----------------------------------------------------------------


def test_a_pasted_headline_with_tags_is_the_reports_headline_as_plain_text(encoder):
    # QA6 #5: the headline was lost ("Untitled story", or the summary's first sentence).
    text = (
        "<b>Ferry</b> strike ends <script>x</script> with pay deal\n"
        "The ferry service resumed on Monday after workers accepted a new pay offer, the union said."
    )
    status, page = _post(make_app(None), "/report", articles=text)

    assert status == "200 OK"
    assert _element(page, "h1") == _element(page, "title") == "Ferry strike ends with pay deal"
    assert "No article has a headline" not in page and "Untitled story" not in page
    assert "<b>" not in page and "<script" not in page


def test_a_hostile_pasted_headline_keeps_its_words_and_no_markup(encoder):
    text = (
        '<img src=x onerror=alert(1)>Harbour "crane" collapse </title><script>alert(2)</script> injures two\n'
        "A crane collapsed at Portmoor harbour on Friday, injuring two dock workers, police said."
    )
    status, page = _post(make_app(None), "/report", articles=text)

    assert status == "200 OK"
    assert _element(page, "h1") == 'Harbour "crane" collapse injures two'
    assert "<img" not in page and "<script" not in page and page.count("</title>") == 1


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # Entities of a line with markup are read; in a line without any, what was typed is kept.
        (
            "<em>Q&amp;A</em>: what the bridge closure means\nThe bridge shut on Monday.",
            "Q&A: what the bridge closure means",
        ),
        (
            "AT&amp;T and Verizon sign mast deal\nThe two carriers agreed on Monday.",
            "AT&amp;T and Verizon sign mast deal",
        ),
        # A "<" that opens no tag is text.
        (
            "Profits <5% as costs climb at Brannock mill\nThe mill reported on Monday.",
            "Profits <5% as costs climb at Brannock mill",
        ),
        # A title: header is the headline too.
        (
            "title: <i>Kessel Street</i> bridge reopens\n\nThe bridge reopened on Friday.",
            "Kessel Street bridge reopens",
        ),
        # Several articles pasted: each part's headline.
        (
            "<b>Bridge</b> shut for repairs in Brannock\nThe bridge shut on Monday.\n|||||\n"
            "<b>Bridge</b> shut for repairs in Brannock\nIt closed after cracks were found.",
            "Bridge shut for repairs in Brannock",
        ),
    ],
)
def test_a_pasted_headline_is_read_as_plain_text(text, title):
    assert {article.title for article in read_pasted(text).articles} == {title}


def test_a_first_line_of_only_markup_is_no_headline():
    (article,) = read_pasted(
        "<br><hr>\nThe bridge shut on Monday after cracks were found in its girders."
    ).articles

    assert article.title is None


# -- #12: adding an upload or a paste to the store ------------------------------------------------------


def test_the_upload_form_offers_to_store_the_articles_only_with_a_database(db):
    _, with_db = call_app(make_app(db), "GET", "/")
    _, without = call_app(make_app(None), "GET", "/")

    box = re.search(
        r'<label><input type="checkbox" name="store" value="yes">\s*Add these articles to the store</label>',
        with_db,
    )
    assert box, "no unticked store box in a labelled checkbox"
    assert 'name="store"' not in without and "to the store" not in without


def test_a_paste_added_to_the_store_joins_its_story_as_storyweave_ingest_adds_it(
    db, ingested, tmp_path, encoder
):
    # QA6 #12: an upload or a paste could not grow a stored story.
    by_cli = copy_of(ingested, tmp_path / "cli")  # a twin of the store, for `storyweave ingest`
    (tmp_path / "pasted.txt").write_text(BRIDGE_PASTE)
    cli = api.ingest_files([tmp_path / "pasted.txt"], by_cli, progress=False)

    status, page = _post(make_app(db), "/report", articles=BRIDGE_PASTE, store="yes")

    assert status == "200 OK"
    bridge = _story_of(db, "bridge-a")
    assert len(bridge.article_ids) == 3 and _story_of(db, "pasted").id == bridge.id
    # The same grouping, counts and headline as `storyweave ingest` of the same text.
    twin = _story_of(by_cli, "pasted")
    assert (twin.id, len(twin.article_ids), twin.headline) == (bridge.id, 3, bridge.headline)
    assert cli.stored.added == 1 and not cli.problems
    added = _added(page)
    assert (
        "Added to the store: 1 added (0 near-duplicates), 0 already stored, 0 repeated in the input, 0 skipped."
        in added
    )
    assert re.search(
        rf'<a href="/stories/{bridge.id}">{re.escape(html.escape(bridge.headline, quote=False))}</a>', page
    )
    assert f"{bridge.id}: 1 of these articles, 3 in all" in added
    # The report is the paste's, under the links.
    assert _element(page, "h1") == "Kessel Street bridge to stay shut for eight weeks"


def test_the_same_paste_stored_again_is_left_alone_and_still_links_its_story(db, encoder):
    app = make_app(db)
    _post(app, "/report", articles=BRIDGE_PASTE, store="yes")
    count = _article_count(db)

    status, page = _post(app, "/report", articles=BRIDGE_PASTE, store="yes")

    assert status == "200 OK" and _article_count(db) == count
    assert "0 added (0 near-duplicates), 1 already stored" in _added(page)
    assert f'<a href="/stories/{_story_of(db, "bridge-a").id}">' in page


def test_a_second_paste_stored_under_a_taken_id_links_its_own_story(db, encoder):
    # Every paste's article is "pasted": the store renames the second, and the page still links the story
    # its text joined, not the story of the first paste.
    app = make_app(db)
    _post(app, "/report", articles=BRIDGE_PASTE, store="yes")
    zoo = (
        "source: Ferndale Weekly\n\nTwo red panda cubs born at Ferndale Zoo in March will go on show to "
        "visitors in June, keepers said on Thursday."
    )

    status, page = _post(app, "/report", articles=zoo, store="yes")

    assert status == "200 OK"
    zoo_story, bridge_story = _story_of(db, "zoo-a"), _story_of(db, "bridge-a")
    assert "pasted-2" in zoo_story.article_ids
    assert (
        f'<a href="/stories/{zoo_story.id}">' in page and f'<a href="/stories/{bridge_story.id}">' not in page
    )


def test_without_the_box_ticked_nothing_is_stored(db, encoder):
    status, page = _post(make_app(db), "/report", articles=BRIDGE_PASTE)

    assert status == "200 OK" and _article_count(db) == len(STORED) and _added(page) is None


def test_a_bad_file_beside_good_ones_is_counted_skipped_and_linked_to_skipped_input(db, encoder):
    body, content_type = _multipart({"post.txt": BRIDGE_PASTE.encode(), "scan.pdf": b"%PDF-1.7"}, store="yes")
    status, page = call_app(make_app(db), "POST", "/report", body=body, content_type=content_type, **OWN_PAGE)

    assert status == "200 OK"
    assert "1 added (0 near-duplicates), 0 already stored, 0 repeated in the input, 1 skipped." in _added(
        page
    )
    assert '<a href="#problems">1 skipped</a>' in page and 'id="problems"' in page
    assert "scan.pdf: unsupported file type" in _text(page)
    assert len(_story_of(db, "post").article_ids) == 3


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "https://evil.example", "HTTP_SEC_FETCH_SITE": "cross-site"},
        {"HTTP_REFERER": "https://evil.example/page"},
        {},  # no origin at all: a script, not a browser
    ],
)
def test_adding_to_the_store_from_another_site_is_a_403_and_stores_nothing(db, headers):
    status, page = _post(make_app(db), "/report", headers=headers, articles=BRIDGE_PASTE, store="yes")

    assert status == "403 Forbidden"
    assert "storyweave ingest" in page
    assert _article_count(db) == len(STORED)


def test_adding_to_the_store_of_a_server_without_a_database_is_refused():
    status, page = _post(make_app(None), "/report", articles=BRIDGE_PASTE, store="yes")

    assert status == "422 Unprocessable Content"
    assert "This server keeps no stories" in page
    assert 'name="store"' not in page  # the form shown again still has no box


def test_a_database_that_cannot_be_written_gets_the_report_and_why_nothing_was_added(
    db, monkeypatch, encoder
):
    def busy(batch, path, lines=()):
        raise StoryweaveError(f"{path}: cannot write the database (database is locked)")

    monkeypatch.setattr(api, "add_to_store", busy)
    status, page = _post(make_app(db), "/report", articles=BRIDGE_PASTE, store="yes")

    assert status == "409 Conflict"
    assert "Not added to the store: cannot write the database (database is locked)" in _added(page)
    assert str(db) not in page  # the server's path stays out of the page
    assert _element(page, "h1") == "Kessel Street bridge to stay shut for eight weeks"


def test_hostile_headlines_of_stored_stories_stay_text_on_the_added_page(db, encoder):
    # A JSONL title is read as it is: the story it starts is headed by it, and the page must show it as text.
    line = {
        "id": "evil",
        "title": '<script>alert(1)</script><img src=x onerror=alert(2)> Crane "collapse" &amp; fire',
        "source": "</li><b>Outlet</b>",
        "text": "A crane collapsed at Portmoor harbour on Friday and set fire to a warehouse, police said.",
    }
    status, page = _post(make_app(db), "/report", articles=json.dumps(line), store="yes")

    assert status == "200 OK"
    assert "<script" not in page and "<img" not in page and "<b>Outlet" not in page
    story = _story_of(db, "evil")
    assert story.headline == line["title"]
    assert f'<a href="/stories/{story.id}">{markupsafe.escape(story.headline)}</a>' in page
