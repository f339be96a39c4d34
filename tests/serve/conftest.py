"""Shared helpers of the web UI tests."""

import contextlib
import io
import shutil
import threading

import pytest

from storyweave import api
from storyweave.model import Batch
from storyweave.serve.app import make_app_server


@contextlib.contextmanager
def serving(db=None):
    """A real server on a free loopback port for the block, optionally browsing ``db``; yields its base URL."""
    server = make_app_server("127.0.0.1", 0, db)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join()
        server.server_close()


@pytest.fixture(scope="module")
def ingested(request, tmp_path_factory, encoder):
    """A folder holding ``news.db``, the test module's ``STORED`` articles ingested: made once per module."""
    folder = tmp_path_factory.mktemp("ingested")
    api.ingest(Batch(tuple(request.module.STORED)), folder / "news.db", progress=False)
    return folder


@pytest.fixture
def db(ingested, tmp_path):
    """A copy of the module's database (see ``ingested``) that the test may change."""
    return copy_of(ingested, tmp_path)


def copy_of(ingested, tmp_path):
    """A copy of the database in ``ingested`` that a test may change."""
    return shutil.copytree(ingested, tmp_path / "store") / "news.db"


HOST = "127.0.0.1:8765"


def call_app(app, method, path, **request):
    """The status and page of one request to the WSGI ``app``, as from a browser on ``HOST`` (see :func:`answer_of`)."""
    status, _, page = answer_of(app, method, path, **request)
    return status, page


def answer_of(
    app, method, path, *, query="", body=b"", content_type="application/x-www-form-urlencoded", **headers
):
    """The status, headers and page of one request to the WSGI ``app``, as from a browser on ``HOST``."""
    environ = {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "HTTP_HOST": HOST,
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(body),
        "CONTENT_LENGTH": str(len(body)),
        "CONTENT_TYPE": content_type,
        **headers,
    }
    seen = {}
    page = b"".join(
        app(
            environ,
            lambda status, response_headers: seen.update(status=status, headers=dict(response_headers)),
        )
    )
    return seen["status"], seen["headers"], page.decode()
