import random

import pytest

from storyweave.crosscheck import find_conflicts, names
from storyweave.crosscheck.names import _misspelt, find_name_conflicts

from .conftest import REPO, SHARED, read_story, story


def test_consistent_spelling_difference_is_a_name_conflict():
    docs = story(
        "Fire Chief Marisol Okafor said the blaze started at the pier. Okafor said crews worked all night.",
        "Fire Chief Marisol Okafur said the warehouse was empty. Okafur praised the crews.",
        "Fire Chief Marisol Okafor said no one was hurt.",
    )
    (conflict,) = find_name_conflicts(docs)
    assert conflict.kind == "name" and conflict.about == "spelling of Okafor"
    assert [(p.value, p.articles) for p in conflict.positions] == [
        ("Marisol Okafor", ("a0", "a2")),
        ("Marisol Okafur", ("a1",)),
    ]
    assert [e.sentence_id for e in conflict.positions[1].evidence] == ["a1#0"]


def test_find_conflicts_appends_name_conflicts():
    docs = story(
        "Fire Chief Marisol Okafor said 14 workers were evacuated.",
        "Fire Chief Marisol Okafur said 14 workers were evacuated.",
    )
    assert [c.kind for c in find_conflicts(docs)] == ["name"]


def test_same_role_title_links_surnames_without_first_names():
    docs = story(
        "Prosecutor Moustafa Soliman told the court the verdict was fair, Soliman said.",
        "The prosecutor, Mustafa Suleiman, told the court the verdict was fair.",
    )
    (conflict,) = find_name_conflicts(docs)
    assert {p.value for p in conflict.positions} == {"Moustafa Soliman", "Mustafa Suleiman"}


def test_three_spellings_make_one_conflict():
    docs = story(
        "President Mohamed Mursi ordered his prime minister to Gaza, Mursi said.",
        "President Mohamed Morsy ordered his prime minister to Gaza, Morsy said.",
        "President Mohamed Morsi ordered his prime minister to Gaza, Morsi said.",
    )
    (conflict,) = find_name_conflicts(docs)
    assert [p.articles for p in conflict.positions] == [("a0",), ("a1",), ("a2",)]


def test_each_side_names_only_words_its_articles_write():
    # From Multi-News 78303e… and DUC 2003 d30056t: a side's articles agree on "Morsi" but not on
    # "Mohamed" / "Mohammed", on "Rudolf Petschi" but only one adds "Franz-Joseph".
    docs = story(
        "President Mohamed Morsi said Gaza would not be left alone. Engineer Rudolf Petschi said so too.",
        "President Mohammed Morsi said Gaza would not be left alone, Morsi said.",
        "President Mohamed Mursi said Gaza would not be left alone. Engineer Rudolph Petschi said so too.",
        "Engineer Rudolf Franz-Joseph Petschi said Gaza would not be left alone.",
    )
    sides = {c.about: [(p.value, p.articles) for p in c.positions] for c in find_name_conflicts(docs)}
    assert sides["spelling of Morsi"] == [("Morsi", ("a0", "a1")), ("Mohamed Mursi", ("a2",))]
    assert sides["spelling of Rudolf"] == [("Rudolf Petschi", ("a0", "a3")), ("Rudolph Petschi", ("a2",))]


def test_name_misspelt_in_two_words_is_one_conflict():
    # From MultiLing 2011 M001: "Mohammed Sidique Khan" / "Mohammad Siddique Khan"; "Khan" says one person.
    docs = story(
        "Mohammed Sidique Khan, 30, was born in Pakistan. Khan said he taught at a school.",
        "Mohammad Siddique Khan, 30, was seen in a video, Khan said.",
    )
    (conflict,) = find_name_conflicts(docs)
    # Read "spelling of Mohammed and Sidique", as if of two people (DUC 2003 d30042t: "Lamen and Khalifa").
    assert conflict.about == "spelling of Mohammed Sidique"
    assert [(p.value, p.articles) for p in conflict.positions] == [
        ("Mohammed Sidique Khan", ("a0",)),
        ("Mohammad Siddique Khan", ("a1",)),
    ]


