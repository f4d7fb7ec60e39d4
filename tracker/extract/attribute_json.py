"""Page state handed to the client as JSON in an HTML attribute, not in a script.

Server-driven single-page apps mount on an element that carries the first page's data:
Laravel and Rails apps with Inertia (``<div id="app" data-page="{...}">``), react-rails and
React on Rails (``data-react-props``, ``data-props``), Livewire (``wire:initial-data``),
Stimulus values (``data-*-value``). A client-rendered page has its facts nowhere else, so
every attribute whose value is a JSON object or array is read as the embedded-JSON layer
reads a script's blob; its keys, not the attribute's name, decide what is a fact. Astro
islands' ``props`` are typed pairs, decoded by :mod:`tracker.extract.island_props` instead.
"""

from __future__ import annotations

import json
from typing import Any

#: Attributes whose value opens as a JSON object or array, outside Astro islands.
_JSON_ATTRIBUTES = (
    "//*[not(self::astro-island)]/@*"
    "[starts-with(normalize-space(), '{') or starts-with(normalize-space(), '[')]"
)


def attribute_json(root: Any) -> list[Any]:
    """The JSON objects and arrays in the attributes under ``root``; values that do not
    parse (a CSS ``[hidden]`` selector, a template's ``{{ x }}``) are skipped."""
    found = []
    for value in root.xpath(_JSON_ATTRIBUTES):
        try:
            blob = json.loads(value)
        except ValueError:
            continue
        if blob and isinstance(blob, dict | list):
            found.append(blob)
    return found
