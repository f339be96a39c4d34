"""Cross-check a story's articles: quotes with speakers, conflicting facts, a timeline.

Every function takes the story's segmented articles (``storyweave.segment``)
and returns frozen objects from ``storyweave.model``; nothing is mutated, no
model is loaded, and the same input always gives the same output.

>>> from storyweave.model import Article
>>> from storyweave.segment import segment
>>> doc = segment(Article(id="a", text='"We will rebuild every pier," said Mayor Ann Lee.'))
>>> [(q.speaker, q.articles) for q in find_quotes([doc])]
[('Ann Lee', ('a',))]
"""

from storyweave.crosscheck import dates
from storyweave.crosscheck.conflicts import find_conflicts
from storyweave.crosscheck.quotes import find_quotes
from storyweave.crosscheck.reading import StoryReading, read_story_facts
from storyweave.crosscheck.timeline import build_timeline

__all__ = ["StoryReading", "build_timeline", "dates", "find_conflicts", "find_quotes", "read_story_facts"]
