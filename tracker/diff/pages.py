"""Page lifecycle: is a tracked page gone (404/410) or moved to another site?

One missing run is a hiccup, so a page is only declared gone, or redirected away, after
``gone_after`` consecutive runs (urlwatch's ``max_tries``); before that it is a health
problem. The caller passes each page's recent fetches, newest last, and the URLs already
reported, so a gone page is announced once and not on every later run.
"""

from __future__ import annotations

from dataclasses import dataclass

from tracker import describe
from tracker.diff.fields import Change, Problem
from tracker.urls import offsite
from tracker.words import count

#: HTTP statuses that mean the page was taken down, not that the site is struggling.
GONE_STATUSES = frozenset({404, 410})


@dataclass(frozen=True)
class Fetch:
    """One fetch of a page: as recorded in the ``fetches`` table."""

    outcome: str  # ok | not_modified | http_error | network_error | offsite_redirect | ...
    status: int | None = None  # HTTP status, None when no response arrived
    final_url: str | None = None  # where redirects ended, when not the page URL


@dataclass(frozen=True)
class PageHistory:
    """A page's recent fetches, newest last."""

    url: str
    fetches: tuple[Fetch, ...] = ()


@dataclass(frozen=True)
class Lifecycle:
    """What :func:`page_lifecycle` found: at most one change and one problem, and whether
    the page is (still) reported as gone or redirected away after this run."""

    change: Change | None = None
    problem: Problem | None = None
    reported: bool = False


def _streak(fetches: tuple[Fetch, ...], test) -> int:
    count = 0
    for fetch in reversed(fetches):
        if not test(fetch):
            break
        count += 1
    return count


def page_lifecycle(page: PageHistory, *, reported: bool, gone_after: int = 3) -> Lifecycle:
    """Judge one page from its recent fetches. ``reported`` says a lifecycle change was
    already emitted for it; a page that answers again clears that with a "page back"."""
    url, fetches = page.url, page.fetches
    shown = describe.safe_text(url, 200)
    missing = _streak(fetches, lambda f: f.status in GONE_STATUSES)
    away = _streak(fetches, lambda f: f.outcome == "offsite_redirect" or offsite(url, f.final_url))
    if missing:
        status = fetches[-1].status
        if missing < gone_after:
            detail = f"page missing ({status}), {missing} of {count(gone_after, 'run')}: {shown}"
            return Lifecycle(problem=Problem("page_missing", "lifecycle", detail))
        summary = f"page gone: {shown} ({status} for {count(missing, 'run')})"
        if reported:
            return Lifecycle(problem=Problem("page_missing", "lifecycle", summary), reported=True)
        change = Change("lifecycle", "removed", url, None, summary, "high")
        return Lifecycle(change=change, reported=True)
    if away:
        final = fetches[-1].final_url
        summary = f"redirects to {describe.safe_text(final or 'another site', 200)}"
        if away < gone_after:
            detail = f"{shown} {summary} (another site), {away} of {count(gone_after, 'run')}"
            return Lifecycle(problem=Problem("redirected", "lifecycle", detail))
        if reported:
            problem = Problem("redirected", "lifecycle", f"{shown} {summary}")
            return Lifecycle(problem=problem, reported=True)
        change = Change("lifecycle", "changed", url, final, f"{shown} {summary}", "high")
        return Lifecycle(change=change, reported=True)
    if reported and fetches and fetches[-1].outcome in ("ok", "not_modified"):
        change = Change("lifecycle", "added", None, url, f"page back: {shown}", "low")
        return Lifecycle(change=change)
    # A reported page that now fails otherwise (timeout...) stays reported until it answers.
    return Lifecycle(reported=reported)
