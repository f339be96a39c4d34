"""A long sentence with many dates is read a bounded number of times, not once per date."""

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator

import pytest

from storyweave.crosscheck import _facts, _text, conflicts, dates, timeline
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


# Clause breaks and comparisons near the cut: a ", " break needs the word after it, so a search in
# the text cut at a date (", before 1978") finds other breaks than one in the whole text.
TRICKY = (
    "crimes committed, before 1978 the ruling: 10:30, and more than March 5; a walk, which was, and "
    "he was older than 2020-01-02 or compared to 1999 — thanks, than, among5 workers, Compared with May"
)


@pytest.mark.parametrize(
    "pattern",
    [
        re.compile(r"[;\u2014]|:(?!\d)|,\s(?=(?:and|but|while|as|after|before|when|which|who)\b)"),
        re.compile(r"\b(?:[Cc]ompared (?:to|with)|than)\b"),
        re.compile(r"\b(?:including|among)\b", re.IGNORECASE),
    ],
)
def test_matches_before_an_offset_are_those_of_the_text_cut_there(pattern):
    found = _text.Matches(pattern, TRICKY)
    for offset in range(len(TRICKY) + 1):
        cut = [match.span() for match in pattern.finditer(TRICKY, 0, offset)]
        assert found.before(offset) == (cut[-1] if cut else None), offset
        # The last match, if it starts in the second half: there is a match there only if it does.
        start = offset // 2
        assert found.before(offset, start) == (cut[-1] if cut and cut[-1][0] >= start else None)


# The searches the amount reader makes before each figure, as they were written (on the text cut at
# the figure); the sentence index must answer them the same while reading only the last few words.
RANGE_BEFORE = re.compile(r"\d\s*(?:-|to|and|or)\s*$")
TALLY = re.compile(
    r"\b(?:number of (?P<noun>[a-z]+)|(?P<toll>death toll|toll))\b"
    r"[^,;]*?\b(?:to|at|is|was|reached|of|stood at)\s*$"
)
AMOUNTS = (
    "the death toll, which stood at 83 and the toll of 4 to 5 and 10 -  \n 12 or the number of to 7; the "
    "number of firefighters injured in the blaze rose to 2, death toll stood at 9 toll reached  3, among "
    "them 4, the other 14 sailors, hand over 2 suspects, passed   5, additional 6, 7and 8, toll is\n9"
)


def test_sentence_index_answers_as_the_searches_of_the_cut_text():
    index = conflicts._SentenceIndex(AMOUNTS)
    for offset in range(len(AMOUNTS) + 1):
        cut = AMOUNTS[:offset]
        assert index.ends_in_range(offset) == bool(RANGE_BEFORE.search(cut)), offset
        assert index.ends_in(conflicts._PART_BEFORE, offset, len("additional")) == bool(
            conflicts._PART_BEFORE.search(cut)
        )
        assert index.ends_in(conflicts._PARTICLE_VERB, offset, len("handing")) == bool(
            conflicts._PARTICLE_VERB.search(cut)
        )
        expected, found = TALLY.search(cut), index.tally(offset)
        assert (found and (found.start(), found.group("noun"), found.group("toll"))) == (
            expected and (expected.start(), expected.group("noun"), expected.group("toll"))
        ), offset


def test_a_future_word_opens_a_long_clause_for_a_date_far_into_it():
    # The tense of a date with no marker near is sought back to its clause start, however far:
    # now looked up in the sentence's words instead of listing the clause for each date.
    filler = " ".join(["the harbor bridge"] * 300)
    text = f"The council expects to {filler} in March and {filler} on March 5 {filler} in May."
    reference = dates.Reference(dt.date(2026, 4, 1), False)
    assert [(m.value.iso, m.future) for m in dates.find_dates(text, reference)] == [
        ("2027-03", True),
        ("2027-03-05", True),
        ("2026-05", True),
    ]
    # A nearer past word still wins over the far future one.
    assert (
        dates.find_dates(f"{filler} will {filler} repaired the pier on March 5", reference)[0].future is False
    )


def test_timeline_reads_a_long_unpunctuated_sentence_a_bounded_number_of_times(counting):
    doc = segment(Article(id="a1", text=UNPUNCTUATED + ".", date=dt.date(2026, 3, 30)))
    breaks = counting(timeline, "_CLAUSE_BREAK")
    names = counting(timeline, "_NAME")
    events = timeline.build_timeline([doc])
    # Each date's clause was found by scanning the sentence up to it, and its text by splitting the
    # clause (here the whole sentence) for each of its 2,200 dates.
    assert breaks.scanned <= 2 * len(UNPUNCTUATED)
    assert names.scanned <= 2 * len(UNPUNCTUATED)
    # One event a day (the 28 dates of March), each shown as the fifteen words around its first mention.
    assert len(events) == 28
    assert events[5].event == (
        "… council met and approved the budget on 2026-03-06 the council met and approved the budget …"
    )


def test_close_dates_of_many_articles_are_compared_only_when_their_clauses_share_a_word(monkeypatch):
    compared = []
    real = conflicts._confusable
    monkeypatch.setattr(conflicts, "_confusable", lambda a, b: compared.append(1) or real(a, b))
    words = ["harbor", "bridge", "council", "budget", "school", "museum", "airport", "stadium"]
    texts = [
        " ".join(f"The {words[a]} {words[(a + d) % 8]}s reopened on 2026-03-{d + 1:02d}." for d in range(20))
        for a in range(4)
    ]
    docs = [
        segment(Article(id=f"a{a}", text=text, date=dt.date(2026, 3, 30))) for a, text in enumerate(texts)
    ]
    conflicts.find_conflicts(docs)
    # Every pair of dates a week apart or less in two articles was compared: 1,344 here. Only those whose
    # clauses share a word other than the everywhere-words ("reopened", "harbor") are: 90.
    assert 0 < len(compared) < 200
    # Two outlets that give one event two close days still conflict.
    (conflict,) = conflicts.find_conflicts(
        [
            segment(Article(id="a", text="The museum reopened its west wing on 2026-03-02.")),
            segment(Article(id="b", text="The museum reopened its west wing on 2026-03-03.")),
        ]
    )
    assert [position.value for position in conflict.positions] == ["2026-03-02", "2026-03-03"]
