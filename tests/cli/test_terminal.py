"""Terminal output: scraped text cannot smuggle escape sequences or Rich markup."""

from __future__ import annotations

import io

from rich.console import Console

from tracker.cli import terminal
from tracker.describe import safe_text

EVIL = "\x1b[2J\x1b]0;pwned\x07[bold red]boom[/] \x1b]8;;https://evil.test\x1b\\link\u202e"


def show(renderable) -> str:
    out = io.StringIO()
    Console(file=out, color_system=None, width=200).print(renderable)
    return out.getvalue()


def test_safe_text_strips_control_and_escape_sequences():
    assert safe_text(EVIL) == "[bold red]boom[/] link"
    assert safe_text("a\n\tb   c") == "a b c"
    assert safe_text("x" * 400, 10) == "x" * 9 + "…"


def test_facts_panel_shows_hostile_text_inertly():
    facts = {
        "prices": [{"amount": "1925.00", "currency": "USD", "period": "one_time", "label": EVIL,
                    "source": {"url": "https://camp.test/" + EVIL, "method": "text",
                               "snippet": EVIL}}],
        "guarantees": [{"kind": "money_back", "window": EVIL, "terms": EVIL}],
    }  # fmt: skip
    text = show(terminal.facts_panel("camp", {"facts": facts, "version": 1, "created_at": "now"}))
    assert "\x1b" not in text and "\x07" not in text
    assert "[bold red]boom[/]" in text  # printed literally, not interpreted as markup


def test_run_summary_shows_hostile_errors_inertly():
    run = {"id": 1, "status": "completed", "programs_ok": 0, "programs_failed": 1,
           "pages_fetched": 0, "pages_not_modified": 0, "pages_failed": 1}  # fmt: skip
    programs = [{"slug": "camp", "outcome": "failed", "facts": None,
                 "failures": [{"url": "https://camp.test/" + EVIL, "outcome": "http_error",
                               "error": EVIL}]}]  # fmt: skip
    text = show(terminal.run_summary(run, programs))
    assert "\x1b" not in text and "\x07" not in text
