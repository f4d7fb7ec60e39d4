"""iCalendar (RFC 5545) text in a page: a course's feed shown in a ``<pre>`` or served raw.

College course systems (Modern Campus Destiny One, 25Live, Ellucian) publish a course's
sessions as an ``.ics`` feed, and pages show it or link it. As text it is unreadable: long
lines are folded at 75 octets ("$3\\,9" / " 45"), commas and semicolons are escaped, and
every date sits in a ``DTSTART`` beside its event's ``SUMMARY``. icalendar parses it;
:func:`read_calendars` then gives the two things the layers already know how to read:

* each one-off event as a small dict (``title``, ``startDate``, ``endDate``,
  ``timeZoneId``) for the embedded-JSON layer, whose title rules already tell an info
  session or a registration deadline from a session that starts. A recurring event
  (``RRULE``/``RDATE``) is skipped: a series is how a calendar states a timetable (class
  meetings, office hours), and its first occurrence is no intake of its own. A cancelled
  event is skipped too.
* the calendar's own description (``X-WR-CALDESC``/``DESCRIPTION``), unfolded and
  unescaped, put back into the tree in place of the raw feed, a paragraph per line, so
  the text layer reads the fee, length and guarantee it states as it reads any page.
"""

from __future__ import annotations

import datetime
import logging
import re
from typing import Any

import lxml.etree

log = logging.getLogger(__name__)

_CALENDAR = re.compile(r"BEGIN:VCALENDAR.*?(?:END:VCALENDAR|\Z)", re.S)
#: RFC 5545 3.3.11: a TEXT value escapes backslash, semicolon, comma and newline.
_ESCAPE = re.compile(r"\\([\\;,nN])")
_TEXT_PROPERTIES = ("X-WR-CALNAME", "X-WR-CALDESC", "DESCRIPTION")


def read_calendars(root: Any) -> tuple[dict[str, Any], ...]:
    """The one-off events of every iCalendar feed in ``root``'s text; each feed's text is
    replaced, in ``root``, by its description's lines. Never raises: a feed that does not
    parse, or trips icalendar later, stays as it is and gives no events."""
    try:
        return tuple(_read(root))
    except Exception:  # icalendar's value types raise many kinds on odd feeds
        log.warning("iCalendar feed could not be read", exc_info=True)
        return ()


def _read(root: Any) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = []
    for found in root.xpath("//text()[contains(., 'BEGIN:VCALENDAR')]"):
        owner = found.getparent()
        if owner is None:
            continue
        text = str(found)
        for m in reversed(list(_CALENDAR.finditer(text))):
            calendar = _parse(m.group())
            if calendar is None:
                continue
            events[:0] = _events(calendar)
            readable = _description(calendar)
            readable.tail = text[m.end() :]
            text = text[: m.start()]
            _put(owner, found.is_tail, text, readable)
    return events


def _parse(feed: str) -> Any:
    import icalendar  # only a page that shows a feed pays for the import

    try:
        return icalendar.Calendar.from_ical(feed.replace("\r\n", "\n"))
    except Exception:  # icalendar raises ValueError and others on a broken feed
        log.debug("unparseable iCalendar feed", exc_info=True)
        return None


def _put(owner: Any, as_tail: bool, before: str, element: Any) -> None:
    """Put ``element`` where the feed's text was: after ``before`` in ``owner``'s text (or,
    for a tail, in ``owner``'s tail), ahead of whatever followed the feed."""
    if as_tail:
        owner.tail = before
        owner.addnext(element)
    else:
        owner.text = before
        owner.insert(0, element)


def unescape(value: str) -> str:
    """An RFC 5545 TEXT value as written: "\\," is a comma and "\\n" a line break."""
    return _ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _description(calendar: Any) -> Any:
    """The calendar's name and description, a ``<p>`` per line, in a ``<div>``."""
    box = lxml.etree.Element("div", {"class": "vcalendar"})
    for name in _TEXT_PROPERTIES:
        value = calendar.get(name)
        for line in unescape(str(value.to_ical(), "utf-8") if value else "").split("\n"):
            if line.strip():
                lxml.etree.SubElement(box, "p").text = line
    return box


def _events(calendar: Any) -> list[dict[str, Any]]:
    zone = calendar.get("X-WR-TIMEZONE")
    out = []
    for event in calendar.walk("VEVENT"):
        if event.get("RRULE") or event.get("RDATE") or event.get("DTSTART") is None:
            continue
        if str(event.get("STATUS") or "").upper() == "CANCELLED":
            continue
        end = event.decoded("DTEND") if event.get("DTEND") is not None else None
        if isinstance(end, datetime.date) and not isinstance(end, datetime.datetime):
            end -= datetime.timedelta(days=1)  # an all-day event's DTEND is the day after it
        out.append({
            "title": str(event.get("SUMMARY") or ""),
            "startDate": _iso(event.decoded("DTSTART")),
            "endDate": _iso(end) if end else None,
            "timeZoneId": str(zone) if zone else None,
        })  # fmt: skip
    return out


def _iso(value: Any) -> str:
    """A DTSTART/DTEND as the JSON layer reads dates: a local time is its day in its own
    zone; a UTC time stays an instant, read on the calendar's (``X-WR-TIMEZONE``) day."""
    if isinstance(value, datetime.datetime):
        offset = value.utcoffset()
        if value.tzinfo is None or offset is None or offset:
            return value.date().isoformat()
        return value.isoformat()
    return value.isoformat() if isinstance(value, datetime.date) else str(value)
