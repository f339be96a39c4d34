"""Session 31: a short judgement quoted from a named speaker is listed with them, a scare quote or a term is
not; ... (see each test)."""

from storyweave.crosscheck import find_quotes

from .conftest import story


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
