"""A month's name that opens a person's name ("a day after June Halvorsen won") is no date.

Session 42's media-monitoring pass: the third outlet of a mayoral election wrote "a day after June Halvorsen won
54 percent of the vote". "after June" was read as a month alone, so the report's timeline had a "June 2026"
entry, and that outlet's 54 percent, dated June, no longer stood against another outlet's 52 percent of the
same Saturday: the conflict was lost. A month written alone before a capitalised word is read as the first word
of a name; with a comma after it ("In May, Congress ...") it is still a month.
"""

from storyweave.crosscheck import find_conflicts, read_story_facts
from tests.crosscheck.conftest import conflict_sides, dated_story, dates_on

_ELECTION = (
    (
        "2026-11-28",
        "June Halvorsen was elected mayor of Dunmere on Saturday, winning 54 percent of the vote. Halvorsen, a "
        "former school principal, defeated two-term incumbent Ray Tolliver. Turnout was 41 percent, the election "
        "office said.",
    ),
    (
        "2026-11-28",
        "Former school principal June Halvorsen won the Dunmere mayoral race on Saturday with 52 percent of the "
        "vote, unseating Ray Tolliver. Turnout was 41 percent.",
    ),
    (
        "2026-11-29",
        "Ray Tolliver conceded the Dunmere mayoral race on Sunday, a day after June Halvorsen won 54 percent of the "
        "vote. Tolliver said he would help with the handover.",
    ),
)


def test_a_month_before_a_capitalised_word_is_a_name_not_a_date():
    assert dates_on(
        "Tolliver conceded on Sunday, a day after June Halvorsen won the vote.", "2026-11-29"
    ) == ["2026-11-29"]
    assert dates_on("The council met in April Ryan's old office.", "2026-11-29") == []
    # A month alone is still one before other words, after a comma, and with a day or a year.
    assert dates_on("In May, Congress passed the bill.", "2026-11-29") == ["2026-05"]
    assert dates_on("The bridge was closed in June for repairs.", "2026-11-29") == ["2026-06"]
    assert dates_on("The bridge was closed in June. The town mourned.", "2026-11-29") == ["2026-06"]
    assert dates_on("The vote was held on June 5 in Dunmere.", "2026-11-29") == ["2026-06-05"]


def test_a_third_outlet_naming_the_winner_keeps_the_vote_share_conflict():
    docs = dated_story(*_ELECTION)
    # The story's reading of people and dates, as a report reads it.
    conflicts = [c for c in find_conflicts(docs, reading=read_story_facts(docs)) if not c.update]
    assert [conflict_sides(c) for c in conflicts] == [{"54": {"a0", "a2"}, "52": {"a1"}}]
