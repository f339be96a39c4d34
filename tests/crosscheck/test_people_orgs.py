"""Organisations named after a saint, a mountain or a place are no people (QA7's hospital-breach story)."""

from storyweave.crosscheck import find_conflicts, find_quotes
from storyweave.crosscheck._people import People

from .conftest import story

HOSPITAL = (
    "St. Brendan Health, a hospital network with nine hospitals across Ohio and Indiana, said on Tuesday that "
    "hackers had stolen patient records. "
    '"We deeply regret this incident," chief information officer Raymond Achebe said. '
    "Consumer advocate Lena Park of Patient Rights Ohio urged patients to freeze their credit. "
    '"Do not wait for the letter," Park said. St. Brendan said it did not pay a ransom.'
)


def test_a_hospital_after_st_and_a_group_ending_in_a_state_are_no_people():
    people = People(story(HOSPITAL))
    for name in ("Brendan Health", "Brendan", "Health", "Rights Ohio", "Ohio"):
        assert not people.is_person(name), name
    assert people.is_person("Lena Park")
    assert people.is_person("Raymond Achebe")
    assert [quote.speaker for quote in find_quotes(story(HOSPITAL))] == ["Raymond Achebe", "Lena Park"]


def test_saint_and_mount_open_an_organisation_and_mount_is_a_titled_surname():
    text = (
        "Saint Columba Health said on Monday it would close the clinic. Saint Columba said 40 jobs would go. "
        "Mount Hope Academy said it had changed its rules. "
        "Dr. Patrick Mount, the clinic's only doctor, said he had not been told. "
        '"Nobody from the hospital ever asked us about this," Mount said.'
    )
    people = People(story(text))
    for name in ("Saint Columba Health", "Columba Health", "Columba", "Mount Hope Academy", "Hope Academy"):
        assert not people.is_person(name), name
    assert people.full_name("Mount") == "Patrick Mount"
    assert [quote.speaker for quote in find_quotes(story(text))] == ["Patrick Mount"]


def test_a_state_or_country_ends_an_organisation_but_a_described_surname_or_a_given_name_stays():
    text = (
        "Clean Water Michigan said the state had known about the plume since 2024. "
        "Air Canada said flights would resume. "
        "Georgia Patel, the group's policy director, said families were never warned. "
        "Jordan Ellis, 44, said his children drink bottled water. "
        'State Rep. James Jordan said he would call hearings. "Somebody made a choice," Jordan said.'
    )
    people = People(story(text))
    for name in ("Clean Water Michigan", "Water Michigan", "Michigan", "Air Canada", "Canada"):
        assert not people.is_person(name), name
    for name in ("Georgia Patel", "Jordan Ellis", "James Jordan"):
        assert people.is_person(name), name
    assert [quote.speaker for quote in find_quotes(story(text))] == ["James Jordan"]


def test_an_undescribed_name_ending_in_a_state_is_a_person_when_a_given_name_speaks():
    # With no title, age or role, "<given name> <state>" is a person's when it speaks ("Denzel Washington
    # said", round 17); one that never speaks stays no person's, as "Hyde Park" stays a place.
    people = People(story("Rose Ohio said the vote was unfair. Rose Ohio, 52, a nurse, said it again."))
    assert people.is_person("Rose Ohio")
    assert People(story("Rose Ohio said the vote was unfair.")).is_person("Rose Ohio")
    assert not People(story("Rose Ohio was on the ballot.")).is_person("Rose Ohio")


def test_a_count_told_beside_an_organisation_is_not_scoped_to_a_person():
    # Before, "Ohio" (of "across Ohio") was read as the person "Rights Ohio" and "St. Brendan Health" as the
    # person "Brendan Health": two counts about different people are two facts, so the outlets' 40 and 60 nurses
    # were never compared (QA7's 1.2 / 2.1 million patients).
    conflicts = find_conflicts(
        story(
            "St. Brendan Health, a hospital network across Ohio and Indiana, said on Tuesday that it laid off "
            "40 nurses at its Dayton hospital.",
            "St. Brendan Health laid off 60 nurses at its Dayton hospital on Tuesday, the network said. "
            "Consumer advocate Lena Park of Patient Rights Ohio urged nurses to appeal.",
        )
    )
    assert [[p.value for p in c.positions] for c in conflicts] == [["40", "60"]]


def test_a_surname_that_is_a_state_stays_a_person_by_a_middle_name_after_a_title_or_a_who():
    # Two dev people: "U.S. Lt. Col. Steven Lee Jordan" and 'said Montana, who was then in his 30s'.
    text = (
        "U.S. Lt. Col. Steven Lee Jordan will be tried by a military court, the Army announced. "
        "Tony Montana told a newspaper that the actor confronted him at a pub. "
        '"He grabbed me hard and nobody had ever done that to me," said Montana, who was then in his 30s. '
        "Voters in Texas, who backed the measure, were not asked."
    )
    people = People(story(text))
    assert people.is_person("Steven Lee Jordan")
    assert people.full_name("Montana") == "Tony Montana"
    assert not people.is_person("Texas")
    assert [quote.speaker for quote in find_quotes(story(text))] == ["Tony Montana"]
