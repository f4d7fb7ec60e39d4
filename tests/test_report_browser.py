"""The HTML report in a real browser: hostile page text does not run, and the page renders.

Needs Chromium (`make browser` installs it); without it these tests skip with one line
saying so (tests/conftest.py), and .ci/run makes that an error.
"""

from __future__ import annotations

import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from db import history
from db.connect import open_db
from tests.test_report import build_demo, hostile_copy
from tracker import report_html

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    """The HTML report of the demo's two runs plus one change made of hostile page text."""
    folder = tmp_path_factory.mktemp("browser")
    db_path = hostile_copy(build_demo(folder / "demo.db"), folder / "hostile.db")
    out = folder / "report.html"
    out.write_text(report_html.render(history.report_data(open_db(db_path), since="2022-10-01")))
    return out


def browse(chromium: str, tmp_path: Path, url: str, *args: str) -> subprocess.CompletedProcess:
    command = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
               "--no-first-run", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}", *args, url]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    return result


def test_harness_sees_a_script_run(chromium, tmp_path):
    """The control: the same payload in a page without escaping or CSP does run."""
    bare = tmp_path / "bare.html"
    bare.write_text("<title>report</title><script>document.title='pw'+'ned'</script>")
    assert "<title>pwned</title>" in browse(chromium, tmp_path, bare.as_uri(), "--dump-dom").stdout


def test_injected_script_does_not_run(chromium, page, tmp_path):
    dom = browse(chromium, tmp_path, page.as_uri(), "--dump-dom").stdout
    assert "<title>bootwatch: " in dom
    assert "pwned" not in dom  # neither the title nor an appended text node
    assert "&lt;script&gt;document.title=" in dom  # the payload is there, as text
    assert "<img" not in dom


def test_screenshot_is_not_blank(chromium, page, tmp_path):
    shot = tmp_path / "report.png"
    browse(chromium, tmp_path, page.as_uri(), f"--screenshot={shot}", "--window-size=1280,2000")
    width, height, rows = read_png(shot.read_bytes())
    assert (width, height) == (1280, 2000)
    assert shot.stat().st_size > 50_000
    assert len(set(rows)) > 500  # text, badges, charts; a blank page repeats one row


def read_png(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and the decompressed (still filtered) scanlines of a PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    offset, idat, width, height = 8, b"", 0, 0
    while offset < len(data):
        length, kind = struct.unpack(">I4s", data[offset : offset + 8])
        body = data[offset + 8 : offset + 8 + length]
        if kind == b"IHDR":
            width, height = struct.unpack(">II", body[:8])
        elif kind == b"IDAT":
            idat += body
        offset += 12 + length
    raw = zlib.decompress(idat)
    step = len(raw) // height  # each scanline: a filter byte, then the row
    return width, height, [raw[i * step : (i + 1) * step] for i in range(height)]
