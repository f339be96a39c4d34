"""storyweave: many news articles in, one cited and cross-checked story out."""

import logging

logging.getLogger(__name__).addHandler(logging.NullHandler())
