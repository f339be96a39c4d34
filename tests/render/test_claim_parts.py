"""A claim shown as a part of the longer claim that states it (``Claim.part_of``): once, under it, outlets kept."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from storyweave.model import Claim, Report
from storyweave.render import InvalidReportError, render_html, render_markdown
from storyweave.render.json_report import to_json, validate

_LONGER = "Two workers died at the mill, whose drying hall burnt down, the fire service said."
_SHORTER = "Two workers died at the mill."


@pytest.fixture
def parted(report: Report) -> Report:
    """The shared report with a one-outlet claim whose sentence states a claim two outlets carry."""
    return replace(
        report,
        claims=(
            Claim("c1", _SHORTER, ("gazette#2", "wire#0"), ("gazette", "wire"), part_of="c2"),
            Claim("c2", _LONGER, ("wire#0",), ("wire",)),
            Claim("c3", "An inquiry will open in March.", ("evil#1",), ("evil",)),
        ),
    )


def test_markdown_shows_the_part_once_under_its_claim_with_its_own_outlets(parted: Report) -> None:
    markdown = render_markdown(parted)
    assert markdown.count(_SHORTER) == 1
    rows = [line for line in markdown.splitlines() if line.startswith("| ") and "workers died" in line]
    assert rows[0].startswith(f"| {_LONGER} | 1: ")
    assert rows[1].startswith(f"| ↳ *Part of the claim above:* {_SHORTER} | 2: ")
    # The longer claim carries a fact two outlets report: it is counted with the corroborated claims, once.
    assert "1 claim in two or more outlets" in markdown and "1 claim in one outlet only" in markdown


def test_a_single_source_claim_lists_its_single_source_part_under_it(parted: Report) -> None:
    claims = (
        Claim("c1", _SHORTER, ("wire#0",), ("wire",), part_of="c2"),
        Claim("c2", _LONGER, ("wire#0",), ("wire",)),
    )
    markdown = render_markdown(replace(parted, claims=claims))
    assert f"  - {_LONGER}\n    - ↳ *Part of the claim above:* {_SHORTER}\n" in markdown
    assert "Reported by one outlet only (1)" in markdown


def test_html_shows_the_part_in_a_row_under_its_claim(parted: Report) -> None:
    page = render_html(parted)
    assert page.count(_SHORTER) == 1
    assert re.search(
        re.escape(_LONGER)
        + r".*?</tr>\s*<tr>\s*<th scope=\"row\" class=\"claim\"><span class=\"part\">↳ Part of "
        r"the claim above:</span> " + re.escape(_SHORTER),
        page,
        re.S,
    )
    assert "1 claim reported by two or more outlets" in page


def test_json_names_the_claim_a_part_is_shown_under(parted: Report, sentences: dict[str, str]) -> None:
    doc = to_json(parted, sentences)
    validate(doc)
    assert [claim.get("part_of") for claim in doc["claims"]] == ["c2", None, None]
    doc["claims"][0]["part_of"] = "c9"
    with pytest.raises(InvalidReportError, match=r"claims\[0\]\.part_of"):
        validate(doc)
    doc["claims"][0]["part_of"] = "c1"
    with pytest.raises(InvalidReportError, match=r"claims\[0\]\.part_of"):
        validate(doc)
