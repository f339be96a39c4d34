"""The JSON report: a versioned document with a published JSON Schema.

The document is written straight from a ``Report`` (see ``report.schema.json``
for every field). Articles are cited by id; ``validate`` checks the schema and
that every cited id is listed in ``articles``, which JSON Schema cannot express.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

from storyweave.crosscheck.names import spelt_speakers
from storyweave.crosscheck.quotes import other_speakers
from storyweave.model import Article, Evidence, Position, Report, Sentence
from storyweave.render._citations import (
    InvalidReportError,
    QuoteCredits,
    QuotedWords,
    claim_support,
    story_title,
)

SCHEMA_ID = "storyweave.report/1"

# Keys whose values cite articles by id, wherever they occur in the document.
_ID_LIST_KEYS = ("sources", "articles")
_ID_KEY = "article_id"


def to_json(report: Report, sentences: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The report as a JSON-ready dict following ``report.schema.json``.

    Args:
        report: The report to write.
        sentences: Sentence id -> text for the story's sentences, so claims can
            show their supporting sentences; without it (or for an id it lacks)
            a supporting sentence's ``text`` is null.

    Returns:
        A dict of plain JSON types, with ``"schema": SCHEMA_ID`` and the report's ``title`` (with its
        ``title_note``, as :func:`~storyweave.render._citations.story_title` gives them). Claims and summary sentences say
        whether they are someone's quoted words standing alone, and whose (``quoted``, ``speaker``; see
        ``QuoteCredits``), judged from the report's own ``sentences`` and ``quotes``. Every cited sentence
        the report's ``sentences`` hold also gets its character offsets in its article's text (``start``,
        ``end``), so a citation traces to its source without the sentence list.
    """
    credits = QuoteCredits(report.sentences, report.quotes, report.articles)
    by_id = {sentence.id: sentence for sentence in report.sentences}
    # The title the Markdown and HTML reports open with, so a dashboard names the story as they do (QA s39).
    title = story_title(report)
    return {
        "schema": SCHEMA_ID,
        "title": title.text,
        "title_note": title.note,
        "articles": [_article(article) for article in report.articles],
        "summary": {
            "word_budget": report.summary.word_budget,
            "word_count": report.summary.word_count,
            "sentences": [
                {
                    "text": sentence.text,
                    "sources": list(sentence.sources),
                    "sentence_id": sentence.sentence_id,
                    "claim_id": sentence.claim_id,
                    **_span(by_id.get(sentence.sentence_id)),
                    **_credit(credits.of_sentence(sentence.sentence_id, sentence.text)),
                }
                for sentence in report.summary.sentences
            ],
        },
        "claims": [
            {
                "id": claim.id,
                "text": claim.text,
                "articles": list(claim.article_ids),
                "outlet_count": claim.outlet_count,
                "single_source": claim.single_source,
                "support": [
                    {
                        "article_id": s.article_id,
                        "sentence_id": s.sentence_id,
                        "text": s.text,
                        **_span(by_id.get(s.sentence_id)),
                    }
                    for s in claim_support(claim, sentences)
                ],
                **_credit(credits.of_claim(claim)),
                **({"part_of": claim.part_of} if claim.part_of else {}),
            }
            for claim in report.claims
        ],
        "quotes": [
            {
                "text": quote.text,
                # As most of the story's outlets spell the name; the quote's other spellings follow.
                "speaker": spelt.speaker,
                "articles": list(quote.articles),
                "variants": [_evidence(e, by_id) for e in quote.variants],
                **({"language": quote.language} if quote.language else {}),
                **(
                    {"other_speakers": [{"speaker": o.speaker, "articles": list(o.articles)} for o in others]}
                    if others
                    else {}
                ),
                **(
                    {
                        "speaker_spellings": [
                            {"spelling": s.spelling, "articles": list(s.articles)} for s in spelt.spellings
                        ]
                    }
                    if spelt.spellings
                    else {}
                ),
            }
            for quote, others, spelt in zip(
                report.quotes,
                other_speakers(report.quotes),
                spelt_speakers(report.quotes, report.conflicts),
                strict=True,
            )
        ],
        "conflicts": [
            {
                "about": conflict.about,
                "kind": conflict.kind,
                "update": conflict.update,
                "positions": [
                    {
                        "value": position.value,
                        "articles": list(position.articles),
                        "evidence": [_evidence(e, by_id) for e in position.evidence],
                        **_read_value(position),
                    }
                    for position in conflict.positions
                ],
            }
            for conflict in report.conflicts
        ],
        "timeline": [
            {
                "date": event.date,
                "event": event.event,
                "articles": list(event.articles),
                "evidence": [_evidence(e, by_id) for e in event.evidence],
                **({"deadline": True} if event.deadline else {}),
            }
            for event in report.timeline
        ],
        "problems": [{"origin": p.origin, "reason": p.reason} for p in report.problems],
        "notes": list(report.notes),
    }


