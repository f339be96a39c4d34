"""A claim never shows half a quotation: the tail of a quotation the segmenter split joins its head's claim."""

from storyweave.align import align
from storyweave.model import Article, Evidence, Quote, Report, Summary
from storyweave.render._citations import QuoteCredits, QuotedWords
from storyweave.render.json_report import to_json
from storyweave.segment import segment

PLANT = (
    "Luis Ocampo, president of the local union, said members had complained about leaking valves for months. "
    '"People told management this was going to happen. Nobody listened," Ocampo said. '
    "The City Council will hold a special hearing on the explosion next Tuesday."
)


def _docs(*texts: str):
    return [segment(Article(f"a{n}", text, source=f"Outlet {n}")) for n, text in enumerate(texts)]


def _claim_with(alignment, words: str):
    return next(claim for claim in alignment.claims if words in claim.text)


def test_a_quotation_tail_is_shown_with_the_sentences_of_the_quotation_before_it():
    docs = _docs(PLANT)
    claim = _claim_with(align(docs), "Nobody listened")
    article = docs[0].article
    head, tail = (s for s in docs[0].sentences if s.quotation is not None)
    assert claim.text == '"People told management this was going to happen. Nobody listened," Ocampo said.'
    # Its supporting sentences are the quotation's, whose offsets trace the text to the article.
    assert claim.sentence_ids == (head.id, tail.id)
    assert article.text[head.start : tail.end] == claim.text
    # The head is no claim of its own beside it.
    assert [c for c in align(docs).claims if "People told" in c.text] == [claim]


def test_a_quotation_opened_by_a_sentence_too_short_to_align_is_shown_from_it():
    docs = _docs('Teigen said the photos upset her husband. "He hated it. I could tell," she wrote.')
    claim = _claim_with(align(docs), "I could tell")
    assert claim.text == '"He hated it. I could tell," she wrote.'
    assert claim.sentence_ids == ("a0#1", "a0#2")


def test_a_tail_joins_the_head_past_a_sentence_of_the_quotation_in_no_claim():
    docs = _docs(
        'The lawyers spoke after the verdict. "Our client was branded public enemy number one by the police. '
        'Our reaction? We are thrilled," Lamm said.'
    )
    claims = [c for c in align(docs).claims if "thrilled" in c.text or "public enemy" in c.text]
    assert [(c.text, c.sentence_ids) for c in claims] == [
        (docs[0].article.text[37:], ("a0#1", "a0#2", "a0#3"))
    ]


def test_tails_stated_by_every_outlet_of_the_head_join_it():
    docs = _docs(
        'The ferry lost power in the channel. "We had two hours of warning. Next time we may have none," said '
        "Ken Oduya, who runs the store.",
        "The ferry lost power in the channel on Sunday. Shopkeeper Ken Oduya was angry. “We had two hours "
        "of warning. Next time we may have none.”",
    )
    alignment = align(docs)
    claim = _claim_with(alignment, "Next time")
    assert claim.text in (docs[0].article.text[37:], docs[1].article.text[82:])
    assert claim.article_ids == ("a0", "a1")
    assert not [c for c in alignment.claims if "Next time" in c.text and c is not claim]


def test_of_the_sentences_of_a_claim_one_that_opens_its_quotation_words_it():
    docs = _docs(
        '"We had two hours of warning. Next time we may have none at all," said Ken Oduya, who runs the store.',
        "Shopkeeper Ken Oduya was angry on Monday. “Next time we may have none at all,” he said.",
    )
    claim = _claim_with(align(docs), "Next time")
    assert claim.text == "“Next time we may have none at all,” he said."
    assert claim.article_ids == ("a0", "a1")


def test_a_tail_is_not_joined_to_a_head_some_of_whose_outlets_do_not_print_it():
    docs = _docs(
        '"We had two hours of warning of the flood. Next time we may have none," said Ken Oduya.',
        '"We had two hours of warning of the flood," said Ken Oduya, who runs the store.',
    )
    alignment = align(docs)
    head = _claim_with(alignment, "two hours")
    assert head.article_ids == ("a0", "a1") and "Next time" not in head.text


def test_a_quotation_shown_whole_is_credited_to_its_speaker_with_its_marks_balanced():
    docs = _docs(
        'Mayor Ann Lee spoke on Monday. "We lost the school and the library. We will rebuild every wall of them."'
    )
    claim = _claim_with(align(docs), "rebuild")
    sentences = tuple(s for d in docs for s in d.sentences)
    quote = Quote(
        "We lost the school and the library. We will rebuild every wall of them.",
        "Ann Lee",
        ("a0",),
        (Evidence("a0", "a0#1", "We lost the school and the library."),),
    )
    report = Report(tuple(d.article for d in docs), Summary((), 50), claims=(claim,), sentences=sentences)
    credit = QuoteCredits(sentences, (quote,), report.articles).of_claim(claim)
    assert claim.text == '"We lost the school and the library. We will rebuild every wall of them."'
    assert credit == QuotedWords(claim.text, "Ann Lee")
    shown = to_json(report)["claims"][0]
    assert [s["sentence_id"] for s in shown["support"]] == ["a0#1", "a0#2"]


def test_the_html_report_does_not_repeat_a_one_outlet_quotation_under_itself():
    from storyweave import api
    from storyweave.render import render

    html = render(api.report([Article("a0", PLANT, source="Outlet 0")]), "html")
    # Shown once as the claim, not again as that outlet's wording of it, sentence by sentence.
    assert html.count("Nobody listened,&#34; Ocampo said.") == 1
