import numpy as np
import pytest

import storyweave
from storyweave.align import AlignOptions, align, similarity_matrix, stands_alone
from storyweave.embed.terms import terms_by_sentence
from storyweave.model import Article
from storyweave.segment import segment


def _docs(*texts):
    return [segment(Article(f"a{n}", text)) for n, text in enumerate(texts)]


def test_the_same_fact_in_three_outlets_is_one_claim_with_three_articles():
    docs = _docs(
        "Investigators from the state fire marshal's office arrived at the pier on Thursday. The weather was calm all week.",
        "On Thursday, investigators from the state fire marshal's office arrived at the pier.",
        "The mayor praised the crews. Investigators from the state fire marshal's office arrived Thursday at the pier.",
    )
    alignment = align(docs)
    (claim,) = [c for c in alignment.claims if len(c.article_ids) > 1]
    assert claim.article_ids == ("a0", "a1", "a2")
    assert len(claim.sentence_ids) == 3
    assert all(not c.single_source for c in [claim])
    assert sum(c.single_source for c in alignment.claims) == 2


def test_unrelated_sentences_are_not_aligned():
    docs = _docs(
        "The harbour fire destroyed a warehouse full of frozen fish.", "Stock markets in Asia rose sharply."
    )
    assert all(c.single_source for c in align(docs).claims)


def test_encoder_catches_a_paraphrase_that_words_miss(encoder):
    docs = _docs(
        "The company will rebuild the destroyed warehouse.", "The firm vowed to rebuild its warehouse."
    )
    assert all(c.single_source for c in align(docs).claims)
    assert any(len(c.article_ids) == 2 for c in align(docs, encoder=encoder).claims)


def test_centers_head_their_own_claims():
    docs = _docs(
        "The pier fire was reported at 11:40 p.m. on Tuesday night.",
        "The pier fire was reported at 11:40 p.m. Tuesday.",
    )
    alignment = align(docs, centers=["a1#0"])
    assert alignment.claims[0].sentence_ids == ("a0#0", "a1#0")
    assert alignment.sources_of(docs[1].sentences[0]) == ("a1", "a0")


def test_thresholds_are_checked():
    with pytest.raises(ValueError):
        AlignOptions(lexical_threshold=0)


def test_outlets_giving_different_figures_are_not_one_claim():
    said = "Fire Chief Marisol Okafor said {} workers were evacuated from the warehouse on Tuesday."
    docs = _docs(
        said.format(14),
        said.format("fourteen"),  # the same figure in words
        said.format(40),
        said.format(14) + " The blaze started at 3 a.m.",  # a figure only one side gives is no contradiction
        said.format(15),
    )
    claims = align(docs, centers=[docs[0].sentences[0].id]).claims
    assert claims[0].article_ids == ("a0", "a1", "a3")
    assert all(
        "a2" not in c.article_ids and "a4" not in c.article_ids for c in claims if len(c.article_ids) > 1
    )


def _sourced(*articles: tuple[str | None, str]):
    return [segment(Article(f"a{n}", text, source=source)) for n, (source, text) in enumerate(articles)]


BRIDGE = "The harbour bridge will close for repairs on Monday, the city council said."
LIBRARY = "A new public library opened downtown on Saturday with thousands of books."


def test_two_articles_of_one_outlet_are_one_outlet():
    # The outlet name is compared case- and spacing-blind: " harbour  GAZETTE" is "Harbour Gazette".
    docs = _sourced(
        ("Harbour Gazette", f"{BRIDGE} {LIBRARY}"),
        (" harbour  GAZETTE", f"{BRIDGE} The mayor was not available for comment on the closure."),
        ("North Wire", f"{LIBRARY} The harbour ferry service will run extra boats all week."),
    )
    claims = {c.article_ids: c for c in align(docs).claims}
    bridge, library = claims[("a0", "a1")], claims[("a0", "a2")]
    assert (bridge.outlet_count, bridge.single_source) == (1, True)
    assert (library.outlet_count, library.single_source) == (2, False)


def test_the_same_outlets_other_articles_do_not_corroborate_a_claim():
    docs = _sourced(
        ("Gazette", BRIDGE),
        ("Gazette", BRIDGE.replace("city council", "council")),
        ("Gazette", BRIDGE.replace("said", "announced")),
        ("Herald", f"The mayor resigned on Friday after a long row. {LIBRARY}"),
        ("Wire", LIBRARY.replace("opened", "was opened")),
    )
    claims = align(docs).claims
    # Two outlets beat three articles of one outlet: claims go by outlets, then articles.
    assert [(c.article_ids, c.outlet_count) for c in claims[:2]] == [
        (("a3", "a4"), 2),
        (("a0", "a1", "a2"), 1),
    ]
    assert [c.id for c in claims] == [f"c{n}" for n in range(1, len(claims) + 1)]


