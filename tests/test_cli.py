"""The CLI shell: formats, outputs, exit codes, one-line errors."""

import contextlib
import gc
import json
import os
import re
import shutil
import socket
import subprocess
import sys
from html.parser import HTMLParser

import click
import pytest
from click.testing import CliRunner

from storyweave import api
from storyweave.cli import EXIT_SKIPPED, main
from storyweave.render import validate
from tests.conftest import EXAMPLE

UNSAFE = '<script>alert(1)</script> and "><img src=x onerror=alert(2)>'


@pytest.fixture()
def runner():
    return CliRunner()


def _story_dir(tmp_path, extra_text=""):
    for n, outlet in enumerate(["Bay Herald", "Coast Daily", "Port Wire"]):
        (tmp_path / f"{n}.txt").write_text(
            f" date 2024-03-0{n + 1}\nsource: {outlet}\nHarbour fire destroys warehouse\n\n"
            "A fire destroyed the Pier 7 warehouse in Wrenport late on Tuesday night, officials said. "
            f"Fire Chief Ana Ruiz said crews fought the blaze for six hours. {extra_text if n == 0 else ''}\n",
            encoding="utf-8",
        )
    return tmp_path


def test_summarize_markdown_has_numbered_citations_and_sources(runner):
    result = runner.invoke(main, ["summarize", str(EXAMPLE), "--words", "80"])
    assert result.exit_code == 0, result.output
    assert "## Sources" in result.output
    assert "1. Wrenport Gazette" in result.output
    assert "][" in result.output or "[1]" in result.output


