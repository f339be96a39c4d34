"""A claim cites no outlet whose sentence shares its names and figures but states another fact: a count of
the same things given otherwise, another day, an opposite outcome, a denial. Restatements still carry it."""

import datetime as dt

import pytest

from storyweave.align import align
from storyweave.model import Article
from storyweave.segment import segment


def _docs(*texts: str):
    return [segment(Article(f"a{n}", text, source=f"Outlet {n}")) for n, text in enumerate(texts)]


def _cited(*texts: str, center: int = 0) -> set[str]:
    """The articles cited for the first sentence of text ``center``, as a summary sentence and in the claims."""
    docs = _docs(*texts)
    sentence = docs[center].sentences[0]
    cited = {align(docs, centers=[sentence.id]).sources_of(sentence)}
    cited.add(align(docs).sources_of(sentence))
    assert len(cited) == 1, cited
    return set(cited.pop())


def test_a_count_keyed_by_a_modifier_still_meets_the_count_it_modifies():
    # QA: "after 14 fires were reported" cited an outlet whose article says "11 battery fires".
    fourteen = (
        "Voltrane is recalling 48,000 Cityglide e-bikes because their batteries can overheat, the company "
        "announced on Tuesday, after 14 fires were reported by owners."
    )
    eleven = (
        "Voltrane on Tuesday recalled 48,000 of its Cityglide e-bikes after reports that the battery packs "
        "can overheat and catch fire. The company said it had received reports of 11 battery fires."
    )
    assert _cited(fourteen, eleven) == {"a0"}
    # An article that counts the fires the same way still corroborates it.
    assert _cited(fourteen, eleven.replace("11 battery", "14 battery")) == {"a0", "a1"}


def test_a_member_linked_through_another_member_is_no_source_for_a_figure_it_contradicts(encoder):
    # QA: the line "... after 14 fires were reported by owners." cited an outlet giving "$37 million" and no
    # fires; it had joined through a third outlet's lead that gives neither figure.
    docs = _docs(
        "Electric bike maker Voltrane Mobility on Tuesday recalled 48,000 of its Cityglide 3 e-bikes after "
        "reports that the battery packs can overheat and catch fire while charging.",
        "Voltrane Mobility is recalling 48,000 Cityglide 3 electric bicycles because their batteries can "
        "overheat, the company announced on Tuesday, after 14 fires were reported by owners.",
        "Voltrane Mobility's recall of 48,000 Cityglide 3 e-bikes, announced on Tuesday, will cost the company "
        "an estimated $37 million, according to figures the company filed with regulators on Thursday.",
    )
    fourteen, lead = docs[1].sentences[0], docs[0].sentences[0]
    assert align(docs, centers=[fourteen.id], encoder=encoder).sources_of(fourteen) == ("a1", "a0")
    # The lead, which gives neither figure, is stated by all three.
    assert set(align(docs, encoder=encoder).sources_of(lead)) == {"a0", "a1", "a2"}


@pytest.mark.parametrize(
    ("head", "other"),
    [
        # QA: the men trapped on Monday, rescued on Wednesday.
        (
            "Rescuers brought all nine trapped miners out alive on Wednesday, two days after a tunnel collapse "
            "at the Kestrel Ridge mine killed six of their colleagues.",
            "Six miners were killed and nine were trapped when a tunnel collapsed at the Kestrel Ridge mine on "
            "Monday morning, the owner said.",
        ),
        # QA: a line that reopened, and one that will stay closed.
        (
            "The line between Aldwick and Carrow reopened on Tuesday morning after engineers replaced the track.",
            "The line between Aldwick and Carrow will stay closed until next Tuesday while the track is replaced.",
        ),
        # QA: an arrest, and a search for the same men.
        (
            "Police in Lindermark arrested two men on Tuesday in connection with the theft of four gold "
            "snuffboxes from the Verhoeven Museum.",
            "Police in Lindermark are searching for two men after four gold snuffboxes were stolen from the "
            "Verhoeven Museum.",
        ),
    ],
)
def test_a_sentence_stating_another_outcome_is_no_source(head: str, other: str):
    assert _cited(head, other) == {"a0"}
    assert _cited(head, other, center=1) == {"a1"}


@pytest.mark.parametrize(
    ("head", "other"),
    [
        (
            "Police in Lindermark arrested two men on Tuesday in connection with the theft of four gold "
            "snuffboxes from the Verhoeven Museum.",
            "Two men were detained by Lindermark police on Tuesday over the theft of four gold snuffboxes from "
            "the Verhoeven Museum, officials said on Wednesday.",
        ),
        (
            "The line between Aldwick and Carrow reopened on Tuesday morning after engineers replaced the track.",
            "Trains between Aldwick and Carrow ran again from Tuesday morning once engineers had replaced the track.",
        ),
        (
            "The two hikers who went missing on Mount Calvo on Friday were found alive on Sunday.",
            "Rescue teams found the two hikers missing on Mount Calvo alive on Sunday morning.",
        ),
        (
            "Greve did not concede the race, his campaign manager said on Friday.",
            "Greve has not conceded the race, his campaign manager said.",
        ),
        (
            "The company said it had received reports of 11 battery fires, two of which caused minor burns.",
            "The company has received reports of 11 fires, and two owners were treated for minor burns.",
        ),
    ],
)
def test_a_restatement_in_other_words_still_carries_the_sentence(head: str, other: str):
    assert _cited(head, other) == {"a0", "a1"}


def test_a_sentence_adding_a_count_of_something_else_still_carries_the_sentence():
    # The second outlet adds the soldiers killed, which the first counts otherwise elsewhere: it still states
    # that three civilians were killed (dev, Multi-News).
    assert _cited(
        "Three Israeli civilians have been killed in the current round of fighting. So have 64 soldiers.",
        "Fifty-six Israeli soldiers and three civilians have been killed in the current round of fighting.",
    ) == {"a0", "a1"}


def _cited_dated(head: str, other: str, encoder) -> set[str]:
    """The articles cited for ``head`` (an article of 18 Nov 2026) beside ``other`` (one of the same day)."""
    docs = [
        segment(Article(f"a{n}", text, source=f"Outlet {n}", date=dt.date(2026, 11, 18)))
        for n, text in enumerate((head, other))
    ]
    sentence = docs[0].sentences[0]
    cited = {
        align(docs, centers=[sentence.id], encoder=encoder).sources_of(sentence),
        align(docs, encoder=encoder).sources_of(sentence),
    }
    assert len(cited) == 1, cited
    return set(cited.pop())


def test_a_plan_for_another_month_is_no_source(encoder):
    # QA pass 12: the drugmaker's filing "in January" cited an outlet that says it will file "in March".
    january = (
        "Halvorsen Pharma, which funded the trial, said it would ask the US Food and Drug Administration for "
        "approval in January."
    )
    march = (
        "Halvorsen Pharma said it planned to file for approval with the FDA in March and with the European "
        "Medicines Agency later in 2027."
    )
    assert _cited_dated(january, march, encoder) == {"a0"}
    # The plan told for the same month still corroborates it.
    assert _cited_dated(january, march.replace("in March", "in January"), encoder) == {"a0", "a1"}
