"""Fixtures shared by the ingest tests."""

from pathlib import Path

import pytest

TEIGEN_JACK = Path(__file__).parents[2] / ".." / "shared" / "examples" / "teigen-jack"
DEV_DATA = Path(__file__).parents[2] / ".." / "shared" / "data"


@pytest.fixture
def teigen_jack() -> Path:
    """The real five-outlet plain-text example, when the shared folder is present."""
    if not TEIGEN_JACK.is_dir():
        pytest.skip("shared teigen-jack example not available")
    return TEIGEN_JACK


@pytest.fixture
def dev_data() -> Path:
    """The shared benchmark dev sets, when present."""
    if not DEV_DATA.is_dir():
        pytest.skip("shared dev data not available")
    return DEV_DATA
