"""The web UI through a real HTTP server on loopback (a free port, started and stopped by the test)."""

import dataclasses
import datetime as dt
import http.client
import json
import logging
import re
import urllib.error
import urllib.parse
import urllib.request

import pytest
from click.testing import CliRunner

from storyweave import api
from storyweave.cli import main
from storyweave.model import Article, Batch
from storyweave.render import render
from storyweave.serve import app as app_module
from storyweave.store import DEFAULT_DB

from .conftest import serving

ARTICLES = (
    "A fire destroyed the Pier 7 warehouse in Wrenport late on Tuesday night, officials said. "
    "Fire Chief Ana Ruiz said crews fought the blaze for six hours.\n|||||\n"
    "Fire destroyed a warehouse at Pier 7 in Wrenport on Tuesday night, officials said. "
    "A reader wrote <script>alert(1)</script> under the story."
)

# Two stories of two outlets each; headline, outlet and body carry markup that must come out as text.
STORED = (
    Article(
        "fire-a",
        "A fire destroyed the Pier 7 warehouse in Wrenport late on Tuesday night, officials said. "
        "Fire Chief Ana Ruiz said crews fought the blaze for six hours.",
        title="Fire destroys Pier 7 <b>warehouse</b>",
        date=dt.date(2024, 3, 5),
        source="Wrenport <Gazette>",
    ),
    Article(
        "fire-b",
        "Fire destroyed a warehouse at Pier 7 in Wrenport on Tuesday night, officials said. "
        "A reader wrote <script>alert(1)</script> under the story. Crews fought the blaze for six hours.",
        title="Warehouse fire at Pier 7",
        date=dt.date(2024, 3, 6),
        source="Harbor Daily",
    ),
    Article(
        "vote-a",
        "The Lakeside city council voted 5 to 2 on Monday to approve a new budget for road repairs. "
        "Mayor Tom Berg said the repairs would start in May.",
        title="Lakeside council approves road budget",
        date=dt.date(2024, 4, 1),
        source="Lakeside News",
    ),
    Article(
        "vote-b",
        "Lakeside's council approved the road repair budget on Monday in a 5-2 vote. "
        "The mayor said work starts in May.",
        title="Road repair budget passes",
        date=dt.date(2024, 4, 2),
        source="Valley Post",
    ),
)


@pytest.fixture(scope="module")
def base_url():
    with serving() as url:
        yield url


@pytest.fixture(scope="module")
def stored_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("store") / "news.db"
    api.ingest(Batch(STORED), db, progress=False)
    return db


@pytest.fixture(scope="module")
def stories(stored_db):
    """Story id by its first article's id."""
    return {story.article_ids[0]: story.id for story in api.stories(stored_db)}


@pytest.fixture(scope="module")
def db_url(stored_db):
    with serving(stored_db) as url:
        yield url


def _post(url, **fields):
    data = urllib.parse.urlencode(fields).encode()
    return urllib.request.urlopen(urllib.request.Request(url, data=data), timeout=60)


def _get(url):
    response = urllib.request.urlopen(url, timeout=60)
    return response, response.read().decode()


def _error(url):
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(url, timeout=60)
    return caught.value.code, caught.value.read().decode(), caught.value.headers


_LINKS = re.compile(r"\n<nav>.*?</nav>")
# A stored story's correction forms, after the links (tests/serve/test_corrections.py).
_CORRECTIONS = re.compile(r"\n<section class=\"corrections\".*?</section>")


def _without_links(page):
    """The report page as ``storyweave report --format html`` writes it: without the UI's links on top."""
    page = _CORRECTIONS.sub("", page, count=1)
    (links,) = _LINKS.findall(page)
    assert re.search(r"<body\b[^>]*>" + re.escape(links), page)  # first thing in the body
    return page.replace(links, "", 1)


def test_report_pages_link_back_to_the_form_and_the_stored_stories(base_url, db_url, stories, encoder):
    # QA: a stored story's report page was a dead end (no link back to the story list or the form).
    _, story_page = _get(f"{db_url}/stories/{stories['fire-a']}")
    pasted_page = _post(base_url + "/report", articles=ARTICLES, words="60").read().decode()

    assert _LINKS.findall(story_page) == [
        '\n<nav><a href="/">New report</a> · <a href="/stories">Stored stories</a></nav>'
    ]
    assert _LINKS.findall(pasted_page) == ['\n<nav><a href="/">New report</a></nav>']  # no database


