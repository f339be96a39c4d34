"""Who a story's people are, seen through the name-spelling conflicts and quotes that need them."""

import pytest

from storyweave.crosscheck import find_quotes, read_story_facts
from storyweave.crosscheck._people import People, find_names, reading_views
from storyweave.crosscheck.names import find_name_conflicts

from .conftest import story


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in find_quotes(story(text))]


@pytest.mark.parametrize(
    "listed",
    [
        # A people's name in the plural before the list (as "Libyan" before one name, it is no name itself).
        "Libya handed over Libyans Abdel Basset Ali al-Megrahi and {} Khalifa Fhimah on Monday.",
        # A plural role noun before the list, set off by a comma.
        "The court heard the two suspects, Abdel Basset Ali al-Megrahi and {} Khalifa Fhimah, on Monday.",
        # A plural title, abbreviated.
        "Sens. Olympia Snowe and {} Khalifa Fhimah voted against the bill on Monday.",
    ],
)
def test_every_name_of_a_list_after_a_plural_title_is_a_person(listed):
    """Issue (audit 6): the second name of a list had no title of its own, so no spelling conflict was seen."""
    (conflict,) = find_name_conflicts(story(listed.format("Lamen"), listed.format("Lamin")))
    assert [(p.value, p.articles) for p in conflict.positions] == [
        ("Lamen Khalifa Fhimah", ("a0",)),
        ("Lamin Khalifa Fhimah", ("a1",)),
    ]


def test_plural_title_before_a_lone_name_makes_no_person():
    # "China" is the subject of the relative clause, not one of the dissidents: the country speaks, named as
    # written, and no person "China" is made.
    text = (
        "Wang and Qin are the most well-known dissidents China has put on trial. "
        '"We must stop all of these activities at once," China said.'
    )
    assert not People(story(text)).is_person("China")
    assert _speakers(text) == ["China"]


def test_names_of_a_list_are_people_and_a_plural_title_no_part_of_a_name():
    text = (
        "Cabinet Ministers Gideon Sa'ar and Naftali Bennett objected. "
        '"I am legally obliged to avoid responding to things said there," Sa\'ar said.'
    )
    assert _speakers(text) == ["Gideon Sa'ar"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A one-word name in no fuller form, speaking in the first person singular.
        (
            "“Sometimes I lost hope,” Faraj said. “I thought he was dead.” The 25-year-old fighter had gone.",
            "Faraj",
        ),
        (
            'Officials met on Monday. "This was not an innocent camping trip, let me be clear," said Devine.',
            "Devine",
        ),
        # Sentence-initial after a quote that closes on a comma is mid-sentence.
        ('"I am wondering if there are others around my age who lost someone," Mette continued.', "Mette"),
    ],
)
def test_one_word_name_speaking_in_the_first_person_is_a_speaker(text, speaker):
    """Issue (audit 6): a speaker the story names by one word only ("Faraj said") had no name."""
    assert _speakers(text)[0] == speaker


def test_one_word_name_speaking_for_many_is_no_person():
    # An organisation says "we": "Pfizer said" names no person; the company speaks, named as written (after a
    # quote's comma its capital opens no sentence, so it is a name's).
    text = 'The company apologised on Monday. "We are sorry for the delay to everyone," Pfizer said.'
    assert not People(story(text)).is_person("Pfizer")
    assert _speakers(text) == ["Pfizer"]


def test_surname_after_a_quote_closing_on_a_comma_is_mid_sentence():
    """Issue (audit 6): '..." Zhu said' was read as a sentence start, so "Zhu" was no known person."""
    text = (
        "Foreign Ministry spokesman Zhu Bangzao spoke on Tuesday. "
        '"Their behavior breached the criminal law," Zhu said at a briefing.'
    )
    assert _speakers(text) == ["Zhu Bangzao"]


def test_speaker_with_an_appositive_left_without_its_comma_is_a_person():
    """Issue (audit 6): "said Luciano Dias a Brasilia-based political consultant" was not read."""
    text = (
        "Analysts were cautious on Monday, said Luciano Dias a Brasilia-based political consultant. "
        '"The runoff will decide the outcome for sure," he said.'
    )
    assert _speakers(text) == ["Luciano Dias"]


