"""A local site that misbehaves on demand, and the config that crawls one fast, for crawl
and fault tests (127.0.0.1 only).

``site.faults[path] = fault`` makes the server answer ``path`` badly instead of serving
the file; ``"*"`` applies to every page but robots.txt. A fault is an HTTP status (int)
or one of the names in :data:`FAULTS`. Every loop here is bounded in time.
:func:`write_config` writes the programs.yaml that points a crawl at such a site.
"""

from __future__ import annotations

import socket
import struct
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import yaml

from tracker.demo.sitehost import LocalSite, reply

#: A local site may be crawled as fast as it answers: no delay, no throttling.
FAST = {"allow_private_hosts": True, "download_delay": 0, "autothrottle": False}

HANG_SECONDS = 8.0  # longer than the tests' download timeout, shorter than a test
HUGE_BYTES = 50 * 1024 * 1024


def _status(status: int) -> Callable[[LocalSite, BaseHTTPRequestHandler], None]:
    def answer(site: LocalSite, request: BaseHTTPRequestHandler) -> None:
        headers = {"Retry-After": "1"} if status in (429, 503) else {}
        site.log(request, status, f"<html><body>error {status}</body></html>".encode(),
                 headers=headers)  # fmt: skip

    return answer


def _reset(site: LocalSite, request: BaseHTTPRequestHandler) -> None:
    """Headers and half a body, then a TCP reset."""
    site.requests.append(("GET", request.path, 200))
    request.send_response(200)
    request.send_header("Content-Type", "text/html")
    request.send_header("Content-Length", "20000")
    request.end_headers()
    request.wfile.write(b"<html><body><p>Tuition is $1,9")
    request.wfile.flush()
    request.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    request.connection.close()
    request.close_connection = True


def _truncate(site: LocalSite, request: BaseHTTPRequestHandler) -> None:
    """A Content-Length of 20000 and 100 bytes, then a clean close."""
    site.requests.append(("GET", request.path, 200))
    request.send_response(200)
    request.send_header("Content-Type", "text/html")
    request.send_header("Content-Length", "20000")
    request.end_headers()
    request.wfile.write(b"<html><body><p>Tuition is $1,925 total.</p>" + b" " * 56)
    request.wfile.flush()
    request.close_connection = True


def _hang(site: LocalSite, request: BaseHTTPRequestHandler) -> None:
    """Accept, read the request, never answer (until the server stops)."""
    site.requests.append(("GET", request.path, 0))
    site.stopping.wait(HANG_SECONDS)
    request.close_connection = True


def _redirect_loop(site: LocalSite, request: BaseHTTPRequestHandler) -> None:
    """Send the page to itself with a query, and back: a loop only a hop limit ends."""
    path, _, query = request.path.partition("?")
    site.log(request, 302, b"", headers={"Location": path if query else f"{path}?again"})


def _offsite(site: LocalSite, request: BaseHTTPRequestHandler) -> None:
    port = site.server.server_address[1]
    site.log(request, 301, b"", headers={"Location": f"http://localhost:{port}/parked.html"})


def _soft_error(site: LocalSite, request: BaseHTTPRequestHandler) -> None:
    body = b"""<html><head><title>Just a moment...</title></head><body>
    <h1>Please verify you are human</h1><p>Complete the CAPTCHA to continue.</p></body></html>"""
    site.log(request, 200, body)


def _huge(site: LocalSite, request: BaseHTTPRequestHandler) -> None:
    site.requests.append(("GET", request.path, 200))
    request.send_response(200)
    request.send_header("Content-Type", "text/html")
    request.send_header("Content-Length", str(HUGE_BYTES))
    request.end_headers()
    chunk = b"<p>" + b"x" * 65530 + b"</p>"
    try:
        for _ in range(HUGE_BYTES // len(chunk)):
            request.wfile.write(chunk)
    except OSError:
        pass  # the crawler hung up at its size limit, as it should
    request.close_connection = True


def _wrong_charset(site: LocalSite, request: BaseHTTPRequestHandler) -> None:
    """A Windows-1252 page served as UTF-8."""
    text = (
        "<html><body><h2>Tuition</h2><p>Tuition is 6,770 \u20ac in total \u2013 "
        "\u201cpay once\u201d.</p><p>The course takes 22 weeks.</p></body></html>"
    )
    site.log(request, 200, text.encode("cp1252"), content_type="text/html; charset=utf-8")


def _nested(site: LocalSite, request: BaseHTTPRequestHandler) -> None:
    body = (
        "<html><body>"
        + "<div><span><b>" * 3000
        + "<p>Tuition is $1,925 total.</p>"
        + "</table></i>" * 500
        + "<p <<>> unclosed <div"
    ).encode()
    site.log(request, 200, body)


def _empty(site: LocalSite, request: BaseHTTPRequestHandler) -> None:
    site.log(request, 200, b"")


def _binary(site: LocalSite, request: BaseHTTPRequestHandler) -> None:
    site.log(request, 200, b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)


FAULTS: dict[str, Callable[[LocalSite, BaseHTTPRequestHandler], None]] = {
    "reset": _reset,
    "truncate": _truncate,
    "hang": _hang,
    "redirect_loop": _redirect_loop,
    "offsite": _offsite,
    "soft_error": _soft_error,
    "huge": _huge,
    "wrong_charset": _wrong_charset,
    "nested": _nested,
    "empty": _empty,
    "binary": _binary,
}


class FaultySite(LocalSite):
    def __init__(self, root) -> None:  # type: ignore[no-untyped-def]
        super().__init__(root)
        self.faults: dict[str, int | str] = {}
        self.stopping = threading.Event()

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        super().__exit__(*exc)

    def handle(self, request: BaseHTTPRequestHandler) -> None:
        path = request.path.split("?")[0]
        fault = self.faults.get(path)
        if fault is None and path != "/robots.txt":
            fault = self.faults.get("*")
        if fault is None:
            return super().handle(request)
        answer = _status(fault) if isinstance(fault, int) else FAULTS[fault]
        answer(self, request)


def write_config(
    folder: Path,
    programs: Mapping[str, Sequence[str]],
    *,
    alerts: Iterable[str] = (),
    **settings: Any,
) -> Path:
    """Write ``folder``/programs.yaml for a fast crawl: :data:`FAST` with ``settings`` over
    it, a program per slug of ``programs`` with its URLs (provider: the slug in title case,
    name: Backend), and an alert target per URL of ``alerts``. Returns the path."""
    config: dict[str, Any] = {
        "settings": {**FAST, **settings},
        "programs": [
            {"slug": slug, "provider": slug.title(), "name": "Backend", "urls": list(urls)}
            for slug, urls in programs.items()
        ],
    }
    if alerts:
        config["alerts"] = [{"url": url} for url in alerts]
    path = folder / "programs.yaml"
    path.write_text(yaml.safe_dump(config, sort_keys=False))
    return path


__all__ = ["FAST", "FAULTS", "FaultySite", "reply", "write_config"]
