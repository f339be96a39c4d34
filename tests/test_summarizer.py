"""Behaviour the summarizer promises: budget, determinism, no repeats, reading order, citations."""

import datetime as dt
import json
import re

import pytest

import storyweave
from storyweave.align import Alignment
from storyweave.model import Article, Claim
from storyweave.segment import segment
from storyweave.summarizer import SummaryOptions, cite
from tests.conftest import EXAMPLE, SHARED


def _duc_clusters(n):
    path = SHARED / "data" / "duc2003" / "dev.jsonl"
    if not path.is_file():
        pytest.skip("DUC 2003 dev set not beside the repo")
    from storyweave.ingest import read_clusters

    return read_clusters(path)[:n]


@pytest.mark.parametrize("words", [15, 60, 100, 250])
def test_budget_is_never_exceeded_and_sentences_are_whole(words):
    for cluster in _duc_clusters(3):
        report = storyweave.summarize(cluster.articles, words=words)
        assert 0 < report.summary.word_count <= words
        texts = {a.id: a.text for a in report.articles}
        by_id = {s.id: s for s in report.sentences}
        for sentence in report.summary.sentences:
            source = by_id[sentence.sentence_id]
            assert texts[source.article_id][source.start : source.end] == sentence.text


def test_same_input_gives_the_same_summary():
    (cluster,) = _duc_clusters(1)
    first = storyweave.summarize(cluster.articles, words=100).summary
    again = storyweave.summarize(cluster.articles, words=100).summary
    assert first == again


def test_no_duplicate_or_near_duplicate_sentences(example_batch):
    summary = storyweave.summarize(example_batch, words=400).summary
    texts = [s.text for s in summary.sentences]
    assert len(texts) == len(set(texts))
    # Even at 400 words, more than the five articles hold in distinct statements, no two lines share a claim:
    # one outlet's "All 14 workers ... were evacuated without injury." beside another's "The 14 workers ... all
    # got out safely." is kept apart (summarizer.select_aligned).
    claims = [s.claim_id for s in summary.sentences]
    assert len(claims) == len(set(claims)), "two lines state one claim"
    shorter = storyweave.summarize(example_batch, words=300).summary
    assert len({s.claim_id for s in shorter.sentences}) == len(shorter.sentences), "two lines state one claim"


def test_sentences_follow_article_dates():
    early = Article(
        "late",
        "The council approved the new harbour budget on Monday evening after a long debate.",
        date=dt.date(2024, 5, 2),
    )
    late = Article(
        "early",
        "The harbour budget was first proposed by the council in a public meeting last spring.",
        date=dt.date(2024, 1, 2),
    )
    summary = storyweave.summarize([early, late], words=100).summary
    assert [s.sentence_id.split("#")[0] for s in summary.sentences] == ["early", "late"]


def test_every_summary_sentence_cites_its_own_article_first(example_batch):
    summary = storyweave.summarize(example_batch, words=200).summary
    for sentence in summary.sentences:
        assert sentence.sources[0] == sentence.sentence_id.split("#")[0]
        assert len(set(sentence.sources)) == len(sentence.sources)


def test_citations_cover_the_outlets_that_carry_each_fact(example_batch, encoder):
    """Ground truth: examples/harbor-fire.facts.json lists every article stating each shared fact."""
    facts = json.loads((EXAMPLE.parent / "harbor-fire.facts.json").read_text())["shared_facts"]
    summary = storyweave.summarize(example_batch, words=120, encoder=encoder).summary
    expected = found = wrong = 0
    for sentence in summary.sentences:
        for fact in facts:
            if fact["contains"].lower() in sentence.text.lower():
                expected += len(fact["articles"])
                found += len(set(fact["articles"]) & set(sentence.sources))
                wrong += len(set(sentence.sources) - set(fact["articles"]))
    assert expected >= 8, "the summary should state several of the shared facts"
    assert wrong == 0, "an outlet that does not state the fact is cited for it"
    # Measured 13/15: the 11:40 p.m. report time hides in one outlet's sentence about crews, and one
    # paraphrase sits below the encoder threshold (with it lowered to 0.68: 14/15, but one wrong citation).
    assert found / expected >= 0.85


def test_boilerplate_never_reaches_the_summary(example_batch):
    boilerplate = json.loads((EXAMPLE.parent / "harbor-fire.facts.json").read_text())["boilerplate"]
    summary = storyweave.summarize(example_batch, words=1000).summary
    text = " ".join(s.text for s in summary.sentences)
    for line in boilerplate:
        assert line not in text


def test_teigen_boilerplate_stays_out(teigen_dir):
    summary = storyweave.summarize(storyweave.load([teigen_dir]), words=1000).summary
    text = " ".join(s.text for s in summary.sentences)
    for junk in ("Iris Goldsztajn", "Scroll ahead", "\u2716", "Photo: Getty Images", "date 2021"):
        assert junk not in text


