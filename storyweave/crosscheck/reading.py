"""What quotes, conflicts and the timeline all read from a story's articles, read once for all three.

Each cross-check builds this itself when it is called alone; :func:`storyweave.api.report` reads it
once and hands it to all of them (the people and the dated statements are a third of the
cross-check's time: ``python bench/bench_crosscheck.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from storyweave.crosscheck._facts import DatedFact, dated_facts, topic_terms
from storyweave.crosscheck._people import People
from storyweave.model import Segmented


@dataclass(frozen=True)
class StoryReading:
    """The story's people, dated statements and everywhere-words.

    Attributes:
        people: Who the articles name, with their titles and descriptions.
        dated: Every dated statement, in article order.
        topic: Stems found in so many of the story's sentences that they say nothing.
        sayings: The dates that only tell when something was said ("the WHO said on Friday"), in article
            order: the timeline dates by them the counts so reported.
    """

    people: People
    dated: tuple[DatedFact, ...]
    topic: frozenset[str]
    sayings: tuple[DatedFact, ...] = ()


def read_story_facts(docs: Sequence[Segmented]) -> StoryReading:
    """Read what every cross-check needs from the story's segmented articles.

    Args:
        docs: The story's articles, segmented (one per article), in publication order.

    Returns:
        The reading that :func:`~storyweave.crosscheck.find_quotes`,
        :func:`~storyweave.crosscheck.find_conflicts` and
        :func:`~storyweave.crosscheck.build_timeline` accept as ``reading``.
    """
    facts = dated_facts(docs, sayings=True)
    return StoryReading(
        People(docs),
        tuple(fact for fact in facts if not fact.said),
        topic_terms(docs),
        tuple(fact for fact in facts if fact.said),
    )