def test_an_article_without_a_source_is_its_own_outlet():
    docs = _sourced((None, BRIDGE), (None, BRIDGE), ("Gazette", BRIDGE))
    (claim,) = align(docs).claims
    assert claim.article_ids == ("a0", "a1", "a2") and claim.outlet_count == 3
    (claim,) = align(_sourced((None, BRIDGE), ("Gazette", BRIDGE))).claims
    assert claim.outlet_count == 2 and not claim.single_source


# Regressions from the cross-check accuracy audit (claims corroborated by sentences that do not state them).
@pytest.mark.parametrize(
    ("first", "second"),
    [
        # Multi-News 00b5...: the crime-scene address vs the suspect's home; only the address is shared.
        (
            (
                "Fort Worth police said officers were called to a home on the 900 block of Buffalo Springs "
                "Drive at about 4 a.m."
            ),
            "Records show Heath lives in the 900 block of Buffalo Springs.",
        ),
        # teigen-jack: two different posts share only "love you forever".
        (
            '"Mom and dad love you forever." Teigen marked Son Day.',
            '"We love you forever." Teigen wore bracelets.',
        ),
        # teigen-jack: two different quotes share only the frame "she wrote".
        (
            '"And to the son we almost had," she wrote. Teigen posted a hospital photo.',
            '"(Legend) hated it. I could tell," she wrote. She shared an essay.',
        ),
        # DUC d30003t: two different non-answers share only the frame "declined comment".
        (
            "British authorities have declined to comment on his whereabouts or the Spanish requests.",
            "The spokesman declined any further comment.",
        ),
    ],
)
def test_no_claim_from_a_shared_frame_or_topic(first, second):
    docs = _sourced(("A", first), ("B", second))
    assert [c.text for c in align(docs).claims if c.outlet_count > 1] == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # Little shared content, but one sentence says nothing the other does not (names and frames aside).
        ('"There was never any doubt," Maufas said.', "There was never any doubt."),
        ('"And to the son we almost had," she wrote.', '"And to the son we almost had," she said.'),
        # (Written "He'll be truly missed." in the dev data: a claim now needs a subject it names itself.)
        ("Danny will be truly missed.", "Danny will be truly missed by his classmates and teachers."),
    ],
)
def test_a_short_restatement_is_still_one_claim(first, second):
    docs = _sourced(("A", first), ("B", second))
    assert [c.outlet_count for c in align(docs).claims] == [2]


# Held-out audit (/tmp/h10): two outlets' sentences about one named actor, saying different things.
@pytest.mark.parametrize(
    ("first", "second"),
    [
        # DUC d31050t: only the reporting organisation's long name is shared.
        (
            'Wang Youcai was accused of "inciting the overthrow of the government," the Hong Kong-based '
            "Information Center of Human Rights and Democratic Movement in China reported.",
            "The Information Center of Human Rights and Democratic Movement in China said many more are "
            "missing and believed to be in custody.",
        ),
        # Multi-News: a museum director's quote vs the announcement he made.
        (
            "Milen Nikolov, director of the Burgas Regional Museum of History, said that early Christians "
            "would have believed the relic had healing properties.",
            "The find was announced on Wednesday by Milen Nikolov, Director of the Burgas Regional Museum of "
            "History, at a special press conference.",
        ),
    ],
)
def test_a_shared_name_alone_makes_no_claim(first, second):
    docs = _sourced(("A", first), ("B", second))
    assert [c.text for c in align(docs).claims if c.outlet_count > 1] == []


def test_names_shared_with_enough_other_words_still_make_a_claim():
    docs = _sourced(
        ("A", "Fire Chief Marisol Okafor said the harbour warehouse burned for six hours."),
        ("B", "The harbour warehouse burned for six hours, according to Fire Chief Marisol Okafor."),
    )
    assert [c.outlet_count for c in align(docs).claims] == [2]