def test_summarize_json_validates_against_the_published_schema(runner, tmp_path):
    out = tmp_path / "r.json"
    result = runner.invoke(main, ["summarize", str(EXAMPLE), "--format", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    doc = json.loads(out.read_text())
    validate(doc)
    assert doc["schema"] == "storyweave.report/1"
    assert {a["id"] for a in doc["articles"]} >= {
        s for x in doc["summary"]["sentences"] for s in x["sources"]
    }
    assert doc["summary"]["word_count"] <= 120


def test_html_output_escapes_article_text(runner, tmp_path):
    (tmp_path / "story").mkdir()
    story = _story_dir(tmp_path / "story", extra_text=f"A reader posted {UNSAFE} on the forum.")
    out = tmp_path / "r.html"
    result = runner.invoke(
        main, ["summarize", str(story), "--words", "500", "--format", "html", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    html = out.read_text()

    class Tags(HTMLParser):
        tags: list = []

        def handle_starttag(self, tag, attrs):
            self.tags.append((tag, dict(attrs)))

    parser = Tags()
    parser.feed(html)
    assert not [t for t, _ in parser.tags if t in ("script", "img")]
    assert not [a for _, attrs in parser.tags for a in attrs if a.startswith("on")]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def _run(*args):
    return subprocess.run(
        [sys.executable, "-m", "storyweave", *args], capture_output=True, text=True, timeout=120, check=False
    )


def test_bad_file_is_named_in_one_line_and_the_rest_goes_on(tmp_path):
    story = _story_dir(tmp_path)
    (story / "broken.txt").write_bytes(b"\xff\xfe\x00\x00binary")
    (story / "empty.txt").write_text("")
    result = _run("summarize", str(story))
    assert result.returncode == EXIT_SKIPPED
    warnings = [line for line in result.stderr.splitlines() if "broken.txt" in line or "empty.txt" in line]
    assert len(warnings) == 2
    assert "Pier 7" in result.stdout


def test_a_file_name_with_a_line_break_and_a_terminal_escape_is_named_on_one_line(tmp_path):
    # QA: the warning naming such a file broke over two lines and turned the terminal red.
    story = _story_dir(tmp_path)
    (story / "evil\x1b[31m\nname.txt").write_text("")

    result = _run("summarize", str(story))

    assert result.returncode == EXIT_SKIPPED
    assert result.stderr.splitlines()[0] == f"storyweave: {story}/evil\\x1b[31m\\nname.txt: empty file"
    assert "\x1b" not in result.stderr


def test_nothing_readable_is_an_error_with_exit_1(tmp_path):
    (tmp_path / "empty.txt").write_text("   \n")
    result = _run("summarize", str(tmp_path))
    assert result.returncode == 1
    assert "no readable articles" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 2  # the skipped file, then the error


@pytest.mark.parametrize("command", ["summarize", "ingest"])
def test_an_empty_folder_is_named_once(tmp_path, command):
    # QA: "empty: no .htm/.html/... files in folder", then again in "no readable articles; empty: no ...".
    empty = tmp_path / "empty"
    empty.mkdir()
    db = ["--db", str(tmp_path / "news.db")] if command == "ingest" else []

    result = _run(command, *db, str(empty))

    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"storyweave: {empty}: no .htm/.html/.jsonl/.multinews/.src/.txt files in folder",
        "storyweave: no readable articles (each input was skipped: see above)",
    ]
    assert not (tmp_path / "news.db").exists()


def test_output_that_cannot_be_written_is_one_line_and_exit_1(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "a", "text": "A fire destroyed the Pier 7 warehouse.", "date": "2024-03-01"}\n')
    for command in (["summarize", str(EXAMPLE)], ["group", str(feed)]):
        target = tmp_path / "missing-folder" / "out"
        result = _run(*command, "--out" if command[0] == "group" else "-o", str(target))
        assert result.returncode == 1
        assert result.stderr.strip().splitlines() == [f"storyweave: {target}: No such file or directory"]


@pytest.mark.parametrize("command", ["summarize", "report", "group"])
def test_output_in_a_missing_folder_is_refused_before_the_input_is_read(
    runner, tmp_path, monkeypatch, caplog, command
):
    """QA (s39 surface #3): `report FOLDER -o missing/out.md` made the whole report, then failed on writing it."""
    read = []
    monkeypatch.setattr(api, "load", lambda *args, **kwargs: read.append(args))
    monkeypatch.setattr(api, "group_file", lambda *args, **kwargs: read.append(args))
    target = tmp_path / "missing-folder" / "out"
    option = "--out" if command == "group" else "-o"

    result = runner.invoke(main, [command, str(EXAMPLE / "01_wrenport-gazette.txt"), option, str(target)])

    assert (result.exit_code, read) == (1, [])
    assert caplog.messages == [f"{target}: No such file or directory"]


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs Linux's /dev/full")
def test_a_full_disk_is_named_with_the_output_file():
    """QA (s39 surface #4): writing to a full disk failed as a bare "storyweave: No space left on device"."""
    result = _run("summarize", str(EXAMPLE), "-o", "/dev/full")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1] == "storyweave: /dev/full: No space left on device"


def test_usage_errors_exit_2(runner):
    assert runner.invoke(main, ["summarize"]).exit_code == 2
    assert runner.invoke(main, ["summarize", str(EXAMPLE), "--words", "0"]).exit_code == 2
    assert runner.invoke(main, ["report"]).exit_code == 2


def test_an_unknown_eval_system_is_a_bad_option_value_exit_2_before_the_file_is_read(runner, tmp_path):
    # QA: `eval x.jsonl --systems bogus` was exit 1, after reading and cleaning every cluster of the file.
    path = tmp_path / "bench.jsonl"
    path.write_text("{not json\n")

    result = runner.invoke(main, ["eval", str(path), "--systems", "lead,bogus"])

    assert result.exit_code == 2
    assert "Invalid value for '--systems': unknown system 'bogus'; choose from lead," in result.output
    assert "malformed" not in result.output


_PATHS_COMMANDS = ["summarize", "report", "ingest", "scale-report"]


def test_every_command_of_paths_leaves_a_missing_or_unreadable_one_to_the_reader():
    # QA: click refused an unreadable path before reading anything (exit 2 "Path 'noperm' is not readable").
    takes_paths = {
        name for name, command in main.commands.items() if any(p.name == "paths" for p in command.params)
    }
    assert takes_paths == set(_PATHS_COMMANDS)
    for name in takes_paths:
        (paths,) = [p for p in main.commands[name].params if p.name == "paths"]
        assert not paths.type.exists and not paths.type.readable


@pytest.mark.parametrize("command", [["eval"], ["group", "--out", "-"], ["eval-groups"]])
def test_a_missing_input_file_is_an_error_as_for_every_command_not_wrong_usage(
    runner, tmp_path, caplog, command
):
    # QA: group and eval-groups exited 2 with click's usage text, where summarize exits 1 with one line.
    missing = tmp_path / "missing.jsonl"
    result = runner.invoke(main, [command[0], str(missing), *command[1:]])
    assert result.exit_code == 1
    assert f"{missing}: no such file or directory" in caplog.text
    assert "Usage:" not in result.output


def _unreadable_for_this_process(*command: str) -> list[str]:
    """``command`` run as a process that file permissions apply to: root's overriding capabilities dropped."""
    if os.geteuid() != 0:
        return list(command)
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root, without setpriv to drop the capabilities that ignore file permissions")
    return [setpriv, "--bounding-set", "-dac_override,-dac_read_search,-fowner", *command]


@pytest.mark.parametrize("command", ["summarize", "ingest"])
def test_an_unreadable_path_is_skipped_with_one_line_as_a_missing_one_and_the_rest_read(tmp_path, command):
    """QA: `storyweave summarize noperm mix/01.txt` stopped with exit 2 and read nothing."""
    locked_folder, locked_file = tmp_path / "noperm", tmp_path / "locked.txt"
    locked_folder.mkdir()
    (locked_folder / "a.txt").write_text("A fire destroyed a warehouse in Wrenport.\n")
    locked_file.write_text("A fire destroyed a warehouse in Wrenport.\n")
    readable = next(EXAMPLE.glob("01*.txt"))
    try:
        locked_folder.chmod(0)
        locked_file.chmod(0)
        db = ["--db", str(tmp_path / "news.db")] if command == "ingest" else []
        args = [command, *db, str(locked_folder), str(locked_file), str(tmp_path / "missing"), str(readable)]
        result = subprocess.run(
            _unreadable_for_this_process(sys.executable, "-m", "storyweave", *args),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        locked_folder.chmod(0o755)
        locked_file.chmod(0o644)

    assert result.returncode == EXIT_SKIPPED, result.stderr
    warnings = [
        line for line in result.stderr.splitlines() if str(tmp_path) in line and "new database" not in line
    ]
    assert warnings == [
        f"storyweave: {locked_folder}: cannot read folder: Permission denied",
        f"storyweave: {tmp_path / 'missing'}: no such file or directory",
        f"storyweave: {locked_file}: cannot read file: Permission denied",
    ]
    assert ("Fire Guts Pier 7" in result.stdout) if command == "summarize" else ("1 added" in result.stderr)


def _option_help(command):
    return {option.opts[-1]: option.help for option in command.params if isinstance(option, click.Option)}


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_option_has_help(name):
    # QA: --format (summarize, report) and serve --port had none.
    assert [opt for opt, text in _option_help(main.commands[name]).items() if not text] == []


def test_eval_help_names_every_system_and_eval_groups_help_the_fields_a_line_needs(runner):
    from storyweave.eval.peers import SYSTEM_NAMES

    systems = _option_help(main.commands["eval"])["--systems"]
    assert [name for name in SYSTEM_NAMES if f" {name}," not in systems and f" {name}." not in systems] == []
    # The protocol is described, not pointed at as a file of the repo (it is beside the dev data).
    assert "ROUGE" in main.commands["eval"].help and "../shared" not in main.commands["eval"].help
    groups_help = runner.invoke(main, ["eval-groups", "--help"]).output
    assert '"text"' in groups_help and '"cluster"' in groups_help


def _readme_use_lines():
    """The command lines of README.md's Use block, each as (command, its text), a command possibly twice."""
    readme = (EXAMPLE.parents[1] / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Use\n", 1)[1].split("```bash\n", 1)[1].split("```", 1)[0]
    return [(line.split()[1], line.split("  #", 1)[0]) for line in block.splitlines() if line.strip()]


def test_readme_command_lines_name_every_option_and_choice_of_each_command():
    # QA: README's `stories --sort` left out `created` (the default), and scale-report's synopsis --words.
    lines = _readme_use_lines()
    assert {name for name, _ in lines} == set(main.commands)
    for name, command in main.commands.items():
        text = " ".join(line for command_name, line in lines if command_name == name)
        for option in command.params:
            if not isinstance(option, click.Option) or option.name == "help":
                continue
            assert any(re.search(rf"{opt}\b", text) for opt in option.opts), (name, option.opts)
            if isinstance(option.type, click.Choice):
                listed = re.search(rf"{option.opts[-1]} ([\w|-]+)", text).group(1).split("|")
                assert sorted(listed) == sorted(option.type.choices), (name, option.opts)


def test_ingest_twice_then_list_and_report_a_stored_story(runner, tmp_path):
    db = tmp_path / "news.db"
    assert runner.invoke(main, ["ingest", str(EXAMPLE), "--db", str(db)]).exit_code == 0
    assert runner.invoke(main, ["ingest", str(EXAMPLE), "--db", str(db)]).exit_code == 0
    listing = runner.invoke(main, ["stories", "--db", str(db)])
    assert listing.exit_code == 0
    (line,) = listing.output.strip().splitlines()
    story_id = line.split("\t")[0]
    assert "5 articles" in line and "2026-03-11..2026-03-13" in line
    out = tmp_path / "story.json"
    result = runner.invoke(
        main, ["report", "--db", str(db), "--story", story_id, "--format", "json", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    doc = json.loads(out.read_text())
    validate(doc)
    assert len(doc["articles"]) == 5 and doc["conflicts"]


def test_report_of_a_stored_story_asked_for_again_is_read_back(runner, tmp_path, monkeypatch):
    db = tmp_path / "news.db"
    assert runner.invoke(main, ["ingest", str(EXAMPLE), "--db", str(db)]).exit_code == 0
    story_id = runner.invoke(main, ["stories", "--db", str(db)]).output.split("\t")[0]
    first = runner.invoke(main, ["report", "--db", str(db), "--story", story_id, "--words", "50"])
    assert first.exit_code == 0, first.output

    def not_again(*args, **kwargs):
        raise AssertionError("the report was made again")

    monkeypatch.setattr(api, "report", not_again)
    second = runner.invoke(main, ["report", "--db", str(db), "--story", story_id, "--words", "50"])
    assert (second.exit_code, second.output) == (0, first.output)
    assert first.output.startswith("# ")


def test_a_missing_database_exits_1_and_an_unknown_story_is_one_line_and_exit_2(tmp_path):
    # QA: `report --story s9999` was exit 1, where `merge` and `move` of an unknown id were exit 2 with usage
    # text: an id the user gave that names nothing is wrong usage, said in one line, everywhere.
    assert _run("stories", "--db", str(tmp_path / "none.db")).returncode == 1
    db = tmp_path / "news.db"
    assert _run("ingest", str(EXAMPLE), "--db", str(db)).returncode == 0

    result = _run("report", "--db", str(db), "--story", "nope")

    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.splitlines() == [f"storyweave: {db}: no story 'nope'"]


def test_eval_skips_a_bad_line_and_exits_3(runner, tmp_path):
    cluster = {
        "documents": [{"text": "A fire destroyed a warehouse. Two were hurt."}],
        "summaries": ["A fire."],
    }
    path = tmp_path / "bench.jsonl"
    path.write_text(
        "\n".join([json.dumps({**cluster, "id": "c1"}), "{bad json", json.dumps({**cluster, "id": "c2"})])
        + "\n"
    )
    result = runner.invoke(main, ["eval", str(path), "--systems", "lead"])
    assert result.exit_code == EXIT_SKIPPED, result.output
    assert "2 clusters" in result.output


def test_eval_systems_may_be_typed_with_spaces_and_a_trailing_comma(runner, tmp_path):
    # QA: "lead, kl" and "lead," were "unknown system ' kl'" and "unknown system ''".
    path = tmp_path / "bench.jsonl"
    cluster = {"id": "c1", "documents": [{"text": "A fire destroyed a warehouse. Two were hurt."}]}
    path.write_text(json.dumps({**cluster, "summaries": ["A fire."]}) + "\n")

    result = runner.invoke(main, ["eval", str(path), "--systems", "lead, kl,"])

    assert result.exit_code == 0, result.output
    assert "lead" in result.output and "kl" in result.output


def test_eval_groups_skips_an_article_without_gold_story_and_exits_3(runner, tmp_path):
    lines = [
        {"id": "a", "text": "Quake hits Padang; rescuers search the rubble.", "cluster": "quake"},
        {"id": "b", "text": "Aftershock rattles Padang as rescuers search.", "cluster": "quake"},
        {"id": "c", "text": "Strike halts Deutsche Bahn trains across Germany."},
    ]
    path = tmp_path / "hand.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    result = runner.invoke(main, ["eval-groups", str(path)])
    assert result.exit_code == EXIT_SKIPPED, result.output
    assert "2 articles" in result.output


def _two_story_file(tmp_path):
    stories = {
        "fire": [
            "A fire destroyed the Pier 7 warehouse in Wrenport on Tuesday, officials said.",
            "Crews fought the Wrenport blaze for six hours before it was out.",
        ],
        "quake": [
            "A strong quake hit Padang on Monday, the weather agency said.",
            "Rescuers searched the rubble of Padang for survivors overnight.",
        ],
    }
    path = tmp_path / "dev.jsonl"
    path.write_text(
        "".join(
            json.dumps(
                {"id": key, "documents": [{"id": f"{key}-{n}", "text": t} for n, t in enumerate(texts, 1)]}
            )
            + "\n"
            for key, texts in stories.items()
        )
    )
    return path


def test_summarize_and_report_refuse_several_clusters_in_one_line_with_exit_2(tmp_path):
    path = _two_story_file(tmp_path)
    for command in ("summarize", "report"):
        result = _run(command, str(path))
        assert result.returncode == 2
        assert result.stderr.strip().splitlines() == [
            f"storyweave: {path} holds 2 clusters (ids: fire, quake); pick one with --cluster ID, "
            "or use `storyweave ingest` to group them"
        ]
        assert result.stdout == ""


def test_cluster_option_picks_one_story_and_an_unknown_id_exits_2(runner, tmp_path):
    path = _two_story_file(tmp_path)
    for command in ("summarize", "report"):
        result = runner.invoke(main, [command, str(path), "--cluster", "quake", "--format", "json"])
        assert result.exit_code == 0, result.output
        assert [a["id"] for a in json.loads(result.output)["articles"]] == ["quake-1", "quake-2"]

    result = _run("report", str(path), "--cluster", "flood")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"storyweave: no cluster 'flood' in {path} (ids: fire, quake)"
    ]
    assert (
        runner.invoke(main, ["report", "--db", "x.db", "--story", "s1", "--cluster", "fire"]).exit_code == 2
    )


def test_ingest_still_takes_a_file_of_several_clusters(runner, tmp_path):
    result = runner.invoke(main, ["ingest", str(_two_story_file(tmp_path)), "--db", str(tmp_path / "n.db")])
    assert result.exit_code == 0, result.output
    listing = runner.invoke(main, ["stories", "--db", str(tmp_path / "n.db")])
    assert len(listing.output.strip().splitlines()) == 2


def test_summarize_refuses_one_cluster_files_or_a_cluster_with_loose_articles_with_exit_2(tmp_path):
    # QA: several inputs that are clearly different stories were summarized as one, without a word.
    fire, quake = tmp_path / "fire.jsonl", tmp_path / "quake.jsonl"
    for path, text in ((fire, "A fire destroyed the Pier 7 warehouse."), (quake, "A quake hit Padang.")):
        path.write_text(json.dumps({"id": path.stem, "documents": [{"id": "d1", "text": text}]}) + "\n")
    folder = tmp_path / "outlets"
    folder.mkdir()
    _story_dir(folder)

    separate = _run("summarize", str(fire), str(quake))
    mixed = _run("summarize", str(fire), str(folder))

    assert separate.returncode == mixed.returncode == 2
    assert separate.stderr.strip().splitlines() == [
        f"storyweave: the 2 inputs {fire}, {quake} hold 2 clusters (ids: fire, quake); "
        "pick one with --cluster ID, or use `storyweave ingest` to group them"
    ]
    assert mixed.stderr.strip().splitlines() == [
        f"storyweave: {fire} holds cluster 'fire', a story of its own, and {folder} holds articles outside "
        "any cluster; pick the cluster with --cluster fire, or give the articles without it"
    ]
    assert separate.stdout == mixed.stdout == ""


def test_group_renames_a_repeated_id_as_every_command_does_and_names_it_in_one_line(tmp_path):
    # QA10c #6: a repeated id was skipped, so the article had no line (QA had found "a-2", an id the input does not
    # have: the warning names it, with the file and line, as report's and ingest's do).
    lines = [
        {"id": "a", "text": "A fire destroyed the Pier 7 warehouse in Wrenport on Tuesday."},
        {"id": "b", "text": "A strong quake hit Padang on Monday, the weather agency said."},
        {"id": "a", "text": "A fire destroyed the Pier 7 warehouse in Wrenport on Tuesday."},
    ]
    feed, out = tmp_path / "feed.jsonl", tmp_path / "groups.jsonl"
    feed.write_text("".join(json.dumps(line) + "\n" for line in lines))

    result = _run("group", str(feed), "--out", str(out))

    assert result.returncode == 0
    assert result.stderr.strip().splitlines() == [
        f"storyweave: renamed 1 repeated article id: a -> a-2 ({feed}:3)"
    ]
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == ["a", "b", "a-2"]


def test_group_out_dash_writes_the_lines_to_standard_output(tmp_path, monkeypatch):
    # QA: `group feed.jsonl --out -` wrote a file named "-".
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "a", "text": "A fire destroyed the Pier 7 warehouse in Wrenport on Tuesday."}\n')
    monkeypatch.chdir(tmp_path)

    result = _run("group", str(feed), "--out", "-")

    assert (result.returncode, result.stdout) == (0, '{"id": "a", "story": "s0001"}\n')
    assert not (tmp_path / "-").exists()


def test_eval_groups_names_each_line_without_gold_story_once_with_its_articles(tmp_path):
    # QA: a cluster line of three documents was "skipped x.jsonl:1: no gold story" three times, naming no id.
    path = tmp_path / "clusters.jsonl"
    documents = [
        {"id": f"fire-{n}", "text": f"A fire destroyed warehouse {n} in Wrenport."} for n in range(3)
    ]
    path.write_text(json.dumps({"id": "c1", "documents": documents}) + "\n")

    result = _run("eval-groups", str(path))

    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f'storyweave: skipped {path}:1: no gold story ("cluster") for fire-0, fire-1, fire-2',
        f'storyweave: {path}: no article with a gold story ("cluster")',
    ]


def test_group_of_nothing_readable_is_an_error_with_exit_1_and_writes_nothing(tmp_path):
    # QA: exit 3 ("some input skipped") and an empty output file, where the other commands say
    # "no readable articles" and exit 1.
    feed, out = tmp_path / "feed.jsonl", tmp_path / "groups.jsonl"
    feed.write_text('{"id": "a", "text": 5}\n')

    result = _run("group", str(feed), "--out", str(out))

    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f'storyweave: {feed}:1: "text" is a number, not a string',
        "storyweave: no readable articles (each input was skipped: see above)",
    ]
    assert not out.exists()


def test_commands_start_without_the_heavy_libraries():
    # `--help` and `stories` took 0.8 s: every command imported SciPy, trafilatura and the model runtime.
    code = "import sys, storyweave.cli; print(sorted(m for m in ('scipy', 'trafilatura', 'onnxruntime') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_eval_groups_on_a_file_that_is_not_jsonl_is_one_line_and_exit_1(tmp_path):
    # Found by QA: a .txt file gave a traceback (ValueError from the line number of its origin).
    story = tmp_path / "story.txt"
    story.write_text("A fire destroyed the Pier 7 warehouse in Wrenport on Tuesday.\n")

    result = _run("eval-groups", str(story))

    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f'storyweave: {story}: not a clustering file (JSON lines with a "cluster" field)'
    ]


def test_report_of_a_story_uses_the_default_database_as_ingest_and_stories_do(runner, tmp_path, monkeypatch):
    # Found by QA: `storyweave stories` lists storyweave.db here, but `report --story ID` wanted --db too.
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(main, ["ingest", str(EXAMPLE)]).exit_code == 0
    story_id = runner.invoke(main, ["stories"]).output.split("\t")[0]

    result = runner.invoke(main, ["report", "--story", story_id, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.output)["articles"]) == 5

    lone_db = runner.invoke(main, ["report", "--db", "storyweave.db"])
    assert lone_db.exit_code == 2
    assert "give either PATHS or --story" in lone_db.output


def test_ctrl_c_during_ingest_says_what_is_kept_and_exits_130(runner, tmp_path, monkeypatch, caplog):
    # Found by QA: "Aborted!" and exit 1, saying nothing of the batches already stored.
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("storyweave.store.ingest", interrupted)

    result = runner.invoke(main, ["ingest", str(EXAMPLE), "--db", str(tmp_path / "news.db")])

    assert result.exit_code == 130
    assert caplog.messages[-1] == (
        "interrupted: the articles stored before it are kept; run the same command again to add the rest"
    )


def test_ingest_reads_a_feed_without_holding_its_articles(runner, tmp_path, monkeypatch):
    # A 100,000-article feed was read, cleaned and sorted in memory (1.7 GB) before the store saw one.
    from storyweave.model import Article
    from storyweave.store import AddResult

    feed = tmp_path / "feed.jsonl"
    lines = (
        {"id": f"feed-{i}", "text": f"Article {i} of the feed.", "date": f"2024-01-{1 + i % 28:02d}"}
        for i in range(300)
    )
    feed.write_text("".join(json.dumps(line) + "\n" for line in lines))
    alive_halfway = []

    def store(articles, db, notes=(), lines=()):
        # Counts the feed's articles alive in this process when the store has taken half of them.
        for taken, _ in enumerate(articles, 1):
            if taken == 150:
                gc.collect()
                alive = [o for o in gc.get_objects() if isinstance(o, Article) and o.id.startswith("feed-")]
                alive_halfway.append(len(alive))
        return AddResult(taken, 0, 0)

    monkeypatch.setattr("storyweave.store.ingest", store)

    result = runner.invoke(main, ["ingest", str(feed), "--db", str(tmp_path / "news.db")])

    assert result.exit_code == 0, result.output
    assert alive_halfway[0] <= 2  # the one being stored (and the one the reader let go last)


def test_stories_prints_headlines_and_outlets_as_plain_one_line_text(runner, tmp_path):
    # A database written before ingest cleaned metadata may hold terminal escapes, and a tab would
    # shift the columns.
    from storyweave.model import Article
    from storyweave.store import ingest

    db = tmp_path / "news.db"
    title = "Mill \x1b[31mfire\x1b[0m\tspreads\x07"
    ingest([Article("a", "A fire spread through the mill.", title=title, source="Evil\x1b[2JOutlet")], db)

    result = runner.invoke(main, ["stories", "--db", str(db)])

    assert result.exit_code == 0
    assert result.output.split("\t")[1] == "1 article"  # QA: "1 articles"
    assert result.output.split("\t")[3:] == ["EvilOutlet", "Mill fire spreads\n"]


def test_stories_can_be_searched_and_sorted(runner, tmp_path):
    from storyweave.model import Article
    from storyweave.store import ingest

    db = tmp_path / "news.db"
    ingest(
        [
            Article("a", "Flames spread through the old textile mill on the river.", title="Mill fire"),
            Article("b", "The council postponed its budget vote until the spring.", title="Vote delayed"),
            Article("c", "Councillors again put off the budget vote to spring.", title="Vote put off"),
        ],
        db,
    )

    found = runner.invoke(main, ["stories", "--db", str(db), "--search", "mill"])
    most = runner.invoke(main, ["stories", "--db", str(db), "--sort", "articles"])
    wrong = runner.invoke(main, ["stories", "--db", str(db), "--sort", "newest"])

    assert [line.split("\t")[-1] for line in found.output.splitlines()] == ["Mill fire"]
    assert [line.split("\t")[1] for line in most.output.splitlines()] == ["2 articles", "1 article"]
    assert wrong.exit_code == 2 and "newest" in wrong.output


@pytest.mark.parametrize("output_format", ["tsv", "jsonl"])
def test_output_whose_reader_has_gone_ends_quietly_with_exit_141(tmp_path, output_format):
    # QA: `storyweave stories | head -1` printed "storyweave: storyweave: Broken pipe" and exited 1.
    from storyweave.model import Article
    from storyweave.store import ingest

    db = tmp_path / "news.db"
    ingest([Article("a", "A fire spread through the mill.")], db)
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before anything is written

    try:
        result = subprocess.run(
            [sys.executable, "-m", "storyweave", "stories", "--db", str(db), "--format", output_format],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        os.close(write_end)

    assert (result.returncode, result.stderr) == (141, "")


def test_ingest_stores_a_latin1_file_name_and_a_lone_surrogate_escape(runner, tmp_path):
    # QA: both ended `storyweave ingest` in a traceback ("surrogates not allowed") from SQLite.
    folder = tmp_path / "in"
    folder.mkdir()
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "w") as file:
        file.write("A fire destroyed the Pier 7 warehouse in Wrenport late on Tuesday night, officials said.")
    (folder / "feed.jsonl").write_text(
        r'{"id": "q\ud800", "text": "A strong quake hit Padang \udc00 on Monday."}'
    )
    db = tmp_path / "news.db"

    result = runner.invoke(main, ["ingest", str(folder), "--db", str(db)])
    listing = runner.invoke(main, ["stories", "--db", str(db)])

    assert result.exit_code == 0, result.output
    assert sorted(line.split("\t")[1] for line in listing.output.splitlines()) == ["1 article", "1 article"]


def _stderr_on_a_terminal(*args):
    """What the command writes to stderr when it is a 120-column terminal (a pseudo-terminal)."""
    import fcntl
    import pty
    import struct
    import termios

    controller, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    command = [sys.executable, "-m", "storyweave", *args]
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=terminal)
    os.close(terminal)
    written = b""
    with contextlib.suppress(OSError):  # EIO once the command has exited and closed the terminal
        while chunk := os.read(controller, 4096):
            written += chunk
    os.close(controller)
    assert process.wait(timeout=120) == 0
    return written.decode()


