"""Change reports as lines of text: Markdown for people, JSON for machines.

Formatters take the dict from :func:`db.history.report_data` and *yield lines* (urlwatch's
TextReporter), so one text feeds a file, stdout or an alert, and tests compare lists.

Summaries and snippets hold page text, which is untrusted. In Markdown it is stripped of
control characters and escaped so that it can open no link, image, HTML tag or emphasis;
the only links are our own "source" links, and only to http(s) URLs. JSON keeps the
stored values but escapes ``<``, ``>``, ``&`` and control characters as ``\\u`` escapes, so the
JSON text is safe to print or embed; whoever renders its values must escape them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote, urlsplit

from tracker import describe
from tracker.describe import safe_text
from tracker.words import count

#: Characters that can start inline markup mid-line (CommonMark and GitHub's extensions):
#: with "[" and "<" escaped no link, image or HTML can open, so "->" and "!" stay readable.
_MARKDOWN = re.compile(r"([\\`*_\[\]<~])")
#: GitHub turns bare "https://..." and "www." into links; an escaped ":" or "." stops it.
_AUTOLINK = re.compile(r"(?i)(?<=[a-z])(:)(?=//)|(?<=\bwww)(\.)")


def markdown_text(text: Any, limit: int = 300) -> str:
    """Untrusted text for a Markdown line: no control characters, no markup, no links."""
    escaped = _MARKDOWN.sub(r"\\\1", safe_text("" if text is None else text, limit))
    return _AUTOLINK.sub(lambda m: "\\" + m.group(0), escaped)


def safe_url(url: Any) -> str | None:
    """``url`` if it is an absolute http(s) URL, percent-encoded so it cannot end a Markdown
    link or an HTML attribute early; otherwise None."""
    if not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return quote(url.strip(), safe="/:?#[]@!$&*+,;=%~-._")


def is_alert(change: dict[str, Any]) -> bool:
    """Whether a change is worth a maintainer's attention: everything but severity "info"
    (a program now tracked, a cohort whose start date passed)."""
    return change["severity"] != "info"


def by_program(changes: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Changes grouped by program slug, in the order given (history sorts them)."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for change in changes:
        groups.setdefault(change["program_slug"], []).append(change)
    return groups


def title(data: dict[str, Any]) -> str:
    """ "5 changes in 3 programs, 1 health problem (run 2, as of 2022-11-07)"."""
    alerts = [c for c in data["changes"] if is_alert(c)]
    programs = {c["program_slug"] for c in alerts}
    problems = len(data["problems"])
    return (
        f"{count(len(alerts), 'change')} in {count(len(programs), 'program')}, "
        f"{count(problems, 'health problem')} ({scope_text(data['scope'])})"
    )


def scope_text(scope: dict[str, Any]) -> str:
    runs = scope["runs"]
    if scope.get("since"):
        text = f"{count(len(runs), 'run')} since {scope['since']}"
    elif len(runs) == 1:
        text = f"run {runs[0]['id']}, as of {runs[0]['as_of']}"
    else:
        text = count(len(runs), "run")
    return f"{text}; {scope['program']} only" if scope.get("program") else text


def markdown(data: dict[str, Any]) -> Iterator[str]:
    """The report in Markdown, for a pull request, an issue or an email.

    Alerting changes are grouped under each provider's heading, one line each with a link
    to its source page; "info" changes follow in a short "Also recorded" list, so nothing
    is hidden but routine entries do not crowd the real ones. "Health" lists open problems.
    """
    yield f"# bootwatch: {markdown_text(title(data))}"
    several_runs = len({c["run_id"] for c in data["changes"]}) > 1
    alerts = [c for c in data["changes"] if is_alert(c)]
    if not alerts:
        yield ""
        yield "No changes that need attention."
    for changes in by_program(alerts).values():
        first = changes[0]
        yield ""
        yield f"## {markdown_text(first['provider'] or first['program_slug'], 120)}"
        yield ""
        yield f"_{markdown_text(first['name'], 160)}_ (`{first['program_slug']}`)"
        yield ""
        yield from (_change_line(c, several_runs) for c in changes)
    routine = [c for c in data["changes"] if not is_alert(c)]
    if routine:
        yield ""
        yield "### Also recorded"
        yield ""
        yield from (_change_line(c, several_runs) for c in routine)
    yield ""
    yield "## Health"
    yield ""
    if not data["problems"]:
        yield "No open problems."
    for problem in data["problems"]:
        yield _problem_line(problem)


def _change_line(change: dict[str, Any], several_runs: bool) -> str:
    line = f"- **{change['severity']}** {markdown_text(change['summary'], 400)}"
    if several_runs:
        line += f" (run {change['run_id']}, {change['as_of']})"
    url = safe_url(change["page_url"])
    links = [f"[source]({url})"] if url else []
    if change.get("old_body_hash") or change.get("new_body_hash"):  # `bootwatch body` shows them
        old, new = (change.get(k) or "-" for k in ("old_body_hash", "new_body_hash"))
        links.append(f"bodies {old[:10]} → {new[:10]}")
    return f"{line} ({'; '.join(links)})" if links else line


def _problem_line(problem: dict[str, Any]) -> str:
    who = markdown_text(problem["provider"] or problem["program_slug"], 120)
    what = describe.words(problem["kind"]) + (f" ({problem['field']})" if problem["field"] else "")
    return (
        f"- **{who}** {markdown_text(what, 80)}: {markdown_text(problem['detail'])}"
        f" (since run {problem['first_run_id']}, {count(problem['runs'], 'run')})"
    )


def change_record(change: dict[str, Any]) -> dict[str, Any]:
    """One change in the stable JSON shape (documented in the README's "Reports")."""
    return {
        "id": change["id"],
        "program": change["program_slug"],
        "provider": change["provider"],
        "field": change["field"],
        "kind": change["kind"],
        "severity": change["severity"],
        "old": change["old"],
        "new": change["new"],
        "summary": change["summary"],
        "run_id": change["run_id"],
        "as_of": change["as_of"],
        "detected_at": change["detected_at"],
        "evidence": {
            "page_url": safe_url(change["page_url"]),
            "old_snippet": change["old_snippet"],
            "new_snippet": change["new_snippet"],
            "old_body_hash": change["old_body_hash"],
            "new_body_hash": change["new_body_hash"],
        },
    }


def json_lines(data: dict[str, Any]) -> Iterator[str]:
    """Every selected change, "info" included, as a JSON list (consumers filter on severity)."""
    text = json.dumps([change_record(c) for c in data["changes"]], indent=2)
    # json.dumps escapes control characters already; these keep markup out of the text too.
    yield from (
        text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").split("\n")
    )


#: The line formatters by ``--format`` name (HTML is a page, see tracker.report.html).
FORMATS = {"md": markdown, "json": json_lines}


def history_lines(slug: str, timelines: dict[str, list[dict[str, Any]]]) -> Iterator[str]:
    """Field timelines for the terminal: per field, each version whose value changed.

    ``nucamp prices`` / ``  v1  run 1  as of 2022-10-20  $1,925; 5 x $385``
    """
    for field, rows in timelines.items():
        yield f"{slug} {field}"
        if not rows:
            yield "  never observed"
        for row in rows:
            if row["changed"]:
                value = row["value"]  # absent or empty: said as `bootwatch show` says it
                text = safe_text(describe.field_text(field, value), 200) if value else "not found"
                yield f"  v{row['version']}  run {row['run_id']}  as of {row['as_of']}  {text}"