def test_form_page(base_url):
    page = urllib.request.urlopen(base_url + "/", timeout=10).read().decode()
    assert '<form method="post" action="/report" enctype="multipart/form-data">' in page
    assert "/stories" not in page and "database" not in page.lower()


def test_pasted_articles_get_an_escaped_cross_checked_report(base_url, encoder):
    response = _post(base_url + "/report", articles=ARTICLES, words="60")
    page = response.read().decode()
    assert response.status == 200
    assert "Pier 7" in page and "Sources" in page
    assert "<script>alert(1)" not in page
    assert "default-src 'none'" in response.headers["Content-Security-Policy"]


def test_nothing_to_read_is_a_422_with_the_form_again(base_url):
    with pytest.raises(urllib.error.HTTPError) as caught:
        _post(base_url + "/report", articles="   ", words="60")
    assert caught.value.code == 422
    page = caught.value.read().decode()
    # QA: it said "no readable articles; pasted: empty file" to someone who had pasted nothing.
    assert "Nothing to read: choose the articles&#39; files, or paste their text." in page
    assert "empty file" not in page


def test_unknown_path_is_404(base_url):
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(base_url + "/nope", timeout=10)
    assert caught.value.code == 404


def test_stories_are_404_without_a_database(base_url):
    assert _error(base_url + "/stories")[0] == 404
    assert _error(base_url + "/stories/s0001")[0] == 404


def test_form_page_links_to_the_stored_stories(db_url):
    _, page = _get(db_url + "/")
    assert '<a href="/stories">Stored stories</a>' in page
    assert '<form method="post" action="/report" enctype="multipart/form-data">' in page


def test_stories_list_links_every_story_with_its_outlets_escaped(db_url, stories):
    response, page = _get(db_url + "/stories")
    assert "default-src 'none'" in response.headers["Content-Security-Policy"]
    fire, vote = stories["fire-a"], stories["vote-a"]
    assert f'<a href="/stories/{fire}">Fire destroys Pier 7 &lt;b&gt;warehouse&lt;/b&gt;</a>' in page
    assert f'<a href="/stories/{vote}">Lakeside council approves road budget</a>' in page
    assert "Wrenport &lt;Gazette&gt;, Harbor Daily" in page and "Lakeside News, Valley Post" in page
    assert "2024-03-05 – 2024-03-06" in _text(page) and "2024-04-01 – 2024-04-02" in _text(page)
    assert "<b>" not in page and "<Gazette>" not in page
    assert page.index(fire) < page.index(vote)  # in order of creation


def test_the_search_box_ignores_case_and_accents(db_url, stories):
    # A reader may type an accent the headline lacks (and the other way round: tests/store).
    _, page = _get(db_url + "/stories?" + urllib.parse.urlencode({"q": "LAKESÍDE cöuncil"}))
    assert f'href="/stories/{stories["vote-a"]}"' in page
    assert f'href="/stories/{stories["fire-a"]}"' not in page


def test_story_page_is_that_storys_html_report_with_article_markup_escaped(
    db_url, stored_db, stories, encoder
):
    response, page = _get(f"{db_url}/stories/{stories['fire-a']}?words=40")
    assert response.status == 200
    assert "default-src 'none'" in response.headers["Content-Security-Policy"]
    expected = render(api.report(api.story_articles(stored_db, stories["fire-a"]), words=40), "html")
    assert _without_links(page) == expected
    assert "Harbor Daily" in page and "Wrenport &lt;Gazette&gt;" in page
    assert "Lakeside" not in page
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)" in page


# QA: "²" (str.isdigit() takes it, int() does not) and 5,000 digits (int() refuses over 4,300) were a 500; a
# later QA: "?words=5000" then gave the 120-word page without a word. It is refused as the upload form refuses it.
@pytest.mark.parametrize("words", ["99999", "0", "%C2%B2", "9" * 5000, "-5", "1_0", "abc", "%3Cb%3Ex"])
def test_story_page_words_out_of_range_is_a_400_that_says_why(db_url, stories, words):
    code, page, _ = _error(f"{db_url}/stories/{stories['vote-a']}?words={words}")
    assert code == 400
    assert "is not a whole number from 1 to 2000" in page
    assert "<b>" not in page