def test_names_differing_in_every_word_need_more_than_their_spelling():
    # No word in common: nothing but the spelling says "Moustafa Soliman" and "Mustafa Suleimen" are one.
    docs = story(
        "Moustafa Soliman, 52, said the court was fair.",
        "Mustafa Suleimen, 52, said the court was fair.",
    )
    assert find_name_conflicts(docs) == ()


def test_typo_inside_one_article_is_not_a_conflict():
    docs = story(
        "Chrissy Teigen posted a photo. Teigan wrote that she was grieving. Teigen thanked her fans.",
        "Chrissy Teigen shared the news on Instagram. Teigen wrote a long essay.",
    )
    assert find_name_conflicts(docs) == ()


def test_different_people_with_a_generic_title_are_not_a_conflict():
    # "Mr." says nothing about who someone is; the first names differ too.
    docs = story(
        "A spokesman, Mr. Daniel Harlow, said the company would cooperate. Harlow declined to say more.",
        "A spokesman, Mr. Peter Harlaw, said the union would strike. Harlaw declined to say more.",
    )
    assert find_name_conflicts(docs) == ()


def test_short_names_and_added_letters_are_different_names():
    docs = story(
        "John Clark said the plant would close. Officer Daniel Smith said he was there.",
        "Joan Clarke said the plant would close. Officer Daniela Smith said she was there.",
    )
    assert find_name_conflicts(docs) == ()


def test_similar_first_names_of_different_people_are_not_a_conflict():
    # From DUC 2003 (d30025t, d31038t): "Maria" / "Mario", "Abdel" / "Abdul" name different people.
    docs = story(
        "Senator Maria Dalvo Kinzo said the vote was fair. Omar Abdel Rahman said nothing.",
        "Governor Mario Covas said the vote was fair. Abdul Mwengela said nothing.",
    )
    assert find_name_conflicts(docs) == ()


def test_swapped_letters_and_transliterations_are_spelling_differences():
    # From DUC 2003: d30020t writes "Xiong Gouming" / "Xiong Guoming", d31022t "Goeran" / "Goren Persson".
    docs = story(
        "Xiong Gouming, 24, will swim on Sunday. Prime Minister Goeran Persson visited the site.",
        "Xiong Guoming, 24, will swim on Sunday. Swedish Prime Minister Goren Persson toured the site.",
    )
    assert [c.about for c in find_name_conflicts(docs)] == ["spelling of Gouming", "spelling of Goeran"]


@pytest.mark.parametrize(
    ("first", "second", "about"),
    [
        # Multi-News lb-0cd7b0bfc70d78aa (audit 5's miss): a Russian "Ye" / "E" at the start, in a one-word
        # name tied by its role.
        (
            "Izvestia quotes Kalashnikov's daughter, Elena, as saying a priest helped him write.",
            'His daughter, Yelena, told Izvestia: "Of course you can\'t say he went to services."',
            "spelling of Elena",
        ),
        # DUC 2003 d30042t: an Arabic final "ah" / "a", beside a vowel misspelling of the first name.
        (
            "Libya handed over the suspects, Abdel Basset Ali al-Megrahi and Lamen Khalifa Fhimah, on Monday.",
            "Libya handed over the suspects, Abdel Basset Ali al-Megrahi and Lamin Khalifah Fhimah, on Monday.",
            "spelling of Lamen Khalifa",
        ),
        # The rest of the name written the same vouches for a short or further spelling.
        # Multi-News lb-f51e1e41…: a swap in four letters, the surname and the $15,000 the same.
        (
            "Ilsa Hernandez, an employee, said she was left $15,000.",
            "Isla Hernandez, an employee, said she got $15,000.",
            "spelling of Ilsa",
        ),
        # Two edits in five letters: "Walled" / "Walid", the rest of the name the same.
        (
            "A Boeing 727 was given by Saudi Prince Walled bin Talal.",
            "A Boeing 727 was donated by Prince Walid bin Talal of Saudi Arabia.",
            "spelling of Walled",
        ),
    ],
)
def test_one_name_spelt_two_ways_is_a_spelling_conflict(first, second, about):
    (conflict,) = find_name_conflicts(story(first, second))
    assert conflict.about == about
    assert [p.articles for p in conflict.positions] == [("a0",), ("a1",)]


