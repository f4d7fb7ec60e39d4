"""Whether Apprise takes an alert URL: asked when the config is read and by tracker.alerts.targets.

It lives in config/ because a URL Apprise refuses is a config error, reported with the
file and line before anything runs; tracker.alerts.targets asks the same question of the URLs
in BOOTWATCH_ALERT_URLS and reads the parsed URL to redact it. Apprise is imported on
first use: loading its plugins takes a moment, and a config without alerts never needs it.
"""

from __future__ import annotations

import logging
import threading
from typing import Any


class _Quiet(logging.Filter):
    """Drops every record of a thread while Apprise parses a URL in it: Apprise logs the
    URL with header values before anyone knows which parts are secret."""

    def __init__(self) -> None:
        super().__init__()
        self.local = threading.local()  # .on: parsing in this thread

    def filter(self, record: logging.LogRecord) -> bool:
        return not getattr(self.local, "on", False)


QUIET = _Quiet()
logging.getLogger("apprise").addFilter(QUIET)


def apprise() -> Any:
    """The ``apprise`` module, imported on first use."""
    import apprise

    return apprise


def plugin(url: str) -> Any:
    """Apprise's plugin for ``url`` or None, with Apprise's logs silenced in this thread."""
    QUIET.local.on = True
    try:
        return apprise().Apprise.instantiate(url)
    finally:
        QUIET.local.on = False


def url_problem(url: str) -> str | None:
    """Why Apprise will not take ``url`` (one line without the URL's secrets), or None."""
    scheme = url.split("://", 1)[0] if "://" in url else ""
    if not scheme:
        return "not an Apprise URL (expected scheme://..., e.g. json://host/path)"
    if plugin(url) is None:
        return f"Apprise does not accept this {scheme}:// URL (unknown scheme or a missing part)"
    return None
