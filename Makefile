# The two set-up commands of the README: `make demo` and `make test`.
# Each creates .venv on first use and reinstalls when pyproject.toml changes.
# `make browser` is the optional third: Chromium for the HTML report's browser tests.
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin

.PHONY: demo test browser lint bench

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e . --group dev
	touch $@

demo: $(BIN)/.installed
	$(BIN)/bootwatch demo

test: $(BIN)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/pytest

# Headless Chromium for tests/report/test_report_browser.py, from Debian's package (as root: 115
# packages). Its own step so that `make test` installs nothing system-wide; without
# Chromium those tests skip and say how to run them.
browser:
	command -v chromium >/dev/null || command -v chromium-browser >/dev/null \
		|| { apt-get update && apt-get install -y chromium; }

lint: $(BIN)/.installed
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

# Crawl cost against a bare Scrapy spider on 1000 synthetic pages (5000: PAGES=5000);
# installs nginx when missing. Prints the table and writes bench.json.
PAGES ?= 1000
bench: $(BIN)/.installed
	$(BIN)/python benchmarks/run.py --pages $(PAGES) --json bench.json
