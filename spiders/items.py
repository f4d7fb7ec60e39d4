"""The item the spider yields: one fetched page of a tracked program.

Following zyte-common-items, everything is optional except the URL, and each field says
its format. The facts themselves are the plain dicts of tracker/facts.py, each value with
its raw text and provenance.
"""

from __future__ import annotations

from dataclasses import dataclass

from db.bodies import PackedBody
from tracker.facts import Facts


@dataclass
class ProgramPage:
    url: str
    """The page URL as configured (the key the page is stored under)."""

    program: str
    """Slug of the program the page belongs to."""

    outcome: str = "ok"
    """ok | not_modified | http_error | network_error | timeout | robots | too_large |
    offsite_redirect | not_html | empty | blocked (a captcha, login or maintenance page) |
    extract_error (the page could not be read): only ``ok`` carries fresh facts."""

    status: int | None = None
    """HTTP status of the final response; None when no response arrived."""

    error: str | None = None
    """One line saying what went wrong, for any outcome but ok and not_modified."""

    final_url: str | None = None
    """Where redirects ended, when that differs from ``url``."""

    etag: str | None = None
    """The ETag response header, sent back as If-None-Match next time."""

    last_modified: str | None = None
    """The Last-Modified response header, sent back as If-Modified-Since next time."""

    content_type: str | None = None
    """The Content-Type response header."""

    packed: PackedBody | None = None
    """The response body as the database stores it, packed by the extraction worker (only
    for outcome ok). The raw body is not kept beside it: a program's pages wait in the
    pipeline until all are in, and each would hold its body twice."""

    elapsed_ms: int | None = None
    """Time from sending the request to having the whole response, in milliseconds."""

    fetched_at: str | None = None
    """UTC time the response arrived, ISO 8601 (``2022-10-20T06:00:00Z``)."""

    facts: Facts | None = None
    """Facts extracted from the body (tracker.facts.Facts), only for outcome ok."""