def test_the_encoder_vetoes_a_link_of_shared_attribution_words(encoder):
    # MultiLing M006: one reporter's two remarks share "a reporter for the Al Jazeera news agency".
    docs = _sourced(
        (
            "A",
            "A reporter for the Al Jazeera news agency, however, said there might be difficulties delivering aid.",
        ),
        (
            "B",
            '"People are still very traumatised here," said a reporter for the Al Jazeera news agency who was '
            "in Haiti when the aftershock struck.",
        ),
    )
    # The words alone link them (the claims then part them on what was said: tests/test_s27_claim_quotes.py).
    sentences = [s for d in docs for s in d.sentences]
    assert similarity_matrix(sentences, terms_by_sentence(docs))[0, 1] >= 1.0
    assert [c.text for c in align(docs, encoder=encoder).claims if c.outlet_count > 1] == []


@pytest.mark.parametrize("centers_only", [False, True])
def test_a_fact_restated_inside_a_longer_sentence_is_one_claim(centers_only):
    short = "The state fire marshal opened an arson investigation into the pier blaze."
    long = (
        "Ferry service resumed at noon, the harbour master reopened the north channel, and the state fire "
        "marshal opened an arson investigation into the pier blaze while divers searched the murky water."
    )
    docs = _docs(short, long)
    # A TF-IDF threshold their cosine (0.45) does not reach, so containment alone links them.
    options = AlignOptions(lexical_threshold=0.9)
    claims = align(docs, options=options, centers=["a0#0"], centers_only=centers_only).claims
    assert claims[0].sentence_ids == ("a0#0", "a1#0")
    no_containment = AlignOptions(lexical_threshold=0.9, containment_threshold=2.0)
    claims = align(docs, options=no_containment, centers=["a0#0"], centers_only=centers_only).claims
    assert claims[0].sentence_ids == ("a0#0",)


class _RecordingEncoder:
    """Gives every text the same unit vector and records what it was asked to encode."""

    dim = 4

    def __init__(self):
        self.texts = []

    def encode(self, texts):
        self.texts.extend(texts)
        return np.full((len(texts), self.dim), 0.5, dtype=np.float32)


def test_a_sentence_repeated_across_articles_is_encoded_once():
    wire = "Firefighters battled the warehouse blaze on the waterfront for six hours on Tuesday."
    docs = _docs(wire, wire, "Crews fought the blaze at the waterfront warehouse for six hours.")
    encoder = _RecordingEncoder()
    (claim,) = align(docs, encoder=encoder).claims
    assert sorted(encoder.texts) == sorted({wire, docs[2].sentences[0].text})
    assert claim.article_ids == ("a0", "a1", "a2")


def _without_wording(alignment):
    return [
        (c.id, c.sentence_ids, c.article_ids, c.outlet_count) for c in alignment.claims
    ], alignment.claim_of_sentence


def test_blocks_of_rows_give_the_claims_of_one_block(teigen_dir, encoder):
    # Sentences are compared a block of rows at a time; by default this story (108 sentences) is one block.
    docs = [segment(article) for article in storyweave.load([teigen_dir]).articles]
    spans = {
        d.article.text[a.start : b.end]
        for d in docs
        for a in d.sentences
        for b in d.sentences
        if a.index <= b.index
    }
    whole = align(docs, encoder=encoder)
    centers = [c.sentence_ids[-1] for c in whole.claims if c.outlet_count > 1]
    assert len(centers) > 5 and any(c.outlet_count > 2 for c in whole.claims)
    summary = align(docs, encoder=encoder, centers=centers, centers_only=True)
    for block_pairs in (1, 1_000):  # one row a block; 9 rows a block
        blocked = align(docs, encoder=encoder, block_pairs=block_pairs)
        assert _without_wording(blocked) == _without_wording(whole)
        # A claim's wording is its member closest to the others (or the run of its members that tells a
        # quotation whole). Two members can be equally close but for the last bit of an embedding
        # product, which depends on the block's height: either may word it.
        assert all(c.text in spans for c in blocked.claims)
        # A summary's claims keep their center's wording.
        assert (
            align(docs, encoder=encoder, centers=centers, centers_only=True, block_pairs=block_pairs)
            == summary
        )


