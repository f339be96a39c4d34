"""Short summaries open with the story's lead; a line words a fact as most outlets do; the CLI marks disputed lines.

QA7 findings #10 and #11: a 40- or 60-word summary of a chlorine leak opened with the mayor's review of alerts
or with one outlet's later count of the injured, and summaries chose "Delia Okonkwa" (1 outlet of 4) over
"Delia Okonkwo". The stories are QA7's, trimmed.
"""

import datetime as dt

import pytest
from click.testing import CliRunner

from storyweave import api
from storyweave.api import _prepare
from storyweave.cli import main
from storyweave.model import Article
from storyweave.summarizer import SummaryOptions, select, select_aligned
from tests.conftest import summary_claims


def _article(article_id: str, source: str, date: str, text: str) -> Article:
    return Article(article_id, text, source=source, date=dt.date.fromisoformat(date))


LEAK = [
    _article(
        "courier",
        "Valley Courier",
        "2026-11-11",
        "A chlorine gas leak at the Dunmore municipal water treatment plant sent 23 people to hospital on Tuesday "
        "and forced the evacuation of about 400 homes on the east side of the city, fire officials said.\n"
        "The leak began shortly after 2:40 p.m. when a valve on a one-ton chlorine cylinder failed during a "
        "routine delivery, according to Fire Chief Marcus Obi.\n"
        '"The cloud drifted east with the wind, and we made the call to clear every street within half a mile," '
        'Obi told reporters at a briefing outside the plant. "Nobody was killed, and that is because people '
        'listened."\n'
        "Most of those taken to Dunmore General Hospital were treated for coughing and eye irritation and "
        "released by evening, a hospital spokeswoman said. Two plant workers remained in serious condition.\n"
        "The plant's manager, Gretchen Haldane, said the cylinder had been inspected last month.\n"
        "Residents were allowed to return home at about 9 p.m. The city said tap water was never contaminated "
        "and remains safe to drink.\n"
        "The state Department of Environmental Quality said it would open an investigation on Thursday.",
    ),
    _article(
        "wire",
        "Northwest Wire",
        "2026-11-11",
        "About 400 homes in Dunmore were evacuated on Tuesday after chlorine gas escaped from a cylinder at the "
        "city's water treatment plant, and 23 people were taken to hospital, authorities said.\n"
        "Fire Chief Marcus Obi said a valve failed as a one-ton cylinder was being unloaded from a supplier's "
        "truck at about 2:40 p.m.\n"
        '"The cloud drifted east with the wind, and we made the call to clear every street within half a mile," '
        "Obi said.\n"
        "Two plant employees were in serious condition on Wednesday, officials said. The others were treated "
        "for breathing problems and released.\n"
        "Plant manager Gretchen Haldane said the cylinder had passed an inspection last month.\n"
        "The supplier, Cascade Chemical Supply, said in a statement that it was cooperating with investigators. "
        "Mayor Lorna Petrakis thanked firefighters and said the city would review its emergency alert system "
        "after some residents complained they never received a text warning.\n"
        "The evacuation order was lifted at about 9 p.m.",
    ),
    _article(
        "krtv",
        "KRTV News",
        "2026-11-12",
        "Two workers at the Dunmore water treatment plant remained in hospital on Wednesday, a day after a "
        "chlorine leak that officials now say sent 32 people for treatment.\n"
        "The leak happened on Monday afternoon when a valve on a chlorine cylinder failed, according to the fire "
        "department. Fire Chief Marcus Obi said the number of people treated had risen as residents came "
        "forward with symptoms overnight.\n"
        "A spokesperson for the state Department of Environmental Quality said investigators would arrive at "
        "the plant on Thursday.\n"
        "Mayor Lorna Petrakis said she had asked the city manager to report by next Monday on why emergency "
        "text alerts reached only some residents.",
    ),
    _article(
        "herald",
        "Portland Herald",
        "2026-11-12",
        "State environmental regulators said on Wednesday they will investigate the chlorine leak that forced "
        "hundreds of Dunmore residents from their homes on Tuesday, as questions mounted about the cylinder's "
        "supplier.\n"
        "The Department of Environmental Quality said its inspectors would be at the water plant on Thursday. "
        "Spokesman Ian Whitcombe said the agency would examine the valve and the delivery records of Cascade "
        "Chemical Supply, the company that brought the cylinder.\n"
        "Fire Chief Marcus Obi said 23 people were treated at Dunmore General Hospital.\n"
        "The evacuation lasted about six hours, officials said.\n"
        "Mayor Lorna Petrakis said the city would review its emergency alert system.",
    ),
]
# The event itself: what happened, where, when, as the first day's outlets opened.
LEAK_LEAD = "courier#0"

