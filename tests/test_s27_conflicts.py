"""Conflicts, session 27: a second count of one noun, an update told inside one article, plain round sums,
prison terms, a judge's misspelt name, the day of a sentencing, and an outlet's own corrected version."""

import datetime as dt

from storyweave.crosscheck import find_conflicts
from storyweave.model import Article, Conflict, Segmented
from storyweave.segment import segment


def _story(*articles: tuple[str, str, str], urls: tuple[str | None, ...] = ()) -> list[Segmented]:
    """Articles "a0", "a1", ... from (ISO date, outlet, text), with optional addresses."""
    return [
        segment(
            Article(
                id=f"a{index}",
                text=text,
                date=dt.date.fromisoformat(day),
                source=outlet,
                url=urls[index] if index < len(urls) else None,
            )
        )
        for index, (day, outlet, text) in enumerate(articles)
    ]


def _sides(conflict: Conflict) -> dict[str, set[str]]:
    return {p.value: set(p.articles) for p in conflict.positions}


_ABOARD = "The ferry Calloway Star ran aground off Pell Island on Saturday, and all 212 passengers were taken off safely."
_RESCUED = (
    "All 214 passengers aboard the Calloway Star were rescued after the ferry struck rocks near Pell Island."
)


def test_a_count_of_the_injured_does_not_hide_the_count_aboard():
    # The Herald's nine injured passengers made its 214 no longer its one count of passengers, so it met
    # nobody's 212 (QA10 ferry).
    for injured in (
        "Nine passengers suffered minor injuries.",
        "Nine passengers were treated for minor injuries.",
    ):
        docs = _story(
            ("2026-11-14", "Coastal Times", _ABOARD + " Nine people were treated for minor injuries."),
            ("2026-11-14", "Harlow Herald", f"{_RESCUED} {injured}"),
        )
        (conflict,) = find_conflicts(docs)
        assert _sides(conflict) == {"212": {"a0"}, "214": {"a1"}} and not conflict.update


def test_the_injured_are_no_count_of_those_aboard():
    docs = _story(
        ("2026-11-14", "Coastal Times", _ABOARD + " Nine passengers suffered minor injuries."),
        (
            "2026-11-14",
            "Harlow Herald",
            "All 212 passengers were rescued. Nine passengers were treated for minor injuries.",
        ),
    )
    assert find_conflicts(docs) == ()


def test_a_figure_changed_from_inside_one_article_is_an_update():
    docs = _story(
        (
            "2026-11-05",
            "Health Desk",
            "Castell Pharma is recalling 1.2 million bottles of its Norvane blood pressure tablets.",
        ),
        (
            "2026-11-06",
            "Business Ledger",
            "Castell Pharma on Friday expanded its recall of Norvane blood pressure tablets to 1.9 million bottles, "
            "a day after it recalled 1.2 million bottles over a nitrosamine impurity.",
        ),
    )
    (update,) = find_conflicts(docs)
    assert update.update and [p.value for p in update.positions] == ["1200000", "1900000"]
    assert _sides(update) == {"1200000": {"a0"}, "1900000": {"a1"}}


def test_two_recalls_with_no_change_stay_apart():
    # No verb says the count changed: the article knows two counts, and the other outlet's 1.2 million
    # is not contradicted.
    docs = _story(
        (
            "2026-11-05",
            "Health Desk",
            "Castell Pharma is recalling 1.2 million bottles of its Norvane tablets.",
        ),
        (
            "2026-11-05",
            "Business Ledger",
            "Castell Pharma recalled 1.9 million bottles of Norvane tablets, a day after it recalled 1.2 million "
            "bottles of Norvane tablets.",
        ),
    )
    assert all(conflict.update or "1200000" not in _sides(conflict) for conflict in find_conflicts(docs))


def _sum_story(first: str, second: str) -> list[Segmented]:
    third = (
        "A residents' group said it would seek a referendum on the plan. The group needs 12,000 signatures."
    )
    return _story(
        ("2026-11-14", "A", first + " Officials said the review would take weeks."),
        ("2026-11-14", "B", second + " Officials said the review would take weeks."),
        ("2026-11-15", "C", third),
    )


def test_plain_round_sums_that_do_not_round_each_other_conflict():
    # "£2 million" allowed up to £2.5 million (QA10 #4): a plain figure now agrees only with a figure it rounds.
    for first, second, values in [
        ("The council approved $180 million for the stadium.", "$185 million", ["180000000", "185000000"]),
        ("A Turner watercolour valued at £2 million was stolen.", "£2.5 million", ["2000000", "2500000"]),
        ("The storm caused damage estimated at $4 million.", "$4.2 million", ["4000000", "4200000"]),
    ]:
        figure = next(word for word in first.split() if word[0] in "$£")
        (conflict,) = find_conflicts(_sum_story(first, first.replace(f"{figure} million", second)))
        assert [p.value for p in conflict.positions] == values and not conflict.update


def test_a_sum_that_rounds_or_approximates_the_other_agrees():
    for first, second in [
        (
            "The storm caused damage estimated at about $4 million.",
            "The storm caused damage estimated at $4.2 million.",
        ),
        (
            "The bank took on $2.1 billion of debt in the deal.",
            "The bank took on $2.13 billion of debt in the deal.",
        ),
        (
            "The storm caused damage estimated at $4 million.",
            "The storm caused damage estimated at $4,000,000.",
        ),
    ]:
        assert find_conflicts(_sum_story(first, second)) == ()


_SENTENCED = (
    "Former Westbury mayor Gerald Pruitt was sentenced to seven years in prison on Friday for taking bribes."
)


