"""A quote variant's own span (``Evidence.quoted``): where its quoted words lie in the article's text, so the text
there is the variant's words, over sentence ends, in curly or straight marks, and part by part when an
attribution stands between parts (the quotes story of the session-29 held-out set, /tmp/s29/json/held)."""

from __future__ import annotations

from storyweave.crosscheck import find_quotes
from storyweave.model import Evidence

from .conftest import story

_STRAIGHT = (
    "The flood reached the centre of Dunmore on Thursday. "
    '"The water came up so fast. We had ten minutes to get out," said resident Maria Kolb. '
    "“We will rebuild the bridge by the summer,” said council leader Fiona Ashworth. "
    '"The footbridge was inspected last spring," Ashworth said. "It passed every test we set." '
    "The council will meet on Monday."
)
_CURLY = (
    "Residents of Dunmore fled the rising river on Thursday. "
    "“The water came up so fast. We had ten minutes to get out,” said Maria Kolb, who lives by the river. "
    'Council leader Fiona Ashworth said: "We will rebuild the bridge by the summer." '
    "“The footbridge was inspected last spring,” Ashworth said. “It passed every test we set.” "
    "The council will meet on Monday to discuss the flood."
)


def _at(text: str, variant: Evidence) -> str:
    return " … ".join(text[start:end] for start, end in variant.quoted)


def test_each_variant_spans_its_own_words_in_the_article() -> None:
    docs = story(_STRAIGHT, _CURLY)
    texts = {doc.article.id: doc.article.text for doc in docs}
    quotes = find_quotes(docs)
    assert [(q.speaker, len(q.variants)) for q in quotes] == [
        ("Maria Kolb", 2),
        ("Fiona Ashworth", 2),
        ("Fiona Ashworth", 2),
    ]
    for quote in quotes:
        for variant in quote.variants:
            assert _at(texts[variant.article_id], variant) == variant.text
    running, curly, parted = quotes
    # Over the sentence end: two sentences of the article, one span.
    for variant in running.variants:
        sentences = [s for doc in docs for s in doc.sentences if s.article_id == variant.article_id]
        ((start, end),) = variant.quoted
        assert (
            texts[variant.article_id][start:end] == "The water came up so fast. We had ten minutes to get out"
        )
        assert len({s.id for s in sentences if s.start < end and start < s.end}) == 2
    # In curly marks the marks are left out as straight ones are; a closing full stop inside them is kept.
    assert [texts[v.article_id][slice(*v.quoted[0])] for v in curly.variants] == [
        "We will rebuild the bridge by the summer",
        "We will rebuild the bridge by the summer.",
    ]
    # Parts left apart by an attribution: one span each, the closing comma and marks left out.
    for variant in parted.variants:
        assert [texts[variant.article_id][start:end] for start, end in variant.quoted] == [
            "The footbridge was inspected last spring",
            "It passed every test we set.",
        ]


def test_markup_pasted_among_quoted_words_is_in_the_span_not_the_text() -> None:
    docs = story(
        '"We will <b>rebuild</b> the library by spring," said Mayor Ann Lee.',
        '"We will rebuild the library by spring," said Mayor Ann Lee.',
    )
    (quote,) = find_quotes(docs)
    spans = [docs[int(v.article_id[1:])].article.text[slice(*v.quoted[0])] for v in quote.variants]
    assert spans == ["We will <b>rebuild</b> the library by spring", "We will rebuild the library by spring"]
    assert {v.text for v in quote.variants} == {"We will rebuild the library by spring"}
