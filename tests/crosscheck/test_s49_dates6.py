"""Session 49's sixth dates desk: the restated-day rule (``_with_restatements``) on articles of real length, which
write their story's names and key words in many sentences. The story's own words are those an article writes in
two of its sentences that date a happening, not in any two of its sentences; two acts of two actors that share the
story's words are two happenings."""

import pytest

from storyweave.crosscheck import find_conflicts
from tests.crosscheck.conftest import conflict_sides, outlet_story


def _date_conflicts(*articles: tuple[str, str, str]) -> list[dict[str, set[str]]]:
    return [conflict_sides(c) for c in find_conflicts(outlet_story(*articles)) if c.kind == "date"]


# Thursday 19 November 2026 and Friday 20 November 2026: Tuesday is the 17th, Wednesday the 18th.
@pytest.mark.parametrize(
    ("first", "second", "sides"),
    [
        # One launch, two verbs, names each article writes in four sentences or more.
        (
            (
                "2026-11-19",
                "A Tarvos rocket carrying the Kestrel-3 satellite lifted off from the Sable Harbour spaceport on "
                "Wednesday. Kestrel-3 is the largest communications satellite Norland has built. The Tarvos rocket "
                "has flown eleven times without a failure. Engineers at Sable Harbour cheered as the rocket cleared "
                "the tower. Kestrel-3 will serve ships in the northern seas. The Norland Space Agency said Kestrel-3 "
                "had separated from the rocket as planned.",
            ),
            (
                "2026-11-20",
                "Norland's Kestrel-3 communications satellite is in orbit after the Tarvos rocket blasted off from "
                "Sable Harbour spaceport on Tuesday morning. The Tarvos rocket is built by Norland's largest "
                "aerospace firm. Kestrel-3 took four years to build. Officials at Sable Harbour said the weather had "
                "been ideal. The satellite will unfold its antenna over the coming weeks. Kestrel-3 replaces an "
                "older satellite that failed last year.",
            ),
            {"2026-11-18": {"a0"}, "2026-11-17": {"a1"}},
        ),
        # One dam failure, two verbs, the dam and the village named throughout.
        (
            (
                "2026-11-19",
                "The Kariba tailings dam burst on Monday, sending a torrent of mud into the village of Sinde. "
                "Sinde's two hundred families have been moved to a school. The dam held waste from the Kariba "
                "copper mine. Residents of Sinde had warned about cracks in the dam. The mine's owner said the dam "
                "was inspected in spring. Rescue teams were still searching Sinde at dusk.",
            ),
            (
                "2026-11-19",
                "A tailings dam above Sinde collapsed before dawn on Tuesday, officials said. Mud buried the lower "
                "half of Sinde. The dam belongs to the Kariba copper mine. Families in Sinde said they heard a roar. "
                "Engineers will examine what is left of the dam. The Kariba mine has halted work.",
            ),
            {"2026-11-16": {"a0"}, "2026-11-17": {"a1"}},
        ),
    ],
)
def test_a_happening_restated_in_articles_that_repeat_their_names_conflicts(
    first: tuple[str, str], second: tuple[str, str], sides: dict[str, set[str]]
) -> None:
    assert sides in _date_conflicts((first[0], "Outlet 0", first[1]), (second[0], "Outlet 1", second[1]))


@pytest.mark.parametrize(
    "articles",
    [
        # Two reactions of two actors, the dated sentences alone writing "Chilean", "London" and "Pinochet".
        (
            (
                "2026-10-08",
                "Chilean exiles in London celebrated the arrest of Augusto Pinochet on Tuesday. The general had "
                "come to Britain for back surgery. Spain had asked for his detention. The Spanish judge Baltasar "
                "Garzon wants the general to stand trial. Garzon accuses him of the deaths of Spanish citizens. "
                "Rights groups praised Garzon.",
            ),
            (
                "2026-10-08",
                "Chilean officials in London protested the arrest of Augusto Pinochet on Wednesday. The former "
                "dictator is frail, his family said. Spain wants the general extradited. Judge Baltasar Garzon "
                "signed the warrant. The general's lawyers called Garzon's warrant illegal. Spain's government has "
                "not commented on Garzon.",
            ),
        ),
        # The same, each article writing the story's names in many sentences.
        (
            (
                "2026-10-08",
                "Chilean exiles in London celebrated the arrest of Augusto Pinochet on Tuesday. Pinochet, the "
                "former Chilean dictator, had been in London for back surgery. His arrest followed a Spanish "
                "warrant. Pinochet's lawyers said the arrest was illegal. The Chilean government has asked for his "
                "release. Human rights groups in London welcomed the arrest.",
            ),
            (
                "2026-10-08",
                "Chilean officials in London protested the arrest of Augusto Pinochet on Wednesday. Pinochet was "
                "detained at a London clinic where he was recovering from surgery. The arrest has strained "
                "relations between Chile and Britain. Pinochet's family said he was frail. Chilean ministers called "
                "the arrest an insult. The Spanish judge who sought the arrest has not commented.",
            ),
        ),
    ],
)
def test_two_actors_acts_in_articles_that_repeat_their_names_do_not_conflict(
    articles: tuple[tuple[str, str], ...],
) -> None:
    assert _date_conflicts(*((day, f"Outlet {i}", text) for i, (day, text) in enumerate(articles))) == []


def test_each_days_lead_dates_its_own_clause_not_the_others() -> None:
    # Each day's article leads with that day's news in the story's words; "Sunday" is the day the general remained
    # under guard, a clause that writes none of the words the leads share.
    assert (
        _date_conflicts(
            (
                "2026-10-10",
                "Outlet 0",
                "A senior lawmaker from the governing Civic Party on Saturday backed Spanish requests to question "
                "former Moravian dictator Gen. Anton Vesely, in London for surgery, on charges of torture. Vesely "
                "has denied the charges. Spain says Vesely ordered the torture of Spanish citizens. Vesely's family "
                "says he is too frail to travel. The Moravian government wants Vesely sent home. Rights groups say "
                "Vesely must face a court.",
            ),
            (
                "2026-10-11",
                "Outlet 1",
                "Gen. Anton Vesely, the former Moravian dictator held here at the request of a Spanish judge, "
                "remained confined under police guard Sunday, awaiting a hearing on charges of torture. Vesely's "
                "lawyers say the arrest was unlawful. Spain has until next week to file its papers. Vesely, 83, had "
                "back surgery this month. Moravian exiles have gathered outside the clinic. The Moravian government "
                "has protested to Britain.",
            ),
        )
        == []
    )
