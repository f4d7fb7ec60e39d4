"""Audit an article's claims against the programs' facts: a pure function of (claims, facts
by program, change history by program, audit date).

Verdicts (see :mod:`tracker.audit.rules` for prices, start dates and durations):

- ``current``: the page states the same today;
- ``stale``: the page now says something else (both shown; ``since`` from the history);
- ``expired``: a start date before the audit date ("at the time of writing" or not);
- ``unverifiable``: the pages do not state it (a salary statistic, a third-party price, a
  section that maps to no tracked program, a program never crawled);
- ``unparseable``: text that looks like a fact no parser can read ("$f439"), quoted.

A conversion written next to a price ("6,770 euros or $6,570.39") is checked in the
page's currency only: the other amount is left out of the findings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from tracker import describe
from tracker.audit import rules, wording
from tracker.audit.claims import Article, Claim, parse_article
from tracker.audit.rules import Verdict
from tracker.facts import comparable

_NAMES = {"money_back": "money-back guarantee", "job_guarantee": "job guarantee"}
#: Report order: what to fix first.
VERDICTS = ("stale", "expired", "unparseable", "unverifiable", "current")


@dataclass(frozen=True)
class Finding:
    """A claim with its verdict."""

    claim: Claim
    verdict: str
    page_value: Any = None
    since: str | None = None
    suggestion: str | None = None  # the claim's text with the fix applied
    note: str = ""
    fix: str | None = None  # what replaces ``replaces``; "(...)" for an instruction instead
    replaces: str = ""  # the part of the text the fix replaces: the quote, or more of it

    def to_json(self) -> dict[str, Any]:
        """The documented JSON shape of one claim (README "Auditing an article")."""
        c = self.claim
        value = c.fact.value
        return {
            "line": c.line, "text": c.text, "quote": c.fact.quote, "section": c.section,
            "program": c.program, "where": c.where, "field": c.fact.field,
            "verdict": self.verdict,
            "article_value": comparable(value) if isinstance(value, dict) else value,
            "page_value": self.page_value, "since": self.since,
            "suggestion": self.suggestion, "fix": self.fix, "replaces": self.replaces,
            "note": self.note,
        }  # fmt: skip


@dataclass
class Audit:
    """An article's audit: the findings in line order and what maps to no program."""

    title: str | None
    as_of: date
    findings: list[Finding] = field(default_factory=list)
    unmatched: list[tuple[int, str]] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {v: sum(f.verdict == v for f in self.findings) for v in VERDICTS}


def _window(text: str | None) -> tuple[int, str] | None:
    """("within six months of ...") -> (6, "month"), to compare guarantee windows."""
    words = "a one two three four five six seven eight nine ten eleven twelve".split()
    m = re.search(rf"\b(\d+|{'|'.join(words)})\s+(hour|day|week|month|year)s?\b", text or "", re.I)
    if not m:
        return None
    n = m[1].lower()
    return (int(n) if n.isdigit() else max(words.index(n), 1)), m[2].lower()


def _guarantees(a: dict, facts: dict, history: list[dict]) -> Verdict:
    page = [comparable(g) for g in facts.get("guarantees") or []]
    changes = [c for c in history if c.get("field") == "guarantees"]
    if a.get("kind") is None:  # "no guarantee"
        if not page:
            return Verdict("current")
        since = max((c["as_of"] for c in changes if c.get("kind") == "added"), default=None)
        words = "; ".join(describe.guarantee(g) for g in page)
        return Verdict("stale", page, since, f"(the page now offers: {words})")
    p = next((g for g in page if g.get("kind") == a["kind"]), None)
    same_kind = [
        c for c in changes if (c.get("old") or c.get("new") or {}).get("kind") == a["kind"]
    ]
    since = max((c["as_of"] for c in same_kind), default=None)
    if p is None:
        if same_kind:
            kind = _NAMES.get(a["kind"], a["kind"])
            return Verdict("stale", None, since, f"(remove: the page no longer states a {kind})")
        return Verdict(
            "unverifiable", page or None, note="the program's pages state no such guarantee"
        )
    mine, theirs = _window(a.get("window")), _window(p.get("window"))
    if mine and theirs and mine != theirs:
        return Verdict("stale", p, since, describe.safe_text(p.get("window"), 200), "other terms")
    return Verdict("current", p)


def _income_share(a: dict, facts: dict, history: list[dict]) -> Verdict:
    p = comparable(facts.get("income_share"))
    if not p:
        return Verdict("unverifiable", note="the program's pages state no income share")
    same = a.get("percent") == p.get("percent") and a.get("months") in (None, p.get("months"))
    since = max((c["as_of"] for c in history if c.get("field") == "income_share"), default=None)
    return Verdict("current", p) if same else Verdict("stale", p, since, describe.income_share(p))


