"""Correcting the grouping from a stored story's page: the merge and move forms, and who may post them."""

import http.client
import threading
import urllib.parse
from functools import partial

import pytest
from store.conftest import make_read_only

from storyweave import api
from storyweave.serve.app import make_app_server

from .test_app import STORED


@pytest.fixture
def server(db):
    """The server's port, with ``db`` to correct."""
    server = make_app_server("127.0.0.1", 0, db)
    # A short poll: shutdown() waits for it, once per test.
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    thread.start()
    try:
        yield server.server_port
    finally:
        server.shutdown()
        thread.join()
        server.server_close()


def _story_of(db, article_id):
    return next(story.id for story in api.stories(db) if article_id in story.article_ids)


def _grouping(db):
    return sorted(story.article_ids for story in api.stories(db))


def _request(port, method, path, fields=None, headers=None):
    """Status, headers and body text of a request (a form posted url-encoded, as a browser's form is)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    body = urllib.parse.urlencode(fields) if fields is not None else None
    sent = {"Content-Type": "application/x-www-form-urlencoded"} if fields is not None else {}
    try:
        connection.request(method, path, body=body, headers={**sent, **(headers or {})})
        response = connection.getresponse()
        return response.status, response.headers, response.read().decode()
    finally:
        connection.close()


def _from_page(port):
    """The headers a browser sends with a form posted from one of this server's pages."""
    return {"Origin": f"http://127.0.0.1:{port}", "Sec-Fetch-Site": "same-origin"}


def test_a_stored_storys_page_has_the_correction_forms_and_a_pasted_report_has_none(server, db):
    fire = _story_of(db, "fire-a")
    _, _, page = _request(server, "GET", f"/stories/{fire}")
    assert f'<form method="post" action="/stories/{fire}/merge">' in page
    assert f'<form method="post" action="/stories/{fire}/move">' in page
    assert "join the oldest" in page
    assert "<script" not in page.replace("&lt;script", "")  # still no scripts
    _, _, report = _request(server, "POST", "/report", {"articles": STORED[0].text})
    assert "/merge" not in report and "/move" not in report


def test_merging_from_the_newer_storys_page_goes_to_the_merged_story_and_the_list_shows_one(server, db):
    fire, vote = _story_of(db, "fire-a"), _story_of(db, "vote-a")
    assert fire < vote

    # The page's own id typed again is named once, not an error.
    status, headers, _ = _request(
        server, "POST", f"/stories/{vote}/merge", {"stories": f"{fire}, {vote}"}, _from_page(server)
    )

    assert (status, headers["Location"]) == (303, f"/stories/{fire}?done=merge")
    assert _grouping(db) == [("fire-a", "fire-b", "vote-a", "vote-b")]
    _, _, page = _request(server, "GET", headers["Location"])
    assert '<p class="done" role="status">Merged: the stories are one now' in page
    _, _, listing = _request(server, "GET", "/stories")
    assert "Stories 1–1 of 1" in listing
    # Merged away: its address leads to the merged story.
    status, headers, _ = _request(server, "GET", f"/stories/{vote}")
    assert (status, headers["Location"]) == (302, f"/stories/{fire}?merged={vote}")


def test_moving_an_article_to_a_new_story_goes_to_it(server, db):
    fire = _story_of(db, "fire-a")

    # Referer alone (no Origin, no Sec-Fetch-Site) names the page too.
    status, headers, _ = _request(
        server,
        "POST",
        f"/stories/{fire}/move",
        {"article": "fire-b", "to": "new"},
        {"Referer": f"http://127.0.0.1:{server}/stories/{fire}"},
    )

    alone = _story_of(db, "fire-b")
    assert alone != fire
    assert (status, headers["Location"]) == (303, f"/stories/{alone}?done=move")
    assert _grouping(db) == [("fire-a",), ("fire-b",), ("vote-a", "vote-b")]
    _, _, page = _request(server, "GET", headers["Location"])
    assert "Moved: the article is in this story now, with its original or copies if it has any." in page

    # And back, into a story named by id.
    status, headers, _ = _request(
        server, "POST", f"/stories/{alone}/move", {"article": "fire-b", "to": fire}, _from_page(server)
    )
    assert (status, headers["Location"]) == (303, f"/stories/{fire}?done=move")


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "http://evil.example"},
        {"Origin": "http://evil.example", "Sec-Fetch-Site": "cross-site"},
        {"Origin": "null"},  # a sandboxed frame or a local file
        {"Origin": "http://127.0.0.1:1"},  # another server on this machine
        {"Origin": "https://127.0.0.1:{port}"},
        {"Origin": "http://localhost:{port}"},  # not the name this request was sent to
        {"Origin": "http://127.0.0.1:{port}", "Sec-Fetch-Site": "same-site"},
        {"Referer": "http://evil.example/stories/s0001"},
        {"Sec-Fetch-Site": "cross-site"},
        {"Origin": "http://127.0.0.1:{port}x"},
        {"Origin": "null", "Sec-Fetch-Site": "cross-site"},  # a form posted from a file:// page
        {"Origin": "http://127.0.0.1:{port}@evil.example"},
        # URLs no browser sends, whose host urlsplit reads as this server's and a browser as evil.example's.
        {"Origin": "http://evil.example@127.0.0.1:{port}"},
        {"Referer": "http://evil.example\\@127.0.0.1:{port}/stories/s0001"},
        {"Referer": "http://evil.example/?from=http://127.0.0.1:{port}/"},
        {"Origin": "http://127.0.0.1:{port}", "Sec-Fetch-Site": "same-origin, cross-site"},  # sent twice
    ],
)
def test_a_correction_posted_from_another_site_is_a_403_and_changes_nothing(server, db, headers):
    fire, vote = _story_of(db, "fire-a"), _story_of(db, "vote-a")
    before = _grouping(db)
    sent = {name: value.format(port=server) for name, value in headers.items()}

    merge = _request(server, "POST", f"/stories/{fire}/merge", {"stories": vote}, sent)
    move = _request(server, "POST", f"/stories/{fire}/move", {"article": "fire-b", "to": "new"}, sent)

    for status, _, page in (merge, move):
        assert status == 403
        assert "must be posted from this server&#39;s own page" in page
    assert _grouping(db) == before


