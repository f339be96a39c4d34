"""Reports of huge stories: the progress shown while one is made, and claims over thousands of links."""

import io
import re

import storyweave
from storyweave import api
from storyweave.align import align
from storyweave.model import Article
from storyweave.segment import segment
from tests.conftest import EXAMPLE
from tests.test_cli import _stderr_on_a_terminal

STAGES = ("articles", "people and dates", "quotes", "conflicts", "summary and claims", "timeline")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_progress_bar_names_each_stage_and_changes_nothing_in_the_report(
    example_batch, encoder, monkeypatch
):
    quiet = api.report(example_batch, encoder=encoder)
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)

    shown = api.report(example_batch, encoder=encoder, progress=True)

    assert shown == quiet
    pieces = re.split(r"[\r\n]+", terminal.getvalue())
    assert any(piece.startswith("report: 100%") and "6/6" in piece for piece in pieces)
    for stage in STAGES:  # each named as it starts, after the bar's rate
        assert any(f", {stage}]" in piece for piece in pieces), stage


def test_the_api_shows_no_progress_unless_asked(example_batch, encoder, monkeypatch):
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)

    api.report(example_batch, encoder=encoder)

    assert "report:" not in terminal.getvalue()


def test_a_stored_story_reported_on_a_terminal_shows_its_stages_until_its_report_is_kept(tmp_path):
    db = tmp_path / "news.db"
    api.ingest(storyweave.load([EXAMPLE]), db, progress=False)
    (story,) = api.stories(db)

    made = re.split(r"[\r\n]+", _stderr_on_a_terminal("report", "--db", str(db), "--story", story.id))
    kept = _stderr_on_a_terminal("report", "--db", str(db), "--story", story.id)

    assert any(piece.startswith("report: 100%") and ", timeline]" in piece for piece in made)
    assert "report:" not in kept  # read back from the database: nothing to wait for


def test_report_of_files_on_a_terminal_shows_the_cleaning_and_the_stages():
    pieces = re.split(r"[\r\n]+", _stderr_on_a_terminal("report", str(EXAMPLE)))

    assert any(piece.startswith("clean: 100%") for piece in pieces)
    assert any(piece.startswith("report: 100%") for piece in pieces)


def test_a_wire_sentence_in_many_articles_is_one_claim_and_a_revised_figure_stays_out():
    # A huge story repeats its wire copy's sentences in hundreds of articles: each pair of texts is read
    # once, and every article that prints the sentence must still join its claim.
    wire = "Fire crews pulled 14 workers from the collapsed warehouse on the waterfront late on Tuesday."
    revised = wire.replace("14", "40")
    others = [
        f"Reporter {n} spoke with neighbours who watched the smoke rise over the harbor." for n in range(60)
    ]
    docs = [
        segment(Article(f"a{n}", f"{revised if n % 10 == 9 else wire} {others[n]}", source=f"Outlet {n}"))
        for n in range(60)
    ]

    whole = align(docs)
    blocked = align(docs, block_pairs=500)  # a few rows a block: the links of one row are read in pieces

    (claim,) = [c for c in whole.claims if c.text == wire]
    assert claim.article_ids == tuple(f"a{n}" for n in range(60) if n % 10 != 9)
    (revision,) = [c for c in whole.claims if c.text == revised]
    assert revision.article_ids == tuple(f"a{n}" for n in range(9, 60, 10))
    assert blocked == whole