def test_story_page_with_an_empty_words_field_gives_the_default_budget(db_url, stored_db, stories, encoder):
    response, page = _get(f"{db_url}/stories/{stories['vote-a']}?words=")
    assert response.status == 200
    assert _without_links(page) == render(
        api.report(api.story_articles(stored_db, stories["vote-a"]), words=120), "html"
    )


def test_a_story_page_asked_for_again_is_read_back_not_made_again(db_url, stories, monkeypatch, encoder):
    # The report of a stored story was made on every request (seconds for a big story).
    url = f"{db_url}/stories/{stories['vote-a']}?words=77"
    _, first = _get(url)

    def not_again(*args, **kwargs):
        raise AssertionError("the report was made again")

    monkeypatch.setattr(api, "report", not_again)
    _, second = _get(url)
    assert second == first and "Lakeside" in second


@pytest.mark.parametrize(
    "segment", ["nope", "..%2F..%2Fetc%2Fpasswd", "s0001'%20OR%20'1'%3D'1", "%3Cscript%3Ex", ""]
)
def test_unknown_story_is_a_404_with_the_one_line_error(db_url, segment):
    code, page, headers = _error(f"{db_url}/stories/{segment}")
    assert code == 404
    assert "no story" in page
    assert "<script>x" not in page
    assert "default-src 'none'" in headers["Content-Security-Policy"]


def test_a_missing_database_is_an_error_page_and_is_not_created(tmp_path):
    gone = tmp_path / "gone.db"
    with serving(gone) as url:
        code, page, _ = _error(url + "/stories")
        assert code == 500 and "no such database" in page
        assert _error(url + "/stories/s0001")[0] == 404
    assert not gone.exists()


def test_serve_with_a_missing_database_is_a_one_line_error(tmp_path, caplog):
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "missing.db"), "--port", "0"])
    assert result.exit_code == 1
    (error,) = [record.getMessage() for record in caplog.records if record.levelno >= logging.ERROR]
    assert "missing.db: no such database" in error and "\n" not in error
    assert not (tmp_path / "missing.db").exists()


class _StoppedServer:
    """Stands in for the real server: records its database, then stops at once as Ctrl-C would."""

    server_port = 0

    def __init__(self, host, port, db=None):
        self.db = db
        _StoppedServer.last = self

    def serve_forever(self):
        raise KeyboardInterrupt


def test_serve_browses_the_default_database_only_when_it_exists(tmp_path, monkeypatch):
    monkeypatch.setattr(app_module, "make_app_server", _StoppedServer)
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(main, ["serve"]).exit_code == 0
    assert _StoppedServer.last.db is None
    assert not (tmp_path / DEFAULT_DB).exists()
    api.ingest(Batch(STORED[:2]), DEFAULT_DB, progress=False)
    assert CliRunner().invoke(main, ["serve"]).exit_code == 0
    assert str(_StoppedServer.last.db) == DEFAULT_DB


def _post_raw(url, content_length, body=b""):
    """POST /report with a Content-Length header as given, whatever the body."""
    connection = http.client.HTTPConnection(urllib.parse.urlsplit(url).netloc, timeout=10)
    try:
        connection.putrequest("POST", "/report")
        connection.putheader("Content-Type", "application/x-www-form-urlencoded")
        connection.putheader("Content-Length", content_length)
        connection.endheaders(body)
        response = connection.getresponse()
        return response.status, response.read().decode(), response.headers
    finally:
        connection.close()


@pytest.mark.parametrize("content_length", ["abc", "-1", "+5", "1_0"])
def test_a_bad_content_length_is_a_400_page_without_reading_the_body(base_url, content_length):
    # "-1" used to read to the end of the stream (the connection stays open, so this timed out).
    status, page, headers = _post_raw(base_url, content_length, b"articles=x")
    assert status == 400
    assert "Bad Content-Length" in page
    assert "default-src 'none'" in headers["Content-Security-Policy"]


def test_a_body_over_the_cap_is_still_a_413(base_url):
    size = app_module.MAX_BODY_BYTES + 1
    status, page, _ = _post_raw(base_url, str(size), b"articles=" + b"x" * (size - len(b"articles=")))
    assert status == 413
    assert "Too much to read" in page


