"""Session 30 (QA12a F13/F14, QA12b 10-13): a meeting agreed on, a deadline expected in a reported past and a
month's end look ahead; a count a saying reports dates its day on the timeline; "said NAME of the polling
company Civica" names the speaker; a partial quote credited to a named person is listed with them, also after
a verb that names something in its words ("called the agreement", "accused the government of")."""

from storyweave.crosscheck import build_timeline, find_quotes

from .conftest import dated_story, dates_on, story


def test_a_meeting_agreed_on_is_still_to_come():
    assert dates_on("The leaders agreed to meet again in Dravik in June.", "2026-11-27") == ["2027-06"]
    text = "Talks broke up on Wednesday, and the two sides agreed to meet again on Monday."
    assert dates_on(text, "2026-11-18") == ["2026-11-18", "2026-11-23"]


def test_an_agreement_to_pay_keeps_its_past():
    text = "The ministry agreed to pay a bonus in January, but the money arrived only in April."
    assert dates_on(text, "2026-11-16") == ["2026-01", "2026-04"]


def test_a_deadline_expected_in_a_reported_past_is_the_coming_day():
    text = (
        "The commission said the recount would start on Wednesday and that a result was expected by Friday."
    )
    assert dates_on(text, "2026-11-23") == ["2026-11-25", "2026-11-27"]


def test_a_deadline_expected_unreported_keeps_its_past():
    assert dates_on("A ruling was expected by Friday.", "2026-11-23") == ["2026-11-20"]


def test_the_end_of_a_month_is_a_date():
    assert dates_on("The first payment is to be made by the end of March.", "2026-11-27") == ["2027-03"]
    assert dates_on("Job openings soared to a record high at the end of April.", "2026-06-08") == ["2026-04"]


def test_a_past_deadline_at_a_months_end_takes_the_nearer_year():
    text = "The president announced plans to send 20 million doses abroad by the end of June."
    assert dates_on(text, "2026-05-17") == ["2026-06"]


def _timeline(*articles: tuple[str, str]) -> list[tuple[str, str]]:
    return [(event.date, event.event) for event in build_timeline(dated_story(*articles))]


def test_a_count_a_saying_reports_dates_its_day():
    events = _timeline(
        (
            "2026-11-14",
            "Confirmed cases of Marburg virus disease in Tanzania have risen to 14, including nine deaths, the"
            " World Health Organization said on Friday.",
        ),
        (
            "2026-11-20",
            "A vaccine trial will begin next week, the World Health Organization said on Friday, as confirmed"
            " cases in the outbreak rose to 31, with 17 deaths.",
        ),
    )
    assert (
        "2026-11-13",
        "… of Marburg virus disease in Tanzania have risen to 14, including nine deaths, the World …",
    ) in (events)
    assert ("2026-11-20", "… as confirmed cases in the outbreak rose to 31, with 17 deaths.") in events


def test_a_saying_of_no_count_or_of_a_measure_dates_nothing():
    assert (
        _timeline(
            ("2026-11-14", "The ministry said on Friday that schools would reopen soon."),
            ("2026-11-14", "Temperatures rose to 300 degrees in the cabin, investigators said on Thursday."),
        )
        == []
    )


def _quotes(*texts: str) -> list[tuple[str | None, str]]:
    return [(quote.speaker, quote.text) for quote in find_quotes(story(*texts))]


def test_a_speaker_of_a_body_named_after_its_kind():
    assert _quotes(
        '"We sampled too few rural polling stations," said Ivo Marten of the polling company Civica.'
    ) == [("Ivo Marten", "We sampled too few rural polling stations")]


def test_a_partial_quote_credited_to_a_named_person_is_listed():
    assert _quotes(
        'Liberal Alliance leader Tomas Brandt said the result would be remembered as "the night the government chose'
        ' spreadsheets over people".'
    ) == [("Tomas Brandt", "the night the government chose spreadsheets over people")]


def test_a_partial_quote_after_a_naming_verb_is_the_subjects():
    assert _quotes(
        'President Luka Danev, whose government had resisted limits on its dams, called the agreement "a compromise'
        ' that every farmer on the Eldan can live with".',
        'Opposition leader Tomas Brandt accused the government of "balancing the books on the backs of commuters".',
    ) == [
        ("Luka Danev", "a compromise that every farmer on the Eldan can live with"),
        ("Tomas Brandt", "balancing the books on the backs of commuters"),
    ]


def test_a_thing_called_by_a_quoted_name_is_no_ones_quote():
    assert _quotes('Mayor Ann Lee praised a method called "rolling blackouts for the whole city".') == []


def test_a_coming_deadline_something_is_expected_by_is_an_entry():
    events = _timeline(
        (
            "2026-11-23",
            "The commission said the recount would start on Wednesday and that a result was expected by Friday.",
        ),
        ("2026-11-27", "The first payment of the fund is to be paid by the end of March."),
    )
    assert [date for date, _ in events] == ["2026-11-25", "2026-11-27", "2027-03"]
    assert events[1][1].endswith("a result was expected by Friday.")
    assert events[2][1] == "The first payment of the fund is to be paid by the end of March."


def test_a_forecast_by_a_year_or_of_a_figure_is_no_deadline():
    assert (
        _timeline(
            ("2026-11-23", "Annual car sales are expected to reach 10 million by 2030."),
            (
                "2026-11-23",
                "The storm is expected to be 300 kilometers south of Hong Kong by Sunday afternoon.",
            ),
        )
        == []
    )
