"""Grouping: a second trial at the same court, before the same judge and prosecutor, is a story of its own."""

import datetime as dt

from storyweave.embed.terms import stem
from storyweave.group import StoryGrouper, group_stream
from storyweave.group.stories import _term_id, _title_names
from storyweave.model import Article

START = dt.date(2026, 10, 5)


def article(article_id: str, day: int, source: str, title: str | None, text: str) -> Article:
    return Article(
        id=article_id,
        text=" ".join(text.split()),
        title=title,
        date=START + dt.timedelta(days=day),
        source=source,
    )


def name(word: str) -> int:
    return _term_id(stem(word))


def stories_of(assigned: dict[str, str]) -> list[set[str]]:
    stories: dict[str, set[str]] = {}
    for article_id, story_id in assigned.items():
        stories.setdefault(story_id, set()).add(article_id)
    return sorted(stories.values(), key=min)


MURDER_TRIAL = [
    article(
        "murder-1",
        0,
        "Ashford Messenger",
        "Student stabbing trial opens at Ashford Crown Court",
        """A man accused of stabbing student Leah Morton to death in Ashford town centre went on trial on Monday.
        Prosecutor James Whitley told Ashford Crown Court that Connor Baines, 24, attacked Ms Morton after an
        argument outside a nightclub in March. Judge Helen Carr told the jury to ignore social media. Baines
        denies murder.""",
    ),
    article(
        "murder-2",
        0,
        "Kent Live News",
        "Baines denies murdering student Leah Morton",
        """Connor Baines denies the murder of Leah Morton, 20, who was stabbed outside a nightclub in Ashford.
        James Whitley, prosecuting, said CCTV showed Baines following her down Bank Street. The trial at Ashford
        Crown Court is expected to last two weeks.""",
    ),
    article(
        "murder-3",
        4,
        "Ashford Messenger",
        "Leah Morton murder trial: Baines guilty",
        """Connor Baines has been found guilty of murdering student Leah Morton. The jury at Ashford Crown Court
        took five hours to reach its verdict. Judge Helen Carr said Baines would be sentenced on Friday. Ms
        Morton's mother said justice had been done.""",
    ),
]
# Two weeks on, in another city: it names the victim, whom most of the story's titles name.
APPEAL = article(
    "murder-4",
    14,
    "National News Agency",
    "Leah Morton's killer launches appeal in London",
    """Connor Baines, jailed for life for the murder of student Leah Morton, has lodged an appeal against his
    conviction at the Court of Appeal in London. His barrister, Rachel Osei, argued that the jury had heard
    evidence it should not have. Ms Morton's family said they were shocked by the appeal.""",
)
# Another trial at the court, before the same judge and prosecutor: the court is its most-mentioned name, as it
# is one the murder trial's articles use, and it never names Morton or Baines.
DRUG_TRIAL = [
    article(
        "drugs-1",
        17,
        "Ashford Messenger",
        "Drug smuggling trial opens at Ashford Crown Court",
        """Three men accused of smuggling £3 million of cocaine through the port of Dover in a lorry of frozen
        fish went on trial at Ashford Crown Court on Monday. Prosecutor James Whitley said Viktor Draganov, 41,
        organised the shipment. Judge Helen Carr warned the jury the trial could last a month. All three men deny
        conspiracy to import drugs.""",
    ),
    article(
        "drugs-2",
        17,
        "Kent Live News",
        "Cocaine in fish lorry, Ashford jury told",
        """A lorry carrying frozen fish hid £3 million of cocaine, Ashford Crown Court heard on Monday. Viktor
        Draganov and two other men deny conspiracy to import drugs. James Whitley, prosecuting, said the drugs
        were found by Border Force officers at Dover.""",
    ),
]


def test_a_second_trial_at_the_same_court_is_a_story_of_its_own_and_the_first_trials_appeal_joins_it():
    assigned = group_stream([*MURDER_TRIAL, APPEAL, *DRUG_TRIAL])
    assert stories_of(assigned) == [{"drugs-1", "drugs-2"}, {"murder-1", "murder-2", "murder-3", "murder-4"}]


def test_a_storys_subject_names_are_the_title_names_most_of_its_titles_use():
    grouper = StoryGrouper()
    for item in MURDER_TRIAL:
        grouper.add(item)
    story = grouper.stories_[grouper.story_of_["murder-1"]]
    # "Ashford", "Crown" and "Court" are in one title of three; "Baines" opens two titles the texts name him in.
    assert story.subject_names == {name("leah"), name("morton"), name("baines")}
    assert story.titled == 3


def test_an_editors_move_takes_the_moved_titles_out_of_the_subject():
    grouper = StoryGrouper()
    for item in MURDER_TRIAL:
        grouper.add(item)
    moved_to = grouper.move(
        MURDER_TRIAL[1:], read=lambda ids: [item for item in MURDER_TRIAL if item.id in ids]
    )
    left = grouper.stories_[grouper.story_of_["murder-1"]]
    moved = grouper.stories_[moved_to]
    assert (left.titled, left.subject_names) == (1, frozenset())  # one title is no subject
    assert moved.titled == 2
    assert moved.subject_names == {name("leah"), name("morton"), name("baines")}


def test_the_subject_is_not_asked_of_a_story_begun_fewer_days_before():
    # The same drug trial three days after the murder trial opened: days that tell no look-alike apart.
    early = [article(item.id, 3, item.source or "", item.title, item.text) for item in DRUG_TRIAL]
    assigned = group_stream([*MURDER_TRIAL[:2], *early])
    assert assigned["drugs-1"] == assigned["murder-1"]


def test_untitled_articles_give_a_story_no_subject():
    untitled = [article(item.id, 0, item.source or "", None, item.text) for item in MURDER_TRIAL]
    grouper = StoryGrouper()
    for item in untitled:
        grouper.add(item)
    story = grouper.stories_[grouper.story_of_["murder-1"]]
    assert (story.titled, story.subject_names) == (0, frozenset())


def test_a_word_a_title_opens_with_is_a_name_word_only_when_a_name_of_the_text_has_it():
    # "Norvik shares fall", after "Norvik Motors" in the text; but "Rent cap approved" names no one.
    assert _title_names([], ["norvik"], ["norvik motors"]) == {name("norvik")}
    assert _title_names(["brackenridge"], ["rent"], ["brackenridge city council"]) == {name("brackenridge")}
    # Every word of a name, but short ones, stop words, numbers and dates.
    assert _title_names(["bank of england", "g7", "friday"], [], []) == {name("bank"), name("england")}
