"""QA pass 8 #6 and #8: speakers after a place opener, an organisation with a particle, a street's resident and a
German title; surnames heard two ways that the story's evidence makes one person, and similar surnames of two."""

from __future__ import annotations

import pytest

from storyweave.crosscheck import find_quotes
from storyweave.crosscheck.names import find_name_conflicts

from .conftest import story


def _speakers(*texts: str) -> dict[str, str | None]:
    return {quote.text: quote.speaker for quote in find_quotes(story(*texts))}


def test_a_place_opening_the_sentence_is_no_speaker():
    speakers = _speakers(
        'Outside court, Detective Superintendent Grace Nolan said: "Today\'s verdict sends a clear message."\n\n'
        "Solari will be sentenced in December."
    )
    assert speakers == {"Today's verdict sends a clear message.": "Grace Nolan"}


def test_an_organisation_with_a_particle_before_the_role_names_the_speaker_and_her_next_paragraph():
    speakers = _speakers(
        '"The brakes had been inspected last month and passed," said Metro do Porto spokeswoman Inês Moura. '
        '"We will find out what happened.\n\n"Until then, we ask people not to speculate."\n\n'
        "Mayor Joaquim Seixas said the city would mourn."
    )
    assert set(speakers.values()) == {"Inês Moura"}
    assert "Until then, we ask people not to speculate." in speakers


def test_a_street_in_another_article_does_not_make_its_resident_a_street():
    speakers = _speakers(
        "The water simply went round them at Mill Lane, as every resident predicted it would.\n\n"
        "Graham Pettifer, who died in his cellar, delivered my post for thirty years.",
        "The agency did not issue a warning in time, said Mill Lane resident Carol Dineen. "
        '"We had no warning at all," she said.',
    )
    assert speakers == {"We had no warning at all": "Carol Dineen"}


@pytest.mark.parametrize(
    ("credit", "speaker"),
    [
        ("said Vorstandschefin Siobhán Creagh.", "Siobhán Creagh"),
        ("Oberbürgermeisterin Katrin Vogel told reporters.", "Katrin Vogel"),
        ("said Oberstaatsanwalt Dieter Krause.", "Dieter Krause"),
    ],
)
def test_a_german_title_is_not_part_of_the_name(credit, speaker):
    speakers = _speakers(f'"We are examining whether safety rules were broken," {credit}')
    assert list(speakers.values()) == [speaker]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The driver, Rui Tavares, 46, was taken to hospital with leg injuries, police said.",
            "The driver, Rui Taveira, 46, was treated in hospital, police said.",
        ),
        (
            "Magistrate Helen Quach set a two-day hearing at the Downing Centre Local Court.",
            "Magistrate Helen Kwan adjourned the case until Wednesday.",
        ),
        # One conflict, not a second about the role bound to both names.
        (
            "Chief executive Helen Quach said the airline would recover.",
            "Chief executive Helen Kwan said the airline would recover by Monday.",
        ),
        (
            "Driver Rui Tavares was taken to hospital with leg injuries, police said.",
            "Driver Rui Taveira was taken to hospital with leg injuries, police said.",
        ),
    ],
)
def test_a_surname_heard_two_ways_is_a_name_conflict_on_the_storys_evidence(first, second):
    conflicts = find_name_conflicts(story(first, second))
    assert [len(conflict.positions) for conflict in conflicts] == [2]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # Different given names: a prosecutor and a barrister.
        (
            "Prosecutor David Kwong said the fraud was deliberate.",
            "Barrister Sarah Kwon said her client denied every charge.",
        ),
        # The same given name, but different roles in different sentences.
        (
            "Yarra Bend mayor Tom Reid said the council had tightened its controls.",
            "Council auditor Tom Reed, who first raised the alarm, declined to comment.",
        ),
    ],
)
def test_similar_surnames_of_two_people_are_no_name_conflict(first, second):
    assert find_name_conflicts(story(first, second)) == ()
