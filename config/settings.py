"""Scrapy settings for bootwatch: only what differs from Scrapy's defaults, each with why.

The crawl runner (tracker/run/crawl.py) overrides a few of these per run from the user's
``settings:`` block in programs.yaml (delay, robots, size limit, timeout, retries).
"""

from importlib.metadata import PackageNotFoundError, version


def _version() -> str:
    try:
        return version("bootwatch")
    except PackageNotFoundError:  # run from a checkout that was never installed
        return "dev"


BOT_NAME = "bootwatch"
# The one spider's module, not the package: Scrapy imports every module of a package named
# here, and spiders/preload.py loads all of extraction (dateparser and its language data
# among it) and freezes the collector, which only the workers' fork server should do: it
# cost Scrapy's process 4-5 MB PSS (117 -> 113 MB in a 5000-page crawl).
SPIDER_MODULES = ["spiders.programs"]
NEWSPIDER_MODULE = "spiders"

# Identify ourselves so site owners can see who reads their pages and why.
USER_AGENT = (
    f"bootwatch/{_version()} (+https://github.com/bootwatch/bootwatch; tracks bootcamp facts)"
)

# Polite by default: a handful of pages per program, read slowly, as robots.txt allows.
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0

# A program page is tens of KB; anything near this is a misbehaving server, not a page.
DOWNLOAD_MAXSIZE = 5 * 1024 * 1024
DOWNLOAD_WARNSIZE = 0
DOWNLOAD_TIMEOUT = 30

# Retries back off and honour Retry-After, and robots.txt is obeyed by every request
# waiting for it: spiders/middlewares.py replaces both stock middlewares.
RETRY_TIMES = 2
RETRY_BACKOFF_BASE = 1.0
RETRY_AFTER_MAX = 120.0
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "spiders.middlewares.BackoffRetryMiddleware": 550,
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "spiders.middlewares.RobotsTxtMiddleware": 100,
}

# Each response yields exactly one item, and Scrapy starts this many asyncio tasks per
# response to process its output (100 by default: a tenth of a re-crawl's CPU time).
CONCURRENT_ITEMS = 1

# Downloads pause while responses of this many bytes wait to be read (5 MB by default).
# Pages wait here for an extraction worker, each with its body, the text Scrapy decodes
# from it and the copy sent to the worker; a dozen pages keep two workers busy, and the
# crawl is as fast with 1 MB as with 5 and 10 MB smaller (113 -> 104 MB PSS, 5000 pages).
SCRAPER_SLOT_MAX_ACTIVE_SIZE = 1_000_000

# Store everything a program's pages yielded in one transaction (see spiders/pipelines.py).
ITEM_PIPELINES = {
    "spiders.pipelines.StorePipeline": 300,
}

# A crawl started by bootwatch stops when bootwatch dies (spiders/extensions.py).
EXTENSIONS = {"spiders.extensions.ParentWatch": 100}

# Observations go to SQLite, not to feeds; nothing listens on the telnet console.
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"

# Extraction is CPU-bound, so it runs in worker processes while Scrapy keeps downloading:
# None means one per CPU (none on a single CPU); 0 extracts in Scrapy's own process.
BOOTWATCH_EXTRACT_PROCESSES = None

# Where the store pipeline writes; `bootwatch crawl --db` and `-s BOOTWATCH_DB=` set it.
BOOTWATCH_DB = "bootwatch.db"