def test_party_word_is_no_name():
    """Audit 7: "the Georgia Republican" (Gingrich, in another outlet) became a person, and "Republican" in
    "Maloney's Republican opponent, state Sen. Mark Nielsen," took the "he said" that is Nielsen's."""
    docs = story(
        "Maloney's Republican opponent, state Sen. Mark Nielsen, has called on Clinton to resign, and said "
        'Wednesday that he would make it an issue. "The Congress can\'t turn a blind eye to criminality," he said.',
        "It is far from clear whether the Georgia Republican _ who presided over the debate _ would broker it.",
    )
    assert [quote.speaker for quote in find_quotes(docs)] == ["Mark Nielsen"]


def test_office_ends_a_run_of_capitals_as_a_ministry_does():
    text = (
        'Chancellor of the Exchequer Gordon Brown spoke first. "We are conscious of the crisis," Brown said.'
    )
    assert _speakers(text) == ["Gordon Brown"]


def test_red_cross_is_no_person_so_another_red_cross_does_not_speak_for_it():
    """Audit 7: "The international Red Cross said" was credited to the "Philippine Red Cross"."""
    text = (
        "On Wednesday, the Philippine Red Cross sought help for the victims. The international Red Cross said "
        '"it is launching an appeal for three million francs today," and the aid began.'
    )
    assert _speakers(text) == [None]


def test_plural_people_name_in_on_is_no_part_of_the_first_name_of_a_list():
    """Audit 7: "Britons Darren Hickey and Rudolph Petschi" made a person "Britons Darren Hickey", of no known
    gender (his "his" went to "Darren Hickey"), who then took his sister's "she said"."""
    docs = story(
        "Three of the kidnapped men, Britons Darren Hickey and Rudolph Petschi and New Zealander Stan Shaw, "
        "installed phone lines for a company in Britain.\nHickey had been in the region since August.\n"
        "Hickey's sister said Monday his family is devastated.\n"
        '"He was just out there doing a job to help the country," said a tearful Deborah Hickey, 21.\n'
        "Hickey, who is single and lives with his parents, had been to Chechnya twice before, she said, "
        '"and he thought there was no danger at all."\nShe did not blame Granger.\n'
        '"Darren is old enough to make his own decision to go out there or not," she said.',
        "The hostages, Britons Peter Kennedy, Darren Hickey, and Rudolf Petschi, were seized in Grozny.",
        "The hostages, Britons Peter Kennedy, Darren Hickey, and Rudolf Petschi, were found dead.",
    )
    assert [quote.speaker for quote in find_quotes(docs)] == ["Deborah Hickey"] * 3


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A title that ends a name after a given name is a surname.
        (
            '"I would say now that nothing more will come out of it," said Rep. Peter King, R-N.Y.',
            "Peter King",
        ),
        # A lower-case particle elided onto the surname.
        (
            "French navy spokesman Hugues du Plessis d'Argentre commented to AFP.",
            "Hugues du Plessis d'Argentre",
        ),
        # Words that open a sentence, not a name.
        ("Dear Matt Damon, you are wrong about this.", "Matt Damon"),
        ("Putting Brazil's finances in order will be painful.", "Brazil"),
        ("Whenever Netflix's quarterly gains fall short, its stock plunges.", "Netflix"),
        # A rank, capitalised before the name.
        ('"No rounds were fired," said Major David Gell, a spokesman.', "David Gell"),
        # A name written twice.
        ("New kiosks; interview with Alejandro Mella Alejandro Mella.", "Alejandro Mella"),
        (
            "With 69.5 percent counted, President Fernando Henrique Cardoso Cardoso led.",
            "Fernando Henrique Cardoso",
        ),
    ],
)
def test_a_name_is_written_without_its_neighbours(text, name):
    """Audit 8: 'said Rep. Peter King' lost the name to the title "King"; "Dear Matt Damon", "Whenever
    Netflix", "Major David Gell" and "Alejandro Mella Alejandro Mella" were speakers."""
    assert name in [mention.name for mention in find_names(text, "a")]


