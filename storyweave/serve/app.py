"""A local web UI: paste articles, get the cross-checked HTML report. A thin shell over :mod:`storyweave.api`.

Run it with ``storyweave serve`` (loopback only by default). The page takes
articles separated by ``|||||`` (the Multi-News convention) and answers with
the same self-contained HTML report as ``storyweave report --format html``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import parse_qs
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from jinja2 import Environment

from storyweave import api
from storyweave.errors import StoryweaveError
from storyweave.ingest import split_multinews
from storyweave.model import Batch
from storyweave.render import render

logger = logging.getLogger(__name__)

MAX_BODY_BYTES = 5_000_000
_PAGE = Environment(autoescape=True).from_string(
    """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>storyweave</title>
<style>
body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222}
textarea{width:100%;height:22rem;font:inherit}button{font:inherit;padding:.4rem 1.2rem}
.error{color:#a00}
</style></head><body>
<h1>storyweave</h1>
<p>Paste the articles about one story, separated by a line with <code>|||||</code>.</p>
{% if error %}<p class="error">{{ error }}</p>{% endif %}
<form method="post" action="/report">
<textarea name="articles" required>{{ articles }}</textarea>
<p><label>Summary words <input type="number" name="words" value="{{ words }}" min="1" max="2000"></label>
<button type="submit">Cross-check</button></p>
</form></body></html>"""
)

StartResponse = Callable[[str, list[tuple[str, str]]], Any]


def app(environ: dict, start_response: StartResponse) -> Iterable[bytes]:
    """The WSGI application: ``GET /`` shows the form, ``POST /report`` answers with the report."""
    path, method = environ.get("PATH_INFO", "/"), environ.get("REQUEST_METHOD", "GET")
    if path == "/" and method == "GET":
        return _html(start_response, "200 OK", _PAGE.render(words=120, articles="", error=None))
    if path == "/report" and method == "POST":
        return _report(environ, start_response)
    return _html(start_response, "404 Not Found", "<!doctype html><title>404</title><p>Not found.</p>")


def _report(environ: dict, start_response: StartResponse) -> Iterable[bytes]:
    size = int(environ.get("CONTENT_LENGTH") or 0)
    if size > MAX_BODY_BYTES:
        return _html(start_response, "413 Content Too Large", "<!doctype html><p>Too much text.</p>")
    form = parse_qs(environ["wsgi.input"].read(size).decode("utf-8", errors="replace"))
    text = form.get("articles", [""])[0]
    words_field = form.get("words", ["120"])[0]
    words = int(words_field) if words_field.isdigit() and 0 < int(words_field) <= 2000 else 120
    try:
        report = api.report(
            api.clean_batch(Batch(tuple(split_multinews(text, "pasted", "pasted text")))), words=words
        )
    except StoryweaveError as exc:
        page = _PAGE.render(words=words, articles=text, error=str(exc))
        return _html(start_response, "422 Unprocessable Content", page)
    return _html(start_response, "200 OK", render(report, "html"))


def _html(start_response: StartResponse, status: str, page: str) -> Iterable[bytes]:
    body = page.encode("utf-8")
    start_response(
        status,
        [
            ("Content-Type", "text/html; charset=utf-8"),
            ("Content-Length", str(len(body))),
            ("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'"),
        ],
    )
    return [body]


class _LoggingHandler(WSGIRequestHandler):
    """Request lines go to ``logging``, not straight to stderr."""

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 -- the base class's name
        logger.info("%s %s", self.address_string(), format % args)


def make_app_server(host: str = "127.0.0.1", port: int = 8765) -> WSGIServer:
    """A server for :func:`app`, bound but not yet serving (port 0 picks a free one)."""
    return make_server(host, port, app, handler_class=_LoggingHandler)
