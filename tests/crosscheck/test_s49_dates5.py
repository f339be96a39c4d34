"""Session 49's fifth dates desk: two outlets' sentences that restate each other (one name, three content stems that
are not the story's own) date one happening, whatever verb or noun tells it, on a weekday or in a month each
article counts from its own date; two happenings the timeline tells apart, repeats, plans, sayings and an outlet's
own correction are not one."""

import pytest

from storyweave.crosscheck import find_conflicts
from tests.crosscheck.conftest import conflict_sides, outlet_story


def _date_conflicts(*articles: tuple[str, str, str]) -> list[dict[str, set[str]]]:
    return [conflict_sides(c) for c in find_conflicts(outlet_story(*articles)) if c.kind == "date"]


# Thursday 8 October 2026: Monday is the 5th, Tuesday the 6th, Wednesday the 7th.
@pytest.mark.parametrize(
    ("first", "second", "sides"),
    [
        # A launch told by two verbs, from articles of two days, each counting its weekday from its own.
        (
            (
                "2026-10-07",
                "A Vega-C rocket carrying the Sentinel-9 weather satellite climbed away from the Kourou spaceport "
                "on Tuesday morning. Engineers said the satellite had unfolded its solar panels.",
            ),
            (
                "2026-10-08",
                "The Vega-C rocket with the Sentinel-9 satellite on board lifted off from Kourou on Wednesday, the "
                "European Space Agency said.",
            ),
            {"2026-10-06": {"a0"}, "2026-10-07": {"a1"}},
        ),
        (
            (
                "2026-10-10",
                "India's PSLV rocket blasted off from Sriharikota on Friday carrying the Oceansat-4 satellite.",
            ),
            (
                "2026-10-10",
                "The PSLV launch from Sriharikota on Thursday put Oceansat-4 into a polar orbit, ISRO said.",
            ),
            {"2026-10-09": {"a0"}, "2026-10-08": {"a1"}},
        ),
        # A regulator told, "last Thursday" / "last Friday".
        (
            (
                "2026-10-13",
                "Harlow Water notified the Drinking Water Inspectorate last Thursday of the contamination at its "
                "Elmsford plant.",
            ),
            (
                "2026-10-13",
                "The Drinking Water Inspectorate was informed of the Elmsford contamination by Harlow Water last "
                "Friday, the company confirmed.",
            ),
            {"2026-10-08": {"a0"}, "2026-10-09": {"a1"}},
        ),
        # A raid, by its verb and its noun in a phrase before the clause.
        (
            (
                "2026-10-11",
                "Armed police raided a farmhouse near Tregaron early Sunday and seized 40 kilograms of cocaine.",
            ),
            (
                "2026-10-12",
                "In a dawn raid early Saturday, officers seized cocaine worth millions at a farmhouse near Tregaron, "
                "Dyfed-Powys Police said.",
            ),
            {"2026-10-11": {"a0"}, "2026-10-10": {"a1"}},
        ),
        # Two words for one failure, from articles of two days.
        (
            (
                "2026-10-07",
                "The Kariba tailings dam burst on Monday, sending a torrent of mud into the village of Sinde.",
            ),
            ("2026-10-08", "A tailings dam above Sinde collapsed before dawn on Tuesday, officials said."),
            {"2026-10-05": {"a0"}, "2026-10-06": {"a1"}},
        ),
        # A verb and its noun of another stem; an ordinal joined to a superlative ranks, it tells no repeat.
        (
            (
                "2026-10-08",
                "Halden Bank and Nordvik Savings merged on Monday to form the country's fourth-largest lender.",
            ),
            (
                "2026-10-08",
                "The merger of Halden Bank and Nordvik Savings took effect on Tuesday, the regulator said.",
            ),
            {"2026-10-05": {"a0"}, "2026-10-06": {"a1"}},
        ),
        # A noun of a thing ("station") before the day is no phase of another happening.
        (
            (
                "2026-10-08",
                "A freight train derailed outside Kettering station on Wednesday morning, spilling grain.",
            ),
            (
                "2026-10-08",
                "Wagons of a freight train came off the rails outside Kettering station on Tuesday, scattering grain.",
            ),
            {"2026-10-07": {"a0"}, "2026-10-06": {"a1"}},
        ),
        # One noun on both sides.
        (
            ("2026-10-08", "The explosion at the Vantor chemical plant on Tuesday injured nine workers."),
            (
                "2026-10-09",
                "Nine workers were hurt in the explosion at Vantor's plant in Ludwigshafen on Wednesday.",
            ),
            {"2026-10-06": {"a0"}, "2026-10-07": {"a1"}},
        ),
        # A definite noun of a happening right before its day, with one name, however few other words are shared.
        (
            (
                "2026-10-08",
                "Investigators are examining the wreckage from the crash on Monday near Tromso. Both pilots died.",
            ),
            ("2026-10-08", "The crash on Sunday near Tromso killed both pilots of the air ambulance."),
            {"2026-10-05": {"a0"}, "2026-10-04": {"a1"}},
        ),
        # Months without a year, of articles a day apart.
        (
            (
                "2026-11-02",
                "A jury at Leeds Crown Court found Marcus Hale guilty of fraud in September. He will be sentenced "
                "next month.",
            ),
            (
                "2026-11-03",
                "Marcus Hale was convicted by a jury in October of defrauding pensioners of two million pounds.",
            ),
            {"2026-09": {"a0"}, "2026-10": {"a1"}},
        ),
        (
            ("2026-06-15", "The jury's verdict in April cleared the Orla Shipping chief of manslaughter."),
            (
                "2026-06-16",
                "Jurors acquitted the Orla Shipping chief executive of manslaughter in March after a six-week trial.",
            ),
            {"2026-04": {"a0"}, "2026-03": {"a1"}},
        ),
    ],
)
def test_restated_sentences_date_one_happening_on_two_days_or_months(
    first: tuple[str, str], second: tuple[str, str], sides: dict[str, set[str]]
) -> None:
    assert _date_conflicts((first[0], "Courier", first[1]), (second[0], "Review", second[1])) == [sides]


