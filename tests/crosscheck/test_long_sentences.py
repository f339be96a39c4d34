"""A long sentence with many dates is read a bounded number of times, not once per date."""

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator

import pytest

from storyweave.crosscheck import _facts, conflicts, dates
from storyweave.model import Article, Sentence
from storyweave.segment import segment


@pytest.fixture(autouse=True)
def unbounded_sentences(monkeypatch):
    """Hand the cross-check single sentences of thousands of words, as a caller building its own
    Sentences could: segment() itself cuts them (tests/test_segment.py pins that bound)."""
    monkeypatch.setattr("storyweave.segment._MAX_SENTENCE_WORDS", 10**9)


SENTENCE = "".join(
    f"on 2026-03-{day % 28 + 1:02d} the council met and approved the budget, " for day in range(200)
)


class _CountingPattern:
    """A regex that adds up how many characters its scans read: all of them for ``findall``,
    up to the last match taken for ``finditer`` (which is lazy)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.scanned = 0

    def findall(self, string: str, pos: int = 0, endpos: int = 2**62) -> list:
        self.scanned += min(endpos, len(string)) - pos
        return self.pattern.findall(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = 2**62) -> Iterator[re.Match[str]]:
        for match in self.pattern.finditer(string, pos, endpos):
            self.scanned += match.end() - pos
            pos = match.end()
            yield match


@pytest.fixture
def counting(monkeypatch):
    def install(module, name="_WORD"):
        pattern = _CountingPattern(getattr(module, name))
        monkeypatch.setattr(module, name, pattern)
        return pattern

    return install


def test_find_dates_splits_a_sentence_into_words_once(counting):
    words = counting(dates)
    mentions = dates.find_dates(SENTENCE, dates.Reference(dt.date(2026, 3, 30), False))
    assert len(mentions) == 200
    # Slicing the text before every date scanned ~100 times the sentence here.
    assert words.scanned <= 2 * len(SENTENCE)


def test_tense_still_reads_the_words_next_to_the_date():
    reference = dates.Reference(dt.date(2026, 3, 4), False)
    text = "The council approved the budget on Thursday. " + SENTENCE[:500] + " They will meet on Friday"
    mentions = dates.find_dates(text, reference)
    assert (mentions[0].expression, mentions[0].future) == ("Thursday", False)
    assert (mentions[-1].expression, mentions[-1].future) == ("Friday", True)
    # A word cut by the date ("'March") counts as cut, as slicing the text there did.
    assert dates._Words("x 'March 5").before(3, 8) == ["x", "'"]
    assert dates._Words("March 5's fine").after(7, 6) == ["'s", "fine"]


def test_dated_facts_reads_each_sentence_a_bounded_number_of_times(counting):
    doc = segment(Article(id="a1", text=SENTENCE.rstrip(", ") + ".", date=dt.date(2026, 3, 30)))
    assert len(doc.sentences) == 1
    words = counting(_facts)
    facts = _facts.dated_facts([doc])
    assert len(facts) == 200
    # context() reads each date's own clause (a few dozen characters); _reported_only
    # used to re-read the whole sentence before every date.
    assert words.scanned <= 4 * len(SENTENCE)


def test_a_date_that_only_says_when_something_was_said_is_still_skipped():
    doc = segment(
        Article(
            id="a1", text="Police said Monday the bridge reopened on 2026-03-02.", date=dt.date(2026, 3, 4)
        )
    )
    assert [fact.mention.expression for fact in _facts.dated_facts([doc])] == ["2026-03-02"]


def test_context_finds_each_clause_start_without_rescanning_the_sentence(counting):
    doc = segment(Article(id="a1", text=SENTENCE.rstrip(", ") + ".", date=dt.date(2026, 3, 30)))
    _facts._clause_breaks.cache_clear()
    breaks = counting(_facts, "_CLAUSE_BREAK")
    facts = _facts.dated_facts([doc])
    assert len(facts) == 200
    # Scanning the breaks from the sentence start for every date read it ~100 times.
    assert breaks.scanned <= 3 * len(SENTENCE)
    # Each date still gets its own clause, which starts after the previous comma.
    assert [fact.context.clause[0] for fact in facts[:2]] == [0, SENTENCE.index(",") + 1]


def test_dates_of_one_article_are_not_compared_in_pairs(monkeypatch):
    compared = []
    real = conflicts._confusable
    monkeypatch.setattr(conflicts, "_confusable", lambda a, b: compared.append(1) or real(a, b))
    doc = segment(Article(id="a1", text=SENTENCE.rstrip(", ") + ".", date=dt.date(2026, 3, 30)))
    assert conflicts.find_conflicts([doc]) == ()
    # All pairs of the 200 dates were ~19,000 comparisons; one article never contradicts itself.
    assert compared == []


def _date_fact(article: str, value: dates.DateValue, written: bool = True) -> conflicts._Fact:
    sentence = Sentence(f"{article}#0", article, 0, 0, 1, "x", 0, None)
    return conflicts._Fact(
        kind="date",
        key="date",
        unit_text="",
        value=value,
        article_index=0,
        article_id=article,
        sentence=sentence,
        context=_facts.Context(frozenset(), frozenset(), frozenset(), {}),
        written=written,
    )


def _amount_fact(article: str, value: float) -> conflicts._Fact:
    amount = conflicts._interval(value, None, False)
    return dataclasses.replace(
        _date_fact(article, dates.DateValue(2026)), kind="number", key="worker", value=amount
    )


@pytest.mark.parametrize(
    "facts",
    [
        [
            _date_fact(article, dates.DateValue(2026, month, day), written=day != 9)
            for article in ("a", "b", "c")
            for month, day in [(3, 1), (3, 8), (3, 9), (3, 20), (4, 2), (2, 27)]
        ]
        + [
            _date_fact(article, dates.DateValue(2026, month))
            for article in ("a", "b")
            for month in (1, 3, 4, 9)
        ]
        + [_date_fact("c", dates.DateValue(2025))],
        [
            _amount_fact(article, value)
            for article in ("a", "b")
            for value in (0, 1, 3, 3.0000001, 14, 41, 42, 120)
        ],
    ],
)
def test_candidate_pairs_are_exactly_the_confusable_pairs_of_different_articles(facts):
    members = list(range(len(facts)))
    expected = {
        (a, b)
        for a in members
        for b in members[a + 1 :]
        if facts[a].article_id != facts[b].article_id and conflicts._confusable(facts[a], facts[b])
    }
    found = list(conflicts._candidate_pairs(facts, members))
    assert len(found) == len(set(found))
    assert set(found) == expected


# ~20,000 words in one clause: no comma, colon or dash anywhere.
UNPUNCTUATED = "".join(
    f"on 2026-03-{day % 28 + 1:02d} the council met and approved the budget " for day in range(2200)
).rstrip()


def test_dated_facts_reads_a_long_unpunctuated_sentence_a_bounded_number_of_times(counting):
    doc = segment(Article(id="a1", text=UNPUNCTUATED + ".", date=dt.date(2026, 3, 30)))
    assert len(doc.sentences) == 1
    words = counting(_facts)
    facts = _facts.dated_facts([doc])
    assert len(facts) == 2200
    # The whole line is each date's clause; reading all of it for each date read it 2,200 times.
    # Now each date reads a few hundred characters around it.
    assert words.scanned <= 10 * len(UNPUNCTUATED)
    middle = facts[1000].context
    assert middle.clause == (0, len(UNPUNCTUATED) + 1)
    # Still the eight words on each side: this date's own sentence and the end of the previous one.
    assert middle.terms == {_facts.short_stem(w) for w in ("council", "met", "approved", "budget")}
    assert middle.events == {_facts.short_stem("met")}


def test_context_window_reaches_past_a_long_ignored_quote():
    quote = '"' + " ".join(["blah"] * 60) + '"'
    text = f"Rescuers evacuated the harbor warehouse {quote} on 2026-03-02 and reopened the bridge"
    start = text.index("2026")
    span = (text.index(quote), text.index(quote) + len(quote))
    described = _facts.context(text, start, start + len("2026-03-02"), [span])
    # The words before the quote, not the 60 words inside it, are the ones before the date.
    assert {_facts.short_stem(w) for w in ("evacuated", "harbor", "warehouse")} <= described.terms
    assert "blah" not in described.terms
    assert _facts.short_stem("reopened") in described.adjacent
