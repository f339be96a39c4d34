"""A local web UI over :mod:`storyweave.api`: upload or paste articles, or browse a database, and read the report.

Run it with ``storyweave serve [--db FILE]`` (loopback only by default). Routes:

- ``GET /``: a form for the articles of one story, or of several: their files (any that
  ``storyweave report FILES`` reads: ``.txt``, ``.html``, ``.jsonl``, Multi-News),
  or pasted text: articles separated by ``|||||`` (the Multi-News convention),
  or JSON Lines as in a ``.jsonl`` file. Files or text, not both: the two
  given together is a 422 asking for one (read together, they would be one
  story, which is rarely what was meant). It links to the stored stories when
  a database is configured.
- ``POST /report`` (``multipart/form-data``, as the form sends it, or
  url-encoded text), read and reported by :func:`storyweave.api.report_upload`
  (from memory: nothing is written to disk): for the articles of one story, the
  same self-contained HTML report as ``storyweave report FILES --format html``
  for the same files, or for the pasted text;
  with links back to the form (and the stored stories) on top, and under them
  the warnings the command line prints on stderr for input read with a caveat
  (a file read as Windows-1252, an unreadable or future date...). Files or text
  of several stories are one story per cluster line (a JSONL ``documents`` line,
  a line of a Multi-News file of one story a line), as the input states them, and
  their other articles (all of a mixed folder whose articles fall in separate
  groups) are grouped as ``storyweave ingest`` groups them: the page says which,
  lists the stories (headline, outlets, articles, dates), each
  linked to its full report further down the same page (see :func:`_stories_page`;
  the :data:`MAX_REPORTED_STORIES` of the most articles), and the input's caveats
  and skipped input once, under the list. A bad file is
  listed under "Skipped input" with the CLI's one-line reason and the other
  files make the report; nothing readable is a 422 with the reason; so is a summary budget (``words``)
  that is not a whole number from 1 to :data:`MAX_WORDS` (an empty one is
  the default). The whole request may hold :data:`MAX_BODY_BYTES` (more is
  a 413 whose page names the largest files sent and the limit); that is also
  the CLI's limit for one article file, so no further per-file limit applies
  (a dataset's ``.jsonl`` of many megabytes is for the command line).
  With a database, the form's "Add these articles to the store" box (field
  ``store``, off by default) also adds the report's articles to it through
  :func:`storyweave.api.add_to_store`, the path of ``storyweave ingest``; the
  page says what was added, in the command line's counts, and links the
  stories the articles are in (a database that cannot be written is a 409,
  the report shown with why). Such a post is a change to the stories: it
  must come from this server's own page, as a correction must.
- ``GET /stories[?q=WORDS&sort=ORDER&since=DATE&until=DATE&page=N]`` (with a
  database): the stored stories, :data:`PAGE_SIZE` a page: those whose headline,
  outlets or id hold every word of ``q`` (any case or accent), in order of
  creation (as ``storyweave stories`` lists them) or by ``sort``: ``latest``
  (last article's date, newest first), ``articles`` or ``outlets`` (most first).
  ``since`` and ``until`` (YYYY-MM-DD, as a date field sends them) keep the
  stories whose dates meet the window, as ``storyweave stories --since/--until``
  do; a date that is none, or a window that ends before it begins, is a 400.
- ``GET /stories/<id>[?words=N]`` (with a database): the report of one stored
  story, as ``storyweave report --db FILE --story ID --format html`` gives it
  (a ``words`` that is no budget the upload form takes is a 400),
  with the same links back on top (kept in the database once made: see
  :func:`storyweave.api.report_story`), a "Summary words" form that asks for
  the page again with another ``words``, and two forms that correct the
  grouping: merge stories into it, and move one of its articles. The id of a
  story that stopped existing (merged into another by the grouper or an editor,
  emptied by a move, or not made again by a regroup) is a ``302 Found`` to the
  page of the story it names now (:func:`storyweave.api.current_story_id`, as
  ``storyweave report --story`` follows it), whose page says so (see
  :func:`_story`); an id no story ever had is a 404. Error pages
  give the API's reasons without the server's database path.
- ``POST /stories/<id>/merge`` (field ``stories``: ids, separated by spaces or
  commas) and ``POST /stories/<id>/move`` (fields ``article`` and ``to``: a
  story id, or ``new``): :func:`storyweave.api.merge_stories` of the story and
  the ids given, or :func:`storyweave.api.move_article` of an article of the
  story (or of its near-duplicate copies). Done, they answer 303 See Other
  to the story that results, whose page says what was done; refused (an
  unknown id, no other story to merge, an article of another story, a
  database that cannot be written), they show the story's page again with
  the one-line reason (a 422, or a 409 for the database) and nothing
  changed. Posted from the
  page of a story that is not stored (unknown, or merged away), either is a
  404 that says so (and where the story went), and nothing changed.

On loopback (the default), only requests addressed to a loopback name
(``localhost``, ``127.0.0.1``, ``[::1]``) are answered: see :func:`make_app`.

Only a form of this server's own pages may change the stories: a correction
whose ``Origin`` (or, without one, ``Referer``) names another site, or whose
``Sec-Fetch-Site`` is not ``same-origin``, is a 403, and so is one that names
no origin at all (which no browser sends, but a script may): see
:func:`_same_origin`. No page may be framed by another site (which could lead
the user's clicks onto a form). On another address than loopback (``--host
0.0.0.0``) these checks still stop another site's form, but not anyone who can
reach the server, nor a web page whose own name it points at this machine (DNS
rebinding): see :func:`make_app`.

Every page route also answers ``HEAD`` (GET's status and headers, no body);
another method on a route is a 405 naming the allowed ones in ``Allow``.

The server answers each connection in a thread of its own (see
:func:`make_app_server`): a slow report, or a client that sends half a request,
holds up only its own connection, which is dropped after :data:`READ_TIMEOUT_S`
without a byte. Every request opens the database anew (one SQLite connection
per request, so per thread); the process-wide encoder is shared, its model
loaded once under a lock.

The app only parses requests and fills page templates; every answer comes from
the API. Page text is autoescaped (headlines and outlet names are article text),
and every page carries a Content-Security-Policy that allows no scripts.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import logging
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from socketserver import ThreadingMixIn
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, quote, urlencode, urlsplit
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import multipart
from jinja2 import DictLoader, Environment

from storyweave import api
from storyweave.errors import StoryweaveError
from storyweave.ingest import one_line
from storyweave.model import Story
from storyweave.render import render
from storyweave.store import StoryChoiceError

if TYPE_CHECKING:
    from storyweave.store import StoryPage

logger = logging.getLogger(__name__)

MAX_BODY_BYTES = 5_000_000
# Seconds a connection may send (or take) nothing before it is dropped: a request sent by halves holds only its
# own thread, and no longer than this. Per read, not per request: a slow upload that keeps sending goes on.
# A browser sends a request at once; 30 s leaves room for a slow network and none for a stalled client.
READ_TIMEOUT_S = 30.0
# The longest header line of one part of a posted form. A file's name is on it; ingest cuts a name to 255
# characters (the longest real file names), so a longer one, which only a hand-made request holds, must get
# there to be cut rather than fail the request. The body cap bounds it anyway.
_MAX_PART_HEADER_BYTES = 65_536
# A body over MAX_BODY_BYTES is still read, a chunk at a time and dropped, up to this many bytes, so that the
# page refusing it can name its files: a server that answers before reading what the browser is still sending
# closes on unread data, and the browser may then show a reset connection instead of the page. Twenty times
# the limit is a few tenths of a second on loopback; a bigger body is cut short (its page names what was read).
_MAX_DRAINED_BYTES = 20 * MAX_BODY_BYTES
_DRAIN_CHUNK_BYTES = 1 << 16
# The files of a body too large that its page names, largest first.
_FILES_NAMED = 5
DEFAULT_WORDS = 120
# The most stories of one upload reported (the others are listed): a report takes about a second (0.7 s of CPU a
# story on an upload of the qa6 stories mixed, /tmp/s24/web/mix_bench.py) and 30 KB of page, and 5 MB of a
# dataset's stories holds over a thousand of them: minutes of waiting for a page no one reads whole.
MAX_REPORTED_STORIES = 50
MAX_WORDS = 2000
# Rows of the story list per page: a screenful or two to scan, and a page of ~25 KB that renders in a few
# ms where all 5,000 stories of a large database were 685 KB and 143 ms (/tmp/h5/web/timelist.py).
PAGE_SIZE = 100
# A headline longer than this is cut in the list, mid-word (a cut at the last space could leave one word
# of an unbroken run): the longest of the AllSides clustering dev set is 140 characters; a 20,000-character
# title must not fill the page.
HEADLINE_CHARS = 200
# The orders of the story list, by their ``sort`` value. The default is the order of ``storyweave stories``.
DEFAULT_ORDER = "created"
_STORIES_PREFIX = "/stories/"
# The corrections a stored story's page posts (/stories/<id>/merge, /stories/<id>/move), and the line its page
# shows when one is done (the ``done`` query field of the redirect).
_CORRECTIONS = {
    "merge": "Merged: the stories are one now, this one (the other ids no longer exist).",
    "move": "Moved: the article is in this story now, with its original or copies if it has any.",
}
_IDS = re.compile(r"[\s,]+")
_BODY_TAG = re.compile(r"<body\b[^>]*>", re.IGNORECASE)
_REPORT_TITLE = re.compile(r"<title>[^<]*</title>")
# The attributes of a rendered report that name its anchors: its text is escaped (a quote is "&#34;"), so
# these are the renderer's own.
_REPORT_ANCHORS = re.compile(r'(?<![\w-])(?:id="|href="#)')
# A summary budget as a form sends it: ASCII digits, no more of them than MAX_WORDS has (leading zeros aside).
_BUDGET = re.compile(rf"0*([0-9]{{1,{len(str(MAX_WORDS))}}})")

_TEMPLATES = Environment(
    autoescape=True,
    loader=DictLoader(
        {
            "base": """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{% block title %}storyweave{% endblock %}</title>
