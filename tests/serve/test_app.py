"""The web UI through a real HTTP server on loopback (a free port, started and stopped by the test)."""

import threading
import urllib.error
import urllib.parse
import urllib.request

import pytest

from storyweave.serve.app import make_app_server

ARTICLES = (
    "A fire destroyed the Pier 7 warehouse in Wrenport late on Tuesday night, officials said. "
    "Fire Chief Ana Ruiz said crews fought the blaze for six hours.\n|||||\n"
    "Fire destroyed a warehouse at Pier 7 in Wrenport on Tuesday night, officials said. "
    "A reader wrote <script>alert(1)</script> under the story."
)


@pytest.fixture(scope="module")
def base_url():
    server = make_app_server("127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join()


def _post(url, **fields):
    data = urllib.parse.urlencode(fields).encode()
    return urllib.request.urlopen(urllib.request.Request(url, data=data), timeout=60)


def test_form_page(base_url):
    page = urllib.request.urlopen(base_url + "/", timeout=10).read().decode()
    assert '<form method="post" action="/report">' in page


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
    assert "no readable articles" in caught.value.read().decode()


def test_unknown_path_is_404(base_url):
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(base_url + "/nope", timeout=10)
    assert caught.value.code == 404
