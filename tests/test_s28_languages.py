"""QA11: articles in another language are grouped by their story, not by their language.

Read with English's stop words, two unrelated articles in one other language shared its "die", "der", "und" or
"les", "des", "la" and made one story; a look-alike that called itself "unrelated to" a story's event "this week"
joined it; and the separate-stories caveat split one story by language while a two-story mix in German passed.
"""

import datetime as dt

import pytest

from storyweave.embed.terms import terms_by_sentence
from storyweave.group import group_stream
from storyweave.language import stop_words
from storyweave.model import Article
from storyweave.outliers import SeparateStories, warn_off_topic
from storyweave.segment import segment

_MONDAY = dt.date(2026, 10, 5)

# Pairs of unrelated articles in one language, a day apart.
_UNRELATED_PAIRS = {
    "de": (
        (
            "Koalition einigt sich auf Rentenreform",
            "Die Spitzen der Koalition haben sich in der Nacht auf eine Reform der Rente geeinigt. Das "
            "Rentenniveau soll bis 2031 bei 48 Prozent gesichert werden, sagte Arbeitsministerin Petra "
            "Lindqvist am Montag in Berlin. Die Beiträge steigen dafür im kommenden Jahr auf 18,9 Prozent. Die "
            "Opposition kritisierte die Einigung als zu teuer für die junge Generation.",
        ),
        (
            "Hochwasser an der Oder: Pegel in Frankfurt steigt weiter",
            "Das Hochwasser an der Oder hat sich am Dienstag weiter verschärft. In Frankfurt an der Oder stieg der "
            "Pegel auf 6,20 Meter, wie das Landesamt für Umwelt mitteilte. Die Feuerwehr hat in der Nacht die "
            "Deiche mit Sandsäcken verstärkt. Einwohner der Ortschaft Lebus wurden aufgefordert, ihre Häuser zu "
            "verlassen.",
        ),
    ),
    "fr": (
        (
            "Budget : le gouvernement prévoit 40 milliards d'économies",
            "Le gouvernement a présenté lundi un projet de budget qui prévoit 40 milliards d'euros d'économies "
            "l'an prochain. Le ministre des Finances, Thierry Vasseur, a expliqué que les dépenses de l'État "
            "seraient gelées et que les collectivités locales devraient participer à l'effort. Les syndicats ont "
            "dénoncé un budget d'austérité.",
        ),
        (
            "Le musée d'Orsay consacre une rétrospective à Berthe Morisot",
            "Le musée d'Orsay ouvre mardi une grande rétrospective consacrée à Berthe Morisot, avec plus de 90 "
            "tableaux et dessins prêtés par des collections du monde entier. Selon la commissaire de "
            "l'exposition, Claire Dubosc, c'est la première fois depuis 1941 que la peintre est exposée avec une "
            "telle ampleur à Paris. Elle restera ouverte jusqu'en janvier.",
        ),
    ),
    "es": (
        (
            "El Congreso aprueba la reforma de las pensiones",
            "El Congreso de los Diputados aprobó el lunes la reforma de las pensiones con 178 votos a favor. La "
            "ministra de Seguridad Social, Elena Marchena, defendió que la ley garantiza el poder adquisitivo de "
            "los jubilados hasta 2035. La oposición votó en contra y anunció que recurrirá la norma ante el "
            "Tribunal Constitucional.",
        ),
        (
            "Una ola de calor dispara las temperaturas en Andalucía",
            "Las temperaturas superaron el martes los 44 grados en Córdoba y Sevilla, en plena ola de calor, "
            "según la Agencia Estatal de Meteorología. Las autoridades sanitarias pidieron a la población que "
            "evite salir a la calle en las horas centrales del día. Varios municipios abrieron refugios "
            "climáticos para las personas mayores.",
        ),
    ),
    "it": (
        (
            "Manovra, il governo taglia il cuneo fiscale",
            "Il governo ha approvato lunedì la manovra economica, che prevede un taglio del cuneo fiscale per i "
            "redditi fino a 35.000 euro. Il ministro dell'Economia, Stefano Rinaldi, ha spiegato che la misura "
            "costerà circa 10 miliardi di euro. I sindacati hanno giudicato insufficienti le risorse per la sanità "
            "e la scuola.",
        ),
        (
            "Maltempo in Liguria, chiuse le scuole a Genova",
            "Le scuole di Genova sono rimaste chiuse martedì per l'allerta rossa dovuta alle piogge intense che "
            "hanno colpito la Liguria. Il torrente Bisagno è esondato in due punti e la protezione civile ha "
            "evacuato una cinquantina di famiglie. Il sindaco Marco Ferretti ha chiesto ai cittadini di non "
            "uscire di casa.",
        ),
    ),
}


def _article(article_id: str, title: str, text: str, days: int = 0) -> Article:
    return Article(article_id, text, title=title, date=_MONDAY + dt.timedelta(days=days))


@pytest.mark.parametrize("language", sorted(_UNRELATED_PAIRS))
def test_unrelated_articles_in_one_other_language_stay_apart(language: str) -> None:
    (first_title, first_text), (second_title, second_text) = _UNRELATED_PAIRS[language]
    stories = group_stream(
        [_article("first", first_title, first_text), _article("second", second_title, second_text, days=1)]
    )
    assert stories["first"] != stories["second"]


