"""Fixtures shared by the whole suite."""

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLE = REPO / "examples" / "harbor-fire"


@pytest.fixture(scope="session")
def encoder():
    """The real default encoder, loaded once per test run."""
    from storyweave.embed import default_encoder

    return default_encoder()


@pytest.fixture(scope="session")
def example_batch():
    """The bundled example story, read and cleaned."""
    import storyweave

    return storyweave.load([EXAMPLE])


@pytest.fixture(scope="session")
def teigen_dir():
    path = SHARED / "examples" / "teigen-jack"
    if not path.is_dir():
        pytest.skip("../shared/examples/teigen-jack is not beside the repo")
    return path


def summary_claims(prepared, encoder=None):
    """The alignment ``select_aligned`` asks for (``align_chosen``): the claims headed by the chosen sentences
    only, as ``storyweave.api`` builds a summary's, for a story prepared by ``storyweave.api._prepare``."""
    from storyweave.align import align

    def claims(chosen):
        return align(
            prepared.docs,
            encoder=encoder,
            centers=[s.id for s in chosen],
            centers_only=True,
            terms=prepared.terms,
        )

    return claims


def _run_storyweave(*args, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "storyweave", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=cwd,
    )


@pytest.fixture
def run():
    """``run("ingest", path, "--db", db)``: the command line in a fresh process, its output captured."""
    return _run_storyweave
