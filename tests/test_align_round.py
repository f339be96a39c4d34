"""A claim cites only the outlets that state all of it: figures, partial restatements, quotes, revisions."""

import storyweave
from storyweave.align import align
from storyweave.model import Article
from storyweave.segment import segment


def _docs(*texts: str):
    return [segment(Article(f"a{n}", text, source=f"Outlet {n}")) for n, text in enumerate(texts)]


def _sources(alignment, docs, article: int, sentence: int) -> tuple[str, ...]:
    return alignment.sources_of(docs[article].sentences[sentence])


def test_a_sentence_whose_article_counts_otherwise_is_no_source_for_the_figure():
    docs = _docs(
        "A freight train derailed on the Hollinsford viaduct last night, closing the main line. "
        "The train was carrying 26 wagons of aggregate.",
        "A freight train carrying 24 wagons of aggregate derailed on the Hollinsford viaduct last night, "
        "closing the main line.",
        "A freight train carrying 24 wagons derailed on the Hollinsford viaduct last night, closing the main line.",
    )
    for centers_only in (True, False):
        alignment = align(docs, centers=["a1#0"], centers_only=centers_only)
        assert _sources(alignment, docs, 1, 0) == ("a1", "a2")


def test_a_sentence_that_omits_a_figure_its_article_never_counts_still_corroborates():
    docs = _docs(
        "A freight train derailed on the Hollinsford viaduct last night, leaving wagons hanging over the river "
        "and closing the main line.",
        "A freight train carrying 24 wagons of aggregate derailed on the Hollinsford viaduct last night, "
        "closing the main line.",
    )
    assert _sources(align(docs, centers=["a1#0"]), docs, 1, 0) == ("a1", "a0")


def test_a_sentence_stating_part_of_the_wording_is_not_cited_for_the_whole():
    whole = "State engineers said the dam, last inspected in 2019, had shown seepage for years."
    docs = _docs(whole, "The dam was last inspected in 2019.", whole.replace("State", "County"))
    alignment = align(docs, centers=["a0#0"])
    assert _sources(alignment, docs, 0, 0) == ("a0", "a2")
    # The part itself is stated by all three.
    assert _sources(align(docs, centers=["a1#0"]), docs, 1, 0) == ("a1", "a0", "a2")


def test_a_claim_is_worded_by_what_every_member_states():
    docs = _docs(
        "The council voted on Tuesday to approve the budget.",
        "The council voted on Tuesday to approve the budget, which raises parking fees and freezes council tax "
        "for a third year.",
        "On Tuesday the council voted to approve the budget.",
    )
    (claim,) = [c for c in align(docs).claims if c.outlet_count > 1]
    assert claim.outlet_count == 3
    assert "parking" not in claim.text


def test_the_encoder_alone_does_not_join_two_different_quotes(encoder):
    docs = _docs('"We will always love you," she wrote.', '"We love you forever," she wrote.')
    assert all(c.outlet_count == 1 for c in align(docs, encoder=encoder).claims)


def test_the_encoder_still_joins_paraphrases_that_are_not_quotes(encoder):
    docs = _docs(
        "The company will rebuild the destroyed warehouse.", "The firm vowed to rebuild its warehouse."
    )
    assert any(c.outlet_count == 2 for c in align(docs, encoder=encoder).claims)


def test_a_revision_is_its_earlier_versions_outlet_and_its_copied_sentences_make_no_claim():
    earlier = (
        "The names of the dead had not been released on Monday night. "
        "An explosion at the plant killed three workers on Monday."
    )
    docs = _docs(earlier, earlier.replace("three", "four"), "The names of the dead had not been released.")
    alignment = align(docs, revisions={"a1": "a0"})
    claim_of = alignment.claim_of_sentence
    assert "a1#0" not in claim_of  # copied word for word
    assert "a1#1" in claim_of  # its own figure stays, for the cross-check
    (names,) = [c for c in alignment.claims if "a0#0" in c.sentence_ids]
    assert names.article_ids == ("a0", "a2")
    assert names.outlet_count == 2


