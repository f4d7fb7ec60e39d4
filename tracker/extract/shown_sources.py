"""What a page shows that its HTML does not hold as HTML, read before the layers run.

An .ics feed served or shown as the page, an API's JSON response opened in a browser, and
Markdown a script renders are each where a page's facts are, in a form the layers cannot
read as they stand. A check of the page's bytes spares every other page the search.
"""

from __future__ import annotations

from tracker.extract.icalendar_feed import read_calendars
from tracker.extract.json_document import read_json_documents
from tracker.extract.markdown_script import render_markdown_scripts
from tracker.extract.page import Page


def read_shown_sources(page: Page, data: bytes) -> None:
    """Fill ``page``'s calendar events and JSON documents, and render its Markdown scripts
    into its tree; ``data`` is the page's bytes."""
    if b"BEGIN:VCALENDAR" in data:  # a course's .ics feed, shown or served as the page
        page.calendar_events = read_calendars(page.root)
    if b"<pre" in data or b"<PRE" in data:  # an API's JSON response, shown as the page
        page.json_documents = read_json_documents(page.root)
    if b"text/markdown" in data or b"text/x-markdown" in data:  # Docsify, zero-md
        render_markdown_scripts(page.root)
