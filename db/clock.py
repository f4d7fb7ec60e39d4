"""The one timestamp format of every table: ``2022-10-20T06:00:00Z``, UTC to the second.

Written as text so that analysts can compare and sort timestamps in SQL as they are, and
by this one function, so that every table agrees on how.
"""

from __future__ import annotations

from datetime import datetime, timezone


def stamp(moment: datetime | None = None) -> str:
    """``moment`` (now when None; naive means local time) as stored."""
    return (
        (moment or datetime.now(timezone.utc))
        .astimezone(timezone.utc)
        .strftime("%Y-%m-%dT%H:%M:%SZ")
    )
