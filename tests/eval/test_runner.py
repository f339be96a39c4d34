"""``evaluate`` end to end on a two-cluster file: budget choice, outputs on disk, the table."""

import json

import pytest

from storyweave.errors import BadInputError, StoryweaveError
from storyweave.eval.rouge import score_keys
from storyweave.eval.runner import evaluate, render_table

CLUSTERS = [
    {
        "id": "c1",
        "documents": [
            {"id": "c1-a", "text": "A fire destroyed a harbor warehouse on Monday. Two workers were hurt."},
            {"id": "c1-b", "text": "Crews fought the warehouse fire for six hours. The cause is unknown."},
        ],
        "summaries": ["A fire destroyed a harbor warehouse on Monday, hurting two workers and more."],
    },
    {
        "id": "c2",
        "documents": [
            {"id": "c2-a", "text": "The city council approved a new budget on Tuesday. Taxes will rise."},
            {"id": "c2-b", "text": "Council members voted seven to two for the budget. Critics objected."},
        ],
        "summaries": ["The council approved a budget that raises taxes, by seven votes to two today."],
    },
]
SYSTEMS = ["lead", "lead-rr", "oracle"]


@pytest.fixture
def cluster_file(tmp_path):
    path = tmp_path / "tiny.jsonl"
    path.write_text("\n".join(json.dumps(c) for c in CLUSTERS) + "\n", encoding="utf-8")
    return path


def test_evaluate_scores_every_system_and_writes_outputs(cluster_file, tmp_path):
    out = tmp_path / "out"
    evaluation = evaluate(cluster_file, systems=SYSTEMS, out_dir=out, progress=False)

    # An unknown file: budget = mean reference length (13.5 words) rounded to 10; F1 headline.
    assert (evaluation.dataset, evaluation.budget, evaluation.metric, evaluation.clusters) == (
        "tiny",
        10,
        "f1",
        2,
    )
    assert [r.name for r in evaluation.systems] == SYSTEMS
    assert [r.ceiling for r in evaluation.systems] == [False, False, True]
    assert all(
        set(r.scores) == set(score_keys()) and set(r.per_cluster) == {"c1", "c2"} for r in evaluation.systems
    )

    records = [
        json.loads(line) for line in (out / "summaries.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert len(records) == len(CLUSTERS) * len(SYSTEMS)
    assert all(set(record) == {"id", "system", "summary"} for record in records)
    lead_c1 = next(r for r in records if r["id"] == "c1" and r["system"] == "lead")
    assert lead_c1["summary"] == "A fire destroyed a harbor warehouse on Monday.\nTwo workers were hurt."

    scores = json.loads((out / "scores.json").read_text(encoding="utf-8"))
    assert scores["budget"] == 10
    assert [s["name"] for s in scores["systems"]] == SYSTEMS
    lead = evaluation.systems[0]
    assert scores["systems"][0]["scores"]["rouge2_f"] == pytest.approx(lead.scores["rouge2_f"])


def test_words_overrides_the_budget(cluster_file):
    assert evaluate(cluster_file, words=30, systems=["lead"], progress=False).budget == 30


def test_render_table_names_the_settings_and_every_system(cluster_file):
    evaluation = evaluate(cluster_file, systems=SYSTEMS, progress=False)
    table = render_table(evaluation)
    header = table.splitlines()[0]
    assert "2 clusters" in header and "budget 10 words" in header and "headline F1" in header
    assert "cores" in table
    columns = table.splitlines()[2].split()
    assert columns[:4] == ["system", "R-1", "F1", "R-2"]
    assert "oracle*" in table and "ceiling" in table


def test_unknown_system_is_an_error(cluster_file):
    with pytest.raises(StoryweaveError, match="unknown system"):
        evaluate(cluster_file, systems=["gpt"], progress=False)


def test_cluster_without_references_is_bad_input(tmp_path):
    path = tmp_path / "norefs.jsonl"
    path.write_text(json.dumps({"id": "x", "documents": [{"text": "Hello there."}]}) + "\n", encoding="utf-8")
    with pytest.raises(BadInputError, match="no reference"):
        evaluate(path, systems=["lead"], progress=False)


def test_bad_lines_are_skipped_with_a_warning_and_the_rest_scored(tmp_path, caplog):
    path = tmp_path / "mixed.jsonl"
    no_refs = {"id": "c3", "documents": [{"text": "A bridge reopened on Friday after repairs."}]}
    lines = [json.dumps(CLUSTERS[0]), '{"id": "broken", "documents": [', json.dumps(no_refs)]
    lines += [
        json.dumps({"id": "c4", "documents": [{"id": "d"}], "summaries": ["x"]}),
        json.dumps(CLUSTERS[1]),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    evaluation = evaluate(path, systems=["lead"], progress=False)

    assert evaluation.clusters == 2
    assert set(evaluation.systems[0].per_cluster) == {"c1", "c2"}
    assert [(p.origin, p.reason.split(" (")[0]) for p in evaluation.problems] == [
        (f"{path}:2", "malformed JSON"),
        (f"{path}:4", 'record has no "text"'),
        (f"{path}:3", "cluster c3 has no reference summaries"),
    ]
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    for problem in evaluation.problems:
        assert sum(str(problem) in message for message in warnings) == 1


def test_a_file_of_only_bad_lines_is_bad_input(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "broken", "documents": [\n', encoding="utf-8")
    with pytest.raises(BadInputError, match="no cluster lines"):
        evaluate(path, systems=["lead"], progress=False)