def test_at_most_half_the_lines_are_quotations(teigen_dir):
    """Every outlet copies the couple's statements, so quotes gather support; the news must not lose its lines."""
    articles = storyweave.load([teigen_dir])

    def quote_lines(share):
        options = SummaryOptions(words=120, max_quote_share=share)
        lines = [s.text for s in storyweave.summarize(articles, words=120, options=options).summary.sentences]
        quoted = [sum(map(len, re.findall(r'["\u201c][^"\u201d]+["\u201d]', line))) for line in lines]
        return sum(2 * chars >= len(line) for chars, line in zip(quoted, lines, strict=True)), len(lines)

    unlimited, lines = quote_lines(1.0)
    assert 2 * unlimited > lines  # the bundled example's summary was mostly quotes (QA)
    limited, lines = quote_lines(0.5)
    assert limited >= 1 and 2 * limited <= lines


@pytest.mark.parametrize(
    "change",
    [
        {"rare_concept_weight": -0.1},
        {"rare_concept_weight": 1.5},
        {"lead_sentence_weight": -1.0},
        {"repeat_containment": 0.0},
        {"repeat_containment": 1.5},
        {"max_quote_share": -0.5},
        {"max_quote_share": 1.5},
    ],
)
def test_out_of_range_knobs_are_refused(change):
    with pytest.raises(ValueError):
        SummaryOptions(**change)


def test_articles_sharing_nothing_are_summarized_by_their_opening_sentences():
    """No concept is shared, so only single-outlet concepts and the lead-sentence bonus decide."""
    first = Article(
        "a",
        "Harbour cranes stopped working after the storm damaged their power lines overnight. "
        "Dock workers waited for engineers from the regional grid operator until noon.",
    )
    second = Article(
        "b",
        "The orchestra announced a new conductor for its autumn season of symphonies. "
        "Ticket holders may exchange seats for any concert before the end of June.",
    )
    summary = storyweave.summarize([first, second], words=24).summary
    assert [s.sentence_id for s in summary.sentences] == ["a#0", "b#0"]


def test_a_short_restatement_of_a_chosen_sentence_is_left_out():
    """b#1 shares few bigrams with a#0 but 5 of its 6 content words: it tells a reader nothing new."""
    first = Article(
        "a",
        "Suicide bombers attacked a crowded Jerusalem market on Friday; the blasts killed both assailants, "
        "and 21 Israeli shoppers were injured. The Israeli Cabinet put off its vote on the peace accord.",
    )
    second = Article(
        "b",
        "Two suicide bombers blew themselves up in a Jerusalem market on Friday. "
        "It killed the two bombers and injured 21 Israelis. "
        "The Cabinet put off its vote on the peace accord after the attack.",
    )
    third = Article(
        "c",
        "A double suicide bombing hit a Jerusalem market on Friday and killed the two bombers. "
        "The Cabinet delayed the vote on the peace accord.",
    )
    summary = storyweave.summarize([first, second, third], words=60).summary
    chosen = [s.sentence_id for s in summary.sentences]
    assert "a#0" in chosen and "b#1" not in chosen


def test_a_sentence_opening_with_he_needs_the_sentence_before_it():
    """Alone, "He said ..." would read as if the mayor (a woman) said it, or anyone shown before."""
    articles = [
        Article(
            "a",
            "Mayor Jane Ortiz spoke to reporters at City Hall on a rainy Monday morning. "
            "He said the city council will cut school funding by ten percent next year.",
        ),
        Article(
            "b",
            "Critics warned on Monday that the city council will cut school funding by ten percent next "
            "year, a move that parents across the district have protested for weeks in long meetings.",
        ),
        Article(
            "c",
            "The city council will cut school funding by ten percent next year, according to budget "
            "documents seen by the newspaper, and teachers' unions said they would strike over the decision.",
        ),
    ]

    def chosen(self_contained):
        options = SummaryOptions(words=20, self_contained=self_contained)
        return [
            s.sentence_id for s in storyweave.summarize(articles, words=20, options=options).summary.sentences
        ]

    assert chosen(self_contained=False) == ["a#1"]
    assert "a#1" not in chosen(self_contained=True)


def test_text_without_content_words_still_gets_a_summary():
    article = Article("a", "It was what it is and they said so. It is what it was and so they said it.")
    summary = storyweave.summarize([article], words=10).summary
    assert [s.sentence_id for s in summary.sentences] == ["a#0"]


def test_a_sentence_goes_where_its_information_first_appeared():
    """A later outlet's wording of day-one news reads before that outlet's own update."""
    day_one = Article("one", "A landslide closed the road to Valbella on Monday.", date=dt.date(2024, 5, 6))
    day_two = Article(
        "two",
        "Engineers began clearing the Valbella road on Wednesday. "
        "A landslide had closed the road to Valbella on Monday night.",
        date=dt.date(2024, 5, 8),
    )
    docs = [segment(day_one), segment(day_two)]
    engineers, landslide = docs[1].sentences
    claim = Claim("c1", landslide.text, ("one#0", "two#1"), ("one", "two"))
    alignment = Alignment(claims=(claim,), claim_of_sentence={"one#0": "c1", "two#1": "c1"})
    summary = cite([engineers, landslide], alignment, 30, docs)
    assert [(s.sentence_id, s.sources) for s in summary.sentences] == [
        ("two#1", ("two", "one")),
        ("two#0", ("two",)),
    ]
    assert [s.sentence_id for s in cite([engineers, landslide], alignment, 30).sentences] == [
        "two#0",
        "two#1",
    ]


