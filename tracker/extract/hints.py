"""The hint layer: a field read where the user's own css or xpath selector points.

A site the generic layers misread can be fixed in config instead of code, so a hint comes
first. What it selects is read as known context (a selected date is a start date) with the
field's normalizer; a hint that selects nothing readable returns nothing, and the caller
lists it as a miss and lets the generic layers try.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from parsel import Selector

from tracker.extract.page import Page
from tracker.extract.visible import element_text

log = logging.getLogger(__name__)


def from_hint(page: Page, name: str, selector: Mapping[str, str]) -> Any:
    """Field ``name`` from what ``selector`` ({"css": ...} or {"xpath": ...}) matches."""
    sel = Selector(root=page.root, type="html")
    try:
        if selector.get("css"):
            matched = sel.css(selector["css"])
        elif selector.get("xpath"):
            matched = sel.xpath(selector["xpath"])
        else:
            return None
    except Exception as exc:  # a typo in the user's config is a miss, not a crash
        log.warning("hint for %s is not a valid selector: %s", name, exc)
        return None
    values: list[Any] = []
    for m in matched:
        text = (m.root if isinstance(m.root, str) else element_text(m.root)).strip()
        value = page.read(name, text, "hint", text, context_known=True) if text else None
        if isinstance(value, list):
            values.extend(value)
        elif value:
            return value
    return values
