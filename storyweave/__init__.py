"""storyweave: many news articles in, one cited and cross-checked story out.

Example:
    >>> import storyweave
    >>> report = storyweave.summarize(storyweave.load(["examples/harbor-fire"]), words=60)  # doctest: +SKIP
"""

import logging

from storyweave.api import load, report, summarize
from storyweave.model import Article, Batch, Report

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = ["Article", "Batch", "Report", "load", "report", "summarize"]
