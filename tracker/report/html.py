"""The report as one self-contained HTML page: evidence side by side, timelines, health.

Rendered by Jinja2 with autoescape on; a Content-Security-Policy forbids scripts and every
outside resource, so even an escaping mistake could not run page text as code. Charts are
inline SVG: geometry in tracker.report.chart, markup in the template.
"""

from __future__ import annotations

import difflib
import re
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from tracker import describe
from tracker.report.chart import chart
from tracker.report.text import by_program, is_alert, safe_url, scope_text, title
from tracker.words import noun

templates = Environment(
    loader=PackageLoader("tracker.report.text", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)
templates.filters["safe_text"] = describe.safe_text
templates.filters["safe_url"] = safe_url
templates.filters["noun"] = lambda singular, n: noun(n, singular)
_WORD_DIFF = re.compile(r"\[-(.*?)-\]|\{\+(.*?)\+\}")


def marked_words(text: str, limit: int) -> Markup:
    """A summary with tracker.diff.fields.word_diff's ``[-old-] {+new+}`` marks as <del> and
    <ins>, as the evidence below it marks words, every part escaped (it is page text)."""
    parts, pos = [], 0
    text = describe.safe_text(text, limit)
    for m in _WORD_DIFF.finditer(text):
        parts.append(escape(text[pos : m.start()]))
        deleted = m.group(1) is not None
        tag, words = ("del", m.group(1)) if deleted else ("ins", m.group(2))
        parts.append(Markup(f"<{tag}>{escape(words)}</{tag}>"))
        pos = m.end()
    parts.append(escape(text[pos:]))
    return Markup("").join(parts)


templates.filters["marked_words"] = marked_words


def report_page(data: dict[str, Any]) -> str:
    """The report page for :func:`db.history.report_data`'s dict."""
    groups = by_program(data["changes"])
    programs = []
    for timeline in data["timelines"]:
        # Info entries (now tracked, expired cohorts) after the ones that matter.
        changes = sorted(groups.get(timeline["slug"], []), key=lambda c: not is_alert(c))
        programs.append(
            {
                **timeline,
                "changes": [_with_evidence(c) for c in changes],
                "alerts": sum(is_alert(c) for c in changes),
                "chart": chart(timeline),
            }
        )
    programs.sort(key=lambda p: (-p["alerts"], -len(p["changes"]), p["slug"]))
    return templates.get_template("report.html.j2").render(
        title=title(data), scope=scope_text(data["scope"]), programs=programs, data=data
    )


def _with_evidence(change: dict[str, Any]) -> dict[str, Any]:
    old, new = snippet_diff(change["old_snippet"], change["new_snippet"])
    return {**change, "old_parts": old, "new_parts": new}


def snippet_diff(old: str | None, new: str | None) -> tuple[list[tuple], list[tuple]]:
    """Both snippets as ``(text, changed)`` parts, words that differ marked, for <del>/<ins>."""
    a = describe.safe_text(old, 600).split(" ") if old else []
    b = describe.safe_text(new, 600).split(" ") if new else []
    old_parts: list[tuple[str, bool]] = []
    new_parts: list[tuple[str, bool]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if i2 > i1:
            old_parts.append((" ".join(a[i1:i2]) + " ", op != "equal" and bool(b)))
        if j2 > j1:
            new_parts.append((" ".join(b[j1:j2]) + " ", op != "equal" and bool(a)))
    return old_parts, new_parts
