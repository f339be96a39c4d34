"""Word-level helpers shared by the cross-check modules: tokens, stems, stop words."""

from __future__ import annotations

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
