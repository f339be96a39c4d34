"""The web UI answers requests side by side (QA finding 8): a stalled client or a slow report holds up only itself."""

import socket
import threading
import urllib.parse
import urllib.request

import pytest

from storyweave import api
from storyweave.model import Batch
from storyweave.render import render
from storyweave.serve.app import make_app_server

from .conftest import serving
from .test_app import STORED, _without_links


@pytest.fixture
def stored_db(tmp_path):
    db = tmp_path / "news.db"
    api.ingest(Batch(STORED), db, progress=False)
    return db


def _port(url):
    return urllib.parse.urlsplit(url).port


def _page(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.status, response.read().decode()


def test_a_half_sent_request_does_not_stop_another_from_being_answered():
    # Found by QA: one request sent by halves blocked every other (curl -m 5 /stories timed out).
    with serving() as url, socket.create_connection(("127.0.0.1", _port(url)), timeout=30) as stalled:
        stalled.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # the headers never end
        status, page = _page(url + "/")
        assert status == 200 and "storyweave" in page


@pytest.mark.parametrize(
    "sent",
    [
        b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n",
        b"POST /report HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\narticles=half",
    ],
    ids=["headers", "body"],
)
def test_a_connection_that_stops_sending_is_dropped_after_the_read_timeout(sent):
    server = make_app_server("127.0.0.1", 0, read_timeout=0.2)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    thread.start()
    try:
        with socket.create_connection(("127.0.0.1", server.server_port), timeout=30) as stalled:
            stalled.sendall(sent)
            answer = b""
            while chunk := stalled.recv(65536):  # until the server closes the connection
                answer += chunk
    finally:
        server.shutdown()
        thread.join()
        server.server_close()
    # Half the headers: nothing to answer. Half a body: the app says so.
    assert answer.split(b"\r\n", 1)[0] == (b"" if b"POST" not in sent else b"HTTP/1.0 408 Request Timeout")


def test_two_reports_made_at_once_are_each_their_storys(stored_db, encoder, monkeypatch):
    stories = {story.article_ids[0]: story.id for story in api.stories(stored_db)}
    made = api.report
    expected = {
        first: render(made(api.story_articles(stored_db, story_id), words=40), "html")
        for first, story_id in stories.items()
    }
    # Each report waits until the other one is being made too: they run side by side, or neither is made.
    both_in = threading.Barrier(2, timeout=30)

    def side_by_side(*args, **kwargs):
        both_in.wait()
        return made(*args, **kwargs)

    monkeypatch.setattr(api, "report", side_by_side)
    pages = {}
    with serving(stored_db) as url:

        def ask(first):
            pages[first] = _page(f"{url}/stories/{stories[first]}?words=40")

        askers = [threading.Thread(target=ask, args=(first,)) for first in stories]
        for asker in askers:
            asker.start()
        for asker in askers:
            asker.join()
    assert {first: status for first, (status, _) in pages.items()} == {first: 200 for first in stories}
    assert {first: _without_links(page) for first, (_, page) in pages.items()} == expected


def test_a_report_being_made_holds_up_only_its_own_request(stored_db, encoder, monkeypatch):
    (story, *_) = api.stories(stored_db)
    started, finish = threading.Event(), threading.Event()
    made = api.report

    def slow(*args, **kwargs):  # a big story's report: QA's 2,000 articles took minutes
        started.set()
        assert finish.wait(timeout=30)
        return made(*args, **kwargs)

    monkeypatch.setattr(api, "report", slow)
    answer = {}
    with serving(stored_db) as url:
        asker = threading.Thread(target=lambda: answer.update(story=_page(f"{url}/stories/{story.id}")))
        asker.start()
        try:
            assert started.wait(timeout=30)
            status, page = _page(f"{url}/stories")
            assert status == 200 and "Harbor Daily" in page
        finally:
            finish.set()
            asker.join()
    status, page = answer["story"]
    assert status == 200 and "Harbor Daily" in page
