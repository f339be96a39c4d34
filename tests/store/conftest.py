"""Deterministic synthetic batches for the store tests, and a check of the story list against the articles."""

import datetime as dt
import random
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

from storyweave.model import Article

_EVENTS = [
    "flood river Danube Budapest levees evacuated residents sandbags water level",
    "election Chile Santiago runoff candidate ballots constitution turnout",
    "satellite launch rocket Kourou Ariane orbit payload countdown",
    "wildfire Alberta Jasper evacuation smoke firefighters hectares",
    "merger airline Lufthansa ITA Brussels regulators slots approval",
]
_FILLER = [
    "the",
    "a",
    "report",
    "said",
    "on",
    "today",
    "after",
    "new",
    "people",
    "many",
    "officials",
    "local",
    "week",
]


def make_batches(count: int, size: int, seed: int = 1) -> list[list[Article]]:
    """``count`` batches of ``size`` short articles with ids ``b{batch}-{n}``, dated in batch order."""
    rng = random.Random(seed)
    batches = []
    for b in range(count):
        batch = []
        for n in range(size):
            words = _EVENTS[rng.randrange(len(_EVENTS))].split()
            text = " ".join(rng.choice(words + _FILLER) for _ in range(40)) + f" serial {b} {n}."
            batch.append(
                Article(
                    id=f"b{b}-{n}",
                    text=text,
                    title=" ".join(rng.sample(words, 4)),
                    date=dt.date(2024, 1, 1) + dt.timedelta(days=b // 10),
                    source=f"Outlet {n % 3}",
                )
            )
        batches.append(batch)
    return batches


def assert_list_agrees_with_the_articles(store):
    """Every list row is the story a full read of its articles gives, and every story has one."""
    listed = store.find_stories().stories
    with sqlite3.connect(store.path) as db:
        assigned = {row[0] for row in db.execute("SELECT DISTINCT story_id FROM assignments")}
    assert {story.id for story in listed} == assigned
    assert list(listed) == [store.story(story.id) for story in listed]


def rewind_schema(path, version):
    """Leave the database at ``path`` as a store of schema ``version`` (1 or 2) left it, its articles kept."""
    with sqlite3.connect(path) as db:
        for trigger in ("story_stale_on_assign", "story_stale_on_move", "story_stale_on_unassign"):
            db.execute(f"DROP TRIGGER {trigger}")
        db.execute("DROP TABLE story_stale")
        if version < 2:
            db.execute("DROP TABLE story_rows")
            db.execute("DROP TABLE report_cache")
        db.execute(f"PRAGMA user_version = {version:d}")


def make_read_only(monkeypatch):
    """Make every database the store opens read-only, as ``chattr +i`` on the file did for QA.

    SQLite's ``mode=ro`` gives the same "readonly database" failure for any
    user, whereas permission bits do not stop root.
    """
    connect = sqlite3.connect

    def connect_read_only(database, **kwargs):
        return connect(f"{Path(database).as_uri()}?mode=ro", uri=True, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", connect_read_only)


def kill_after_batches(writer: subprocess.Popen, path: Path, batches: int = 3) -> None:
    """Kill -9 the ``writer`` process once it has committed ``batches`` batches to the database at ``path``."""
    deadline = time.monotonic() + 60
    committed = 0
    while committed < batches:
        assert writer.poll() is None, writer.stderr.read().decode()
        assert time.monotonic() < deadline, "the writer committed nothing within 60 s"
        try:
            with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
                committed = db.execute("SELECT COUNT(*) FROM batches").fetchone()[0]
        except sqlite3.OperationalError:  # not created yet, or the schema is being written
            pass
        time.sleep(0.02)  # polling the database, not timing anything
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    assert writer.returncode == -signal.SIGKILL
