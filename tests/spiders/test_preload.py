"""The fork server's preload: the extraction code, frozen out of the collector's sight."""

from __future__ import annotations

import subprocess
import sys


def test_preload_freezes_the_extraction_code() -> None:
    code = (
        "import gc, sys, spiders.preload\n"
        "print(gc.get_freeze_count() > 10000, 'tracker.extract.layers' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "True"]
