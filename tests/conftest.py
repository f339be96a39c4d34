"""Fixtures shared by the whole suite."""

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
