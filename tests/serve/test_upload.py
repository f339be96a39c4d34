"""Uploading the articles' files to the web UI: a real multipart request to a real server on loopback."""

import html
import http.client
import re
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from storyweave.cli import main
from storyweave.ingest import read_articles
from storyweave.serve import app as app_module

from .conftest import serving

# One story from three outlets: two plain-text files in the folder format (a " date" line opens each) and a
# page saved from a third outlet's site, which names itself in its metadata.
TXT_FILES = {
    "wrenport-gazette.txt": " date 2024-03-05 A fire destroyed the Pier 7 warehouse in Wrenport late on Tuesday "
    "night, officials said. Fire Chief Ana Ruiz said crews fought the blaze for six hours.\n",
    "coast-radio.txt": " date 2024-03-06 Fire destroyed a warehouse at Pier 7 in Wrenport on Tuesday night, "
    "officials said. Crews fought the blaze for six hours, Chief Ana Ruiz said.\n",
}
HTML_PAGE = (
    "wrenport-fire.html",
    b"""<!doctype html><html><head><meta charset="utf-8">
<meta property="og:site_name" content="Harbor Daily"><title>Pier 7 warehouse burns</title>
<script>document.title = "pwned"</script></head>
<body><article><h1>Pier 7 warehouse burns</h1>
<p>A warehouse at Pier 7 in Wrenport burned down on Tuesday night, officials said.</p>
<p>Fire Chief Ana Ruiz said crews fought the blaze for six hours before it was out.</p>
</article></body></html>""",
)
GOOD_FILES = [(name, text.encode()) for name, text in TXT_FILES.items()] + [HTML_PAGE]
# Bytes no reader takes: NUL bytes (a binary file), and nothing at all.
BINARY = ("scan.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
EMPTY = ("blank.html", b"")
UNSUPPORTED = ("notes.pdf", b"%PDF-1.7")

_LINKS = re.compile(r"\n<nav>.*?</nav>")


@pytest.fixture(scope="module")
def base_url():
    with serving() as url:
        yield url


def _quoted(name):
    """A file name as a browser quotes it in the part's header (WHATWG HTML: only CR, LF and '"' are encoded)."""
    return name.replace("\r", "%0D").replace("\n", "%0A").replace('"', "%22")


def _multipart(files=(), **fields):
    """A ``multipart/form-data`` body as the upload form sends it: its Content-Type and bytes."""
    boundary = "----storyweaveTestBoundary7MA4YWxkTrZu0gW"
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in fields.items()
    ]
    parts += [
        f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{_quoted(name)}"\r\n'
        "Content-Type: application/octet-stream\r\n\r\n".encode()
        + data
        + b"\r\n"
        for name, data in files
    ]
    return f"multipart/form-data; boundary={boundary}", b"".join(parts) + f"--{boundary}--\r\n".encode()


def _upload(url, files=(), **fields):
    """POST the form; (status, page, headers), whether the status is an error or not."""
    content_type, body = _multipart(files, **fields)
    request = urllib.request.Request(url + "/report", data=body, headers={"Content-Type": content_type})
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.status, response.read().decode(), response.headers
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(), error.headers