def test_transliterated_ends_are_still_long_names_only():
    assert _misspelt("Yevgeny", "Evgeny") and _misspelt("Fatimah", "Fatima")
    assert not _misspelt("Sarah", "Sara")  # four letters: another name as often as a spelling
    assert not _misspelt("Yelena", "Elina")  # a transliterated letter and another change


def test_german_letters_and_their_ascii_spelling_are_not_a_conflict():
    # From Multi-News 0e285d…: one outlet writes "Pierre Krähenbühl", another "Pierre Kraehenbuehl".
    docs = story(
        "Pierre Krähenbühl, head of the agency, said the school was hit. Krähenbühl called it a disgrace.",
        "Pierre Kraehenbuehl, head of the agency, said the school was hit. Kraehenbuehl was angry.",
    )
    assert find_name_conflicts(docs) == ()


def test_one_edit_in_five_letters_is_a_misspelling():
    assert _misspelt("Okafor", "Okafur")
    assert _misspelt("Gouming", "Guoming")  # a swap of neighbours is one edit
    assert _misspelt("Qinguo", "Qingguo")
    assert not _misspelt("Okafor", "Okabur")  # two edits in six letters
    assert not _misspelt("Clark", "Clarke")  # a letter added at the end is another name


def test_example_stories_have_no_name_conflicts():
    # teigen-jack 002 writes "Teigan" once among many "Teigen": a typo, not a conflict.
    for folder in (SHARED / "examples" / "teigen-jack", REPO / "examples" / "harbor-fire"):
        assert find_name_conflicts(read_story(folder)) == ()


def test_same_role_bound_to_different_names_is_a_conflict():
    docs = story(
        "Fire Chief Marisol Okafor said the blaze started at the pier. Okafor said crews worked all night.",
        "Dana Reyes, the fire chief, said the warehouse was empty. Reyes praised the crews.",
        "Fire Chief Marisol Okafor said no one was hurt.",
    )
    (conflict,) = find_name_conflicts(docs)
    assert conflict.kind == "name" and conflict.about == "name of the fire chief"
    assert [(p.value, p.articles) for p in conflict.positions] == [
        ("Marisol Okafor", ("a0", "a2")),
        ("Dana Reyes", ("a1",)),
    ]
    assert conflict.positions[1].evidence[0].sentence_id == "a1#0"


def test_holder_of_another_role_given_this_role_is_not_a_name_conflict():
    # From DUC 2003 d31022t: one article calls the lead detective "chief prosecutor Hans Carlsson"; the
    # chief prosecutor is Ulf Noren. The articles disagree on what Carlsson does, not on a name.
    docs = story(
        "Hans Carlsson, the lead detective in the case, said the hall held 400 people.",
        "Chief prosecutor Hans Carlsson said the hall held 400 people.",
        "Chief prosecutor Ulf Noren said the cause was not known.",
    )
    assert find_name_conflicts(docs) == ()


def test_generic_and_country_roles_are_not_bound_to_one_person():
    docs = story(
        "A spokesman, Daniel Harlow, said the company would cooperate. Prime Minister Mesut Yilmaz said so.",
        "Spokesman Peter Okonkwo said the union would strike. Prime Minister Benjamin Netanyahu said no.",
    )
    assert find_name_conflicts(docs) == ()


def test_role_holders_known_to_one_article_are_different_people():
    # a1 names both chiefs: it knows Okafor and Reyes are different people (one the deputy).
    docs = story(
        "Fire Chief Marisol Okafor said the blaze started at the pier.",
        "Fire Chief Dana Reyes said the warehouse was empty. Okafor arrived later.",
    )
    assert find_name_conflicts(docs) == ()


