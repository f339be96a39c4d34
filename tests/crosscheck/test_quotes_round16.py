"""Round 16 (QA): title-only credits of another office, "said ORG title NAME", "the coalition said", and a
speaker's name as each outlet spells it."""

from __future__ import annotations

from storyweave.crosscheck import find_quotes

from .conftest import story

_LAW = "Nobody is above the law in this county, not a treasurer and not a mayor"


def _speakers(quotes):
    return sorted((q.speaker or "", q.articles) for q in quotes)


def test_a_title_only_credit_is_not_the_assistant_of_that_office():
    quotes = find_quotes(
        story(
            "District Attorney Ramon Velez said the verdict was just.",
            'Assistant District Attorney Karen Liu told reporters the case was strong. "'
            + _LAW
            + '," the district attorney said.',
        )
    )
    # The other outlet names the district attorney; the assistant holds another office.
    assert _speakers(quotes) == [("Ramon Velez", ("a1",))]


def test_a_title_only_credit_of_no_holder_is_unattributed():
    quotes = find_quotes(
        story(
            'Deputy Chief Executive Sunita Rao said crossings would go on. "Our offer is fair and it remains on the '
            'table," the chief executive said.'
        )
    )
    assert _speakers(quotes) == [("", ("a0",))]


def test_a_title_only_credit_prefers_the_exact_holder_in_the_article():
    quotes = find_quotes(
        story(
            "Health Minister Grace Adeyemi announced the closure. Deputy Health Minister Paul Kirwan said staff "
            'would move. "The overnight service will move to Castlebridge," the health minister said.'
        )
    )
    assert _speakers(quotes) == [("Grace Adeyemi", ("a0",))]


def test_a_description_inside_a_quotation_is_not_taken_from_other_outlets():
    # "The Transportation Minister asked me" is the director's words; the minister other outlets name is not
    # the speaker (dev duc2003-d30040t).
    quotes = find_quotes(
        story(
            "Transportation Minister Ariel Sharon ordered the airport closed.",
            "Workers refused the checks, according to Airport Authority Director Nir Yarkoni.\n"
            '"The Transportation Minister asked me to tell them that we will close the airport," he told reporters.',
        )
    )
    assert _speakers(quotes) == [("Nir Yarkoni", ("a1",))]


def test_said_organisation_lower_case_title_and_name():
    quotes = find_quotes(
        story(
            "Kofi Mensah has moved to Real Castellon. Castellon said on Tuesday it had paid a record fee.\n"
            '"Kofi is the kind of player who changes a dressing room," said Castellon sporting director Luis '
            'Ibarra.\n"He is a leader in every single way," said Castellon club president Marta Ruiz.'
        )
    )
    assert _speakers(quotes) == [("Luis Ibarra", ("a0",)), ("Marta Ruiz", ("a0",))]


def test_the_coalition_is_the_coalition_named_before():
    quotes = find_quotes(
        story(
            "The Fair Fares Coalition said in a statement that it condemned the violence. "
            '"This is a peaceful movement, and it will stay one," the coalition said.'
        )
    )
    assert _speakers(quotes) == [("Fair Fares Coalition", ("a0",))]
