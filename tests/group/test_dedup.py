import datetime as dt
import pickle

import pytest

from storyweave.group import NearDuplicateIndex, shingles
from storyweave.group.dedup import near_duplicates_among
from storyweave.model import Article

STORY = (
    "A fire destroyed a warehouse near the harbour in Bergen on Tuesday night, the city's fire service said. "
    "About forty firefighters fought the blaze for six hours before it was brought under control. "
    "No one was hurt, but smoke forced the closure of two roads and a ferry terminal until the morning. "
    "The cause of the fire is not yet known, and police have opened an investigation."
)
# Another outlet's own write-up of the same event: same facts, different words.
OTHER_WRITE_UP = (
    "Firefighters in Bergen spent most of Tuesday night battling flames that gutted a harbourside storage "
    "building. Roughly 40 crew members were deployed and the fire was contained by dawn, a spokesperson "
    "confirmed. Nobody was injured. Two streets and the ferry quay were shut while smoke drifted across the "
    "area. Investigators will try to establish what started it."
)


def article(article_id, text, day=0):
    return Article(id=article_id, text=text, date=dt.date(2024, 6, 1) + dt.timedelta(days=day))


@pytest.mark.parametrize(
    "edited",
    [
        STORY,
        STORY.replace("forty", "40").replace("Tuesday", "Wednesday").replace("blaze", "fire"),
        STORY.rsplit(" The cause", 1)[0],
        STORY + " Follow us on social media for the latest updates from the region.",
        "(Reuters) - " + STORY + " Copyright 2024 Reuters. All rights reserved.",
    ],
    ids=["exact", "words-changed", "sentence-dropped", "sentence-added", "other-boilerplate"],
)
def test_light_edits_are_near_duplicates(edited):
    index = NearDuplicateIndex()
    assert index.add(article("original", STORY)) is None
    assert index.add(article("copy", edited)) == "original"


def test_another_write_up_of_the_same_story_is_not_a_duplicate():
    index = NearDuplicateIndex()
    index.add(article("original", STORY))
    assert index.add(article("other", OTHER_WRITE_UP)) is None


def test_copy_of_a_copy_links_to_the_first_seen_article():
    index = NearDuplicateIndex()
    index.add(article("first", STORY))
    index.add(article("second", STORY + " Updated at 9am."))
    assert index.add(article("third", STORY + " Updated at 9am. Updated again.")) == "first"


def test_articles_older_than_the_window_are_forgotten():
    index = NearDuplicateIndex(window_days=7)
    index.add(article("old", STORY, day=0))
    assert index.add(article("much-later", STORY, day=30)) is None
    assert "old" not in index.signatures_


def test_an_id_seen_before_gets_the_same_answer():
    index = NearDuplicateIndex()
    index.add(article("original", STORY))
    assert index.add(article("copy", STORY)) == "original"
    assert index.add(article("copy", STORY)) == "original"
    assert index.add(article("original", STORY)) is None


def test_text_without_words_is_never_a_duplicate():
    index = NearDuplicateIndex()
    assert index.add(article("a", "... !!")) is None
    assert index.add(article("b", "... !!")) is None


def test_shingles_are_word_ngrams():
    assert shingles("The cat sat on the mat", 3) == {"the cat sat", "cat sat on", "sat on the", "on the mat"}
    assert shingles("Two words", 3) == {"two words"}
    assert shingles("", 3) == set()


@pytest.mark.parametrize("settings", [{"threshold": 0}, {"shingle_words": 0}, {"window_days": -1}])
def test_bad_settings_are_refused(settings):
    with pytest.raises(ValueError):
        NearDuplicateIndex(**settings)


def test_near_duplicates_among_links_each_copy_to_the_first_original():
    text = "The mayor opened the new bridge on Monday after three years of work and delays, officials said."
    articles = [
        Article(id="original", text=text),
        Article(id="other", text="Stock markets in Asia rose sharply on Monday as oil prices fell."),
        Article(id="copy", text=text + " Reuters."),
        Article(id="copy-of-copy", text=text + " Reuters. Updated at noon."),
        Article(id="empty", text=""),
    ]
    assert near_duplicates_among(articles).copies == {"copy": "original", "copy-of-copy": "original"}


