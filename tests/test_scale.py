"""Scale-out on Dask: the same reports as the local API, one failing story alone, the CLI's exit codes."""

import json
import logging
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from storyweave import api
from storyweave.cli import EXIT_SKIPPED, main
from storyweave.embed import default_encoder
from storyweave.errors import StoryweaveError
from storyweave.model import Batch
from storyweave.render import render

distributed = pytest.importorskip("distributed")

from storyweave import scale  # noqa: E402
from storyweave.scale import StoryInput, read_stories, report_stories  # noqa: E402

_EVENTS = {
    "fire": (
        "A fire destroyed the Pier 7 warehouse in Wrenport late on Tuesday, officials said. "
        "Fire Chief Ana Ruiz said crews fought the blaze for six hours.",
        "Crews spent six hours fighting a fire that destroyed a Wrenport warehouse on Tuesday. "
        '"It was the worst fire in a decade," Ruiz said.',
    ),
    "flood": (
        "Floodwater closed the Ostend bridge on Monday after two days of rain, the council said. "
        "About 300 homes were evacuated.",
        "The council shut the Ostend bridge on Monday as floodwater rose. "
        "Officials said 250 homes were evacuated overnight.",
    ),
}


def _document(n: int, text: str) -> dict:
    return {"id": f"d{n}", "text": text, "date": f"2024-03-0{n + 1}", "source": f"Outlet {n}", "title": None}


@pytest.fixture()
def cluster_file(tmp_path):
    """Two real clusters and, between them, one whose only document is boilerplate."""
    lines = [
        {"id": "fire", "documents": [_document(n, t) for n, t in enumerate(_EVENTS["fire"])]},
        {"id": "empty/story", "documents": [_document(0, "Advertisement")]},
        {"id": "flood", "documents": [_document(n, t) for n, t in enumerate(_EVENTS["flood"])]},
    ]
    path = tmp_path / "clusters.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


@pytest.fixture()
def story_folder(tmp_path):
    folder = tmp_path / "harbour"
    folder.mkdir()
    for n, text in enumerate(_EVENTS["fire"]):
        (folder / f"{n}.txt").write_text(f" date 2024-03-0{n + 1}\nsource: Paper {n}\n\n{text}\n")
    return folder


# No dashboard, and the scheduler's small HTTP server on any free port (8787 may be taken).
_NO_DASHBOARD = {"dashboard_address": None, "scheduler_kwargs": {"dashboard_address": "127.0.0.1:0"}}


@pytest.fixture(scope="module")
def threads_client():
    """An in-process cluster (worker threads): fast, for what does not depend on processes."""
    with (
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=2, processes=False, **_NO_DASHBOARD
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


@pytest.fixture(scope="module")
def process_cluster():
    """One real worker process on loopback, as `storyweave scale-report` starts them."""
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, host="127.0.0.1", **_NO_DASHBOARD
    ) as cluster:
        yield cluster


def _local_report(batch: Batch, fmt: str) -> str:
    return render(api.report(api.clean_batch(batch), encoder=default_encoder()), fmt)


@pytest.mark.parametrize("fmt", ["json", "md"])
def test_reports_equal_the_local_api_and_a_bad_story_fails_alone(
    threads_client, cluster_file, story_folder, tmp_path, fmt, caplog
):
    inputs = read_stories([cluster_file, story_folder])
    assert [story.name for story in inputs.stories] == ["fire", "empty/story", "flood", "harbour"]
    with caplog.at_level(logging.WARNING, logger="storyweave.scale"):
        run = report_stories(inputs.stories, out_dir=tmp_path / "out", scheduler=threads_client, fmt=fmt)

    assert [p.name for p in run.written] == [f"fire.{fmt}", f"flood.{fmt}", f"harbour.{fmt}"]
    for story in inputs.stories[:1] + inputs.stories[2:]:
        written = (tmp_path / "out" / f"{story.name}.{fmt}").read_text(encoding="utf-8")
        assert written == _local_report(story.batch, fmt)
    # The folder's report is the one `storyweave report FOLDER` renders.
    assert (tmp_path / "out" / f"harbour.{fmt}").read_text() == render(
        api.report(api.load([story_folder])), fmt
    )

    assert [(p.origin, p.reason.split(";")[0]) for p in run.failed] == [
        ("empty/story", "no readable articles")
    ]
    failures = [r.getMessage() for r in caplog.records if r.name == "storyweave.scale"]
    assert len(failures) == 1 and failures[0].startswith("empty/story: no readable articles")
    assert run.workers == 1


