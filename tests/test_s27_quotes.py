"""Quotes in other languages, surnames heard two ways, and a name an article corrects (session 27).

1. An English story's article in another language has its quotes read by that language's conventions, as far as
   the attribution can be read safely, and each is marked with its language in every format.
2. "Tavares said ..." in one outlet and "Taveira said ..." in another, of "Rui Tavares" and "Rui Taveira": a name
   conflict, one quote, and a claim per spelling.
3. An article that calls a man "Kyle Brandt" and then says his name is Kyle Hanrahan credits his words to Kyle
   Hanrahan: no "who said it" with outlets that name him so (Multi-News dev lb-b614820b).
"""

import datetime as dt
import json

import pytest

from storyweave import api
from storyweave.align import align
from storyweave.crosscheck import find_quotes
from storyweave.crosscheck.names import find_name_conflicts, may_be_one_person, spelt_two_ways, written_words
from storyweave.crosscheck.quotes import other_speakers
from storyweave.model import Article
from storyweave.render import render, to_json, validate
from storyweave.segment import segment

ENGLISH_WIRE = (
    "The container ship Santa Luzia ran aground on the Elbe near Wedel early on Tuesday, blocking the channel "
    'into Hamburg. "The ship lost steering shortly after midnight," said harbour master Jens Ohlsen. "We are '
    'deeply sorry for the disruption," said Carla Mendes, a spokeswoman for the owner, Lusomar.'
)
ENGLISH_DAILY = (
    "The Elbe was closed to large ships on Tuesday after the Santa Luzia ran aground near Wedel. "
    '"The ship lost steering shortly after midnight," Ohlsen told reporters.'
)
GERMAN = (
    "Das Containerschiff Santa Luzia ist in der Nacht zum Dienstag bei Wedel auf der Elbe auf Grund gelaufen. "
    "„Das Schiff hat kurz nach Mitternacht die Steuerung verloren“, sagte Hafenkapitän Jens Ohlsen. "
    "„Wir prüfen alle Möglichkeiten“, so ein Sprecher der Wasserschutzpolizei. "
    "Kapitän João Ferreira wurde befragt. „Ich habe alles versucht“, sagte er. "
    "„Es tut uns sehr leid“, erklärte die Reederei Lusomar in einer Mitteilung. "
    "Die Polizei sprach von einem „tragischen Unfall“ in der Nacht."
)
PORTUGUESE = (
    "O porta-contentores Santa Luzia, da armadora Lusomar, encalhou na madrugada de terça-feira no rio Elba. "
    '"Lamentamos profundamente os transtornos causados", disse Carla Mendes, porta-voz da Lusomar. '
    "«A tripulação está bem e o navio não corre perigo», afirmou o comandante do navio."
)


def _docs(*texts: str):
    return [segment(Article(f"a{n}", text, source=f"Outlet {n}")) for n, text in enumerate(texts)]


def _elbe():
    return find_quotes(_docs(ENGLISH_WIRE, ENGLISH_DAILY, GERMAN, PORTUGUESE))


def test_other_language_quotes_are_read_and_marked():
    found = {(quote.text, quote.speaker, quote.language) for quote in _elbe()}
    assert found == {
        ("The ship lost steering shortly after midnight", "Jens Ohlsen", None),
        ("We are deeply sorry for the disruption", "Carla Mendes", None),
        ("Das Schiff hat kurz nach Mitternacht die Steuerung verloren", "Jens Ohlsen", "de"),
        # No name: a description, a pronoun and a body name no one.
        ("Wir prüfen alle Möglichkeiten", None, "de"),
        ("Ich habe alles versucht", None, "de"),
        ("Es tut uns sehr leid", None, "de"),
        ("Lamentamos profundamente os transtornos causados", "Carla Mendes", "pt"),
        ("A tripulação está bem e o navio não corre perigo", None, "pt"),
    }


def test_a_phrase_of_the_reporters_sentence_in_another_language_is_not_listed():
    assert not any("tragischen" in quote.text for quote in _elbe())


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A name before the quotation, with its title, and a colon.
        (
            "Wirtschaftssenatorin Melanie Leonhard sagte: „Jeder Tag kostet den Hafen viel Geld.“",
            "Melanie Leonhard",
        ),
        # Not the subject: a pronoun, then a preposition, before the name.
        ("„Jeder Tag kostet den Hafen viel Geld“, sagte er über Melanie Leonhard.", None),
        # A capitalised German noun phrase is no person.
        ("„Jeder Tag kostet den Hafen viel Geld“, sagte die Deutsche Bahn am Dienstag.", None),
    ],
)
def test_german_attributions(text, speaker):
    english = "Hamburg's economy senator, Melanie Leonhard, said the port was losing money. " + ENGLISH_WIRE
    german = "Das Containerschiff Santa Luzia ist bei Wedel auf der Elbe auf Grund gelaufen. " + text
    quotes = find_quotes(_docs(english, ENGLISH_DAILY, german))
    assert [quote.speaker for quote in quotes if quote.language == "de"] == [speaker]


def test_other_language_quotes_make_no_dispute_with_english_ones():
    quotes = _elbe()
    assert all(others == () for others in other_speakers(quotes))


def test_the_same_words_in_an_other_language_article_can_be_disputed():
    # A German article quoting the English words themselves, credited to someone else: the same quote.
    german = GERMAN + " „The ship lost steering shortly after midnight“, sagte Kapitän João Ferreira."
    english = ENGLISH_WIRE + " The captain, João Ferreira, was questioned."
    quotes = find_quotes(_docs(english, ENGLISH_DAILY, german))
    disputed = {
        (quote.speaker, quote.language, tuple(o.speaker for o in others))
        for quote, others in zip(quotes, other_speakers(quotes), strict=True)
        if others
    }
    assert disputed == {("Jens Ohlsen", None, ("João Ferreira",)), ("João Ferreira", None, ("Jens Ohlsen",))}


