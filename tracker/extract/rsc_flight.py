"""Next.js App Router pages: React Server Components' flight data in ``self.__next_f``.

An App Router page streams its component tree as ``<script>self.__next_f.push([1,
"..."])</script>`` chunks; joined, their strings are rows of ``ID:PAYLOAD``, most payloads
JSON: a React element is ``["$", type, key, props]`` and the props hold the data a client
component renders from (a fee calculator's tuition, a batch picker's dates), often nowhere
else on the page. Strings carry their type in a ``$`` prefix: ``"$D2025-02-18T..."`` is a
Date, ``"$undefined"`` undefined, ``"$$x"`` the text ``"$x"``, other ``"$..."`` references
to rows or modules, which are not facts. Rows that are not JSON (``I[...]`` module imports,
``T`` text, ``HL`` hints) are skipped.
"""

from __future__ import annotations

import json
import re
from typing import Any

from tracker.extract.json_values import MAX_JSON_NODES

_PUSH = re.compile(r"self\.__next_f\.push\(\s*(\[.*\])\s*\)\s*;?\s*$", re.S)
_ROW = re.compile(r"^([0-9a-fA-F]+):(.*)$")


def flight_chunks(code: str) -> str | None:
    """The flight text one ``self.__next_f.push([1, "..."])`` script adds, or None."""
    m = _PUSH.search(code.strip())
    if not m:
        return None
    try:
        pushed = json.loads(m.group(1))
    except ValueError:
        return None
    ok = isinstance(pushed, list) and len(pushed) == 2 and pushed[0] == 1
    return pushed[1] if ok and isinstance(pushed[1], str) else None


def flight_rows(text: str) -> list[Any]:
    """The JSON rows of joined flight text, with ``$``-typed strings read as plain values."""
    rows = []
    for line in text.split("\n"):
        m = _ROW.match(line)
        if not m or m.group(2)[:1] not in ("[", "{"):
            continue
        try:
            rows.append(_plain(json.loads(m.group(2)), [MAX_JSON_NODES]))
        except (ValueError, RecursionError):
            continue
    return rows


def _plain(value: Any, budget: list[int]) -> Any:
    """``value`` with flight strings decoded, walked without recursion depth limits of
    JSON: an explicit stack rebuilds containers in place."""
    root = [value]
    stack: list[tuple[Any, Any]] = [(root, 0)]
    while stack and budget[0] > 0:
        holder, key = stack.pop()
        budget[0] -= 1
        item = holder[key]
        if isinstance(item, str) and item.startswith("$"):
            holder[key] = _typed(item)
        elif isinstance(item, dict):
            stack.extend((item, k) for k in item)
        elif isinstance(item, list):
            stack.extend((item, i) for i in range(len(item)))
    return root[0]


def _typed(text: str) -> Any:
    if text.startswith("$D"):
        return text[2:]
    if text.startswith("$$"):
        return text[1:]
    return None  # "$undefined", "$L2", "$4", "$Sreact.fragment": no fact
