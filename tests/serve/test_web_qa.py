"""Web UI fixes from a QA pass: the summary budget, an upload too large, a merged story's address, the move form."""

import datetime as dt
import html
import http.client
import urllib.parse

import pytest

from storyweave import api
from storyweave.model import Article
from storyweave.serve import app as app_module
from storyweave.serve.app import make_app

from .conftest import answer_of, call_app, serving

FIRE = "A fire destroyed the Pier 7 warehouse in Wrenport late on Tuesday night, officials said."
STORED = (
    Article(
        "fire-a", f"{FIRE} Crews fought the blaze for six hours.", date=dt.date(2024, 3, 5), source="Gazette"
    ),
    # The same text from another outlet: a near-duplicate copy of fire-a, in its story.
    Article(
        "fire-copy", f"{FIRE} Crews fought the blaze for six hours.", date=dt.date(2024, 3, 5), source="MSN"
    ),
    Article(
        "fire-b",
        "Fire destroyed a warehouse at Pier 7 in Wrenport on Tuesday night. Crews fought it for six hours.",
        date=dt.date(2024, 3, 6),
        source="Harbor Daily",
    ),
    Article(
        "vote-a",
        "The Lakeside city council voted 5 to 2 on Monday to approve a new budget for road repairs.",
        date=dt.date(2024, 4, 1),
        source="Lakeside News",
    ),
    Article(
        "vote-b",
        "Lakeside's council approved the road repair budget on Monday in a 5-2 vote.",
        date=dt.date(2024, 4, 2),
        source="Valley Post",
    ),
)


@pytest.fixture
def port(db):
    with serving(db) as url:
        yield int(url.rsplit(":", 1)[1])