def _cli_report(folder):
    """``storyweave report FOLDER --format html --words 60``, as it prints it."""
    result = CliRunner().invoke(main, ["report", str(folder), "--format", "html", "--words", "60"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.stdout


def _skipped(page):
    """The lines of the report's "Skipped input" list, as text."""
    section = page.partition("Skipped input")[2]
    return [html.unescape(re.sub(r"<[^>]+>", "", item)) for item in re.findall(r"<li>(.*?)</li>", section)]


def _written(tmp_path, files):
    folder = tmp_path / "story"
    folder.mkdir()
    for name, data in files:
        (folder / name).write_bytes(data)
    return folder


def test_uploaded_files_give_the_cli_report_of_the_same_files(base_url, tmp_path, encoder):
    status, page, headers = _upload(base_url, GOOD_FILES, words="60")

    assert status == 200
    # The same report as the command line's for a folder of these files (sent in another order: read by name).
    assert _LINKS.sub("", page, count=1) + "\n" == _cli_report(_written(tmp_path, reversed(GOOD_FILES)))
    for outlet in ("wrenport-gazette", "coast-radio", "Harbor Daily"):
        assert outlet in page
    assert "2024-03-05" in page  # the date line was read as the date


def test_a_bad_file_is_skipped_with_the_clis_reason_and_the_others_make_the_report(
    base_url, tmp_path, encoder
):
    files = [*GOOD_FILES, BINARY, EMPTY, UNSUPPORTED]

    status, page, _ = _upload(base_url, files, words="60")

    assert status == 200
    assert "Harbor Daily" in page and "coast-radio" in page
    folder = _written(tmp_path, [BINARY, EMPTY, UNSUPPORTED])
    problems = read_articles([folder / name for name, _ in (EMPTY, UNSUPPORTED, BINARY)]).problems
    expected = [f"{problem.origin.rpartition('/')[2]}: {problem.reason}" for problem in problems]
    assert len(expected) == 3
    assert _skipped(page) == expected  # each named by its file name, with the CLI's own reason


def test_files_with_nothing_readable_are_a_422_with_the_reason(base_url):
    status, page, _ = _upload(base_url, [BINARY, UNSUPPORTED], words="60")

    assert status == 422
    assert "no readable articles" in page
    assert "scan.txt: " in page and "notes.pdf: unsupported file type" in page


@pytest.mark.parametrize(
    "hostile",
    [
        "../../../tmp/storyweave-upload-escape.txt",
        "..\\..\\storyweave-upload-escape.txt",
        "fire\x00.txt",
        "<img src=x onerror=alert(1)>.txt",
        "f" * 5000 + ".txt",
    ],
    ids=["dot-dot", "backslashes", "nul", "markup", "5000-characters"],
)
def test_a_hostile_file_name_reaches_no_disk_path_and_no_markup(
    base_url, tmp_path, monkeypatch, hostile, encoder
):
    spool, cwd = tmp_path / "spool", tmp_path / "cwd"
    spool.mkdir()
    cwd.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spool))  # where anything spooled to disk would go
    monkeypatch.chdir(cwd)  # where a relative name would be written
    hostile_file = (hostile, TXT_FILES["coast-radio.txt"].encode())

    status, page, _ = _upload(base_url, [GOOD_FILES[0], hostile_file], words="60")

    assert status == 200
    assert "Pier 7" in page and "wrenport-gazette" in page
    assert "coast-radio" not in page  # the hostile file's article is read under its own (cut) name
    assert "<img" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page or "<" not in hostile
    assert "../" not in page and "..\\" not in page and "\x00" not in page
    assert "f" * 256 not in page  # cut to at most 255 characters
    assert not list(spool.iterdir()) and not list(cwd.iterdir())
    assert not Path("/tmp/storyweave-upload-escape.txt").exists()


def test_a_body_over_the_cap_is_a_413_naming_the_limit(base_url):
    big = ("huge.txt", b"A fire broke out. " * (app_module.MAX_BODY_BYTES // 18 + 1))
    content_type, body = _multipart([big], words="60")
    connection = http.client.HTTPConnection(urllib.parse.urlsplit(base_url).netloc, timeout=60)
    try:
        # All of it, as a browser sends it: the server reads a body it will not take before it answers (an
        # answer before would close on unread data, and the client would get a broken pipe, not the page).
        connection.request("POST", "/report", body=body, headers={"Content-Type": content_type})
        response = connection.getresponse()
        status, page = response.status, response.read().decode()
    finally:
        connection.close()

    assert status == 413
    assert f"{app_module.MAX_BODY_BYTES:,} bytes" in page


def test_pasted_text_still_works_when_sent_as_the_form_sends_it(base_url, encoder):
    # The form now posts multipart/form-data, with an empty file part when no file is chosen (as browsers do).
    text = "".join(TXT_FILES.values()).replace("\n date", "\n|||||\n date")

    status, page, _ = _upload(base_url, [("", b"")], articles=text, words="60")

    assert status == 200
    assert "Pier 7" in page and "pasted-1" in page and "pasted-2" in page


def test_files_and_pasted_text_together_are_a_422_asking_for_one(base_url):
    status, page, _ = _upload(base_url, GOOD_FILES, articles="A fire broke out at Pier 7.", words="60")

    assert status == 422
    assert "not both" in page
    assert "A fire broke out at Pier 7." in page  # the text is kept in the form


def test_the_report_of_an_upload_runs_no_script(base_url, encoder):
    status, page, headers = _upload(base_url, GOOD_FILES, words="60")

    assert status == 200
    policy = headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "script-src" not in policy
    assert "<script" not in page  # the saved page's script is not carried into the report


def test_the_form_takes_several_files_as_multipart(base_url):
    page = urllib.request.urlopen(base_url + "/", timeout=10).read().decode()

    assert '<form method="post" action="/report" enctype="multipart/form-data">' in page
    assert re.search(r'<input type="file" name="files" multiple>', page)
    assert "not both" in page