@pytest.mark.parametrize(
    "articles",
    [
        # A capture and a charge (two happenings the timeline tells apart), however much the sentences share.
        (
            (
                "2026-10-08",
                "Police arrested a 40-year-old man on Sunday after a fire at a warehouse in Salford.",
            ),
            (
                "2026-10-08",
                "The 40-year-old man was charged with arson over the Salford warehouse fire on Monday.",
            ),
        ),
        # A trial's opening and its verdict.
        (
            ("2026-11-02", "The trial of Marcus Hale opened at Leeds Crown Court in September."),
            ("2026-11-02", "A jury convicted Marcus Hale of fraud in October after a five-week trial."),
        ),
        # A second strike.
        (
            ("2026-10-08", "Rail workers at Tarvik staged a 24-hour strike on Monday over pay."),
            (
                "2026-10-08",
                "Rail workers at Tarvik walked out again in a second strike on Wednesday, after talks failed.",
            ),
        ),
        # A plan and what happened.
        (
            ("2026-10-05", "The Falcon 9 rocket is due to launch from Cape Canaveral on Tuesday."),
            (
                "2026-10-08",
                "The Falcon 9 rocket launched from Cape Canaveral on Wednesday after a one-day weather delay.",
            ),
        ),
        # An outlet's own correction.
        (
            (
                "2026-10-08",
                "The fire broke out at the Hove depot on Monday night, not Tuesday as reported earlier.",
            ),
            ("2026-10-08", "The fire at the Hove depot broke out on Monday night."),
        ),
        # Each article's own day's vigil: no name in the sentences but their first word.
        (
            (
                "2026-10-07",
                "Residents held a candlelight vigil for the victims on Tuesday outside the library.",
            ),
            (
                "2026-10-08",
                "Residents held a candlelight vigil for the victims on Wednesday outside the library.",
            ),
        ),
        # A sequence two days apart, however much the sentences share.
        (
            ("2026-10-08", "Residents of Kelvale were evacuated on Monday as the river Tarn rose."),
            ("2026-10-08", "Residents of Kelvale returned home on Wednesday as the river Tarn fell."),
        ),
        # Two crashes: the definite nouns name no one place.
        (
            ("2026-10-08", "Investigators are examining the wreckage from the crash on Monday near Tromso."),
            ("2026-10-08", "The crash on Sunday near Bodo killed both pilots of a cargo plane."),
        ),
        # A saying's day is not the day of what it tells.
        (
            (
                "2026-10-08",
                "Grenfell Police announced Wednesday they had arrested the Harbour Street gunman in Leith.",
            ),
            ("2026-10-08", "The Harbour Street gunman was arrested in Leith by Grenfell Police on Tuesday."),
        ),
    ],
)
def test_other_happenings_repeats_plans_corrections_and_sayings_do_not_conflict(
    articles: tuple[tuple[str, str], ...],
) -> None:
    assert _date_conflicts(*((day, f"Outlet {i}", text) for i, (day, text) in enumerate(articles))) == []


def test_words_each_article_repeats_are_the_storys_own_not_a_restatement() -> None:
    # "Pinochet", "London" and "arrest" are in two sentences of each article: the dated sentences share one word
    # besides ("Chilean"), too little to make them one statement.
    assert (
        _date_conflicts(
            (
                "2026-10-08",
                "Courier",
                "Pinochet was arrested in London on Monday night. Pinochet's lawyers called the arrest illegal. "
                "Chilean exiles in London celebrated Pinochet's arrest on Tuesday.",
            ),
            (
                "2026-10-08",
                "Review",
                "Pinochet was arrested in London on Monday night, and his arrest shocked Santiago. Chilean officials "
                "in London protested Pinochet's arrest on Wednesday.",
            ),
        )
        == []
    )