def test_a_block_holds_one_pair_at_least():
    with pytest.raises(ValueError):
        align(_docs("The pier fire was reported at 11:40 p.m. on Tuesday night."), block_pairs=0)


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("It just wasn't enough.", False),
        ("He signed off at 1 a.m. as the hurricane headed for the Gulf Coast.", False),
        ("His bond was set at $100,000.", False),
        ('"They wanted the guy that got away with murder in 1994."', False),
        ("That's up more than 70 percent from its last forecast.", False),
        ("This included discussion of how being private could serve Tesla.", False),
        # "It" standing for the clause after it; a demonstrative before a name or a span of time.
        ("It was not immediately clear why AirAsia had been flying that day.", True),
        ("It's hard to fault CBS for looking to shake things up.", True),
        ("It is unlikely, however, that the fund can support the real forever.", True),
        ("This Intergovernmental Panel on Climate Change had presented its report.", True),
        ("This year, the fund lent Russia $17 billion.", True),
        # Words that only begin like a pronoun.
        ("Hispanic voters turned out in large numbers.", True),
        ("Theirs was the first boat to reach the island.", True),
    ],
)
def test_a_sentence_that_points_back_does_not_stand_alone(text, alone):
    assert stands_alone(text) is alone


def test_a_claim_that_points_back_is_left_out():
    docs = _docs("Mayor Ann Lee closed the harbour bridge on Monday. She said it would stay shut for weeks.")
    assert [c.text for c in align(docs).claims] == ["Mayor Ann Lee closed the harbour bridge on Monday."]


def test_a_claim_is_worded_by_a_sentence_that_names_its_subject():
    # The two outlets that write "He" are the closest pair, so their wording would be the clearest.
    docs = _docs(
        "He was arrested at the pier on Thursday night by the state fire marshal's investigators.",
        "He was arrested at the pier on Thursday night by the state fire marshal's investigators.",
        "Jon Baker was arrested at the pier on Thursday night by the state fire marshal's investigators.",
    )
    (claim,) = align(docs).claims
    assert claim.article_ids == ("a0", "a1", "a2")
    assert claim.text.startswith("Jon Baker")


def test_a_claim_no_sentence_of_which_names_its_subject_is_left_out_unless_the_summary_cites_it():
    docs = _docs(
        "Jon Baker was arrested at the pier. His bond was set at $100,000 by the county judge on Friday.",
        "Police arrested a man. His bond was set at $100,000 by the county judge on Friday.",
    )
    assert not any("bond" in c.text for c in align(docs).claims)
    cited = align(docs, centers=["a1#1"])
    assert cited.claims[0].sentence_ids == ("a0#1", "a1#1")
    assert [c.id for c in cited.claims] == [f"c{n}" for n in range(1, len(cited.claims) + 1)]


@pytest.mark.parametrize(
    "line",
    [
        "U.N. warns of delays in aid deliveries",  # a heading
        "Beached boat in Galle, Sri Lanka after the tsunami",  # a caption
        "Happy Hill Road, Fairmont, NC",  # an address of a list
        "STEPHEN COLBERT (correspondent, 1997-2005):",  # a speaker label
    ],
)
def test_a_short_line_that_is_no_sentence_makes_no_claim(line):
    docs = _docs(
        f"{line}\nThe United Nations said on Monday that aid deliveries to the coast would be delayed."
    )
    assert [c.text for c in align(docs).claims] == [
        "The United Nations said on Monday that aid deliveries to the coast would be delayed."
    ]


def test_a_sentence_that_lost_its_full_stop_or_shares_its_paragraph_still_makes_a_claim():
    docs = _docs(
        "Trump went on to say that he has a license to carry a gun in the state of New York\n"
        "Aid deliveries resumed on Monday. The bridge to the port stays closed"
    )
    assert len(align(docs).claims) == 3


def test_a_claim_is_worded_by_a_sentence_rather_than_a_line():
    # The two outlets whose caption reads the same are the closest pair, so their wording would be the clearest.
    docs = _docs(
        "VX nerve agent banned by the 1993 Chemical Weapons Convention\nNorth Korea denied any role.",
        "VX nerve agent banned by the 1993 Chemical Weapons Convention\nMalaysia named four suspects.",
        "The VX nerve agent is banned by the 1993 Chemical Weapons Convention.",
    )
    (claim,) = [c for c in align(docs).claims if len(c.article_ids) > 1]
    assert claim.article_ids == ("a0", "a1", "a2")
    assert claim.text == "The VX nerve agent is banned by the 1993 Chemical Weapons Convention."


def test_a_claim_is_worded_by_a_whole_sentence_rather_than_one_its_source_cut_off():
    # The two outlets whose teaser reads the same are the closest pair, so their wording would be the clearest.
    teaser = (
        "Biden also said there had always been limits on what kinds of weapons people could legally own..."
    )
    docs = _docs(
        teaser,
        teaser,
        "Biden also said there had always been limits on what kinds of weapons people could legally own.",
    )
    (claim,) = align(docs).claims
    assert claim.article_ids == ("a0", "a1", "a2")
    assert claim.text.endswith("own.")