def test_ingest_on_a_terminal_logs_above_its_progress_bars(tmp_path):
    # QA: "ingest:   0%|...| 0/5 [00:00<?, ?article/s]storyweave: news.db: applied migration 0001".
    written = _stderr_on_a_terminal("ingest", str(EXAMPLE), "--db", str(tmp_path / "news.db"))

    pieces = re.split(r"[\r\n]+", written)
    assert any(piece.startswith("ingest: 100%") for piece in pieces)  # the bars are shown
    logged = [piece for piece in pieces if "storyweave:" in piece]
    # One line for a new database (QA: it was one per migration, six of them), then the count.
    latest = max(
        int(path.stem[:4]) for path in (EXAMPLE.parents[1] / "storyweave/store/migrations").glob("*.sql")
    )
    assert logged == [
        f"storyweave: {tmp_path / 'news.db'}: new database (schema version {latest})",
        "storyweave: 5 added (0 near-duplicates), 0 already stored, 0 repeated in the input, 0 skipped",
    ]


def test_serve_on_a_port_in_use_names_the_address_in_one_line(runner, caplog):
    # Found by QA: "storyweave: storyweave: Address already in use".
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]

        result = runner.invoke(main, ["serve", "--port", str(port)])

    assert result.exit_code == 1
    assert caplog.messages == [f"cannot listen on 127.0.0.1:{port}: Address already in use"]


