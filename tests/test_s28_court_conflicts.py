"""Conflicts, session 28: court stories (prison terms written as compounds, told on two days, of co-defendants;
a judge's surname with another first letter) and a running count disputed on one day of its series."""

from storyweave.crosscheck import find_conflicts
from tests.crosscheck.conftest import GLENMOR_LANDSLIDE
from tests.crosscheck.conftest import conflict_sides as _sides
from tests.crosscheck.conftest import number_conflicts as _numbers
from tests.crosscheck.conftest import outlet_story as _story


def test_prison_terms_written_as_compounds_conflict():
    docs = _story(
        (
            "2026-11-13",
            "Wessex Mercury",
            "A quarry boss was handed a seven-year prison sentence at Exeter Crown Court on Thursday. "
            "Derek Hollins, 54, was convicted of manslaughter in September.",
        ),
        ("2026-11-13", "Devon Herald", "Derek Hollins was given a six-year prison sentence on Thursday."),
        ("2026-11-13", "Southwest Radio", "Derek Hollins, 54, has been jailed for seven years."),
    )
    (conflict,) = _numbers(docs)
    assert conflict.about == "prison term of Derek Hollins in years"
    assert _sides(conflict) == {"7": {"a0", "a2"}, "6": {"a1"}}


def test_a_term_and_a_half_is_read_whole():
    docs = _story(
        (
            "2026-11-20",
            "Harbour Times",
            "Alan Ferris was sentenced to eight and a half years in prison on Thursday.",
        ),
        (
            "2026-11-20",
            "City Ledger",
            "Alan Ferris, 66, was given an eight-and-a-half-year jail term on Thursday.",
        ),
        ("2026-11-20", "Capital Wire", "Alan Ferris, 66, was handed a nine-year sentence on Thursday."),
    )
    (conflict,) = _numbers(docs)
    assert _sides(conflict) == {"8.5": {"a0", "a1"}, "9": {"a2"}}


def test_a_term_of_office_and_a_suspended_sentence_are_no_prison_terms():
    docs = _story(
        ("2026-11-20", "Harbour Times", "Alan Ferris was jailed for four years on Thursday."),
        ("2026-11-20", "City Ledger", "Alan Ferris, who served a three-year term as port chief, was jailed."),
        ("2026-11-20", "Capital Wire", "Alan Ferris was given a two-year suspended sentence in 2015."),
    )
    assert _numbers(docs) == []


_COURT = (
    (
        "2026-10-14",
        "Norbury Gazette",
        "A former charity treasurer was jailed for ten years at Norbury Crown Court on Tuesday for stealing "
        "£312,000 from a children's hospice. Judge Harriet Coyle told Martin Ebdon, 61, that he had betrayed "
        "the families who trusted the charity.",
    ),
    (
        "2026-10-14",
        "Norbury Echo",
        "Martin Ebdon, 61, was jailed for ten years on Tuesday after stealing more than £300,000 from a "
        "children's hospice he helped run. Judge Harriet Coyle said the thefts had gone on for six years.",
    ),
    (
        "2026-10-14",
        "County Post",
        "A charity treasurer who stole £312,000 from a hospice was jailed for nine years on Wednesday. Judge "
        "Harriet Doyle told Martin Ebdon, 61, that his crimes were a grotesque breach of trust.",
    ),
)


def test_a_term_told_on_two_days_is_one_sentencing():
    # The days differ (Tuesday / Wednesday) and so do the first verbs ("stole" / "jailed"): still one
    # sentencing, whose term and day the outlets disagree on (/tmp/s27/conf10/held/court.jsonl).
    conflicts = find_conflicts(_story(*_COURT))
    by_kind = {c.kind: c for c in conflicts}
    (term,) = [c for c in conflicts if c.kind == "number"]
    assert term.about == "prison term of Martin Ebdon in years"
    assert _sides(term) == {"10": {"a0", "a1"}, "9": {"a2"}}
    assert _sides(by_kind["date"]) == {"2026-10-13": {"a0", "a1"}, "2026-10-14": {"a2"}}
    assert by_kind["date"].about == "when charity treasurer was jailed"


def test_a_judge_spelt_with_another_first_letter_is_a_name_conflict():
    (conflict,) = [c for c in find_conflicts(_story(*_COURT)) if c.kind == "name"]
    assert _sides(conflict) == {"Harriet Coyle": {"a0", "a1"}, "Harriet Doyle": {"a2"}}


def test_two_officers_of_one_rank_are_no_name_conflict():
    docs = _story(
        (
            "2026-11-20",
            "Harbour Times",
            "Detective Inspector Mark Hale of the Serious Fraud Office said the inquiry took four years.",
        ),
        (
            "2026-11-21",
            "Legal Daily",
            "Detective Inspector Ruth Dale, who led the Serious Fraud Office inquiry, said the money was hidden.",
        ),
    )
    assert [c for c in find_conflicts(docs) if c.kind == "name"] == []


def test_co_defendants_sentenced_on_two_days_do_not_conflict():
    # Each opening sentence names no one: its term is of the person the article names, not of the other's
    # co-defendant. The old code paired the 10 and 6 years.
    docs = _story(
        (
            "2026-09-16",
            "Leeds Post",
            "A drug dealer was jailed for ten years at Leeds Crown Court on Tuesday. Craig Wilby, 31, ran a "
            "county lines network from a flat in Harehills. Judge Anne Frost said he had exploited children.",
        ),
        (
            "2026-09-17",
            "Yorkshire Wire",
            "The driver who delivered drugs for a county lines gang was jailed for six years on Wednesday. "
            "Dean Ashby, 24, admitted supplying cocaine. Judge Anne Frost said he had been a willing courier.",
        ),
        (
            "2026-09-17",
            "Leeds Post",
            "Dean Ashby, who drove for Craig Wilby's gang, was jailed for six years on Wednesday. Wilby was jailed "
            "for ten years on Tuesday.",
        ),
        (
            "2026-09-16",
            "Radio Aire",
            "A man who ran a drugs network has been jailed. Craig Wilby was jailed for ten years.",
        ),
    )
    assert _numbers(docs) == []


def test_an_earlier_sentence_and_one_cut_on_appeal_are_other_terms():
    docs = _story(
        ("2026-11-03", "Midland Courier", "Joan Pryce, 52, was jailed for six years on Monday."),
        ("2026-11-03", "Black Country Star", "Joan Pryce was jailed for four years for theft in 2019."),
        (
            "2026-11-25",
            "Black Country Wire",
            "Joan Pryce, 52, had her six-year sentence reduced to four years by the Court of Appeal on Tuesday.",
        ),
    )
    assert _numbers(docs) == []


def test_a_count_disputed_on_its_first_day_shows_the_conflict_and_the_fall():
    # /tmp/s26/xcheck9b's landslide: 32 / 25 missing on day one, then 19 and 11; one conflict of four values
    # hid the fall.
    docs = _story(*GLENMOR_LANDSLIDE)
    (conflict,) = [c for c in _numbers(docs) if not c.update]
    (update,) = [c for c in _numbers(docs) if c.update]
    assert _sides(conflict) == {"at least 32": {"a0"}, "25": {"a3"}}
    assert [(p.value, set(p.articles)) for p in update.positions] == [
        ("at least 32 / 25", {"a0", "a3"}),
        ("19", {"a1"}),
        ("11", {"a2"}),
    ]
