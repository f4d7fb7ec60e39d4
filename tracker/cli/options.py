"""What every ``bootwatch`` command shares: its options, its console and its one-line errors.

A user's mistake (a bad config, an unusable database, an unknown program) ends a command
with one line on stderr and exit code 2, before anything is written.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from config.loading import DEFAULT_CONFIG_PATH, load_config
from config.schema import Config, ConfigError
from db.connect import StoreError, open_db, open_db_readonly

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}
console = Console(highlight=False, soft_wrap=True)  # piped Markdown stays copyable


class UserError(click.ClickException):
    """A mistake in what the user gave us: one line, exit code 2."""

    exit_code = 2


def db_option(command: Callable) -> Callable:
    return click.option(
        "--db",
        "db_path",
        type=click.Path(dir_okay=False, path_type=Path),
        default="bootwatch.db",
        envvar="BOOTWATCH_DB",
        show_default=True,
        help="SQLite database file (env BOOTWATCH_DB).",
    )(command)


def config_option(command: Callable) -> Callable:
    """Adds --config and passes the validated Config as ``config``."""

    @click.option(
        "--config",
        "config_path",
        type=click.Path(dir_okay=False, path_type=Path),
        default=DEFAULT_CONFIG_PATH,
        envvar="BOOTWATCH_CONFIG",
        help="Tracked programs file (env BOOTWATCH_CONFIG). [default: config/programs.yaml]",
    )
    @functools.wraps(command)
    def wrapper(config_path: Path, **kwargs: Any) -> Any:
        return command(config=read_config(config_path), config_path=config_path, **kwargs)

    return wrapper


class OutputFile(click.ParamType):
    """A file a command will write (``-o``): checked when the command line is read, so a
    missing or unwritable folder is one line before any work is done."""

    name = "file"

    def convert(self, value: Any, param: click.Parameter | None, ctx: Any) -> Path:
        path = Path(value)
        if path.is_dir():
            raise UserError(f"-o {path}: is a folder; give a file name")
        if not path.parent.is_dir():
            raise UserError(f"-o {path}: folder {path.parent} does not exist")
        if not os.access(path if path.exists() else path.parent, os.W_OK):
            where = "the file" if path.exists() else f"folder {path.parent}"
            raise UserError(f"-o {path}: {where} is not writable")
        return path


def output_option(help: str) -> Callable[[Callable], Callable]:
    """Adds ``-o/--output`` (an OutputFile, None for standard output)."""
    return click.option("-o", "--output", type=OutputFile(), help=help)


def write_output(path: Path, content: str | bytes) -> None:
    """Write a command's ``-o`` file; a failure the check could not foresee (a full disk,
    a read-only mount) is one line too."""
    try:
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    except OSError as exc:
        raise UserError(f"-o {path}: cannot write it: {exc.strerror or exc}") from None


def json_option(command: Callable) -> Callable:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")(command)


def alert_targets(config: Config) -> list:
    """The config's alert targets plus BOOTWATCH_ALERT_URLS; a bad URL is a UserError."""
    from tracker.alerts.targets import AlertConfigError, targets  # Apprise: only when needed

    try:
        return targets(config.alerts)
    except AlertConfigError as exc:
        raise UserError(str(exc)) from None


def read_config(path: Path) -> Config:
    """The validated config at ``path``; a mistake in it is a UserError."""
    try:
        return load_config(path)
    except ConfigError as exc:
        raise UserError(str(exc)) from None


def open_database(path: Path, *, must_exist: bool = False, read_only: bool = False) -> Any:
    """The database at ``path``: migrated (created unless ``must_exist``), or with
    ``read_only`` opened as it is, never created, migrated or written. A file that cannot
    be one is a UserError; so is an empty one, for every command: bootwatch never leaves a
    0-byte database, so it is most likely the wrong file."""
    if path.is_file() and path.stat().st_size == 0:
        raise UserError(
            f"{path}: the file is empty (0 bytes), not a bootwatch database; check --db"
            " (to start a new database there, delete the empty file)"
        )
    if (must_exist or read_only) and not path.exists():
        raise UserError(f"{path}: no such database; run `bootwatch crawl` first")
    try:
        return open_db_readonly(path) if read_only else open_db(path)
    except StoreError as exc:
        raise UserError(str(exc)) from None
