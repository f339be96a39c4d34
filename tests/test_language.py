"""A story's summary and headline are in the language most of its articles use; the others stay sources."""

import datetime as dt

import pytest

import storyweave
from storyweave.language import article_language, other_language_articles
from storyweave.model import Article
from storyweave.render._citations import story_title

_DAY = dt.date(2026, 3, 6)

_ENGLISH = [
    Article(
        "en1",
        "Firefighters battled a blaze at the Kessler paper mill in Brackwater on Thursday night. "
        "About 120 workers were evacuated from the mill, the fire service said.\n"
        "The fire started in a storage hall shortly after 10pm and was brought under control by dawn.",
        title="Fire at Kessler paper mill forces evacuation of 120 workers",
        date=_DAY,
        source="Brackwater Echo",
    ),
    Article(
        "en2",
        "A fire at the Kessler paper mill in Brackwater forced the evacuation of about 120 workers on "
        "Thursday night, the fire service said.\n"
        "Nobody was injured. The company said production would resume next week.",
        title="Brackwater mill fire: 120 workers evacuated",
        date=_DAY,
        source="County Post",
    ),
    Article(
        "en3",
        "Investigators were on Friday examining the storage hall where the fire at the Kessler paper mill "
        "began. About 120 workers had been evacuated as the blaze spread on Thursday night.\n"
        "The fire service said the cause was not yet known.",
        title="Investigators examine cause of Kessler mill fire",
        date=_DAY + dt.timedelta(days=1),
        source="Regional Wire",
    ),
]

# Earliest, and it shares the story's names and figures: before, its sentences were summarised and its
# headline named the story.
_GERMAN = Article(
    "de1",
    "In der Papierfabrik Kessler in Brackwater ist am Donnerstagabend ein Feuer ausgebrochen. "
    "Rund 120 Arbeiter wurden aus der Fabrik evakuiert, teilte die Feuerwehr mit.\n"
    "Das Feuer brach kurz nach 22 Uhr in einer Lagerhalle aus und war bis zum Morgen unter Kontrolle.",
    title="Brand in der Papierfabrik Kessler: 120 Arbeiter evakuiert",
    date=_DAY - dt.timedelta(days=1),
    source="Nachrichten am Morgen",
)


def test_an_article_in_another_language_is_a_source_but_not_summarised():
    report = storyweave.summarize([_GERMAN, *_ENGLISH], words=80)

    assert "de1" in {article.id for article in report.articles}
    assert report.summary.sentences
    assert all("de1" not in line.sources for line in report.summary.sentences)
    assert [note for note in report.notes if "in German, not the story's English" in note]


def test_the_headline_is_one_in_the_story_majority_language():
    report = storyweave.summarize([_GERMAN, *_ENGLISH], words=40)

    assert story_title(report).text == "Fire at Kessler paper mill forces evacuation of 120 workers"


def test_a_story_mostly_in_spanish_is_summarised_in_spanish():
    spanish = [
        Article(
            f"es{n}",
            f"Un incendio en la fábrica de papel Kessler obligó a evacuar a unos 120 trabajadores el jueves "
            f"por la noche, según los bomberos. {detail}",
            title=f"Incendio en la papelera Kessler ({n})",
            date=_DAY,
            source=f"Diario {n}",
        )
        for n, detail in enumerate(
            [
                "El fuego comenzó en un almacén poco después de las diez de la noche.",
                "Nadie resultó herido y la empresa reanudará la producción la próxima semana.",
                "Los investigadores examinan el almacén donde empezó el incendio.",
            ]
        )
    ]
    report = storyweave.summarize([_ENGLISH[0], *spanish], words=60)

    assert report.summary.sentences
    assert all("en1" not in line.sources for line in report.summary.sentences)
    assert story_title(report).text.startswith("Incendio en la papelera Kessler")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police said the man was arrested on Tuesday.", "en"),
        ("Die Ministerin trat nach der Veröffentlichung des Berichts zurück.", "de"),
        ("La ministre a démissionné après la publication du rapport.", "fr"),
        ("La ministra dimitió tras la publicación del informe.", "es"),
        ("A ministra demitiu-se após a publicação do relatório.", "pt"),
        ("La ministra si è dimessa dopo la pubblicazione del rapporto.", "it"),
        ("De minister trad af na de publicatie van het rapport.", "nl"),
    ],
)
def test_short_texts_are_read_in_their_language(text, language):
    from storyweave.language import text_language

    assert text_language(text) == language


def test_an_article_too_short_to_judge_takes_the_storys_language():
    # QA10c #7: the one-word article "Bridge." was named as Uzbek.
    short = Article("short", "Bridge.", source="Wire")
    assert article_language(short) is None
    assert other_language_articles([*_ENGLISH, short]) == {}
    assert other_language_articles([short]) == {}