def test_multinews_files_give_one_story_per_line_as_cluster_files_do(tmp_path, caplog):
    # QA: scale-report refused a Multi-News file of several stories.
    fire, flood = (" ||||| ".join(texts) + " |||||" for texts in _EVENTS.values())
    (tmp_path / "test.src").write_text(f"{fire}\n{flood}\n")
    (tmp_path / "one.multinews").write_text(fire.replace(" ||||| ", "\n|||||\n"))
    (tmp_path / "bad.src").write_text(f"{fire}\n |||||\n")
    (tmp_path / "notes.txt").write_text("A single article is no cluster file.\n")

    with caplog.at_level(logging.WARNING, logger="storyweave.scale"):
        inputs = read_stories(
            [tmp_path / name for name in ("test.src", "one.multinews", "bad.src", "notes.txt", "gone")]
        )

    # QA: a bad line of a cluster file dropped the file's other stories too, unnamed.
    assert [(s.name, len(s.batch.articles)) for s in inputs.stories] == [
        ("test-1", 2),
        ("test-2", 2),
        ("one", 2),
        ("bad-1", 2),
    ]
    assert inputs.stories[1].batch.articles[0].text == _EVENTS["flood"][0]
    # Each skipped line or path is one line.
    assert [str(p) for p in inputs.problems] == [
        f"{tmp_path / 'bad.src'}:2: no article text between the ||||| separators",
        f"{tmp_path / 'notes.txt'}: not a cluster file: a .txt file without ||||| separators is one article",
        f"{tmp_path / 'gone'}: no such file or directory",
    ]
    assert [m.removeprefix("skipped ") for m in caplog.messages] == [str(p) for p in inputs.problems]


def test_a_folder_with_nothing_to_read_is_a_problem_not_a_story(tmp_path, story_folder, caplog):
    # Found by QA: an empty folder became a story that failed on a worker, its reason said twice over.
    empty = tmp_path / "empty"
    empty.mkdir()
    with caplog.at_level(logging.WARNING):
        inputs = read_stories([empty, story_folder])
    assert [story.name for story in inputs.stories] == [story_folder.name]
    reason = f"{empty}: no .htm/.html/.jsonl/.multinews/.src/.txt files in folder"
    assert [str(p) for p in inputs.problems] == [reason]
    assert caplog.messages == [reason]  # said once, as it is met


def test_repeated_and_unsafe_names_get_distinct_files(threads_client, story_folder, tmp_path):
    batch = read_stories([story_folder]).stories[0].batch
    stories = [StoryInput(name, batch) for name in ["a/b", "a_b", "a/b"]]
    run = report_stories(stories, out_dir=tmp_path, scheduler=threads_client, fmt="md")
    assert [p.name for p in run.written] == ["a_b.md", "a_b-2.md", "a_b-3.md"]
    assert len({p.read_text() for p in run.written}) == 1


def test_a_report_that_cannot_be_written_fails_that_story_alone(threads_client, story_folder, tmp_path):
    batch = read_stories([story_folder]).stories[0].batch
    (tmp_path / "blocked.md").mkdir()  # a folder where the report file should go
    run = report_stories(
        [StoryInput("blocked", batch), StoryInput("free", batch)],
        out_dir=tmp_path,
        scheduler=threads_client,
        fmt="md",
    )
    assert [p.name for p in run.written] == ["free.md"]
    assert [(p.origin, p.reason.split(":")[0]) for p in run.failed] == [
        ("blocked", f"cannot write {tmp_path}/blocked.md")
    ]


def test_encoder_loads_once_per_worker_process(process_cluster, cluster_file, story_folder, tmp_path):
    inputs = read_stories([cluster_file, story_folder])
    with distributed.Client(process_cluster) as client:
        run = report_stories(inputs.stories, out_dir=tmp_path, scheduler=client)
        caches = client.run(lambda: scale._worker_encoder.cache_info()._asdict())
    assert len(run.written) == 3
    (worker_cache,) = caches.values()
    # One encoder built in the worker, then reused by the other reports.
    assert worker_cache["misses"] == 1
    assert worker_cache["hits"] >= 2