def _cluster_line(cluster_id, *texts):
    documents = [{"id": f"{cluster_id}-{n}", "text": text} for n, text in enumerate(texts, 1)]
    return json.dumps({"id": cluster_id, "documents": documents})


def test_a_pasted_cluster_line_is_read_as_its_articles_not_as_prose(base_url, encoder):
    # QA: pasted JSONL was one article of prose, braces and keys included.
    text = _cluster_line("fire", *ARTICLES.split("\n|||||\n"))

    page = _post(base_url + "/report", articles=text, words="60").read().decode()

    assert "Pier 7" in page
    assert "documents" not in page and "fire-2" in page


def _request(url, method, headers=None):
    """Status, headers and body of a ``method`` request (urllib raises on 4xx; http.client does not)."""
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    try:
        connection.request(method, parts.path or "/", headers=headers or {})
        response = connection.getresponse()
        return response.status, response.headers, response.read()
    finally:
        connection.close()


@pytest.mark.parametrize("path", ["/", "/stories", "/stories/{fire}"])
def test_head_is_a_get_without_its_body(db_url, stories, path, encoder):
    # QA: HEAD on every route was a 404.
    url = db_url + path.format(fire=stories["fire-a"])
    status, headers, body = _request(url, "HEAD")
    response, page = _get(url)
    assert (status, body) == (200, b"")
    assert headers["Content-Length"] == str(len(page.encode()))
    assert headers["Content-Type"] == response.headers["Content-Type"]


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        ("POST", "/", "GET, HEAD"),
        ("PUT", "/stories", "GET, HEAD"),
        ("DELETE", "/stories/s0001", "GET, HEAD"),
        ("GET", "/report", "POST"),
        ("HEAD", "/report", "POST"),
    ],
)
def test_a_wrong_method_on_a_route_is_a_405_naming_the_allowed_ones(db_url, method, path, allow):
    # QA: a wrong method on a route was a 404, as if the route did not exist.
    status, headers, _ = _request(db_url + path, method)
    assert (status, headers["Allow"]) == (405, allow)


def test_without_a_database_the_story_routes_stay_404_for_any_method(base_url):
    assert _request(base_url + "/stories", "POST")[0] == 404
    assert _request(base_url + "/stories/s0001", "HEAD")[0] == 404


@pytest.mark.parametrize(
    ("host", "status"),
    [
        ("localhost:{port}", 200),
        ("LOCALHOST.:{port}", 200),
        ("127.0.0.1", 200),
        ("[::1]:{port}", 200),
        ("attacker.example:{port}", 400),
        ("127.0.0.1.attacker.example", 400),
        ("[::1].attacker.example", 400),
    ],
)
def test_on_loopback_only_loopback_host_names_are_answered(db_url, host, status):
    # QA: any Host was answered, so a web page could read the stored stories through DNS rebinding
    # (its own name, resolved to 127.0.0.1, makes the answers same-origin to it).
    port = urllib.parse.urlsplit(db_url).port
    assert _request(db_url + "/stories", "GET", {"Host": host.format(port=port)})[0] == status


def test_a_server_on_an_address_the_user_chose_answers_every_host_name(stored_db):
    app = app_module.make_app(stored_db, hosts=None)
    statuses = []
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": "/", "HTTP_HOST": "news.example:8765"}
    app(environ, lambda status, headers: statuses.append(status))
    assert statuses == ["200 OK"]


def _text(page):
    """The page's text: tags dropped, runs of white space made one space."""
    return " ".join(re.sub(r"<[^>]+>", " ", page).split())


def _rows(page):
    """The story ids the list shows, in order."""
    return re.findall(r'<tr>\s*<td><a href="/stories/([^"]+)">', page)


# The headline of the first story of the paged database: far longer than any real one.
HUGE_TITLE = "Huge " + "A" * 5000


@pytest.fixture(scope="module")
def many_stories(tmp_path_factory):
    """A database of more stories than a list page holds (one article each, no two alike), and its stories."""
    db = tmp_path_factory.mktemp("many") / "many.db"
    articles = [
        Article(
            f"a{n:03d}",
            " ".join(f"q{n}z{word}" for word in range(40)) + ".",
            title=HUGE_TITLE if n == 0 else f"Headline number {n}",
            date=dt.date(2024, 1, 1) + dt.timedelta(days=n),
            source=f"Outlet {n}",
        )
        for n in range(app_module.PAGE_SIZE + 30)
    ]
    api.ingest(Batch(tuple(articles)), db, progress=False)
    stories = api.stories(db)
    assert len(stories) > app_module.PAGE_SIZE
    return db, stories


