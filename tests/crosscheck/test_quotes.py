from storyweave.crosscheck import find_quotes

from .conftest import story


def test_split_quote_is_one_statement_with_pronoun_speaker():
    docs = story(
        'Chrissy Teigen posted a photo. "We are shocked and sad today," she wrote. "It was not enough."'
    )
    (quote,) = find_quotes(docs)
    assert quote.speaker == "Chrissy Teigen"
    assert "shocked" in quote.text and "not enough" in quote.text


def test_same_quote_in_two_outlets_is_one_entry_despite_case_punctuation_and_first_word():
    docs = story(
        'Teigen wrote, "and to the son we almost had. a year ago you gave me the greatest pain."',
        '"To the son we almost had," Chrissy Teigen wrote. "A year ago you gave me the greatest pain."',
    )
    (quote,) = find_quotes(docs)
    assert quote.articles == ("a0", "a1")
    assert len(quote.variants) == 2
    assert quote.speaker == "Chrissy Teigen"  # surname normalised to the full name


def test_partial_quote_woven_into_sentence_joins_the_longer_quote():
    docs = story(
        '"We had no choice but to go defensive at the pier," said Fire Chief Marisol Okafor.',
        'Okafor said crews had "no choice but to go defensive" that night.',
    )
    (quote,) = find_quotes(docs)
    assert quote.articles == ("a0", "a1")
    assert quote.speaker == "Marisol Okafor"


def test_curly_quotes_and_said_name_after_verb():
    docs = story("“Every one of our people walked out of that building,” said Raymond Achterberg, the owner.")
    (quote,) = find_quotes(docs)
    assert quote.speaker == "Raymond Achterberg"


def test_unknown_speaker_is_none_not_a_guess():
    docs = story(
        'Mayor Ann Lee spoke first. "The bridge will stay closed for weeks," a police spokesman said.'
    )
    (quote,) = find_quotes(docs)
    assert quote.speaker is None


def test_pronoun_skips_person_of_other_gender():
    docs = story(
        "Chrissy Teigen and her husband John Legend left the hospital. Legend hugged his wife while Teigen cried. "
        '"We love you forever and always," she wrote.'
    )
    (quote,) = find_quotes(docs)
    assert quote.speaker == "Chrissy Teigen"


def test_short_scare_quotes_and_titles_are_not_statements():
    docs = story('The "Cravings" author called it a "gas chamber" on Friday.')
    assert find_quotes(docs) == ()


def test_organisation_in_appositive_is_not_the_speaker():
    docs = story(
        "Raymond Achterberg, president of Achterberg Cold Storage, said he was sorry. "
        '"We will rebuild and keep paying our staff," he said.'
    )
    (quote,) = find_quotes(docs)
    assert quote.speaker == "Raymond Achterberg"


def test_other_outlet_quoting_one_half_splits_the_joined_statement():
    docs = story(
        '"Every one of our people walked out of that building," said Raymond Achterberg.',
        'Raymond Achterberg spoke on Thursday. "Every one of our people walked out of that building," he said. '
        '"We will rebuild, and we will keep paying our staff while we do."',
    )
    quotes = find_quotes(docs)
    walked = next(q for q in quotes if "walked out" in q.text)
    paying = next(q for q in quotes if "keep paying" in q.text)
    assert walked.articles == ("a0", "a1")
    assert paying.articles == ("a1",)


def test_inputs_are_not_mutated_and_output_is_deterministic():
    docs = story('"We are shocked and sad today," said Ann Lee.', '"We are shocked and sad," Ann Lee said.')
    before = [d.article.text for d in docs]
    assert find_quotes(docs) == find_quotes(docs)
    assert [d.article.text for d in docs] == before
