"""What an article tells the same way in any language: the words of its names and its figures.

Words hardly cross languages ("strike", "Streik", "grève", "huelga"), which leaves an article in one language
with little in common with a story told in another, by the words the grouper weighs. Names and figures do
cross: "Sophie Binet", "SNCF" and "Paiporta" are written so in each, and "210 million euros", "210 Millionen
Euro", "210 millions d'euros" and "210 millones de euros" tell one figure, as do "4,500", "4.500" and "4 500",
or "6.1" and "6,1". These are an article's *marks*; :class:`~storyweave.group.stories.StoryGrouper` weighs the
marks an article shares with a story told in another language (``StoryGrouper._crossing_similarity``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Container, Iterable, Mapping
from functools import cache, lru_cache
from pathlib import Path

from storyweave.embed.terms import stem, tokens

# A number as written in English, German, French or Spanish: digits apart by points or commas ("4,500",
# "4.500", "6,1", "1.234,5"), or by a space before a group of three ("4 500", with a no-break space too).
_NUMBER = re.compile(r"(?<![\w.,\-])\d+(?:(?:[.,]|[ \u00a0\u202f](?=\d{3}(?!\d)))\d+)*")
# The word after a number that scales it or makes it a share ("210 Millionen", "80 Prozent", "40 %").
_SCALE = re.compile(
    r"\s?(%|(?:per ?cent|percent|prozent|pour ?cent|por ?ciento|thousand|tausend|mil millones|mil|millions?"
    r"|millionen|millones|millón|mio|mn|m|billions?|bn|milliarden?|milliards?|mrd|k)\b)",
    re.IGNORECASE,
)
_SHARE = "%"
_SCALES = {
    "thousand": 1e3,
    "tausend": 1e3,
    "mil": 1e3,
    "k": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "millionen": 1e6,
    "millones": 1e6,
    "millón": 1e6,
    "mio": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "bn": 1e9,
    "milliarde": 1e9,
    "milliarden": 1e9,
    "milliard": 1e9,
    "milliards": 1e9,
    "mrd": 1e9,
    "mil millones": 1e9,
}
# A whole number of one digit ("2 Uhr", "7 p.m.") or a year tells no event apart.
_LEAST_FIGURE = 10
_YEARS = range(1900, 2100)
# A name word of fewer letters ("EU", "AP") is shared by too many stories.
_LEAST_NAME_LETTERS = 3
# A figure's mark is apart from any word's.
_FIGURE_PREFIX = "~"
# Places news names otherwise in German, French and Spanish than in English ("Kreta", "Crète": "Crete").
_EXONYMS = Path(__file__).resolve().parent / "data" / "exonyms.tsv"


def figure_values(text: str) -> set[str]:
    """The figures of ``text`` as values any language writes alike: "4,500", "4.500" and "4 500" are "4500"; "6,1"
    is "6.1"; "210 Millionen" and "€210m" are "210000000"; "80 Prozent", "80 %" and "80%" are "80%".

    Whole numbers of one digit and years are left out (see ``_LEAST_FIGURE``), as are numbers glued to a word
    before them ("SK412", "Covid-19").

    Example:
        >>> sorted(figure_values("4.500 Asylbewerber, 210 Millionen Euro, Stärke 6,1, 80 Prozent im Jahr 2026"))
        ['210000000', '4500', '6.1', '80%']
    """
    found = set()
    for number in _NUMBER.finditer(text):
        value = _number_value(number.group())
        scale = _SCALE.match(text, number.end())
        word = scale.group(1).lower().replace(" ", "") if scale else ""
        if word in ("%", "percent", "prozent", "pourcent", "porciento"):
            found.add(f"{value:.15g}{_SHARE}")
        elif word:
            found.add(f"{value * _SCALES[scale.group(1).lower()]:.15g}")
        elif not value.is_integer() or (value >= _LEAST_FIGURE and int(value) not in _YEARS):
            found.add(f"{value:.15g}")
    return found


def _number_value(written: str) -> float:
    """The value of a number as ``_NUMBER`` finds it.

    Of two kinds of separator, the last is the decimal point ("1.234,5", "1,234.5"); several of one kind group
    thousands ("1.234.567"), as one does before three digits ("4,500", "4.500"; a decimal of three places is
    rare in news) or as a space; any other is a decimal point ("6.1", "6,1").
    """
    separators = re.findall(r"[^\d]", written)
    groups = re.split(r"[^\d]", written)
    if not separators:
        return float(written)
    if len(set(separators)) > 1:
        return float("".join(groups[:-1]) + "." + groups[-1])
    if len(separators) > 1 or separators[0].isspace() or len(groups[-1]) == 3:
        return float("".join(groups))
    return float(f"{groups[0]}.{groups[1]}")


def marks(
    names: Iterable[str],
    text: str,
    stop: Container[str],
    is_date: Callable[[str], bool],
    language: str | None = None,
) -> frozenset[str]:
    """An article's marks: the words of its ``names`` (capitalised words, lowercased) but its ``stop`` words
    and dates, and the figures of ``text`` (:func:`figure_values`, marked "~").

    A name word is folded to ASCII ("Reiß" is "reiss", "Ortolá" "ortola", "Crète" "crete"), a place's name in
    the article's ``language`` made its English name ("Kreta" and "Creta" are "crete"; :func:`exonyms`), and
    stemmed as the grouper stems English words, so that it is the term an English story's vectors hold for
    it. A German noun is capitalised as a name is; it counts only where the story it is compared with has it too.

    Example:
        >>> sorted(marks(["mario reiß", "kreta"], "Mario Reiß auf Kreta: 80 Prozent", frozenset(), lambda w: False, "de"))
        ['crete', 'mario', 'reiss', '~80%']
    """
    found = {_FIGURE_PREFIX + value for value in figure_values(text)}
    for name in names:
        for word in tokens(name):
            if len(word) >= _LEAST_NAME_LETTERS and word.isalpha() and word not in stop and not is_date(word):
                found.add(_name_mark(word, language))
    return frozenset(found)


@lru_cache(maxsize=100_000)
def _name_mark(word: str, language: str | None = None) -> str:
    """A name word's mark: folded to ASCII without accents ("reiß" -> "reiss", "crète" -> "crete"), a place's
    name in ``language`` made its English name (:func:`exonyms`), and stemmed.

    (Cached: a stream names the same people and places again and again.)
    """
    if not word.isascii():
        decomposed = unicodedata.normalize("NFKD", word.casefold())
        word = "".join(char for char in decomposed if not unicodedata.combining(char))
    return stem(exonyms().get((language, word), word))


@cache
def exonyms() -> Mapping[tuple[str, str], str]:
    """The English name of each place named otherwise in a language: ``("de", "kreta")`` is ``"crete"``.

    The cities, regions, islands and rivers news names across languages: German, French and Spanish, folded to
    ASCII (``data/exonyms.tsv``). No countries: one named in passing ("Comme en France") joined two look-alike
    events (bench/bench_cross_language.py's feed A: the French and German rail strikes of one week), where
    a city or an island is most often where the event is (``Kreta``: the Cretan feed of session 32, amid
    AllSides, 0.750 -> 0.857 B-cubed F1). By language, as a name may be a place in one and another word in
    another ("Rom" is Rome in German, a Romani man in English).
    """
    with _EXONYMS.open(encoding="utf-8") as rows:
        return {
            (language, name): english
            for language, name, english in (
                row.rstrip("\n").split("\t") for row in rows if not row.startswith("#")
            )
        }