def _request(port, method, path, body=None, headers=None):
    """Status and page of a request, posted as from one of the server's own pages."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    own = {"Origin": f"http://127.0.0.1:{port}", "Sec-Fetch-Site": "same-origin"}
    try:
        connection.request(method, path, body=body, headers={**own, **(headers or {})})
        response = connection.getresponse()
        return response.status, response.read().decode()
    finally:
        connection.close()


def _post_form(port, path, **fields):
    body = urllib.parse.urlencode(fields)
    return _request(port, "POST", path, body, {"Content-Type": "application/x-www-form-urlencoded"})


def _story_of(db, article_id):
    return next(story.id for story in api.stories(db) if article_id in story.article_ids)


def _grouping(db):
    return sorted(story.article_ids for story in api.stories(db))


@pytest.mark.parametrize("words", ["0", "-3", "abc", "5000", "1.5"])
def test_a_summary_budget_out_of_range_is_a_422_naming_the_range(port, words):
    # QA: 0, -3, abc and 5000 were silently read as 120.
    status, page = _post_form(port, "/report", articles=FIRE, words=words)

    assert status == 422
    assert f"Summary words: &#39;{html.escape(words)}&#39; is not a whole number from 1 to 2000." in page
    assert '<form method="post" action="/report"' in page and FIRE in page  # the text, to send again


@pytest.mark.parametrize("words", ["", "007"])
def test_an_empty_budget_is_the_default_and_leading_zeros_are_a_number(port, words):
    status, page = _post_form(port, "/report", articles=f"{FIRE}\n|||||\n{STORED[2].text}", words=words)

    assert status == 200 and "Pier 7" in page


def _multipart_upload(name, size):
    boundary = "qaBoundary"
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="words"\r\n\r\n60\r\n'
        f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{name}"\r\n\r\n'
    ).encode()
    body = head + b"x" * size + f"\r\n--{boundary}--\r\n".encode()
    return body, {"Content-Type": f"multipart/form-data; boundary={boundary}"}


def test_an_upload_over_the_limit_gets_a_page_naming_the_file_and_the_limit(port):
    # QA: a bare 82-byte page, no link back, no file name (and a browser, sending the whole body, got a
    # broken connection rather than even that).
    body, headers = _multipart_upload("big <feed>.jsonl", app_module.MAX_BODY_BYTES + 10)

    status, page = _request(port, "POST", "/report", body, headers)

    assert status == 413
    assert (
        f"{len(body):,} bytes were sent (big &lt;feed&gt;.jsonl: {app_module.MAX_BODY_BYTES + 10:,} bytes)"
        in page
    )
    assert f"the limit is {app_module.MAX_BODY_BYTES:,} bytes of files and text in all" in page
    assert '<a href="/">storyweave</a>' in page and '<a href="/stories">Stored stories</a>' in page


@pytest.mark.parametrize("method", ["GET", "HEAD"])
def test_a_merged_storys_address_redirects_to_the_story_it_went_into_which_says_so(db, method):
    # It was a 404 linking the story; the command line's report --story follows the id.
    app = make_app(db)
    kept, gone = sorted([_story_of(db, "fire-a"), _story_of(db, "vote-a")])
    api.merge_stories(db, [kept, gone])

    status, headers, _ = answer_of(app, method, f"/stories/{gone}")

    assert status == "302 Found"
    assert headers["Location"] == f"/stories/{kept}?merged={gone}"
    path, _, query = headers["Location"].partition("?")
    status, page = call_app(app, "GET", path, query=query)
    assert status == "200 OK" and "Pier 7" in page and "road repairs" in page
    assert f"Story {gone} no longer exists: its articles are in this story now" in page
    assert str(db.parent) not in page


def test_the_redirect_keeps_the_summary_budget(db):
    kept, gone = sorted([_story_of(db, "fire-a"), _story_of(db, "vote-a")])
    api.merge_stories(db, [kept, gone])

    _, headers, _ = answer_of(make_app(db), "GET", f"/stories/{gone}", query="words=45")

    assert headers["Location"] == f"/stories/{kept}?words=45&merged={gone}"


def test_a_story_emptied_by_a_move_redirects_to_where_its_article_went(db):
    fire, vote = _story_of(db, "fire-a"), _story_of(db, "vote-a")
    api.move_article(db, "vote-a", fire)
    api.move_article(db, "vote-b", fire)

    status, headers, _ = answer_of(make_app(db), "GET", f"/stories/{vote}")

    assert (status, headers["Location"]) == ("302 Found", f"/stories/{fire}?merged={vote}")


def test_an_id_no_story_ever_had_stays_a_404_and_no_page_claims_a_merge_that_was_not(db):
    app = make_app(db)
    fire, vote = _story_of(db, "fire-a"), _story_of(db, "vote-a")

    status, headers, page = answer_of(app, "GET", "/stories/s9999")
    assert status == "404 Not Found" and "Location" not in headers
    assert "no story &#39;s9999&#39;" in page and "merged into" not in page
    # A hand-made "merged" naming a live story, or an unknown id, says nothing.
    for merged in (vote, "s9999"):
        status, page = call_app(app, "GET", f"/stories/{fire}", query=f"merged={merged}")
        assert status == "200 OK" and "no longer exists" not in page


def test_an_unknown_storys_page_and_a_correction_refused_show_no_server_path(port, db):
    fire = _story_of(db, "fire-a")

    unknown = _request(port, "GET", "/stories/s9999")
    refused = _post_form(port, f"/stories/{fire}/move", article="fire-b", to="s9999")

    assert unknown[0] == 404 and "no story &#39;s9999&#39;" in unknown[1] and "merged into" not in unknown[1]
    assert refused[0] == 422 and "no story &#39;s9999&#39;" in refused[1]
    assert all(str(db.parent) not in page for _, page in (unknown, refused))


def test_the_merge_forms_reason_is_worded_for_the_page(port, db):
    # QA: "name two or more stories to merge" is the command line's wording; the page names one already.
    fire = _story_of(db, "fire-a")

    status, page = _post_form(port, f"/stories/{fire}/merge", stories=f" {fire} ")

    assert status == 422
    assert "Name the story (or stories) to merge into this one: their ids, such as s0002." in page
    assert "name two or more stories to merge" not in page


def test_the_move_form_of_a_story_moves_only_that_storys_articles(port, db):
    # QA: the form on s0003's page moved article j1 of s0001 to a new story.
    fire, vote = _story_of(db, "fire-a"), _story_of(db, "vote-a")
    before = _grouping(db)

    status, page = _post_form(port, f"/stories/{fire}/move", article="vote-a", to="new")

    assert status == 422
    assert "There is no article &#39;vote-a&#39; in this story" in page
    assert "use the form on that story&#39;s page" in page
    assert _grouping(db) == before
    # From its own story's page it moves.
    assert _post_form(port, f"/stories/{vote}/move", article="vote-a", to="new")[0] == 303


def test_a_near_duplicate_copy_of_the_story_may_be_moved_from_its_page(port, db):
    # The report leaves the copy out, but it is the story's: it moves with its original.
    fire = _story_of(db, "fire-a")
    assert _story_of(db, "fire-copy") == fire

    status, _ = _post_form(port, f"/stories/{fire}/move", article="fire-copy", to="new")

    assert status == 303
    moved = _story_of(db, "fire-a")
    assert moved != fire and _story_of(db, "fire-copy") == moved
