"""A story the store gives back to the grouper for a late article carries its members' marks and language, so a late
article in another language meets it as it would have in date order (a German report of a breach told in English)."""

import datetime as dt
import sqlite3

from storyweave.model import Article
from storyweave.store import Store

APRIL = dt.date(2025, 4, 14)
NEXT_MARCH = dt.date(2026, 3, 11)


def _article(article_id: str, title: str, source: str, date: dt.date, text: str) -> Article:
    return Article(id=article_id, title=title, source=source, date=date, text=text)


BREACH = [
    _article(
        "breach1",
        "Selwick levee breaks; 800 homes evacuated",
        "Pioneer Ledger",
        APRIL,
        "The Selwick levee on the Marra River gave way on Sunday night, flooding the lower Tannery district."
        " About 800 homes were evacuated, county officials said. Flood coordinator Ilse Brannock said four"
        " people were missing and 2,350 residents had left.",
    ),
    _article(
        "breach2",
        "Marra River floods Tannery district after Selwick levee fails",
        "Riverside Post",
        APRIL,
        "Water poured through a breach in the Selwick levee late Sunday, and the Tannery district flooded within"
        " the hour. Flood coordinator Ilse Brannock said four people were missing, 800 homes evacuated and"
        " 2,350 residents gone.",
    ),
]
FIRE = [
    _article(
        f"fire{day}",
        "Fire guts Pier 9 warehouse in Ostrava Bay",
        source,
        NEXT_MARCH + dt.timedelta(days=day),
        "A fire gutted the Pier 9 cold-storage warehouse in Ostrava Bay. Fire Chief Arlo Venn said crews fought"
        " the blaze for six hours.",
    )
    for day, source in enumerate(["Harbor Gazette", "Coast Wire"])
]
# Backfilled eleven months on: the breach's story went stale long ago, and the grouper forgot it.
GERMAN = _article(
    "breach-de",
    "Dammbruch am Marra: 800 Häuser geräumt",
    "Tagesschau",
    APRIL + dt.timedelta(days=1),
    "Am Fluss Marra ist der Deich bei Selwick gebrochen. Rund 800 Häuser im Viertel Tannery wurden geräumt,"
    " 2.350 Bewohner mussten ihre Wohnungen verlassen. Nach Angaben der Koordinatorin Ilse Brannock werden vier"
    " Menschen vermisst.",
)


# Backfilled too, of another event by the same river: it shares two marks with the breach ("Marra", "800"), too few
# for a story told in another language (StoryGrouper.cross_language_marks), which in date order it never joins.
DRILL = _article(
    "drill-de",
    "Hochwasserübung am Marra: 800 Helfer im Einsatz",
    "Tagesschau",
    APRIL + dt.timedelta(days=1),
    "Am Fluss Marra haben rund 800 Helfer von Feuerwehr und Technischem Hilfswerk den Ernstfall geprobt. Die Übung"
    " war seit Monaten geplant, sagte ein Sprecher des Landratsamts.",
)


def _stories(path) -> dict[str, str]:
    with sqlite3.connect(path) as db:
        return dict(db.execute("SELECT article_id, story_id FROM assignments"))


def test_a_late_article_in_another_language_joins_the_story_the_store_gives_back(tmp_path):
    path = tmp_path / "news.db"
    with Store(path) as store:
        store.add_articles([*BREACH, *FIRE])
        store.add_articles([GERMAN])
    stories = _stories(path)
    assert stories["breach-de"] == stories["breach1"] == stories["breach2"]


def test_a_late_article_of_another_event_in_another_language_stays_apart_as_in_date_order(tmp_path):
    in_order = tmp_path / "in_order.db"
    with Store(in_order) as store:
        store.add_articles([*BREACH, DRILL, *FIRE])
    late = tmp_path / "late.db"
    with Store(late) as store:
        store.add_articles([*BREACH, *FIRE])
        store.add_articles([DRILL])
    for path in (in_order, late):
        stories = _stories(path)
        assert stories["drill-de"] not in {stories["breach1"], stories["fire0"]}
