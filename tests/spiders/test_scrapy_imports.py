"""What Scrapy's process loads: with the worker pool on, extraction (dateparser and its
language data, price-parser, the extraction layers) is the workers' alone. Checked in a
real ``scrapy crawl programs`` process, as ``bootwatch crawl`` starts it."""

from __future__ import annotations

import os
import subprocess
import sys

from db.connect import open_db
from db.queries import current_facts
from tests.helpers import camp_config, camp_page, publish
from tests.paths import ROOT

#: Loaded by extraction only; each is megabytes in every process that imports it.
EXTRACTION_ONLY = ("dateparser", "price_parser", "tracker.extract.layers", "tracker.normalize")

#: Runs Scrapy's own command line, then (at exit, after the crawl) prints which of the
#: extraction-only modules the process imported.
CRAWL = """
import atexit, sys
from scrapy.cmdline import execute
names = sys.argv[1].split(",")
atexit.register(lambda: print([n for n in names if any(
    m == n or m.startswith(n + ".") for m in sys.modules)]))
sys.argv = ["scrapy", "crawl", "programs", *sys.argv[2:]]
execute()
"""


def test_scrapy_process_leaves_extraction_to_the_workers(tmp_path, site, db_path):
    publish(site, camp_page(0))
    config = camp_config(tmp_path, site, obey_robots=False)
    env = dict(os.environ, SCRAPY_SETTINGS_MODULE="config.settings", PYTHONPATH=str(ROOT))
    command = [sys.executable, "-c", CRAWL, ",".join(EXTRACTION_ONLY), "-a", f"config={config}",
               "-a", "as_of=2022-10-20", "-s", f"BOOTWATCH_DB={db_path}",
               "-s", "BOOTWATCH_EXTRACT_PROCESSES=1"]  # fmt: skip
    out = subprocess.run(command, capture_output=True, text=True, env=env, cwd=tmp_path,
                         timeout=120)  # fmt: skip
    assert out.returncode == 0, out.stderr[-3000:]
    assert out.stdout.strip().splitlines()[-1] == "[]", out.stdout
    version = current_facts(open_db(db_path), "camp")
    assert version and version["facts"]["prices"], "the page was not read (by a worker)"
