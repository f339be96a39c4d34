"""Which stories an article in another language meets by its marks, and how much they weigh, does not depend on
the order the marks come in (storyweave.group.stories).

An article's marks are a frozenset, whose order changes from process to process (its names are hashed as strings
before they are marks) and through a sketching worker's pickling: an ingest resumed after a kill read them in
another order than the run it resumes. Session 32: the rarest marks were the first of equally rare ones in that
order, and their weights summed in it.
"""

from storyweave.group import StoryGrouper

# More than the grouper's ``query_terms`` (20), all as rare: which of them it looks stories up by is a choice.
_MARKS = list(range(1_000, 1_025))


def test_equally_rare_marks_meet_the_same_stories_in_any_order() -> None:
    grouper = StoryGrouper()
    for mark in _MARKS:  # one story's words hold each mark, which no article had yet
        grouper.index_[mark] = {grouper._new_story().number}

    def met(marks: list[int]) -> set[str]:
        return {story.id for story in grouper._marked_candidates(marks, set())}

    assert len(met(_MARKS)) == grouper.query_terms
    assert met(_MARKS) == met(_MARKS[::-1])


def test_marks_weigh_the_same_in_any_order() -> None:
    grouper = StoryGrouper()
    grouper.articles_seen_ = 1_000
    for mark in _MARKS:
        grouper.mark_frequency_[mark] = mark * 37 % 101
    shares = [1 / (1 + mark % 3) for mark in _MARKS]
    assert grouper._mark_weights(_MARKS, shares) == grouper._mark_weights(_MARKS[::-1], shares[::-1])
