"""The benchmark still runs and reports every figure (tiny N; no timing is asserted here)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CRAWLS = ("b_first", "c_304", "c_plain", "d_5pct", "c_noise1", "c_noise")


@pytest.mark.slow
def test_benchmark_smoke_run_reports_every_figure(tmp_path):
    out = tmp_path / "bench.json"
    command = [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--pages", "20",
               "--history-programs", "5", "--server", "python", "--repeat", "1",
               "--json", str(out)]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "AutoThrottle off, robots.txt off" in done.stdout
    result = json.loads(out.read_text())
    assert result["meta"]["pages"] == 20 and result["server"]["pages_per_s"] > 0
    for figure in ("wall_s", "cpu_s", "rss_mb", "pss_mb"):
        assert result["baseline"][figure] > 0
    for name in CRAWLS:
        crawl = result["crawls"][name]
        assert {"wall_s", "cpu_s", "rss_mb", "pss_mb", "wall_x", "cpu_x"} <= crawl.keys()
        assert crawl["run"]["status"] == "completed"
        assert crawl["run"]["programs_failed"] == 0
        assert {"bytes", "added_bytes", "added_per_page", "versions_added"} <= set(
            result["storage"][name]
        )
    storage = result["storage"]
    assert storage["b_first"]["versions_added"] == result["meta"]["programs"]
    assert storage["c_304"]["versions_added"] == storage["c_noise"]["versions_added"] == 0
    assert result["crawls"]["c_304"]["run"]["pages_not_modified"] == 20
    assert storage["d_5pct"]["versions_added"] == 1  # page 0 of 20 changed its price
    assert {"ms_per_program_2", "ms_per_program_200", "ratio"} <= result["history"].keys()
    assert result["projection"]["bytes"] > 0
    assert all({"target", "value", "limit", "met"} <= t.keys() for t in result["targets"])
