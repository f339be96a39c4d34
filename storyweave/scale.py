"""Scale-out: many stories' reports at once, one Dask task per story, on one machine or many.

The tasks call :func:`storyweave.api.report` and :func:`storyweave.render.render`
unchanged; this module only reads the inputs, hands one story to each task and
writes what comes back. Inputs are read and outputs written by the calling
process, so the workers need storyweave installed but not the files: a remote
cluster works without a shared file system.

Heavy resources load once per worker process, not per task: each worker keeps
one encoder (a process-wide cache) whose ONNX model loads on first use and
stays loaded for the worker's later tasks. Each encoder uses its share of its
machine's cores, so workers sharing a machine don't oversubscribe it.

Needs the optional extra ``storyweave[scale]`` (``dask[distributed]``).

Example:
    >>> from storyweave.scale import read_stories, report_stories
    >>> inputs = read_stories(["../shared/data/duc2003/dev.jsonl"])  # doctest: +SKIP
    >>> run = report_stories(inputs.stories, out_dir="reports", workers=2)  # doctest: +SKIP
    >>> len(run.written), [str(p) for p in run.failed]  # doctest: +SKIP
    (30, [])
"""

from __future__ import annotations

import functools
import logging
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from tqdm import tqdm

from storyweave import api
from storyweave.align import AlignOptions
from storyweave.embed import Encoder, MiniLMOnnxEncoder
from storyweave.errors import BadInputError, StoryweaveError
from storyweave.ingest import read_articles, read_clusters, unique_names
from storyweave.model import Batch, Problem
from storyweave.render import Format, render
from storyweave.summarizer import SummaryOptions

if TYPE_CHECKING:
    from distributed import Client

logger = logging.getLogger(__name__)

PathLike = str | os.PathLike[str]

# A scheduler on a LAN answers in milliseconds; 10 s covers one starting up without leaving a
# mistyped address hanging for dask's 30 s default.
_CONNECT_SECONDS = 10
# How long a remote scheduler may have no worker before the run gives up instead of queueing forever.
_WORKER_WAIT_SECONDS = 60
# Characters kept in an output file name; everything else (path separators, spaces) becomes "_".
_UNSAFE_FILE_CHARACTERS = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class StoryInput:
    """One story to report: its articles as read (cleaning runs on the worker) or as stored.

    Attributes:
        name: The cluster id, the folder's name or the stored story's id; names
            the output file and every message about the story.
        batch: The articles, and the problems met reading them (carried into
            the report, as :func:`storyweave.api.load` does).
        cleaned: The articles were cleaned already (a stored story's are):
            the worker reports them as they are, as ``report --db`` does.
    """

    name: str
    batch: Batch
    cleaned: bool = False


@dataclass(frozen=True)
class StoryInputs:
    """What :func:`read_stories` found: the stories, and the inputs it skipped."""

    stories: tuple[StoryInput, ...]
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class RunSummary:
    """What :func:`report_stories` did.

    Attributes:
        written: One report file per story done, in input order.
        failed: One problem per story that failed, naming the story (its origin).
        skipped: Input skipped inside stories that were done (a bad file in a
            folder, an article left empty by cleaning), named ``story: ...``.
        seconds: Wall time of the whole run, cluster start-up included.
        workers: Dask workers the run had.
    """

    written: tuple[Path, ...]
    failed: tuple[Problem, ...]
    skipped: tuple[Problem, ...]
    seconds: float
    workers: int


@dataclass(frozen=True)
class _Outcome:
    """A task's result: the rendered report and the input problems it lists, or why the story failed."""

    text: str | None
    problems: tuple[Problem, ...] = ()
    error: str | None = None


