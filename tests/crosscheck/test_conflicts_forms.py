"""Conflicts told in other forms of a figure or a denial, and which differences are updates (QA8 #3, #4, #5, #12)."""

from __future__ import annotations

import datetime as dt

from storyweave.crosscheck import find_conflicts
from storyweave.model import Article, Segmented
from storyweave.segment import segment
from tests.crosscheck.conftest import dated_story, story

FRIDAY = "2026-11-13"


def _sides(docs: list[Segmented]) -> list[tuple[dict[str, set[str]], bool]]:
    """Each conflict's values with the articles of each, and whether it is an update."""
    return [({p.value: set(p.articles) for p in c.positions}, c.update) for c in find_conflicts(docs)]


def _outlet_story(*articles: tuple[str, str, str]) -> list[Segmented]:
    """Articles "a0", "a1", ... from (outlet, ISO date, text), in the order given."""
    return [
        segment(Article(id=f"a{index}", text=text, date=dt.date.fromisoformat(day), source=outlet))
        for index, (outlet, day, text) in enumerate(articles)
    ]


def test_a_sum_with_an_abbreviated_scale_is_read_whole():
    docs = story(
        "Council leader Fiona Ashworth said the initial estimate of the damage was £3.4m.",
        "Council leader Fiona Ashworth put the initial estimate of the damage at £3.4 million.",
        "Council leader Fiona Ashworth said the initial estimate of the damage was £4.3m.",
        dates=(FRIDAY, FRIDAY, FRIDAY),
    )
    # The outlet that writes "£3.4 million" stands with "£3.4m" (QA8 #12), not apart from it.
    assert _sides(docs) == [({"£3.4m": {"a0", "a1"}, "£4.3m": {"a2"}}, False)]


def test_abbreviated_counts_and_billions_are_read_and_a_metre_is_no_million():
    homes = story(
        "About 1.2k homes were flooded when the River Calder burst its banks on Tuesday.",
        "About 1,500 homes were flooded when the River Calder burst its banks on Tuesday.",
        dates=(FRIDAY, FRIDAY),
    )
    assert _sides(homes) == [({"about 1.2k": {"a0"}, "about 1,500": {"a1"}}, False)]
    fund = story(
        "Regulators said the collapse of the fund wiped out $2bn of savings.",
        "Regulators said the collapse of the fund wiped out $2 billion of savings.",
        dates=(FRIDAY, FRIDAY),
    )
    assert find_conflicts(fund) == ()
    walls = story(
        "Workers built a 5m wall along the river on Tuesday.",
        "Workers built a 4m wall along the river on Tuesday.",
        dates=(FRIDAY, FRIDAY),
    )
    assert find_conflicts(walls) == ()


def test_nearly_a_figure_is_not_about_a_much_smaller_one():
    differ = story(
        "About 1,200 homes were flooded when the River Calder burst its banks on Tuesday.",
        "Nearly 1,500 homes were flooded when the River Calder burst its banks on Tuesday.",
        dates=(FRIDAY, FRIDAY),
    )
    assert _sides(differ) == [({"about 1,200": {"a0"}, "nearly 1,500": {"a1"}}, False)]
    agree = story(
        "About 1,200 homes were flooded when the River Calder burst its banks on Tuesday.",
        "Nearly 1,200 homes were flooded when the River Calder burst its banks on Tuesday.",
        dates=(FRIDAY, FRIDAY),
    )
    assert find_conflicts(agree) == ()


def test_two_dozen_is_twenty_four():
    docs = story(
        "The tram derailed in Porto on Saturday, injuring two dozen passengers, officials said.",
        "The tram derailed in Porto on Saturday, injuring 23 passengers, officials said.",
        "The tram derailed in Porto on Saturday, injuring 24 passengers, officials said.",
        dates=("2026-11-21", "2026-11-21", "2026-11-22"),
    )
    # 23 stands against 24 printed the same day ("two dozen"): two accounts, no count that grew.
    assert _sides(docs) == [({"24": {"a0", "a2"}, "23": {"a1"}}, False)]


