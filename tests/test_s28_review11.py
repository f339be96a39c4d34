"""Review 11 of session 28: edge cases of the session's changes and of what they touch."""

import datetime as dt

from storyweave import api
from storyweave.model import Article


def _articles(first_text: str) -> list[Article]:
    other = "The fire at the harbour killed 3 people on Thursday, the mayor said."
    return [
        Article(id=f"a{number}", title="Harbour fire", text=text, source=source, date=dt.date(2024, 3, 7))
        for number, (text, source) in enumerate([(first_text, "x.com"), (other, "y.com")])
    ]


def test_a_figure_of_more_digits_than_a_float_holds_is_no_figure_and_no_crash():
    # 400 digits make float("inf"), whose rounding step int() cannot take (OverflowError).
    digits = "1" * 400
    text = f"The fire at the harbour killed {digits} people on Thursday, the mayor said. It went from {digits} to 5."
    report = api.report(_articles(text), words=40)
    assert report.summary is not None
    assert digits not in " ".join(str(conflict) for conflict in report.conflicts)
