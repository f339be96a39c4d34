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


# A metro strike in Lisbon, told in one report so far, and the next day a look-alike strike called in Madrid whose
# report names Lisbon's in passing: the strike's words and that name joined it (0.293, no background yet).
LISBON = article(
    "lisbon-1",
    0,
    "Atlantic Wire",
    "Lisbon metro shut as workers stage 24-hour strike over pay",
    """LISBON (Atlantic Wire) - All four lines of the Lisbon metro were shut on Monday as workers staged a 24-hour
    strike over pay, leaving about 500,000 daily passengers to find other ways to work.
    The Fectrans union, which called the walkout, is demanding a 6% pay rise; Metropolitano de Lisboa has offered
    3%. "The company has had months to make a serious offer," Fectrans spokesman Rui Cardoso said.
    Buses run by Carris were packed from early morning. Portugal's infrastructure minister, Miguel Pinto Luz,
    urged both sides to return to talks.""",
)
MADRID = article(
    "madrid-1",
    1,
    "Atlantic Wire",
    "Madrid metro drivers to strike on Thursday over pay and staffing",
    """MADRID (Atlantic Wire) - Train drivers on the Madrid metro will hold a 24-hour strike on Thursday over pay
    and staffing, their union said on Tuesday, a day after a metro strike shut Lisbon's network.
    The SCMM drivers' union said Metro de Madrid had refused to hire the 150 extra drivers it says are needed.
    "Our members are exhausted," SCMM secretary general Ana Beltran said.
    Metro de Madrid, which carries about 2 million passengers a day, said it would run minimum services.""",
)
LISBON_FOLLOW_UP = article(
    "lisbon-2",
    1,
    "Iberia Today",
    "Lisbon commuters pack buses after metro walkout; union threatens more stoppages",
    """Commuters in Lisbon crowded Carris buses and trams on Monday as the 24-hour metro strike closed every
    station, and the Fectrans union warned it could call further stoppages before Christmas.
    Rui Cardoso, a Fectrans spokesman, said members rejected Metropolitano de Lisboa's 3% offer as "an insult".""",
)

MADRID_FOLLOW_UP = article(
    "madrid-2",
    3,
    "El Diario Iberico",
    "Madrid metro runs half its trains as drivers strike",
    """The 24-hour strike by train drivers of the SCMM union cut Metro de Madrid's service to the minimum of 50% at
    rush hour on Thursday, with crowded platforms at Sol and Nuevos Ministerios. SCMM secretary general Ana Beltran
    demands 150 more drivers. Metro de Madrid called the strike unjustified.""",
)


def test_a_headline_opening_with_a_new_subject_takes_no_young_story_it_names_in_passing():
    # Told once only, the look-alike would still meet the Lisbon story at its second chance, which reads no names.
    assert stories_of([LISBON, MADRID, LISBON_FOLLOW_UP, MADRID_FOLLOW_UP]) == [
        {"lisbon-1", "lisbon-2"},
        {"madrid-1", "madrid-2"},
    ]
