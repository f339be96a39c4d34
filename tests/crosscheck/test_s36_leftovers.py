"""The business and sports desks' leftovers (session 36): a change told before its new level, a goal of a 1-0
match told as its only goal, and a line giving a match's minute cited only by the outlets giving it."""

from storyweave.align import align
from storyweave.model import Article
from storyweave.segment import segment

from .conftest import conflict_sides, dated_story, number_conflicts


def test_a_change_told_before_its_new_level_is_read():
    docs = dated_story(
        ("2026-09-15", "Ostmark's net profit rose 26% to 1.4 billion euros in the first half."),
        ("2026-09-15", "Ostmark's net profit rose 24% to 1.4 billion euros in the first half of the year."),
    )
    [conflict] = number_conflicts(docs)
    assert conflict.about == "net profit change in percent"
    assert conflict_sides(conflict) == {"26": {"a0"}, "24": {"a1"}}


def test_a_range_of_shares_is_still_no_change():
    docs = dated_story(
        ("2026-09-15", "Analysts expect net profit to rise 20% to 25% in the first half."),
        ("2026-09-15", "Analysts expect net profit to rise 24% in the first half."),
    )
    assert number_conflicts(docs) == []


def test_a_1_0_matchs_only_goal_is_its_winner():
    docs = dated_story(
        ("2027-05-17", "Captain Owen Hale scored the only goal in the 58th minute, turning in a low cross."),
        ("2027-05-17", "Owen Hale's 61st-minute winner gave Norbridge the title at Kingsmoor on Sunday."),
    )
    [conflict] = number_conflicts(docs)
    assert conflict.about == "minute of the winner"
    assert conflict_sides(conflict) == {"58": {"a0"}, "61": {"a1"}}


def test_a_line_giving_a_goals_minute_cites_no_outlet_giving_none(encoder):
    docs = [
        segment(Article(f"a{n}", text, source=f"Outlet {n}"))
        for n, text in enumerate(
            [
                "Owen Hale's 61st-minute winner gave Norbridge Athletic the Premier Division title at Kingsmoor.",
                "Norbridge Athletic won the Premier Division title with a 1-0 win at Kingsmoor.",
                "Hale's 61st-minute winner gave Norbridge Athletic the Premier Division title at Kingsmoor.",
            ]
        )
    ]
    alignment = align(docs, encoder=encoder)
    assert "a1" not in alignment.sources_of(docs[0].sentences[0])
    assert "a2" in alignment.sources_of(docs[0].sentences[0])
