"""The web UI shows the warnings ``storyweave report`` prints on stderr for input read with a caveat."""

import html
import io
import re
import subprocess
import sys
import threading
from urllib.parse import urlencode

from storyweave import ingest
from storyweave.serve.app import make_app

_FIRE = "A fire destroyed the Pier 7 warehouse in Wrenport on Tuesday night, officials said."
_CREWS = "Fire Chief Ana Ruiz said crews fought the blaze at the café for six hours."
# Two articles of one story, in UTF-8.
CLEAN = [("gazette.txt", f"date 2024-03-05\n{_FIRE} {_CREWS}\n".encode()), ("radio.txt", _CREWS.encode())]
# Not UTF-8: "café" in Windows-1252, as an old editor saves it.
CP1252 = ("legacy.txt", f"date 2024-03-05\n{_FIRE} {_CREWS}\n".encode("cp1252"))
FUTURE = ("typo.txt", f"date 2204-05-08\n{_FIRE} {_CREWS}\n".encode())
_NOTES = re.compile(r'<section id="notes">.*?</section>', re.DOTALL)


def _multipart(files):
    boundary = "----storyweaveNotesBoundary"
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{name}"\r\n\r\n'.encode()
        + data
        + b"\r\n"
        for name, data in files
    ]
    return f"multipart/form-data; boundary={boundary}", b"".join(parts) + f"--{boundary}--\r\n".encode()


def _post(app, content_type, body):
    """POST /report to the WSGI app: (status, page)."""
    environ = {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": "/report",
        "HTTP_HOST": "127.0.0.1:8765",
        "CONTENT_TYPE": content_type,
        "CONTENT_LENGTH": str(len(body)),
        "wsgi.input": io.BytesIO(body),
    }
    answer = {}

    def start_response(status, headers):
        answer["status"] = status

    page = b"".join(app(environ, start_response)).decode()
    return answer["status"], page


def _upload(files, app=None):
    return _post(app or make_app(), *_multipart(files))


def _notes(page):
    """The notes box's lines, as text; None without a box."""
    (box,) = _NOTES.findall(page) or [None]
    if box is None:
        return None
    return [html.unescape(item) for item in re.findall(r"<li>(.*?)</li>", box)]


def _cli_warnings(tmp_path, files):
    """What ``storyweave report`` prints on stderr for the same files in a folder (the folder path dropped)."""
    folder = tmp_path / "story"
    folder.mkdir()
    for name, data in files:
        (folder / name).write_bytes(data)
    # A process of its own: under pytest, the command's logging setup leaves pytest's handlers in place.
    result = subprocess.run(
        [sys.executable, "-m", "storyweave", "report", str(folder), "--format", "html"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return [line.replace(f"{folder}/", "") for line in result.stderr.splitlines()]


def test_a_windows_1252_upload_shows_the_clis_note_without_the_path(tmp_path):
    status, page = _upload([CLEAN[1], CP1252])

    assert status == "200 OK"
    notes = _notes(page)
    assert notes == [
        "legacy.txt: not valid UTF-8 text (byte 0xE9 at offset 158); read as Windows-1252 (Latin-1)"
    ]
    # The command line's stderr line for the same file, as a name in a folder.
    assert _cli_warnings(tmp_path, [CLEAN[1], CP1252]) == [f"storyweave: {notes[0]}"]
    # Listed once, by the report itself, as in the file `storyweave report --format html` writes.
    assert page.count('id="notes"') == 1
    assert "café" in page  # read as Windows-1252, not skipped


def test_a_future_date_shows_its_note():
    status, page = _upload([CLEAN[1], FUTURE])

    assert status == "200 OK"
    assert _notes(page) == ["typo.txt: the date 2204-05-08 is in the future (kept; check it)"]


def test_pasted_text_with_an_unreadable_date_shows_its_note_escaped():
    pasted = f"date: <script>alert(1)</script>\n{_FIRE}\n|||||\n{_CREWS}"
    content_type = "application/x-www-form-urlencoded"

    status, page = _post(make_app(), content_type, urlencode({"articles": pasted}).encode())

    assert status == "200 OK"
    (box,) = _NOTES.findall(page)
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in box
    assert _notes(page) == ["pasted: ignoring unreadable date '<script>alert(1)</script>'"]


def test_a_clean_upload_shows_no_notes_box():
    status, page = _upload(CLEAN)

    assert status == "200 OK"
    assert _notes(page) is None
    assert "Read with a caveat" not in page


def test_skipped_input_is_listed_as_skipped_not_as_a_note():
    status, page = _upload([*CLEAN, ("scan.txt", b"\x89PNG\x00\x00")])

    assert status == "200 OK"
    assert "scan.txt" in page.partition("Skipped input")[2]
    assert _notes(page) is None


def test_two_requests_at_once_see_only_their_own_notes(monkeypatch):
    # make_server answers one request at a time; a threaded server must not mix two requests' notes. Both
    # requests wait, their files read and their warnings logged, until the other has read its own.
    both_read = threading.Barrier(2, timeout=60)
    read_uploaded = ingest.read_uploaded

    def read_then_wait(files, **options):
        batch = read_uploaded(files, **options)
        both_read.wait()
        return batch

    # The API reads the upload (api.report_upload), with the reader of the ingest module.
    monkeypatch.setattr(ingest, "read_uploaded", read_then_wait)
    app = make_app()
    pages = {}

    def request(files):
        pages[files[-1][0]] = _upload(files, app)[1]

    threads = [threading.Thread(target=request, args=([CLEAN[1], file],)) for file in (CP1252, FUTURE)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert [note.partition(":")[0] for note in _notes(pages["legacy.txt"])] == ["legacy.txt"]
    assert [note.partition(":")[0] for note in _notes(pages["typo.txt"])] == ["typo.txt"]


def test_a_syndicated_copy_counted_once_shows_its_note():
    copy = ("wire-copy.txt", CLEAN[0][1])

    status, page = _upload([*CLEAN, copy])

    assert status == "200 OK"
    assert _notes(page) == [
        "wire-copy.txt (wire-copy): a near-duplicate of gazette.txt (gazette), counted once"
    ]
