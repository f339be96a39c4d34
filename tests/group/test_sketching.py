"""Sketching in worker processes: the same sketches and stories as in-process, and no worker left behind."""

import logging
import os
import random
import signal
import subprocess
import sys
import threading
import time

import pytest

from storyweave.group import StoryGrouper
from storyweave.group.sketching import MIN_BATCH, SketchPool
from storyweave.model import Article
from tests.group.conftest import TOPICS, make_article

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or len(os.sched_getaffinity(0)) < 2,
    reason="worker processes sketch only on Linux with two or more usable cores",
)


def _batch(count: int) -> list[Article]:
    rng = random.Random(11)
    topics = list(TOPICS)
    return [make_article(f"a{n}", topics[n % 3], n // 30, rng) for n in range(count)]


def _pid_of(article: Article) -> int:
    """A stand-in sketcher that says which process ran it."""
    return os.getpid()


class _DiesOn:
    """A stand-in sketcher whose worker process dies on one article, as one killed by the kernel would."""

    def __init__(self, fatal_id: str, parent: int) -> None:
        self.fatal_id, self.parent = fatal_id, parent

    def __call__(self, article: Article) -> str:
        if article.id == self.fatal_id and os.getpid() != self.parent:
            os._exit(1)
        return article.id


def test_a_big_batch_is_sketched_in_other_processes_as_in_this_one():
    articles = _batch(MIN_BATCH)
    sketcher = StoryGrouper().sketcher()
    pool = SketchPool()
    try:
        assert set(pool.sketches(_pid_of, articles)) - {None} - {os.getpid()}
        assert list(pool.sketches(sketcher, articles)) == [sketcher(article) for article in articles]
    finally:
        pool.close()


def test_a_small_batch_is_sketched_in_this_process():
    pool = SketchPool()
    assert list(pool.sketches(_pid_of, _batch(MIN_BATCH - 1))) == [None] * (MIN_BATCH - 1)
    pool.close()


def test_stories_from_sketches_made_apart_are_the_stories_made_in_process():
    articles = _batch(MIN_BATCH + 40)
    alone, helped = StoryGrouper(), StoryGrouper()
    pool = SketchPool()
    try:
        for article, sketch in zip(articles, pool.sketches(helped.sketcher(), articles), strict=True):
            assert sketch is not None
            alone.add(article)
            helped.add(article, sketch=sketch)
    finally:
        pool.close()
    assert helped.stories() == alone.stories()
    assert len(alone.stories()) < len(articles)


def test_a_worker_that_dies_leaves_the_rest_of_the_batch_to_this_process(caplog):
    articles = _batch(MIN_BATCH)
    pool = SketchPool()
    with caplog.at_level(logging.WARNING, logger="storyweave.group.sketching"):
        sketches = list(pool.sketches(_DiesOn("a150", os.getpid()), articles))
    # The sketches made before the worker died, then the rest left to this process (its grouper sketches them).
    made = sketches.index(None)
    assert made <= 150
    assert sketches == [article.id for article in articles[:made]] + [None] * (len(articles) - made)
    assert "going on in this process" in caplog.text
    # Not started again: every later batch is sketched here.
    assert list(pool.sketches(_pid_of, articles)) == [None] * len(articles)
    pool.close()


_ORPHANED = """
import os, sys
sys.path.insert(0, sys.argv[1])
from tests.group.test_sketching import _batch, _pid_of
from storyweave.group.sketching import SketchPool
pool = SketchPool()
print(*sorted(set(pool.sketches(_pid_of, _batch(300))) - {os.getpid()}), flush=True)
os.kill(os.getpid(), 9)
"""


def test_workers_exit_when_their_process_is_killed():
    root = os.path.dirname(os.path.dirname(os.path.dirname(__file__)))
    run = subprocess.run([sys.executable, "-c", _ORPHANED, root], capture_output=True, text=True, timeout=60)
    assert run.returncode == -signal.SIGKILL
    workers = [int(pid) for pid in run.stdout.split()]
    assert workers
    deadline = time.monotonic() + 30
    while any(os.path.exists(f"/proc/{pid}") and not _is_zombie(pid) for pid in workers):
        assert time.monotonic() < deadline, f"workers {workers} outlived their killed parent by 30 s"
        time.sleep(0.1)


def _is_zombie(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] == "Z"
    except FileNotFoundError:
        return True


def test_a_batch_from_another_thread_is_sketched_in_its_process():
    # A web server's request thread: its process runs other requests, whose locks a fork would copy held.
    pool = SketchPool()
    found = []
    thread = threading.Thread(target=lambda: found.extend(pool.sketches(_pid_of, _batch(MIN_BATCH))))
    thread.start()
    thread.join()
    pool.close()
    assert found == [None] * MIN_BATCH
