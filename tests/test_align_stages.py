"""A claim cites no outlet whose sentence states another stage of one case or another kind of action about
one event, however many names and figures they share: a charge is not a conviction, an allegation is not a
finding, a flood is not a rescue. Restatements of one stage ("was convicted" / "was found guilty" / "a jury
found him guilty") still share their claim (QA pass 8)."""

import pytest

from storyweave.align import align
from storyweave.model import Article
from storyweave.segment import segment
from storyweave.stance import event_kinds

CHARGED = (
    "A former Sydney Metro manager, Brendan Solari, 52, has been charged with corruptly receiving $340,000."
)
CONVICTED = (
    "Former Sydney Metro procurement manager Brendan Solari was convicted on Friday of corruptly receiving "
    "$340,000 from Kestrel Rail Systems."
)
FOUND_GUILTY = (
    "Former Sydney Metro manager Brendan Solari has been found guilty of corruptly receiving $340,000 from "
    "Kestrel Rail Systems."
)
VERDICT_AFTER_CHARGE = (
    "Brendan Solari, who was charged on 2 November, was found guilty on Friday of corruptly receiving $340,000 "
    "from Kestrel Rail Systems."
)


def _docs(*texts: str):
    return [segment(Article(f"a{n}", text, source=f"Outlet {n}")) for n, text in enumerate(texts)]


def _cited(*texts: str, center: int = 0, encoder=None) -> set[str]:
    """The articles cited for the first sentence of text ``center``, as a summary sentence and in the claims."""
    docs = _docs(*texts)
    sentence = docs[center].sentences[0]
    cited = {
        align(docs, centers=[sentence.id], encoder=encoder).sources_of(sentence),
        align(docs, encoder=encoder).sources_of(sentence),
    }
    assert len(cited) == 1, cited
    return set(cited.pop())


def test_a_charge_is_no_source_for_a_conviction_nor_the_other_way_round(encoder):
    # QA pass 8: "... was convicted on Friday of corruptly receiving $340,000" cited the charge brief.
    texts = (CONVICTED, CHARGED, FOUND_GUILTY, VERDICT_AFTER_CHARGE)
    assert _cited(*texts, encoder=encoder) == {"a0", "a2", "a3"}
    assert _cited(*texts, center=1, encoder=encoder) == {"a1"}


@pytest.mark.parametrize(
    "restatement",
    [
        FOUND_GUILTY,
        "A jury found Brendan Solari guilty on Friday of corruptly receiving $340,000 from Kestrel Rail Systems.",
        # The charge a relative clause recalls is no event of the sentence's own.
        VERDICT_AFTER_CHARGE,
    ],
)
def test_restatements_of_one_stage_stay_one_claim(restatement):
    assert _cited(CONVICTED, restatement) == {"a0", "a1"}


def test_an_allegation_is_no_source_for_a_statement_of_fact():
    # QA pass 8: "Prosecutor Anjali Rao said the payments ..." cited an outlet that wrote "Police allege ...".
    said = "Prosecutor Anjali Rao said the payments were made over 18 months by Kestrel Rail Systems."
    alleged = "Police allege the payments were made by Kestrel Rail Systems over 18 months."
    assert _cited(said, alleged) == {"a0"}
    assert _cited(said, said.replace("Anjali Rao said", "Anjali Rao told the court")) == {"a0", "a1"}


def test_an_arrest_is_no_source_for_a_charge():
    charged = (
        "A 34-year-old man has been charged with causing death by dangerous driving after a cyclist was killed on "
        "the Harwick seafront road on Sunday night."
    )
    arrested = (
        "A 34-year-old man has been arrested after a cyclist was killed in a hit-and-run on the Harwick seafront "
        "road on Sunday night."
    )
    assert _cited(charged, arrested) == {"a0"}
    assert _cited(arrested, charged) == {"a0"}


def test_a_sentence_that_leaves_out_the_rescue_is_no_source_for_it_unless_its_article_states_it():
    # QA pass 8: "... 24 residents were rescued ..." cited a brief that never mentions rescues.
    rescued = (
        "About 1,200 homes were flooded and 24 residents were rescued by boat when the River Calder burst its "
        "banks on Tuesday."
    )
    brief = (
        "More than 1,200 homes were flooded in Hebden Mill on Tuesday when the River Calder burst its banks. "
        "The army was deployed to help residents."
    )
    assert _cited(rescued, brief) == {"a0"}
    assert _cited(
        rescued, brief.replace("The army was", "Firefighters rescued 24 residents and the army was")
    ) == {
        "a0",
        "a1",
    }


@pytest.mark.parametrize(
    ("text", "main", "background"),
    [
        (VERDICT_AFTER_CHARGE, {"convicted"}, {"charged"}),
        ("He was found not guilty of fraud.", {"acquitted"}, set()),
        ("Solari has pleaded not guilty to corruptly receiving payments.", {"pleaded not guilty"}, set()),
        ("He will be sentenced on 11 December.", {"sentenced (to come)"}, set()),
        ("Solari was not remanded in custody and remains on bail.", {"bailed"}, set()),
        ("The man who was arrested on Monday has been charged.", {"charged"}, {"arrested"}),
        (
            "Brendan Solari, the former manager accused of taking $430,000, has pleaded not guilty.",
            {"pleaded not guilty"},
            {"alleged"},
        ),
        ("The company charged customers $5 for delivery.", set(), set()),
        ("Eleven of those rescued were taken to hospital.", set(), set()),
        ("The accused abused a position of trust.", set(), set()),
        (
            "Derek Chauvin, the former police officer convicted of murder, was sentenced on Friday.",
            {"sentenced"},
            {"convicted"},
        ),
        (
            "Cosme was arrested about 1:30 p.m. Sunday and charged with five counts.",
            {"arrested", "charged"},
            set(),
        ),
        ("He has not previously been accused of molestation.", set(), set()),
    ],
)
def test_event_kinds(text, main, background):
    kinds = event_kinds(text)
    assert (kinds.main, kinds.background) == (main, background)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("He was acquitted on Friday.", "acquitted"),
        ("She was cleared of wrongdoing.", "acquitted"),
        ("He was convicted of fraud.", "convicted"),
        ("The jury returned a guilty verdict.", "convicted"),
        ("He denied the charges.", "pleaded not guilty"),
        ("She pled guilty to theft.", "pleaded guilty"),
        ("He admitted the charges.", "pleaded guilty"),
        ("He was jailed for six years.", "sentenced"),
        ("She was imprisoned for life.", "sentenced"),
        ("He was held in custody overnight.", "remanded"),
        ("He was refused bail.", "remanded"),
        ("She was granted bail.", "bailed"),
        ("He was indicted by a grand jury.", "charged"),
        ("Police charged a 34-year-old man over the fire.", "charged"),
        ("Two men were detained at the border.", "arrested"),
        ("He was taken into custody.", "arrested"),
        ("Officers apprehended the driver.", "arrested"),
        ("The lawsuit alleges fraud.", "alleged"),
        ("Rivals accused him of fraud.", "alleged"),
        ("Crews were rescuing residents.", "rescued"),
    ],
)
def test_each_kind_is_read(text, kind):
    assert kind in event_kinds(text).main
