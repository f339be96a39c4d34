"""Exceptions raised by storyweave; the CLI turns them into one-line messages."""


class StoryweaveError(Exception):
    """Base class of every error storyweave raises on purpose."""


class BadInputError(StoryweaveError):
    """An input file (or record) that cannot be read as articles.

    Args:
        origin: The file, or ``file:line`` for a record inside it.
        reason: What is wrong, in a few words.
    """

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason
