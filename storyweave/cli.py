"""Command-line shell over :mod:`storyweave.api`: parse, call one function, render, exit.

Exit codes: 0 success; 1 an error stopped the command (nothing usable, bad
database); 2 wrong usage: a bad option or argument (click's message, after the
usage line), or an id that names nothing (a --cluster, a story or article id:
one line); 3 the command finished but skipped some input (each skipped file,
unreadable ones too, or record was named in a one-line warning); 130 interrupted
(Ctrl-C), as shells report a process stopped by SIGINT; 141 the reader of the
output went away (``storyweave stories | head``), silently, as for SIGPIPE.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import logging
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import click

from storyweave import api
from storyweave.errors import StoryweaveError
from storyweave.ingest import ClusterChoiceError, counted, one_line
from storyweave.model import Report, Story

EXIT_USAGE = 2
EXIT_SKIPPED = 3
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141
logger = logging.getLogger("storyweave")

_FORMATS = click.Choice(["md", "json", "html"])
_FORMAT_HELP = "md: Markdown; json: the storyweave.report/1 JSON; html: one self-contained page."
# PATHS of articles: a missing or unreadable one is skipped with a one-line warning by the reader and the
# rest read (exit 3), so click checks neither.
_PATHS = click.Path(readable=False, path_type=Path)
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CLUSTER_OPTION = click.option(
    "--cluster",
    metavar="ID",
    help="Only this cluster line of the input (its JSONL id, else FILE_STEM-LINE): needed when the input "
    "holds several stories.",
)


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        click.echo(text, nl=not text.endswith("\n"))
    else:
        with _naming(output):
            output.write_text(text, encoding="utf-8")
        logger.info("wrote %s", output)


def _check_output(output: Path | None) -> None:
    """Refuse at once, before any work, an ``output`` file that cannot be written where it is (its folder is
    missing or read-only): QA s39 found `report FOLDER -o missing/out.md` made the whole report (a minute for a
    story of 2,000 articles) and only then failed. The error is the one writing would raise (exit 1)."""
    if output is None or os.fspath(output) == "-":
        return
    if not output.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), os.fspath(output))
    if not os.access(output if output.exists() else output.parent, os.W_OK):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fspath(output))


@contextlib.contextmanager
def _naming(output: Path) -> Iterator[None]:
    """Name ``output`` in a write error that names no file, as every other error names its file: a full disk
    failed as a bare "No space left on device" (QA s39). A reader of standard output gone stays a broken pipe."""
    try:
        yield
    except OSError as exc:
        if exc.filename is not None or isinstance(exc, BrokenPipeError):
            raise
        raise OSError(exc.errno, exc.strerror or str(exc), os.fspath(output)) from exc


def _finish(report: Report, fmt: str, output: Path | None) -> None:
    from storyweave.render import render

    _emit(render(report, fmt), output)
    if report.problems:
        sys.exit(EXIT_SKIPPED)


@click.group()
@click.option("-v", "--verbose", is_flag=True, help="Log progress details.")
@click.version_option(package_name="storyweave")
def main(verbose: bool) -> None:
    """Turn many news articles about one event into a cited, cross-checked story."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        _OneLineFormatter("storyweave: %(levelname)s: %(message)s" if verbose else "storyweave: %(message)s")
    )
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO, handlers=[handler])
    # Third-party libraries log chatter at INFO (trafilatura, onnxruntime).
    for noisy in ("trafilatura", "htmldate", "courlan", "charset_normalizer", "absl"):
        logging.getLogger(noisy).setLevel(logging.ERROR)


class _OneLineFormatter(logging.Formatter):
    r"""Shows the control characters of a message escaped ("\n", "\x1b"): every message is one line.

    Messages name input files and quote input, and a file name may hold a line
    break or a terminal escape, which would split the line or recolour, clear
    or retitle the terminal.
    """

    def formatMessage(self, record: logging.LogRecord) -> str:  # noqa: N802 -- the base class's name
        record.message = _CONTROL.sub(lambda match: repr(match.group())[1:-1], record.message)
        return super().formatMessage(record)


def _exit_usage(exc: StoryweaveError) -> NoReturn:
    """An id the user gave that names nothing (a cluster, a story, an article): its one line, exit code 2.

    No usage text: the command line was well formed, the id is what is wrong, and the message names it.
    """
    logger.error("%s", exc)
    sys.exit(EXIT_USAGE)


def _run(command):
    """Turn StoryweaveError, or a file that cannot be read or written, into one line and exit code 1.

    A file of several stories read without ``--cluster`` (or with an unknown one) is wrong usage: exit code 2.
    With nothing readable, each input was named in a warning as it was skipped: the error does not repeat them.
    Ctrl-C is one line too, and exit code 130; output whose reader has gone
    (``| head``) ends the command quietly, with exit code 141.
    """

    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except KeyboardInterrupt:
            logger.error("interrupted")
            sys.exit(EXIT_INTERRUPTED)
        except ClusterChoiceError as exc:
            _exit_usage(exc)
        except api.NothingToReadError as exc:
            logger.error(
                "%s", "no readable articles (each input was skipped: see above)" if exc.problems else exc
            )
            sys.exit(1)
        except StoryweaveError as exc:
            logger.error("%s", exc)
            sys.exit(1)
        except BrokenPipeError:
            # Python flushes stdout again at exit, which would fail the same way: point it at nothing.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(EXIT_BROKEN_PIPE)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            logger.error("%s", f"{exc.filename}: {reason}" if exc.filename else reason)
            sys.exit(1)

    wrapper.__name__ = command.__name__
    wrapper.__doc__ = command.__doc__
    return wrapper


@main.command()
@click.argument("paths", nargs=-1, required=True, type=_PATHS)
@click.option("--words", default=120, show_default=True, type=click.IntRange(min=1), help="Word budget.")
@click.option("--format", "fmt", default="md", show_default=True, type=_FORMATS, help=_FORMAT_HELP)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to FILE.")
@_CLUSTER_OPTION
@_run
def summarize(
    paths: tuple[Path, ...], words: int, fmt: str, output: Path | None, cluster: str | None
) -> None:
    """Summarize one story from all articles under PATHS, with citations."""
    from storyweave.embed import default_encoder

    _check_output(output)
    # Paraphrase-aware citations: worth the encoder's ~0.3 s on a story of a few articles. The conflicts
    # (~0.1 s on ten articles) mark a line that states one outlet's side of one.
    batch = api.load(paths, cluster=cluster)
    _finish(api.summarize(batch, words=words, encoder=default_encoder(), conflicts=True), fmt, output)


@main.command()
@click.argument("paths", nargs=-1, type=_PATHS)
@click.option("--words", default=120, show_default=True, type=click.IntRange(min=1), help="Word budget.")
@click.option("--format", "fmt", default="md", show_default=True, type=_FORMATS, help=_FORMAT_HELP)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to FILE.")
@click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Read the --story from this database (default: storyweave.db in the current folder).",
)
@click.option(
    "--story",
    "story_id",
    metavar="ID",
    help="Story id in the database (see `storyweave stories`); one merged away since: the story it went into.",
)
@_CLUSTER_OPTION
@_run
def report(
    paths: tuple[Path, ...],
    words: int,
    fmt: str,
    output: Path | None,
    db: Path | None,
    story_id: str | None,
    cluster: str | None,
) -> None:
    """Full cross-checked report: summary, claims, quotes, conflicts, timeline."""
    if bool(paths) == bool(story_id):
        raise click.UsageError("give either PATHS or --story (and --db, unless it is storyweave.db)")
    if db is not None and not story_id:
        raise click.UsageError("--db goes with --story ID (a stored story); PATHS are read without it")
    if cluster is not None and not paths:
        raise click.UsageError("--cluster picks a cluster of PATHS; with --db, use --story")
    _check_output(output)
    from tqdm.contrib.logging import logging_redirect_tqdm

    # Progress bars on a terminal, as a story of thousands of articles takes minutes; log lines (a
    # near-duplicate counted once) go above them, not onto the line of one.
    with logging_redirect_tqdm():
        if paths:
            batch = api.load(paths, cluster=cluster, progress=True)
            _finish(api.report(batch, words=words, progress=True), fmt, output)
        else:
            from storyweave.store import StoryChoiceError

            # A stored story has nothing skipped to report; its report is kept in the database once made.
            try:
                current = api.current_story_id(db, story_id)
                if current != story_id:
                    # An id noted before the grouper (or an editor) merged its story on: report where it went.
                    logger.info("%s", f"{story_id} was merged into {current}: reporting {current}")
                text = api.report_story(db, current, words=words, fmt=fmt, progress=True)
            except StoryChoiceError as exc:
                _exit_usage(exc)
            _emit(text, output)