def test_a_correction_naming_no_origin_is_a_403_that_points_to_the_command_line(server, db):
    # What curl sends by default: no browser posts a form without Origin or Sec-Fetch-Site.
    before = _grouping(db)
    fire, vote = _story_of(db, "fire-a"), _story_of(db, "vote-a")
    status, _, page = _request(server, "POST", f"/stories/{fire}/merge", {"stories": vote})
    assert status == 403
    assert "storyweave merge or storyweave move" in page
    assert _grouping(db) == before
    # The report form changes nothing and keeps answering such a request.
    assert _request(server, "POST", "/report", {"articles": STORED[0].text})[0] == 200


@pytest.mark.parametrize(
    ("action", "fields", "message"),
    [
        ("merge", {"stories": "s9999"}, "no story &#39;s9999&#39;"),
        ("merge", {"stories": ""}, "Name the story (or stories) to merge into this one"),
        ("move", {"article": "nope", "to": "new"}, "no article &#39;nope&#39;"),
        ("move", {"article": "fire-b", "to": "s9999"}, "no story &#39;s9999&#39;"),
        ("move", {"article": "fire-a", "to": "{fire}"}, "is in story"),
    ],
)
def test_a_refused_correction_shows_the_page_again_with_the_apis_reason(server, db, action, fields, message):
    fire = _story_of(db, "fire-a")
    before = _grouping(db)
    posted = {name: value.format(fire=fire) for name, value in fields.items()}

    status, _, page = _request(server, "POST", f"/stories/{fire}/{action}", posted, _from_page(server))

    assert status == 422
    assert '<p class="error" role="alert">' in page and message in page
    assert "Wrenport &lt;Gazette&gt;" in page  # the story's report, as it was
    assert _grouping(db) == before


@pytest.mark.parametrize(
    ("action", "fields"), [("merge", {"stories": "{fire}"}), ("move", {"article": "fire-b", "to": "new"})]
)
def test_a_correction_on_an_unknown_storys_page_is_a_404(server, db, action, fields):
    # The move was made from such a page (the merge was refused).
    fire = _story_of(db, "fire-a")
    before = _grouping(db)
    posted = {name: value.format(fire=fire) for name, value in fields.items()}
    status, _, page = _request(server, "POST", f"/stories/s9999/{action}", posted, _from_page(server))
    assert status == 404 and "no story &#39;s9999&#39;" in page
    assert _grouping(db) == before


@pytest.mark.parametrize(
    ("action", "fields"), [("merge", {"stories": "{fire}"}), ("move", {"article": "fire-b", "to": "new"})]
)
def test_a_correction_on_a_merged_away_storys_page_is_a_404_that_says_where_it_went(
    server, db, action, fields
):
    fire, vote = _story_of(db, "fire-a"), _story_of(db, "vote-a")
    api.merge_stories(db, [fire, vote])
    kept, gone = sorted([fire, vote])
    before = _grouping(db)
    posted = {name: value.format(fire=kept) for name, value in fields.items()}
    status, _, page = _request(server, "POST", f"/stories/{gone}/{action}", posted, _from_page(server))
    assert status == 404 and f"no story &#39;{gone}&#39; (merged into {kept})" in page
    assert _grouping(db) == before


def test_hostile_ids_are_escaped_in_the_message_and_the_form(server, db):
    fire = _story_of(db, "fire-a")
    hostile = '"><script>alert(1)</script>'
    merge = _request(server, "POST", f"/stories/{fire}/merge", {"stories": hostile}, _from_page(server))
    move = _request(
        server, "POST", f"/stories/{fire}/move", {"article": hostile, "to": hostile}, _from_page(server)
    )
    for status, _, page in (merge, move):
        assert status == 422
        assert "<script>alert(1)" not in page
        assert 'value="&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' in page


