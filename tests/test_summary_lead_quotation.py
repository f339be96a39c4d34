"""A summary does not open with a quotation from inside an article when it holds an article's lead."""

from storyweave.api import _lead_for_quotation
from storyweave.model import Article, Summary, SummarySentence
from storyweave.segment import segment

# AllSides 5982: one outlet's quotation came first in reading order (its article comes first), before the other
# outlet's lead.
LEFT = segment(
    Article(
        "left",
        "FBI Director Christopher Wray likened the ransomware attacks to the September 11 attacks. "
        '"There are a lot of parallels, and a lot of focus by us on disruption and prevention," Mr. Wray said '
        "in an interview with the Wall Street Journal on Thursday.",
    )
)
RIGHT = segment(
    Article(
        "right",
        "The FBI is investigating about 100 different types of ransomware, Director Christopher Wray revealed in "
        "a new interview. The comments came after two ransomware attacks sent meat and gas prices up.",
    )
)


def _summary(*chosen):
    return Summary(tuple(SummarySentence(s.text, s.id, (s.article_id,)) for s in chosen), word_budget=120)


def test_a_summary_opening_with_a_quotation_opens_with_a_lead_instead():
    quotation, lead, later = LEFT.sentences[1], RIGHT.sentences[0], RIGHT.sentences[1]
    chosen = (quotation, lead, later)
    assert _lead_for_quotation(chosen, _summary(*chosen)) == lead.id
    # With no lead chosen, the order stays.
    assert _lead_for_quotation((quotation, later), _summary(quotation, later)) is None


def test_a_quotation_opening_its_article_is_its_lead():
    opening = segment(Article("q", '"Piracy" and "state terrorism" were the words used. Belarus denied it.'))
    chosen = (opening.sentences[0], RIGHT.sentences[0])
    assert _lead_for_quotation(chosen, _summary(*chosen)) is None