<style>
body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222}
textarea{width:100%;height:22rem;font:inherit;box-sizing:border-box}
button,input,select{font:inherit}button{padding:.3rem 1rem}
.error{color:#a00}.muted{color:#666}table{border-collapse:collapse;width:100%;table-layout:fixed}
th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid #ddd;overflow-wrap:anywhere}
th:nth-child(2){width:35%}th:nth-child(3){width:5rem}th:nth-child(4){width:7.5rem}
.date{white-space:nowrap}nav.pages{margin:1rem 0;display:flex;gap:1.5rem}
@media (max-width:40rem){thead{display:none}tr,td{display:block}td{border:0;padding:.1rem 0}
tr{border-bottom:1px solid #ddd;padding:.5rem 0}td[data-label]::before{content:attr(data-label) ": ";color:#666}}
</style></head><body>
{% block body %}{% endblock %}
</body></html>""",
            "form": """{% extends "base" %}{% block body %}<h1>storyweave</h1>
{% if stored %}<p><a href="/stories">Stored stories</a></p>{% endif %}
<p>Choose the files of one story's articles, or of several stories' (each <code>.jsonl</code> line with
<code>"documents"</code>, and each line of a Multi-News file of one story a line, is one story; other articles
are grouped into stories as <code>storyweave ingest</code> groups them): <code>.txt</code> (one article each, which may open with a
<code>date 2024-05-07</code> line), saved <code>.html</code> pages, a <code>.jsonl</code> or a Multi-News file,
as <code>storyweave report FILES</code> reads them (ids from the file names; up to 5 MB in all).</p>
<p>Or paste the articles, separated by a line with <code>|||||</code>; each may open with
lines such as <code>source: Outlet</code>, <code>date: 2024-05-07</code> and <code>title: Headline</code>
(or paste JSON Lines: one article, or one story's <code>"documents"</code>, per line).
Give files or pasted text, not both.</p>
{% if error %}<p class="error">{{ error }}</p>{% endif %}
<form method="post" action="/report" enctype="multipart/form-data">
<p><label>Article files <input type="file" name="files" multiple></label></p>
<textarea name="articles" aria-label="Pasted articles">{{ articles }}</textarea>
{% if stored %}<p><label><input type="checkbox" name="store" value="yes"{% if store %} checked{% endif %}>
Add these articles to the store</label> <span class="muted">(as <code>storyweave ingest</code> adds them: an article
stored before is left alone, the others join the stories they match or start new ones)</span></p>
{% endif %}<p><label>Summary words <input type="number" name="words" value="{{ words }}" min="1" max="{{ max_words }}"></label>
<button type="submit">Cross-check</button></p>
</form>{% endblock %}""",
            "stories": """{% extends "base" %}{% block title %}Stored stories — storyweave{% endblock %}
{% block body %}<h1>Stored stories</h1>
<p><a href="/">New report</a></p>
<form method="get" action="/stories" role="search">
<label>Find <input type="search" name="q" value="{{ query }}" placeholder="headline, outlet or id"></label>
<label>Order <select name="sort">{% for value, label in orders.items() %}
<option value="{{ value }}"{% if value == sort %} selected{% endif %}>{{ label }}</option>{% endfor %}
</select></label>
<label>From <input type="date" name="since" value="{{ since or "" }}"></label>
<label>to <input type="date" name="until" value="{{ until or "" }}"></label>
<button type="submit">Show</button>
</form>
<p>{% if page.total %}Stories {{ page.first }}–{{ page.last }} of {{ page.total }}{% else %}No stories{% endif %}
{%- if query %} matching “{{ query }}”{% endif %}
{#- A story spanning the window may have no article inside it: its dates meet the window. #}
{%- if since and until %} whose dates meet {{ since }} to {{ until }}
{%- elif since %} with an article of {{ since }} or later{% elif until %} with an article of {{ until }} or earlier{% endif %}
{%- if query or since or until %} (of {{ page.stored }} stored){% endif %}, {{ orders[sort]|lower }}.</p>
{% if page.stories %}<table><thead><tr><th>Headline</th><th>Outlets</th><th>Articles</th><th>Dates</th></tr></thead>
<tbody>
{% for story in page.stories %}<tr>
<td><a href="/stories/{{ story.id|segment }}">{{ (story.headline or story.id)|truncate(HEADLINE_CHARS, killwords=true, end="…") }}</a>
<span class="muted">{{ story.id }}</span></td>
<td data-label="Outlets">{{ story.listed_sources }}</td>
<td data-label="Articles">{{ story.original_count }}{{ story.copies_note }}</td>
<td data-label="Dates">{% if story.first_date %}<span class="date">{{ story.first_date }}</span>
{%- if story.last_date != story.first_date %} – <span class="date">{{ story.last_date }}</span>{% endif %}
{%- else %}-{% endif %}</td>
</tr>{% endfor %}
</tbody></table>{% endif %}
{% if page.previous or page.next %}<nav class="pages">
{%- if page.previous %}<a href="{{ page.previous }}" rel="prev">← Previous {{ PAGE_SIZE }}</a>{% endif %}
{%- if page.next %}<a href="{{ page.next }}" rel="next">Next {{ PAGE_SIZE }} →</a>{% endif %}</nav>{% endif %}
{% endblock %}""",
            "links": '<nav><a href="/">New report</a>'
            '{% if stored %} · <a href="/stories">Stored stories</a>{% endif %}</nav>'
            # What an upload added to the store, in the words `storyweave ingest` says it (see
            # :func:`_said_added`), with the stories the articles are in; or why nothing was added.
            '{% if added or store_error %}\n<section class="added" aria-label="Added to the store">'
            "<style>.added .error{color:#a00}</style>"
            '{% if store_error %}<p class="error" role="alert">Not added to the store: {{ store_error }}</p>'
            '{% else %}<p role="status">Added to the store: {{ said }}'
            '{% if skipped and said_skipped %}<a href="#problems">{{ said_skipped }}</a>{% else %}{{ said_skipped }}{% endif %}.</p>'
            "{% if added.stories %}<p>{{ 'In the story' if added.stories|length == 1 else 'In the stories' }}:</p>"
            '<ul>{% for story, count in added.stories %}<li><a href="/stories/{{ story.id|segment }}">'
            '{{ (story.headline or story.id)|truncate(HEADLINE_CHARS, killwords=true, end="…") }}</a> '
            '<span class="muted">{{ story.id }}: {{ count }} of these articles'
            "{% if story.article_ids|length > count %}, {{ story.article_ids|length }} in all{% endif %}</span></li>"
            "{% endfor %}</ul>{% endif %}{% endif %}</section>{% endif %}"
            # A stored story's summary budget and corrections: plain forms (no scripts), above the report they
            # change. The budget is a GET of the page, checked as the upload form's field is (QA6 #4).
            '{% if story_id %}\n<section class="corrections" aria-label="Summary length and grouping"><style>'
            ".corrections form{margin:.4rem 0}.corrections .error{color:#a00}.corrections .muted{color:#666}"
            "</style>"
            '{% if done %}<p class="done" role="status">{{ done }}</p>{% endif %}'
            '{% if error %}<p class="error" role="alert">{{ error }}</p>{% endif %}'
            '<form method="get" action="/stories/{{ story_id|segment }}"><label>Summary words '
            '<input type="number" name="words" value="{{ words }}" min="1" max="{{ MAX_WORDS }}"></label> '
            '<button type="submit">Summarize</button> <span class="muted">(1 to {{ MAX_WORDS }})</span></form>'
            '<form method="post" action="/stories/{{ story_id|segment }}/merge"><label>Merge into this story: '
            '<input name="stories" value="{{ fields.stories }}" required placeholder="story ids, e.g. s0002 s0005"></label> '
            '<button type="submit">Merge</button> <span class="muted">(the stories join the oldest, the lowest '
            "id, which may be another one; the other ids stop existing)</span></form>"
            '<form method="post" action="/stories/{{ story_id|segment }}/move"><label>Move article '
            '<input name="article" value="{{ fields.article }}" required placeholder="article id"></label> '
            '<label>to <input name="to" value="{{ fields.to }}" required placeholder="story id, or new"></label> '
            '<button type="submit">Move</button> <span class="muted">(copies of one text move together: an original with its '
            "near-duplicate copies, a copy with its original)</span></form>"
            "</section>{% endif %}",
            # The list of the stories an upload holds, over their reports (see _stories_page): in the reports'
            # page, styled by their style, and the upload's reading notes and skipped input, once for all.
            "found": """<section class="found" id="stories" aria-label="Stories found"><style>
.found td:first-child{width:45%}.found .date{white-space:nowrap}</style>
<h1>{{ stories|length }} stories in these {{ articles }} articles</h1>
<p class="meta">{% if lines_of %}One story per line of {{ lines_of|join(", ") }}
{%- if grouped %}; the other {{ grouped }} article{{ "s" if grouped > 1 }} grouped by content, as <code>storyweave
ingest</code> groups them{% endif %}.{% else %}Grouped by content, as <code>storyweave ingest</code> groups them.
{%- endif %} Each story's report follows the list.
{%- if unreported %} Reports of the {{ stories|length - unreported }} stories of the most articles only: the
other {{ unreported }} are listed without one ({% if stored %}tick “Add these articles to the store” to read each on
its page{% else %}<code>storyweave ingest</code> them and read each with <code>storyweave report --story</code>
{%- endif %}).{% endif %}</p>
<table><thead><tr><th>Headline</th><th>Outlets</th><th>Articles</th><th>Dates</th></tr></thead><tbody>
{% for story, reported in stories %}{% set headline = (story.headline or "Story " ~ loop.index)|truncate(HEADLINE_CHARS, killwords=true, end="…") %}
<tr><td>{% if reported %}<a href="#story-{{ loop.index }}">{{ headline }}</a>{% else %}{{ headline }} <span class="muted">(no report)</span>{% endif %}</td>
<td>{{ story.listed_sources }}</td>
<td>{{ story.original_count }}{{ story.copies_note }}</td>
<td>{% if story.first_date %}<span class="date">{{ story.first_date }}</span>
{%- if story.last_date != story.first_date %} – <span class="date">{{ story.last_date }}</span>{% endif %}
{%- else %}-{% endif %}</td></tr>
{% endfor %}</tbody></table>
{% if notes %}<section id="notes"><h2>Read with a caveat</h2><ul>
{% for note in notes %}<li>{{ note }}</li>
{% endfor %}</ul></section>{% endif %}
{% if problems %}<section id="problems"><h2>Skipped input</h2><ul>
{% for problem in problems %}<li><span class="url">{{ problem.origin }}</span>: {{ problem.reason }}</li>
{% endfor %}</ul></section>{% endif %}
</section>""",
            "error": """{% extends "base" %}{% block title %}{{ status }} — storyweave{% endblock %}
{% block body %}<h1>{{ status }}</h1>
<p class="error">{{ error }}</p>
{% if merged_into %}<p>Its articles are in story <a href="/stories/{{ merged_into|segment }}">{{ merged_into }}</a> now.</p>
{% endif %}<p><a href="/">storyweave</a>{% if stored %} · <a href="/stories">Stored stories</a>{% endif %}</p>
{% endblock %}""",
        }
    ),
)
# Ids are data: quote every character a path segment could misread ("/", "?", "#", "..").
_TEMPLATES.filters["segment"] = partial(quote, safe="")


_TEMPLATES.globals.update(
    PAGE_SIZE=PAGE_SIZE,
    HEADLINE_CHARS=HEADLINE_CHARS,
    MAX_WORDS=MAX_WORDS,
)

# The names of this machine's loopback interface, as a Host header gives them; None: a request without one.
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", None})

StartResponse = Callable[[str, list[tuple[str, str]]], Any]
WSGIApp = Callable[[dict, StartResponse], Iterable[bytes]]


def make_app(db: Path | None = None, *, hosts: Collection[str | None] | None = LOOPBACK_HOSTS) -> WSGIApp:
    """The WSGI application.

    Args:
        db: A storyweave database to browse under ``/stories``; without one
            those routes are 404 and no page mentions a database. It is opened
            per request and only read, so a missing file is an error page.
        hosts: The host names a request may be addressed to (its ``Host``
            header, without the port); others are a 400. Through DNS
            rebinding, any web page the user opens can send requests to a
            loopback port under a name of its own and read the answers (the
            stored stories) as its own; only the loopback names are safe.
            None answers every name (a server the user exposed on purpose):
            then anyone who can reach it may read and correct the stories,
            and so may any web page the user opens, through DNS rebinding
            (its name and its ``Origin`` both name this server then).
    """

    def app(environ: dict, start_response: StartResponse) -> Iterable[bytes]:
        # PEP 3333 hands the URL-decoded path over as latin-1; the browser encoded it as UTF-8.
        path = environ.get("PATH_INFO", "/").encode("latin-1").decode("utf-8", errors="replace")
        method = environ.get("REQUEST_METHOD", "GET")
        if hosts is not None and _host_name(environ.get("HTTP_HOST")) not in hosts:
            return _html(start_response, "400 Bad Request", "<!doctype html><p>Unknown host name.</p>")
        allowed = _methods(path, stored=db is not None)
        if not allowed:
            return _error(start_response, "404 Not Found", "No such page.", stored=db is not None)
        if method not in allowed:
            error = f"Use {' or '.join(allowed)} here."
            headers = [("Allow", ", ".join(allowed))]
            return _error(
                start_response, "405 Method Not Allowed", error, stored=db is not None, headers=headers
            )
        if method == "HEAD":
            # The status and headers GET would send (its Content-Length too), without the body (RFC 9110 9.3.2).
            app({**environ, "REQUEST_METHOD": "GET"}, start_response)
            return []
        if path == "/":
            return _html(start_response, "200 OK", _form(DEFAULT_WORDS, "", None, stored=db is not None))
        if path == "/report":
            return _report(environ, start_response, db)
        fields = parse_qs(environ.get("QUERY_STRING", ""))
        if db is not None and path == "/stories":
            return _story_list(db, fields, start_response)
        # The routes left (see _methods): a correction of a stored story, or the story.
        correction = _correction(path)
        if db is not None and correction:
            return _correct(db, *correction, environ, start_response)
        story_id = path.removeprefix(_STORIES_PREFIX)
        done = _CORRECTIONS.get(fields.get("done", [""])[0])
        merged = fields.get("merged", [""])[0]
        if merged and _went_into(db, merged) == story_id:
            # Followed from an id that stopped existing (see _story): the address bar shows another id now.
            done = f"Story {merged} no longer exists: its articles are in this story now, and its address leads here."
        words_field = fields.get("words", [""])[0]
        words = _budget(words_field)
        if words is None:
            # As the upload form refuses it (QA: "?words=5000" gave the 120-word page without a word).
            reason = f"Summary words: {words_field.strip()!r} is not a whole number from 1 to {MAX_WORDS}."
            return _error(start_response, "400 Bad Request", reason, stored=db is not None)
        return _story(db, story_id, words, start_response, done=done, follow=True)

    return app


def _host_name(header: str | None) -> str | None:
    """The host name of a ``Host`` header, lower-case, without port, brackets or final dot ("[::1]:80" -> "::1")."""
    if header is None:  # HTTP/1.0 has no Host header; browsers always send one
        return None
    name = header.lower()
    if name.startswith("["):
        address, _, port = name[1:].partition("]")
        return address if not port or port.startswith(":") else name
    return name.partition(":")[0].rstrip(".")


def _methods(path: str, *, stored: bool) -> tuple[str, ...]:
    """The methods a route answers (none: no such route). Pages are read with GET (or HEAD); a report is posted."""
    if path == "/report" or (stored and _correction(path)):
        return ("POST",)
    if path == "/" or (stored and (path == "/stories" or path.startswith(_STORIES_PREFIX))):
        return ("GET", "HEAD")
    return ()


def _correction(path: str) -> tuple[str, str] | None:
    """The story id and the correction (a key of :data:`_CORRECTIONS`) of a correction's path, else None."""
    if not path.startswith(_STORIES_PREFIX):
        return None
    story_id, _, action = path.removeprefix(_STORIES_PREFIX).rpartition("/")
    return (story_id, action) if story_id and action in _CORRECTIONS else None


def _form(words: int | str, articles: str, error: str | None, *, stored: bool, store: bool = False) -> str:
    """The upload form; ``store``: its "Add these articles to the store" box ticked (shown when ``stored``)."""
    return _TEMPLATES.get_template("form").render(
        words=words, max_words=MAX_WORDS, articles=articles, error=error, stored=stored, store=store
    )


def _budget(value: str) -> int | None:
    """A summary budget as a form sends it: the default when empty, a number in 1..MAX_WORDS, else None."""
    if not value.strip():
        return DEFAULT_WORDS
    # ASCII digits, few enough to convert: str.isdigit() also takes "²", which int() refuses, and int()
    # refuses a number of over 4,300 digits.
    field = _BUDGET.fullmatch(value.strip())
    return int(field[1]) if field and 0 < int(field[1]) <= MAX_WORDS else None


class _BadBody(Exception):
    """A request body not read: its status and the page that says why."""

    def __init__(self, status: str, page: str) -> None:
        super().__init__(status)
        self.status = status
        self.page = page


def _read_form(environ: dict, *, stored: bool) -> _Form:
    """The form a request posted (see :func:`_posted`), read within :data:`MAX_BODY_BYTES`.

    Raises:
        _BadBody: A bad ``Content-Length``, a body over the cap or that stops coming, or multipart data that
            does not parse.
    """
    length = environ.get("CONTENT_LENGTH") or "0"
    # Digits only: int() would also take "-1" (read to the end of the stream, past the size cap) or " 1_0".
    if not (length.isascii() and length.isdigit()):
        raise _BadBody("400 Bad Request", "<!doctype html><p>Bad Content-Length.</p>")
    size = int(length)
    try:
        if size > MAX_BODY_BYTES:
            status = "413 Content Too Large"
            error = _too_large(size, _sent_files(environ, size))
            raise _BadBody(
                status, _TEMPLATES.get_template("error").render(status=status, error=error, stored=stored)
            )
        body = environ["wsgi.input"].read(size)
    except TimeoutError:
        # The body stopped coming for READ_TIMEOUT_S (the socket's timeout): its thread is freed.
        raise _BadBody("408 Request Timeout", "<!doctype html><p>The request stopped coming.</p>") from None
    try:
        return _posted(environ.get("CONTENT_TYPE", ""), body)
    except multipart.MultipartError as exc:
        status = "400 Bad Request"
        page = _TEMPLATES.get_template("error").render(
            status=status, error=f"Unreadable form data: {exc}", stored=stored
        )
        raise _BadBody(status, page) from None


def _sent_files(environ: dict, size: int) -> list[tuple[str, int]]:
    """The name and size in bytes of each file of a form too large to keep, as far as it is read.

    The body is read a chunk at a time and dropped, up to ``_MAX_DRAINED_BYTES``; a file cut short there counts
    the bytes read of it.

    Raises:
        TimeoutError: The body stopped coming.
    """
    kind, options = multipart.parse_options_header(environ.get("CONTENT_TYPE", ""))
    parser = (
        multipart.PushMultipartParser(
            options.get("boundary", ""), size, max_header_size=_MAX_PART_HEADER_BYTES
        )
        if kind == "multipart/form-data"
        else None  # pasted text: no files to name
    )
    files: list[multipart.MultipartSegment] = []
    left = min(size, _MAX_DRAINED_BYTES)
    while left > 0 and (chunk := environ["wsgi.input"].read(min(_DRAIN_CHUNK_BYTES, left))):
        left -= len(chunk)
        if parser is None:
            continue
        try:
            files += (
                event
                for event in parser.parse(chunk)
                if isinstance(event, multipart.MultipartSegment) and event.name == "files" and event.filename
            )
        except multipart.MultipartError:  # no form data past here: the files named so far are the files
            parser = None
    return [(one_line(segment.filename) or "unnamed", segment.bytes_received) for segment in files]


def _too_large(size: int, files: Sequence[tuple[str, int]]) -> str:
    """Why a form of ``size`` bytes holding ``files`` (name, bytes) is refused: its largest files, and the limit."""
    largest = sorted(files, key=lambda file: -file[1])
    named = "; ".join(f"{name}: {sent:,} bytes" for name, sent in largest[:_FILES_NAMED])
    more = f"; and {len(files) - _FILES_NAMED} more files" if len(files) > _FILES_NAMED else ""
    return (
        f"Too much to read: {size:,} bytes were sent{f' ({named}{more})' if files else ''}, and the limit is "
        f"{MAX_BODY_BYTES:,} bytes of files and text in all. Choose fewer or smaller files; the command line "
        "(storyweave report, storyweave ingest) reads a .jsonl feed of any size."
    )


def _report(environ: dict, start_response: StartResponse, db: Path | None) -> Iterable[bytes]:
    """The report of the articles posted; with the form's "store" box ticked, they are also added to ``db``."""
    stored = db is not None
    try:
        form = _read_form(environ, stored=stored)
    except _BadBody as exc:
        return _html(start_response, exc.status, exc.page)
    text = form.fields.get("articles", [""])[0]
    store = bool(form.fields.get("store", [""])[0])
    words_field = form.fields.get("words", [""])[0]
    words = _budget(words_field)

    def refused(error: str, budget: int | str) -> Iterable[bytes]:
        page = _form(budget, text, error, stored=stored, store=store)
        return _html(start_response, "422 Unprocessable Content", page)

    if store and db is None:
        # No form of this server sends it: the box is shown only with a database.
        return refused(
            "This server keeps no stories: start it with storyweave serve --db FILE to add to one.",
            words_field,
        )
    if store and not _same_origin(environ):
        return _cross_site(start_response, "storyweave ingest")
    if words is None:
        # As the command line refuses a budget out of range, rather than summarize to one not asked for.
        kept = " (the files were not kept: choose again)" if form.files else ""
        return refused(
            f"Summary words: {words_field.strip()!r} is not a whole number from 1 to {MAX_WORDS}{kept}.",
            words_field,
        )
    if not form.files and not text.strip():
        # The form no longer requires the text (files may come instead): say what to give, not that
        # "pasted" text was an empty file.
        return refused("Nothing to read: choose the articles' files, or paste their text.", words)
    if form.files and text.strip():
        return refused(
            "Give the articles as files or as pasted text, not both (the files were not kept: choose again).",
            words,
        )
    try:
        upload = api.report_upload(form.files, text, words=words, most_reports=MAX_REPORTED_STORIES)
    except StoryweaveError as exc:
        return refused(str(exc), words)
    status, stored_now = "200 OK", {}
    if store and db is not None:
        # The report's articles, stored as `storyweave ingest` stores them (QA6 #12); its skipped input is the
        # command line's, listed in the report.
        try:
            added = api.add_to_store(upload.batch, db, lines=upload.lines)
            skipped = len(upload.batch.problems)
            said, said_skipped = _said_added(added, skipped)
            stored_now = {"added": added, "skipped": skipped, "said": said, "said_skipped": said_skipped}
        except StoryweaveError as exc:
            # The database cannot be written now (read-only, busy): the report stands, nothing was added.
            status, stored_now = "409 Conflict", {"store_error": _reason(exc, db)}
    one = len(upload.stories) == 1
    page = render(upload.stories[0].report, "html") if one else _stories_page(upload, stored=stored)
    return _html(start_response, status, _with_links(page, stored=stored, fields=stored_now))


def _said_added(added: api.AddedToStore, skipped: int) -> tuple[str, str]:
    """What an upload added to the store, as ``storyweave ingest`` says it (``AddResult.described``), split
    before its closing count of the ``skipped`` input, which the page links to the list of that input."""
    *said, said_skipped = added.stored.described_parts(skipped)
    return "".join(f"{part}, " for part in said), said_skipped


def _stories_page(upload: api.UploadReport, *, stored: bool) -> str:
    """The page of an upload of several stories: the list of the stories, then each one's report under its anchor.

    The reports are the HTML renderer's pages (their text escaped there): the first one's head (its style) heads
    the page, and each one's body follows the list, its ids made its own (see :func:`_embedded`).
    """
    stories = upload.stories
    # Numbered as listed: a story without a report (see MAX_REPORTED_STORIES) keeps its number.
    pages = {
        number: render(found.report, "html")
        for number, found in enumerate(stories, 1)
        if found.report is not None
    }
    listing = _TEMPLATES.get_template("found").render(
        stories=[(found.story, found.report is not None) for found in stories],
        unreported=len(stories) - len(pages),
        stored=stored,
        articles=len(upload.batch.articles),
        lines_of=upload.lines_of,
        grouped=upload.grouped,
        notes=upload.batch.notes,
        problems=upload.batch.problems,
    )
    first = next(iter(pages.values()))
    head = _REPORT_TITLE.sub(f"<title>{len(stories)} stories — storyweave</title>", first, count=1)
    head = head[: _BODY_TAG.search(head).end()]
    reports = "".join(
        f'\n<section class="story-report" id="story-{number}">\n<p class="meta"><a href="#stories">↑ The '
        f"{len(stories)} stories</a></p>{_embedded(page, f'story-{number}')}</section>"
        for number, page in pages.items()
    )
    return f"{head}\n{listing}{reports}\n</body>\n</html>\n"


def _embedded(report_page: str, anchor: str) -> str:
    """The body of a rendered report page, to stand in a page of several under ``anchor``.

    Its ids, and its links to them, start with ``anchor`` ("src-3" of story 2 is "story-2-src-3"): the reports'
    citations would otherwise all lead to the first one's sources. Its ``<main>`` is a ``<div>``: a page has one.
    """
    body = report_page[_BODY_TAG.search(report_page).end() : report_page.rindex("</body>")]
    body = _REPORT_ANCHORS.sub(lambda attribute: f"{attribute[0]}{anchor}-", body)
    return body.replace("<main>", '<div class="main">').replace("</main>", "</div>")


@dataclass(frozen=True)
class _Form:
    """A posted form: each text field's values, and each chosen file's name (as sent) and bytes."""

    fields: dict[str, list[str]]
    files: list[tuple[str, bytes]]


def _posted(content_type: str, body: bytes) -> _Form:
    """The fields and files of a posted form: ``multipart/form-data``, else url-encoded text.

    Raises:
        multipart.MultipartError: A multipart body that does not parse.
    """
    kind, options = multipart.parse_options_header(content_type)
    if kind != "multipart/form-data":
        return _Form(parse_qs(body.decode("utf-8", errors="replace")), [])
    fields: dict[str, list[str]] = {}
    files: list[tuple[str, bytes]] = []
    # A push parser over the body in memory: no part is spooled to disk, unlike the library's blocking one.
    with multipart.PushMultipartParser(
        options.get("boundary", ""), len(body), max_header_size=_MAX_PART_HEADER_BYTES
    ) as parser:
        segment, chunks = None, []
        for event in parser.parse(body):
            if isinstance(event, multipart.MultipartSegment):
                segment, chunks = event, []
            elif event is not None:
                chunks.append(event)
            elif segment.filename is None:
                fields.setdefault(segment.name, []).append(b"".join(chunks).decode("utf-8", "replace"))
            # A file input left empty sends a part with an empty file name: no file.
            elif segment.name == "files" and segment.filename:
                files.append((segment.filename, b"".join(chunks)))
    return _Form(fields, files)


@dataclass(frozen=True)
class _Page:
    """One page of the story list: its stories, their place in the list, and the links to its neighbours."""

    stories: Sequence[Story]
    first: int  # 1-based position of the first story shown; 0 when none matched
    last: int
    total: int  # stories that matched
    stored: int  # stories in the database
    previous: str | None  # URL of the page before, if any
    next: str | None


def _story_list(db: Path, fields: dict[str, list[str]], start_response: StartResponse) -> Iterable[bytes]:
    query = fields.get("q", [""])[0].strip()
    sort = fields.get("sort", [""])[0]
    sort = sort if sort in api.STORY_ORDERS else DEFAULT_ORDER
    page_field = fields.get("page", [""])[0].lstrip("0")
    number = 1
    if page_field.isascii() and page_field.isdigit():
        # Python refuses to read an int of over 4,300 digits; any page past 10**18 is past the end anyway.
        number = int(page_field) if len(page_field) <= 18 else 10**18
    window: dict[str, dt.date | None] = {}
    for name, label in (("since", "From"), ("until", "To")):
        value = fields.get(name, [""])[0].strip()
        try:
            # A date field left empty sends the name with no value: no bound.
            window[name] = dt.date.fromisoformat(value) if value else None
        except ValueError:
            # Unlike an unknown order, a date misread as none would list stories outside the window asked.
            return _error(
                start_response,
                "400 Bad Request",
                f"{label}: {value!r} is not a date (YYYY-MM-DD).",
                stored=True,
            )
    since, until = window["since"], window["until"]
    if since and until and since > until:
        return _error(
            start_response,
            "400 Bad Request",
            f"The dates end ({until}) before they begin ({since}).",
            stored=True,
        )
    try:
        # The database searches, keeps the window, sorts and pages: only this page's stories are read.
        found = api.find_stories(
            db, query=query, order=sort, offset=(number - 1) * PAGE_SIZE, limit=PAGE_SIZE, **window
        )
        last = max(1, -(-found.matched // PAGE_SIZE))
        if number > last:  # past the end: the last page
            number = last
            found = api.find_stories(
                db, query=query, order=sort, offset=(last - 1) * PAGE_SIZE, limit=PAGE_SIZE, **window
            )
    except StoryweaveError as exc:
        # The database was readable at start-up; it has gone or broken since.
        return _error(start_response, "500 Internal Server Error", _reason(exc, db), stored=False)
    # What the page links keep: default values stay out of the URL, so the first page of the plain list
    # is just /stories.
    kept = {
        "q": query,
        "sort": sort if sort != DEFAULT_ORDER else "",
        "since": since.isoformat() if since else "",
        "until": until.isoformat() if until else "",
    }
    page = _page(found, number, kept)
    html = _TEMPLATES.get_template("stories").render(
        page=page, query=query, sort=sort, orders=api.STORY_ORDERS, since=since, until=until
    )
    return _html(start_response, "200 OK", html)


def _page(found: StoryPage, number: int, kept: dict[str, str]) -> _Page:
    """Page ``number`` (from 1, within the pages there are) of a search, linked to its neighbours.

    ``kept`` holds the list's query fields the links carry (the empty ones are left out).
    """
    pages = max(1, -(-found.matched // PAGE_SIZE))
    start = (number - 1) * PAGE_SIZE
    shown = found.stories

    def link(to: int) -> str | None:
        if not 1 <= to <= pages:
            return None
        fields = {**kept, "page": str(to) if to > 1 else ""}
        encoded = urlencode({name: value for name, value in fields.items() if value})
        return f"/stories?{encoded}" if encoded else "/stories"

    return _Page(
        shown,
        start + 1 if shown else 0,
        start + len(shown),
        found.matched,
        found.stored,
        link(number - 1),
        link(number + 1),
    )


def _story(
    db: Path,
    story_id: str,
    words: int,
    start_response: StartResponse,
    *,
    status: str = "200 OK",
    done: str | None = None,
    error: str | None = None,
    fields: dict[str, str] | None = None,
    follow: bool = False,
) -> Iterable[bytes]:
    """A stored story's page: its report under the links and the correction forms.

    ``done`` is the line saying what correction was just made; ``error`` why
    one was refused (then ``status`` is the refusal's, and ``fields`` the
    values posted, shown again in the forms). With ``follow`` (a GET), the id
    of a story that stopped existing is a redirect to the page of the story it
    names now, with the same budget; else (a correction posted from a page left
    open) a 404 linking that story, as refusing a change made on a page that no
    longer shows the story must not pass it on to another.

    The redirect is a 302 Found: temporary, as where an old id leads is a fact of
    the grouping now, which a later merge, move or regroup changes (the story
    it names is that of its first article then). A 301 or 308 would be kept by
    the browser with no expiry, which would go on sending the old address to the
    story it first named, and invites a client to replace its bookmark by the
    story's id of today; the old id is itself the lasting name. 303 is for the
    answer to a form posted; 307 is the same as 302 for a GET.
    """
    try:
        # The id goes to the store only as a bound SQL parameter. An unknown id raises, and so does a
        # database gone since start-up: either way there is no such story to show.
        report_page = api.report_story(db, story_id, words=words, fmt="html")
    except StoryweaveError as exc:
        went_into = _went_into(db, story_id)
        if follow and went_into is not None:
            # The budget asked for goes along; "merged" lets the page say why the address changed.
            kept = {"words": str(words)} if words != DEFAULT_WORDS else {}
            query = urlencode({**kept, "merged": story_id})
            location = f"{_STORIES_PREFIX}{quote(went_into, safe='')}?{query}"
            start_response("302 Found", [("Location", location), ("Content-Length", "0")])
            return []
        return _error(start_response, "404 Not Found", _reason(exc, db), stored=True, merged_into=went_into)
    story = {"story_id": story_id, "words": words, "done": done, "error": error, "fields": fields or {}}
    return _html(start_response, status, _with_links(report_page, stored=True, fields=story))


def _went_into(db: Path, story_id: str) -> str | None:
    """The story an id that stopped existing names now (:func:`storyweave.api.current_story_id`); None for an id
    no story ever had, or a story's own (and when the database cannot be read)."""
    try:
        current = api.current_story_id(db, story_id)
    except StoryweaveError:
        return None
    return current if current != story_id else None


def _same_origin(environ: dict) -> bool:
    """Whether a request comes from a page of this server (its scheme, host and port), not another site's.

    Any page the user opens may post a form to this server (cross-site request
    forgery); the browser says where from. ``Sec-Fetch-Site``, when sent, must
    be ``same-origin`` (``same-site`` is another port of the same host: another
    local server); ``Origin``, or without one ``Referer``, must name this
    server as the ``Host`` header does (checked against the loopback names by
    :func:`make_app`; "null", a sandboxed or local page, names none, except
    beside ``Sec-Fetch-Site: same-origin``). A request with none of the three
    is refused: browsers send ``Origin`` with every POST, so only a script
    omits it, and one that means to change the stories can use the command
    line, or say ``Origin``.
    """
    site = environ.get("HTTP_SEC_FETCH_SITE")
    if site is not None and site != "same-origin":
        return False
    origin = environ.get("HTTP_ORIGIN")
    if origin == "null" and site is not None:
        # Under a "no-referrer" referrer policy (a browser setting can make it every page's) a form posted
        # to its own origin says "Origin: null" too (Fetch, "append a request Origin header"). Sec-Fetch-Site,
        # which no page can set, vouches for it: an opaque origin (a sandboxed frame, a local file) is never
        # same-origin.
        origin = None
    named = origin or environ.get("HTTP_REFERER")
    if named is None:
        return site is not None
    own = _origin(f"{environ.get('wsgi.url_scheme', 'http')}://{environ.get('HTTP_HOST', '')}")
    return own is not None and _origin(named) == own


def _cross_site(start_response: StartResponse, commands: str) -> Iterable[bytes]:
    """The 403 page of a change to the stories not posted from this server's own page; ``commands`` do it instead."""
    error = (
        "Refused: a change to the stories must be posted from this server's own page, and this request "
        f"came from another site or named none. From a script, use {commands}."
    )
    return _error(start_response, "403 Forbidden", error, stored=True)


def _origin(url: str) -> tuple[str, str, int] | None:
    """The scheme, host name and port of a URL ("http://LocalHost" -> ("http", "localhost", 80)), else None."""
    try:
        parts = urlsplit(url)
        port = parts.port or {"http": 80, "https": 443}.get(parts.scheme)
    except ValueError:  # a port that is no number, or brackets that close nothing
        return None
    # "null" (a sandboxed or local page) has no host: it names no server. Nor does a URL with user info or a
    # backslash before its path, which no browser sends: parsers disagree on its host (urlsplit reads
    # "http://evil\\@127.0.0.1/" as 127.0.0.1, a browser as evil).
    if not parts.hostname or not port or "@" in parts.netloc or "\\" in parts.netloc:
        return None
    return (parts.scheme, parts.hostname.rstrip("."), port)


def _correct(
    db: Path, story_id: str, action: str, environ: dict, start_response: StartResponse
) -> Iterable[bytes]:
    """Make a correction posted from a story's page and send the browser to the story it results in."""
    if not _same_origin(environ):
        return _cross_site(start_response, "storyweave merge or storyweave move")
    try:
        posted = _read_form(environ, stored=True)
    except _BadBody as exc:
        return _html(start_response, exc.status, exc.page)
    fields = {name: values[0].strip() for name, values in posted.fields.items()}
    try:
        if action == "merge":
            # The page's story first; one also typed in the field is still named once.
            named = [
                name for name in dict.fromkeys([story_id, *_IDS.split(fields.get("stories", ""))]) if name
            ]
            if len(named) < 2:
                # The API's reason ("name two or more stories") is the command line's: here one is named already.
                raise StoryChoiceError(
                    "Name the story (or stories) to merge into this one: their ids, such as s0002."
                )
            story = api.merge_stories(db, named)
        else:
            # The page's story must exist, as a merge from it needs it: a move posted from the page of a story
            # unknown or merged away (a page left open) is refused as that merge is, with where it went.
            api.story_articles(db, story_id)
            article = fields.get("article", "")
            if article not in _article_ids(db, story_id):
                # The form is this story's: moving another story's article from here (a typo, a stale page)
                # would change a story the editor is not looking at.
                raise StoryChoiceError(
                    f"There is no article {article!r} in this story: the form on a story's page moves that story's "
                    "articles. To move an article of another story, use the form on that story's page."
                )
            to = fields.get("to", "")
            # Story ids are "s" and digits: "New" typed with a capital is no story's id either.
            story = api.move_article(db, article, None if to.casefold() == "new" else to)
    except StoryweaveError as exc:
        # An id the API refused is the editor's to fix; anything else is the database's (read-only, busy).
        status = "422 Unprocessable Content" if isinstance(exc, StoryChoiceError) else "409 Conflict"
        return _story(
            db, story_id, DEFAULT_WORDS, start_response, status=status, error=_reason(exc, db), fields=fields
        )
    location = f"{_STORIES_PREFIX}{quote(story.id, safe='')}?done={action}"
    start_response("303 See Other", [("Location", location), ("Content-Length", "0")])
    return []


def _article_ids(db: Path, story_id: str) -> tuple[str, ...]:
    """The ids of a stored story's articles, its near-duplicate copies too (a copy moves with its original).

    The report's own list leaves the copies out; the story list's entry of the story has them all.
    """
    # The search finds the id among the words of every story's entry ("s0003" is in "s00031" too): only the
    # story of that very id counts.
    found = api.find_stories(db, query=story_id)
    return next((story.article_ids for story in found.stories if story.id == story_id), ())


def _reason(exc: StoryweaveError, db: Path) -> str:
    """The API's one-line reason, as a web page shows it: without the server's database path.

    The command line names the database the user gave it; a page is read in a browser, by someone who
    need not know where the server keeps its files.
    """
    return str(exc).removeprefix(f"{db}: ")


def _with_links(report_page: str, *, stored: bool, fields: dict[str, Any] | None = None) -> str:
    """A rendered HTML report with the links back to the UI's pages first in its body.

    The report is the file ``storyweave report --format html`` writes, which
    links nowhere; its text is escaped, so its first ``<body`` is the tag.
    ``fields`` fill what follows the links: a stored story's budget and correction forms
    (see :func:`_story`), or what an upload added to the store (see :func:`_report`).
    """
    links = _TEMPLATES.get_template("links").render(stored=stored, **(fields or {}))
    body = _BODY_TAG.search(report_page)
    if body is None:  # Not a page of the report template: leave it as rendered.
        return report_page
    return f"{report_page[: body.end()]}\n{links}{report_page[body.end() :]}"


def _error(
    start_response: StartResponse,
    status: str,
    error: str,
    *,
    stored: bool,
    headers: Sequence[tuple[str, str]] = (),
    merged_into: str | None = None,
) -> Iterable[bytes]:
    """An error page; ``merged_into``: the story a story asked for was merged into, linked."""
    page = _TEMPLATES.get_template("error").render(
        status=status, error=error, stored=stored, merged_into=merged_into
    )
    return _html(start_response, status, page, headers)


def _html(
    start_response: StartResponse, status: str, page: str, headers: Sequence[tuple[str, str]] = ()
) -> Iterable[bytes]:
    body = page.encode("utf-8")
    start_response(
        status,
        [
            ("Content-Type", "text/html; charset=utf-8"),
            ("Content-Length", str(len(body))),
            # frame-ancestors: another site could frame a story's page and lead clicks onto its forms; the
            # browser then posts them as this page's own (default-src does not cover framing).
            (
                "Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
            ),
            *headers,
        ],
    )
    return [body]


class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    """A WSGI server answering each connection in its own thread, as ``http.server.ThreadingHTTPServer`` does.

    Its threads are daemons: closing the server (or leaving the process)
    does not wait for a client that stopped sending.
    """

    daemon_threads = True
    read_timeout: float = READ_TIMEOUT_S


class _LoggingHandler(WSGIRequestHandler):
    """Request lines go to ``logging``, not straight to stderr; a connection silent too long is dropped."""

    server: _ThreadingWSGIServer

    def setup(self) -> None:
        # StreamRequestHandler.setup gives the socket this timeout: each read waits at most this long.
        self.timeout = self.server.read_timeout
        super().setup()

    def handle(self) -> None:
        try:
            super().handle()
        except TimeoutError:
            # A request line or headers sent in part: wsgiref does not catch the timeout as http.server does.
            logger.info("%s dropped: nothing sent for %g s", self.address_string(), self.timeout)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 -- the base class's name
        logger.info("%s %s", self.address_string(), format % args)


def make_app_server(
    host: str = "127.0.0.1", port: int = 8765, db: Path | None = None, *, read_timeout: float = READ_TIMEOUT_S
) -> WSGIServer:
    """A threaded server for :func:`make_app`, bound but not yet serving (port 0 picks a free one).

    Args:
        host: Address to listen on.
        port: Port to listen on; 0 picks a free one (see ``server_port``).
        db: The database to browse under ``/stories``, if any (see :func:`make_app`).
        read_timeout: Seconds a connection may send nothing before it is dropped.
    """
    # On loopback, the app answers loopback names only (see make_app); an address the user chose answers all.
    hosts = LOOPBACK_HOSTS | {host.lower()} if _is_loopback(host) else None
    if hosts is None and db is not None:
        # The checks of a correction's origin rest on the host names answered: say what is open without them.
        logger.warning(
            "answering every host name on %s: anyone who can reach it, and any web page through DNS "
            "rebinding, can read and correct the stories of %s",
            host,
            db,
        )
    server = make_server(
        host,
        port,
        make_app(db, hosts=hosts),
        server_class=_ThreadingWSGIServer,
        handler_class=_LoggingHandler,
    )
    server.read_timeout = read_timeout
    return server


def _is_loopback(host: str) -> bool:
    """Whether ``host`` is a loopback address or name (which only this machine can reach)."""
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return host.lower().rstrip(".") == "localhost"