@main.command("eval")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--words", type=click.IntRange(min=1), help="Word budget (default: the protocol's for the set)."
)
@click.option(
    "--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), help="Write summaries and scores."
)
@click.option(
    "--systems",
    help="Comma-separated systems to run (default: storyweave and every peer): lead, lead-rr, "
    "sumy-lexrank, textrank, lsa, sumbasic, kl, lexrank, centroid, mmr, storyweave, oracle.",
)
@_run
def evaluate(file: Path, words: int | None, out_dir: Path | None, systems: str | None) -> None:
    """Summarize every cluster of FILE and score storyweave and its peers with ROUGE.

    \b
    FILE: JSON lines, each a cluster {"id", "documents": [articles], "summaries":
    [reference summaries]}. Each summary is cut to the word budget and scored
    against the references with ROUGE-1, -2 and -Lsum (rouge-score, stemmed),
    averaged over the clusters, as the benchmark protocol (PROTOCOL.md beside the
    dev data) says: headline recall at 100 words for duc2003, F1 at 220 words for
    multinews, 120 for allsides and 250 for multiling2011_en (the FILE's folder
    names the set); F1 at the references' mean length for any other file.
    """
    from storyweave.eval.runner import SystemChoiceError, render_table

    # "lead, textrank" as typed by hand, or a trailing comma: names, not blanks.
    chosen = [name.strip() for name in systems.split(",") if name.strip()] if systems else None
    try:
        evaluation = api.evaluate(file, words=words, systems=chosen, out_dir=out_dir)
    except SystemChoiceError as exc:
        # A bad option value, as click reports one of its own checks.
        raise click.BadParameter(str(exc), param_hint="'--systems'") from None
    click.echo(render_table(evaluation))
    if evaluation.problems:
        sys.exit(EXIT_SKIPPED)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port",
    default=8765,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="Port to listen on (0: any free port, named in the log line).",
)
@click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also browse the stories of this database (default: storyweave.db here, if it exists).",
)
@_run
def serve(host: str, port: int, db: Path | None) -> None:
    """Run the local web UI: upload or paste articles, get the cross-checked report; browse stored stories."""
    from storyweave.serve.app import make_app_server
    from storyweave.store import DEFAULT_DB

    if db is None and Path(DEFAULT_DB).is_file():
        db = Path(DEFAULT_DB)
    if db is not None:
        # A missing or foreign database is a one-line error now rather than an error page later.
        logger.info("%s in %s", counted(api.find_stories(db, limit=0).stored, "story", "stories"), db)
    try:
        server = make_app_server(host, port, db)
    except OSError as exc:  # the port is taken, or the host is no address of this machine
        raise StoryweaveError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    logger.info("serving on http://%s:%d/ (Ctrl-C stops)", host, server.server_port)
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()


