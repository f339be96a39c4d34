"""A revision (a re-post whose figures changed: ``storyweave.group.dedup``) speaks for its first version's outlet:
the figure it replaced is that outlet's update, not a second outlet's disagreement."""

import datetime as dt

from storyweave import api
from storyweave.model import Article

WIRE = (
    "A section of roof over the main kiln at the Osterby brickworks collapsed on Tuesday morning, injuring three "
    "workers, the regional fire service said. The collapse happened shortly after 7 a.m., when about 40 people "
    "were on the early shift, according to plant manager Soren Lindqvist. Two of the injured were taken to "
    "Aalborg University Hospital with broken bones; a third was treated at the scene. The brickworks, which "
    "employs 120 people, has stopped production while engineers inspect the remaining roof."
)
# The wire's own re-post of the same day, every count of the injured one higher.
REVISED = (
    WIRE.replace("injuring three", "injuring four")
    .replace("Two of", "Three of")
    .replace("a third", "a fourth")
)
LOCAL = (
    "Production at the Osterby brickworks will stay halted for at least two weeks after part of the kiln hall "
    "roof fell in on Tuesday, the company said on Wednesday. Four workers were hurt in the collapse, three of "
    "whom remain in Aalborg University Hospital. The labour inspectorate confirmed it had opened an investigation."
)


def _articles() -> list[Article]:
    day = dt.date(2026, 3, 4)
    return [
        Article("wire", WIRE, title="Kiln roof collapses, three hurt", date=day),
        Article("wire-revised", REVISED, title="Kiln roof collapses, four hurt", date=day),
        Article(
            "local", LOCAL, title="Brickworks shut after roof gives way", date=day + dt.timedelta(days=1)
        ),
    ]


def test_a_revision_raising_a_count_is_its_outlets_update():
    report = api.report(_articles())
    hurt = [conflict for conflict in report.conflicts if {"3", "4"} <= {p.value for p in conflict.positions}]
    assert len(hurt) == 1
    assert hurt[0].update


def test_without_the_revision_relation_the_same_day_figures_disagree():
    # The same two texts, too unlike to be versions of one article, are two outlets of one day: a conflict.
    articles = _articles()
    articles[1] = Article(
        "other-outlet",
        "Four workers were injured on Tuesday morning when part of the kiln roof at the Osterby brickworks fell "
        "in, a fire service spokesman told reporters at the scene.",
        title="Four hurt in brickworks collapse",
        date=articles[1].date,
    )
    report = api.report(articles)
    hurt = [conflict for conflict in report.conflicts if {"3", "4"} <= {p.value for p in conflict.positions}]
    assert len(hurt) == 1
    assert not hurt[0].update
