"""Who said what across languages and spellings (QA pass 8, session 26).

An article in another language than the story's stays a source, and its quotes are not read by the English
conventions that would take „…“, sagte X or «…», dijo X for words no one is named for (session 27: they are read
by the conventions of their language and marked with it). A claim cites only the
outlets that spell its people's names as its wording does: where one writes "Rui Tavares" and another "Rui
Taveira", the name conflict shows both, and each spelling's sentences make their own claim.
"""

import pytest

from storyweave.align import align
from storyweave.crosscheck import find_quotes
from storyweave.crosscheck.names import find_name_conflicts, spelt_two_ways, written_words
from storyweave.model import Article
from storyweave.segment import segment

ENGLISH_WIRE = (
    "A passenger ferry struck a pier on the Rhine at Koblenz on Tuesday evening, injuring 11 people, police "
    'said. "The ferry hit the pier at far too high a speed," police spokesman Markus Brandt said.'
)
ENGLISH_DAILY = (
    "Eleven people were injured when the Loreley II ferry crashed into a pier at Koblenz on Tuesday. "
    '"The ferry hit the pier at far too high a speed," said Markus Brandt, a police spokesman. '
    '"We are examining every lead, including a technical fault," senior prosecutor Petra Lange said.'
)
GERMAN = (
    "Die Fähre Loreley II ist am Dienstagabend in Koblenz gegen einen Anleger am Rhein geprallt. Elf Menschen "
    "wurden verletzt, teilte die Polizei mit. „Die Fähre ist mit viel zu hoher Geschwindigkeit gegen den Anleger "
    "gefahren“, sagte Polizeisprecher Markus Brandt. »Wir prüfen alle Hinweise, auch einen technischen "
    "Defekt«, so Oberstaatsanwältin Petra Lange."
)
SPANISH = (
    "Los estibadores del puerto de Lisboa comenzaron el jueves una huelga de 72 horas por la paga del turno de "
    "noche. «No queríamos esta huelga, pero el puerto no nos dejó otra opción», dijo la líder sindical Mariana "
    "Coutinho."
)


def _docs(*texts: str):
    return [segment(Article(f"a{n}", text, source=f"Outlet {n}")) for n, text in enumerate(texts)]


def test_quotes_of_an_article_in_another_language_are_marked_with_it():
    # Session 27: read as far as the attribution can be read safely, not left out (tests/test_s27_quotes.py).
    quotes = find_quotes(_docs(ENGLISH_WIRE, ENGLISH_DAILY, GERMAN, SPANISH))
    assert {(quote.speaker, quote.articles, quote.language) for quote in quotes} == {
        ("Markus Brandt", ("a0", "a1"), None),
        ("Petra Lange", ("a1",), None),
        ("Markus Brandt", ("a2",), "de"),
        ("Petra Lange", ("a2",), "de"),
        ("Mariana Coutinho", ("a3",), "es"),
    }


def test_a_story_not_in_english_has_no_quotes_misread():
    german_wire = GERMAN.replace("Elf Menschen", "Zwölf Menschen")
    assert find_quotes(_docs(GERMAN, german_wire, ENGLISH_WIRE)) == ()


def test_an_english_story_keeps_its_quotes_and_speakers():
    quotes = find_quotes(_docs(ENGLISH_WIRE, ENGLISH_DAILY))
    assert [quote.speaker for quote in quotes] == ["Markus Brandt", "Petra Lange"]


