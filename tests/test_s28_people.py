"""Speakers named after a role of a body, and a title "of" a place before a name (session 28).

1. '«…», afirmó la presidenta del Consejo Europeo, Rosa Almeida': the body is no speaker, the name after it in
   commas is (QA round 28); the same in French and German. A role of a body named by no one is unattributed.
2. "Mayor of Pichilemu Roberto Córdova announced ...": the place a title is of is no part of the holder's name
   (multiling dev M005).
"""

import pytest

from storyweave.crosscheck import find_quotes
from storyweave.crosscheck._people import find_names
from storyweave.model import Article
from storyweave.segment import segment

ENGLISH_WIRE = (
    "EU leaders agreed on Thursday to a migration pact after eleven hours of talks in Brussels. "
    '"This is a fair balance between responsibility and solidarity," said European Council President Rosa '
    "Almeida. Hungary and Slovakia voted against the pact."
)
ENGLISH_LEDGER = (
    "The 27 leaders agreed on Thursday to a migration pact in Brussels. Hungary and Slovakia voted against the "
    "pact, which still needs the approval of the European Parliament."
)
OPENING = {
    "es": "Los líderes de la Unión Europea alcanzaron un acuerdo sobre el pacto migratorio en Bruselas. ",
    "fr": "Les dirigeants de l'Union européenne ont conclu un pacte migratoire à Bruxelles. ",
    "de": "Die Staats- und Regierungschefs der EU haben sich in Brüssel auf einen Migrationspakt geeinigt. ",
}


def _docs(*texts: str):
    return [segment(Article(f"a{n}", text, source=f"Outlet {n}")) for n, text in enumerate(texts)]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "es",
            "«Es un equilibrio justo entre responsabilidad y solidaridad», afirmó la presidenta del Consejo "
            "Europeo, Rosa Almeida.",
            "Rosa Almeida",
        ),
        (
            "es",
            "«Es un acuerdo histórico», declaró el secretario general del Sindicato de Estibadores, Tomás Ferrer.",
            "Tomás Ferrer",
        ),
        ("es", "«Es un acuerdo histórico», dijo el portavoz del Consejo Europeo.", None),
        (
            "fr",
            "« C'est un équilibre juste », a déclaré le président de la Commission, Jean Dupont.",
            "Jean Dupont",
        ),
        ("de", "„Das ist ein fairer Ausgleich“, sagte die Präsidentin des Rates, Anna Weber.", "Anna Weber"),
    ],
)
def test_the_holder_named_after_a_role_of_a_body_speaks(language, text, speaker):
    quotes = find_quotes(_docs(ENGLISH_WIRE, ENGLISH_LEDGER, OPENING[language] + text))
    assert [quote.speaker for quote in quotes if quote.language == language] == [speaker]


def test_english_speaker_is_unchanged():
    quotes = find_quotes(_docs(ENGLISH_WIRE, ENGLISH_LEDGER))
    assert [quote.speaker for quote in quotes] == ["Rosa Almeida"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "On March 20, with the Governor of Cardenal Caro Julio Ibarra, Mayor of Pichilemu Roberto Córdova "
            "announced a plan.",
            [("Julio Ibarra", "governor"), ("Roberto Córdova", "mayor")],
        ),
        ("President of Ireland Michael D. Higgins spoke.", [("Michael D. Higgins", "president")]),
        # A place the title is of, with no name after it, stays as it was.
        ("The Mayor of London spoke.", [("London", None)]),
    ],
)
def test_the_place_a_title_is_of_is_not_the_name(text, names):
    assert [(mention.name, mention.cue) for mention in find_names(text, "a")] == names


def test_a_title_of_a_place_credits_the_holder():
    coastal = (
        "A storm flooded the harbour town of Porthaven on Saturday. "
        '"The sea wall has to be rebuilt this winter," Mayor of Porthaven Owen Trask said at the town hall.'
    )
    bay = "Porthaven was flooded by a storm on Saturday, and dozens of homes were evacuated."
    assert [quote.speaker for quote in find_quotes(_docs(coastal, bay))] == ["Owen Trask"]
