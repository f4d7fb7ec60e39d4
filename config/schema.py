"""Load and validate programs.yaml: the tracked programs and the settings around them.

Every field has a default except what identifies a program, so a minimal file works and a
missing key never crashes (urlwatch's DEFAULT_CONFIG, here as pydantic defaults). Everything
wrong is reported at once in a :class:`ConfigError`, one line per problem naming the file, the
line and the key (config.problems words them), before any crawl or database work starts.
"""

from __future__ import annotations

import difflib
import ipaddress
import re
import socket
from collections.abc import Iterable, Iterator
from datetime import tzinfo
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from apscheduler.triggers.cron import CronTrigger
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    TypeAdapter,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from config import problems
from config.alert_urls import url_problem

#: The file `bootwatch` reads when no --config is given.
DEFAULT_CONFIG_PATH = Path(__file__).with_name("programs.yaml")

FieldName = Literal["prices", "income_share", "start_dates", "self_paced", "duration", "guarantees"]
SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")


class ConfigError(Exception):
    """User errors in the config file, worded as one line per problem."""


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Hint(Strict):
    """A selector for one field, for a site whose markup defeats generic extraction."""

    css: str | None = None
    xpath: str | None = None

    @model_validator(mode="after")
    def one_selector(self) -> Hint:
        if (self.css is None) == (self.xpath is None):
            raise ValueError("give exactly one of css or xpath")
        return self


class Program(Strict):
    """One tracked program; facts from all of its pages merge into one observation."""

    slug: str
    provider: str
    name: str
    urls: list[str] = Field(min_length=1)
    hints: dict[FieldName, Hint] = {}
    currency: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    schedule: str | None = None  # crontab expression; default: settings.schedule

    @field_validator("schedule")
    @classmethod
    def valid_schedule(cls, value: str | None) -> str | None:
        return value if value is None else _check_cron(value)

    @field_validator("slug")
    @classmethod
    def slug_shape(cls, value: str) -> str:
        if not SLUG.match(value):
            raise ValueError("use lowercase letters, digits and dashes, e.g. 'nucamp-backend'")
        return value

    @field_validator("urls")
    @classmethod
    def http_urls(cls, urls: list[str]) -> list[str]:
        for url in urls:
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise ValueError(f"{url!r} is not an http(s) URL")
        if len(set(urls)) != len(urls):
            raise ValueError("a URL is listed twice")
        return urls