_DB_OPTION = click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The embedded article database (default: storyweave.db in the current folder).",
)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=_PATHS)
@_DB_OPTION
@_run
def ingest(paths: tuple[Path, ...], db: Path | None) -> None:
    """Add articles to the database and group them into stories.

    A cluster line (a JSONL line with "documents", a line of a Multi-News file of several stories) is kept as
    one story, as the web's upload shows it; the other articles are grouped by content.
    """
    from tqdm.contrib.logging import logging_redirect_tqdm

    try:
        # Log lines (a skipped file, a migration) go above the progress bars, not onto the line of one.
        with logging_redirect_tqdm():
            ingested = api.ingest_files(paths, db, progress=True)
    except KeyboardInterrupt:
        # Each batch of articles is one transaction: the ones committed stay, and stored articles are skipped.
        logger.error(
            "interrupted: the articles stored before it are kept; run the same command again to add the rest"
        )
        sys.exit(EXIT_INTERRUPTED)
    logger.info("%s", ingested.stored.described(skipped=len(ingested.problems)))
    if ingested.problems:
        sys.exit(EXIT_SKIPPED)


class _Day(click.ParamType):
    """A day given as an ISO date (2024-05-01) or as a number of days before today (7d: a week ago)."""

    name = "date"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> dt.date:
        if isinstance(value, dt.date):
            return value
        text = str(value).strip()
        days = re.fullmatch(r"(\d{1,5})d", text)
        if days:
            return dt.date.today() - dt.timedelta(days=int(days.group(1)))
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            self.fail(
                f"{value!r} is not a date (YYYY-MM-DD) or a number of days before today (7d)", param, ctx
            )


def _story_line(story: Story, fmt: str) -> str:
    """One line of `storyweave stories`: tab-separated columns for a reader, or a JSON object for a script.

    Articles and outlets are counted as the story's report counts them, a syndicated copy not as an article or
    outlet of its own (QA9 #6); the copies, and the outlets that carried only copies, are named beside them.
    """
    copies = len(story.duplicates)
    if fmt == "jsonl":
        # The keys in the order the command's help names them. ASCII: every other character of article
        # text escaped, so the line is one line for any reader and shows no terminal escape (json leaves
        # U+2028 and C1 controls as they are when it may write other characters than ASCII).
        fields = {
            "id": story.id,
            "headline": story.headline,
            "outlets": list(story.original_sources),
            "articles": story.original_count,
            "near_duplicates": copies,
            "copy_outlets": list(story.copy_sources),
            "first_date": story.first_date.isoformat() if story.first_date else None,
            "last_date": story.last_date.isoformat() if story.last_date else None,
        }
        return json.dumps(fields)
    first = story.first_date.isoformat() if story.first_date else "-"
    last = story.last_date.isoformat() if story.last_date else "-"
    # Article text, shown on a terminal: no escapes, and no tab to shift the columns.
    sources = one_line(story.listed_sources)
    return f"{story.id}\t{_articles_counted(story)}\t{first}..{last}\t{sources}\t{one_line(story.headline) or ''}"


def _articles_counted(story: Story) -> str:
    """A story's articles as its report counts them, its syndicated copies beside: "6 articles (+1 copy)"."""
    count = story.original_count
    return f"{count} article{'' if count == 1 else 's'}{story.copies_note}"


