"""A business desk's QA stories (session 33, /tmp/s33/qabiz): an earnings report's comparison with last year, a
plan's count told beside another act's day, and a change measured from a figure set off by a comma."""

from storyweave.crosscheck import build_timeline

from .conftest import dated_story, number_conflicts


def _sides(docs) -> list[list[str]]:
    return [[p.value for p in c.positions] for c in number_conflicts(docs)]


def test_a_per_share_figure_restating_a_comparison_is_of_the_compared_period():
    # Last year's $1.19 a share had stood against another outlet's adjusted $1.63 of this quarter.
    docs = dated_story(
        (
            "2026-10-28",
            "Net income was $612 million, or $1.47 a share, compared with $498 million, or $1.19 a share, in the"
            " same period last year.",
        ),
        (
            "2026-10-28",
            "Profit rose to $612 million, or $1.47 per share. Adjusted earnings came to $1.63 a share, above the"
            " consensus estimate of $1.55.",
        ),
    )
    assert _sides(docs) == []


def test_a_per_share_figure_restating_this_periods_sum_is_still_read():
    docs = dated_story(
        (
            "2026-10-28",
            "Net income was $612 million, or $1.47 a share, compared with $498 million a year earlier.",
        ),
        ("2026-10-29", "Net income was $612 million, or $1.74 a share, the company said."),
    )
    assert _sides(docs) == [["1.47", "1.74"]]


def test_a_plans_count_is_not_dated_by_another_acts_day():
    # The union's vote "on Wednesday" had made 1,400 that day's count, apart from the 1,200 told on Tuesday.
    docs = dated_story(
        (
            "2026-11-17",
            "Dunmore Motors said on Tuesday it would cut 1,200 jobs at its Kessington assembly plant as it moves"
            " production of its Ardent sedan to Mexico.",
        ),
        (
            "2026-11-18",
            "Workers at Dunmore Motors' Kessington plant voted overwhelmingly on Wednesday to strike over the"
            " company's plan to cut 1,400 jobs.",
        ),
    )
    assert _sides(docs) == [["1200", "1400"]]


def test_a_count_of_a_later_day_that_is_no_plan_stays_that_days():
    # As before: "cancelled 14 trains" told on the 18th is no count of the 19th's.
    docs = dated_story(
        ("2026-11-18", "Eurostar cancelled 14 trains because of the strike."),
        ("2026-11-19", "Eurostar cancelled 20 trains on Thursday because of the strike."),
    )
    assert _sides(docs) == []


def _timeline(*articles: tuple[str, str]) -> list[tuple[str, str]]:
    return [(event.date, event.event) for event in build_timeline(dated_story(*articles))]


def test_a_change_from_a_figure_set_off_by_a_comma_is_no_entry_of_its_date():
    assert (
        _timeline(
            ("2026-10-28", "Profit rose to $612 million, or $1.47 per share, from $498 million a year ago."),
            (
                "2026-10-28",
                "Net income was $612 million, or $1.47 a share, compared with $498 million, or $1.19 a share, in the"
                " same period last year.",
            ),
        )
        == []
    )
