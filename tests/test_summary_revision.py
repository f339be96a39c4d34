"""A wire's re-post with its figures brought up to date (a revision the near-duplicate check keeps): its lines read
at the first post's place, its headline heads the report, and a line of quoted words names its speaker."""

import datetime as dt

from storyweave import api
from storyweave.model import Article, Conflict, Evidence, Position, Report, Summary
from storyweave.render import render
from storyweave.render._citations import story_title

_DAY = dt.date(2026, 3, 4)

# The kiln held-out story (Session 33): a wire's story, its re-post the same day with one more hurt, a local paper.
_WIRE = (
    "A section of roof over the main kiln at the Osterby brickworks collapsed on Tuesday morning, injuring {hurt} "
    "workers, the regional fire service said.\n"
    "The collapse happened shortly after 7 a.m., when about 40 people were on the early shift, according to plant "
    "manager Soren Lindqvist.\n"
    '"We heard a crack and then the whole bay came down," Lindqvist said. "Everyone who could walk got out within '
    'minutes."\n'
    "{taken} of the injured were taken to Aalborg University Hospital with broken bones; a {other} was treated at "
    "the scene.\n"
    "The brickworks, which employs 120 people, has stopped production while engineers inspect the remaining roof.\n"
    "Police said there was no sign of foul play. The labour inspectorate has opened an investigation."
)
_LOCAL = (
    "Production at the Osterby brickworks was halted on Wednesday, a day after part of the roof above the main "
    "kiln gave way.\n"
    "Four workers were hurt in the collapse, three of whom remain in Aalborg University Hospital.\n"
    "The labour inspectorate said it would examine whether the roof had been inspected as required."
)


def _kiln() -> list[Article]:
    return [
        Article(
            "a_wire",
            _WIRE.format(hurt="three", taken="Two", other="third"),
            title="Kiln roof collapses at Osterby brickworks, three hurt",
            date=_DAY,
        ),
        Article(
            "c_revision",
            _WIRE.format(hurt="four", taken="Three", other="fourth"),
            title="Kiln roof collapses at Osterby brickworks, four hurt",
            date=_DAY,
        ),
        Article(
            "d_local",
            _LOCAL,
            title="Osterby brickworks shut after kiln roof gives way",
            date=_DAY + dt.timedelta(days=1),
        ),
    ]


def test_a_revision_s_lead_opens_the_summary_where_the_first_post_s_would():
    report = api.summarize(_kiln(), words=120)
    lines = [line.text for line in report.summary.sentences]
    assert "injuring four workers" in lines[0]
    assert not any("injuring three workers" in line for line in lines)


def test_the_revision_s_headline_heads_the_report():
    report = api.summarize(_kiln(), words=120, conflicts=True)
    assert story_title(report).text == "Kiln roof collapses at Osterby brickworks, four hurt"


def test_a_line_of_quoted_words_from_one_outlet_names_its_speaker():
    markdown = render(api.summarize(_kiln(), words=120), "md")
    assert 'Soren Lindqvist: "Everyone who could walk got out within minutes."' in markdown
    assert "Speaker not identified" not in markdown


def test_a_headline_stating_an_updated_count_in_words_gives_way():
    articles = (
        Article("a", "Three were hurt.", title="Roof collapse, three hurt", date=_DAY),
        Article("b", "Four were hurt.", title="Roof collapse: four hurt", date=_DAY + dt.timedelta(days=1)),
    )
    positions = tuple(
        Position(value, (article,), (Evidence(article, f"{article}#0", text),))
        for value, article, text in (("3", "a", "Three were hurt."), ("4", "b", "Four were hurt."))
    )
    update = Conflict("people hurt", "number", positions, update=True)
    assert (
        story_title(Report(articles, Summary((), 50), conflicts=(update,))).text == "Roof collapse: four hurt"
    )
    # Without the update, the first published heads it.
    assert story_title(Report(articles, Summary((), 50))).text == "Roof collapse, three hurt"