@main.command()
@_DB_OPTION
@click.option(
    "--search",
    default="",
    help="Only stories whose articles' headlines, outlets or id hold all these words (whole words).",
)
@click.option(
    "--sort",
    type=click.Choice(list(api.STORY_ORDERS)),
    default="created",
    show_default=True,
    help="created: as the stories began; latest: latest article first; articles/outlets: most first.",
)
@click.option(
    "--since",
    type=_Day(),
    help="Only stories with an article of DATE or later: YYYY-MM-DD, or Nd for N days before today.",
)
@click.option("--until", type=_Day(), help="Only stories with an article of DATE or earlier (as --since).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["tsv", "jsonl"]),
    default="tsv",
    show_default=True,
    help="tsv: tab-separated columns; jsonl: one JSON object a story (see above).",
)
@_run
def stories(
    db: Path | None, search: str, sort: str, since: dt.date | None, until: dt.date | None, fmt: str
) -> None:
    """List the stories in the database, one line each.

    \b
    tsv columns: id, article count, first..last date ("-" if none), outlets, headline.
    A syndicated copy (near-duplicate) is counted once, as the story's report counts it:
    "2 articles (+2 copies)", "AP, BBC (copies: CNN)" (outlets that carried only copies).
    jsonl keys, in this order: id, headline (or null), outlets (a list, without those
    of copies only), articles (a count, without copies), near_duplicates (how many
    copies besides), copy_outlets (a list), first_date, last_date (YYYY-MM-DD, or
    null); ASCII, no article text but the headline.

    \b
    --since and --until keep the stories whose first..last dates meet the window
    (--since 7d: those with an article of the 7 days before today, or of today);
    stories with no dated article are left out when either is given.
    """
    if since is not None and until is not None and since > until:
        raise click.UsageError(f"--since {since.isoformat()} is after --until {until.isoformat()}")
    found = api.find_stories(db, query=search, order=sort, since=since, until=until)
    if not found.stories:
        # Said on stderr: stdout stays the list (of nothing), but an empty screen reads as a hang or a crash.
        window = {
            (True, False): f"has an article of {since} or later",
            (False, True): f"has an article of {until} or earlier",
            (True, True): f"has an article of {since}..{until}",
        }.get((since is not None, until is not None))
        asked = " and ".join(
            ([f"matches {search!r}"] if search or not window else []) + ([window] if window else [])
        )
        logger.info(
            "%s", f"no story {asked} ({found.stored} stored)" if found.stored else "no stories stored"
        )
    for story in found.stories:
        click.echo(_story_line(story, fmt))


@main.command("group")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--out",
    required=True,
    type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
    help="JSONL file to write ('-': standard output).",
)
@_run
def group_command(file: Path, out: Path) -> None:
    """Group a stream of articles (JSONL, in date order: a step back is warned of) into stories: one {"id", "story"} line each.

    A line for every article read, in input order: a repeated id is renamed ID-2 (-3, ...) as every command
    renames it, with one warning naming the file and line of each.
    """
    from storyweave.eval.grouping import write_assignments

    _check_output(out)
    batch, assignments = api.group_file(file)
    # Opened once the stories are known: a run that stops before leaves no file.
    with _naming(out), click.open_file(os.fspath(out), "w", encoding="utf-8") as stream:
        write_assignments(batch.articles, assignments, stream)
    if batch.problems:
        sys.exit(EXIT_SKIPPED)


@main.command("eval-groups")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@_run
def evaluate_groups(file: Path) -> None:
    """B-cubed precision, recall and F1 of the online grouping and two batch baselines.

    \b
    FILE: JSON lines in stream (date) order, one article each, with "text" and
    "cluster" (its gold story); "id" (else FILE_STEM-LINE), "title", "date",
    "source" and "url" are read too. A line without "cluster" is skipped with a
    warning (exit 3).
    """
    from storyweave.eval.grouping import render_grouping_table

    evaluation = api.evaluate_groups(file)
    click.echo(render_grouping_table(evaluation))
    if evaluation.problems:
        sys.exit(EXIT_SKIPPED)


