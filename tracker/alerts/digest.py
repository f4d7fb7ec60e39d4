"""What each alert target hears about a run: one digest of changes, one health note.

The digest body is tracker.report.text's Markdown (grouped by program, with source links,
page text escaped), cut before its "Health" section: health problems go out separately
(:func:`health_message`), once when a problem opens and once when it is resolved, so a
site that stays down for a week is one alert, not seven. Per target filters choose the
changes (:func:`wanted`); "info" changes (a program now tracked) are off by default.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from tracker import describe
from tracker.alerts.targets import Target
from tracker.diff.prices import price_delta
from tracker.report import text as report
from tracker.words import count


def wanted(change: dict[str, Any], target: Target) -> bool:
    """Whether ``target``'s filters let ``change`` (a row of db.history) through."""
    if change["severity"] not in target.severities:
        return False
    if target.fields and change["field"] not in target.fields:
        return False
    if target.programs and change["program_slug"] not in target.programs:
        return False
    if target.min_price_change_percent and change["field"] == "prices":
        old, new = change.get("old"), change.get("new")
        delta = price_delta(old, new) if isinstance(old, dict) and isinstance(new, dict) else None
        if delta and delta["percent"] is not None:
            return abs(Decimal(delta["percent"])) >= Decimal(str(target.min_price_change_percent))
    return True


def digest(data: dict[str, Any], target: Target) -> tuple[str, str] | None:
    """(title, Markdown body) of a run's changes that ``target`` wants, or None if none.

    ``data`` is db.history.report_data for the run; the title has the counts:
    "bootwatch: 3 changes in 2 programs (run 4, as of 2022-11-01)"."""
    changes = [c for c in data["changes"] if wanted(c, target)]
    if not changes:
        return None
    # The report of just these changes: "info" ones (if asked for) under "Also recorded".
    lines = list(report.markdown({**data, "changes": changes, "problems": []}))[1:]
    if "## Health" in lines:  # health goes out on its own (health_message)
        lines = lines[: lines.index("## Health")]
    programs = len({c["program_slug"] for c in changes})
    title = (
        f"bootwatch: {count(len(changes), 'change')} in {count(programs, 'program')}"
        f" ({report.scope_text(data['scope'])})"
    )
    return title, "\n".join(lines).strip() + "\n"


def health_message(
    problems: list[dict[str, Any]], run_id: int, target: Target
) -> tuple[str, str] | None:
    """(title, Markdown body) of the ``problems`` that opened or were resolved in
    ``run_id`` (db.outbox.problems_opened_or_resolved), for ``target``'s programs, or None.
    Each problem is in exactly two runs' messages: the run that opened it and the run that
    resolved it."""
    if not target.health:
        return None
    rows = [
        row for row in problems if not target.programs or row["program_slug"] in target.programs
    ]
    opened = [r for r in rows if r["first_run_id"] == run_id and r["resolved_run_id"] != run_id]
    resolved = [r for r in rows if r["resolved_run_id"] == run_id]
    if not opened and not resolved:
        return None
    lines = [f"Health after run {run_id}:", ""]
    lines += [f"- **problem** {_problem(r)}" for r in opened]
    lines += [f"- **resolved** {_problem(r)} (since run {r['first_run_id']})" for r in resolved]
    title = f"bootwatch: {count(len(opened), 'new problem')}, {len(resolved)} resolved"
    return title, "\n".join(lines) + "\n"


def failed_run_message(run: dict[str, Any]) -> tuple[str, str]:
    """(title, body) for a crawl that failed as a whole (Scrapy crashed, nothing stored)."""
    error = report.markdown_text(run.get("error") or "unknown error", 400)
    return (
        f"bootwatch: crawl run {run['id']} failed",
        f"Run {run['id']} (as of {run['as_of']}) ended **{run['status']}**: {error}\n",
    )


def _problem(row: dict[str, Any]) -> str:
    who = report.markdown_text(row["provider"] or row["program_slug"], 120)
    what = describe.words(row["kind"]) + (f" ({row['field']})" if row["field"] else "")
    return f"**{who}** {report.markdown_text(what, 80)}: {report.markdown_text(row['detail'])}"
