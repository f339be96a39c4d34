"""``python -m storyweave`` runs the CLI."""

from storyweave.cli import main

main()