@pytest.mark.parametrize(
    ("teaser", "kept"),
    [
        ("The vice president blasted the...", False),
        ("Whitehouse did transfer his…", False),
        ("Hospitals in the capital have collapsed [...]", False),
        ("In March, President Biden tasked Harris with addressing the root causes...", True),
        # Whole before the ellipsis: nothing was cut.
        ("Tonight, the battle has been joined. ...", True),
    ],
)
def test_a_sentence_cut_off_after_a_few_words_makes_no_claim(teaser, kept):
    docs = _docs(f"The United Nations said on Monday that aid deliveries would be delayed. {teaser}")
    assert [c.text for c in align(docs).claims][1:] == ([teaser] if kept else [])


@pytest.mark.parametrize(
    "second",
    [
        "But he said it would stay shut for weeks.",
        '"And they will keep it shut for weeks."',
        "Now, it stays shut.",
    ],
)
def test_a_claim_that_points_back_past_a_connective_is_left_out(second):
    docs = _docs(f"Mayor Ann Lee closed the harbour bridge on Monday. {second}")
    assert [c.text for c in align(docs).claims] == ["Mayor Ann Lee closed the harbour bridge on Monday."]


def test_a_connective_before_a_name_still_stands_alone():
    docs = _docs(
        "Mayor Ann Lee closed the harbour bridge on Monday. But the ferry from Dover kept running all week."
    )
    assert len(align(docs).claims) == 2


def test_a_sentence_its_article_prints_twice_is_one_claim():
    lead = "Mayor Ann Lee closed the harbour bridge on Monday after a crack was found."
    docs = _docs(f"{lead}\nThe ferry kept running all week.\n{lead}", lead)
    claims = align(docs).claims
    assert [(c.text, c.sentence_ids) for c in claims if c.text == lead] == [(lead, ("a0#0", "a1#0"))]
    assert len(claims) == 2
    # A summary citing the copy cites its claim.
    assert align(docs, centers=["a0#2"]).claims[0].sentence_ids == ("a0#2", "a1#0")


def test_a_tweets_signature_makes_no_claim():
    signature = "— Donald J. Trump (@realDonaldTrump) December 28, 2016"
    docs = _docs(
        f"Doing my best to disregard the many inflammatory statements. {signature}",
        f"Thought it would be a smooth transition. {signature}",
    )
    assert signature not in {c.text for c in align(docs).claims}


_DEBATE = (
    "ending months of angry debate over road repairs, police overtime, pension costs, transit fares, sewer upgrades, "
    "snow removal contracts and a disputed stadium lease downtown."
)
# The first names the budget and the debate; two other outlets tell the debate only, and a fourth the budget only,
# in a sentence whose words the first contains but which is too short a part of the first to be linked from it.
_BUDGET_STORY = (
    "Citing rising enrollment and aging buildings across northern districts, the city council voted on Monday night "
    "to approve a new budget for public schools, parks and libraries, " + _DEBATE,
    "Council members passed the spending plan on Monday, " + _DEBATE,
    "The council adopted its spending plan Monday night, " + _DEBATE,
    "Officials approve new budget for public schools, parks, zoos, museums and libraries.",
)


def test_a_sentence_linked_with_a_claim_only_one_way_joins_it_as_another_outlet():
    alignment = align(_docs(*_BUDGET_STORY))
    assert [(c.outlet_count, c.article_ids) for c in alignment.claims] == [(4, ("a0", "a1", "a2", "a3"))]


def test_a_summary_sentences_claim_takes_no_sentence_read_before_its_own():
    # The summary reads its sentences in the order their claims first appear: a claim the summary cites may
    # not start earlier than it did.
    docs = _docs(_BUDGET_STORY[3], *_BUDGET_STORY[:3])
    assert len(align(docs).claims) == 1
    cited = align(docs, centers=["a1#0"])
    assert [(c.outlet_count, c.article_ids) for c in cited.claims] == [(3, ("a1", "a2", "a3")), (1, ("a0",))]


# Claims precision audit 3: a sentence that states nothing heads and joins no claim.
ANSWER = "The mayor said she is not confident that the harbour bridge will reopen on Monday."


