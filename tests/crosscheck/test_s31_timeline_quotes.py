"""Session 31: a short phrase quoted as a named speaker's judgement is listed with them, a scare quote, a term or
another subject's phrase is not; a decision someone will make by a day is an upcoming timeline entry; a count stated
as it stands is dated by its article when another article of another day gives it another figure."""

from storyweave.crosscheck import build_timeline, find_quotes

from .conftest import dated_story, story


def _quotes(*texts: str) -> list[tuple[str | None, str]]:
    return [(quote.speaker, quote.text) for quote in find_quotes(story(*texts))]


def test_a_short_judgement_the_speaker_names_is_listed():
    assert _quotes(
        'Opposition councillor Dev Khanna called the plan "reckless and cruel".',
        'Engineer Tomasz Wrobel, who led the inspection, described the damage as "worse than expected" but said'
        " there was no immediate danger of collapse.",
        'Celebrity chef Brian Turner called Dickson Wright a "very intelligent lady".',
        'School counselor Maria Morales said Kameron was "a kind soul."',
    ) == [
        ("Dev Khanna", "reckless and cruel"),
        ("Tomasz Wrobel", "worse than expected"),
        ("Brian Turner", "very intelligent lady"),
        ("Maria Morales", "a kind soul."),
    ]


def test_a_short_judgement_of_a_speaker_told_by_a_pronoun_is_listed():
    assert _quotes(
        'Council leader Miriam Osei spoke to reporters on Monday. She called the cracks "deeply worrying".'
    ) == [("Miriam Osei", "deeply worrying")]


def test_a_short_phrase_that_is_no_judgement_of_the_speaker_is_not_listed():
    assert (
        _quotes(
            'Dev Khanna said the council\'s so-called "value for money" review had ignored the bridge.',
            'Manolo Aquino said the airline has prepared a "stand alone" rehabilitation plan.',
            'They moved to suspend the vote until Arafat declared "all-out war" on terrorism, according to Cabinet'
            " Secretary Danny Naveh.",
            "The senators urged special counsel Robert Mueller to review it, an accusation the president has labeled"
            ' "fake news."',
            'Miriam Osei dismissed the rumours as "nonsense".',
            'Earlier in the day, Ulf Noren had said it was a "50-50" chance that the fire was arson.',
            'Mayor Roberto Cordova announced a "tourism revival campaign" of Pichilemu.',
        )
        == []
    )


def test_a_pronoun_after_two_people_named_gives_no_short_judgement():
    assert (
        _quotes(
            "Fidel Castro had just finished breakfast with King Juan Carlos of Spain in a city hotel. He said the"
            ' case seemed to be "unprecedented and unusual."'
        )
        == []
    )


def _timeline(*articles: tuple[str, str]) -> list[tuple[str, str]]:
    return [(event.date, event.event) for event in build_timeline(dated_story(*articles))]


def test_a_decision_someone_will_make_by_a_day_is_an_upcoming_entry():
    assert _timeline(
        (
            "2026-11-23",
            "The council will decide by Friday whether to order emergency repairs or a full replacement.",
        ),
        (
            "2026-11-24",
            "Osei said the council would decide by Friday whether to repair or replace the bridge.",
        ),
        (
            "1998-11-30",
            "PAL will submit a plan to the Securities and Exchange Commission by Dec. 7.",
        ),
    ) == [
        (
            "1998-12-07",
            "PAL will submit a plan to the Securities and Exchange Commission by Dec. 7.",
        ),
        (
            "2026-11-27",
            "The council will decide by Friday whether to order emergency repairs or a full replacement.",
        ),
    ]


def test_a_coming_state_by_a_day_is_no_deadline():
    assert (
        _timeline(
            ("2021-05-06", "The garden will be in full bloom by Sunday, as it always is on Mother's Day."),
            ("1998-10-08", "Members are eager to get home by Monday to campaign."),
            ("1998-10-21", "Cardoso said the package could be announced by Oct. 20."),
        )
        == []
    )


def test_a_count_stated_as_it_stands_is_dated_by_its_article_when_another_day_changes_it():
    assert _timeline(
        ("2026-11-24", "Three schools on the east bank were shut.\n\n1,200 pupils are out of school."),
        ("2026-11-25", "About 1,500 pupils are now out of school, the county education office said."),
    ) == [
        ("2026-11-24", "1,200 pupils are out of school."),
        ("2026-11-25", "About 1,500 pupils are now out of school, the county education office said."),
    ]


def test_a_count_no_other_day_changes_is_no_entry():
    assert (
        _timeline(
            ("2026-11-24", "1,200 pupils are out of school. About 14,000 vehicles a day cross the bridge."),
            ("2026-11-25", "1,200 pupils are still out of school. The bridge remains closed."),
        )
        == []
    )


def test_people_in_another_state_are_no_change_of_a_count():
    assert (
        _timeline(
            ("1998-10-23", "Another 102 people were injured by flying debris in Sorsogon province."),
            (
                "1998-10-25",
                "Nearly 400,000 people were forced out of their homes, disaster relief officials said.",
            ),
        )
        == []
    )
