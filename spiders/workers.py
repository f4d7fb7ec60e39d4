"""What an extraction worker does with one fetched page, away from Scrapy's process.

Scrapy's process downloads for every page at once, so everything CPU-bound about a page
runs in a worker process: decoding the body, extracting its facts, recognising a captcha
or login page served instead of the program page, and packing the body as the database
keeps it. The worker gets the raw bytes (cheaper to send than text) and sends back the
facts and the packed body, a tenth of the page's size.
"""

from __future__ import annotations

import codecs
import logging
from dataclasses import dataclass
from datetime import date

from w3lib.encoding import html_to_unicode

from db.bodies import PackedBody, pack_body
from spiders.lifeline import die_with_crawl
from tracker.facts import FIELDS, Facts

#: Scrapy's log format, so a worker's errors read like the crawl's (tracker.run.crawl.first_error).
LOG_FORMAT = "%(asctime)s [%(name)s] %(levelname)s: %(message)s"


@dataclass(frozen=True)
class Extraction:
    """One page read: its facts, why it is not the program's page (None when it is), and
    its body packed for storage."""

    facts: Facts
    blocked: str | None
    packed: PackedBody


def start_worker(crawl_pid: int) -> None:
    """The extraction workers' initializer: log as Scrapy does, to the crawl's log (a
    worker inherits its stderr), and end with the crawl process."""
    logging.basicConfig(format=LOG_FORMAT, datefmt="%Y-%m-%d %H:%M:%S", level=logging.INFO)
    die_with_crawl(crawl_pid)


def extract_page(
    url: str,
    body: bytes,
    encoding: str,
    *,
    today: date,
    hints: dict[str, dict[str, str]],
    currency_hint: str | None,
) -> Extraction:
    """Read ``body``, decoded as Scrapy decoded it (``encoding`` is the response's)."""
    # Imported on first use: a re-crawl answered with 304s never extracts, and the import
    # is a good part of starting up.
    from tracker.extract.layers import extract_facts

    # Most pages are ASCII, and then the bytes are already the text lxml would be given:
    # decoding and encoding back would cost more than a tenth of extracting.
    source = body if body.isascii() and _ascii_superset(encoding) else decode_page(body, encoding)
    facts = extract_facts(url, source, today=today, hints=hints, currency_hint=currency_hint)
    blocked = None
    if not found_anything(facts):
        blocked = block_page_reason(source.decode("ascii") if isinstance(source, bytes) else source)
    return Extraction(facts, blocked, pack_body(body))


def _ascii_superset(encoding: str) -> bool:
    """Whether ASCII bytes mean the same characters in ``encoding`` as in ASCII."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return False
    return name in ("ascii", "utf-8") or name.startswith(("cp125", "iso8859-"))


#: Phrases of pages that stand between us and the program page: bot walls, logins,
#: maintenance. Only consulted when a page yielded no facts at all.
BLOCK_PHRASES = {
    "captcha": "a captcha page",
    "are you a robot": "a bot check",
    "verify you are human": "a bot check",
    "access denied": "an access-denied page",
    "403 forbidden": "an access-denied page",
    "unusual traffic": "a bot check",
    "under maintenance": "a maintenance page",
    "down for maintenance": "a maintenance page",
    "temporarily unavailable": "a maintenance page",
    "please log in": "a login page",
    "sign in to continue": "a login page",
}


def found_anything(facts: Facts) -> bool:
    """Whether extraction found any fact at all."""
    return any(facts.get(field) for field in FIELDS)


def block_page_reason(text: str) -> str | None:
    """Why a fact-less 200 page is not the program page, if its words say so."""
    lowered = text[:20000].lower()
    for phrase, what in BLOCK_PHRASES.items():
        if phrase in lowered:
            return f"the site served {what} instead of the program page"
    return None


def decode_page(body: bytes, encoding: str) -> str:
    """``body`` as Scrapy's ``response.text`` decodes it for the response's ``encoding``,
    unless that produced replacement characters while Windows-1252 (the most common
    mislabel) decodes cleanly."""
    text = html_to_unicode(f"charset={encoding}", body)[1]
    if "\ufffd" in text and encoding.lower().replace("-", "") in ("utf8", "ascii"):
        try:
            return body.decode("cp1252")
        except UnicodeDecodeError:
            return text
    return text