def test_stories_says_when_no_story_matches(runner, tmp_path, caplog):
    # QA: `storyweave stories --search zzz` printed nothing at all, which reads as a hang or a crash.
    from storyweave.model import Article
    from storyweave.store import ingest

    db = tmp_path / "news.db"
    ingest([Article("a", "Flames spread through the old textile mill.", title="Mill fire")], db)

    with caplog.at_level("INFO", logger="storyweave"):
        result = runner.invoke(main, ["stories", "--db", str(db), "--search", "zzz"])

    assert (result.exit_code, result.stdout) == (0, "")
    assert "no story matches 'zzz' (1 stored)" in caplog.messages


def test_a_search_or_story_id_of_bytes_that_are_not_utf8_is_no_traceback(runner, tmp_path):
    # QA: a Latin-1 terminal's "Zürich" (b"Z\xfcrich", given to Python as "Z\udcfcrich") was a traceback.
    from storyweave.model import Article
    from storyweave.store import ingest

    db = tmp_path / "news.db"
    ingest([Article("a", "Flames spread through the old textile mill.", title="Mill fire")], db)

    found = runner.invoke(main, ["stories", "--db", str(db), "--search", "Z\udcfcrich"])
    report = runner.invoke(main, ["report", "--db", str(db), "--story", "s\udcff"])

    assert (found.exit_code, found.stdout, found.exception) == (0, "", None)
    assert report.exit_code == 2 and isinstance(report.exception, SystemExit)


