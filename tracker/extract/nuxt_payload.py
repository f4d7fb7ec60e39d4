"""Nuxt 3's page payload: devalue's flattened JSON in ``<script id="__NUXT_DATA__">``.

Nuxt 3 renders a page's data into one JSON array (devalue's ``stringify``): the first item
is the root, and every object's values and array's items are *indices* into the array,
so ``{"fee": 8}`` means the fee is item 8. Read as plain JSON, those indices look like
numbers ("fee": 8, "weeks": 35) and the values are lost among the strings, so the array is
rebuilt first. Special values are arrays tagged with their type: ``["Date", ISO]``,
``["Set", ...]``, ``["Map", key, value, ...]``, and Vue's ``["Reactive", i]``,
``["ShallowReactive", i]``, ``["Ref", i]``, ``["ShallowRef", i]`` wrappers; negative
indices stand for undefined, holes, NaN and infinities.
"""

from __future__ import annotations

from typing import Any

from tracker.extract.json_values import MAX_JSON_NODES

_WRAPPERS = frozenset({"Reactive", "ShallowReactive", "Ref", "ShallowRef", "Object"})
_DEPTH = 40  # the rebuilt value is this deep at most, as the embedded-JSON walk reads


def is_nuxt_payload(script: Any) -> bool:
    """Whether a ``<script>`` holds a Nuxt 3 payload (its id, or Nuxt's data attribute)."""
    return script.get("id") == "__NUXT_DATA__" or script.get("data-nuxt-data") is not None


def unflatten(values: Any) -> Any:
    """The value a devalue array stands for; anything not such an array is kept as is.
    Shared items (one object referenced twice) are rebuilt at each place, up to a bound."""
    if not isinstance(values, list) or not values:
        return values
    budget = [MAX_JSON_NODES]

    def build(index: Any, depth: int) -> Any:
        if not isinstance(index, int) or isinstance(index, bool) or index < 0:
            return None  # undefined, a hole, NaN, an infinity
        if index >= len(values) or depth > _DEPTH or budget[0] <= 0:
            return None
        budget[0] -= 1
        item = values[index]
        if isinstance(item, dict):
            return {key: build(i, depth + 1) for key, i in item.items()}
        if not isinstance(item, list):
            return item
        if item and isinstance(item[0], str):
            tag, rest = item[0], item[1:]
            if tag == "Date":
                return rest[0] if rest and isinstance(rest[0], str) else None
            if tag in _WRAPPERS:
                return build(rest[0], depth + 1) if rest else None
            if tag == "Set":
                return [build(i, depth + 1) for i in rest]
            if tag in ("Map", "null"):
                pairs = zip(rest[::2], rest[1::2], strict=False)
                return {str(build(k, depth + 1)): build(v, depth + 1) for k, v in pairs}
            return None  # BigInt, RegExp, a Nuxt error or a custom type: not a fact
        return [build(i, depth + 1) for i in item]

    return build(0, 0)
