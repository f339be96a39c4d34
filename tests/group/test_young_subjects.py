"""Two drug stories days apart, each naming its own drug and company, are two stories however young (QA12a F1)."""

import datetime as dt

from storyweave.group import StoryGrouper
from storyweave.model import Article

from .conftest import dated_article, stories_of


def article(article_id: str, day: int, source: str, title: str, text: str) -> Article:
    return dated_article(article_id, day, title, text, source=source, start=dt.date(2026, 11, 18))


# A trial published in The Lancet: most of its titles name the journal.
TRIAL = [
    article(
        "trial-1",
        0,
        "Meridian Health News",
        "Obesity pill zelmatide lowers heart risk, Lancet study finds",
        """A daily pill cut heart attacks and strokes by 23% in a trial of 12,460 adults, researchers wrote in
        The Lancet on Wednesday. Halvorsen Pharma said it would ask the FDA for approval of the pill in January.
        Side effects were mostly mild nausea.""",
    ),
    article(
        "trial-2",
        0,
        "PharmaWire",
        "Halvorsen Pharma announces heart trial results published in The Lancet",
        """Halvorsen Pharma said its pill zelmatide cut heart attacks and strokes by 23% in adults with obesity,
        in results published in The Lancet. The company will file with the FDA. The most common side effects were
        nausea and diarrhea.""",
    ),
]
# Two days on, another company's pill for another disease is approved: neither side names the other's names.
APPROVAL = [
    article(
        "approval-1",
        2,
        "Atlantic Medical Wire",
        "FDA approves Calder pill brenovir for RSV",
        """The FDA approved on Friday a pill from Calder Biosciences for adults at risk of severe RSV. In a trial
        the pill cut hospital stays by 41%. The most common side effects were headache and diarrhea.""",
    ),
    article(
        "approval-2",
        2,
        "Pacific Ledger",
        "Calder wins FDA nod for RSV pill",
        """Calder Biosciences won approval from the FDA for brenovir, a pill against RSV in older adults. The
        pill cut hospital stays by 41% in a trial of 3,100 adults. Calder will sell it for $1,250.""",
    ),
]
# The trial's follow-up the same day: its title names the company the story uses, not the journal.
FOLLOW_UP = article(
    "trial-3",
    2,
    "Baltic Business Daily",
    "Halvorsen shares rise after heart trial",
    """Shares of Halvorsen Pharma rose 6% after its pill zelmatide cut heart attacks and strokes by 23% in the
    trial. Analysts expect the FDA to decide late next year. Side effects were nausea and diarrhea.""",
)


def grouper() -> StoryGrouper:
    # A threshold low enough that the pills' shared words alone would join the approval to the trial, as a
    # small fresh database's zero background let them (the approval scored 0.064 against 0.06).
    return StoryGrouper(threshold=0.01)


def test_a_young_story_of_other_named_subjects_takes_no_article():
    assert stories_of([*TRIAL, *APPROVAL], grouper()) == [
        {"approval-1", "approval-2"},
        {"trial-1", "trial-2"},
    ]


def test_a_young_storys_follow_up_whose_title_names_its_names_joins_it():
    assert stories_of([*TRIAL, FOLLOW_UP], grouper()) == [{"trial-1", "trial-2", "trial-3"}]