def _self_paced(facts: dict, history: list[dict]) -> Verdict:
    if (facts.get("self_paced") or {}).get("value"):
        return Verdict("current", True)
    since = max((c["as_of"] for c in history if c.get("field") == "self_paced"), default=None)
    if since:
        return Verdict("stale", False, since, "(remove: no longer self-paced)")
    return Verdict("unverifiable", note="the program's pages do not say self-paced")


def judge(claim: Claim, facts: dict | None, history: list[dict], today: date) -> Verdict:
    """The verdict on one claim, given its program's facts (None: never observed)."""
    fact = claim.fact
    if fact.kind == "unparseable":
        return Verdict("unparseable", note="no value could be read: a typo?")
    if fact.kind == "stat":
        return Verdict("unverifiable", note="a statistic, not something a program page states")
    if claim.program is None:
        return Verdict("unverifiable", note="this section maps to no tracked program")
    if facts is None:
        return Verdict("unverifiable", note="this program has not been crawled")
    if fact.field == "prices":
        return rules.prices(fact.value, facts, history, fact.quote, today)
    if fact.field == "start_dates":
        return rules.start_dates(fact.value, facts, history, fact.only, today)
    if fact.field == "duration":
        return rules.duration(fact.value, facts, history, today)
    if fact.field == "guarantees":
        return _guarantees(fact.value, facts, history)
    if fact.field == "income_share":
        return _income_share(fact.value, facts, history)
    return _self_paced(facts, history)


def _is_conversion(claim: Claim, claims: list[Claim], facts: dict | None) -> bool:
    """A price the page does not state, beside one in another currency that it does."""
    if claim.fact.field != "prices" or claim.fact.value is None or not facts:
        return False
    page = [comparable(p) for p in facts.get("prices") or []]
    mine = claim.fact.value
    if any(rules.same_price(mine, p) for p in page):
        return False
    return any(
        c.text == claim.text and c.fact.field == "prices" and c.fact.value
        and c.fact.value["currency"] != mine["currency"]
        and any(rules.same_price(c.fact.value, p) for p in page)
        for c in claims
    )  # fmt: skip


def audit(
    article: Article,
    facts: dict[str, dict],
    history: dict[str, list[dict]],
    *,
    as_of: date,
) -> Audit:
    """Every claim of ``article`` judged against ``facts`` (slug -> facts as of ``as_of``)
    and ``history`` (slug -> changes up to ``as_of``, oldest first)."""
    result = Audit(article.title, as_of, unmatched=list(article.unmatched))
    dates: dict[tuple[int, str], list[str]] = {}  # the start dates each piece of text lists
    for claim in article.claims:
        if claim.fact.field == "start_dates" and claim.fact.value:
            dates.setdefault((claim.line, claim.text), []).append(claim.fact.quote)
    for claim in article.claims:
        program_facts = facts.get(claim.program or "")
        if _is_conversion(claim, article.claims, program_facts):
            continue
        v = judge(claim, program_facts, history.get(claim.program or "", []), as_of)
        span, fix = worded(claim, v, dates.get((claim.line, claim.text), []))
        suggestion = fix
        if fix and not fix.startswith("("):
            suggestion = claim.text.replace(span, fix, 1)
        result.findings.append(
            Finding(claim, v.verdict, v.page_value, v.since, suggestion, v.note, fix, span)
        )
    return result


def worded(claim: Claim, v: Verdict, dates: list[str]) -> tuple[str, str | None]:
    """The part of the claim's text to replace, and its replacement in the claim's words
    (tracker.audit.wording), so the suggestion is a sentence an editor can paste; None
    unless the claim is stale or expired. ``dates`` are the start dates its text lists."""
    fact, fix = claim.fact, v.suggestion
    if v.verdict not in ("stale", "expired"):
        return fact.quote, None
    if not fix or fix.startswith("("):
        return fact.quote, fix
    if fact.field == "start_dates" and isinstance(v.page_value, list):
        ends = bool(fact.value.get("end"))  # a claimed range gets ranges, a day gets days
        listed = [wording.cohort_text(c, ends) for c in v.page_value]
        return wording.cohorts(claim.text, dates or [fact.quote], listed, fact.only)
    if fact.field == "duration" and isinstance(v.page_value, dict):
        return fact.quote, wording.duration(fact.quote, fact.value, v.page_value)
    if fact.field == "guarantees" and fact.value.get("window") in claim.text:
        return fact.value["window"], fix  # the page's window for the article's
    return fact.quote, fix


def audit_text(
    text: str,
    programs: list[dict],
    facts: dict[str, dict],
    history: dict[str, list[dict]],
    *,
    as_of: date,
) -> Audit:
    """Parse a Markdown article and audit it: :func:`parse_article` then :func:`audit`."""
    return audit(parse_article(text, programs, today=as_of), facts, history, as_of=as_of)
