"""Who said what, round 17: a given name before a state's or a country's name is a person's, and a quote whose
outlets spell its speaker two ways shows both spellings on the quote (QA7's chlorine-leak story)."""

import datetime as dt
import json
from dataclasses import replace

from storyweave.crosscheck import find_conflicts, find_quotes
from storyweave.crosscheck._people import People
from storyweave.crosscheck.names import SpeakerSpelling, SpeltSpeaker, spelt_speakers
from storyweave.model import Article, Conflict, Evidence, Position, Quote, Report, Summary
from storyweave.render import render
from storyweave.render._citations import quotes_by_speaker
from storyweave.segment import segment

from .conftest import story


def test_a_given_name_before_a_state_or_a_country_that_speaks_is_a_person():
    text = (
        "Brian France said he left his house with his dog. "
        '"I could see the orange glow over the ridge," France said. '
        "Chris Jordan told reporters the road was closed. "
        '"Half of our customers come across that bridge," said Denzel Washington.'
    )
    people = People(story(text))
    for name in ("Brian France", "Chris Jordan", "Denzel Washington"):
        assert people.is_person(name), name
    assert people.full_name("France") == "Brian France"
    assert [quote.speaker for quote in find_quotes(story(text))] == ["Brian France", "Denzel Washington"]


def test_a_name_written_on_its_own_or_an_airline_before_a_country_stays_no_person():
    # "Google said" writes the first word on its own: a company's name, not a given name. "Air" opens airlines'
    # names; "in Beijing" makes the first word a place's.
    text = (
        "Google Canada said the office would close. Google said 40 jobs would go. "
        "Air Canada said flights would resume. "
        "The ceremony was held in Beijing China on Friday. Beijing said it was a success."
    )
    people = People(story(text))
    for name in ("Google Canada", "Canada", "Air Canada", "Beijing China", "China"):
        assert not people.is_person(name), name


def test_air_opens_an_airline_before_a_country_only():
    # A dev speaker: "Air" is his surname.
    text = 'Captain Christopher Air spoke for the group. "We made a conscious decision," said Air.'
    assert [quote.speaker for quote in find_quotes(story(text))] == ["Christopher Air"]


def test_a_name_ending_in_a_state_that_never_speaks_stays_no_person():
    # No reporting verb, no title, age or role: "Corporate America", "Underdog Turkmenistan" (dev names).
    people = People(
        story("Underdog Turkmenistan also earned a second-round berth. Corporate America rebrands.")
    )
    assert not people.is_person("Underdog Turkmenistan")
    assert not people.is_person("Corporate America")


HALDANE = (
    "The plant's manager, Gretchen Haldane, said the cylinder had been inspected last month. "
    '"We will find out what went wrong with that valve," Haldane said.'
)
HOLDANE = (
    "Plant manager Gretchen Holdane said in an interview that the cylinder was inspected in October. "
    '"We will find out what went wrong with that valve," Holdane said.'
)


def _spelt_report() -> Report:
    articles = (
        Article("courier", HALDANE, date=dt.date(2026, 11, 11), source="Valley Courier"),
        Article("krtv", HOLDANE, date=dt.date(2026, 11, 12), source="KRTV News"),
    )
    docs = [segment(article) for article in articles]
    return Report(
        articles=articles,
        summary=Summary(sentences=(), word_budget=60),
        quotes=find_quotes(docs),
        conflicts=find_conflicts(docs),
        sentences=tuple(s for doc in docs for s in doc.sentences),
    )


def test_a_quote_whose_outlets_spell_its_speaker_two_ways_carries_the_other_spelling():
    report = _spelt_report()
    assert [(q.speaker, q.articles) for q in report.quotes] == [("Gretchen Haldane", ("courier", "krtv"))]
    assert spelt_speakers(report.quotes, report.conflicts) == [
        SpeltSpeaker("Gretchen Haldane", (SpeakerSpelling("Gretchen Holdane", ("krtv",)),))
    ]
    [group] = quotes_by_speaker(report.quotes, report.conflicts)
    assert group.spellings == ((SpeakerSpelling("Gretchen Holdane", ("krtv",)),),)
    html = render(report, "html")
    assert '<strong>Spelt</strong> <span class="speaker">Gretchen Holdane</span> by' in html


def test_no_spelling_is_shown_for_a_role_conflict_or_an_outlet_writing_the_speakers_spelling():
    report = _spelt_report()
    # A role's conflict names two people, not two spellings of one.
    roles = tuple(c for c in report.conflicts if not c.about.startswith("spelling of "))
    assert spelt_speakers(report.quotes, roles) == [SpeltSpeaker("Gretchen Haldane", ())]
    # An outlet that also writes the speaker's spelling is on its side.
    [conflict] = [c for c in report.conflicts if c.about.startswith("spelling of ")]
    haldane, holdane = conflict.positions
    both = replace(conflict, positions=(replace(haldane, articles=("courier", "krtv")), holdane))
    assert spelt_speakers(report.quotes, (both,)) == [SpeltSpeaker("Gretchen Haldane", ())]


def test_a_quote_only_the_rarer_spelling_carries_goes_under_the_name_most_outlets_write():
    texts = (
        'Transportation Secretary Dana Whitfield said the bridge would stay shut. "Not on a hunch," Whitfield said.',
        "Transportation Secretary Dana Whitfield said repairs would take six weeks.",
        'Transportation Secretary Dana Whitfeld told KTLV that crews would start next week. "This is a serious '
        'crack, but it is a repairable crack," Whitfeld said.',
    )
    docs = story(*texts)
    quotes, conflicts = find_quotes(docs), find_conflicts(docs)
    assert [q.speaker for q in quotes] == ["Dana Whitfield", "Dana Whitfeld"]
    [group] = quotes_by_speaker(quotes, conflicts)
    assert group.speaker == "Dana Whitfield"
    assert group.spellings == ((), (SpeakerSpelling("Dana Whitfeld", ("a2",)),))


def test_another_person_of_a_misspelt_surname_gets_no_spelling_of_it():
    # "Walt Pyke" in one outlet is Walt Pike's spelling, not his daughter Jenna Pike's.
    quote = Quote("He just wanted to see it", "Jenna Pike", ("a1",), ())
    evidence = (Evidence("a0", "a0#0", "Walt Pike"),)
    conflict = Conflict(
        "spelling of Pike",
        "name",
        (Position("Pike", ("a0",), evidence), Position("Walt Pyke", ("a1",), evidence)),
    )
    assert spelt_speakers([quote], [conflict]) == [SpeltSpeaker("Jenna Pike", ())]


def test_the_markdown_and_json_reports_show_the_other_spelling_on_the_quote():
    report = _spelt_report()
    assert "    - *Spelt* **Gretchen Holdane** *by* KRTV News [2]" in render(report, "md").splitlines()
    [quote] = json.loads(render(report, "json"))["quotes"]
    assert quote["speaker"] == "Gretchen Haldane"
    assert quote["speaker_spellings"] == [{"spelling": "Gretchen Holdane", "articles": ["krtv"]}]
