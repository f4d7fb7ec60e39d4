"""The tracked programs and the settings around them, as pydantic models.

Every field has a default except what identifies a program, so a minimal file works and a
missing key never crashes (urlwatch's DEFAULT_CONFIG, here as pydantic defaults). Reading the
YAML and wording its mistakes is config.loading's job; the models only say what is valid.
"""

from __future__ import annotations

import re
from typing import Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from config.alert_urls import url_problem
from config.checks import check_cron, cross_problems, unknown_program

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
        return value if value is None else check_cron(value)

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
        return check_cron(value)

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
