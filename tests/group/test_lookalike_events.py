"""Look-alike events: the same town's fire chief at two fires a week apart are two stories (QA6 #1)."""

import datetime as dt

from storyweave.embed.terms import stem
from storyweave.group import StoryGrouper
from storyweave.group.stories import _term_id
from storyweave.model import Article

from .conftest import dated_article, stories_of


def article(article_id: str, day: int, source: str, title: str, text: str) -> Article:
    return dated_article(article_id, day, title, text, source=source, start=dt.date(2026, 5, 3))


# A warehouse fire in Halford and its follow-up three days later.
WAREHOUSE = [
    article(
        "warehouse-1",
        0,
        "Valley Herald",
        "Fire destroys Halford paper warehouse on Quay Road",
        """A fire destroyed a paper warehouse on Quay Road in Halford late on Sunday. Fire chief Moira Dunn said
        35 firefighters fought the blaze through the night. The building, owned by Pellow Packaging, collapsed
        before dawn. No one was hurt. Residents of Tanner Street were told to keep their windows shut.""",
    ),
    article(
        "warehouse-2",
        0,
        "Metro Wire",
        "Halford warehouse blaze burns through the night",
        """Firefighters battled a fire at the Pellow Packaging warehouse on Quay Road in Halford for nine hours.
        Chief Moira Dunn said the roof fell in within an hour. Owner Gareth Pellow said 30 staff would be paid
        while the company looked for a new site.""",
    ),
    article(
        "warehouse-3",
        3,
        "Valley Herald",
        "Halford warehouse fire was arson, investigators say",
        """Investigators say the fire that destroyed the Pellow Packaging warehouse on Quay Road in Halford was
        started on purpose. Chief Moira Dunn said petrol was found by a loading bay. Gareth Pellow said he had
        received no threats.""",
    ),
]
# A week later, a small fire at a Halford café: the same town and fire chief, another event.
CAFE = [
    article(
        "cafe-1",
        7,
        "Valley Herald",
        "Kitchen fire damages Halford café on Bridge Lane",
        """A kitchen fire damaged the Copper Kettle café on Bridge Lane in Halford early on Sunday. Chief Moira
        Dunn said eight firefighters put the fire out within half an hour. The owner, Nadia Ferris, and two
        cooks got out unhurt. Dunn said there was no link to last week's warehouse fire on Quay Road. The café
        will stay shut for a fortnight.""",
    ),
    article(
        "cafe-2",
        7,
        "Metro Wire",
        "Halford café hit by kitchen fire",
        """Firefighters in Halford were called to the Copper Kettle café on Bridge Lane on Sunday morning after
        a fryer caught fire in the kitchen. Chief Moira Dunn said the fire was an accident. Owner Nadia Ferris
        said she hoped to reopen within a fortnight.""",
    ),
]


def test_a_fire_that_denies_a_link_to_last_weeks_fire_is_a_story_of_its_own():
    assert stories_of(WAREHOUSE + CAFE) == [
        {"cafe-1", "cafe-2"},
        {"warehouse-1", "warehouse-2", "warehouse-3"},
    ]


def test_the_denied_story_is_kept_apart_from_the_new_one():
    grouper = StoryGrouper()
    for item in WAREHOUSE + CAFE[:1]:
        grouper.add(item)
    warehouse, cafe = (grouper.story_of_[item.id] for item in (WAREHOUSE[0], CAFE[0]))
    assert warehouse != cafe
    # An article like both stories neither joins the café's story to the warehouse's (step 5)...
    both = article(
        "both",
        7,
        "Ridge Gazette",
        "Two fires in Halford",
        " ".join(item.text for item in (WAREHOUSE[1], CAFE[1])),
    )
    grouper.add(both)
    grouper.settle()
    # ... nor does a second chance.
    assert grouper.story_of_["warehouse-1"] != grouper.story_of_["cafe-1"]


def test_the_denied_event_is_told_apart_by_the_words_the_article_uses_only_for_it():
    denied = StoryGrouper().sketcher()(CAFE[0]).denied
    # "fire" names the café's own event too; "last week" is a time, not the event.
    assert denied == frozenset(_term_id(stem(word)) for word in ["warehouse", "quay", "road"])
    assert StoryGrouper().sketcher()(WAREHOUSE[0]).denied == frozenset()


def test_a_denial_without_an_earlier_event_changes_nothing():
    denial = article(
        "warehouse-4",
        4,
        "Metro Wire",
        "Halford warehouse owner denies gang links",
        """Gareth Pellow, whose Pellow Packaging warehouse on Quay Road in Halford burned down on Sunday, denied
        any links to criminal gangs. Chief Moira Dunn said the fire was arson.""",
    )
    assert StoryGrouper().sketcher()(denial).denied == frozenset()
    assert stories_of([*WAREHOUSE, denial]) == [{"warehouse-1", "warehouse-2", "warehouse-3", "warehouse-4"}]


def test_a_follow_up_that_denies_a_link_to_another_event_still_joins_its_story():
    follow_up = article(
        "warehouse-4",
        4,
        "Metro Wire",
        "Arrest over Halford warehouse fire",
        """Police arrested a man over the fire that destroyed the Pellow Packaging warehouse on Quay Road in
        Halford. Chief Moira Dunn said the arson was not linked to Tuesday's break-in at a chemist in Marlow.""",
    )
    assert StoryGrouper().sketcher()(follow_up).denied  # a denial, of an event no story is about
    assert stories_of([*WAREHOUSE, follow_up]) == [
        {"warehouse-1", "warehouse-2", "warehouse-3", "warehouse-4"}
    ]


