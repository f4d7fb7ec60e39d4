"""What the extraction workers' fork server loads before it forks the first worker.

Every worker is forked from the fork server, so the modules imported here are in memory
once for all of them, as long as a worker does not copy the pages that hold them. Python's
garbage collector would: each collection in a worker writes into every object it tracks,
the imported modules' included, and the kernel then gives that worker its own copy of each
page it wrote. ``gc.freeze()`` moves what is loaded so far out of the collector's sight, so
those pages stay shared (11 MB less per crawl with two workers, 2000 pages). Nothing frozen
here is garbage: it is the code and tables every page's extraction uses.
"""

from __future__ import annotations

import gc

import spiders.workers  # noqa: F401  (extract_page, called in every worker)
import tracker.extract.layers  # noqa: F401  (imported by extract_page on first use)

gc.freeze()
