"""Rich renderables for the terminal: run summaries, program lists, facts with provenance.

All scraped text passes through describe.safe_text, and is wrapped in rich Text objects
(never parsed as console markup), so a page cannot inject escape sequences or markup.
"""

from __future__ import annotations

from typing import Any

from rich.console import Group
from rich.table import Table
from rich.text import Text

from tracker import describe
from tracker.facts import FIELDS
from tracker.words import count


def fields_found(facts: dict | None) -> list[str]:
    """The fact fields that have a value."""
    return [f for f in FIELDS if facts and facts.get(f) not in (None, [], {})]


def run_summary(run: dict[str, Any], programs: list[dict[str, Any]]) -> Group:
    """What a crawl did: one row per program, then the totals line."""
    table = Table(title=f"Run {run['id']} ({run['status']})", title_justify="left")
    for column in ("program", "outcome", "fields found", "problems"):
        table.add_column(column)
    for row in programs:
        problems = "; ".join(
            f"{describe.safe_text(f['url'], 80)}: {describe.safe_text(f['error'] or f['outcome'])}"
            for f in row["failures"]
        )
        found = fields_found(row["facts"])
        table.add_row(
            Text(row["slug"]),
            Text(row["outcome"]),
            Text(f"{len(found)}/{len(FIELDS)}"),
            Text(problems or "-"),
        )
    totals = Text(
        f"{count(run['programs_ok'] or 0, 'program')} observed, {run['programs_failed'] or 0} "
        f"failed; pages: {run['pages_fetched'] or 0} fetched, {run['pages_not_modified'] or 0} "
        f"unchanged (304), {run['pages_failed'] or 0} failed"
    )
    return Group(table, totals)


def diff_summary(result: Any) -> Group:
    """The changes and health problems the differ found in a run (tracker.run.detect.RunDiff)."""
    lines: list[Text] = []
    alerting = [c for c in result.changes if c["severity"] != "info"]
    info = len(result.changes) - len(alerting)
    noted = f" ({info} more recorded for information, not alerted)" if info else ""
    headline = f"Run {result.run_id}: {count(len(alerting), 'change')}{noted}"
    lines.append(Text(headline, style="bold"))
    for change in result.changes:
        style = "dim" if change["severity"] == "info" else ""
        lines.append(
            Text(
                f"  {change['program_slug']}: {describe.safe_text(change['summary'])}", style=style
            )
        )
    for slug, problems in sorted(result.problems.items()):
        for problem in problems:
            lines.append(
                Text(f"  health {slug}: {describe.safe_text(problem.detail)}", style="yellow")
            )
    return Group(*lines)


def program_row(program: dict[str, Any], stored: dict[str, Any] | None) -> dict[str, Any]:
    """One entry of `bootwatch programs --json` (shape documented in the README)."""
    stored = stored or {}
    return {
        "slug": program["slug"],
        "provider": program["provider"],
        "name": program["name"],
        "urls": program["urls"],
        "version": stored.get("version"),
        "changed_at": stored.get("changed_at"),
        "last_run_id": stored.get("last_run_id"),
        "last_outcome": stored.get("last_outcome"),
    }


def programs_table(rows: list[dict[str, Any]]) -> Table:
    table = Table()
    for column in ("slug", "provider", "program", "pages", "version", "last run"):
        table.add_column(column)
    for row in rows:
        last = f"#{row['last_run_id']} {row['last_outcome']}" if row["last_run_id"] else "never"
        table.add_row(
            row["slug"],
            row["provider"],
            row["name"],
            str(len(row["urls"])),
            str(row["version"] or "-"),
            last,
        )
    return table


def facts_panel(slug: str, current: dict[str, Any]) -> Group:
    """A program's facts, one line per value, each followed by its source."""
    facts = current["facts"]
    table = Table(
        title=f"{slug}: version {current['version']}, first seen in run {current.get('run_id')}"
        f" (as of {current.get('as_of')})",
        title_justify="left",
        show_lines=True,
    )
    table.add_column("field")
    table.add_column("value")
    table.add_column("source", overflow="fold")  # a URL wraps rather than losing its end
    for field in FIELDS:
        value = facts.get(field)
        items = value if isinstance(value, list) else [value] if value else []
        if not items:
            table.add_row(field, Text("not found", style="dim"), "")
        for item in items:
            table.add_row(
                field,
                Text(describe.field_text(field, [item] if isinstance(value, list) else item)),
                source_text(item.get("source")),
            )
    return Group(table)


def source_text(source: dict[str, Any] | None) -> Text:
    if not source:
        return Text("")
    snippet = describe.safe_text(source.get("snippet", ""), 160)
    return Text(
        f"{source.get('method')} @ {describe.safe_text(source.get('url'), 100)}\n“{snippet}”"
    )