# QA: an outlet re-posted its story with "six hours" changed to "nine hours"; as a copy it was hidden.
REVISED = STORY.replace("six hours", "nine hours")


def test_a_repost_with_changed_figures_is_a_revision_not_a_copy():
    index = NearDuplicateIndex()
    index.add(article("original", STORY))
    assert index.add(article("revised", REVISED, day=1)) is None
    assert index.revision_of_ == {"revised": "original"}
    assert index.original_of_ == {}
    # Each version has copies of its own: a copy is linked to the version whose figures it repeats.
    assert index.add(article("copy-of-revised", REVISED + " Reuters.", day=1)) == "revised"
    assert index.add(article("copy-of-original", STORY + " Reuters.", day=1)) == "original"


@pytest.mark.parametrize(
    "edited",
    [
        STORY.replace("forty", "40"),
        STORY + " Updated at 9am.",
        STORY.replace(" About forty firefighters fought the blaze for six hours", " Firefighters fought it"),
    ],
    ids=["figure-in-digits", "figure-added", "figures-dropped"],
)
def test_figures_written_otherwise_added_or_dropped_still_make_a_copy(edited):
    """Only a figure replaced by another (each version has one the other lacks) makes a revision."""
    index = NearDuplicateIndex()
    index.add(article("original", STORY))
    assert index.add(article("copy", edited)) == "original"
    assert index.revision_of_ == {}


def test_copies_with_their_own_reference_numbers_or_time_stamps_are_still_copies():
    """Wire copies carry ids and time stamps of their own; only figures in sentences of prose count."""
    index = NearDuplicateIndex()
    index.add(article("original", STORY + " (Ref 000123.) Updated 9:15 a.m."))
    assert index.add(article("copy", STORY + " (Ref 000456.) Updated 10:32 a.m.", day=1)) == "original"
    assert index.revision_of_ == {}


def test_a_revision_is_forgotten_with_the_window():
    index = NearDuplicateIndex(window_days=7)
    index.add(article("original", STORY, day=0))
    index.add(article("revised", REVISED, day=1))
    index.add(article("much-later", OTHER_WRITE_UP, day=30))
    assert index.revision_of_ == {}
    assert set(index.signatures_) == {"much-later"}


def test_an_index_pickled_before_revisions_existed_still_loads():
    """A store checkpoint written by an older storyweave has no figures: its articles count as copies."""
    index = NearDuplicateIndex()
    index.add(article("original", STORY))
    del index.figures_, index.revision_of_
    restored = pickle.loads(pickle.dumps(index))
    assert restored.add(article("revised", REVISED)) == "original"
    assert restored.add(article("other", OTHER_WRITE_UP)) is None


def test_near_duplicates_among_keeps_a_revision_apart_from_the_copies():
    articles = [
        article("original", STORY),
        article("copy", STORY + " Reuters."),
        article("revised", REVISED),
        article("copy-of-revised", REVISED + " Reuters."),
    ]
    found = near_duplicates_among(articles)
    assert found.copies == {"copy": "original", "copy-of-revised": "revised"}
    assert found.revisions == {"revised": "original"}


# QA: the harbor-fire wire story re-posted with "14 workers" changed was dropped as a copy when the new figure
# was found elsewhere in the article ("11:40 p.m.", "34 firefighters", "March 10", "4 a.m.").
WIRE = (
    "A fire destroyed a cold-storage warehouse in the port of Wrenport on March 10, injuring one firefighter "
    "and forcing the evacuation of 14 workers, officials said on Wednesday.\n\n"
    "The fire was reported at about 11:40 p.m. at the Pier 7 warehouse, which is leased by Achterberg Cold "
    "Storage. A total of 34 firefighters, including crews from neighboring towns, fought the blaze, which was "
    "brought under control shortly after 4 a.m. The cause of the fire is under investigation, the harbor "
    "authority said in a statement."
)


