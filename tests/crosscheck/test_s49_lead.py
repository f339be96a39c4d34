"""Session 49's lead: a sentence that dates its act a known interval from another act ("signed the ordinance on
Thursday, a day after the council approved it") tells two happenings in order, so the restated-day rule
(``_with_restatements``) does not read it as an outlet's other day for the first."""

from storyweave.crosscheck import find_conflicts
from tests.crosscheck.conftest import conflict_sides, dated_story

# Thursday 15 and Friday 16 October 2026: Wednesday is the 14th, Thursday the 15th.
_VOTE = (
    "2026-10-15",
    "The Port Ellery City Council voted 9-4 late Wednesday to approve a light-rail line linking the downtown "
    "waterfront with the suburbs of Marlow Heights. The light-rail line will cost $1.3 billion. Supporters of the "
    "light-rail line packed the council chamber. The council's vote ends a decade of debate over the line. "
    "Opponents of the light-rail line said they would gather signatures for a referendum. Work on the line could "
    "start in 2028.",
)


def _date_conflicts(*articles: tuple[str, str]) -> list[dict[str, set[str]]]:
    return [conflict_sides(c) for c in find_conflicts(dated_story(*articles)) if c.kind == "date"]


def test_an_act_dated_a_day_after_another_is_no_restatement_of_it() -> None:
    signed = (
        "2026-10-16",
        "Mayor Celeste Navarro signed the light-rail ordinance on Thursday, a day after the City Council approved "
        "the light-rail line. The light-rail line links the waterfront with Marlow Heights. Navarro said the "
        "light-rail line would serve thousands of commuters. The council's approval followed years of debate. "
        "Port Ellery will now look for contractors for the line. Critics of the line plan a referendum.",
    )
    assert _date_conflicts(_VOTE, signed) == []


def test_the_same_act_told_on_another_day_still_conflicts() -> None:
    approved = (
        "2026-10-16",
        "The Port Ellery City Council approved the light-rail line to Marlow Heights on Thursday by a vote of 9-4. "
        "The light-rail line links the waterfront with Marlow Heights. Supporters of the light-rail line cheered "
        "in the council chamber. The council's approval followed years of debate. Port Ellery will now look for "
        "contractors for the line. Critics of the line plan a referendum.",
    )
    assert {"2026-10-14", "2026-10-15"} <= set().union(*_date_conflicts(_VOTE, approved))
