"""A full stop before a capital blingfire does not split at: accented capitals, and "ab." in German."""

from __future__ import annotations

import pytest

from storyweave.model import Article
from storyweave.segment import segment


def _sentences(text: str) -> list[str]:
    return [sentence.text for sentence in segment(Article(id="a", text=text)).sentences]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # English copy about French, Irish, Spanish and Nordic people.
        ("The minister resigned on Monday.", "Émile Garnier replaced him."),
        ("Talks ended without a deal.", "Ó Briain left early."),
        ("The ceasefire held overnight.", "Åsa Berg, the mediator, said so."),
        ("The club confirmed the transfer.", "Álvaro Muñoz signs for three years."),
        # Openings in French, Spanish, German and Swedish copy.
        (
            "Mercredi, quatre TGV sur dix seulement avaient roulé.",
            "À la gare de Lyon, des voyageurs attendaient.",
        ),
        ("La huelga paralizó los trenes.", "Él dijo que no habría acuerdo."),
        ("Ungarn lehnt die Pläne weiterhin ab.", "Die Verhandlungen gelten als schwierig."),
        ("Strejken fortsatte under tisdagen.", "Även bussarna stod stilla."),
    ],
)
def test_a_sentence_ending_before_a_capital_is_split(first: str, second: str) -> None:
    assert _sentences(f"{first} {second}") == [first, second]


@pytest.mark.parametrize(
    "text",
    [
        "The award went to Dr. Émile Garnier of Lyon.",
        "He spoke with Gen. Åke Lindqvist and St. Étienne officials.",
        "The letter was signed by J. Émile Roux on behalf of the board.",
        "Habló ayer la Sra. Álvarez en el Congreso.",
        "Die Züge fuhren ca. Eine Stunde später ab.",
        "Sie sprachen mit Hr. Özdemir über den Streik.",
        "The meeting ran past 5 p.m. Élodie Marchand then spoke.",
        "Die Bahn sagte u.a. Österreich sei betroffen.",
        "Microsoft Corp. Tuesday said it would appeal.",
    ],
)
def test_a_stop_after_an_abbreviation_title_or_initial_is_no_boundary(text: str) -> None:
    assert _sentences(text) == [text]