def read_stories(paths: Sequence[PathLike]) -> StoryInputs:
    """Read the stories under ``paths``, in order; a bad path is skipped with a problem.

    Args:
        paths: Cluster files and story folders. In a ``.jsonl`` cluster file
            each line with ``documents`` is one story, named by its ``id`` (see
            ``../shared/data/README.md``); in a Multi-News file (``.multinews``,
            ``*.src``, ``.txt`` with ``|||||``) each line is one story, named
            ``{file stem}-{line}`` (a file of one story is one, named by its
            stem). All the articles in one folder are one story, named after
            the folder. A broken line of a cluster file is skipped with a
            problem, and the file's other stories go on.

    Returns:
        The stories, and the problems of the paths that gave no story (a
        folder without a readable article: why each file was skipped).
    """
    stories: list[StoryInput] = []
    problems: list[Problem] = []
    for path in map(Path, paths):
        if path.is_dir():
            batch = read_articles([path])  # logs each problem
            if batch.articles:
                stories.append(StoryInput(path.resolve().name, batch))
            else:
                # A folder with nothing to read is a problem of the input, not a story that fails on a worker.
                problems.extend(batch.problems)
            continue
        try:
            clusters = read_clusters(path, problems)  # logs and collects each skipped line
        except BadInputError as exc:
            problems.append(_warn(Problem(exc.origin, exc.reason)))
            continue
        stories.extend(StoryInput(cluster.id, Batch(cluster.articles)) for cluster in clusters)
    return StoryInputs(tuple(stories), tuple(problems))


def read_stored_stories(db: PathLike | None = None) -> StoryInputs:
    """Every story of a storyweave database, named by its id, with its articles as
    :func:`storyweave.api.story_articles` reads them (a loose feed, grouped by ``ingest``).

    Raises:
        StoryweaveError: No such database, or not a storyweave one.
    """
    return StoryInputs(
        tuple(StoryInput(story_id, batch, cleaned=True) for story_id, batch in api.stored_story_batches(db))
    )


def report_stories(
    stories: Sequence[StoryInput],
    *,
    out_dir: PathLike,
    scheduler: str | Client | None = None,
    workers: int | None = None,
    fmt: Format = "json",
    words: int = 120,
    options: SummaryOptions | None = None,
    align_options: AlignOptions | None = None,
    progress: bool = True,
) -> RunSummary:
    """Write every story's full report into ``out_dir``, one Dask task per story.

    A story that fails (no readable article, or any error in its task) is
    logged and listed in the result; the other stories go on.

    Args:
        stories: The stories, e.g. ``read_stories(paths).stories``.
        out_dir: Folder for the reports (created if missing): ``{name}.{fmt}``,
            the name with characters other than letters, digits, ``.``, ``_``
            and ``-`` replaced by ``_``; a name repeated gets ``-2``, ``-3``, ...
        scheduler: A running scheduler's address (``tcp://host:8786``), a
            connected ``distributed.Client`` (left open), or None to start a
            local cluster on the loopback interface for this run.
        workers: Worker processes of the local cluster (one thread each;
            default: one per core). Only when ``scheduler`` is None.
        fmt: Report format, as for :func:`storyweave.render.render`.
        words: Word budget of each summary.
        options: The summarizer's other knobs, as for :func:`storyweave.api.report`.
        align_options: Alignment thresholds, as for :func:`storyweave.api.report`.
        progress: Show a progress bar of finished stories on stderr (only when it is a terminal).

    Returns:
        The files written, the stories that failed, the input skipped, the wall time.

    Raises:
        StoryweaveError: The scheduler cannot be reached or has no workers.
        ValueError: ``workers`` given with a ``scheduler``, or fewer than 1.
    """
    if workers is not None and (scheduler is not None or workers < 1):
        raise ValueError("workers must be >= 1 and is only for the local cluster (scheduler=None)")
    start = time.perf_counter()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    files = [out / f"{stem}.{fmt}" for stem in unique_names([_file_stem(s.name) for s in stories])]
    written: dict[int, Path] = {}
    failed: dict[int, Problem] = {}
    skipped: list[Problem] = []
    with ExitStack() as stack:
        distributed = _distributed()
        client = _client(distributed, scheduler, workers, stack)
        worker_count = len(client.nthreads())
        encoder_threads = _encoder_threads(client)
        futures = {
            client.submit(
                _report_one,
                story.batch,
                story.cleaned,
                fmt,
                words,
                options,
                align_options,
                encoder_threads,
                key=f"storyweave-{file.name}",
            ): index
            for index, (story, file) in enumerate(zip(stories, files, strict=True))
        }
        finished = tqdm(
            distributed.as_completed(futures),
            total=len(futures),
            desc="stories",
            unit="story",
            file=sys.stderr,
            disable=not (progress and sys.stderr.isatty()),
        )
        for future in finished:
            index = futures[future]
            name = stories[index].name
            # An unexpected exception (a bug, a lost worker) comes back as the future's state, not
            # raised here: like an expected one (no readable articles), it fails one story, not the batch.
            outcome = (
                _Outcome(None, error=_reason(future.exception()))
                if future.status == "error"
                else future.result()
            )
            if outcome.error is not None:
                failed[index] = _warn(Problem(name, outcome.error))
                continue
            try:
                files[index].write_text(outcome.text, encoding="utf-8")
            except OSError as exc:
                failed[index] = _warn(Problem(name, f"cannot write {files[index]}: {exc.strerror or exc}"))
                continue
            written[index] = files[index]
            skipped.extend(Problem(name, str(problem)) for problem in outcome.problems)
            # Reading problems were logged when read; cleaning ones only in the worker's log, maybe remote.
            for problem in outcome.problems:
                if problem not in stories[index].batch.problems:
                    _warn(Problem(name, str(problem)))
            logger.debug("%s: wrote %s", name, files[index])
    return RunSummary(
        written=tuple(written[i] for i in sorted(written)),
        failed=tuple(failed[i] for i in sorted(failed)),
        skipped=tuple(skipped),
        seconds=time.perf_counter() - start,
        workers=worker_count,
    )


