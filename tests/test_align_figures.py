"""Figures are strong evidence both ways: outlets giving one precise figure in other words corroborate one
another, a sentence stating a fact inside a longer one supports it, and a sentence that counts the same
thing without the figure ("by a few hundred votes" for "by 212 votes") is no source for it."""

from storyweave.align import _anchors, align
from storyweave.model import Article
from storyweave.segment import segment


def _docs(*texts: str):
    return [segment(Article(f"a{n}", text, source=f"Outlet {n}")) for n, text in enumerate(texts)]


def _claim_outlets(docs, sentence, encoder) -> set[str]:
    return set(align(docs, encoder=encoder).sources_of(sentence))


def test_precise_figures_carry_their_unit():
    assert _anchors(
        "A 23% cut for 12,460 adults over 3.2 years from Dec. 8, at €84.2bn, in 2026; 14 of 31."
    ) == {
        "23%",
        "12460",
        "3.2",
        "dec-8",
        "€84.2billion",
    }
    # A month's name written in lower case is no date ("may 3 people").
    assert _anchors("They may 3 times a day") == frozenset()


def test_one_precise_figure_in_other_words_corroborates(encoder):
    # QA pass 12a F11 (held-out form): the update's start day, worded otherwise by two outlets, was listed
    # twice as one outlet's alone (encoder cosine 0.59, under the alignment threshold).
    docs = _docs(
        "Drivers will get a free software update over the air starting Dec. 8, the company said.",
        "Drivers do not need to visit a dealer: the update arrives over the air from Dec. 8.",
    )
    assert _claim_outlets(docs, docs[0].sentences[0], encoder) == {"a0", "a1"}
    # Another day is another fact, however alike the words.
    other_day = _docs(docs[0].article.text, docs[1].article.text.replace("Dec. 8", "Dec. 18"))
    assert _claim_outlets(other_day, other_day[0].sentences[0], encoder) == {"a0"}


def test_a_fact_inside_a_longer_sentence_is_stated_by_it(encoder):
    # QA pass 12a F11: "Brenovir cut hospitalizations by 41% ..." was one outlet's alone, though another
    # outlet says so inside a sentence about the trial's size too.
    docs = _docs(
        "Approval was based on a trial of 3,100 adults in which brenovir reduced hospitalizations by 41% "
        "compared with placebo.",
        "Brenovir cut hospitalizations by 41% compared with placebo.",
    )
    longer, shorter = docs[0].sentences[0], docs[1].sentences[0]
    assert _claim_outlets(docs, shorter, encoder) == {"a0", "a1"}
    # The shorter sentence does not state the trial's size: the longer one stays its outlet's alone.
    assert _claim_outlets(docs, longer, encoder) == {"a0"}
    # A longer sentence giving another figure states another fact.
    other = _docs(docs[0].article.text.replace("41%", "14%"), docs[1].article.text)
    assert _claim_outlets(other, other[1].sentences[0], encoder) == {"a1"}


def test_a_count_told_without_its_figure_is_no_source(encoder):
    # QA pass 12b: "Brenn leads Hart by 212 votes" cited an outlet saying "by a few hundred votes"; QA pass
    # 12a F3: "Confirmed cases ... have risen to 14, including nine deaths" cited "Uganda confirmed its first
    # case ...".
    votes = _docs(
        "The Social Democrat Oskar Brenn leads Selma Hart by 212 votes in Marrowfield East.",
        "In Marrowfield East, the Social Democrat Oskar Brenn led Selma Hart by a few hundred votes.",
    )
    assert _claim_outlets(votes, votes[0].sentences[0], encoder) == {"a0"}
    cases = _docs(
        "Confirmed cases of Marburg virus disease in Tanzania have risen to 14, including nine deaths, the "
        "World Health Organization said on Friday.",
        "Uganda confirmed its first case of Marburg virus disease on Saturday, a truck driver who had "
        "travelled from Kagera in Tanzania, the Ministry of Health said.",
    )
    assert _claim_outlets(cases, cases[0].sentences[0], encoder) == {"a0"}
    # The first meeting on another day is another fact (QA 12b's held-out council story); on the same day, told
    # otherwise, it is the same.
    meeting = _docs(
        "The new council of Elsby will hold its first meeting next Wednesday, the city clerk said.",
        "The new council of Elsby meets for the first time on October 14.",
    )
    assert _claim_outlets(meeting, meeting[0].sentences[0], encoder) == {"a0"}
    same_day = _docs(
        "The new council of Elsby will hold its first meeting on October 14, the city clerk said.",
        "The new council of Elsby meets for the first time on October 14.",
    )
    assert _claim_outlets(same_day, same_day[0].sentences[0], encoder) == {"a0", "a1"}


def test_a_figure_describing_a_name_is_no_evidence(encoder):
    # Dev (DUC 2003, Lockerbie): two outlets' sentences about different facts were one claim because both recall
    # why the sanctions were imposed, the bombing "in which 270 were killed" / "that killed 270 people".
    docs = _docs(
        "There are signs that the Libyan leader, Col. Moammar Gadhafi, might at last be close to accepting a "
        "compromise that could end the isolation imposed for his failure to hand over two suspects wanted in the "
        "bombing of Pan Am flight 103 over Lockerbie in 1988, in which 270 were killed.",
        "Farrakhan repeatedly has urged an end to the sanctions, which were imposed to try to force Gadhafi to "
        "surrender two Libyans wanted in the 1988 bombing of a Pan Am jetliner over Lockerbie, Scotland, that "
        "killed 270 people.",
    )
    assert _claim_outlets(docs, docs[1].sentences[0], encoder) == {"a1"}
    assert _anchors("A $120 fine, set after a 1998 bombing that killed 270 people, stays.") == {"$120"}
    assert _anchors("Outlets said 270 people were killed.") == {"270"}


def test_a_state_left_open_is_no_source_for_its_outcome(encoder):
    # QA12b 14: "... has not said how its 14 members will vote." was cited to an outlet saying "All 14 members
    # ... abstained.", a later state; two outlets leaving it open restate each other.
    docs = _docs(
        "The National Union Party of Viktor Halloran has not said how its 14 members will vote.",
        "All 14 members of Viktor Halloran's National Union Party abstained.",
        "Viktor Halloran's National Union Party has not said how its 14 members will vote on the budget.",
    )
    assert _claim_outlets(docs, docs[0].sentences[0], encoder) == {"a0", "a2"}
    assert _claim_outlets(docs, docs[1].sentences[0], encoder) == {"a1"}


def test_another_part_of_the_year_is_another_fact(encoder):
    # The qabiz QA merger story: "close in the first half of 2027" cited an outlet saying "the second half".
    halves = _docs(
        "The deal is expected to close in the first half of 2027, subject to approval by regulators.",
        "The companies said on Monday they expect the deal to close in the second half of next year.",
        "The deal, which is expected to close in the first half of next year, needs approval by regulators.",
    )
    assert _claim_outlets(halves, halves[0].sentences[0], encoder) == {"a0", "a2"}
