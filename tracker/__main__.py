"""``python -m tracker`` runs the bootwatch command line."""

from tracker.cli.main import cli

cli()