@pytest.mark.parametrize(
    ("option", "sentence", "kept"),
    [
        (
            "named_speakers",
            '"We had no choice but to go defensive," she said at the scene on Tuesday.',
            False,
        ),
        (
            "named_speakers",
            '"We had no choice but to go defensive," Fire Chief Marisol Okafor said on Tuesday.',
            True,
        ),
        (
            "named_speakers",
            '"We had no choice but to go defensive," the fire chief told reporters on Tuesday.',
            True,
        ),
        # A feed's teaser cut off after a few words; a longer one still says something, and a whole sentence
        # before an ellipsis is whole.
        ("skip_cut_short", "The senator urged more transparency pertaining to the...", False),
        (
            "skip_cut_short",
            "The senator urged more transparency over the warehouse fire, the pier and its owners...",
            True,
        ),
        ("skip_cut_short", '"We will rebuild the pier," the senator said....', True),
    ],
)
def test_sentences_a_reader_could_not_place_are_left_out(option, sentence, kept):
    """Quotes credited only to a pronoun, and teasers cut short; each rule has its switch."""
    article = Article("a", "Crews fought the warehouse fire for six hours overnight on the pier. " + sentence)
    chosen = [s.text for s in storyweave.summarize([article], words=40).summary.sentences]
    assert (sentence in chosen) is kept
    allowed = SummaryOptions(**{option: False})
    assert sentence in [
        s.text for s in storyweave.summarize([article], words=40, options=allowed).summary.sentences
    ]


def test_chinese_articles_get_a_cited_summary_within_the_budget():
    """Unspaced text: its characters count against the budget, two per word."""
    first = Article(
        "a",
        "四川省雅安市芦山县5日凌晨发生6.1级地震，目前已造成12人死亡、80多人受伤。"
        "地震发生后，四川省政府立即启动一级应急响应，派出救援队伍赶赴灾区。"
        "专家表示，未来几天可能发生较强余震，提醒群众注意安全。",
    )
    second = Article(
        "b",
        "四川芦山县5日凌晨发生6.1级地震，截至目前地震已造成12人遇难，另有80余人受伤。"
        "救援队伍正在灾区搜救被困群众，四川省政府已启动一级应急响应。"
        "地震还导致部分道路中断，通信一度受到影响。",
    )
    summary = storyweave.summarize([first, second], words=40).summary
    assert summary.sentences
    assert 0 < summary.word_count <= 40
    assert any(set(s.sources) == {"a", "b"} for s in summary.sentences)


def test_a_sentences_concept_weight_does_not_depend_on_the_order_its_concepts_come_in():
    """A sentence's concepts are a frozenset, whose order changes from process to process with the strings'
    hashes: 0.1 + 0.2 + 0.3 and 0.3 + 0.2 + 0.1 differ in the last bit, which could flip a near-tie. Each
    sentence's weight, and so its density, is the correctly rounded sum (fsum) of its concepts' weights (0 for a
    concept of no positive weight), whatever their order."""
    import math

    from storyweave.embed.terms import SentenceTerms, terms_by_sentence
    from storyweave.summarizer import _candidates, _concept_weights, _densities

    docs = [
        segment(
            Article("a", "A gas leak forced the evacuation of 400 homes in Brennock. Crews shut the valve.")
        ),
        segment(Article("b", "A gas leak in Brennock forced 400 homes to be evacuated on Tuesday.")),
        segment(
            Article("c", "Crews shut the valve after a gas leak, officials said. The homes were evacuated.")
        ),
    ]
    terms = terms_by_sentence(docs)
    # Concepts of one article only weigh nothing: some of each sentence's weights are 0.
    options = SummaryOptions(rare_concept_weight=0.0)
    weights = _concept_weights(docs, terms, options)
    of_concept = {c: weights.of_number[n] for c, n in weights.number.items()}
    assert 0 < sum(weight > 0 for weight in of_concept.values()) < len(of_concept)
    for sentence_id, sentence_terms in terms.items():
        by_concept = [of_concept[concept] for concept in sentence_terms.concepts]
        assert weights.of_sentence[sentence_id] == math.fsum(by_concept)
    # The same concepts in the other order: the same weights, bit for bit.
    reordered = {
        sentence_id: SentenceTerms(t.stems, tuple(reversed(sorted(t.concepts))))  # type: ignore[arg-type]
        for sentence_id, t in terms.items()
    }
    again = _concept_weights(docs, reordered, options)
    assert {c: again.of_number[n] for c, n in again.number.items()} == of_concept
    assert again.of_sentence == weights.of_sentence
    candidates = _candidates(docs, options)
    assert candidates
    densities = _densities(candidates, weights)
    assert all(densities[s.id] == weights.of_sentence[s.id] / len(s.text.split()) for s in candidates)