def _dated_db(tmp_path):
    """A database of a story told on two days (one article a copy) and an undated one with an unsafe headline."""
    import datetime as dt

    from storyweave.model import Article
    from storyweave.store import ingest

    db = tmp_path / "news.db"
    rescue = (
        "Rescuers pulled three people from the rubble of a collapsed building in Naples on Sunday morning."
    )
    ingest(
        [
            Article("a", rescue, title="Naples rescue", date=dt.date(2024, 5, 1), source="Wire"),
            Article("b", rescue + " (AP)", date=dt.date(2024, 5, 3), source="Gazette"),
            Article(
                "u", "Flames spread through the old textile mill.", title="Mill\x1b[2J fire\u2028in Łódź"
            ),
        ],
        db,
    )
    return db


def test_stories_as_json_lines_give_each_story_in_a_stable_key_order(runner, tmp_path):
    db = _dated_db(tmp_path)

    result = runner.invoke(main, ["stories", "--db", str(db), "--format", "jsonl"])
    tsv = runner.invoke(main, ["stories", "--db", str(db), "--format", "tsv"])

    assert result.exit_code == 0, result.output
    # One line a story, whatever splits lines (str.splitlines splits at U+2028), and no terminal escape.
    assert result.output.isascii() and result.output.count("\n") == 2
    assert [list(json.loads(line).items()) for line in result.output.splitlines()] == [
        [
            ("id", "s0001"),
            ("headline", "Naples rescue"),
            # The copy is counted once, as the report counts it, and its outlet named apart (QA9 #6).
            ("outlets", ["Wire"]),
            ("articles", 1),
            ("near_duplicates", 1),
            ("copy_outlets", ["Gazette"]),
            ("first_date", "2024-05-01"),
            ("last_date", "2024-05-03"),
        ],
        [
            ("id", "s0002"),
            ("headline", "Mill\x1b[2J fire\u2028in Łódź"),
            ("outlets", []),
            ("articles", 1),
            ("near_duplicates", 0),
            ("copy_outlets", []),
            ("first_date", None),
            ("last_date", None),
        ],
    ]
    assert tsv.output == runner.invoke(main, ["stories", "--db", str(db)]).output  # tsv is the default
    assert tsv.output.startswith(
        "s0001\t1 article (+1 copy)\t2024-05-01..2024-05-03\tWire (copies: Gazette)\tNaples rescue\n"
    )


