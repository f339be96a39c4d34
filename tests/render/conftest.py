"""A small hand-built report shared by the report tests.

Three articles; the third is hostile: markup in its outlet, headline and
sentences, and a ``javascript:`` URL, so every format must show it as text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from storyweave.model import (
    Article,
    Claim,
    Conflict,
    Evidence,
    Position,
    Problem,
    Quote,
    Report,
    Sentence,
    Summary,
    SummarySentence,
    TimelineEvent,
)

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(2)>'

SENTENCES = {
    "gazette#0": "A fire destroyed the old mill on Friday.",
    "gazette#1": "The fire started on 29 February, the fire service said.",
    "gazette#2": "Two people died.",
    "wire#0": "Three people died in the mill fire, officials said on Saturday.",
    "wire#1": "The fire broke out on 1 March.",
    "evil#0": f"The old mill burnt down on Friday {SCRIPT}.",
    "evil#1": f"An inquiry will open in March {IMG}.",
    "evil#2": f"'We lost everything,' said Mayor Ann Lee {SCRIPT}.",
}


def _evidence(sentence_id: str) -> Evidence:
    return Evidence(sentence_id.partition("#")[0], sentence_id, SENTENCES[sentence_id])


@pytest.fixture
def markup() -> tuple[str, str]:
    """The hostile markup planted in the fixture: a script element, and an attribute breakout."""
    return SCRIPT, IMG


@pytest.fixture
def sentences() -> dict[str, str]:
    return dict(SENTENCES)


@pytest.fixture
def report() -> Report:
    articles = (
        Article(
            "gazette",
            " ".join(v for k, v in SENTENCES.items() if k.startswith("gazette")),
            title="Fire destroys old mill",
            date=dt.date(2024, 3, 1),
            source="Harbour Gazette",
            url="https://gazette.example/mill-fire",
        ),
        Article(
            "wire",
            " ".join(v for k, v in SENTENCES.items() if k.startswith("wire")),
            title="Mill fire toll rises to three",
            date=dt.date(2024, 3, 2),
            source="North Wire",
            url="http://wire.example/mill",
        ),
        Article(
            "evil",
            " ".join(v for k, v in SENTENCES.items() if k.startswith("evil")),
            title=f"Mill fire {SCRIPT} {IMG}",
            date=dt.date(2024, 3, 2),
            source=f"Evil Times {IMG}",
            url="javascript:alert(3)",
        ),
    )
    summary = Summary(
        sentences=(
            SummarySentence(SENTENCES["evil#0"], "evil#0", ("evil", "gazette"), claim_id="c1"),
            SummarySentence(SENTENCES["wire#0"], "wire#0", ("wire", "gazette")),
        ),
        word_budget=60,
    )
    claims = (
        Claim("c1", SENTENCES["gazette#0"], ("gazette#0", "evil#0"), ("gazette", "evil")),
        Claim("c2", SENTENCES["evil#1"], ("evil#1",), ("evil",)),
    )
    quote = Quote(
        text="'We lost everything'",
        speaker="Mayor Ann Lee",
        articles=("gazette", "evil"),
        variants=(
            Evidence("gazette", "gazette#1", "'We lost everything,' the mayor said."),
            _evidence("evil#2"),
        ),
    )
    date_conflict = Conflict(
        about="date the fire started",
        kind="date",
        positions=(
            Position("29 February", ("gazette",), (_evidence("gazette#1"),)),
            Position("1 March", ("wire",), (_evidence("wire#1"),)),
        ),
    )
    # Positions deliberately newest first: renderers must show an update in date order.
    toll_update = Conflict(
        about="death toll",
        kind="number",
        update=True,
        positions=(
            Position("3", ("wire",), (_evidence("wire#0"),)),
            Position("2", ("gazette",), (_evidence("gazette#2"),)),
        ),
    )
    timeline = (
        TimelineEvent(
            "2024-03-01", "Fire destroys the old mill", ("gazette", "evil"), (_evidence("gazette#0"),)
        ),
        TimelineEvent("2024-03", f"Inquiry opens {IMG}", ("evil",), (_evidence("evil#1"),)),
    )
    return Report(
        articles=articles,
        summary=summary,
        claims=claims,
        quotes=(quote,),
        conflicts=(date_conflict, toll_update),
        timeline=timeline,
        problems=(Problem("inbox/empty.txt", "no text"),),
    )


@pytest.fixture
def summary_only(report: Report) -> Report:
    """The same story with only a summary (no cross-check sections)."""
    return Report(articles=report.articles, summary=report.summary)


@pytest.fixture
def same_outlet(report: Report) -> Report:
    """The story with its first two articles from one outlet (the name spelt differently).

    Claim c1 is in all three articles (two outlets); c2 only in the two of one
    outlet, so it is single-source although two articles carry it.
    """
    gazette, wire, evil = report.articles
    claims = (
        Claim(
            "c1",
            SENTENCES["gazette#0"],
            ("gazette#0", "wire#0", "evil#0"),
            ("gazette", "wire", "evil"),
            outlet_count=2,
        ),
        Claim("c2", SENTENCES["wire#1"], ("gazette#1", "wire#1"), ("gazette", "wire"), outlet_count=1),
    )
    return replace(report, articles=(gazette, replace(wire, source=" harbour  GAZETTE"), evil), claims=claims)


# A vigil story whose summary and claims are pieces of quotes: a quote that names its speaker, three
# sentences of one quote (opened, middle, closed) and a quote no article attributes.
QUOTED_SENTENCES = (
    ("post", None, '"We will rebuild," Mayor Ann Lee said.'),
    ("post", "post@q1", '"Every house will stand again.'),
    ("post", "post@q1", "Every school too."),
    ("post", "post@q1", 'We owe it to them."'),
    ("wire", None, "Hundreds came to the vigil, officials said."),
    ("wire", "wire@q0", "“The river rose too fast.”"),
)


@pytest.fixture
def quoted() -> Report:
    """A report whose claims and summary sentences are quoted words the sentence does not attribute."""
    sentences = []
    offsets = {"post": 0, "wire": 0}
    for article_id, quotation, text in QUOTED_SENTENCES:
        index = sum(s.article_id == article_id for s in sentences)
        start = offsets[article_id]
        sentences.append(
            Sentence(f"{article_id}#{index}", article_id, index, start, start + len(text), text, 0, quotation)
        )
        offsets[article_id] = start + len(text) + 1
    texts = {s.id: s.text for s in sentences}
    articles = tuple(
        Article(
            article_id,
            " ".join(s.text for s in sentences if s.article_id == article_id),
            source=source,
        )
        for article_id, source in (("post", "Daily Post"), ("wire", "North Wire"))
    )
    quotes = (
        Quote("We will rebuild", "Ann Lee", ("post",), (Evidence("post", "post#0", texts["post#0"]),)),
        Quote(
            "Every house will stand again. Every school too. We owe it to them.",
            "Ann Lee",
            ("post",),
            (Evidence("post", "post#1", texts["post#1"]),),
        ),
        Quote("The river rose too fast.", None, ("wire",), (Evidence("wire", "wire#1", texts["wire#1"]),)),
    )
    claims = (
        Claim("c1", texts["post#3"], ("post#3", "wire#0"), ("post", "wire")),
        Claim("c2", texts["post#0"], ("post#0",), ("post",)),
        Claim("c3", texts["post#2"], ("post#2",), ("post",)),
        Claim("c4", texts["wire#1"], ("wire#1",), ("wire",)),
    )
    summary = Summary(
        (
            SummarySentence(texts["post#1"], "post#1", ("post",)),
            SummarySentence(texts["post#0"], "post#0", ("post",)),
        ),
        word_budget=40,
    )
    return Report(articles, summary, claims=claims, quotes=quotes, sentences=tuple(sentences))