def _report_one(
    batch: Batch,
    cleaned: bool,
    fmt: Format,
    words: int,
    options: SummaryOptions | None,
    align_options: AlignOptions | None,
    encoder_threads: int,
) -> _Outcome:
    """The task run on a worker: clean (unless ``cleaned``), report and render one story, exactly as the
    local API does.

    A :class:`StoryweaveError` (a story with no readable article) is the story's
    outcome, not a task failure, so the worker does not log it as a crash.
    """
    try:
        report = api.report(
            batch if cleaned else api.clean_batch(batch),
            words=words,
            options=options,
            encoder=_worker_encoder(encoder_threads),
            align_options=align_options,
        )
        return _Outcome(render(report, fmt), report.problems)
    except StoryweaveError as exc:
        return _Outcome(None, error=_reason(exc))


def _encoder_threads(client: Client) -> int:
    """Threads for each task's encoder: a machine's cores shared among the tasks it runs at once.

    Left to itself each worker's ONNX session starts a thread per core, so two
    workers on one machine oversubscribe it (on 2 cores, 2 workers ran slower
    than 1: bench/bench_scale.py).
    """
    cores = client.run(os.cpu_count)  # {worker address: cores of its machine}
    slots = client.nthreads()  # {worker address: tasks it runs at once}
    tasks_on_host = Counter()
    for address, threads in slots.items():
        tasks_on_host[urlsplit(address).hostname] += threads
    return max(1, min((cores[a] or 1) // tasks_on_host[urlsplit(a).hostname] for a in slots))


@functools.cache
def _worker_encoder(threads: int) -> Encoder:
    """The worker process's encoder, held to ``threads`` threads; built once, its model loads on first use."""
    return MiniLMOnnxEncoder(threads=threads)


def _distributed() -> ModuleType:
    """The ``distributed`` package, imported on use: it is an optional extra."""
    try:
        import distributed
    except ImportError:
        raise StoryweaveError(
            "scaling out needs Dask: pip install 'storyweave[scale]' (or 'dask[distributed]')"
        ) from None
    return distributed


def _client(
    distributed: ModuleType, scheduler: str | Client | None, workers: int | None, stack: ExitStack
) -> Client:
    """A client for the run; what this function opens, ``stack`` closes."""
    if isinstance(scheduler, distributed.Client):
        return scheduler
    if scheduler is None:
        return stack.enter_context(_local_client(distributed, workers or os.cpu_count() or 1))
    try:
        client = stack.enter_context(distributed.Client(scheduler, timeout=_CONNECT_SECONDS))
    except (OSError, ValueError) as exc:  # ValueError: an address dask cannot parse ("host:8786x")
        raise StoryweaveError(f"cannot connect to Dask scheduler {scheduler}: {exc}") from None
    try:
        client.wait_for_workers(1, timeout=_WORKER_WAIT_SECONDS)
    except TimeoutError:
        raise StoryweaveError(
            f"Dask scheduler {scheduler} has no workers (waited {_WORKER_WAIT_SECONDS} s)"
        ) from None
    return client


@contextmanager
def _local_client(distributed: ModuleType, workers: int) -> Iterator[Client]:
    """A client of a cluster of ``workers`` processes on this machine, closed without Dask's shutdown noise.

    A worker sends the scheduler a heartbeat every half second, and closing
    does not wait for the one in flight: the worker closes its connections
    under it and logs the failed heartbeat as an ERROR with a traceback, and
    the scheduler warns of a heartbeat from a worker it has let go. Under load
    a heartbeat is slow and the race is often lost (1 run in 20 with three
    CPU burners on 2 cores). So once every result is in, the Dask loggers of
    the workers and of this process (scheduler, nannies) are muted for the
    shutdown. Nothing is hidden from the run: a failed story came back as its
    task's outcome before (a warning and the exit code), and a run that ends
    in an exception closes the cluster with Dask's logs as they were.
    """
    muted: list[logging.Logger] = []
    try:
        # Processes, one thread each: the pipeline is mostly pure Python, so threads would share one GIL.
        # Loopback only; no dashboard (it needs bokeh), and the scheduler's small HTTP server (health
        # checks) on any free port rather than 8787, which another cluster on the machine may hold.
        with (
            distributed.LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                host="127.0.0.1",
                dashboard_address=None,
                scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
            ) as cluster,
            distributed.Client(cluster) as client,
        ):
            yield client
            try:  # the workers' processes end with the cluster; a finished run must not fail on its quiet
                client.run(_mute_worker_dask_logs, on_error="ignore")
            except Exception as exc:  # noqa: BLE001 (a lost scheduler or a cancel: the results are in)
                logger.debug("could not mute the workers' Dask logs: %s", exc)
            muted = _mute_dask_logs()
    finally:
        for dask_logger in muted:
            dask_logger.disabled = False


def _mute_dask_logs() -> list[logging.Logger]:
    """Mute the Dask loggers of this process (``distributed`` and below: some have levels and handlers of
    their own), returning the ones muted here."""
    names = [name for name in list(logging.root.manager.loggerDict) if name.split(".")[0] == "distributed"]
    muted = [logging.getLogger(name) for name in names if not logging.getLogger(name).disabled]
    for dask_logger in muted:
        dask_logger.disabled = True
    return muted


def _mute_worker_dask_logs() -> None:
    """:func:`_mute_dask_logs` in a worker, sending nothing back."""
    _mute_dask_logs()


def _reason(exc: BaseException) -> str:
    """One line for a failed story: storyweave's errors speak for themselves, others name their type."""
    text = str(exc) if isinstance(exc, StoryweaveError) else f"{type(exc).__name__}: {exc}"
    return " ".join(text.split())


def _file_stem(name: str) -> str:
    return _UNSAFE_FILE_CHARACTERS.sub("_", name).strip("._") or "story"


def _warn(problem: Problem) -> Problem:
    logger.warning("%s", problem)
    return problem