def test_stories_keeps_those_dated_in_a_window_and_says_when_none_is(runner, tmp_path, caplog):
    import datetime as dt

    from storyweave.model import Article
    from storyweave.store import ingest

    db = _dated_db(tmp_path)
    today = dt.date.today()
    recent = "A storm cut power to ten thousand homes on the coast overnight, the utility said."
    ingest([Article("r", recent, title="Storm cuts power", date=today - dt.timedelta(days=2))], db)

    def listed(*options):
        result = runner.invoke(main, ["stories", "--db", str(db), *options])
        assert result.exit_code == 0, result.output
        return [line.split("\t")[-1] for line in result.output.splitlines()]

    assert listed("--since", "2024-05-02", "--until", "2024-05-02") == ["Naples rescue"]
    assert listed("--until", "2024-05-01", "--sort", "latest") == ["Naples rescue"]  # no undated story
    assert listed("--since", "2024-05-04") == ["Storm cuts power"]
    assert listed("--since", "7d") == listed("--since", "2d") == ["Storm cuts power"]
    assert listed("--since", "1d") == []
    assert listed("--until", "3d", "--search", "rescue") == ["Naples rescue"]
    with caplog.at_level("INFO", logger="storyweave"):
        runner.invoke(main, ["stories", "--db", str(db), "--search", "mill", "--since", "2024-05-01"])
    assert "no story matches 'mill' and has an article of 2024-05-01 or later (3 stored)" in caplog.messages


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--since", "2024-13-01"], "Invalid value for '--since': '2024-13-01' is not a date (YYYY-MM-DD)"),
        (["--until", "last week"], "Invalid value for '--until': 'last week' is not a date"),
        (
            ["--since", "2024-05-03", "--until", "2024-05-01"],
            "--since 2024-05-03 is after --until 2024-05-01",
        ),
        (["--format", "csv"], "Invalid value for '--format'"),
    ],
)
def test_stories_refuses_a_bad_date_or_window_as_wrong_usage(runner, tmp_path, options, message):
    result = runner.invoke(main, ["stories", "--db", str(_dated_db(tmp_path)), *options])

    assert result.exit_code == 2
    assert message in result.output


