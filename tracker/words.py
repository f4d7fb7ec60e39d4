"""Counted nouns for every message a person reads: "1 change", "2 changes".

One helper, so the CLI, the reports, the logs and the alerts never say "1 changes"; an
irregular plural is given (``count(n, "switch", "switches")``). :func:`noun` is for a
label printed apart from its number (the HTML report's totals).
"""

from __future__ import annotations


def noun(n: int, singular: str, plural: str | None = None) -> str:
    """``noun(2, 'change') == 'changes'``; ``noun(1, 'change') == 'change'``."""
    return singular if n == 1 else plural or singular + "s"


def count(n: int, singular: str, plural: str | None = None) -> str:
    """``count(2, 'change') == '2 changes'``; ``count(1, 'change') == '1 change'``;
    ``count(1200, 'byte') == '1,200 bytes'``."""
    return f"{n:,} {noun(n, singular, plural)}"
