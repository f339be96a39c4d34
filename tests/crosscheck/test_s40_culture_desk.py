"""The entertainment and culture desk's QA pass (session 40): two acts' counts of one unit are two counts, a host's
or a publicist's role written before the name is no part of it, a duration written into its noun is that noun's,
and awards are trophies."""

from storyweave.crosscheck import find_conflicts, find_quotes

from .conftest import conflict_sides, dated_story, number_conflicts


def test_a_band_and_a_singer_each_counting_their_awards_are_two_counts():
    docs = dated_story(
        (
            "2026-03-02",
            "Talia Brooks was the night's big winner at Sunday's Meridian Music Awards, taking four awards from "
            'nine nominations. "I wrote this album on my kitchen floor," Brooks said.',
        ),
        ("2026-03-02", "The band Lowfield won three awards."),
    )
    assert number_conflicts(docs) == []


def test_one_act_counted_twice_is_still_compared():
    docs = dated_story(
        ("2026-03-02", "The band Lowfield won three awards, including best new artist."),
        ("2026-03-02", "The indie band Lowfield won four awards on Sunday."),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"3": {"a0"}, "4": {"a1"}}


def test_a_host_written_before_the_name_is_not_the_name():
    docs = dated_story(
        (
            "2026-03-02",
            'Host Desmond Achebe opened the show with a jab. "Nobody here is nervous," Achebe said.',
        ),
        ("2026-03-02", "The ceremony was hosted by comedian Desmond Achebe."),
        ("2026-03-02", "Host Desmond Achebi joked about the show's running time."),
    )
    assert [quote.speaker for quote in find_quotes(docs)] == ["Desmond Achebe"]
    [spelling] = [conflict for conflict in find_conflicts(docs) if conflict.kind == "name"]
    assert conflict_sides(spelling) == {"Desmond Achebe": {"a0", "a1"}, "Desmond Achebi": {"a2"}}


def test_a_publicist_written_before_the_name_is_not_the_name():
    docs = dated_story(
        ("2026-11-25", 'Publicist Marta Ellison confirmed the death: "He died peacefully at home."'),
    )
    assert [quote.speaker for quote in find_quotes(docs)] == ["Marta Ellison"]


def test_a_duration_written_into_its_noun_is_not_the_clause_verbs():
    docs = dated_story(
        (
            "2026-11-12",
            "The jury deliberated over two days after an eight-day trial before Judge Helen Marsh.",
        ),
        ("2026-11-13", "The jury, which deliberated for three days, awarded Whitcombe $2.38 million."),
    )
    assert number_conflicts(docs) == []


def test_one_deliberation_told_twice_is_still_compared():
    docs = dated_story(
        ("2026-11-12", "The jury deliberated for two days after the trial."),
        ("2026-11-13", "The jury, which deliberated for three days, awarded Whitcombe $2.38 million."),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"2": {"a0"}, "3": {"a1"}}


def test_awards_and_trophies_count_one_thing():
    docs = dated_story(
        ("2026-03-01", "Talia Brooks won four awards at the Meridian Music Awards on Sunday night."),
        ("2026-03-02", "Talia Brooks took home five trophies at the Meridian Music Awards on Sunday."),
    )
    [conflict] = number_conflicts(docs)
    assert conflict_sides(conflict) == {"4": {"a0"}, "5": {"a1"}}


def test_an_age_told_by_description_is_the_person_named_just_before():
    docs = dated_story(
        ("2026-03-02", "Singer Talia Brooks, 24, won four awards on Sunday."),
        (
            "2026-03-02",
            'Talia Brooks took home the top prize on Sunday. The 26-year-old star\'s "Glass Harbor" was named '
            "album of the year.",
        ),
    )
    [conflict] = number_conflicts(docs)
    assert conflict.about == "age of Talia Brooks"
    assert conflict_sides(conflict) == {"24": {"a0"}, "26": {"a1"}}


def test_an_age_told_by_a_noun_the_sentence_before_gives_another_is_no_ones():
    docs = dated_story(
        ("2026-05-04", "Maria Lopez, 30, was hit by a driver on Main Street."),
        ("2026-05-04", "Maria Lopez was hit by a driver on Main Street. The 45-year-old driver fled."),
    )
    assert number_conflicts(docs) == []


def test_a_film_title_quoted_in_the_speakers_description_leaves_the_speaker():
    docs = dated_story(
        (
            "2026-11-25",
            'Actress Joan Petrie, his co-star in "Northern Lights," said: "He taught a whole generation of us '
            'that stillness is an action."',
        ),
        (
            "2026-11-25",
            'Joan Petrie, who starred opposite him in "Northern Lights," said on Wednesday: "He taught a whole '
            'generation of us that stillness is an action."',
        ),
    )
    assert [quote.speaker for quote in find_quotes(docs)] == ["Joan Petrie"]


def test_a_word_quoted_as_said_before_another_speaker_is_no_title():
    docs = dated_story(
        (
            "2026-11-25",
            'Smith called the ruling "Outrageous," and Jones said: "We will appeal the ruling tomorrow."',
        ),
    )
    assert "Smith" not in [quote.speaker for quote in find_quotes(docs)]