def test_cli_exit_codes(process_cluster, cluster_file, story_folder, tmp_path):
    runner = CliRunner()
    address = ["--scheduler", process_cluster.scheduler_address]
    out = tmp_path / "out"

    done = runner.invoke(main, ["scale-report", str(story_folder), "--out", str(out), *address])
    assert done.exit_code == 0, done.output
    assert done.stdout.startswith("1 of 1 story written")
    assert json.loads((out / "harbour.json").read_text())["schema"] == "storyweave.report/1"

    usage = runner.invoke(
        main, ["scale-report", str(cluster_file), "--out", str(out), "--workers", "2", *address]
    )
    assert usage.exit_code == 2
    nothing = runner.invoke(main, ["scale-report", str(tmp_path / "missing.jsonl"), "--out", str(out)])
    assert nothing.exit_code == 1


def test_cli_names_a_failed_story_in_one_line_and_exits_3(process_cluster, cluster_file, tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "storyweave", "scale-report", str(cluster_file), "--out", str(tmp_path)]
        + ["--scheduler", process_cluster.scheduler_address],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == EXIT_SKIPPED, result.stderr
    assert result.stdout.startswith("2 of 3 stories written")
    assert result.stderr.splitlines() == [
        f"storyweave: empty/story: no readable articles; {cluster_file}:2: no article text after cleaning (d0)"
    ]


def test_cli_starts_its_own_local_cluster_quietly(story_folder, tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "storyweave", "scale-report", str(story_folder), "--out", str(tmp_path)]
        + ["--workers", "1"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "on 1 worker," in result.stdout
    assert (tmp_path / "harbour.json").is_file()
    assert result.stderr == ""  # no Dask start-up and shut-down chatter without -v


def test_encoders_share_a_machines_cores_among_its_running_tasks(threads_client, process_cluster):
    # One worker running two tasks at once: each encoder gets half the cores (at least one thread).
    assert scale._encoder_threads(threads_client) == max(1, os.cpu_count() // 2)
    with distributed.Client(process_cluster) as client:
        assert scale._encoder_threads(client) == os.cpu_count()


def test_a_databases_stories_report_as_report_db_does(threads_client, story_folder, cluster_file, tmp_path):
    # QA: a feed of loose articles had no way onto Dask; ingest groups it, and --db reports the stories.
    db = tmp_path / "feed.db"
    api.ingest_files([story_folder, cluster_file], db, progress=False)
    inputs = scale.read_stored_stories(db)
    assert [story.name for story in inputs.stories] == [story.id for story in api.stories(db)]
    assert all(story.cleaned for story in inputs.stories)

    run = report_stories(inputs.stories, out_dir=tmp_path / "out", scheduler=threads_client, fmt="md")
    assert len(run.written) == len(inputs.stories) >= 2
    for story in inputs.stories:
        written = (tmp_path / "out" / f"{story.name}.md").read_text(encoding="utf-8")
        assert written == api.report_story(db, story.name, fmt="md")


def test_cli_says_how_to_report_a_loose_feed_and_takes_paths_or_db(tmp_path, caplog):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps(_document(0, _EVENTS["fire"][0])) + "\n")
    runner = CliRunner()
    loose = runner.invoke(main, ["scale-report", str(feed), "--out", str(tmp_path / "out")])
    assert loose.exit_code == 1
    assert "grouped into stories by `storyweave ingest FEED --db FILE`, then `scale-report --db FILE`" in (
        caplog.text
    )
    for arguments in ([], [str(feed), "--db", str(tmp_path / "x.db")]):
        both_or_none = runner.invoke(main, ["scale-report", *arguments, "--out", str(tmp_path / "out")])
        assert both_or_none.exit_code == 2
        assert "give PATHS or --db, one of them" in both_or_none.output


def test_an_address_dask_cannot_parse_is_one_line(story_folder, tmp_path):
    # QA: "localhost:8786x" ended in a stack trace.
    inputs = read_stories([story_folder])
    with pytest.raises(StoryweaveError, match="cannot connect to Dask scheduler localhost:8786x"):
        report_stories(inputs.stories, out_dir=tmp_path, scheduler="localhost:8786x")
