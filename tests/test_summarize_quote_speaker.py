"""QA pass 8 #10: summarize credits a quoting line that several outlets carry to the speaker report names."""

from storyweave import api
from storyweave.model import Article
from storyweave.render import render

_WORDS = "We will find out what happened, and we will say so publicly."


def test_summarize_names_the_speaker_of_a_line_inside_a_quotation():
    articles = [
        Article(
            "today",
            "A historic tram derailed in central Porto on Saturday, killing a pedestrian.\n\n"
            '"The brakes had been inspected last month and passed," said Metro do Porto spokeswoman Inês Moura. '
            f'"{_WORDS}\n\n"Until then, we ask people not to speculate."',
            source="Portugal Today",
        ),
        Article(
            "courier",
            "Police in Porto questioned the driver of a tram that derailed on Saturday.\n\n"
            f'"{_WORDS}" Moura said.\n\nThe tram derailed at about 10.40am, witnesses said.',
            source="Atlantic Courier",
        ),
    ]
    report = api.summarize(articles, words=80)
    (line,) = [line for line in report.summary.sentences if "find out" in line.text]
    assert sorted(line.sources) == ["courier", "today"]
    markdown = render(report, "md")
    assert f'Inês Moura: "{_WORDS}"' in markdown
    assert "Speaker not identified" not in markdown
