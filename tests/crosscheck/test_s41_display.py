"""Session 41 (display): a conflict's values as the climate desk's QA found them shown or missed.

Pins that a sum's figure keeps its currency sign in the Markdown and HTML reports, and is marked in its
sentence ("$300 billion", not a bare "300 billion" the sources never wrote), while the JSON value stays the
number; that "Mt" and "megatonnes" are million tonnes; that a year of a later relative clause does not date a
count ("196 countries agreed to a deal that commits ... by 2035"); and that a share in a state is labelled by
it ("fire contained, in percent").
"""

from storyweave.crosscheck import find_conflicts
from storyweave.model import Report, Summary
from storyweave.render._citations import value_spans
from storyweave.render.html import render_html
from storyweave.render.markdown import render_markdown

from .conftest import dated_story

PLEDGE = dated_story(
    ("2026-11-20", "Rich nations pledged $300 billion a year."),
    ("2026-11-20", "Rich nations pledged $250bn a year."),
)


def _pledge_report() -> Report:
    return Report(
        articles=tuple(doc.article for doc in PLEDGE),
        summary=Summary((), 120),
        conflicts=tuple(find_conflicts(PLEDGE)),
        sentences=tuple(s for doc in PLEDGE for s in doc.sentences),
    )


def test_a_sums_figure_keeps_its_currency_sign_where_shown() -> None:
    report = _pledge_report()
    [conflict] = report.conflicts
    assert [(p.value, p.unit) for p in conflict.positions] == [("300000000000", "USD"), ("$250bn", "USD")]
    markdown = render_markdown(report)
    assert "($300 billion vs $250bn)" in markdown
    assert "Rich nations pledged **$300 billion** a year." in markdown
    html = render_html(report)
    assert '<div class="value">$300 billion</div>' in html
    assert "<mark>$300 billion</mark>" in html


def test_megatonnes_are_million_tonnes() -> None:
    # "Mt" and "megatonnes" were no unit (an uppercase symbol; a noun of its own), so these never met.
    [conflict] = find_conflicts(
        dated_story(
            ("2026-11-20", "Valdoria emitted 530 million tonnes of carbon dioxide last year."),
            ("2026-11-20", "Valdoria emitted 545 Mt of carbon dioxide last year."),
        )
    )
    assert [(p.value, p.amount, p.unit) for p in conflict.positions] == [
        ("530000000", 530e6, "tonnes"),
        ("545 Mt", 545e6, "tonnes"),
    ]
    [conflict] = find_conflicts(
        dated_story(
            ("2026-11-20", "Valdoria emitted 530 Mt CO2e last year."),
            ("2026-11-20", "Valdoria emitted 545 megatonnes of CO2e last year."),
        )
    )
    assert [p.amount for p in conflict.positions] == [530e6, 545e6]


def test_the_same_mass_in_megatonnes_agrees_and_a_mountain_is_no_unit() -> None:
    assert not find_conflicts(
        dated_story(
            ("2026-11-20", "Valdoria emitted 530 million tonnes of carbon dioxide last year."),
            ("2026-11-20", "Valdoria emitted 530 Mt of carbon dioxide last year."),
        )
    )
    # "530 Mt Ossery stone" is stone of a mountain, no mass: had it been read, 530 and 545 million tonnes differed.
    assert not find_conflicts(
        dated_story(
            ("2026-11-20", "The quarry shipped 530 Mt Ossery stone last year."),
            ("2026-11-20", "The quarry shipped 545 million tonnes of stone last year."),
        )
    )


def test_a_year_of_a_later_relative_clause_does_not_date_a_count() -> None:
    # "by 2035" dates what the deal commits to, not the countries that agreed: the counts met no more.
    [conflict] = find_conflicts(
        dated_story(
            (
                "2026-11-23",
                "Negotiators from 196 countries agreed on Sunday to a climate deal that commits wealthy nations "
                "to provide $300 billion a year to developing countries by 2035.",
            ),
            ("2026-11-23", "The agreement, backed by 198 countries, was adopted after an all-night session."),
        )
    )
    assert [p.value for p in conflict.positions] == ["196", "198"]


def test_a_relative_clause_of_the_counted_noun_still_dates_its_count() -> None:
    assert not find_conflicts(
        dated_story(
            ("2026-11-23", "Some 196 countries that pledged in 2015 met again."),
            ("2026-11-23", "Some 198 countries met again."),
        )
    )


def test_a_share_in_a_state_is_labelled_by_that_state() -> None:
    [conflict] = find_conflicts(
        dated_story(
            ("2026-09-10", "The fire was 35% contained on Monday, officials said."),
            ("2026-09-10", "Crews had the fire 45 percent contained by Monday evening."),
        )
    )
    assert conflict.about == "fire contained, in percent"


def test_a_sum_written_with_dlrs_is_marked_whole() -> None:
    assert value_spans("payments on dlrs 2.1 billion of debt", "number", "2100000000") == [
        ("payments on ", False),
        ("dlrs 2.1 billion", True),
        (" of debt", False),
    ]
