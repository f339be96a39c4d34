"""Group a stream of articles into stories: near-duplicates first, then online grouping."""

from storyweave.group.dedup import NearDuplicateIndex, shingles
from storyweave.group.stories import StoryGrouper, entities, group_stream, headline, story_from_articles

__all__ = [
    "NearDuplicateIndex",
    "StoryGrouper",
    "entities",
    "group_stream",
    "headline",
    "shingles",
    "story_from_articles",
]
