"""Alert targets: Apprise URLs from the config or BOOTWATCH_ALERT_URLS, kept secret.

Apprise speaks to email, Slack, Discord, Telegram, Matrix, generic JSON webhooks and
more, each chosen by its URL's scheme, so one small :class:`Target` class serves every
channel; its ``kind`` is the scheme. A target that fails logs one redacted line and the
others still run (spidermon's Action), and the outbox (db/outbox.py) retries it later.

The real URL stays in memory. Everything written anywhere (logs, the database, the CLI)
uses :func:`redact` and the target's ``id``, a hash of the URL. Apprise's own debug logs
can print header values and webhook paths, so every secret of a loaded URL is also
scrubbed from the ``apprise`` and ``urllib3`` loggers (:class:`ScrubSecrets`).
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from config import alert_urls

log = logging.getLogger(__name__)

#: Whitespace-separated Apprise URLs added to the config's ``alerts`` (no filters).
ENV_VAR = "BOOTWATCH_ALERT_URLS"
#: Generic webhook schemes, whose paths Apprise does not mask but often hold tokens.
WEBHOOK_SCHEMES = {"json", "jsons", "xml", "xmls", "form", "forms"}
#: Loggers that may print a URL's secrets: Apprise's own and the HTTP client's.
NOISY_LOGGERS = ("apprise", "urllib3.connectionpool", "requests")


def redact(url: str) -> str:
    """``url`` safe to show: Apprise's privacy form (passwords ``****``, tokens ``a...z``)
    without the query string (header values and API keys live there), and long path
    segments of generic webhooks masked too: ``json://user:****@host:8080/hook``."""
    parsed = alert_urls.plugin(url)
    shown = parsed.url(privacy=True) if parsed else url.split("://", 1)[0] + "://****"
    shown = shown.split("?", 1)[0]
    scheme, _, rest = shown.partition("://")
    if scheme in WEBHOOK_SCHEMES:
        host, _, path = rest.partition("/")
        masked = [s if len(s) < 16 else f"{s[0]}...{s[-1]}" for s in path.split("/")]
        rest = host + ("/" + "/".join(masked) if path else "")
    return f"{scheme}://{rest}" + ("?…" if "?" in url else "")


def target_id(url: str) -> str:
    """A stable id for the outbox: a 12-hex prefix of the URL's sha256, not reversible."""
    return hashlib.sha256(url.encode()).hexdigest()[:12]


def secrets_of(url: str, shown: str) -> set[str]:
    """Parts of ``url`` that ``shown`` (its redacted form) hides: user info, tokens in the
    host or path, query values. Pieces shorter than 4 characters are left out (they would
    scrub ordinary words); query keys are names, not secrets."""
    parts = urlsplit(url)
    pieces = re.split(r"[:@]", parts.netloc) + parts.path.split("/")
    pieces += [value for _, value in parse_qsl(parts.query)]
    pieces += [piece for value in list(pieces) for piece in re.split(r"[,;+ ]", value)]
    pieces += [unquote(piece) for piece in pieces]
    return {p for p in pieces if len(p) >= 4 and p not in shown}


class ScrubSecrets(logging.Filter):
    """Replaces every registered secret in a record's message with ``****``."""

    def __init__(self) -> None:
        super().__init__()
        self.secrets: set[str] = set()
        self.lock = threading.Lock()

    def add(self, secrets: Iterable[str]) -> None:
        with self.lock:
            self.secrets |= set(secrets)

    def scrub(self, text: str) -> str:
        for secret in sorted(self.secrets, key=len, reverse=True):
            text = text.replace(secret, "****")
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        if self.secrets:
            record.msg, record.args = self.scrub(record.getMessage()), None
        return True


SCRUB = ScrubSecrets()
for _name in (*NOISY_LOGGERS, __name__, "tracker.run.scheduler"):
    logging.getLogger(_name).addFilter(SCRUB)


@dataclass(frozen=True)
class Target:
    """One Apprise URL and its filters. ``repr`` and ``str`` show only the redacted URL."""

    url: str = field(repr=False)
    fields: tuple[str, ...] = ()
    min_price_change_percent: float | None = None
    severities: tuple[str, ...] = ("high", "medium", "low")
    programs: tuple[str, ...] = ()
    health: bool = True

    @property
    def id(self) -> str:
        return target_id(self.url)

    @property
    def redacted(self) -> str:
        return redact(self.url)

    @property
    def kind(self) -> str:
        """The channel, as Apprise's scheme: ``mailto``, ``json``, ``slack``, ``tgram``..."""
        return self.url.split("://", 1)[0].lower()

    def __str__(self) -> str:
        return self.redacted

    def send(self, title: str, body: str) -> str | None:
        """Send one Markdown message; return None on success, else the (redacted) reason.

        Never raises: a failing channel must not stop the others."""
        apprise = alert_urls.apprise()
        SCRUB.add(secrets_of(self.url, self.redacted))
        capture = _Capture()
        logger = logging.getLogger("apprise")
        logger.addHandler(capture)
        try:
            notifier = apprise.Apprise(asset=apprise.AppriseAsset(app_id="bootwatch"))
            if not notifier.add(self.url):
                return "Apprise did not accept the URL"
            ok = notifier.notify(title=title, body=body, body_format=apprise.NotifyFormat.MARKDOWN)
        except Exception as exc:  # noqa: BLE001 (a plugin bug must not stop the run)
            return SCRUB.scrub(f"{type(exc).__name__}: {exc}")
        finally:
            logger.removeHandler(capture)
        if ok:
            return None
        return SCRUB.scrub(capture.reason() or "the target did not accept the message")


class _Capture(logging.Handler):
    """Keeps Apprise's warnings during one send: its reason for a failure."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())

    def reason(self) -> str:
        return "; ".join(dict.fromkeys(self.messages))


class AlertConfigError(Exception):
    """A bad URL in BOOTWATCH_ALERT_URLS: worded for a one-line message."""


def targets(alerts: Iterable[Any], environ: Mapping[str, str] | None = None) -> list[Target]:
    """The config's ``alerts`` entries plus the URLs of BOOTWATCH_ALERT_URLS (unfiltered),
    each URL once. Raises AlertConfigError for an environment URL Apprise refuses."""
    out = [
        Target(a.url, tuple(a.fields), a.min_price_change_percent, tuple(a.severities),
               tuple(a.programs), a.health)
        for a in alerts
    ]  # fmt: skip
    env = os.environ if environ is None else environ
    for number, url in enumerate(env.get(ENV_VAR, "").split(), start=1):
        problem = alert_urls.url_problem(url)
        if problem:
            raise AlertConfigError(f"{ENV_VAR}: URL {number}: {problem}")
        out.append(Target(url))
    unique = {t.id: t for t in reversed(out)}  # the first entry of a URL wins
    result = [t for t in out if unique.get(t.id) is t]
    for target in result:
        SCRUB.add(secrets_of(target.url, target.redacted))
    return result
