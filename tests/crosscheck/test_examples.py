"""Acceptance checks on the two example stories (skipped when the data is absent)."""

import json

import pytest

from storyweave.crosscheck import build_timeline, find_conflicts, find_quotes, read_story_facts

from .conftest import REPO, SHARED, read_story

TEIGEN = SHARED / "examples" / "teigen-jack"
HARBOR = REPO / "examples" / "harbor-fire"
HARBOR_FACTS = REPO / "examples" / "harbor-fire.facts.json"


@pytest.fixture(scope="module")
def teigen():
    return read_story(TEIGEN)


@pytest.fixture(scope="module")
def harbor():
    docs = read_story(HARBOR)
    if not HARBOR_FACTS.is_file():
        pytest.skip("harbor-fire ground truth is not available")
    return docs, json.loads(HARBOR_FACTS.read_text())


def _prefixes(articles):
    return {a[:3] for a in articles}


@pytest.mark.parametrize(
    ("words", "outlets"),
    [
        ("the son we almost had", {"000", "001", "002", "004"}),
        ("the kind of deep pain you only hear about", {"000", "001", "003", "004"}),
        ("bags and bags of blood transfusions", {"000", "001", "003", "004"}),
        ("never decide on our babies", {"000", "002", "003", "004"}),
    ],
)
def test_teigen_shared_quotes(teigen, words, outlets):
    matching = [q for q in find_quotes(teigen) if words in q.text.lower().replace("’", "'")]
    assert len(matching) == 1
    assert _prefixes(matching[0].articles) == outlets
    assert matching[0].speaker == "Chrissy Teigen"


def test_teigen_announcement_conflict(teigen):
    (conflict,) = [c for c in find_conflicts(teigen) if c.kind == "date"]
    sides = {p.value: _prefixes(p.articles) for p in conflict.positions}
    assert sides["2020-09-30"] == {"003", "004"}
    # Article 001 says only "in October 2020": it neither confirms Oct. 1 nor contradicts Sept. 30.
    assert sides["2020-10-01"] == {"000"}
    assert len(sides) == 2


def test_teigen_timeline(teigen):
    dates = {e.date: _prefixes(e.articles) for e in build_timeline(teigen)}
    assert "003" in dates["2021-02-20"]
    assert "001" in dates["2021-09-28"]
    assert "004" in dates["2021-09-29"]


def test_harbor_quotes(harbor):
    docs, facts = harbor
    quotes = find_quotes(docs)
    for expected in facts["quotes"]:
        matching = [q for q in quotes if expected["contains"] in q.text]
        assert len(matching) == 1, expected["contains"]
        assert set(matching[0].articles) == set(expected["articles"])
        assert matching[0].speaker == expected["speaker"]


def test_harbor_conflicts_are_exactly_the_planted_ones(harbor):
    docs, facts = harbor
    found = find_conflicts(docs)
    conflicts = [c for c in found if not c.update]
    assert len(conflicts) == len(facts["conflicts"])
    for expected in facts["conflicts"]:
        (conflict,) = [c for c in conflicts if c.kind == expected["kind"]]
        sides = {p.value: set(p.articles) for p in conflict.positions}
        assert sides == {p["value"]: set(p["articles"]) for p in expected["positions"]}
    for expected in facts["updates"]:
        (update,) = [c for c in found if c.update]
        values = [p.value for p in update.positions]
        assert values == [v["value"] for v in expected["values"]]
        for position, value in zip(update.positions, expected["values"], strict=True):
            assert set(position.articles) <= set(value["articles"])


def test_harbor_timeline(harbor):
    docs, facts = harbor
    timeline = build_timeline(docs)
    for expected in facts["timeline"]:
        matching = [
            e
            for e in timeline
            if e.date == expected["date"]
            and any(expected["contains"].lower() in ev.text.lower() for ev in e.evidence)
        ]
        found = {a for e in matching for a in e.articles}
        assert set(expected["articles"]) <= found, expected


def test_one_shared_reading_gives_what_each_check_reads_alone(harbor):
    # storyweave.api.report reads the people and dated statements once for all three checks.
    docs, _ = harbor
    reading = read_story_facts(docs)

    assert reading.dated
    assert find_quotes(docs, reading=reading) == find_quotes(docs)
    assert find_conflicts(docs, reading=reading) == find_conflicts(docs)
    assert build_timeline(docs, reading=reading) == build_timeline(docs)
