"""An article audit as Markdown lines (for the article's pull request), JSON or HTML.

The Markdown leads with what to fix: stale and expired claims with their line, the old
text and the suggested text (one suggestion per line, every fix on that line applied),
then the claims the pages do not state or that could not be read, then the current ones.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from tracker import describe
from tracker.audit.verdicts import VERDICTS, Audit, Finding
from tracker.facts import FIELDS
from tracker.report import html as report_html
from tracker.report.text import markdown_text
from tracker.words import count

_env = report_html.templates  # one autoescaping environment for every HTML page


def _cell(text: Any, limit: int = 160) -> str:
    """Untrusted text in Markdown prose or a table cell: no markup, no links, no pipes."""
    return markdown_text(text, limit).replace("|", "\\|")


def _code(text: Any, limit: int = 160) -> str:
    """Untrusted text inside a code span or fence, where escapes show literally: only a
    backtick could end it, so backticks become quotes."""
    return describe.safe_text(text if text is not None else "", limit).replace("`", "'")


def page_text(finding: Finding) -> str:
    """What the page states, in words."""
    field, value = finding.claim.fact.field, finding.page_value
    if value is None:
        return "nothing" if finding.verdict in ("stale", "expired") else ""
    if field == "self_paced":
        return "self-paced" if value else "not self-paced"
    if field in FIELDS:
        if field in ("prices", "start_dates", "guarantees") and isinstance(value, dict):
            value = [value]
        return describe.field_text(field, value)
    return describe.safe_text(value)


def fixes(audit: Audit) -> list[dict[str, Any]]:
    """Stale and expired findings grouped by line: the line's claims and its new text,
    with every inline fix applied (instructions such as "(remove: ...)" listed apart)."""
    lines: dict[tuple[int, str], dict[str, Any]] = {}
    for f in audit.findings:
        if f.verdict not in ("stale", "expired"):
            continue
        entry = lines.setdefault(
            (f.claim.line, f.claim.text),
            {
                "line": f.claim.line,
                "text": f.claim.text,
                "new": f.claim.text,
                "findings": [],
                "notes": [],
            },  # fmt: skip
        )
        entry["findings"].append(f)
        if f.fix and f.fix.startswith("("):
            entry["notes"].append(f.fix)
        elif f.fix and f.replaces in entry["new"]:  # gone: a list of dates already replaced
            entry["new"] = entry["new"].replace(f.replaces, f.fix, 1)
    return [lines[key] for key in sorted(lines)]


def summary(audit: Audit) -> str:
    """ "12 claims as of 2022-11-07: 9 current, 2 stale, ..." (every verdict, zeros too)."""
    counts = audit.counts()
    verdicts = ", ".join(f"{counts[v]} {v}" for v in VERDICTS)
    return f"{count(sum(counts.values()), 'claim')} as of {audit.as_of}: {verdicts}"


def markdown_lines(audit: Audit, source: str, *, rest: bool = True) -> Iterator[str]:
    """The audit as Markdown, what to fix first; ``rest=False`` stops after the fixes."""
    yield f"# Audit of {_cell(audit.title or source)} ({_cell(source)})"
    yield ""
    yield summary(audit) + "."
    for line, name in audit.unmatched:
        yield f'- Line {line}: "{_cell(name)}" maps to no tracked program; not checked.'
    todo = fixes(audit)
    yield ""
    yield "## To fix" if todo else "## To fix: nothing"
    for entry in todo:
        yield ""
        for f in entry["findings"]:
            since = f" since {f.since}" if f.since else ""
            yield (
                f"- **Line {entry['line']}**, {f.claim.program} {f.claim.fact.field}, "
                f"**{f.verdict}**{since}: the article says `{_code(f.claim.fact.quote, 80)}`, "
                f"the page says {_cell(page_text(f), 200)}"
            )
        yield ""
        yield "```diff"
        yield f"- {_code(entry['text'], 1000)}"
        if entry["new"] != entry["text"]:
            yield f"+ {_code(entry['new'], 1000)}"
        for note in entry["notes"]:
            yield f"+ {_code(note, 1000)}"
        yield "```"
    if not rest:
        return
    yield from _table(audit, ("unparseable", "unverifiable"), "Not checked")
    yield from _table(audit, ("current",), "Still current")


def _table(audit: Audit, verdicts: tuple[str, ...], heading: str) -> Iterator[str]:
    rows = [f for f in audit.findings if f.verdict in verdicts]
    if not rows:
        return
    yield ""
    yield f"## {heading}"
    yield ""
    yield "| line | program | field | verdict | article | page | note |"
    yield "|---|---|---|---|---|---|---|"
    for f in rows:
        yield (
            f"| {f.claim.line} | {_cell(f.claim.program or f.claim.section, 60)} "
            f"| {f.claim.fact.field} | {f.verdict} | {_cell(f.claim.fact.quote, 80)} "
            f"| {_cell(page_text(f), 80)} | {_cell(f.note, 80)} |"
        )


def json_data(audit: Audit, source: str) -> dict[str, Any]:
    """The documented JSON shape (README "Auditing an article")."""
    return {
        "article": source,
        "title": audit.title,
        "as_of": audit.as_of.isoformat(),
        "counts": audit.counts(),
        "unmatched_sections": [{"line": n, "heading": h} for n, h in audit.unmatched],
        "claims": [f.to_json() for f in audit.findings],
    }


def audit_html(audit: Audit, source: str) -> str:
    """One self-contained page, autoescaped (tracker/report/templates/audit.html.j2)."""
    order = {v: i for i, v in enumerate(VERDICTS)}
    rest = sorted(
        (f for f in audit.findings if f.verdict not in ("stale", "expired")),
        key=lambda f: (order[f.verdict], f.claim.line),
    )
    return _env.get_template("audit.html.j2").render(
        audit=audit, source=source, summary=summary(audit), fixes=fixes(audit), rest=rest,
        page_text=page_text,
    )  # fmt: skip


def format_audit(audit: Audit, source: str, fmt: str) -> str:
    """The audit as text in ``fmt``: "md", "json" or "html"."""
    if fmt == "html":
        return audit_html(audit, source)
    if fmt == "json":
        return json.dumps(json_data(audit, source), indent=2, ensure_ascii=False) + "\n"
    return "\n".join(markdown_lines(audit, source)) + "\n"
