"""The JSON report: its shape, its schema, and what validate() rejects."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from jsonschema import Draft202012Validator

import storyweave
from storyweave.embed import Encoder
from storyweave.model import Batch, Conflict, Position, Problem, Report
from storyweave.render import (
    SCHEMA_ID,
    InvalidReportError,
    load_schema,
    render,
    render_json,
    to_json,
    validate,
)


def _properties_without_description(node: Any, path: str = "$") -> list[str]:
    """Paths of schema properties (or $defs) that lack a description."""
    missing = []
    if isinstance(node, dict):
        for group in ("properties", "$defs"):
            for name, sub in node.get(group, {}).items():
                if "description" not in sub:
                    missing.append(f"{path}.{group}.{name}")
        for key, value in node.items():
            missing.extend(_properties_without_description(value, f"{path}.{key}"))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            missing.extend(_properties_without_description(item, f"{path}[{index}]"))
    return missing


def test_schema_is_a_valid_2020_12_schema_with_every_property_described() -> None:
    schema = load_schema()
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["properties"]["schema"]["const"] == SCHEMA_ID
    assert _properties_without_description(schema) == []


def test_report_validates_and_keeps_its_content(report: Report, sentences: dict[str, str]) -> None:
    doc = to_json(report, sentences)
    validate(doc)
    assert doc["schema"] == "storyweave.report/1"
    assert [a["id"] for a in doc["articles"]] == ["gazette", "wire", "evil"]
    assert doc["articles"][0]["date"] == "2024-03-01"
    assert doc["summary"]["word_count"] == report.summary.word_count
    assert doc["summary"]["sentences"][0]["claim_id"] == "c1"
    assert doc["summary"]["sentences"][1]["claim_id"] is None
    assert doc["claims"][0]["support"] == [
        {"article_id": "gazette", "sentence_id": "gazette#0", "text": sentences["gazette#0"]},
        {"article_id": "evil", "sentence_id": "evil#0", "text": sentences["evil#0"]},
    ]
    assert [c["single_source"] for c in doc["claims"]] == [False, True]
    assert [c["update"] for c in doc["conflicts"]] == [False, True]
    assert [e["date"] for e in doc["timeline"]] == ["2024-03-01", "2024-03"]
    assert doc["problems"] == [{"origin": "inbox/empty.txt", "reason": "no text"}]


def test_the_title_is_the_one_markdown_and_html_open_with(report: Report) -> None:
    """QA (s39 surface #1): the JSON named no title, so a dashboard could not name the story as the Markdown
    and HTML reports do."""
    from html import unescape

    doc = to_json(report)
    validate(doc)
    assert render(report, "md").splitlines()[0] == f"# {doc['title']}"
    assert f"<h1>{doc['title']}</h1>" in unescape(render(report, "html"))
    assert doc["title_note"] is None

    untitled = replace(report, articles=tuple(replace(a, title=None) for a in report.articles))
    doc = to_json(untitled)
    validate(doc)
    assert doc["title"] == "A fire destroyed the old mill on Friday."  # the earliest article's first sentence
    assert (
        doc["title_note"] == "No article has a headline: the title is the earliest article's first sentence."
    )
    assert f"*{doc['title_note']}*" in render(untitled, "md")


def test_support_text_is_null_without_sentence_texts(report: Report) -> None:
    doc = to_json(report)
    validate(doc)
    assert {s["text"] for claim in doc["claims"] for s in claim["support"]} == {None}
    assert doc["claims"][1]["support"] == [{"article_id": "evil", "sentence_id": "evil#1", "text": None}]


def test_render_json_round_trips_and_keeps_non_ascii(report: Report, sentences: dict[str, str]) -> None:
    text = render_json(report, sentences)
    assert json.loads(text) == to_json(report, sentences)
    assert render(report, "json", sentences) == text
    assert '\n  "articles": [' in text  # indent=2
    accented = replace(report, problems=(Problem("café.txt", "vide"),))
    assert '"origin": "café.txt"' in render_json(accented)


def test_summary_only_report_validates_even_with_claim_ids(summary_only: Report) -> None:
    doc = to_json(summary_only)
    validate(doc)
    assert doc["claims"] == [] and doc["summary"]["sentences"][0]["claim_id"] == "c1"


def _delete(*path: str | int) -> Callable[[dict], None]:
    def change(doc: dict) -> None:
        node = doc
        for key in path[:-1]:
            node = node[key]
        del node[path[-1]]

    return change


def _set(value: Any, *path: str | int) -> Callable[[dict], None]:
    def change(doc: dict) -> None:
        node = doc
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value

    return change


BROKEN = {
    "missing summary field": (_delete("summary", "word_count"), "$.summary"),
    "missing top-level section": (_delete("timeline"), "$"),
    "missing article field": (_delete("articles", 1, "url"), "$.articles[1]"),
    "wrong schema version": (_set("storyweave.report/2", "schema"), "$.schema"),
    "unknown top-level field": (_set(1, "extra"), "$"),
    "unknown item field": (_set("x", "claims", 0, "confidence"), "$.claims[0]"),
    "article date not ISO": (_set("01/03/2024", "articles", 0, "date"), "$.articles[0].date"),
    "article date not a calendar day": (_set("2024-02-30", "articles", 0, "date"), "$.articles[0].date"),
    "article date with time": (_set("2024-03-01T10:00:00", "articles", 0, "date"), "$.articles[0].date"),
    "timeline month 13": (_set("2024-13", "timeline", 1, "date"), "$.timeline[1].date"),
    "timeline date words": (_set("March 2024", "timeline", 0, "date"), "$.timeline[0].date"),
    "unknown conflict kind": (_set("place", "conflicts", 0, "kind"), "$.conflicts[0].kind"),
    "sentence id without index": (
        _set("gazette", "claims", 0, "support", 0, "sentence_id"),
        "$.claims[0].support[0].sentence_id",
    ),
    "summary cites unknown article": (
        _set(["gazette", "ghost"], "summary", "sentences", 0, "sources"),
        "$.summary.sentences[0].sources[1]",
    ),
    "claim cites unknown article": (_set(["ghost"], "claims", 1, "articles"), "$.claims[1].articles[0]"),
    "claim support from unknown article": (
        _set("ghost", "claims", 0, "support", 1, "article_id"),
        "$.claims[0].support[1].article_id",
    ),
    "quote variant from unknown article": (
        _set("ghost", "quotes", 0, "variants", 0, "article_id"),
        "$.quotes[0].variants[0].article_id",
    ),
    "conflict evidence from unknown article": (
        _set("ghost", "conflicts", 1, "positions", 0, "evidence", 0, "article_id"),
        "$.conflicts[1].positions[0].evidence[0].article_id",
    ),
    "timeline cites unknown article": (
        _set(["wire", "ghost"], "timeline", 0, "articles"),
        "$.timeline[0].articles[1]",
    ),
    "article listed twice": (_set("gazette", "articles", 2, "id"), "$.articles[2].id"),
    "summary names unknown claim": (
        _set("c9", "summary", "sentences", 1, "claim_id"),
        "$.summary.sentences[1].claim_id",
    ),
}


@pytest.mark.parametrize("change, where", BROKEN.values(), ids=BROKEN.keys())
def test_validate_rejects_broken_documents(
    report: Report, sentences: dict[str, str], change: Callable[[dict], None], where: str
) -> None:
    doc = to_json(report, sentences)
    change(doc)
    with pytest.raises(InvalidReportError) as raised:
        validate(doc)
    assert raised.value.where == where


def test_render_rejects_unknown_format(report: Report) -> None:
    with pytest.raises(ValueError, match="unknown report format 'pdf'"):
        render(report, "pdf")  # type: ignore[arg-type]


def test_claims_count_outlets_not_articles(same_outlet: Report) -> None:
    doc = to_json(same_outlet)
    validate(doc)
    claims = [(c["articles"], c["outlet_count"], c["single_source"]) for c in doc["claims"]]
    assert claims == [(["gazette", "wire", "evil"], 2, False), (["gazette", "wire"], 1, True)]


def test_a_report_written_before_outlet_counts_still_validates(report: Report) -> None:
    doc = to_json(report)
    for claim in doc["claims"]:
        del claim["outlet_count"]
    validate(doc)


@pytest.mark.parametrize("outlets, single_source", [(3, False), (2, True), (1, False), (0, False)], ids=str)
def test_validate_rejects_an_outlet_count_that_disagrees(
    same_outlet: Report, outlets: int, single_source: bool
) -> None:
    doc = to_json(same_outlet)
    doc["claims"][1].update(outlet_count=outlets, single_source=single_source)
    with pytest.raises(InvalidReportError) as raised:
        validate(doc)
    assert raised.value.where == "$.claims[1].outlet_count"


def test_quoted_claims_and_summary_sentences_name_their_speaker(quoted: Report) -> None:
    doc = to_json(quoted)
    validate(doc)
    assert [(c["id"], c["quoted"], c["speaker"]) for c in doc["claims"]] == [
        ("c1", True, "Ann Lee"),
        ("c2", False, None),  # '"We will rebuild," Mayor Ann Lee said.' names its speaker
        ("c3", True, "Ann Lee"),
        ("c4", True, None),  # a quote no outlet attributes
    ]
    assert [(s["quoted"], s["speaker"]) for s in doc["summary"]["sentences"]] == [
        (True, "Ann Lee"),
        (False, None),
    ]
    # Added beside the text, which stays as the article has it (ROUGE and readers of the JSON read it).
    assert [c["text"] for c in doc["claims"]] == [c.text for c in quoted.claims]
    assert doc["summary"]["sentences"][0]["text"] == '"Every house will stand again.'


def test_a_hostile_speaker_is_kept_verbatim_in_json(quoted: Report, markup: tuple[str, str]) -> None:
    speaker = "".join(markup)
    hostile = replace(quoted, quotes=tuple(replace(q, speaker=q.speaker and speaker) for q in quoted.quotes))
    doc = json.loads(render_json(hostile))
    validate(doc)
    assert doc["claims"][0]["speaker"] == speaker


def test_a_report_written_before_quote_credits_still_validates(quoted: Report) -> None:
    doc = to_json(quoted)
    for item in [*doc["claims"], *doc["summary"]["sentences"]]:
        del item["quoted"], item["speaker"]
    validate(doc)


def test_validate_rejects_a_speaker_for_words_not_quoted(quoted: Report) -> None:
    doc = to_json(quoted)
    doc["claims"][1]["speaker"] = "Ann Lee"
    with pytest.raises(InvalidReportError, match=r"claims\[1\]\.speaker"):
        validate(doc)


def test_cited_sentences_carry_their_offsets_in_the_article_text(quoted: Report) -> None:
    doc = to_json(quoted)
    validate(doc)
    texts = {article.id: article.text for article in quoted.articles}
    cited = [
        *doc["summary"]["sentences"],
        *(s for claim in doc["claims"] for s in claim["support"]),
        *(v for quote in doc["quotes"] for v in quote["variants"]),
    ]
    sentences = quoted.sentence_texts()
    assert len(cited) == 10
    for item in cited:
        article_id = item["sentence_id"].partition("#")[0]
        assert texts[article_id][item["start"] : item["end"]] == sentences[item["sentence_id"]]
    assert (doc["claims"][0]["support"][1]["start"], doc["claims"][0]["support"][1]["end"]) == (0, 43)


def test_offsets_are_left_out_for_sentences_the_report_does_not_hold(report: Report) -> None:
    # The fixture lists no sentences (as a report written by hand or before sentences were kept).
    doc = to_json(report)
    validate(doc)
    assert not [path for path, item in _objects_with(doc, "start")]


def _objects_with(node: Any, key: str, path: str = "$") -> list[tuple[str, dict]]:
    """(path, object) of every object under ``node`` that has ``key``."""
    found = []
    if isinstance(node, dict):
        found += [(path, node)] if key in node else []
        for name, value in node.items():
            found += _objects_with(value, key, f"{path}.{name}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            found += _objects_with(item, key, f"{path}[{index}]")
    return found


@pytest.mark.parametrize(
    "change, where",
    [
        (_delete("claims", 0, "support", 0, "end"), "$.claims[0].support[0]"),
        (_delete("summary", "sentences", 1, "start"), "$.summary.sentences[1]"),
        (_set(-1, "quotes", 0, "variants", 0, "start"), "$.quotes[0].variants[0].start"),
        (_set(38, "quotes", 0, "variants", 0, "start"), "$.quotes[0].variants[0].end"),
    ],
    ids=["end missing", "start missing", "negative start", "start not before end"],
)
def test_validate_rejects_broken_offsets(quoted: Report, change: Callable[[dict], None], where: str) -> None:
    doc = to_json(quoted)
    change(doc)
    with pytest.raises(InvalidReportError) as raised:
        validate(doc)
    assert raised.value.where == where


@pytest.fixture(scope="module")
def harbor_fire(example_batch: Batch, encoder: Encoder) -> Report:
    return storyweave.report(example_batch, words=120, encoder=encoder)


def test_every_cited_span_of_the_harbor_fire_report_traces_to_its_article(harbor_fire: Report) -> None:
    doc = json.loads(render_json(harbor_fire))
    validate(doc)
    texts = {article.id: article.text for article in harbor_fire.articles}
    sentences = harbor_fire.sentence_texts()
    cited = _objects_with(doc, "sentence_id")
    assert {path.split("[")[0] for path, _ in cited} == {
        "$.summary.sentences",
        "$.claims",
        "$.quotes",
        "$.conflicts",
        "$.timeline",
    }
    for path, item in cited:
        text = texts[item["sentence_id"].rpartition("#")[0]]
        assert text[item["start"] : item["end"]] == sentences[item["sentence_id"]], path
        if path.startswith("$.quotes"):
            # A variant's words are the article's own; they start in the sentence cited, and may run on.
            first_part = item["text"].split(" … ")[0]
            assert item["start"] <= text.find(first_part, item["start"]) < item["end"], path


@pytest.fixture
def read_values(report: Report) -> Report:
    """The fixture report with what its conflict values were read as, and a quote variant that spans its words
    in two parts."""
    date_conflict, toll_update = report.conflicts
    evil = report.articles[2].text
    first = evil.index("We lost everything")
    second = evil.index("Ann Lee")
    quote = report.quotes[0]
    variant = replace(
        quote.variants[1],
        text="We lost everything … Ann Lee",
        quoted=((first, first + len("We lost everything")), (second, second + len("Ann Lee"))),
    )
    return replace(
        report,
        quotes=(replace(quote, variants=(quote.variants[0], variant)),),
        conflicts=(
            replace(
                date_conflict,
                positions=tuple(
                    replace(p, date=day)
                    for p, day in zip(date_conflict.positions, ["2024-02-29", "2024-03"], strict=True)
                ),
            ),
            replace(
                toll_update,
                positions=tuple(
                    replace(p, amount=amount, unit="deaths")
                    for p, amount in zip(toll_update.positions, [3.0, 2.5], strict=True)
                ),
            ),
            Conflict(
                "match score",
                "number",
                tuple(
                    Position(value, (article,), (), score=score)
                    for value, article, score in (("2-1", "gazette", (2, 1)), ("3-1", "wire", (3, 1)))
                ),
            ),
        ),
    )


def test_values_read_and_quoted_words_validate_as_their_own_keys(read_values: Report) -> None:
    doc = to_json(read_values)
    validate(doc)
    assert [
        {key: p[key] for key in ("amount", "unit", "date", "score") if key in p}
        for conflict in doc["conflicts"]
        for p in conflict["positions"]
    ] == [
        {"date": "2024-02-29"},
        {"date": "2024-03"},
        # A whole amount is written as an integer.
        {"amount": 3, "unit": "deaths"},
        {"amount": 2.5, "unit": "deaths"},
        {"score": [2, 1]},
        {"score": [3, 1]},
    ]
    assert isinstance(doc["conflicts"][1]["positions"][0]["amount"], int)
    plain, parted = doc["quotes"][0]["variants"]
    assert not {"quote_start", "quote_end", "quote_parts"} & plain.keys()
    text = read_values.articles[2].text
    assert [text[part["start"] : part["end"]] for part in parted["quote_parts"]] == [
        "We lost everything",
        "Ann Lee",
    ]
    assert text[parted["quote_start"] : parted["quote_end"]].startswith("We lost everything,' said Mayor")
    # One part: no parts listed.
    one_part = replace(read_values.quotes[0].variants[1], quoted=read_values.quotes[0].variants[1].quoted[:1])
    (variant,) = to_json(
        replace(read_values, quotes=(replace(read_values.quotes[0], variants=(one_part,)),))
    )["quotes"][0]["variants"]
    assert (variant["quote_start"], variant["quote_end"], "quote_parts" in variant) == (
        parted["quote_start"],
        parted["quote_start"] + len("We lost everything"),
        False,
    )


BROKEN_READINGS = {
    "amount without unit": (_delete("conflicts", 1, "positions", 0, "unit"), "$.conflicts[1].positions[0]"),
    "unit without amount": (_delete("conflicts", 1, "positions", 0, "amount"), "$.conflicts[1].positions[0]"),
    "amount as text": (
        _set("3", "conflicts", 1, "positions", 0, "amount"),
        "$.conflicts[1].positions[0].amount",
    ),
    "date in words": (
        _set("March 2024", "conflicts", 0, "positions", 0, "date"),
        "$.conflicts[0].positions[0].date",
    ),
    "score of one figure": (
        _set([2], "conflicts", 2, "positions", 0, "score"),
        "$.conflicts[2].positions[0].score",
    ),
    "quote start without end": (
        _delete("quotes", 0, "variants", 1, "quote_end"),
        "$.quotes[0].variants[1]",
    ),
    "quote end before start": (
        _set(10_000, "quotes", 0, "variants", 1, "quote_start"),
        "$.quotes[0].variants[1].quote_end",
    ),
    "quote part ends before it starts": (
        _set(0, "quotes", 0, "variants", 1, "quote_parts", 1, "end"),
        "$.quotes[0].variants[1].quote_parts[1].end",
    ),
}


@pytest.mark.parametrize("change, where", BROKEN_READINGS.values(), ids=BROKEN_READINGS.keys())
def test_validate_rejects_broken_readings_and_quote_spans(
    read_values: Report, change: Callable[[dict], None], where: str
) -> None:
    doc = to_json(read_values)
    change(doc)
    with pytest.raises(InvalidReportError) as raised:
        validate(doc)
    assert raised.value.where == where


def test_every_quote_variant_of_the_harbor_fire_report_spans_its_own_words(harbor_fire: Report) -> None:
    doc = json.loads(render_json(harbor_fire))
    validate(doc)
    texts = {article.id: article.text for article in harbor_fire.articles}
    variants = [(f"$.quotes[{i}]", v) for i, quote in enumerate(doc["quotes"]) for v in quote["variants"]]
    assert len(variants) == 8
    for path, variant in variants:
        text = texts[variant["article_id"]]
        parts = variant.get("quote_parts", [{"start": variant["quote_start"], "end": variant["quote_end"]}])
        assert " … ".join(text[part["start"] : part["end"]] for part in parts) == variant["text"], path
        assert (parts[0]["start"], parts[-1]["end"]) == (variant["quote_start"], variant["quote_end"]), path
        # The words start in the sentence cited.
        assert variant["start"] <= variant["quote_start"] < variant["end"], path
