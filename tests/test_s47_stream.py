"""Session 47, stream: cheaper cleaning and grouping with the same results.

Pinned here, at the edges of the cheap first tests added in front of the patterns (each passes on the code before
them too: the results are meant not to change):
- A picture's verb is looked for among a sentence's first 13 words before the caption patterns that need one run:
  the verb as the 13th word still makes a caption, as the 14th it never did; words apart by a tab or two spaces are
  no caption opening, as before.
- A caption's mark anywhere in it ("seen here", "file photo") is a word of its own: "foreseen here" and "profile
  photo" are no marks.
- The gallery labels ("Staff photo by ...") and a video's title with its running time are signed paragraph rules
  now: they go whole with the same reasons, also in an article whose letters fold to others when matched ("İ").
"""

import pytest

from storyweave.clean import clean, debris_reason, is_caption
from storyweave.model import Article

_LEAD = "The Brannock quarry collapsed on Tuesday near Kestrel Falls, trapping 11 workers."
_AFTER = "Rescuers pulled four of them out alive by nightfall."


@pytest.mark.parametrize(
    ("sentence", "caption"),
    [
        ("One two three four five six seven eight nine ten eleven twelve sits on a bench on Monday.", True),
        (
            "One two three four five six seven eight nine ten eleven twelve thirteen sits on a bench on Monday.",
            False,
        ),
        ("Rescuers work at the site of the collapse on Tuesday.", True),
        ("Rescuers  work at the site of the collapse on Tuesday.", False),
        ("Rescuers\twork at the site of the collapse on Tuesday.", False),
        ("Matt Damon attends a screening in New York.", True),
        ("Matt Damon attends a screening in New York, he said.", False),
        ("The mayor, seen here in 2014, opened the bridge.", True),
        ("It was foreseen here that the bridge would open.", False),
        ("A file photo of the bridge.", True),
        ("His profile photo shows the bridge.", False),
        ("Crowds gather (left) at the gate.", True),
    ],
)
def test_caption_answers_at_the_edges_of_the_first_tests(sentence: str, caption: bool) -> None:
    assert is_caption(sentence) is caption


@pytest.mark.parametrize(
    ("paragraph", "reason"),
    [
        ("Staff photo by Dag Arnesen", "photo credit"),
        ("Kestrel Falls Gazette file photo", "photo credit"),
        ("Rescuers reach trapped miners (02:14)", "video caption"),
    ],
)
def test_signed_labels_go_whole_with_their_reasons(paragraph: str, reason: str) -> None:
    for lead in (_LEAD, f"{_LEAD} İzmir sent a team."):
        cleaned = clean(Article("a", f"{lead}\n{paragraph}\n{_AFTER}"))
        assert cleaned.text == f"{lead}\n{_AFTER}"
        assert [(line.text, line.reason) for line in cleaned.removed] == [(paragraph, reason)]
    assert debris_reason(paragraph) == reason


def test_prose_with_a_running_time_or_a_file_photo_stays() -> None:
    for paragraph in (
        "The rescue, filmed by a worker (02:14 into the clip), shows the shaft. It ran for an hour.",
        "Officials released a file photo of the shaft on Tuesday, and said the search would go on.",
    ):
        assert (
            clean(Article("a", f"{_LEAD}\n{paragraph}\n{_AFTER}")).text == f"{_LEAD}\n{paragraph}\n{_AFTER}"
        )
