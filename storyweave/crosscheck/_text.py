"""Word-level helpers shared by the cross-check modules: tokens, stems, stop words."""

from __future__ import annotations

import bisect
import re

from storyweave.embed import terms

_TOKEN = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)*")

# The summarizer's stop words plus time words and news filler: none of them tells what a fact is
# about, so none may make two sentences look alike (a date in a sentence is read as a date, not a word).
STOP_WORDS = terms.STOP_WORDS | frozenset(
    """
    added ago always apr april aug august away back became become day days dec december done dr earlier
    early feb february friday including jan january jul july jun june last late later like made make mar
    march monday near nearly never new next nov november oct october often perhaps reported saturday sep
    sept september several statement still sunday thursday thus time today tomorrow toward tuesday way
    wednesday week weeks well year years yesterday""".split()
)

# Irregular forms, mapped to the stem the suffix rules give the regular ones,
# so "killed" / "kills" / "killing" and "died" / "dead" / "death" meet.
_IRREGULAR = {
    "died": "die", "dies": "die", "dying": "die", "dead": "die", "death": "die", "deaths": "die",
    "killed": "kill", "killing": "kill", "kills": "kill",
    "wounded": "injur", "injured": "injur", "injuries": "injur", "injury": "injur", "injuring": "injur",
    "hurt": "injur", "born": "bear", "bore": "bear", "gave": "give", "given": "give", "took": "take",
    "taken": "take", "held": "hold", "left": "leave", "met": "meet", "began": "begin", "begun": "begin",
    "won": "win", "lost": "lose", "loss": "lose", "losing": "lose", "sold": "sell", "paid": "pay",
    "spent": "spend", "went": "go", "gone": "go", "came": "come", "fell": "fall", "fallen": "fall",
    "rose": "rise", "risen": "rise", "struck": "strike", "hit": "strike", "shot": "shoot",
    "children": "child", "people": "person", "persons": "person", "men": "man", "women": "woman",
    "announced": "announc", "revealed": "announc", "reveal": "announc", "reveals": "announc",
    "disclosed": "announc", "disclose": "announc", "announcement": "announc",
    # Four letters keep their "e" (the rule below), so "fine" met neither "fined" nor "fines" (a held-out
    # antitrust story: "fined Veltrix 2.06 billion euros" / "the decision to fine Veltrix 2.6 billion euros").
    "fine": "fin",
}  # fmt: skip
_SUFFIXES = ("ings", "ing", "edly", "ed", "es", "s", "ly")


def tokens(text: str) -> list[re.Match[str]]:
    """Word tokens of ``text`` (letters and digits, inner apostrophes kept)."""
    return list(_TOKEN.finditer(text))


def normalized_words(text: str) -> list[str]:
    """Lower-cased words with curly apostrophes made straight, for comparing wordings."""
    return [match.group().lower().replace("’", "'") for match in _TOKEN.finditer(text)]


def stem(word: str) -> str:
    """A crude, deterministic stem: enough to match "killing" with "killed".

    Lighter than the summarizer's Porter stemmer on purpose: it strips common
    inflections and maps the irregular forms news uses most, and leaves some
    forms apart ("vote" / "votes") that Porter joins. With Porter here the
    conflict finder paired more unrelated number mentions: 3 false conflicts
    more on the DUC 2003 dev set (`python bench/dump_conflicts.py`).
    """
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return _IRREGULAR.get(word, word)


def content_stems(text: str) -> set[str]:
    """Stems of the words of ``text`` that say what it is about (no stop words, no numbers)."""
    return {
        stem(word)
        for word in normalized_words(text)
        if word not in STOP_WORDS and not word[0].isdigit() and len(word) > 2
    }


# Number words and their values, shared by the date, fact and conflict readers (and the alignment).
WORD_NUMBERS = terms.WORD_NUMBERS


class Matches:
    """Where a pattern matches in a text, found once, to answer "the matches in ``text[:offset]``".

    Scanning a sentence up to each of its values made a long sentence with many values quadratic.
    A lookahead that reads past ``offset`` can match otherwise in the cut text (", before 1978": a
    ``, `` clause break needs the word after it), so the last ``LOOKAHEAD`` characters are scanned
    again, cut there. Fit for patterns with no lookbehind and no ``^`` or ``$``, whose matches
    (with what their lookarounds read) span fewer than ``LOOKAHEAD`` characters, and of which
    none can start inside another.
    """

    LOOKAHEAD = 24

    def __init__(self, pattern: re.Pattern[str], text: str) -> None:
        self.pattern = pattern
        self.text = text
        spans = [match.span() for match in pattern.finditer(text)]
        self.starts = [start for start, _ in spans]
        self.ends = [end for _, end in spans]

    def before(self, offset: int, start: int = 0) -> tuple[int, int] | None:
        """The span of the last match of ``pattern`` in ``text[:offset]``, if it starts at ``start`` or on."""
        safe = offset - self.LOOKAHEAD
        index = bisect.bisect_right(self.ends, safe)
        # Rescan from the match running across ``safe``, if one does.
        spanning = index < len(self.starts) and self.starts[index] < safe
        last = (self.starts[index - 1], self.ends[index - 1]) if index else None
        for match in self.pattern.finditer(
            self.text, max(0, self.starts[index] if spanning else safe), offset
        ):
            last = match.span()
        return last if last is not None and last[0] >= start else None

    def next_start(self, offset: int) -> int | None:
        """Where the first match of ``pattern`` in ``text`` from ``offset`` on starts, or None."""
        index = bisect.bisect_left(self.starts, offset)
        return self.starts[index] if index < len(self.starts) else None


def whitespace_start(text: str, offset: int) -> int:
    r"""Where the run of whitespace that ends at ``offset`` starts (``offset`` itself when there is none).

    A pattern ending in ``\s*$`` matched against ``text[:offset]`` ends its last word there.
    """
    while offset > 0 and text[offset - 1].isspace():
        offset -= 1
    return offset