# A bribery trial, and four days later another defendant's fraud trial before the same judge and prosecutor.
BRIBERY = [
    article(
        "bribery-1",
        0,
        "Northern Post",
        "Former Corby councillor Dale Hume on trial for bribery",
        """The bribery trial of former Corby councillor Dale Hume opened on Monday at Corby Crown Court before
        Judge Ann Lyle. Prosecutor Owen Sharp said Hume took 50,000 pounds from a builder, Marsh Homes, to
        back a housing plan. Hume denies the charge. His lawyer, Ruth Gale, said the money was a loan that Hume
        repaid.""",
    ),
    article(
        "bribery-2",
        1,
        "Valley Herald",
        "Builder tells Hume trial of cash payments",
        """A director of Marsh Homes told Corby Crown Court on Tuesday that he paid Dale Hume in cash. Prosecutor
        Owen Sharp showed the jury Hume's bank records. Ruth Gale, for Hume, said the director had been
        promised immunity. Hume listened with his head bowed.""",
    ),
]
FRAUD = [
    article(
        "fraud-1",
        5,
        "Northern Post",
        "Bookkeeper Tessa Crane on trial for fraud",
        """The fraud trial of bookkeeper Tessa Crane opened at Corby Crown Court before Judge Ann Lyle on Saturday.
    Prosecutor Owen Sharp said Crane took 90,000 pounds from the Corby Rowing Club by forging invoices. Crane
    denies it. Her lawyer, Ian Booth, said Crane was blamed for the club's own poor records. Crane sat
    beside Booth and took notes.""",
    ),
    article(
        "fraud-2",
        5,
        "Valley Herald",
        "Rowing club treasurer testifies against Crane",
        """The treasurer of the Corby Rowing Club told Corby Crown Court that invoices signed by Tessa Crane
        were for work never done. Prosecutor Owen Sharp showed the jury the club's bank statements. Ian Booth,
        for Crane, said others signed invoices too. Judge Ann Lyle adjourned the trial until Monday.""",
    ),
]
VERDICT = article(
    "bribery-3",
    6,
    "Northern Post",
    "Jury finds Hume guilty of bribery",
    """A jury at Corby Crown Court found Dale Hume guilty on Sunday of taking bribes. Judge Ann Lyle will
    sentence Hume next month; Ruth Gale said he would appeal.""",
)


def test_another_defendants_trial_days_later_is_another_story():
    assert stories_of([*BRIBERY, *FRAUD]) == [{"bribery-1", "bribery-2"}, {"fraud-1", "fraud-2"}]


def test_the_verdict_days_later_joins_its_trial():
    assert stories_of([*BRIBERY, *FRAUD, VERDICT]) == [
        {"bribery-1", "bribery-2", "bribery-3"},
        {"fraud-1", "fraud-2"},
    ]


def test_an_article_like_both_trials_does_not_merge_them():
    grouper = StoryGrouper()
    for item in [*BRIBERY, *FRAUD]:
        grouper.add(item)
    roundup = article(
        "roundup",
        5,
        "Ridge Gazette",
        "Busy week at Corby Crown Court",
        """Corby Crown Court heard two trials this week before Judge Ann Lyle, both brought by prosecutor
        Owen Sharp. Dale Hume, the former councillor, is accused of taking cash from Marsh Homes; his lawyer
        Ruth Gale says it was a loan. Tessa Crane, a bookkeeper, is accused of forging invoices at the Corby
        Rowing Club; her lawyer Ian Booth says the club's records were poor. Both deny the charges.""",
    )
    grouper.add(roundup)
    assert grouper.story_of_["bribery-1"] != grouper.story_of_["fraud-1"]


def test_the_central_names_are_not_asked_of_a_story_begun_fewer_days_before():
    same_day = StoryGrouper(central_name_days=10)
    for item in [*BRIBERY, *FRAUD]:
        same_day.add(item)
    assert same_day.story_of_["fraud-1"] == same_day.story_of_["bribery-1"]


def test_a_moved_article_takes_its_central_name_along():
    grouper = StoryGrouper(central_name_days=0)
    for item in BRIBERY:
        grouper.add(item)
    story = grouper.stories_[grouper.story_of_["bribery-1"]]
    assert story.central_names == frozenset({_term_id(stem("hume"))})
    moved_to = grouper.move(BRIBERY[1:], read=lambda ids: [item for item in BRIBERY if item.id in ids])
    assert grouper.stories_[moved_to].central_counts[_term_id(stem("hume"))] == 1
    assert story.central_counts[_term_id(stem("hume"))] == 1


def test_sketches_made_apart_group_as_the_grouper_reads_articles():
    stream = sorted([*WAREHOUSE, *CAFE, *BRIBERY, *FRAUD, VERDICT], key=lambda item: item.date)
    plain, sketched = StoryGrouper(), StoryGrouper()
    sketcher = sketched.sketcher()
    assert [plain.add(item) for item in stream] == [
        sketched.add(item, sketch=sketcher(item)) for item in stream
    ]
    assert plain.stories() == sketched.stories()
    assert len(plain.stories()) == 4  # the warehouse fire, the café fire and the two trials