def test_a_time_with_no_day_is_its_articles_day_and_a_live_blog_stamp_times_nothing():
    docs = story(
        "06:45 GMT Long queues are forming at Dublin Airport after Aer Lumen's check-in systems went down "
        "at 05:30 GMT.",
        "Aer Lumen cancelled 210 flights on Friday after its check-in and booking systems failed at 04:30 GMT.",
        dates=(FRIDAY, FRIDAY),
    )
    assert [set(values) for values, _ in _sides(docs)] == [{"05:30 GMT", "04:30 GMT"}]


def test_denials_with_do_support_contradict_the_plain_past():
    docs = story(
        "St. Brendan paid the hackers a ransom in early September, two people said.",
        "St. Brendan did not pay the hackers a ransom, the company said.",
        dates=(FRIDAY, FRIDAY),
    )
    assert _sides(docs) == [({"paid": {"a0"}, "did not pay": {"a1"}}, False)]
    # A refusal then a decision is no denial of a plain past (DUC 2003 d31041t).
    decided = story(
        "The airline shut down after its unions refused to accept a cost-cutting plan in September.",
        "The union later decided to accept the plan, allowing the airline to resume flights.",
        dates=(FRIDAY, FRIDAY),
    )
    assert find_conflicts(decided) == ()
    # An act with no object says too little to contradict.
    vague = story(
        "The airline did not respond, a spokesman said.", "The airline responded.", dates=(FRIDAY, FRIDAY)
    )
    assert find_conflicts(vague) == ()


def test_a_subject_narrowed_by_a_preposition_keeps_its_head():
    docs = story(
        "Soldiers from the Yorkshire Regiment were deployed to help with sandbagging in Hebden Mill.",
        "Soldiers were not deployed to Hebden Mill, the Ministry of Defence said.",
        dates=(FRIDAY, FRIDAY),
    )
    assert _sides(docs) == [({"were deployed": {"a0"}, "were not deployed": {"a1"}}, False)]


def test_a_later_outlet_contradicting_a_past_fact_is_a_conflict_not_an_update():
    docs = dated_story(
        ("2026-11-13", "The airline says the outage was not caused by a cyberattack."),
        ("2026-11-14", "The outage was caused by a cyberattack, according to a source."),
    )
    assert _sides(docs) == [({"was not caused": {"a0"}, "was caused": {"a1"}}, False)]


def test_one_outlets_revision_is_an_update_and_two_outlets_figures_a_conflict():
    revised = _outlet_story(
        (
            "Irish Business Post",
            FRIDAY,
            "Aer Lumen cancelled 140 flights on Friday after its systems failed.",
        ),
        (
            "Irish Business Post",
            FRIDAY,
            "Aer Lumen cancelled 210 flights on Friday after its systems failed.",
        ),
        ("Euro Travel Wire", FRIDAY, "Aer Lumen cancelled 210 flights on Friday after its systems failed."),
    )
    assert _sides(revised) == [({"140": {"a0"}, "210": {"a1", "a2"}}, True)]
    # The outlet that said 140 never took it back: two outlets' figures of one day.
    disputed = _outlet_story(
        ("Dublin Live", FRIDAY, "Aer Lumen cancelled 140 flights on Friday after its systems failed."),
        ("Euro Travel Wire", FRIDAY, "Aer Lumen cancelled 210 flights on Friday after its systems failed."),
    )
    assert _sides(disputed) == [({"140": {"a0"}, "210": {"a1"}}, False)]
    denied = _outlet_story(
        ("Metro Wire", "2026-09-17", "Kerr met regulators twice in 2023, the court heard."),
        ("Metro Wire", "2026-09-19", "Kerr did not meet regulators in 2023, his lawyer said."),
    )
    assert _sides(denied) == [({"met": {"a0"}, "did not meet": {"a1"}}, True)]


def test_an_outlet_counting_the_same_people_by_another_noun_stands_on_their_side():
    docs = story(
        "Two dozen people were rescued by boat from houses on Mill Lane.",
        "About 1,200 homes were flooded and 24 residents were rescued by boat.",
        "Firefighters rescued 30 people by boat.",
        dates=("2026-11-04", "2026-11-04", "2026-11-04"),
    )
    assert _sides(docs) == [({"24": {"a0", "a1"}, "30": {"a2"}}, False)]