STRIKE = [
    _article(
        "metro",
        "Metro Standard",
        "2026-10-18",
        "Bus and tram drivers in Harlow City returned to work on Sunday after their union accepted a new "
        "contract, ending a strike that had shut down public transit for three days.\n"
        "Members of the Amalgamated Transit Workers Local 212 voted 1,184 to 402 on Saturday to approve a deal "
        "that raises wages by 4.5 percent a year over three years, union president Delia Okonkwo said.\n"
        '"Our members held the line, and this contract shows it," Okonkwo said.\n'
        "The strike began on Wednesday, leaving about 310,000 daily riders to find other ways to work.\n"
        "Transit authority chief executive Paul Brandt said full service would resume by Monday morning.",
    ),
    _article(
        "post",
        "Harlow Post",
        "2026-10-18",
        "Transit drivers in Harlow City voted on Saturday to end their strike, and buses were running again on "
        "Sunday.\n"
        "The new three-year contract gives drivers raises of 4.5 percent a year, according to Delia Okonkwo, "
        "president of Local 212 of the Amalgamated Transit Workers.\n"
        '"Our members held the line, and this contract shows it," Okonkwo said at the union hall after the '
        "vote.\n"
        "The walkout, which started on Wednesday, stranded about 310,000 riders a day. Paul Brandt, chief "
        "executive of the Harlow Transit Authority, said the authority expected full service on Monday.",
    ),
    _article(
        "capital",
        "Capital News Service",
        "2026-10-19",
        "Union members approved the deal on Saturday by a vote of 1,184 to 402. Service resumed on Sunday.\n"
        "Harlow Transit Authority chief executive Paul Brandt said the agreement would cost about $41 million "
        "over three years.\n"
        "The strike began on Wednesday, October 14. About 310,000 people ride Harlow's buses and trams each "
        "weekday.\n"
        "Delia Okonkwo, the union's president, said drivers would now push for more safety screens on buses.",
    ),
    _article(
        "riverside",
        "Riverside Bulletin",
        "2026-10-17",
        "Harlow City's striking transit drivers will vote on Saturday on a tentative contract reached late on "
        "Friday, the union said, raising hopes that buses and trams could run again by the weekend.\n"
        "Delia Okonkwa, president of Amalgamated Transit Workers Local 212, said the deal included annual raises "
        "of 4.5 percent over three years. She did not give other details.\n"
        "The strike, which began on Wednesday, has left about 310,000 daily riders scrambling.\n"
        "Paul Brandt, chief executive of the Harlow Transit Authority, confirmed the tentative agreement.\n"
        "State mediator Frances Iwu said talks had lasted 19 hours.",
    ),
]


@pytest.fixture(scope="module")
def leak():
    return _prepare(LEAK)


@pytest.fixture(scope="module")
def strike():
    return _prepare(STRIKE)


@pytest.mark.parametrize("words", [40, 60])
def test_a_short_summary_holds_the_event_the_first_reports_opened_with(leak, words):
    chosen = [s.id for s in select(leak.docs, SummaryOptions(words=words), leak.terms)]
    assert LEAK_LEAD in chosen, f"{words} words without the leak itself: {chosen}"


def test_the_shortest_summary_opens_with_the_lead_not_the_later_news():
    """The starting code's 40 words: the inquiry, the mayor's review of alerts and the fire chief's count."""
    lines = api.summarize(LEAK, words=40).summary.sentences
    assert lines and lines[0].sentence_id == LEAK_LEAD


def test_above_the_short_budgets_the_lead_rule_leaves_the_selection_as_it_was(leak):
    """The dev sets' budgets (100-250 words) are past ``lead_words``: their summaries do not move."""
    for words in (100, 120):
        ruled = select(leak.docs, SummaryOptions(words=words), leak.terms)
        unruled = select(leak.docs, SummaryOptions(words=words, lead_words=0), leak.terms)
        assert ruled == unruled


@pytest.mark.parametrize("words", [40, 60, 120])
def test_a_name_is_spelled_as_most_outlets_spell_it(strike, words):
    chosen, _ = select_aligned(strike.docs, SummaryOptions(words=words), strike.terms, summary_claims(strike))
    text = " ".join(s.text for s in chosen)
    assert "Okonkwa" not in text, f"one outlet's spelling at {words} words: {text}"
    assert sum(len(s.text.split()) for s in chosen) <= words


def test_without_the_majority_rule_the_one_outlet_spelling_is_chosen(strike):
    """The case the rule fixes: the variant's bigrams are one article's and tip the choice to it."""
    options = SummaryOptions(words=40, majority_wording=False)
    chosen, _ = select_aligned(strike.docs, options, strike.terms, summary_claims(strike))
    assert "Okonkwa" in " ".join(s.text for s in chosen)


@pytest.mark.parametrize(
    ("first", "second", "one_name"),
    [
        ("okonkwa", "okonkwo", True),
        ("renfro", "renfrew", True),
        ("morsi", "mursi", True),
        ("russia", "russian", False),  # a word and its derivative
        ("kurdistan", "kurdish", False),
        ("solvang", "solberg", False),
        ("biden", "baden", True),
        ("iran", "iraq", False),  # short words one letter apart name two things
        ("haldane", "holdane", True),
    ],
)
def test_spellings_of_one_name(first, second, one_name):
    from storyweave.summarizer import _spellings_of_one_name

    assert _spellings_of_one_name(first, second) is one_name


def test_cli_summary_marks_a_line_that_states_one_side_of_a_conflict(tmp_path):
    story = tmp_path / "strike"
    story.mkdir()
    for article in STRIKE:
        (story / f"{article.id}.txt").write_text(
            f"date: {article.date.isoformat()}\nsource: {article.source}\n\n{article.text}\n",
            encoding="utf-8",
        )
    result = CliRunner().invoke(main, ["summarize", str(story), "--words", "120"])
    assert result.exit_code == 0, result.output
    summary = result.output.split("\n## ")[0]
    assert "*(disputed: " in summary and "; see Conflicts)*" in summary
    assert "## Conflicts and updates" in result.output
