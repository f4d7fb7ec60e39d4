"""Rich text a client-rendered page keeps in its state, shown where the browser shows it.

An Eventbrite embed or a headless CMS ships the program's description as HTML inside its
state JSON (``"description": {"html": "<p>15 weeks, 20 hours per week</p>..."}``) and
renders it in the browser; the served markup holds none of it. The embedded-JSON walk hands
such strings here, and those whose text the page does not already show are put into its
tree, so the text layer reads them as the page shows them. A server-rendered page that
also ships its state says the same words twice; its text is on the page, so nothing is
added and nothing is read twice.
"""

from __future__ import annotations

import lxml.etree

from tracker.extract.html_fragment import fragment
from tracker.extract.page import Page

#: How much of a string's text is compared with the page's: its first words.
_PROBE = 60


def show_unseen_markup(page: Page, strings: list[str]) -> bool:
    """Put the HTML ``strings`` whose text ``page`` does not show at the end of its body, as
    the client renders them; returns whether any was added (the page's blocks are then
    built again)."""
    shown = " ".join(page.shown_text().split())
    box = lxml.etree.Element("div", {"class": "state-markup"})
    for markup in strings:
        parts = fragment(markup)
        text = " ".join(" ".join("".join(p.itertext()) for p in parts).split())
        if text and text[:_PROBE] not in shown:
            box.extend(parts)
    body = page.root.find("body")
    if not len(box) or body is None:
        return False
    body.append(box)
    page.reset_blocks()
    return True
