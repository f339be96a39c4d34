"""reading_notes: the warnings of one reading, for a caller that has no stderr to show (the web UI)."""

import logging
import threading

from storyweave.ingest import read_pasted, read_uploaded, reading_notes


def test_notes_are_the_warnings_logged_in_the_block_but_not_the_problems():
    files = [
        ("a.jsonl", b'{"id": "a", "text": "A fire broke out.", "date": "someday"}\n'),
        ("b.pdf", b"%PDF"),
    ]

    with reading_notes() as notes:
        batch = read_uploaded(files)

    assert notes == ["a.jsonl:1: ignoring unreadable date 'someday'"]
    assert [problem.origin for problem in batch.problems] == ["b.pdf"]  # skipped input, not a note
    read_pasted("date: someday\nA fire broke out.")
    assert len(notes) == 1  # none after the block


def test_warnings_of_another_thread_are_not_this_blocks():
    other = threading.Thread(target=logging.getLogger("storyweave.ingest").warning, args=("not mine",))

    with reading_notes() as notes:
        other.start()
        other.join()
        logging.getLogger("storyweave.api").warning("mine")

    assert notes == ["mine"]
