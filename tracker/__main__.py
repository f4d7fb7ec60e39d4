"""``python -m tracker`` runs the bootwatch command line."""

from tracker.cli import cli

cli()
