"""Session 42's reader defects in speakers and timeline dates (the people helper's pass).

- A person whose first name is a month ('said April Thorne', "June Halvorsen won") is credited by the whole name,
  not the surname alone: the month before a capitalised word is the name's first word.
- A weekday "after a <event> on <weekday>" in a clause that gives a later day ("will reopen berths on Wednesday
  after a crane collapse on Sunday") is the weekday before that day, not the coming one.
- A participle naming the noun before it ("on March 1, also called Super Tuesday") tells no tense: the month-day
  of a plan told in the present takes the nearer year, the coming March.
- A weekday a word before it names ("Super Tuesday", "Black Friday") is no date.
- A quote two outlets word differently in its middle is credited whole only to the outlet whose words it shows;
  the other's wording is listed apart ("Worded otherwise"), as a part of it is ("In part"). The user's ferry story
  showed one outlet's planted '<script>alert(4)' words credited to both.
"""

from storyweave.crosscheck import find_quotes
from storyweave.crosscheck._people import find_names
from storyweave.model import Report, Summary
from storyweave.render import render, render_markdown
from tests.crosscheck.conftest import dated_story, dates_on


def test_a_given_name_that_is_a_month_stays_with_its_surname():
    names = [
        m.name for m in find_names('"We are ready," said April Thorne. June Halvorsen won the vote.', "a0")
    ]
    assert names == ["April Thorne", "June Halvorsen"]
    names = [m.name for m in find_names("August Wilmot called it fair, and May Corrigan agreed.", "a0")]
    assert names == ["August Wilmot", "May Corrigan"]


def test_a_quote_of_a_person_with_a_month_name_is_credited_to_the_whole_name():
    docs = dated_story(
        (
            "2026-11-30",
            '"Nobody should go to work and not come home safe," said April Thorne, a union official.',
        ),
        ("2026-11-30", '"Nobody should go to work and not come home safe," April Thorne told reporters.'),
    )
    assert [quote.speaker for quote in find_quotes(docs)] == ["April Thorne"]


def test_a_weekday_after_an_event_before_a_later_day_is_the_one_before_it():
    # 2026-12-01 is a Tuesday: the Wednesday to come, and the Sunday before it.
    sentence = "The port will reopen berths 4 to 6 on Wednesday after a crane collapse on Sunday."
    assert dates_on(sentence, "2026-12-01") == ["2026-12-02", "2026-11-29"]
    # A possessive weekday after "after" was read so already.
    assert dates_on("Rovers resume on Sunday after Friday's postponement.", "2026-12-05") == [
        "2026-12-06",
        "2026-12-04",
    ]


def test_a_naming_participle_after_a_date_tells_no_tense():
    sentence = "Tennessee is among the states holding their primaries on March 1, also called Super Tuesday."
    assert dates_on(sentence, "2015-10-03")[0] == "2016-03-01"
    # A participle with its own object or preposition is still a verb of the past.
    assert dates_on("The vote on March 1, called for by the unions, passed.", "2015-10-03") == ["2015-03-01"]


def test_a_weekday_named_by_the_word_before_it_is_no_date():
    sentence = "Tennessee is among the states holding their primaries on March 1, also called Super Tuesday."
    assert dates_on(sentence, "2015-10-03") == ["2016-03-01"]
    assert dates_on("Shoppers queued on Black Friday, and they left on Friday.", "2015-11-30") == [
        "2015-11-27"
    ]


_CORRIGAN = (
    (
        "2026-12-01",
        '"The council will pay for the repairs in full, and nobody will lose a shift," said May Corrigan, the '
        "council leader.",
    ),
    (
        "2026-12-01",
        '"The council will pay for the repairs in full, and no docker will lose a shift," May Corrigan said.',
    ),
)


def _quotes_report(*articles: tuple[str, str]) -> Report:
    docs = dated_story(*articles)
    quotes = find_quotes(docs)
    return Report(articles=tuple(doc.article for doc in docs), summary=Summary((), 100), quotes=quotes)


def test_outlets_that_word_a_quote_otherwise_are_listed_apart():
    report = _quotes_report(*_CORRIGAN)
    markdown = render_markdown(report)
    assert (
        "  - “The council will pay for the repairs in full, and no docker will lose a shift” — Outlet 1 [2]\n"
        "    - *Worded otherwise:* “The council will pay for the repairs in full, and nobody will lose a shift”"
        " — Outlet 0 [1]"
    ) in markdown
    page = render(report, "html")
    assert page.count("<strong>Worded otherwise:</strong>") == 1


def test_an_outlet_that_printed_the_quote_without_its_first_word_printed_part_of_it():
    report = _quotes_report(
        ("2026-11-25", '"The company has given us nothing in two years," said union leader Corwin Ashdale.'),
        ("2026-11-25", '"Frankly, the company has given us nothing in two years," Corwin Ashdale said.'),
    )
    markdown = render_markdown(report)
    assert "  - “Frankly, the company has given us nothing in two years” — Outlet 1 [2]\n" in markdown
    assert "    - *In part:* “The company has given us nothing in two years” — Outlet 0 [1]" in markdown
