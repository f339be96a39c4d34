"""Checks that the bundled example story agrees with its ground-truth facts file.

The facts file (``examples/harbor-fire.facts.json``) is what other tests and the
demo score storyweave against, so every claim it makes about the article files
is verified here against the raw text: substrings occur where listed (and, for
quotes and shared facts, nowhere else), dates parse, and the planted conflicts
and update are laid out as described.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).parents[1] / "examples"
STORY_DIR = EXAMPLES / "harbor-fire"
FACTS = json.loads((EXAMPLES / "harbor-fire.facts.json").read_text(encoding="utf-8"))
ARTICLES = FACTS["articles"]
TEXTS = {path.stem: path.read_text(encoding="utf-8") for path in sorted(STORY_DIR.glob("*.txt"))}


def _stated_in(substring: str) -> set[str]:
    """Stems of the article files containing ``substring``, ignoring case."""
    needle = substring.casefold()
    return {stem for stem, text in TEXTS.items() if needle in text.casefold()}


def _header(text: str) -> tuple[str, str, str, str]:
    """Split a file into (date, source, title, body) per the example file layout."""
    date_line, source_line, title, blank, body = text.split("\n", 4)
    assert date_line.startswith(" date "), "a file opens with ' date YYYY-MM-DD'"
    assert source_line.startswith("source: ")
    assert blank == "", "a blank line separates the headline from the body"
    return date_line.removeprefix(" date "), source_line.removeprefix("source: "), title, body


def _parse_partial_date(value: str) -> None:
    """Raise ValueError unless ``value`` is YYYY-MM-DD, YYYY-MM or YYYY."""
    formats = {10: "%Y-%m-%d", 7: "%Y-%m", 4: "%Y"}
    dt.datetime.strptime(value, formats[len(value)])


def test_every_file_is_described_and_every_description_has_a_file():
    assert set(ARTICLES) == set(TEXTS)
    assert len(TEXTS) == 5


@pytest.mark.parametrize("stem", sorted(ARTICLES))
def test_file_header_matches_facts(stem):
    date, source, title, body = _header(TEXTS[stem])
    assert dt.date.fromisoformat(date).isoformat() == ARTICLES[stem]["date"]
    assert source == ARTICLES[stem]["source"]
    assert title == ARTICLES[stem]["title"]
    assert not body.startswith("\n") and body.endswith("\n")


@pytest.mark.parametrize("stem", sorted(ARTICLES))
def test_body_is_news_length_in_blank_line_separated_paragraphs(stem):
    body = _header(TEXTS[stem])[3]
    assert 250 <= len(body.split()) <= 450
    # Paragraphs are single lines separated by exactly one blank line.
    assert "\n\n\n" not in body
    assert all(line.strip() for line in body.strip().split("\n\n"))


def test_outlets_are_distinct_and_span_several_days():
    assert len({meta["source"] for meta in ARTICLES.values()}) == 5
    days = {dt.date.fromisoformat(meta["date"]) for meta in ARTICLES.values()}
    assert 2 <= (max(days) - min(days)).days + 1 <= 4


@pytest.mark.parametrize("snippet", FACTS["boilerplate"])
def test_boilerplate_occurs_verbatim(snippet):
    assert any(snippet in text for text in TEXTS.values())


def test_boilerplate_is_spread_over_several_files():
    carriers = {stem for stem, text in TEXTS.items() for s in FACTS["boilerplate"] if s in text}
    assert len(carriers) >= 4


@pytest.mark.parametrize("quote", FACTS["quotes"], ids=lambda q: q["contains"])
def test_quote_is_carried_by_exactly_the_listed_articles_which_name_the_speaker(quote):
    assert _stated_in(quote["contains"]) == set(quote["articles"])
    for stem in quote["articles"]:
        assert quote["speaker"] in TEXTS[stem]


def test_main_quote_is_shared_by_three_outlets_and_a_second_speaker_by_two():
    shared = [q for q in FACTS["quotes"] if len(q["articles"]) >= 2]
    assert max(len(q["articles"]) for q in shared) >= 3
    assert len({q["speaker"] for q in shared}) >= 2


def test_one_quote_is_split_by_he_said():
    pattern = re.compile(r'"[^"]+," he said\. "[^"]+"')
    assert any(pattern.search(text) for text in TEXTS.values())


@pytest.mark.parametrize("fact", FACTS["shared_facts"], ids=lambda f: f["contains"])
def test_shared_fact_is_stated_by_exactly_the_listed_articles(fact):
    assert _stated_in(fact["contains"]) == set(fact["articles"])


def test_shared_facts_count():
    assert 4 <= len(FACTS["shared_facts"]) <= 6


def test_exactly_one_date_and_one_number_conflict():
    assert sorted(c["kind"] for c in FACTS["conflicts"]) == ["date", "number"]


@pytest.mark.parametrize("conflict", FACTS["conflicts"], ids=lambda c: c["kind"])
def test_conflict_positions_are_disjoint_and_parse(conflict):
    positions = conflict["positions"]
    assert len(positions) == 2
    stems = [stem for position in positions for stem in position["articles"]]
    assert len(stems) == len(set(stems)) and set(stems) <= set(ARTICLES)
    for position in positions:
        if conflict["kind"] == "date":
            dt.date.fromisoformat(position["value"])
        else:
            float(position["value"])
        if "contains" in position:
            assert _stated_in(position["contains"]) == set(position["articles"])


def test_minority_position_is_a_single_outlet():
    for conflict in FACTS["conflicts"]:
        assert sorted(len(p["articles"]) for p in conflict["positions"]) == [1, 4]


@pytest.mark.parametrize("group", FACTS["non_conflicts"], ids=lambda g: g["about"])
def test_compatible_numbers_occur_where_listed(group):
    for value in group["values"]:
        assert set(value["articles"]) <= _stated_in(value["contains"])


def test_update_rises_only_in_later_articles():
    (update,) = FACTS["updates"]
    earlier, later = update["values"]
    assert int(earlier["value"]) < int(later["value"])
    for value in update["values"]:
        assert _stated_in(value["contains"]) == set(value["articles"])
    last_early = max(ARTICLES[stem]["date"] for stem in earlier["articles"])
    first_late = min(ARTICLES[stem]["date"] for stem in later["articles"])
    assert last_early < first_late


@pytest.mark.parametrize("event", FACTS["timeline"], ids=lambda e: f"{e['date']} {e['expression']}")
def test_timeline_event_is_stated_with_its_expression(event):
    _parse_partial_date(event["date"])
    assert set(event["articles"]) <= _stated_in(event["contains"])
    assert set(event["articles"]) <= _stated_in(event["expression"])


def test_timeline_uses_the_required_relative_expressions():
    expressions = {event["expression"].casefold() for event in FACTS["timeline"]}
    for required in ("last month", "next month", "a year ago", "last year", "thursday"):
        assert required in expressions
    assert any("tuesday" in expression for expression in expressions)


@pytest.mark.parametrize("markup", FACTS["unsafe_markup"])
def test_unsafe_markup_sits_in_a_line_that_is_not_boilerplate(markup):
    lines = [line for text in TEXTS.values() for line in text.splitlines() if markup in line]
    assert lines
    for line in lines:
        assert not any(snippet in line for snippet in FACTS["boilerplate"])