def render_json(report: Report, sentences: Mapping[str, str] | None = None) -> str:
    """The JSON report as text (2-space indent, non-ASCII kept as is).

    Args:
        report: The report to write.
        sentences: Sentence id -> text; see ``to_json``.
    """
    return json.dumps(to_json(report, sentences), indent=2, ensure_ascii=False) + "\n"


def load_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the report, freshly parsed."""
    text = resources.files(__package__).joinpath("report.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


def validate(doc: dict[str, Any]) -> None:
    """Check a JSON report against the schema and for references to unlisted articles.

    Checks, in order: the schema (types, required and unknown fields, date
    patterns and calendar dates); that article ids are unique; that every
    article id cited anywhere (``sources``, ``articles``, ``article_id``) is
    listed in ``articles``; that a cited sentence's ``end`` lies after its ``start``, and so do a quote
    part's and a quote variant's (``quote_end``, ``quote_start``); that a claim's ``outlet_count`` is at most
    its number of articles and agrees with ``single_source``; that only a ``quoted`` claim or summary
    sentence names a ``speaker``; and, when the report
    lists claims, that every summary sentence's ``claim_id`` and every claim's ``part_of`` names one of them
    (a summary-only report lists no claims yet may keep the ids its sentences
    were chosen from).

    Args:
        doc: A parsed JSON report.

    Raises:
        InvalidReportError: The first problem found, with its JSON path.
    """
    error = best_match(_validator().iter_errors(doc))
    if error is not None:
        raise InvalidReportError(error.json_path, error.message)

    listed: set[str] = set()
    for index, article in enumerate(doc["articles"]):
        if article["id"] in listed:
            raise InvalidReportError(f"$.articles[{index}].id", f"article id {article['id']!r} listed twice")
        listed.add(article["id"])
    for path, article_id in _cited_ids({key: doc[key] for key in doc if key != "articles"}, "$"):
        if article_id not in listed:
            raise InvalidReportError(path, f"cites article {article_id!r}, which is not in $.articles")
    for path, item in _objects(doc, "$"):
        if "start" in item and item["start"] >= item["end"]:
            raise InvalidReportError(f"{path}.end", f"sentence ends at {item['end']}, not after its start")
        if "quote_start" in item and item["quote_start"] >= item["quote_end"]:
            raise InvalidReportError(
                f"{path}.quote_end", f"quoted words end at {item['quote_end']}, not after their start"
            )

    for index, claim in enumerate(doc["claims"]):
        outlets = claim.get("outlet_count")  # absent in reports written before it was added
        if outlets is not None and (
            outlets > len(claim["articles"]) or (outlets == 1) != claim["single_source"]
        ):
            raise InvalidReportError(
                f"$.claims[{index}].outlet_count",
                f"{outlets} outlets disagrees with {len(claim['articles'])} articles"
                f" and single_source {claim['single_source']}",
            )

    for section, items in (("claims", doc["claims"]), ("summary.sentences", doc["summary"]["sentences"])):
        for index, item in enumerate(items):
            if item.get("speaker") is not None and not item.get("quoted"):
                raise InvalidReportError(f"$.{section}[{index}].speaker", "a speaker for words not quoted")

    claim_ids = {claim["id"] for claim in doc["claims"]}
    if claim_ids:
        for index, sentence in enumerate(doc["summary"]["sentences"]):
            if sentence["claim_id"] is not None and sentence["claim_id"] not in claim_ids:
                raise InvalidReportError(
                    f"$.summary.sentences[{index}].claim_id",
                    f"names claim {sentence['claim_id']!r}, which is not in $.claims",
                )
        for index, claim in enumerate(doc["claims"]):
            if "part_of" in claim and claim["part_of"] not in claim_ids - {claim["id"]}:
                raise InvalidReportError(
                    f"$.claims[{index}].part_of", f"names claim {claim['part_of']!r}, not another in $.claims"
                )


@cache
def _validator() -> Draft202012Validator:
    schema = load_schema()
    Draft202012Validator.check_schema(schema)
    # The format checker turns "format": "date" into a real calendar check (2024-02-30 fails),
    # which the date pattern alone cannot do.
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def _objects(node: Any, path: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield (JSON path, object) for every object under ``node``, itself included.

    Walking every key rather than a fixed list of sections means a field added
    later is checked without anyone remembering to add it here.
    """
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            yield from _objects(value, f"{path}.{key}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _objects(item, f"{path}[{index}]")


def _cited_ids(node: Any, path: str) -> Iterator[tuple[str, str]]:
    """Yield (JSON path, article id) for every article id cited under ``node``."""
    for where, item in _objects(node, path):
        for key, value in item.items():
            if key == _ID_KEY:
                yield f"{where}.{key}", value
            elif key in _ID_LIST_KEYS:
                yield from ((f"{where}.{key}[{i}]", article_id) for i, article_id in enumerate(value))


def _article(article: Article) -> dict[str, Any]:
    """An article's entry; ``modified`` only when its input gave one (an optional key of the schema)."""
    entry = {
        "id": article.id,
        "source": article.source,
        "title": article.title,
        "date": article.date.isoformat() if article.date else None,
        "url": article.url,
    }
    if article.modified:
        entry["modified"] = article.modified.isoformat()
    return entry


def _credit(credit: QuotedWords | None) -> dict[str, Any]:
    """``quoted`` and ``speaker`` of a claim or summary sentence; its ``text`` stays as the article has it."""
    return {"quoted": credit is not None, "speaker": credit.speaker if credit else None}


def _evidence(evidence: Evidence, by_id: Mapping[str, Sentence]) -> dict[str, Any]:
    return {
        "article_id": evidence.article_id,
        "sentence_id": evidence.sentence_id,
        "text": evidence.text,
        **_span(by_id.get(evidence.sentence_id)),
        **_quoted_span(evidence),
    }


def _quoted_span(evidence: Evidence) -> dict[str, Any]:
    """A quote variant's ``quote_start`` and ``quote_end``, and its ``quote_parts`` when its words are in several
    parts; none for a sentence (optional keys)."""
    if not evidence.quoted:
        return {}
    span = {"quote_start": evidence.quoted[0][0], "quote_end": evidence.quoted[-1][1]}
    if len(evidence.quoted) > 1:
        span["quote_parts"] = [{"start": start, "end": end} for start, end in evidence.quoted]
    return span


def _read_value(position: Position) -> dict[str, Any]:
    """What a conflict position's value was read as (``amount`` and ``unit``, ``date``, ``score``); optional keys,
    each left out where the cross-check did not read the value so."""
    read: dict[str, Any] = {}
    if position.amount is not None:
        # A whole amount as an integer: 610000000, not 610000000.0.
        read["amount"] = int(position.amount) if position.amount.is_integer() else position.amount
        read["unit"] = position.unit
    if position.date is not None:
        read["date"] = position.date
    if position.score is not None:
        read["score"] = list(position.score)
    return read


def _span(sentence: Sentence | None) -> dict[str, int]:
    """``start`` and ``end`` of a cited sentence in its article's text; none when the report lacks the sentence.

    Optional keys: a summary-only report, or one built without its sentences, still validates.
    """
    return {"start": sentence.start, "end": sentence.end} if sentence is not None else {}
