"""Compare two programs' facts field by field: :func:`diff_facts` and the records it returns.

Pure: facts and today's date come in, a list of :class:`Change` goes out. A field whose
:func:`tracker.facts.canonical` form is equal never changes, so labels, raw text, sources
and list order are noise here exactly as they are for :func:`tracker.facts.facts_hash`.

``old``/``new`` of a change are comparable forms (no ``source``, ``raw`` or ``label``): the
one option, cohort or guarantee concerned for list fields, the whole value otherwise, None
on the missing side. Wording comes from :mod:`tracker.describe`.
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from tracker import describe
from tracker.diff.prices import PriceDelta, pair_options, price_delta, price_summary
from tracker.diff.terms import same_terms, same_window
from tracker.facts import FIELDS, Facts, canonical, comparable, upcoming

#: Severities, loudest first; "info" changes are recorded but not alerted by default.


@dataclass(frozen=True)
class Change:
    """One thing that changed about a program, in words and in values."""

    field: str  # a tracker.facts.FIELDS name, or "lifecycle" for the page itself
    kind: str  # added | removed | changed | moved | expired
    old: Any
    new: Any
    summary: str  # "Nucamp tuition $1,925 -> $2,105 (+$180, +9.4%)"
    severity: str  # high | medium | low | info
    old_source: dict | None = None  # provenance of the old value (tracker.facts.Source)
    new_source: dict | None = None
    delta: PriceDelta | None = None  # prices: {"amount": "180.00", "percent": "9.4", "currency"}

    @property
    def alert(self) -> bool:
        """Whether maintainers are told by default (everything but "info")."""
        return self.severity != "info"


@dataclass(frozen=True)
class Problem:
    """Something wrong with fetching or extracting, not with the program: shown as health."""

    kind: str  # fetch_failing | extractor_broken | value_lost | hint_missed | flapping |
    #            page_missing | redirected
    field: str | None
    detail: str


def diff_facts(name: str, old: Facts, new: Facts, *, today: date) -> list[Change]:
    """The changes from ``old`` to ``new`` facts of program ``name``, in FIELDS order.

    ``today`` splits cohorts that vanished into "expired" (started) and "removed"."""
    before, after = canonical(old), canonical(new)
    changes: list[Change] = []
    for field in FIELDS:
        if before[field] != after[field]:
            changes += DIFFERS[field](name, old.get(field), new.get(field), today)
    return changes


def _source(value: Any) -> dict | None:
    return value.get("source") if isinstance(value, dict) else None


def _change(field: str, kind: str, old: Any, new: Any, summary: str, severity: str) -> Change:
    return Change(field, kind, comparable(old), comparable(new), summary, severity,
                  _source(old), _source(new))  # fmt: skip


def _kind(old: Any, new: Any) -> str:
    return "added" if not old else "removed" if not new else "changed"


def _prices(name: str, old: Any, new: Any, today: date) -> list[Change]:
    changes = []
    for a, b in pair_options(old or [], new or []):
        change = _change("prices", _kind(a, b), a, b, price_summary(name, a, b), "high")
        changes.append(replace(change, delta=price_delta(a, b) if a and b else None))
    return changes


def _income_share(name: str, old: Any, new: Any, today: date) -> list[Change]:
    if old and new and all(
        old.get(k) == new.get(k) for k in ("percent", "months", "income_floor", "currency")
        if old.get(k) and new.get(k)
    ) and old.get("percent") and old.get("percent") == new.get("percent"):  # fmt: skip
        return []  # the same terms, a part (the floor's currency) stated on one side only
    kind = _kind(old, new)
    was, now = describe.income_share(old), describe.income_share(new)
    words = {"added": f"added: {now}", "removed": f"removed (was {was})"}
    summary = f"{name} income share {words.get(kind, f'{was} -> {now}')}"
    return [_change("income_share", kind, old, new, summary, "high")]


def _start_dates(name: str, old: Any, new: Any, today: date) -> list[Change]:
    def key(cohort: dict) -> str:
        return json.dumps(comparable(cohort), sort_keys=True)

    def by_start(cohorts: list[dict]) -> list[dict]:
        return sorted(cohorts, key=lambda c: c.get("start") or "")

    before, after = {key(c): c for c in old or []}, {key(c): c for c in new or []}
    removed = by_start([c for k, c in before.items() if k not in after])
    added = by_start([c for k, c in after.items() if k not in before])
    changes = []
    for cohort in list(removed):  # same start, another end: the cohort got longer or shorter
        same = next((c for c in added if c.get("start") == cohort.get("start")), None)
        if same is not None and not (cohort.get("end") and same.get("end")):
            removed.remove(cohort)  # an end stated on one side only: the same cohort
            added.remove(same)
        elif same is not None:
            summary = f"{name} cohort {describe.cohort(cohort)} now {describe.cohort(same)}"
            changes.append(_change("start_dates", "changed", cohort, same, summary, "low"))
            removed.remove(cohort)
            added.remove(same)
    dropped = [c for c in removed if upcoming(c, today)]
    for cohort in removed:
        if cohort not in dropped:
            summary = f"{name} cohort {describe.cohort(cohort)} started and is no longer listed"
            changes.append(_change("start_dates", "expired", cohort, None, summary, "info"))
    ahead = [c for c in added if upcoming(c, today)]
    if dropped and len(dropped) == len(ahead):
        # As many upcoming cohorts dropped as appeared: read them as moved, in date order.
        added = [c for c in added if c not in ahead]
        for a, b in zip(dropped, ahead, strict=True):
            was, now = describe.day(a.get("start")), describe.day(b.get("start"))
            summary = f"{name} cohort moved {was} -> {now}"
            changes.append(_change("start_dates", "moved", a, b, summary, "medium"))
        dropped = []
    for cohort in dropped:
        summary = f"{name} cohort removed before it started: {describe.cohort(cohort)}"
        changes.append(_change("start_dates", "removed", cohort, None, summary, "medium"))
    for cohort in added:
        summary = f"{name} new cohort: {describe.cohort(cohort)}"
        changes.append(_change("start_dates", "added", None, cohort, summary, "medium"))
    return changes


def _self_paced(name: str, old: Any, new: Any, today: date) -> list[Change]:
    was, now = bool((old or {}).get("value")), bool((new or {}).get("value"))
    if was == now:
        return []
    summary = f"{name} {'now' if now else 'no longer'} self-paced (start anytime)"
    return [_change("self_paced", "changed", old, new, summary, "medium")]


_DURATION_PARTS = ("weeks", "months", "hours_total", "hours_per_week_min", "hours_per_week_max")


def same_duration(old: Any, new: Any) -> bool:
    """Whether two durations state the same length: the main value (weeks, else months)
    is equal and no part stated on both sides differs. "16 weeks, 500 hours" -> "16 weeks"
    is the same program described with less detail, not a change."""
    if not old or not new:
        return False
    main = "weeks" if old.get("weeks") or new.get("weeks") else "months"
    if not old.get(main) or old.get(main) != new.get(main):
        return False
    return all(old.get(p) == new.get(p) for p in _DURATION_PARTS if old.get(p) and new.get(p))


def _duration(name: str, old: Any, new: Any, today: date) -> list[Change]:
    if same_duration(old, new):
        return []
    kind = _kind(comparable(old), comparable(new))
    was, now = describe.duration(old), describe.duration(new)
    words = {"added": f"now stated: {now}", "removed": f"no longer stated (was {was})"}
    summary = f"{name} duration {words.get(kind, f'{was} -> {now}')}"
    return [_change("duration", kind, old, new, summary, "medium")]


def _guarantees(name: str, old: Any, new: Any, today: date) -> list[Change]:
    before = {g.get("kind"): g for g in reversed(old or [])}  # first of a kind wins
    after = {g.get("kind"): g for g in reversed(new or [])}
    changes = []
    for kind in [k for k in before if k not in after]:
        summary = f"{name} guarantee removed: {describe.guarantee(before[kind])}"
        changes.append(_change("guarantees", "removed", before[kind], None, summary, "high"))
    for kind in [k for k in after if k not in before]:
        summary = f"{name} guarantee added: {describe.guarantee(after[kind])}"
        changes.append(_change("guarantees", "added", None, after[kind], summary, "medium"))
    for kind in [k for k in after if k in before]:
        a, b = before[kind], after[kind]
        if not same_terms(a.get("terms"), b.get("terms")):
            detail = f"terms changed: {word_diff(a.get('terms') or '', b.get('terms') or '')}"
        elif not same_window(a, b):
            detail = f"window changed: {word_diff(a.get('window') or '', b.get('window') or '')}"
        else:
            continue
        summary = f"{name} {str(kind).replace('_', ' ')} {detail}"
        changes.append(_change("guarantees", "changed", a, b, summary, "medium"))
    return changes


def word_diff(old: str, new: str, context: int = 4) -> str:
    """Word-level diff in wdiff style, unchanged runs cut to ``context`` words around edits:
    ``word_diff("within six months", "within 9 months") == "within [-six-] {+9+} months"``.
    """
    a, b = describe.safe_text(old, 2000).split(), describe.safe_text(new, 2000).split()
    opcodes = difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes()
    parts = []
    for i, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag == "equal":
            words = a[i1:i2]
            head = words[:context] if i > 0 else []
            tail = words[-context:] if i < len(opcodes) - 1 else []
            if len(words) > len(head) + len(tail):
                words = [*head, "…", *tail]
            parts += words
            continue
        if tag in ("replace", "delete"):
            parts.append("[-" + " ".join(a[i1:i2]) + "-]")
        if tag in ("replace", "insert"):
            parts.append("{+" + " ".join(b[j1:j2]) + "+}")
    return " ".join(p for p in parts if p)


DIFFERS = {
    "prices": _prices,
    "income_share": _income_share,
    "start_dates": _start_dates,
    "self_paced": _self_paced,
    "duration": _duration,
    "guarantees": _guarantees,
}