def test_a_title_before_a_given_name_alone_stays_a_title():
    names = [
        m.name
        for m in find_names("The Crown Prince said so. Saudi Crown Prince spoke. John Major left.", "a")
    ]
    assert "Crown Prince" not in names and "John Major" in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A time word or an adverb in -ly opening the sentence is no part of the name (QA: "Separately Amazon").
        ('The pier fell. Separately Amazon said: "We will rebuild."', "Amazon"),
        ('The pier fell. Tonight Amazon said: "We will rebuild."', "Amazon"),
        # Given names of an adverb's shape stay ("-lly" but "-ally", "-erly", "-oly").
        ("The pier fell. Kimberly Hart said so.", "Kimberly Hart"),
        ("The pier fell. Anatoly Serdyukov said so.", "Anatoly Serdyukov"),
        ("The pier fell. Kelly Hart said so.", "Kelly Hart"),
    ],
)
def test_a_sentence_opening_adverb_is_no_part_of_a_name(text, name):
    assert name in [mention.name for mention in find_names(text, "a")]


def test_a_name_mostly_written_after_the_is_no_person():
    """Audit 8: "the Parker Solar Probe", said to speak once, was a person whom "he said" resolved to."""
    docs = story(
        "NASA renamed it the Parker Solar Probe, officials announced. The Parker Solar Probe will launch. "
        "The Parker Solar Probe said nothing, of course."
    )
    assert not read_story_facts(docs).people.is_person("Parker Solar Probe")


def test_a_surnames_gender_goes_to_the_person_it_names_where_written():
    """Audit 8: the "he" after "Smith" in the second article voted for the story's most frequent Smith."""
    docs = story(
        "Mary Smith won the race. Mary Smith won again. Mary Smith thanked her coach.",
        "John Smith, a trainer, spoke. Smith said he was proud.",
    )
    people = read_story_facts(docs).people
    assert people.gender("John Smith") == "m"
    assert people.gender("Mary Smith") != "m"


@pytest.mark.parametrize(
    ("text", "common", "name"),
    [
        # A first word the story writes in lower case, before a role in apposition.
        (
            "Chip Brown, chief Latin American economist for Salomon Smith Barney, said so. The chip was small.",
            frozenset(["chip"]),
            "Chip Brown",
        ),
        # A given name that looks like a gerund opening the sentence, before an age.
        ("Sterling Brown, 22, said he was stunned.", frozenset(), "Sterling Brown"),
    ],
)
def test_a_role_or_age_in_apposition_keeps_the_given_name(text, common, name):
    """Audit 9: "Chip Brown" was "Brown" because the story writes "chip"; the sentence-opening gerund rule made
    "Sterling Brown" "Brown"."""
    assert name in [mention.name for mention in find_names(text, "a", common)]


def test_without_an_appositive_a_sentence_opening_word_is_still_dropped():
    names = [
        m.name
        for m in find_names(
            "Putting Brazil first, they voted. Following Friday, it fell.", "a", frozenset(["following"])
        )
    ]
    assert "Brazil" in names and not any(n.startswith(("Putting", "Following")) for n in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Round 6: a title word after a given name, with a role before the name, is the surname.
        ("Bloodstain pattern expert Jonathyn Priest told the paper.", "Jonathyn Priest"),
        ("Forensic expert John Bishop told the paper.", "John Bishop"),
        ("Said Rep. Peter King on Monday.", "Peter King"),
        ("Analyst Tom Marshal told the paper.", "Tom Marshal"),
        ("Former governor Howard Dean told the paper.", "Howard Dean"),
        ("Former prime minister John Major told the paper.", "John Major"),
        ("Lawyer Mary Judge told the paper.", "Mary Judge"),
        # Two initials are one word of the name.
        ("The former football star O.J. Simpson was freed.", "O.J. Simpson"),
    ],
)
def test_a_surname_that_is_a_title_word_and_a_name_of_initials_stay_whole(text, name):
    assert name in [mention.name for mention in find_names(text, "a")]


def test_a_title_word_before_a_name_stays_a_title():
    assert [m.name for m in find_names("The Catholic Priest John Smith said it.", "a")] == ["John Smith"]


