"""Session 36, the stream's cost: a batch asks once which of its articles repeat a text stored before them."""

import datetime as dt

from storyweave.group import NearDuplicateIndex, StoryGrouper
from storyweave.model import Article
from storyweave.store import Store

WIRE = (
    "The Vell dam breached on Monday, flooding two villages and forcing hundreds of residents from their "
    "homes, officials said. Engineers said the spillway had been clogged with debris for weeks."
)
OTHER = (
    "The central bank held its main interest rate at 4.5 percent on Thursday, saying inflation had eased "
    "faster than expected over the summer while wage growth stayed strong in most of the service sector."
)

LEAGUE = (
    "The league postponed Saturday's match after heavy snow left the pitch unplayable, and said a new date "
    "would be agreed with both clubs and the broadcaster in the coming week."
)


def test_only_articles_whose_text_was_stored_before_them_are_asked_for_the_version_they_copy(tmp_path):
    articles = [
        Article("ap-1", WIRE, source="Associated Press", url="https://ap.example/1"),
        Article("bank", OTHER, source="Reuters"),
        Article("star-9", WIRE, source="Valley Star", url="https://star.example/9"),
    ]
    with Store(tmp_path / "db") as store:
        store.add_articles(articles)
        assert Store._text_stored_before(store._db, ["ap-1", "bank", "star-9"]) == {"star-9"}
        (story,) = [story for story in store.stories() if "ap-1" in story.article_ids]
        assert story.duplicates == (("star-9", "ap-1"),)


def test_a_copy_after_the_index_forgot_its_version_joins_the_story_of_its_text(tmp_path):
    """Found by its text in the same batch as other articles, whose text is new."""
    day = dt.date(2024, 3, 1)
    grouper = StoryGrouper(keep_history=False, dedup=NearDuplicateIndex(window_days=5))
    with Store(tmp_path / "db", grouper=grouper) as store:
        store.add_articles(
            [Article("ap-1", WIRE, source="Associated Press", url="https://ap.example/1", date=day)]
        )
        store.add_articles([Article("bank", OTHER, source="Reuters", date=day + dt.timedelta(days=30))])
        late = Article("star-9", WIRE, source="Valley Star", url="https://star.example/9", date=day)
        other = Article("league", LEAGUE, source="AFP", date=day + dt.timedelta(days=30))
        assert store.add_articles([late, other]).duplicates == 1
        assert store.story_of(late) == store.story_of(Article("ap-1", WIRE))
