"""The data of Astro islands: a component's props serialized in its ``props`` attribute.

An Astro page hydrates each interactive component from an ``<astro-island props="...">``
element; a ``client:only`` island renders nothing on the server, so its props are the only
place its facts are on the page. Astro writes every value as ``[type, value]`` (0 a plain
value or object, 1 an array, 3 a Date as ISO text, 4 a Map, 5 a Set, the rest scalars as
text); decoding that gives the plain JSON the embedded-JSON layer reads.
"""

from __future__ import annotations

import json
from typing import Any

_ARRAY, _DATE, _MAP, _SET = 1, 3, 4, 5
_DEPTH = 40  # props are walked this deep at most, as the embedded-JSON walk is


def island_props(root: Any) -> list[Any]:
    """The decoded props of every Astro island under ``root``; props that do not parse are
    skipped."""
    found = []
    for island in root.iter("astro-island"):
        try:
            props = json.loads(island.get("props") or "")
        except ValueError:
            continue
        if isinstance(props, dict):
            found.append(_object(props, 0))
    return found


def _object(props: dict[str, Any], depth: int) -> dict[str, Any]:
    return {key: _value(value, depth + 1) for key, value in props.items()}


def _value(serialized: Any, depth: int) -> Any:
    """One ``[type, value]`` pair as plain JSON; anything else is kept as it is."""
    if depth > _DEPTH or not (isinstance(serialized, list) and len(serialized) == 2):
        return serialized
    kind, value = serialized
    if kind in (_ARRAY, _SET) and isinstance(value, list):
        return [_value(item, depth + 1) for item in value]
    if kind == _MAP and isinstance(value, list):
        pairs = [_value(pair, depth + 1) for pair in value]
        if all(isinstance(p, list) and len(p) == 2 and isinstance(p[0], str) for p in pairs):
            return dict(pairs)
        return pairs
    if isinstance(value, dict):
        return _object(value, depth)
    return value if kind == 0 or value is None else str(value)
