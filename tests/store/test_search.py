"""The story list's search: any case, any accent, both ways."""

import datetime as dt
import sqlite3

import pytest

from storyweave.errors import StoryweaveError
from storyweave.group import StoryGrouper
from storyweave.model import Article
from storyweave.store import Store

from .conftest import rewind_schema


def titled(article_id, title, day):
    return Article(
        id=article_id, text=f"{title}. Story {article_id} " * 3, title=title, date=dt.date(2024, 5, day)
    )


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("istanbul", {"ist"}),
        ("İSTANBUL", {"ist"}),
        ("i̇stanbul", {"ist"}),  # Python's "İ".lower(): an "i" and a combining dot
        ("zurich", {"zur"}),
        ("Zürich", {"zur"}),
        ("malmö", {"mal"}),  # an accent the headline does not have
        ("malmo", {"mal"}),
        ("sao paulo", {"sao"}),
        ("SÃO paulo", {"sao"}),
        ("paulo são", {"sao"}),
        ("strassenbahn", {"str"}),  # whole words (QA6 #9): "strasse" is no word of the headline
        ("straßenbahn", {"str"}),
        ("αθηνα", {"ath"}),
        ("lodz", {"lod"}),  # letters Unicode does not split into a letter and a mark
        ("ŁÓDŹ", {"lod"}),
        ("diyarbakir", {"diy"}),
        ("zürich ferry", set()),
        ("\u0301", set()),  # an accent alone folds to no word: nothing matches, not everything
        ("  ", {"ist", "zur", "mal", "sao", "str", "ath", "lod", "diy"}),
    ],
)
def test_search_ignores_case_and_accents_both_ways(tmp_path, query, found):
    titles = {
        "ist": "İstanbul ferry strike",
        "zur": "Zürich airport closes",
        "mal": "Malmo derby postponed",
        "sao": "São Paulo floods",
        "str": "Straßenbahn Streik",
        "ath": "Αθήνα heatwave",
        "lod": "Łódź tram fire",
        "diy": "Diyarbakır curfew",
    }
    with Store(tmp_path / "db", grouper=StoryGrouper(threshold=5.0, merge_threshold=5.0)) as store:
        store.add_articles([titled(key, title, day) for day, (key, title) in enumerate(titles.items(), 1)])
        stories = store.find_stories(query=query).stories
    assert {story.article_ids[0] for story in stories} == found


def test_the_upgrade_folds_the_search_text_of_stored_stories(tmp_path):
    path = tmp_path / "db"
    with Store(path) as store:
        store.add_articles([titled("ist", "İstanbul ferry strike", 1)])
    rewind_schema(path, 2)
    with sqlite3.connect(path) as db:  # as schema 2 stored it: casefolded only
        db.execute("UPDATE story_rows SET search_text = ?", ("İstanbul ferry strike".casefold(),))
    with Store(path) as store:
        assert store.find_stories(query="istanbul").matched == 1


# More words than this are passed to SQLite as one JSON array (see _search_condition).
_MANY = 501


@pytest.mark.parametrize("padding", [0, _MANY])
@pytest.mark.parametrize(("query", "matched"), [("w1\0w2", 1), ("w1\0zzz", 0)])
def test_a_nul_parts_words_however_many_words_are_searched(tmp_path, query, matched, padding):
    # QA: past 500 words, "w1\0zzz" found "w1" (json_each ends a string at a NUL); up to 500 it found nothing.
    words = [f"w{n}" for n in range(padding)]
    with Store(tmp_path / "db") as store:
        store.add_articles([titled("many", " ".join(words or ["w1 w2"]), 1)])
        assert store.find_stories(query=" ".join([*words, query])).matched == matched


def test_a_search_or_story_id_that_is_not_utf8_finds_nothing(tmp_path):
    # QA: `storyweave stories --search` with a Latin-1 "Zürich" from the terminal (b"Z\xfcrich", which
    # Python gives as "Z\udcfcrich") was a UnicodeEncodeError traceback; so was `report --story`.
    with Store(tmp_path / "db") as store:
        store.add_articles([titled("zur", "Zurich airport closes", 1)])
        page = store.find_stories(query="Z\udcfcrich airport")
        assert (page.stories, page.matched, page.stored) == ((), 0, 1)
        with pytest.raises(StoryweaveError, match="no story"):
            store.story("s\udcff")
        with pytest.raises(StoryweaveError, match="no story"):
            store.story_articles("s\udcff")