def test_a_question_makes_no_claim_and_joins_no_answer():
    # The reporter's question shares the answer's words; before, it joined the answer's claim as a third outlet.
    docs = _docs(
        "Why are you so confident that the harbour bridge will reopen on Monday, Madam Mayor?",
        ANSWER,
        "The mayor said she is not confident the harbour bridge will reopen on Monday.",
    )
    (claim,) = align(docs).claims
    assert claim.article_ids == ("a1", "a2") and claim.outlet_count == 2


@pytest.mark.parametrize(
    "text",
    [
        "Why has it taken us 60 years?",
        '"Is there any way to stay calm in this country?"',
        "The second question is: Can the airline be saved with a new owner?",
    ],
)
def test_a_question_alone_is_left_out(text):
    assert [c.text for c in align(_docs(f"{text} {ANSWER}")).claims] == [ANSWER]


@pytest.mark.parametrize(
    "text",
    [
        # A tag, a question reported inside a statement, a question after a statement and a colon.
        "There is a difference between patting someone on the back and assault, right?",
        'Fezzik asks the mysterious man in black a question atop the cliffs: "Why do you wear a mask?"',
        "If all goes to plan, the probe's data will help scientists solve two long-standing puzzles: how is the solar"
        " wind accelerated?",
    ],
)
def test_a_statement_that_ends_in_a_question_mark_still_makes_a_claim(text):
    assert [c.text for c in align(_docs(f"{text} {ANSWER}")).claims] == [text, ANSWER]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Speaking on the radio in 1999, after the death of her cooking partner from cancer, the chef said:",
            False,
        ),
        ("White House press secretary Jen Psaki said in a statement Wednesday:", False),
        ("The full statement reads as follows:", False),
        (
            "In a long conversation with a reporter from the local paper, Delynn said he did not swim in the lake:",
            True,
        ),
    ],
)
def test_a_lead_in_makes_a_claim_only_when_it_states_something(text, claim):
    # In the answer's paragraph, so that the short ones are no line (see the test above).
    texts = [c.text for c in align(_docs(f"{ANSWER} {text}")).claims]
    assert texts == [ANSWER] + ([text] if claim else [])


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Sign up here for our daily newsletter with the news of the harbour.", False),
        ("For more information, visit harbour.gov or follow @Harbour on Twitter.", False),
        ("Jane Doe can be reached at http://www.twitter.com/janedoe", False),
        ("Associated Press writer John Roe contributed to this report.", False),
        ("(Image courtesy of the harbour authority.)", False),
        ("To get approval for the repairs, the council threatened to close the harbour.", True),
    ],
)
def test_a_line_addressed_to_the_reader_makes_no_claim(text, claim):
    texts = [c.text for c in align(_docs(f"{ANSWER} {text}")).claims]
    assert texts == [ANSWER] + ([text] if claim else [])


def test_a_question_the_summary_cites_or_reads_first_keeps_its_claim():
    question = "Why are you so confident that the harbour bridge will reopen on Monday, Madam Mayor?"
    docs = _docs(question, ANSWER)
    # Cited by the summary, the question heads its claim.
    assert align(docs, centers=["a0#0"]).claims[0].sentence_ids == ("a0#0", "a1#0")
    # Read before the summary's sentence, it stays in that sentence's claim: the summary reads its sentences in
    # the order their claims first appeared, which must not move.
    assert align(docs, centers=["a1#0"]).claims[0].sentence_ids == ("a0#0", "a1#0")
    later = _docs(ANSWER, question)
    assert align(later, centers=["a0#0"]).claims[0].sentence_ids == ("a0#0",)


def test_a_pairs_similarity_is_the_same_in_any_block_and_on_any_number_of_threads(example_batch, encoder):
    # BLAS sums a product's cells in an order that depends on the matrices' shapes and its thread count
    # (Dask's workers run it on one thread): near-ties in the claims' wording once went either way.
    from threadpoolctl import threadpool_limits

    from storyweave.align import similarity_matrix
    from storyweave.embed import EncodedOnce
    from storyweave.embed.terms import terms_by_sentence

    docs = [segment(article) for article in example_batch.articles]
    sentences = [s for d in docs for s in d.sentences]
    terms = terms_by_sentence(docs)
    encoded_once = EncodedOnce(encoder)
    whole = similarity_matrix(sentences, terms, encoded_once)
    with threadpool_limits(limits=1, user_api="blas"):
        blocks = [
            similarity_matrix(
                sentences, terms, encoded_once, rows=range(start, min(start + 5, len(sentences)))
            )
            for start in range(0, len(sentences), 5)
        ]
    assert np.array_equal(np.vstack(blocks), whole)
