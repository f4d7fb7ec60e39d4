"""Where the tests find the repository's files, wherever in tests/ they live."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SNIPPETS = ROOT / "tests" / "fixtures" / "snippets"
SAMPLE_SITE = ROOT / "tracker" / "demo" / "sample_site"
