"""The browser tests' set-up: without Chromium they skip in one line that says how to get
it, so `make test` passes where nobody may install packages, and CI can insist on them."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]


def run_browser_tests(**env: str) -> subprocess.CompletedProcess:
    """pytest over the browser tests with a PATH that holds no Chromium."""
    command = [sys.executable, "-m", "pytest", "tests/report/test_report_browser.py", "-q", "-rs",
               "-p", "no:cacheprovider"]  # fmt: skip
    path = {"PATH": str(Path(sys.executable).parent)}
    clean = {k: v for k, v in os.environ.items() if k != "BOOTWATCH_REQUIRE_BROWSER"}
    return subprocess.run(
        command, cwd=ROOT, env={**clean, **path, **env}, capture_output=True, text=True
    )


def test_without_chromium_the_browser_tests_skip_saying_how_to_run_them():
    result = run_browser_tests()
    assert result.returncode == 0, result.stdout[-2000:]
    reason = re.search(
        r"chromium not found: run `make browser` \(apt-get install chromium\)"
        r" to run the (\d+) browser tests",
        result.stdout,
    )
    assert reason, result.stdout[-2000:]
    skipped = re.search(r"(\d+) skipped", result.stdout)
    assert skipped and skipped[1] == reason[1] and int(reason[1]) >= 3
    assert " passed" not in result.stdout and " failed" not in result.stdout
    assert len(re.findall(r"^SKIPPED", result.stdout, re.M)) == 1  # one line, not one a test


def test_ci_makes_a_missing_chromium_an_error():
    result = run_browser_tests(BOOTWATCH_REQUIRE_BROWSER="1")
    assert result.returncode != 0
    assert "chromium not found" in result.stdout + result.stderr
    assert "BOOTWATCH_REQUIRE_BROWSER is set" in result.stdout + result.stderr


def test_ci_installs_the_browser_before_testing():
    steps = [line for line in (ROOT / ".ci/run").read_text().splitlines() if "make " in line]
    assert steps == ["make browser", "BOOTWATCH_REQUIRE_BROWSER=1 make test"]
    makefile = (ROOT / "Makefile").read_text()
    test_recipe = makefile.split("\ntest:")[1].split("\n\n")[0]
    assert "apt-get" not in test_recipe and "apt-get install -y chromium" in makefile