def test_a_story_not_in_english_still_has_no_quotes():
    assert find_quotes(_docs(GERMAN, GERMAN.replace("Wedel", "Hamburg"), ENGLISH_WIRE)) == ()


def _report():
    articles = [
        Article(f"a{n}", text, source=f"Outlet {n}", date=dt.date(2026, 11, 24))
        for n, text in enumerate((ENGLISH_WIRE, ENGLISH_DAILY, GERMAN, PORTUGUESE))
    ]
    return api.report(articles)


def test_the_language_is_shown_in_every_format():
    report = _report()
    text = render(report, "md")
    assert "“Das Schiff hat kurz nach Mitternacht die Steuerung verloren” *[de]*" in text
    assert "“The ship lost steering shortly after midnight” —" in text
    page = render(report, "html")
    assert '<blockquote lang="pt">Lamentamos profundamente os transtornos causados</blockquote>' in page
    assert '<span class="language" title="Portuguese">[pt]</span>' in page
    data = json.loads(render(report, "json"))
    validate(data)
    languages = {quote["text"]: quote.get("language") for quote in data["quotes"]}
    assert languages["Es tut uns sehr leid"] == "de"
    assert languages["The ship lost steering shortly after midnight"] is None
    assert to_json(report)["quotes"] == data["quotes"]


BRAGA = [
    "The tram's driver, Rui Tavares, was treated in hospital for cuts to his hands. Tavares said the brakes "
    'stopped responding as the tram left Largo do Paço. "I pulled the emergency brake and nothing happened," '
    "Tavares said.",
    "The driver, 51-year-old Rui Taveira, has worked for the company for 20 years. Taveira said the brakes "
    'stopped responding as the tram left Largo do Paço. "I pulled the emergency brake and nothing happened," '
    "Taveira said.",
]


def test_surnames_alone_heard_two_ways_are_a_name_conflict():
    conflicts = find_name_conflicts(_docs(*BRAGA))
    assert [(c.about, [p.value for p in c.positions]) for c in conflicts] == [
        ("spelling of Tavares", ["Rui Tavares", "Rui Taveira"])
    ]


def test_surnames_alone_in_unlike_sentences_are_no_conflict():
    # The same given name and surnames that sound alike, but nothing else ties them: two people.
    docs = _docs(
        "Rui Tavares runs the depot. Tavares said the line would reopen on Monday.",
        "Rui Taveira is a passenger. Taveira said he was thrown against a window.",
    )
    assert find_name_conflicts(docs) == ()


def test_the_same_words_credited_to_a_surname_heard_two_ways_are_one_quote():
    quotes = find_quotes(_docs(*BRAGA))
    assert [(quote.speaker, quote.articles) for quote in quotes] == [("Rui Tavares", ("a0", "a1"))]
    assert may_be_one_person("Rui Tavares", "Rui Taveira")
    assert not may_be_one_person("Rui Tavares", "Ana Taveira")


def test_sentences_of_surnames_alone_are_spelt_apart():
    words = written_words(BRAGA[0]), written_words(BRAGA[1])
    spelt = spelt_two_ways(
        "Tavares said the brakes stopped responding.", "Taveira said the brakes stopped responding.", *words
    )
    assert spelt is not None and (spelt.spelling, spelt.other) == ("Tavares", "Taveira")
    # Without the articles' given names, a surname alone in both says too little.
    bare = written_words("Tavares said so."), written_words("Taveira said so.")
    assert spelt_two_ways("Tavares said so.", "Taveira said so.", *bare) is None


def test_claims_of_surnames_alone_cite_only_their_spelling():
    docs = _docs(*BRAGA)
    claims = align(docs).claims
    brakes = [claim for claim in claims if "brakes stopped" in claim.text]
    assert sorted(claim.article_ids for claim in brakes) == [("a0",), ("a1",)]


CORRECTED = (
    "Update: Police say the citation listed an incorrect last name for the man in the video. His name is Kyle "
    "Hanrahan.\n\nKyle Brandt says he never damaged the police cruiser. "
    '"I never touched the lights, I was just standing there for a picture," Brandt said.'
)
NAMED = (
    "Kyle Hanrahan wants people to know he did not break anything. "
    '"I never touched the lights, I was just standing there for a picture," Hanrahan said.'
)


def test_a_name_the_article_corrects_is_one_person():
    quotes = find_quotes(_docs(CORRECTED, NAMED))
    assert [(quote.speaker, quote.articles) for quote in quotes] == [("Kyle Hanrahan", ("a0", "a1"))]
    assert other_speakers(quotes) == [()]


def test_a_name_said_without_a_correction_is_no_correction():
    # "His name is ..." alone says nothing was wrong: the two names stay two people, and the words disputed.
    uncorrected = CORRECTED.replace("listed an incorrect last name for", "was issued to")
    quotes = find_quotes(_docs(uncorrected, NAMED))
    assert sorted(quote.speaker for quote in quotes) == ["Kyle Brandt", "Kyle Hanrahan"]


def test_a_correction_that_fits_two_people_corrects_neither():
    # Two Kyles in the article: which name was wrong is not clear.
    two_kyles = CORRECTED + ' His friend Kyle Moss, 19, said: "He was only standing there."'
    quotes = find_quotes(_docs(two_kyles, NAMED))
    assert "Kyle Brandt" in {quote.speaker for quote in quotes}
