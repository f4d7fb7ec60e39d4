"""The checks of programs.yaml that are more than a type: cron lines as cron reads them,
private hosts, and the rules across fields (unique slugs, known programs).

Apart from config.schema's models so that the scheduler, the differ's reads and the CLI
word an unknown program and read a crontab line the same way the config check does.
"""

from __future__ import annotations

import difflib
import ipaddress
import re
import socket
from collections.abc import Iterable, Iterator
from datetime import tzinfo
from typing import Any
from urllib.parse import urlsplit

from apscheduler.triggers.cron import CronTrigger
from pydantic import TypeAdapter, ValidationError

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


def check_cron(expr: str) -> str:
    """``expr`` if cron reads it, else ValueError saying why and what a line looks like."""
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