@pytest.mark.parametrize("figure", ["40", "34", "10", "4", "41", "forty"])
def test_a_replaced_figure_makes_a_revision_whatever_figures_the_rest_of_the_article_holds(figure):
    reposted = WIRE.replace("of 14 workers", f"of {figure} workers")
    index = NearDuplicateIndex()
    index.add(article("wire", WIRE))
    assert index.add(article("repost", reposted, day=1)) is None
    assert index.revision_of_ == {"repost": "wire"}
    assert near_duplicates_among([article("wire", WIRE), article("repost", reposted)]).revisions == {
        "repost": "wire"
    }


def test_a_figure_replaced_where_the_old_figure_stays_elsewhere_makes_a_revision():
    wire = WIRE + " Of the 14 trucks parked on the pier, none was damaged, the harbor authority said."
    reposted = wire.replace("of 14 workers", "of 15 workers")
    assert near_duplicates_among([article("wire", wire), article("repost", reposted)]).revisions == {
        "repost": "wire"
    }


def test_counts_each_moved_up_by_one_make_a_revision():
    # A re-post that raises one count and the next ("injuring three", "Two of the injured" -> "injuring four",
    # "Three of the injured") drops a 3 and adds a 3, each in another place: the change is still a figure replaced.
    wire = (
        "A section of roof over the main kiln at the brickworks collapsed on Tuesday morning, injuring three "
        "workers, the regional fire service said. Two of the injured were taken to hospital with broken bones; "
        "a third was treated at the scene. The labour inspectorate has opened an investigation."
    )
    reposted = wire.replace("injuring three", "injuring four").replace("Two of", "Three of")
    reposted = reposted.replace("a third", "a fourth")
    assert near_duplicates_among([article("wire", wire), article("repost", reposted)]).revisions == {
        "repost": "wire"
    }
    index = NearDuplicateIndex()
    index.add(article("wire", wire))
    assert index.add(article("repost", reposted)) is None


@pytest.mark.parametrize(
    "edited",
    [
        WIRE.replace("of 14 workers", "of 14 employees").replace("one firefighter", "1 firefighter"),
        WIRE.replace(
            " The cause of the fire",
            " This story was first published by the Tidewater Wire in 2026. The cause of the fire",
        ).replace(
            " A total of 34 firefighters, including crews from neighboring towns, fought the blaze, which was "
            "brought under control shortly after 4 a.m.",
            "",
        ),
    ],
    ids=["words-beside-a-figure-reworded", "figure-dropped-with-a-sentence-and-a-dated-line-added"],
)
def test_figures_reworded_or_added_and_dropped_with_sentences_still_make_a_copy(edited):
    """A figure added or dropped with a sentence has no counterpart in the other version: nothing replaced it."""
    assert near_duplicates_among([article("wire", WIRE), article("copy", edited)]).copies == {"copy": "wire"}


def test_an_index_pickled_with_whole_article_figures_compares_them_as_before():
    """A store checkpoint written before figures had contexts holds one set of figures per version."""
    index = NearDuplicateIndex()
    index.add(article("original", STORY))
    index.figures_ = {"original": frozenset({"40", "6", "2"})}
    restored = pickle.loads(pickle.dumps(index))
    assert restored.add(article("copy", STORY + " Reuters.")) == "original"
    assert restored.add(article("revised", REVISED)) is None
    assert restored.revision_of_ == {"revised": "original"}


def test_a_version_half_the_length_of_another_is_still_compared():
    # Every shingle of the shorter is in the longer, which has twice as many: Jaccard exactly 0.5, the threshold.
    # Pairs whose lengths alone keep them below it are not intersected; this one is at it, so it is a copy.
    words = [f"w{n}" for n in range(102)]
    longer, shorter = " ".join(words), " ".join(words[:52])
    assert len(shingles(shorter)) * 2 == len(shingles(longer))
    found = near_duplicates_among([article("short", shorter), article("long", longer, day=1)])
    assert found.copies == {"long": "short"}