@pytest.fixture(scope="module")
def many_url(many_stories):
    with serving(many_stories[0]) as url:
        yield url


def test_the_story_list_is_paged_with_links_to_the_neighbour_pages(many_url, many_stories):
    # QA: every story was on one page: 685 KB and 143 ms for a database of 5,000 stories.
    _, stories = many_stories
    ids = [story.id for story in stories]
    size = app_module.PAGE_SIZE

    _, first = _get(many_url + "/stories")
    _, second = _get(many_url + "/stories?page=2")

    assert _rows(first) == ids[:size] and _rows(second) == ids[size:]
    assert f"Stories 1–{size} of {len(ids)}" in first
    assert f"Stories {size + 1}–{len(ids)} of {len(ids)}" in second
    assert '<a href="/stories?page=2" rel="next">' in first and 'rel="prev"' not in first
    assert '<a href="/stories" rel="prev">' in second and 'rel="next"' not in second
    assert _rows(_get(many_url + "/stories?page=999")[1]) == ids[size:]  # past the end: the last page
    assert _rows(_get(many_url + "/stories?page=" + "9" * 30)[1]) == ids[size:]  # past any SQL integer too
    assert _rows(_get(many_url + "/stories?page=-1")[1]) == ids[:size]  # not a page number: the first
    # Found by QA: a page number of over 4,300 digits, which Python will not read as an int, was a 500.
    assert _rows(_get(many_url + "/stories?page=" + "9" * 5000)[1]) == ids[size:]
    assert _rows(_get(many_url + "/stories?page=" + "0" * 5000 + "2")[1]) == ids[size:]


def test_a_search_of_thousands_of_words_is_a_page_not_a_500(db_url):
    # Found by QA: 1,000 words made an SQL condition deeper than SQLite allows.
    response, page = _get(
        db_url + "/stories?" + urllib.parse.urlencode({"q": " ".join(map(str, range(2000)))})
    )
    assert response.status == 200 and "No stories matching" in page


def test_the_story_list_shows_one_date_for_a_one_day_story_and_cuts_a_huge_headline(many_url, many_stories):
    _, stories = many_stories
    _, page = _get(many_url + "/stories")
    text = _text(page)

    one_day = next(story for story in stories[1:] if len(story.article_ids) == 1)
    # Outlet, article count, then the one date (it was "date..date"), then the next story.
    assert f"{one_day.sources[0]} 1 {one_day.first_date} Headline number" in text
    assert HUGE_TITLE not in page
    assert f">{HUGE_TITLE[: app_module.HEADLINE_CHARS - 1]}…</a>" in page


def test_the_story_list_finds_stories_by_every_word_of_the_query_in_any_case(db_url, stories):
    fire, vote = stories["fire-a"], stories["vote-a"]

    assert _rows(_get(db_url + "/stories?q=PIER+gazette")[1]) == [fire]  # headline and outlet words
    assert _rows(_get(db_url + "/stories?q=valley")[1]) == [vote]
    assert _rows(_get(f"{db_url}/stories?q={vote}")[1]) == [vote]  # the id
    _, none = _get(db_url + "/stories?q=pier+valley")
    assert _rows(none) == [] and "No stories matching “pier valley” (of 2 stored)" in none


def test_the_query_is_escaped_in_the_search_box_and_the_count(db_url):
    _, page = _get(db_url + "/stories?q=" + urllib.parse.quote('"><b>x'))
    assert "<b>" not in page
    assert 'value="&#34;&gt;&lt;b&gt;x"' in page and "“&#34;&gt;&lt;b&gt;x”" in page


def test_the_story_list_sorts_by_latest_article_first(db_url, stories):
    fire, vote = stories["fire-a"], stories["vote-a"]
    assert _rows(_get(db_url + "/stories?sort=latest")[1]) == [vote, fire]
    assert _rows(_get(db_url + "/stories?sort=nonsense")[1]) == [fire, vote]  # unknown: order of creation