@pytest.mark.parametrize(
    "other",
    [
        "On Friday the deputy fire chief Dana Reyes said the warehouse was empty.",
        "Bay Town Fire Chief Ivan Petrov said his crews helped.",
        "Lena Hart, the fire chief of Eastport, said her crews helped.",
    ],
)
def test_deputies_and_other_places_hold_other_roles(other):
    docs = story("Fire Chief Marisol Okafor said the blaze started at the pier.", other)
    assert find_name_conflicts(docs) == ()


def test_same_surname_of_two_genders_is_two_people():
    docs = story(
        "Joan Smith said she saw the fire from her window.",
        "John Smith said he saw the fire from his window.",
    )
    assert find_name_conflicts(docs) == ()


def test_short_form_of_a_name_is_not_a_misspelling():
    # From AllSides 6010: "Steve Bannon" / "Stephen Bannon" is the name he goes by, not a spelling error.
    docs = story(
        "An indictment against Steve Bannon was dismissed on Tuesday.",
        "A federal judge granted Stephen Bannon's motion to dismiss the case.",
    )
    assert find_name_conflicts(docs) == ()
    assert _misspelt("Walled", "Walid", same_rest=True) and not _misspelt("Walled", "Walid")
    assert not _misspelt("Steve", "Stephen", same_rest=True)


def test_capitalised_names_that_are_no_person_are_compared_too():
    # From Multi-News lb-d6efc159…: an institute one outlet misspells; a bay too.
    docs = story(
        "A study of the National Cancer Institute found more cases near Guantanamo Bay.",
        "A study of the National Cancer Insitute found more cases near Guantanomo Bay.",
    )
    assert [c.about for c in find_name_conflicts(docs)] == ["spelling of Institute", "spelling of Guantanamo"]


def test_longer_name_around_a_person_is_compared_as_written():
    # "Carl" alone is the person found; the name written is "King Carl XVI Gustav" / "Gustaf".
    docs = story(
        "King Carl XVI Gustav made a statement of condolence. Carl said he was shocked.",
        "King Carl XVI Gustaf sent a statement of condolence. Carl said he was shocked.",
    )
    (conflict,) = find_name_conflicts(docs)
    assert [p.value for p in conflict.positions] == ["King Carl XVI Gustav", "King Carl XVI Gustaf"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # Two edits apart are two places when no person's surname vouches for them.
        ("The storm will be visible from North Africa.", "The storm will be visible from North America."),
        # British and American spelling, a hyphen, a curly apostrophe: each outlet writes it right.
        ("The Israel Defence Forces said so.", "The Israel Defense Forces said so."),
        ("The Inter-American Development Bank said so.", "The Interamerican Development Bank said so."),
        ("The Children’s Learning Place said so.", "The Children's Learning Place said so."),
        # One article writes both, the second as a possessive: a typo of its own.
        (
            "The hacker The Dark Overlord said so. The Dark Overload's demands grew.",
            "The Dark Overlord said so.",
        ),
    ],
)
def test_other_spellings_of_capitalised_names_that_are_not_conflicts(first, second):
    assert find_name_conflicts(story(first, second)) == ()


def test_every_pair_that_may_be_one_name_is_a_candidate():
    # The candidate index must never hide a pair _misspelt would take: checked against all pairs.
    rng = random.Random(5)
    words = ["Yelena", "Elena", "Goeran", "Goren", "Gouming", "Guoming", "Rudolph", "Rudolf", "Khalifah"]
    words += ["Khalifa", "Gustavsson", "Gustafsson", "Ilsa", "Isla", "Mohammed", "Mohammad", "Alexandre"]
    words += [
        "".join(rng.choice("bdgkmnrstaeiou") for _ in range(rng.randint(4, 22))).capitalize()
        for _ in range(300)
    ]
    words = list(dict.fromkeys(words))
    order = {word: index for index, word in enumerate(words)}

    candidates = set(names._candidate_pairs(words, order))

    for i, a in enumerate(words):
        for b in words[i + 1 :]:
            if names._misspelt(a, b) or names._misspelt(a, b, same_rest=True):
                assert (a, b) in candidates
    assert ("Yelena", "Elena") in candidates and ("Goeran", "Goren") in candidates
    assert len(candidates) < len(words) * (len(words) - 1) // 20