def test_prison_terms_that_differ_conflict():
    docs = _story(
        ("2026-11-27", "Capital Times", _SENTENCED),
        (
            "2026-11-27",
            "Westbury Gazette",
            "Gerald Pruitt, the former mayor of Westbury, was jailed for eight years on Friday.",
        ),
        (
            "2026-11-27",
            "Daily Sentinel",
            "A former mayor who took bribes was jailed for seven years on Friday.",
        ),
    )
    (conflict,) = find_conflicts(docs)
    assert conflict.about == "prison term in years"
    assert _sides(conflict) == {"7": {"a0", "a2"}, "8": {"a1"}}


def test_a_minimum_term_is_no_prison_term():
    docs = _story(
        ("2026-11-27", "Capital Times", _SENTENCED + " He must serve at least four years before parole."),
        (
            "2026-11-27",
            "Westbury Gazette",
            "Pruitt was jailed for seven years on Friday. He must serve four years.",
        ),
    )
    assert find_conflicts(docs) == ()


def test_a_judge_misspelt_as_a_month_is_a_name_conflict():
    # Two outlets date payments "March 2021" and a hearing "3 March 2027": neither writes the judge "March".
    marsh = "Justice Eleanor Marsh said the former mayor had betrayed the town."
    docs = _story(
        (
            "2026-11-27",
            "Capital Times",
            f"{marsh} Pruitt received £412,000 between March 2021 and June 2023.",
        ),
        ("2026-11-27", "Law Journal", f"{marsh} A confiscation hearing was set for 3 March 2027."),
        ("2026-11-27", "Daily Sentinel", "Justice Eleanor March said he must serve at least four years."),
    )
    (conflict,) = [c for c in find_conflicts(docs) if c.kind == "name"]
    assert _sides(conflict) == {"Eleanor Marsh": {"a0", "a1"}, "Eleanor March": {"a2"}}


def test_the_day_of_a_sentencing_told_two_ways_conflicts():
    # Every outlet writes "sentenced", an everywhere-word of the story: it is still the verb that ties the
    # days (QA10 sentencing story).
    docs = _story(
        ("2026-11-27", "Capital Times", _SENTENCED),
        (
            "2026-11-27",
            "Law Journal",
            "Gerald Pruitt was sentenced to seven years in prison on Friday in Westbury.",
        ),
        (
            "2026-11-27",
            "Daily Sentinel",
            "Justice Eleanor Marsh sentenced Gerald Pruitt at Westbury Crown Court.",
        ),
        (
            "2026-11-27",
            "Radio",
            "The former mayor was sentenced for taking bribes. His co-accused developer will be sentenced in December.",
        ),
        (
            "2026-11-27",
            "Coast News",
            "Gerald Pruitt, who was mayor from 2018, was sentenced to seven years in prison on Thursday.",
        ),
    )
    (conflict,) = [c for c in find_conflicts(docs) if c.kind == "date"]
    assert _sides(conflict) == {"2026-11-27": {"a0", "a1"}, "2026-11-26": {"a4"}}


def test_an_outlets_corrected_version_is_its_update_not_a_side():
    # Valley Post's page said 34 injured, then 41 at the same address, the day's other outlets one each
    # (QA10 stadium crush): the 34 stays Northern Echo's alone, the Post's change is its own update.
    page = "https://valleypost.example/crush"
    crush = "A crush at Kellerman Park on Saturday injured {} people, police said."
    docs = _story(
        ("2026-11-28", "Northern Echo", crush.format(34)),
        ("2026-11-28", "Valley Post", crush.format(34)),
        ("2026-11-28", "Valley Post", crush.format(41)),
        ("2026-11-28", "Ashford Courier", crush.format(41)),
        urls=(None, page, page, None),
    )
    conflicts = find_conflicts(docs)
    (conflict,) = [c for c in conflicts if not c.update]
    assert _sides(conflict) == {"34": {"a0"}, "41": {"a2", "a3"}}
    (correction,) = [c for c in conflicts if c.update]
    assert [(p.value, set(p.articles)) for p in correction.positions] == [("34", {"a1"}), ("41", {"a2"})]


def test_two_pages_of_one_outlet_are_no_correction():
    crush = "A crush at Kellerman Park on Saturday injured {} people, police said."
    docs = _story(
        ("2026-11-28", "Northern Echo", crush.format(34)),
        ("2026-11-28", "Valley Post", crush.format(34)),
        ("2026-11-28", "Valley Post", crush.format(41)),
        ("2026-11-28", "Ashford Courier", crush.format(41)),
        urls=(None, "https://valleypost.example/a", "https://valleypost.example/b", None),
    )
    (conflict,) = find_conflicts(docs)
    assert _sides(conflict) == {"34": {"a0", "a1"}, "41": {"a2", "a3"}}


def test_a_sum_a_thing_is_worth_is_no_part_of_a_count():
    # "including" made the watercolour's value a part of the three paintings, so it met nothing (QA10 gallery).
    docs = _story(
        (
            "2026-11-09",
            "Brackley Chronicle",
            "Thieves stole three paintings from the Hallam Gallery overnight on Sunday, including a Turner "
            "watercolour valued at £2 million, police said.",
        ),
        (
            "2026-11-09",
            "Midlands News",
            "A Turner watercolour worth £2.5 million was among three paintings stolen.",
        ),
    )
    (conflict,) = find_conflicts(docs)
    assert _sides(conflict) == {"2000000": {"a0"}, "2500000": {"a1"}}