_SIXTH_TEIGEN_ARTICLE = """ date 2021-09-30
source: Celeb Wire
Chrissy Teigen marks a year since losing son Jack

Chrissy Teigen and John Legend marked one year since the loss of their son Jack. Teigen shared photos from
the hospital on Instagram on National Son Day and wrote a note to the son they almost had, saying the pain
showed her she could survive anything. Legend consoled his wife in the photos. The couple have two
children, Luna and Miles.
"""


def test_an_editor_merges_the_teigen_story_the_grouper_split_and_the_merge_holds(
    runner, tmp_path, teigen_dir
):
    # The February article, seven months older than the four September ones, is a story of one article
    # when they arrive: the grouper takes it back from its retired stories, so the story is whole. An
    # editor who splits it off by hand can make it one again, and the merge holds.
    db = str(tmp_path / "news.db")
    assert runner.invoke(main, ["ingest", str(teigen_dir), "--db", db]).exit_code == 0
    before = runner.invoke(main, ["stories", "--db", db]).output.splitlines()
    assert [line.split("\t")[:2] for line in before] == [["s0001", "5 articles"]]
    split = _run("move", "--db", db, "003_ae668f8431bbf30d", "--to", "new")
    assert split.stdout.startswith("s0002\t1 article\t2021-02-21..2021-02-21\t"), split.stderr

    merged = _run("merge", "--db", db, "s0002", "s0001")
    assert merged.returncode == 0, merged.stderr
    assert merged.stderr == "storyweave: merged s0002 into s0001 (5 articles); s0002 no longer exists\n"
    assert merged.stdout.startswith("s0001\t5 articles\t")
    (line,) = runner.invoke(main, ["stories", "--db", db]).output.splitlines()
    assert line.startswith("s0001\t5 articles\t2021-02-21..2021-09-29\t")
    out = tmp_path / "report.json"
    assert (
        runner.invoke(
            main, ["report", "--db", db, "--story", "s0001", "--format", "json", "-o", out]
        ).exit_code
        == 0
    )
    assert len(json.loads(out.read_text())["articles"]) == 5
    gone = _run("report", "--db", db, "--story", "s0002")
    assert gone.returncode == 0  # an id noted before the merge names the story it went into
    assert gone.stderr == "storyweave: s0002 was merged into s0001: reporting s0001\n"
    assert "5 articles" in gone.stdout

    # Ingesting the same files again changes nothing; a sixth article, like the September ones, joins.
    assert runner.invoke(main, ["ingest", str(teigen_dir), "--db", db]).exit_code == 0
    assert runner.invoke(main, ["stories", "--db", db]).output.splitlines() == [line]
    sixth = tmp_path / "more" / "sixth.txt"
    sixth.parent.mkdir()
    sixth.write_text(_SIXTH_TEIGEN_ARTICLE, encoding="utf-8")
    assert runner.invoke(main, ["ingest", str(sixth.parent), "--db", db]).exit_code == 0
    (line,) = runner.invoke(main, ["stories", "--db", db]).output.splitlines()
    assert line.startswith("s0001\t6 articles\t2021-02-21..2021-09-30\tCeleb Wire\t")