_GERMAN_FIRE = (
    _article(
        "de1",
        "Brand im Gotthard-Basistunnel: SBB sperrt Strecke",
        "Im Gotthard-Basistunnel ist am Montagmorgen ein Güterzug in Brand geraten. Die SBB sperrte den 57 "
        "Kilometer langen Tunnel, verletzt wurde niemand. Konzernchef Vincent Ducrey sagte in Erstfeld, auf rund "
        "8 Kilometern seien Gleise und Signalanlagen durch Rauch beschädigt.",
    ),
    _article(
        "de2",
        "Gotthard-Sperre: Überhitzte Bremse als Brandursache vermutet",
        "Eine überhitzte Bremse an einem Chemiewagen hat nach ersten Erkenntnissen den Brand im "
        "Gotthard-Basistunnel ausgelöst. SBB-Chef Vincent Ducrey rechnet frühestens Ende Oktober mit einer "
        "Wiedereröffnung des Tunnels, die Reparatur der beschädigten Gleise soll 120 Millionen Franken kosten.",
        days=2,
    ),
)


def test_one_story_in_another_language_still_groups() -> None:
    stories = group_stream(_GERMAN_FIRE)
    assert stories["de1"] == stories["de2"]


_STRIKE = [
    _article(
        f"strike{number}",
        title,
        text,
        days=number,
    )
    for number, (title, text) in enumerate(
        [
            (
                "French and German rail unions begin joint strike",
                "Rail workers in France and Germany walked out on Wednesday in the first coordinated cross-border "
                "rail strike in decades. The train drivers' union GDL and France's SUD-Rail are demanding pay rises "
                "of 8%. Eurostar cancelled 14 trains between Paris and Brussels.",
            ),
            (
                "Rail strike strands 250,000 passengers in France and Germany",
                "The French and German rail strike stranded about 250,000 passengers on its second day, operators "
                "said. GDL leader Jörg Häußler said the union would not be blackmailed. SNCF ran four in ten TGV "
                "trains and Eurostar cancelled 20 trains.",
            ),
            (
                "French rail unions accept 5% pay offer, German strike goes on",
                "French rail unions accepted a 5% pay rise on Friday and called off their strike, while the GDL "
                "said its walkout in Germany would continue until midnight on Saturday. Eurostar said its trains "
                "between Paris and Brussels would run normally from Saturday.",
            ),
        ]
    )
]


@pytest.mark.parametrize(
    "denial",
    [
        "The strike is unrelated to the French and German walkouts this week.",
        "The union said the strike had nothing to do with last week's French and German walkouts.",
        "The stoppage is separate from the French and German walkouts that ended on Saturday.",
        "The strike is not linked to the French and German walkouts, which stranded passengers this week.",
    ],
)
def test_a_look_alike_that_denies_a_link_stays_apart(denial: str) -> None:
    belgian = _article(
        "belgian",
        "Belgian rail unions announce 24-hour strike",
        "Belgian rail unions announced a 24-hour strike for 3 December over staffing at the national operator "
        f"SNCB, disrupting trains to Paris and Brussels airport. {denial} Eurostar said it would publish a "
        "reduced timetable.",
        days=3,
    )
    stories = group_stream([*_STRIKE, belgian])
    assert stories["strike0"] == stories["strike1"] == stories["strike2"]
    assert stories["belgian"] != stories["strike0"]


def _caveats(articles: list[Article]) -> list[SeparateStories]:
    docs = [segment(article) for article in articles]
    return [
        found for found in warn_off_topic(docs, terms_by_sentence(docs)) if isinstance(found, SeparateStories)
    ]


def test_one_story_told_in_three_languages_is_not_named_three_stories() -> None:
    english = [
        _article(
            f"en{number}",
            title,
            f"Swiss Federal Railways closed the Gotthard base tunnel after a freight train fire {when}. SBB chief "
            "executive Vincent Ducrey said smoke had damaged about 8 kilometres of track and signalling, and "
            "repairs would cost 120 million Swiss francs. Passenger trains between Zurich and Milan use the old "
            "mountain line.",
            days=number,
        )
        for number, (title, when) in enumerate(
            [
                ("Freight train catches fire in Gotthard base tunnel", "on Monday"),
                ("Gotthard tunnel shut after freight fire", "early on Monday"),
                ("Gotthard closure to last three weeks", "this week"),
                ("Gotthard repairs to cost 120 million francs", "on Monday morning"),
            ]
        )
    ]
    french = [
        _article(
            f"fr{number}",
            "Gothard : le tunnel de base fermé après l'incendie d'un train de marchandises",
            "Les CFF ont fermé le tunnel de base du Gothard après l'incendie d'un train de marchandises lundi. "
            f"Selon le directeur général Vincent Ducrey, {detail}",
            days=number,
        )
        for number, detail in enumerate(
            [
                "la réparation des 8 kilomètres de voie endommagés coûtera 120 millions de francs.",
                "les trains de voyageurs entre Zurich et Milan passent par la ligne de montagne.",
            ]
        )
    ]
    assert _caveats([*english, *_GERMAN_FIRE, *french]) == []


def test_two_stories_in_one_other_language_are_named_apart() -> None:
    (pension_title, pension_text), (flood_title, flood_text) = _UNRELATED_PAIRS["de"]
    pension = [
        _article("pension1", pension_title, pension_text),
        _article("pension2", pension_title, pension_text),
    ]
    flood = [_article("flood1", flood_title, flood_text), _article("flood2", flood_title, flood_text)]
    assert [found.groups for found in _caveats([*pension, *flood])] == [
        (("pension1", "pension2"), ("flood1", "flood2"))
    ]


def test_stop_words_are_the_language_s_own() -> None:
    assert {"die", "der", "und", "donnerstag"} <= stop_words("de")
    assert "die" not in stop_words("en") and "war" not in stop_words("en")
    # The Spanish list holds the digits, which are figures.
    assert "5" not in stop_words("es") and "los" in stop_words("es")
    # An article too short to judge, or in a language without a list, is read with English's.
    assert stop_words(None) == stop_words("en") == stop_words("xx")
