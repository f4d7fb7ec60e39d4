"""The HTML report in a real browser: hostile page text does not run, and the page renders.

Needs Chromium (`make browser` installs it); without it these tests skip with one line
saying so (tests/conftest.py), and .ci/run makes that an error.
"""

from __future__ import annotations

import json
import re
import sqlite3
import struct
import subprocess
import zlib
from html import unescape
from pathlib import Path

import pytest

from db import history
from db.connect import open_db
from tests.helpers import hostile_copy
from tracker.report import html as report_html

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def page(demo_db, tmp_path_factory) -> Path:
    """The HTML report of the demo's two runs plus one change made of hostile page text."""
    folder = tmp_path_factory.mktemp("browser")
    db_path = hostile_copy(demo_db, folder / "hostile.db")
    out = folder / "report.html"
    data = history.report_data(open_db(db_path), since="2022-10-01")
    out.write_text(report_html.report_page(data))
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


#: Appended to a copy of the report without its CSP: writes the box Chromium drew for each
#: chart text, price band and cohort line into the page, for --dump-dom to read.
MEASURE = """<pre id="boxes"></pre><script>
const box = e => { const b = e.getBBox(); return [b.x, b.y, b.width, b.height, e.textContent]; };
const charts = [...document.querySelectorAll("figure svg")].map(svg => ({
  texts: [...svg.querySelectorAll("text")].map(box),
  bands: [...svg.querySelectorAll("rect.band")].map(box),
  steps: [...svg.querySelectorAll("line.step")].map(box)}));
document.getElementById("boxes").textContent = JSON.stringify(charts);
</script>"""


@pytest.fixture(scope="module")
def same_day_report(demo_db, tmp_path_factory) -> Path:
    """The demo's report for Nucamp after both runs moved to one day, as a schedule that
    runs twice a day makes them: two versions of the program share Nov 7."""
    folder = tmp_path_factory.mktemp("same-day")
    with sqlite3.connect(demo_db) as source, sqlite3.connect(folder / "same.db") as target:
        source.backup(target)
        target.execute("update runs set as_of = (select as_of from runs where id = 2)")
    data = history.report_data(open_db(folder / "same.db"), since="2022-10-01", program="nucamp")
    out = folder / "report.html"
    out.write_text(report_html.report_page(data))
    return out


def overprinted(texts: list) -> list:
    return [(a[4], b[4]) for i, a in enumerate(texts) for b in texts[i + 1 :]
            if a[0] < b[0] + b[2] - 1 and b[0] < a[0] + a[2] - 1
            and a[1] < b[1] + b[3] - 1 and b[1] < a[1] + a[3] - 1]  # fmt: skip


def test_versions_of_one_day_are_drawn_and_labelled(chromium, same_day_report, tmp_path):
    measured = tmp_path / "measured.html"
    html = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "",
                  same_day_report.read_text())  # fmt: skip
    measured.write_text(html.replace("</body>", MEASURE + "</body>"))
    dom = browse(chromium, tmp_path, measured.as_uri(), "--dump-dom").stdout
    (chart,) = json.loads(unescape(re.search(r'<pre id="boxes">(.*?)</pre>', dom, re.S)[1]))
    texts = [t[4] for t in chart["texts"]]
    assert {"$1,925", "$2,105", "Nov 14, 2022", "Dec 5, 2022", "Nov 7, 2022"} <= set(texts)
    assert len(chart["bands"]) == 2 and all(b[2] >= 40 for b in chart["bands"])
    assert len(chart["steps"]) == 2 and all(s[2] >= 40 for s in chart["steps"])
    assert overprinted(chart["texts"]) == []
    shot = tmp_path / "same-day.png"  # to look at: pytest --basetemp keeps it
    browse(
        chromium,
        tmp_path,
        same_day_report.as_uri(),
        f"--screenshot={shot}",
        "--window-size=1280,900",
    )
    assert shot.stat().st_size > 20_000


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
