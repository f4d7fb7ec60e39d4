"""Where each extracted value came from: the page, the layer, and a snippet of what it read.

A value the differ reports as changed is only worth trusting if a person can see where it
was read, so every value carries a ``source`` (:class:`~tracker.facts.Source`). Snippets are
clipped, so a page's facts stay small enough to store on every crawl.
"""

from __future__ import annotations

import json
from typing import Any

from tracker.facts import Method

SNIPPET = 300  # characters of block text or JSON kept as a value's provenance


def stamp(url: str, value: Any, method: Method, snippet: str) -> Any:
    """``value`` (a fact dict or a list of them) with its provenance added."""
    source = {"url": url, "method": method, "snippet": clip(snippet)}
    if isinstance(value, list):
        return [{**v, "source": source} for v in value]
    return {**value, "source": source} if value else None


def json_snippet(node: Any) -> str:
    """The start of ``node`` as JSON, as the snippet of a value read from it."""
    try:
        return json.dumps(node, ensure_ascii=False, default=str)[:SNIPPET]
    except (TypeError, ValueError):
        return str(node)[:SNIPPET]


def clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SNIPPET else text[: SNIPPET - 1] + "…"
