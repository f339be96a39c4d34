from storyweave.crosscheck import build_timeline

from .conftest import story


def test_events_sorted_by_date_with_relative_dates_resolved():
    docs = story(
        "Teigen shared a touching photo on her Instagram stories on Saturday. In December she wrote an essay.",
        dates=("2021-02-21",),
    )
    timeline = build_timeline(docs)
    assert [e.date for e in timeline] == ["2020-12", "2021-02-20"]
    assert "touching photo" in timeline[1].event
    assert timeline[1].evidence[0].sentence_id == "a0#0"


def test_same_event_from_two_outlets_is_one_entry():
    docs = story(
        "Investigators from the state fire marshal's office arrived at the site on Thursday.",
        "On Thursday, investigators from the state fire marshal's office began combing the site.",
        dates=("2026-03-12", "2026-03-13"),
    )
    (event,) = build_timeline(docs)
    assert event.date == "2026-03-12"
    assert event.articles == ("a0", "a1")


def test_reporting_dates_and_quoted_relative_dates_are_not_events():
    docs = story(
        'Officials said on Wednesday that "today was a hard day" for the town.', dates=("2026-03-11",)
    )
    assert build_timeline(docs) == ()


def test_undated_article_gets_years_from_the_story_but_no_weekdays():
    docs = story(
        "Sept. 28 marked National Son Day. She cried on Saturday.",
        "The post went up on Wednesday.",
        dates=(None, "2021-09-29"),
    )
    dated = {e.date: e.articles for e in build_timeline(docs)}
    assert dated["2021-09-28"] == ("a0",)
    assert all(articles != ("a0",) or date == "2021-09-28" for date, articles in dated.items())


def test_long_sentence_is_cut_to_about_fifteen_words():
    docs = story(
        "After a long night of talks that went nowhere and left everyone tired, the council finally voted on "
        "Tuesday to close the old harbor bridge for repairs that could take many months to finish.",
        dates=("2026-03-12",),
    )
    (event,) = build_timeline(docs)
    assert len(event.event.replace("…", "").split()) <= 15
    assert "Tuesday" in event.event
