"""Name what went wrong with a fetch, in words a maintainer can act on.

Pure helpers over Twisted failures and URLs, so the spider's errback stays one line.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import (
    ConnectionLost,
    ConnectionRefusedError,
    DNSLookupError,
    TCPTimedOutError,
    TimeoutError,
)
from twisted.python.failure import Failure
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived

from tracker.urls import offsite


def describe_failure(failure: Failure) -> tuple[str, str]:
    """(outcome, one-line error) for a failed request."""
    exc = failure.value
    text = " ".join(str(exc).split())[:300] or type(exc).__name__
    if isinstance(exc, HttpError):
        return "http_error", f"HTTP {exc.response.status}"
    if isinstance(exc, IgnoreRequest):
        if "robots" in text.lower():
            return "robots", "refused by robots.txt"
        if "redirections" in text:
            return "redirect_loop", "too many redirects (a redirect loop)"
        return "network_error", f"request dropped: {text}"
    if isinstance(exc, (DownloadTimeoutError, TimeoutError, TCPTimedOutError)):
        return "timeout", "timed out waiting for the server"
    if isinstance(exc, (CannotResolveHostError, DNSLookupError)):
        request = failure.request  # type: ignore[attr-defined]  # Scrapy sets it on errbacks
        return "network_error", f"DNS lookup failed for {urlsplit(request.url).hostname}"
    if isinstance(exc, (DownloadConnectionRefusedError, ConnectionRefusedError)):
        return "network_error", "connection refused"
    if isinstance(exc, DownloadCancelledError) or "maxsize" in text or "max size" in text:
        return "too_large", "page too large: stopped at the configured size limit"
    if isinstance(exc, ResponseDataLossError):
        return "network_error", "response cut short: fewer bytes than the server announced"
    if isinstance(exc, (ResponseFailed, ResponseNeverReceived, ConnectionLost)):
        return "network_error", f"connection broken mid-response: {type(exc).__name__}"
    return "network_error", f"{type(exc).__name__}: {text}"


def is_offsite(redirect_urls: list[str], final_url: str) -> bool:
    """True when redirects led to another site than the one first asked (the differ's
    rule: a subdomain of the same site is the same site)."""
    return bool(redirect_urls) and offsite(redirect_urls[0], final_url)


_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or b > 13)  # not tab, newline, CR...


def looks_binary(body: bytes) -> bool:
    """True for content that is not text whatever its Content-Type says (NUL bytes or a
    high share of control characters in the first KB)."""
    head = body[:1024]
    if b"\x00" in head:
        return True
    control = len(head) - len(head.translate(None, _CONTROL_BYTES))  # counted in C
    return bool(head) and control / len(head) > 0.1