def test_chair_before_a_name_is_a_title():
    # allsides: "Republican National Committee Chair Ronna McDaniel" was the name "Chair Ronna McDaniel".
    text = "Republican National Committee Chair Ronna McDaniel said the party would sue."
    assert [m.name for m in find_names(text, "a")] == ["Ronna McDaniel"]


def test_a_paragraph_in_capitals_is_read_in_the_case_the_story_writes_its_words_in():
    docs = story(
        "NATO envoy John McKay arrived in Riverton on Tuesday.",
        "NATO ENVOY JOHN MCKAY MET MAYOR JANE DOE ON MONDAY. “WE WILL HELP,” SAID MCKAY.\nMcKay left later.",
    )
    first, second = reading_views(docs)
    assert first is docs[0]  # nothing to read differently
    # "MET" follows a name the story writes, so it is no part of it; "HELP", a word the story never writes,
    # is read as a name would be.
    assert second.article.text == (
        "NATO envoy John McKay met mayor Jane Doe on Monday. “We will Help,” said McKay.\nMcKay left later."
    )
    # Offsets hold: the sentences and quotations are re-cut from the read text, ids unchanged.
    assert [s.text for s in second.sentences][:2] == [
        "NATO envoy John McKay met mayor Jane Doe on Monday.",
        "“We will Help,” said McKay.",
    ]
    assert [q.id for q in second.quotations] == [q.id for q in docs[1].quotations]
    assert People(docs).is_person("Jane Doe")


def test_quote_marks_of_other_conventions_are_read_as_curly_ones():
    (doc,) = story("„Wir bauen“, sagte er. «Oui», dit-elle.")
    (view,) = reading_views([doc])
    assert view.article.text == "“Wir bauen”, sagte er. “Oui”, dit-elle."
    assert [q.text for q in view.quotations] == ["“Wir bauen”", "“Oui”"]
    assert [q.text for q in doc.quotations] == ["„Wir bauen“", "«Oui»"]  # the segmented article is unchanged


def test_a_compass_word_is_a_surname_after_a_given_name_or_an_honorific():
    """multiling dev: "Rachel North (a pseudonym)" and "Ms North says:" named no one."""
    text = (
        "Some survivors, such as Rachel North (a pseudonym), have been angered by the plan. Writing on her "
        'weblog, Ms North says:\n\n"It is us, not you, who are paying the cost for this."'
    )
    assert _speakers(text) == ["Rachel North"]
    regions = "Talks with North Korea resumed in the North, the Middle East and the American West. America"
    assert [m.name for m in find_names(regions, "a", demonyms=frozenset(["American"]))] == [
        "Talks",
        "America",
    ]


def test_a_role_to_a_place_is_a_role_appositive():
    """multiling dev: "The Haitian ambassador to the United States, Raymond Joseph, told CNN" made no person."""
    text = (
        "The Haitian ambassador to the United States, Raymond Joseph, told CNN the nation needs help. "
        "\"I'm quite sure we're going to face a disaster of major proportion,\" he said."
    )
    assert _speakers(text) == ["Raymond Joseph"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Round 10, a dev speaker: after a reporting verb, "Said" is the inverted speaker's given name.
        ('"They are everywhere," warned Said Hilali Moussa, chief of the cabinet.', "Said Hilali Moussa"),
        ('"They are everywhere," said Said Hilali Moussa.', "Said Hilali Moussa"),
    ],
)
def test_a_given_name_spelt_like_a_reporting_verb_after_one_is_the_names(text, name):
    assert name in [mention.name for mention in find_names(text, "a")]


def test_a_reporting_verb_opening_a_run_after_no_reporting_verb_is_no_given_name():
    names = [mention.name for mention in find_names("The minister Said Hilali Moussa left.", "a")]
    assert "Said Hilali Moussa" not in names


def test_an_inverted_speaker_with_the_given_name_said_is_the_quotes_speaker():
    text = (
        "Said Hilali Moussa runs the cabinet.\n\n"
        '"There are thousands of them all over the world," warned Said Hilali Moussa, chief of the cabinet.'
    )
    assert [quote.speaker for quote in find_quotes(story(text))] == ["Said Hilali Moussa"]