def test_a_read_only_database_is_the_apis_reason_not_a_500(server, db, monkeypatch):
    fire, vote = _story_of(db, "fire-a"), _story_of(db, "vote-a")
    before = _grouping(db)
    make_read_only(monkeypatch)

    merge = _request(server, "POST", f"/stories/{fire}/merge", {"stories": vote}, _from_page(server))
    move = _request(
        server, "POST", f"/stories/{fire}/move", {"article": "fire-b", "to": "new"}, _from_page(server)
    )

    for status, _, page in (merge, move):
        assert status == 409
        assert "cannot write to the database" in page and "Wrenport &lt;Gazette&gt;" in page
    monkeypatch.undo()
    assert _grouping(db) == before


@pytest.mark.parametrize("method", ["GET", "HEAD", "PUT"])
@pytest.mark.parametrize("action", ["merge", "move"])
def test_a_correction_is_posted_only(server, db, method, action):
    status, headers, _ = _request(server, method, f"/stories/{_story_of(db, 'fire-a')}/{action}")
    assert (status, headers["Allow"]) == (405, "POST")


def test_origin_null_beside_sec_fetch_site_same_origin_is_the_servers_own_page(server, db):
    # What a browser posts from this server's own page under a "no-referrer" referrer policy: no Referer,
    # and "Origin: null" (Fetch, "append a request Origin header").
    fire = _story_of(db, "fire-a")
    headers = {"Origin": "null", "Sec-Fetch-Site": "same-origin"}

    status, _, _ = _request(
        server, "POST", f"/stories/{fire}/move", {"article": "fire-b", "to": "new"}, headers
    )

    assert status == 303
    assert _grouping(db) == [("fire-a",), ("fire-b",), ("vote-a", "vote-b")]


def test_new_is_read_in_any_case(server, db):
    fire = _story_of(db, "fire-a")
    posted = {"article": "fire-b", "to": " New "}

    status, headers, _ = _request(server, "POST", f"/stories/{fire}/move", posted, _from_page(server))

    assert (status, headers["Location"]) == (303, f"/stories/{_story_of(db, 'fire-b')}?done=move")
    assert _grouping(db) == [("fire-a",), ("fire-b",), ("vote-a", "vote-b")]


def test_the_pages_with_forms_forbid_scripts_and_framing_and_parse_as_html5(server, db):
    html5lib = pytest.importorskip("html5lib")
    fire = _story_of(db, "fire-a")
    hostile = '</p><form action="http://evil.example"><script>x</script>'
    pages = [
        _request(server, "GET", f"/stories/{fire}?done=merge"),
        _request(server, "POST", f"/stories/{fire}/merge", {"stories": hostile}, _from_page(server)),
        _request(server, "POST", f"/stories/{fire}/merge", {"stories": "s0002"}, {"Origin": "null"}),
    ]

    for _, headers, page in pages:
        policy = headers["Content-Security-Policy"]
        # Another site framing a story's page could lead the user's clicks onto its forms.
        assert "frame-ancestors 'none'" in policy
        assert "default-src 'none'" in policy and "script-src" not in policy
        assert "<script>" not in page and 'action="http://evil.example"' not in page
        parser = html5lib.HTMLParser(strict=False)
        parser.parse(page)
        assert parser.errors == []
    assert [status for status, _, _ in pages] == [200, 422, 403]


def test_a_double_submitted_or_stale_form_is_refused_with_the_reason(server, db):
    fire, vote = _story_of(db, "fire-a"), _story_of(db, "vote-a")
    merge = partial(_request, server, "POST", f"/stories/{vote}/merge", {"stories": fire}, _from_page(server))
    move = partial(
        _request,
        server,
        "POST",
        f"/stories/{fire}/move",
        {"article": "fire-b", "to": "new"},
        _from_page(server),
    )

    assert merge()[0] == move()[0] == 303
    after = _grouping(db)

    # The merged-away story's page, posted again: its id is gone, and the reason says where it went.
    status, _, page = merge()
    assert status == 404 and f"no story &#39;{vote}&#39; (merged into {fire})" in page
    status, _, page = move()
    assert status == 422 and "no article &#39;fire-b&#39; in this story" in page
    assert _grouping(db) == after


def test_a_server_on_every_address_with_a_database_warns_that_anyone_may_correct_it(db, caplog):
    caplog.set_level("WARNING", logger="storyweave.serve.app")
    for host in ("127.0.0.1", "0.0.0.0"):
        make_app_server(host, 0, db).server_close()

    warned = [record.getMessage() for record in caplog.records]
    assert len(warned) == 1 and "answering every host name on 0.0.0.0" in warned[0]
    assert "DNS rebinding" in warned[0] and "correct the stories" in warned[0]
