"""The data flow, checked from the imports: config -> spiders -> extract -> db -> diff ->
report/alerts (ARCHITECTURE.md).

Extraction, diffing, reports, alerts and the audit are pure functions over plain data, so
they import no storage and no Scrapy; only the packages that run things (run/, cli/,
demo/) open the database. db/ stores facts but knows nothing of how they were found or
judged: it imports only the leaf modules tracker.facts (the facts' shape) and
tracker.words (counted nouns), which import nothing of the project themselves.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PURE = ("normalize", "extract", "diff", "report", "alerts", "audit")
STORAGE = ("db", "sqlite_utils", "sqlite3")
LEAVES = ("tracker.facts", "tracker.words")


def imports(path: Path) -> set[str]:
    """Every module ``path`` imports, at the top or inside a function."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
    return found


def under(module: str, packages: tuple[str, ...]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in packages)


def modules(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


@pytest.mark.parametrize("package", PURE)
def test_pure_packages_import_no_storage_and_no_scrapy(package: str) -> None:
    wrong = {
        f"{path.relative_to(ROOT)}: {module}"
        for path in modules(f"tracker/{package}")
        for module in imports(path)
        if under(module, (*STORAGE, "scrapy", "twisted"))
    }
    assert not wrong, f"tracker/{package} must stay pure"


def test_only_run_cli_and_demo_touch_the_database() -> None:
    allowed = ("tracker/run/", "tracker/cli/", "tracker/demo/")
    wrong = {
        f"{path.relative_to(ROOT)}: {module}"
        for path in modules("tracker")
        if not str(path.relative_to(ROOT)).startswith(allowed)
        for module in imports(path)
        if under(module, STORAGE)
    }
    assert not wrong


def test_db_imports_nothing_from_tracker_but_the_leaf_types() -> None:
    wrong = {
        f"{path.relative_to(ROOT)}: {module}"
        for path in modules("db")
        for module in imports(path)
        if under(module, ("tracker", "spiders")) and module not in LEAVES
    }
    assert not wrong
    for leaf in LEAVES:
        path = ROOT / (leaf.replace(".", "/") + ".py")
        project = {m for m in imports(path) if under(m, ("tracker", "db", "spiders", "config"))}
        assert not project, f"{leaf} must stay a leaf"


def test_spiders_reach_tracker_only_through_extraction_and_shared_helpers() -> None:
    allowed = ("tracker.extract", "tracker.facts", "tracker.urls", "tracker.words")
    wrong = {
        f"{path.relative_to(ROOT)}: {module}"
        for path in modules("spiders")
        for module in imports(path)
        if under(module, ("tracker",)) and not under(module, allowed)
    }
    assert not wrong


def test_the_checker_sees_imports_inside_functions(tmp_path: Path) -> None:
    source = tmp_path / "lazy.py"
    source.write_text("def f():\n    from db.store import load_body\n    import sqlite3\n")
    assert imports(source) == {"db.store", "sqlite3"}


LONG = 250  # lines (CONTRIBUTING.md: a module over about 250 lines says why it is one piece)


@pytest.mark.parametrize("folder", ["spiders", "tracker", "db", "config", "benchmarks"])
def test_long_modules_say_why_they_are_one_piece(folder: str) -> None:
    unexplained = []
    for path in modules(folder):
        source = path.read_text()
        if source.count("\n") <= LONG:
            continue
        doc = (ast.get_docstring(ast.parse(source)) or "").lower()
        if "one module" not in doc and "one script" not in doc:
            unexplained.append(f"{path.relative_to(ROOT)} ({source.count(chr(10))} lines)")
    assert unexplained == []