def test_page_links_keep_the_query_and_the_order(many_url, many_stories):
    _, stories = many_stories
    _, page = _get(many_url + "/stories?q=number&sort=latest")
    matching = [story.id for story in stories if (story.headline or "").startswith("Headline number")]

    assert _rows(page) == matching[::-1][: app_module.PAGE_SIZE]
    assert '<a href="/stories?q=number&amp;sort=latest&amp;page=2" rel="next">' in page


@pytest.mark.parametrize("path", ["/", "/stories", "/nope", "/stories/nope"])
def test_every_page_fits_a_narrow_screen(db_url, path):
    # QA: the UI's own pages had no viewport tag, so a phone laid them out 980 px wide and shrank them.
    _, _, body = _request(db_url + path, "GET")
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in body.decode()


@pytest.mark.parametrize(("method", "path"), [("GET", "/nope"), ("POST", "/stories")])
def test_a_404_or_405_page_links_back_to_the_ui(db_url, method, path):
    # QA: these were bare one-line pages, a dead end.
    status, _, body = _request(db_url + path, method)
    assert status in (404, 405)
    assert '<a href="/">storyweave</a> · <a href="/stories">Stored stories</a>' in body.decode()


def test_the_story_list_counts_near_duplicate_copies_apart(tmp_path):
    # The report counts a syndicated copy once: the list counts as it does, and names the copy apart (QA9 #6).
    copy = dataclasses.replace(
        STORED[0], id="fire-copy", text=STORED[0].text + " Reprinted by permission.", source="Syndicated Wire"
    )
    db = tmp_path / "copies.db"
    api.ingest(Batch((STORED[0], copy)), db, progress=False)
    (story,) = api.stories(db)
    assert story.duplicates  # the store saw the copy

    with serving(db) as url:
        _, page = _get(url + "/stories")

    listed = _text(page.replace('data-label="Articles">', ">Articles: "))
    assert "Articles: 1 (+1 copy)" in listed and "(copies: Syndicated Wire)" in listed


def test_the_story_list_keeps_the_stories_dated_in_a_window(db_url, stories):
    fire, vote = stories["fire-a"], stories["vote-a"]  # 2024-03-05..06 and 2024-04-01..02

    assert _rows(_get(db_url + "/stories?since=2024-03-06")[1]) == [fire, vote]
    assert _rows(_get(db_url + "/stories?since=2024-03-07&sort=latest")[1]) == [vote]
    assert _rows(_get(db_url + "/stories?until=2024-03-31")[1]) == [fire]
    assert _rows(_get(db_url + "/stories?since=&until=")[1]) == [fire, vote]  # empty date fields: no bound
    _, none = _get(db_url + "/stories?q=pier&since=2024-03-07&until=2024-03-31")
    assert _rows(none) == []
    assert "No stories matching “pier” whose dates meet 2024-03-07 to 2024-03-31 (of 2 stored)" in none
    assert 'name="since" value="2024-03-07"' in none and 'name="until" value="2024-03-31"' in none


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("since=2024-13-01", "From: &#39;2024-13-01&#39; is not a date (YYYY-MM-DD)."),
        ("until=yesterday", "To: &#39;yesterday&#39; is not a date (YYYY-MM-DD)."),
        ("since=2024-04-02&until=2024-04-01", "The dates end (2024-04-01) before they begin (2024-04-02)."),
    ],
)
def test_a_date_that_is_none_or_a_window_ending_before_it_begins_is_a_400(db_url, query, message):
    status, body, _ = _error(db_url + "/stories?" + query)
    assert status == 400 and message in body


def test_page_links_keep_the_window(many_url, many_stories):
    _, stories = many_stories  # one a day from 2024-01-01
    _, page = _get(many_url + "/stories?since=2024-01-11&until=2024-06-30")
    inside = [story.id for story in stories if story.first_date >= dt.date(2024, 1, 11)]
    assert len(inside) > app_module.PAGE_SIZE

    assert _rows(page) == inside[: app_module.PAGE_SIZE]
    assert '<a href="/stories?since=2024-01-11&amp;until=2024-06-30&amp;page=2" rel="next">' in page
    assert _rows(_get(many_url + "/stories?since=2024-01-11&until=2024-06-30&page=2")[1]) == inside[100:]
