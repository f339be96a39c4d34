"""What an article costs right after a restart of the store, against the same article in the process that kept going.

Usage:
    python bench/bench_restart.py [--n 30000] [--split 25000] [--seed 7] [--db FILE]

The synthetic stream of ``bench/bench_stream.py`` is ingested in batches of 500, with a grouper checkpoint at
``--split`` articles; the database is copied there. The live process goes on with the rest of the stream; then a new
store opens the copy (loading the checkpoint, timed apart) and ingests the same rest. For both it prints the CPU time
an article of the first six batches and of the whole rest, and whether the two gave every article the same story.
A restarted grouper should cost what the live one does: session 41's checkpoint keeps what the grouper counted of
the articles it read lately, which a restarted one had to read again (420-630 µs an article) when it took a
forgotten story back.
"""

from __future__ import annotations

import argparse
import itertools
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from bench_stream import synthetic_stream, write_assignments

from storyweave.model import Article
from storyweave.store import Store

BATCH = 500


def _ingest(store: Store, stream: Iterator[Article], count: int) -> list[float]:
    """Ingest ``count`` articles of ``stream`` in batches; the CPU seconds of each batch."""
    seconds = []
    for _ in range(count // BATCH):
        batch = list(itertools.islice(stream, BATCH))
        started = time.process_time()
        store.add_articles(batch)
        seconds.append(time.process_time() - started)
    return seconds


def _line(label: str, seconds: list[float]) -> str:
    first = " / ".join(f"{batch / BATCH * 1e3:.2f}" for batch in seconds[:6])
    return f"{label:10} first batches {first} ms an article; all {sum(seconds) / (len(seconds) * BATCH) * 1e3:.3f}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=30_000, help="articles in the stream")
    parser.add_argument("--split", type=int, default=25_000, help="the checkpoint the restart starts from")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--db", help="database path (default: a temporary folder)")
    args = parser.parse_args(argv)
    if not 0 < args.split < args.n or args.split % BATCH:
        parser.error(f"--split must be a multiple of {BATCH} between 0 and --n")
    folder = Path(args.db).parent if args.db else Path(tempfile.mkdtemp(prefix="storyweave-restart-"))
    live_db = str(Path(args.db) if args.db else folder / "live.db")
    restart_db = live_db + ".at_split"

    stream = synthetic_stream(args.n, args.seed)
    live = Store(live_db, batch_size=BATCH, checkpoint_every=args.split).open()
    _ingest(live, stream, args.split)
    with sqlite3.connect(live_db) as source, sqlite3.connect(restart_db) as copy:
        source.backup(copy)
    live_seconds = _ingest(live, stream, args.n - args.split)
    write_assignments(live, live_db + ".tsv")
    live.close()

    rest = itertools.islice(synthetic_stream(args.n, args.seed), args.split, None)
    started = time.process_time()
    restarted = Store(restart_db, batch_size=BATCH).open()
    restarted._loaded_grouper()  # the checkpoint's load, timed apart from the articles
    load_seconds = time.process_time() - started
    restart_seconds = _ingest(restarted, rest, args.n - args.split)
    write_assignments(restarted, restart_db + ".tsv")
    restarted.close()

    same = Path(live_db + ".tsv").read_bytes() == Path(restart_db + ".tsv").read_bytes()
    print(f"stream of {args.n:,} articles, restart from the checkpoint at {args.split:,}; CPU time")
    print(_line("live", live_seconds))
    print(_line("restarted", restart_seconds) + f" (opening and loading the checkpoint {load_seconds:.2f} s)")
    print(f"assignments {'identical' if same else 'DIFFER'}")


if __name__ == "__main__":
    main()