@pytest.mark.parametrize(
    ("text", "other", "spelt"),
    [
        # Misspelt, with the given name written or not.
        (
            '"We did not want this strike," union leader Mariana Coutinho said.',
            '"We did not want this strike," Coutino said.',
            ("Coutinho", "Coutino"),
        ),
        # Heard two ways: only after the same given name (QA pass 8).
        (
            "The driver, Rui Tavares, 46, was taken to hospital with leg injuries.",
            "The driver, Rui Taveira, 46, was treated in hospital for leg injuries.",
            ("Tavares", "Taveira"),
        ),
        (
            "Magistrate Helen Quach set down a hearing for Wednesday.",
            "Magistrate Helen Kwan set down a hearing for Wednesday.",
            ("Quach", "Kwan"),
        ),
        ("Tavares said the tram was late.", "Taveira said the tram was late.", None),
        # A letter added at the end is one name spelt two ways only after the same given name.
        (
            "Judge Katherine Whitcombe said so.",
            "Judge Katherine Whitcomb said so.",
            ("Whitcombe", "Whitcomb"),
        ),
        ("Judge John Clark said so.", "Judge Joan Clarke said so.", None),
        ("Chief Tom Reid said so.", "Chief Tom Ward said so.", None),
        # Words that open a sentence are no name.
        ("These figures were released by Ana Silva.", "Those figures were released by Ana Silva.", None),
    ],
)
def test_spelt_two_ways(text, other, spelt):
    respelt = spelt_two_ways(text, other, written_words(text), written_words(other))
    assert (respelt and respelt[:2]) == spelt


def test_a_name_misspelt_by_a_letter_at_its_end_is_a_name_conflict():
    docs = _docs(
        'Judge Katherine Whitcombe told him he had "betrayed people who trusted you".',
        'Judge Katherine Whitcomb told him he had "betrayed people who trusted you".',
    )
    conflicts = find_name_conflicts(docs)
    assert [[(p.value, p.articles) for p in c.positions] for c in conflicts] == [
        [("Katherine Whitcombe", ("a0",)), ("Katherine Whitcomb", ("a1",))]
    ]


def test_an_article_writing_both_spellings_spells_nothing_two_ways():
    text, other = "The driver, Rui Tavares, 46, was hurt.", "The driver, Rui Taveira, 46, was hurt."
    assert spelt_two_ways(text, other, written_words(text), written_words(other + " Tavares said.")) is None


@pytest.mark.parametrize("summary", [True, False])
def test_a_claim_cites_only_the_outlets_of_its_spelling(summary):
    docs = _docs(
        "The tram's driver, Rui Tavares, 46, was taken to São João hospital with leg injuries.",
        "The tram's driver, Rui Taveira, 46, was taken to São João hospital with leg injuries.",
        "The tram's driver, Rui Tavares, 46, was taken to the São João hospital with leg injuries.",
    )
    tavares, taveira = docs[0].sentences[0], docs[1].sentences[0]
    centers = [tavares.id, taveira.id] if summary else []
    alignment = align(docs, centers=centers, centers_only=summary)
    assert alignment.sources_of(tavares) == ("a0", "a2")
    assert alignment.sources_of(taveira) == ("a1",)


def test_a_claim_of_one_spelling_keeps_all_its_outlets():
    docs = _docs(
        "The tram's driver, Rui Tavares, 46, was taken to São João hospital with leg injuries.",
        "The tram's driver, Rui Tavares, 46, was taken to the São João hospital with leg injuries.",
    )
    assert align(docs).sources_of(docs[0].sentences[0]) == ("a0", "a1")


def test_a_summary_line_misspelling_a_name_keeps_the_other_spelling_for_the_majority_rule():
    """The summarizer words such a line as most outlets do only if its claim shows it the other spelling; a name
    heard two ways, which it does not read as one, is kept apart."""
    docs = _docs(
        "The tram's driver, Rui Tavarez, 46, was taken to São João hospital with leg injuries.",
        "The tram's driver, Rui Tavares, 46, was taken to São João hospital with leg injuries.",
        "The tram's driver, Rui Tavares, 46, was taken to the São João hospital with leg injuries.",
        "The tram's driver, Rui Taveira, 46, was taken to São João hospital with leg injuries.",
    )
    misspelt, most, heard = docs[0].sentences[0], docs[1].sentences[0], docs[3].sentences[0]
    assert align(docs, centers=[misspelt.id], centers_only=True).sources_of(misspelt) == ("a0", "a1", "a2")
    assert align(docs, centers=[most.id], centers_only=True).sources_of(most) == ("a1", "a2")
    assert align(docs, centers=[heard.id], centers_only=True).sources_of(heard) == ("a3",)
