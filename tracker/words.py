"""Counted nouns for every message a person reads: "1 change", "2 changes".

One helper, so the CLI, the reports and the alerts never say "1 changes"; an irregular
plural is given (``count(n, "switch", "switches")``).
"""

from __future__ import annotations


def count(n: int, noun: str, plural: str | None = None) -> str:
    """``count(2, 'change') == '2 changes'``; ``count(1, 'change') == '1 change'``."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"
