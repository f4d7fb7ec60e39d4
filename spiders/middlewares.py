"""Downloader middlewares: retries that wait, and a robots.txt fix.

Retries that wait: exponential backoff, and the server's Retry-After when it sends one.

Scrapy's stock RetryMiddleware retries at once, which hammers a server that just said it
is overloaded (503) or that we are too fast (429). This subclass waits before each retry:
``RETRY_BACKOFF_BASE * 2**attempt`` seconds, or Retry-After when given. A Retry-After
longer than ``RETRY_AFTER_MAX`` is not waited for: the response is kept and recorded as a
failure of this run, and the next scheduled run tries again.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

from scrapy.downloadermiddlewares import robotstxt
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Request, Response
from scrapy.robotstxt import RobotParser
from scrapy.settings import BaseSettings
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.response import response_status_message
from twisted.internet.defer import Deferred


def retry_after_seconds(value: bytes | str | None, now: datetime | None = None) -> float | None:
    """Seconds a Retry-After header asks for (delta-seconds or HTTP date), or None."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


class BackoffRetryMiddleware(RetryMiddleware):
    def __init__(self, settings: BaseSettings) -> None:
        super().__init__(settings)
        self.backoff_base = settings.getfloat("RETRY_BACKOFF_BASE", 1.0)
        self.retry_after_max = settings.getfloat("RETRY_AFTER_MAX", 120.0)

    # Async where the parent is sync (Scrapy awaits a coroutine middleware method), so the
    # return type differs from RetryMiddleware's.
    async def process_response(  # type: ignore[override]
        self, request: Request, response: Response, spider: object = None
    ) -> Request | Response:
        if request.meta.get("dont_retry") or response.status not in self.retry_http_codes:
            return response
        delay = retry_after_seconds(response.headers.get(b"Retry-After"))
        if delay is not None and delay > self.retry_after_max:
            return response  # too long to wait within this run: record the failure
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        if delay is None:
            delay = self.backoff_base * 2 ** (retry.meta.get("retry_times", 1) - 1)
        await asyncio.sleep(delay)
        return retry


class RobotsTxtMiddleware(robotstxt.RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware, fixed for requests that wait on the same robots.txt.

    Since scrapy#6802 every request waiting for a host's robots.txt awaits the *same*
    Deferred; the first waiter consumes its result and the others get None, which the
    stock middleware reads as "no robots.txt: allow everything". Each waiter here gets
    a Deferred of its own, fired with the parser and passing it on unchanged.
    """

    async def robot_parser(self, request: Request) -> RobotParser | None:
        pending = self._parsers.get(urlparse_cached(request).netloc)
        if isinstance(pending, Deferred):
            own: Deferred = Deferred()

            def relay(result: object) -> object:
                own.callback(result)
                return result

            pending.addBoth(relay)
            return await maybe_deferred_to_future(own)
        return await super().robot_parser(request)
