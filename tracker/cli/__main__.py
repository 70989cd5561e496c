"""``python -m tracker.cli`` runs the specdrift command line."""

from tracker.cli import run

run()
