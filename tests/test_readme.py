"""The README is the front door: its examples run, its schema is current, every command is in it."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from config.schema import Settings
from tracker.cli.main import cli

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text()
SQLITE_UTILS = Path(sys.executable).with_name("sqlite-utils")


def readme_queries() -> list[str]:
    """The `sqlite-utils query` and `sqlite-utils rows` commands of the README's bash blocks,
    one string each."""
    commands = []
    for block in re.findall(r"```bash\n(.*?)```", README, re.S):
        for command in re.split(r"\n(?=#|\S)", block):
            lines = [line for line in command.splitlines() if not line.startswith("#")]
            text = " ".join(lines).strip()
            if text.startswith(("sqlite-utils query", "sqlite-utils rows")):
                commands.append(text)
    return commands


def test_readme_has_sqlite_utils_examples():
    commands = readme_queries()
    assert len(commands) >= 3
    assert any(c.startswith("sqlite-utils rows") for c in commands)
    assert any("_fts match" in c for c in commands)


@pytest.mark.parametrize("command", readme_queries())
def test_readme_query_runs(command, demo_db):
    args = shlex.split(command)
    args[0:1] = [str(SQLITE_UTILS)]
    args[args.index("bootwatch.db")] = str(demo_db)
    result = subprocess.run(args, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    if "current_version_id" in command or "current_facts" in command:  # every demo program
        assert "nucamp" in result.stdout and "technigo" in result.stdout


def test_readme_schema_is_current():
    result = subprocess.run(
        [str(Path(sys.executable).with_name("cog")), "--check", "README.md"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, "README schema is stale: run `cog -r README.md`"


def test_every_command_has_help_and_is_in_the_readme():
    for name, command in cli.commands.items():
        result = CliRunner().invoke(cli, [name, "--help"])
        assert result.exit_code == 0 and "Example:" in result.output, name
        assert command.help, name
        assert f"bootwatch {name}" in README, f"`bootwatch {name}` is not in the README"


def test_every_setting_is_documented():
    for name in Settings.model_fields:
        assert re.search(rf"^\s+{name}:", README, re.M), f"settings.{name} is not in the README"