@main.command("scale-report")
@click.argument("paths", nargs=-1, type=_PATHS)
@click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Report every story of this database instead of PATHS (a feed grouped by `storyweave ingest`).",
)
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for reports.",
)
@click.option("--scheduler", help="Address of a running Dask scheduler (default: a local cluster).")
@click.option(
    "--workers", type=click.IntRange(min=1), help="Local cluster worker processes [default: cores]."
)
@click.option("--words", default=120, show_default=True, type=click.IntRange(min=1), help="Word budget.")
@click.option("--format", "fmt", default="json", show_default=True, type=_FORMATS, help=_FORMAT_HELP)
@_run
def scale_report(
    paths: tuple[Path, ...],
    db: Path | None,
    out_dir: Path,
    scheduler: str | None,
    workers: int | None,
    words: int,
    fmt: str,
) -> None:
    """One full report per story on Dask: PATHS are cluster files (.jsonl, Multi-News) and story folders;
    with --db, the stories of a database.

    A feed of loose articles is grouped into stories by `storyweave ingest FEED --db FILE` first.
    """
    from storyweave import scale

    if scheduler and workers:
        raise click.UsageError("--workers sizes the local cluster; it cannot be combined with --scheduler")
    if bool(paths) == (db is not None):
        raise click.UsageError("give PATHS or --db, one of them")
    if not logger.isEnabledFor(logging.DEBUG):
        # Dask logs every worker start and stop at INFO, and sets its loggers' levels from its config when
        # it is imported (later, in the scale module); the environment reaches the worker processes too.
        os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")
    inputs = scale.read_stories(paths) if db is None else scale.read_stored_stories(db)
    if not inputs.stories and db is not None:
        raise StoryweaveError(f"{db}: no stories stored")
    if not inputs.stories:
        # Each problem was logged as a warning as it was met. A feed of loose articles is the likely
        # cause (QA): say how its stories are made.
        raise StoryweaveError(
            "no stories to report (each input was skipped: see above); a feed of loose articles is"
            " grouped into stories by `storyweave ingest FEED --db FILE`, then `scale-report --db FILE`"
        )
    run = scale.report_stories(
        inputs.stories, out_dir=out_dir, scheduler=scheduler, workers=workers, fmt=fmt, words=words
    )
    click.echo(
        f"{len(run.written)} of {counted(len(inputs.stories), 'story', 'stories')} written to {out_dir},"
        f" {len(run.failed)} failed ({run.seconds:.1f} s on {counted(run.workers, 'worker')},"
        f" {len(inputs.stories) / run.seconds:.2f} stories/s)"
    )
    if not run.written:
        sys.exit(1)
    if inputs.problems or run.failed or run.skipped:
        sys.exit(EXIT_SKIPPED)


@main.command()
@click.argument("story_ids", metavar="STORY STORY...", nargs=-1, required=True)
@_DB_OPTION
@_run
def merge(story_ids: tuple[str, ...], db: Path | None) -> None:
    """Make the stories STORY... one: they join the oldest (the lowest id), and the others' ids stop existing.

    \b
    A correction of the grouping that holds: articles that match any of the
    stories later join the merged one, and ingesting or regrouping again keeps it.
    """
    from storyweave.store.sqlite import StoryChoiceError

    try:
        story = api.merge_stories(db, list(story_ids))
    except StoryChoiceError as exc:
        _exit_usage(exc)
    gone = [story_id for story_id in dict.fromkeys(story_ids) if story_id != story.id]
    # Counted as the story's line below counts them: it said "(7 articles)" above "6 articles (+1 copy)" (QA s39).
    logger.info(
        "%s",
        f"merged {', '.join(gone)} into {story.id} ({_articles_counted(story)}); "
        f"{', '.join(gone)} no longer exist{'s' if len(gone) == 1 else ''}",
    )
    click.echo(_story_line(story, "tsv"))


@main.command()
@click.argument("article_id", metavar="ARTICLE")
@click.option(
    "--to",
    "to",
    required=True,
    metavar="STORY|new",
    help="The story it joins, or new for a story of its own.",
)
@_DB_OPTION
@_run
def move(article_id: str, to: str, db: Path | None) -> None:
    """Move the article ARTICLE (with its near-duplicate copies) to another story, or to a new one.

    \b
    A correction of the grouping that holds: the story it leaves no longer takes
    articles like it, the story it joins does, and ingesting or regrouping again keeps it.
    """
    from storyweave.store.sqlite import StoryChoiceError

    try:
        story = api.move_article(db, article_id, None if to == "new" else to)
    except StoryChoiceError as exc:
        _exit_usage(exc)
    # Copies go with what they copy (and an original with its copies): name every article that moved (QA6 #6).
    original = dict(story.duplicates).get(article_id, article_id)
    group = [original, *(copy for copy, copied in story.duplicates if copied == original)]
    with_it = [other for other in group if other != article_id]
    plural = "s" if len(with_it) > 1 else ""
    along = f" with its near-duplicate{plural} {', '.join(with_it)}" if with_it else ""
    logger.info("%s", f"moved {article_id}{along} to {story.id}")
    click.echo(_story_line(story, "tsv"))
