"""The bundled sample site: every program's merged facts match ``expected.yaml``.

The demo's pages are written to look like the real providers' (Next.js data, prose, JSON-LD,
pricing tables, microdata, cards) with traps in them, so they are the extractor's
end-to-end check. Facts are merged over a program's pages as the test's own simple rule:
lists are unioned, scalars take the first non-null value.
"""

from __future__ import annotations

import datetime
from typing import Any

import pytest
import yaml

from tests.paths import SAMPLE_SITE
from tracker.extract.layers import extract_facts
from tracker.facts import comparable as strip_presentation

SITE = SAMPLE_SITE
TODAY = {"2022-10": datetime.date(2022, 10, 3), "2022-11": datetime.date(2022, 11, 7)}
EXPECTED = yaml.safe_load((SITE / "expected.yaml").read_text()) if SITE.exists() else {}
PROGRAMS = yaml.safe_load((SITE / "programs.yaml").read_text())["programs"] if SITE.exists() else []


def merged_facts(snapshot: str, program: dict[str, Any]) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for url in program["urls"]:
        path = SITE / snapshot / url.replace("{base}/", "")
        facts = extract_facts(
            url.replace("{base}", "http://127.0.0.1:8000"),
            path.read_text(encoding="utf-8"),
            today=TODAY[snapshot],
            hints=program.get("hints"),
            currency_hint=program.get("currency"),
        )
        for name, value in facts.items():
            if isinstance(value, list):
                merged.setdefault(name, []).extend(value)
            elif merged.get(name) is None:
                merged[name] = value
    return merged


def comparable(name: str, value: Any, keys: Any = None) -> Any:
    """A field as expected.yaml states it: no raw/source/label, guarantees by kind."""
    value = strip_presentation(value)
    if name == "self_paced":
        return bool(value)
    if name == "guarantees":
        return sorted({g["kind"] for g in value or []})
    if name == "prices":
        unique = {tuple(sorted((k, v) for k, v in p.items() if k != "label")) for p in value or []}
        return sorted(unique, key=repr)
    if name == "start_dates":
        return sorted({(c["start"], c.get("end")) for c in value or []})
    if isinstance(value, dict) and keys is not None:
        return {k: value.get(k) for k in keys}  # only what expected.yaml states
    return value


CASES = [
    pytest.param(snapshot, program, id=f"{snapshot}-{program['slug']}")
    for snapshot in sorted(EXPECTED)
    for program in PROGRAMS
    if program["slug"] in EXPECTED[snapshot]
]


@pytest.mark.parametrize(("snapshot", "program"), CASES)
def test_sample_site_program(snapshot: str, program: dict[str, Any]) -> None:
    facts = merged_facts(snapshot, program)
    expected = EXPECTED[snapshot][program["slug"]]
    for name, want in expected.items():
        keys = list(want) if isinstance(want, dict) else None
        assert comparable(name, facts.get(name), keys) == comparable(name, want), name
