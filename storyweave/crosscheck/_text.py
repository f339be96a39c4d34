"""Word-level helpers shared by the cross-check modules: tokens, stems, stop words."""

from __future__ import annotations

import re

_TOKEN = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)*")

# Function words, reporting verbs and news filler: none of them tells what a
# sentence is about, so none may make two sentences look alike.
STOP_WORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "ago",
        "all",
        "almost",
        "also",
        "although",
        "always",
        "am",
        "among",
        "an",
        "and",
        "another",
        "any",
        "are",
        "around",
        "as",
        "at",
        "away",
        "back",
        "be",
        "became",
        "because",
        "become",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "day",
        "days",
        "did",
        "do",
        "does",
        "doing",
        "done",
        "down",
        "during",
        "each",
        "early",
        "earlier",
        "either",
        "else",
        "even",
        "ever",
        "every",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "however",
        "i",
        "if",
        "in",
        "including",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "last",
        "late",
        "later",
        "least",
        "less",
        "like",
        "made",
        "make",
        "many",
        "may",
        "me",
        "might",
        "more",
        "most",
        "much",
        "must",
        "my",
        "myself",
        "near",
        "nearly",
        "never",
        "new",
        "next",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "often",
        "on",
        "once",
        "one",
        "only",
        "or",
        "other",
        "others",
        "our",
        "ours",
        "out",
        "over",
        "own",
        "per",
        "perhaps",
        "rather",
        "said",
        "same",
        "say",
        "saying",
        "says",
        "several",
        "she",
        "should",
        "since",
        "so",
        "some",
        "still",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "though",
        "through",
        "thus",
        "time",
        "to",
        "today",
        "told",
        "too",
        "toward",
        "under",
        "until",
        "up",
        "upon",
        "us",
        "very",
        "was",
        "way",
        "we",
        "week",
        "weeks",
        "well",
        "were",
        "what",
        "when",
        "where",
        "whether",
        "which",
        "while",
        "who",
        "whom",
        "whose",
        "why",
        "will",
        "with",
        "within",
        "without",
        "would",
        "year",
        "years",
        "yet",
        "you",
        "your",
        "yesterday",
        "tomorrow",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "according",
        "told",
        "added",
        "reported",
        "statement",
        "mr",
        "mrs",
        "ms",
        "dr",
    ]
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

    Not a real stemmer (no NLTK data is available); it only strips common
    inflections and maps the irregular forms news uses most.
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


# Number words and their values, shared by the date, fact and conflict readers.
WORD_NUMBERS = {
    word: value
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
        " sixteen seventeen eighteen nineteen twenty".split()
    )
} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
