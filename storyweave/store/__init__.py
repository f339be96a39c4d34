"""The embedded article store: articles, near-duplicate links and stories in one SQLite file."""

from storyweave.store.sqlite import (
    DEFAULT_DB,
    STORY_ORDERS,
    AddResult,
    Store,
    StoryChoiceError,
    StoryPage,
    content_hash,
    ingest,
)

__all__ = [
    "DEFAULT_DB",
    "STORY_ORDERS",
    "AddResult",
    "Store",
    "StoryChoiceError",
    "StoryPage",
    "content_hash",
    "ingest",
]
