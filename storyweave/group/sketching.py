"""Sketching a batch of articles in worker processes while the grouper works through it.

Most of what grouping an article costs depends on the article alone: its term
counts, names, MinHash signature and figures (:class:`~storyweave.group.stories.ArticleSketch`).
Only the rest depends on the stream so far and must run in order in one
process. So on a machine with more than one core a big batch is sketched by a
pool of worker processes, in order, while the grouper takes each sketch as it
comes; the stories are the same as sketching in-process, since a sketch is a
pure function of the article.

The workers are forked (Linux only): a forked worker starts at once, and runs
no ``__main__`` module again, as spawned or forkserver ones would in a script
without an ``if __name__ == "__main__"`` guard. Only the main thread forks: a
call from another thread (a web server's request) sketches in-process, since
the server's other requests may hold locks a fork would copy held. Threads
that merely wait (a progress bar's monitor) do no harm: a worker runs only the
sketching code, and Python resets its own locks (the GIL, imports, logging)
in a forked child.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from storyweave.group.stories import ArticleSketch, ArticleSketcher
from storyweave.model import Article

logger = logging.getLogger(__name__)

# Below this many articles a batch is sketched in-process: the pool's start-up (forking, and each worker's
# first sketch) is then a large share of the work.
MIN_BATCH = 200
# Articles per task sent to a worker: small enough that the grouper waits little for the first sketches of a
# batch, large enough that the queue's overhead stays small (about 1 ms a task against 2-3 ms an article).
_CHUNK = 8
# How often a worker checks that the process that started it still runs.
_PARENT_CHECK_S = 1.0


class SketchPool:
    """Worker processes that sketch batches of articles, started on the first batch big enough.

    Args:
        workers: Worker processes; None: one per core this process may use.
            With fewer than two usable cores (or off Linux) every batch is
            sketched in-process.
    """

    def __init__(self, workers: int | None = None) -> None:
        usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
        self.workers = workers if workers is not None else usable
        self.usable_cores = usable
        self._executor: ProcessPoolExecutor | None = None
        self._broken = False

    def sketches(
        self, sketcher: ArticleSketcher, articles: Sequence[Article]
    ) -> Iterator[ArticleSketch | None]:
        """Each article's sketch, in order; None for one the grouper should sketch itself.

        A pool that breaks (a worker killed) is dropped with a warning, and the
        rest are sketched in-process: the same sketches.
        """
        executor = self._executor_for(len(articles))
        if executor is None:
            yield from (None for _ in articles)
            return
        done = 0
        try:
            for sketch in executor.map(sketcher, articles, chunksize=_CHUNK):
                yield sketch
                done += 1
        except BrokenProcessPool as exc:
            logger.warning("sketching in worker processes failed (%s); going on in this process", exc)
            self.close()
            self._broken = True
            yield from (None for _ in articles[done:])

    def close(self) -> None:
        """Stop the workers (a later big batch starts new ones)."""
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def _executor_for(self, count: int) -> ProcessPoolExecutor | None:
        if self._executor is not None:
            return self._executor
        if (
            count < MIN_BATCH
            or self.workers < 1
            or self.usable_cores < 2
            or self._broken
            or not sys.platform.startswith("linux")
            or threading.current_thread() is not threading.main_thread()
        ):
            return None
        self._executor = ProcessPoolExecutor(
            self.workers,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_exit_with_parent,
            initargs=(os.getpid(),),
        )
        return self._executor


def _exit_with_parent(parent: int) -> None:
    """Make this worker exit when the process that started it is gone (killed, it never shuts the pool down).

    A forked worker holds the write end of its own task queue, so it would
    wait for a task forever.
    """

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(_PARENT_CHECK_S)
        os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()