def test_the_report_cites_the_earlier_version_not_its_revision(tmp_path):
    body = (
        "An explosion ripped through the Kessler Polymers plant on Monday afternoon, killing {} workers, "
        "city officials said.\n\nFlames spread to a storage shed before more than 40 firefighters brought the "
        "fire under control at about 5 p.m.\n\nPolice ordered residents within one mile of the plant to shelter "
        "in place.\n\nThe names of the dead had not been released on Monday night.\n"
    )
    (tmp_path / "ledger.txt").write_text(
        "date: 2025-06-02\nsource: Marlow Falls Ledger\ntitle: Plant blast\n\n" + body.format("three")
    )
    (tmp_path / "shopper.txt").write_text(
        "date: 2025-06-03\nsource: Tri-County Shopper\ntitle: Plant blast\n\n" + body.format("four")
    )
    batch = storyweave.load([str(tmp_path)])
    summary = storyweave.summarize(batch)
    ledger = next(a.id for a in batch.articles if a.source == "Marlow Falls Ledger")
    copied = [s for s in summary.summary.sentences if "killing" not in s.text]
    assert copied
    assert all(s.sources == (ledger,) for s in copied)


def test_one_quotation_framed_in_other_words_is_one_claim():
    quote = '"I came in the morning, and I am holding her hand, talking to her, and the ring is gone,"'
    docs = _docs(
        f"{quote} Arthur Wagner, the woman's husband, told the police officer.",
        f"{quote} said Wagner.",
    )
    assert _sources(align(docs, centers=["a0#0"]), docs, 0, 0) == ("a0", "a1")


def test_sentences_crediting_one_quote_to_different_people_are_not_one_claim():
    words = '"This bridge has been crumbling for years and everyone in Hollinsford knew it,"'
    # Frames naming no one: frames naming different people already part the words (tests/test_s27_claim_quotes.py).
    docs = _docs(f"{words} she said.", f"{words} he said.")
    (first,), (second,) = ([s.id for s in doc.sentences] for doc in docs)
    # As a summary line heads its claim (a center).
    joined = align(docs, centers=[first])
    assert joined.claims[0].sentence_ids == (first, second)
    # The report passes who each article credits the words to ("who said it"): the line cites its own only.
    apart = align(docs, centers=[first], speakers={first: "Sarah Penhaligon", second: "Tom Astley"})
    assert apart.claims[0].sentence_ids == (first,)
    assert not [
        claim for claim in apart.claims if first in claim.sentence_ids and second in claim.sentence_ids
    ]
    same = align(docs, centers=[first], speakers={first: "Sarah Penhaligon", second: "Sarah Penhaligon"})
    assert same.claims[0].sentence_ids == (first, second)


def test_a_report_line_does_not_cite_an_outlet_whose_longer_quotation_credits_someone_else(encoder):
    # QA: the disputed words stood in the second sentence of one outlet's quotation, which the quote's
    # variant did not name, so the line crediting Brennan cited the outlet that credits Alvarez.
    articles = [
        Article(
            "a0",
            "Maria Alvarez held a narrow lead over Mayor Teo Brennan as officials counted mail ballots. "
            '"We are not declaring anything tonight. Every ballot will be counted, and every voter deserves '
            'that respect," Alvarez told supporters at the Harbor Hall.',
            source="Ellery Sentinel",
        ),
        Article(
            "a1",
            "Challenger Maria Alvarez led Mayor Teo Brennan as officials counted mail ballots. "
            '"Every ballot will be counted, and every voter deserves that respect," Brennan said at a news '
            "conference.",
            source="Coastal Courier",
        ),
    ]
    report = storyweave.report(articles, encoder=encoder)
    lines = [c for c in report.claims if "Every ballot" in c.text]
    assert lines
    assert all(len(claim.article_ids) == 1 for claim in lines)
