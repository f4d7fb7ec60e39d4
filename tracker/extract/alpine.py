"""Pages rendered in the browser by Alpine.js, rendered as the browser would.

An Alpine.js page keeps its data in ``x-data`` attributes, JavaScript object literals (not
JSON: ``{ plans: { option0: { line: 'Tuition: $9,000' } } }``), and its markup holds only
the templates that show it: ``<template x-for="note in notes"><li x-text="note">``. Served
as is, the page shows none of its facts. So each ``x-data`` scope is read (with chompjs),
each ``x-for`` template is repeated for the items it lists and each ``x-text`` is given the
value it names, as Alpine does on load; a value picked by a state the user sets (a tab, a
toggle) is shown for every entry it may pick. Only what a reader can evaluate without running
code is rendered: a name, its ``.key`` and ``[key]`` steps, string literals joined with
``+``; any other expression (a condition, a call) is left empty, as it is unknown.
"""

from __future__ import annotations

import copy
import re
from typing import Any

import chompjs
import lxml.etree

#: The outermost x-data scopes: each renders the scopes inside it with its own data.
_SCOPES = lxml.etree.XPath("//*[@x-data][not(ancestor::*[@x-data])]")
#: "note in notes", "(row, i) in rows".
_FOR = re.compile(
    r"^\s*\(?\s*(?P<item>\w+)\s*(?:,\s*(?P<index>\w+)\s*)?\)?\s+(?:in|of)\s+(?P<items>.+?)\s*$"
)
#: One step of a path: a name, ".name", "[key]" (a quoted string, a number or a path).
_STEP = re.compile(r"\s*(?:\.?\s*(?P<name>[A-Za-z_$][\w$]*)|\[\s*(?P<key>[^\[\]]+?)\s*\])")
#: How many items of one list are rendered: a page's lists are short, a data dump is not read.
_MOST_ITEMS = 500
_STRING = re.compile(r"""^(?:'(?P<s>[^']*)'|"(?P<d>[^"]*)"|`(?P<b>[^`$]*)`)$""")


def render_alpine(root: Any) -> None:
    """Render every ``x-data`` scope under ``root`` in place (see the module docstring)."""
    for el in _SCOPES(root):
        _fill(el, {})


def _fill(el: Any, scope: dict[str, Any]) -> None:
    """Give ``el`` its ``x-text`` value and render what is under it, in ``scope`` and the
    ``x-data`` of ``el`` itself."""
    if el.get("x-data"):
        scope = {**scope, **_data(el.get("x-data"))}
    if el.get("x-text"):
        shown = [v for v in _choices(el.get("x-text"), scope) if _is_text(v)]
        if shown:
            el.text = "\n".join(map(str, shown))
    for child in list(el):
        if not isinstance(child.tag, str):
            continue
        if child.tag == "template" and child.get("x-for"):
            _repeat(child, scope)
        else:
            _fill(child, scope)


def _repeat(template: Any, scope: dict[str, Any]) -> None:
    """Put a copy of ``template``'s content after it for each item its ``x-for`` lists."""
    m = _FOR.match(template.get("x-for") or "")
    if m is None:
        return
    items = _value(m["items"], scope)
    if isinstance(items, dict):
        pairs = list(items.items())
    elif isinstance(items, list):
        pairs = list(enumerate(items))
    else:
        return
    parent = template.getparent()
    at = parent.index(template)
    for key, item in pairs[:_MOST_ITEMS]:
        inner = {**scope, m["item"]: item, **({m["index"]: key} if m["index"] else {})}
        for part in template:
            clone = copy.deepcopy(part)
            clone.tail = None
            _fill(clone, inner)
            at += 1
            parent.insert(at, clone)


def _data(code: str) -> dict[str, Any]:
    """An ``x-data`` literal's object; empty when it is none (a name, a call)."""
    try:
        data: Any = chompjs.parse_js_object(code)
    except Exception:  # a literal chompjs cannot read (a function, a getter) is unknown
        return {}
    return data if isinstance(data, dict) else {}


def _value(expr: str, scope: dict[str, Any]) -> Any:
    """What ``expr`` names in ``scope``: a path, a string literal, or several joined by
    ``+``; None when it is anything else."""
    parts = _split_plus(expr)
    if len(parts) > 1:
        values = [_value(p, scope) for p in parts]
        if any(v is None or isinstance(v, dict | list) for v in values):
            return None
        return "".join(str(v) for v in values)
    text = parts[0].strip()
    literal = _STRING.match(text)
    if literal:
        return next(g for g in literal.groups() if g is not None)
    if re.fullmatch(r"-?\d+(?:\.\d+)?", text):
        return float(text) if "." in text else int(text)
    return _path(text, scope)


def _path(text: str, scope: dict[str, Any]) -> Any:
    """The value a path names ("plans[plan].line"), or None when a step names nothing."""
    value: Any = scope
    pos = 0
    while pos < len(text):
        m = _STEP.match(text, pos)
        if not m or (pos == 0 and m["name"] is None):
            return None
        key = m["name"] if m["name"] is not None else _value(m["key"], scope)
        if isinstance(value, dict) and isinstance(key, str | int) and key in value:
            value = value[key]
        elif isinstance(value, list) and isinstance(key, int) and -len(value) <= key < len(value):
            value = value[key]
        else:
            return None
        pos = m.end()
    return None if value is scope else value


#: A path that picks one entry by a state the user sets: "plans[plan].line".
_PICKED = re.compile(r"(?P<head>[A-Za-z_$][\w$.]*)\[\s*(?P<var>[A-Za-z_$][\w$]*)\s*\](?P<rest>.*)")


def _choices(expr: str, scope: dict[str, Any]) -> list[Any]:
    """What ``expr`` shows, for every entry a state may pick: tabs and toggles
    ("plans[plan].line" with ``plan`` set by buttons) show each of their entries in turn, and
    all of them are the page's (a hidden tab's fee is a fee)."""
    m = _PICKED.fullmatch(expr.strip())
    if m is None or m["var"] not in scope:
        return [_value(expr, scope)]
    container = _path(m["head"], scope)
    if isinstance(container, dict) and len(container) > 1:
        keys = [f"'{k}'" for k in container if isinstance(k, str) and "'" not in k]
    elif isinstance(container, list) and len(container) > 1:
        keys = [str(i) for i in range(len(container))]
    else:
        return [_value(expr, scope)]
    return [_value(f"{m['head']}[{k}]{m['rest']}", scope) for k in keys]


def _is_text(value: Any) -> bool:
    return isinstance(value, str | int | float) and not isinstance(value, bool)


def _split_plus(expr: str) -> list[str]:
    """``expr`` split at its ``+`` signs outside quotes."""
    parts, quote, start = [], "", 0
    for i, ch in enumerate(expr):
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"`":
            quote = ch
        elif ch == "+":
            parts.append(expr[start:i])
            start = i + 1
    return [*parts, expr[start:]]