class Settings(Strict):
    """Crawl and change-detection settings; every one has a polite, safe default."""

    allow_private_hosts: bool = False
    user_agent: str | None = None
    download_delay: float = Field(default=1.0, ge=0)
    autothrottle: bool = True
    obey_robots: bool = True
    max_page_bytes: int = Field(default=5 * 1024 * 1024, gt=0)
    timeout: float = Field(default=30.0, gt=0)
    retries: int = Field(default=2, ge=0, le=10)
    retry_backoff: float = Field(default=1.0, ge=0)  # seconds before the first retry, doubling
    concurrency: int = Field(default=16, ge=1, le=256)
    # Change detection (tracker/diff/decide.py): what counts as a confirmed change.
    confirm_runs: int = Field(default=1, ge=1, le=30)  # consecutive sightings to confirm
    flap_window: int = Field(default=6, ge=2, le=100)  # observations checked for flapping
    flap_changes: int = Field(default=3, ge=2, le=100)  # switches in the window = flapping
    gone_after: int = Field(default=3, ge=1, le=100)  # runs of 404/410 before "page gone"
    # Running unattended (tracker/run/scheduler.py, tracker/alerts/targets.py).
    schedule: str = "0 6 * * *"  # crontab: when programs without their own schedule run
    timezone: str | None = None  # of the schedule, e.g. "Europe/Berlin"; default: the system's
    jitter_seconds: int = Field(default=300, ge=0, le=86400)  # random delay so runs spread
    misfire_grace_seconds: int = Field(default=6 * 3600, ge=1)  # a run missed by less still runs
    lock_wait_seconds: float = Field(default=3600, ge=0)  # wait for a manual run to finish
    alert_retry_seconds: float = Field(default=300, ge=0)  # first retry delay, then doubling
    alert_max_attempts: int = Field(default=10, ge=1, le=100)  # then the alert is "failed"

    @field_validator("schedule")
    @classmethod
    def valid_schedule(cls, value: str) -> str:
        return _check_cron(value)

    @field_validator("timezone")
    @classmethod
    def known_timezone(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                ZoneInfo(value)
            except (ZoneInfoNotFoundError, ValueError):
                raise ValueError(f"unknown time zone {value!r}, e.g. 'Europe/Berlin'") from None
        return value

    def scrapy_settings(self) -> dict[str, object]:
        """These settings as Scrapy setting names (config/settings.py holds the rest)."""
        settings: dict[str, object] = {
            "ROBOTSTXT_OBEY": self.obey_robots,
            "DOWNLOAD_DELAY": self.download_delay,
            "AUTOTHROTTLE_ENABLED": self.autothrottle,
            "DOWNLOAD_MAXSIZE": self.max_page_bytes,
            "DOWNLOAD_TIMEOUT": self.timeout,
            "RETRY_TIMES": self.retries,
            "RETRY_BACKOFF_BASE": self.retry_backoff,
            "CONCURRENT_REQUESTS": self.concurrency,
        }
        if self.user_agent:
            settings["USER_AGENT"] = self.user_agent
        return settings


AlertField = Literal[
    "prices", "income_share", "start_dates", "self_paced", "duration", "guarantees", "lifecycle"
]
Severity = Literal["high", "medium", "low", "info"]


class AlertTarget(Strict):
    """Where alerts go: an Apprise URL and what it wants to hear about.

    The URL holds secrets (passwords, tokens): it is only kept in memory and is shown
    redacted everywhere (tracker.alerts.targets.redact)."""

    url: str
    fields: list[AlertField] = []  # empty: every field
    min_price_change_percent: float | None = Field(default=None, ge=0)
    severities: list[Severity] = ["high", "medium", "low"]  # "info" is routine, off by default
    programs: list[str] = []  # empty: every program
    health: bool = True  # health problems (a site failing, an extractor broken) and fixes

    @field_validator("url")
    @classmethod
    def apprise_accepts(cls, value: str) -> str:
        problem = url_problem(value)
        if problem:
            raise ValueError(problem)
        return value


class Config(Strict):
    settings: Settings = Settings()
    programs: list[Program] = Field(min_length=1)
    alerts: list[AlertTarget] = []

    @model_validator(mode="after")
    def consistent(self) -> Config:
        for loc, message in cross_problems(self.model_dump()):
            # The context says where, so parse_config can name the line; it reports them all.
            raise PydanticCustomError("config_check", "{message}", {"message": message, "loc": loc})
        return self

    def select(self, slugs: list[str] | tuple[str, ...]) -> list[Program]:
        """The programs named by ``slugs`` (all when empty); unknown slugs are an error."""
        if not slugs:
            return list(self.programs)
        known = {p.slug: p for p in self.programs}
        for slug in slugs:
            if slug not in known:
                raise ConfigError(unknown_program(slug, known))
        return [known[s] for s in slugs]


_LISTED = 12  # known slugs named in an unknown-program error


def unknown_program(slug: str, known: Iterable[str]) -> str:
    """One wording, everywhere, for a slug that names no program, with the nearest one."""
    names = sorted(known)
    close = difflib.get_close_matches(slug, names, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    listed = ", ".join(names[:_LISTED]) or "none"
    if len(names) > _LISTED:  # a config of hundreds of programs must not flood the line
        listed += f" and {len(names) - _LISTED} more"
    return f"unknown program {slug!r}{hint} (known: {listed})"


def crontab_trigger(
    expr: str, *, jitter: int = 0, timezone: str | tzinfo | None = None
) -> CronTrigger:
    """An APScheduler trigger for a standard crontab line, read the way cron reads it.

    APScheduler 3.x numbers weekdays from Monday = 0 (its docs' warning on
    ``from_crontab``); cron numbers them from Sunday = 0 (and 7), so numeric weekdays are
    renamed first: ``"0 6 * * 1-5"`` runs Monday to Friday, as in crontab. Raises
    ValueError with APScheduler's reason for a bad expression."""
    parts = expr.split()
    if len(parts) == 5:
        days = re.sub(r"(?<![/\d])0-", "0,1-", parts[4])  # cron's "0-6": Sunday, then Monday on
        parts[4] = re.sub(r"(?<![/\d])\d+", lambda m: _CRON_DAYS[int(m.group())], days)
    trigger = CronTrigger.from_crontab(" ".join(parts), timezone=timezone)
    trigger.jitter = jitter or None
    return trigger


_CRON_DAYS = dict(enumerate(["sun", "mon", "tue", "wed", "thu", "fri", "sat", "sun"]))


def _check_cron(expr: str) -> str:
    try:
        crontab_trigger(expr, timezone="UTC")
    except (ValueError, KeyError) as exc:
        reason = exc.args[0] if isinstance(exc, ValueError) and exc.args else "bad weekday"
        raise ValueError(
            f"invalid cron expression {expr!r} ({reason}); "
            "expected 5 fields: minute hour day month weekday, e.g. '0 6 * * *'"
        ) from None
    return expr


def is_private_host(host: str) -> bool:
    """True for localhost and loopback, private, link-local or reserved IP literals.

    Names are not resolved (that would be network I/O at load time); ``localhost`` and
    names ending in ``.localhost`` or ``.local`` count as private."""
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith((".localhost", ".local")):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        try:  # decimal or hex IPv4 spellings such as 2130706433 or 0x7f000001
            address = ipaddress.ip_address(socket.inet_aton(host))
        except OSError:
            return False
    return not address.is_global


def cross_problems(data: Any) -> Iterator[tuple[tuple, str]]:
    """What no single field can check: unique slugs, public hosts, known alert programs.

    Takes plain data, raw from YAML or validated, so that parse_config can report these
    next to the field errors, with which pydantic never runs a model's own validators."""
    data = data if isinstance(data, dict) else {}
    programs = [p if isinstance(p, dict) else {} for p in _listed(data.get("programs"))]
    slugs: dict[str, int] = {}
    for i, program in enumerate(programs):
        slug = program.get("slug")
        if isinstance(slug, str) and slug in slugs:
            yield ("programs", i, "slug"), f"duplicate slug {slug!r} (also programs[{slugs[slug]}])"
        elif isinstance(slug, str):
            slugs[slug] = i
    settings = data.get("settings")
    if not _true(settings.get("allow_private_hosts") if isinstance(settings, dict) else False):
        allow = "set settings.allow_private_hosts: true to allow it"
        for i, program in enumerate(programs):
            for j, url in enumerate(_listed(program.get("urls"))):
                if isinstance(url, str) and is_private_host(_hostname(url)):
                    yield (
                        ("programs", i, "urls", j),
                        f"{url} points at a local or private address ({allow})",
                    )
    for i, target in enumerate(_listed(data.get("alerts"))):
        wanted = target.get("programs") if isinstance(target, dict) else None
        for j, slug in enumerate(_listed(wanted)):
            if slugs and isinstance(slug, str) and slug not in slugs:
                yield ("alerts", i, "programs", j), unknown_program(slug, slugs)


def _listed(value: Any) -> list:
    return value if isinstance(value, list) else []


def _true(value: Any) -> bool:
    """``value`` as pydantic reads a bool ("yes", 1, true), and False when it is none."""
    try:
        return TypeAdapter(bool).validate_python(value)
    except ValidationError:
        return False


def _hostname(url: str) -> str:
    try:
        return urlsplit(url).hostname or ""
    except ValueError:  # "http://[::1": the http_urls check reports it
        return ""


def load_config(path: str | Path = DEFAULT_CONFIG_PATH) -> Config:
    """Read and validate ``path``; raise :class:`ConfigError` with file and line on error."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config: {exc.strerror or exc}") from exc
    return parse_config(text, str(path))


def parse_config(text: str, filename: str = "<config>") -> Config:
    """Validate YAML ``text``; ``filename`` only names the source in error messages.

    Raises :class:`ConfigError` listing every problem found, one line each."""
    try:
        root = yaml.compose(text)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(problems.report(filename, [problems.syntax_problem(exc)])) from None
    if not isinstance(data, dict):
        raise ConfigError(f"{filename}: expected a mapping with a 'programs' list at the top")
    found = list(problems.duplicate_keys(root, data))
    try:
        config = Config.model_validate(data)
    except ValidationError as exc:
        found += problems.validation_problems(exc.errors(), data, root, Config)
    found += [
        problems.Problem(problems.line_of(root, loc), problems.describe(data, loc), message)
        for loc, message in cross_problems(data)
    ]
    if found:
        raise ConfigError(problems.report(filename, found))
    return config