def test_merge_counts_the_merged_storys_articles_as_the_story_list_does(runner, tmp_path, caplog):
    """QA (s39 surface #7): "merged s0002 into s0001 (7 articles)" above the story's line "6 articles (+1 copy)"."""
    from storyweave.model import Article, Batch

    db = tmp_path / "news.db"
    fire = "A fire destroyed the Pier 7 warehouse in Wrenport late on Tuesday night, officials said."
    vote = "Kestrel City Council voted 7-2 on Wednesday to approve a half-cent sales tax for public transit."
    api.ingest(
        Batch(
            (
                Article("fire", fire, source="Gazette"),
                Article("fire-copy", fire, source="Syndicator"),
                Article("vote", vote, source="Ledger"),
            )
        ),
        db,
        progress=False,
    )
    assert [story.id for story in api.stories(db)] == ["s0001", "s0002"]

    with caplog.at_level("INFO"):
        result = runner.invoke(main, ["merge", "s0001", "s0002", "--db", str(db)])

    assert result.exit_code == 0
    assert result.output.startswith("s0001\t2 articles (+1 copy)\t")
    assert caplog.messages[-1] == "merged s0002 into s0001 (2 articles (+1 copy)); s0002 no longer exists"


@pytest.mark.parametrize(
    ("ids", "message"),
    [
        (["s0001"], "name two or more stories to merge (only 's0001')"),
        (["s0001", "s0001"], "story 's0001' is named twice"),
        (["s0001", "s0404"], "no story 's0404'"),
    ],
)
def test_merge_of_fewer_than_two_stored_stories_is_wrong_usage(runner, tmp_path, ids, message, caplog):
    db = str(tmp_path / "news.db")
    assert runner.invoke(main, ["ingest", str(EXAMPLE), "--db", db]).exit_code == 0
    result = runner.invoke(main, ["merge", "--db", db, *ids])
    assert result.exit_code == 2
    assert [r.getMessage() for r in caplog.records if r.levelname == "ERROR"] == [
        f"{db}: {message}" if message.startswith("no story") else message
    ]
    assert "Usage:" not in result.output  # the ids are wrong, not the command line: one line, as --story
    assert runner.invoke(main, ["merge", "--db", db]).exit_code == 2
    assert runner.invoke(main, ["merge", "--db", str(tmp_path / "none.db"), "s0001", "s0002"]).exit_code == 1


def test_an_editor_moves_an_article_to_a_story_of_its_own_and_back(runner, tmp_path, teigen_dir):
    db = str(tmp_path / "news.db")
    assert runner.invoke(main, ["ingest", str(teigen_dir), "--db", db]).exit_code == 0
    split = _run("move", "--db", db, "003_ae668f8431bbf30d", "--to", "new")
    assert split.returncode == 0, split.stderr
    moved = _run("move", "--db", db, "000_7225a0248ea7c246", "--to", "new")
    assert moved.returncode == 0, moved.stderr
    assert moved.stderr == "storyweave: moved 000_7225a0248ea7c246 to s0003\n"
    assert moved.stdout.startswith("s0003\t1 article\t2021-09-29..2021-09-29\t")
    listing = runner.invoke(main, ["stories", "--db", db]).output
    assert [line.split("\t")[:2] for line in listing.splitlines()] == [
        ["s0001", "3 articles"],
        ["s0002", "1 article"],  # the February article, made second: listed before s0003
        ["s0003", "1 article"],  # made last: listed last, whatever its article's date (QA6 #7)
    ]
    back = runner.invoke(main, ["move", "--db", db, "000_7225a0248ea7c246", "--to", "s0001"])
    assert back.exit_code == 0, back.output
    assert back.output.startswith("s0001\t4 articles\t")
    # s0003 lost its one article: its id names the story the article went back to.
    emptied = _run("report", "--db", db, "--story", "s0003")
    assert (
        emptied.returncode == 0
        and emptied.stderr == "storyweave: s0003 was merged into s0001: reporting s0001\n"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nope", "--to", "new"], "no article 'nope'"),
        (["0", "--to", "s0404"], "no story 's0404'"),
        (["0"], "Missing option '--to'"),
    ],
)
def test_move_of_an_unknown_article_or_to_an_unknown_story_is_wrong_usage(
    runner, tmp_path, args, message, caplog
):
    db = str(tmp_path / "news.db")
    (tmp_path / "in").mkdir()
    assert runner.invoke(main, ["ingest", str(_story_dir(tmp_path / "in")), "--db", db]).exit_code == 0
    result = runner.invoke(main, ["move", "--db", db, *args])
    assert result.exit_code == 2
    assert message in result.output + caplog.text
    # A missing option is click's usage error (with the usage line); an id that names nothing is one line.
    assert ("Usage:" in result.output) == (message.startswith("Missing"))
