"""A small local web server for sample pages: the demo's site and the tests' sites.

It serves one snapshot folder at a time from 127.0.0.1 on a free port, with an ETag per
file content so conditional requests (If-None-Match -> 304) work as on a real site, and
no Last-Modified, because file times in a fresh clone say nothing about content.
Switching :attr:`LocalSite.root` between crawls makes the site change under the crawler.
"""

from __future__ import annotations

import hashlib
import mimetypes
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import unquote, urlsplit


class LocalSite:
    """``with LocalSite(folder) as site:`` serves ``folder`` at ``site.base_url``."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.requests: list[tuple[str, str, int]] = []  # (method, path, status)
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        # The address we bound, not server_address, whose host is typed str | bytes.
        return f"http://127.0.0.1:{self.server.server_port}"

    def __enter__(self) -> LocalSite:
        self.thread.start()
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)

    def handle(self, request: BaseHTTPRequestHandler) -> None:
        """Answer a GET from the files under :attr:`root` (subclasses add behaviours)."""
        file = self.file_for(request.path)
        if file is None:
            return self.log(request, 404, b"<html><body><h1>Not found</h1></body></html>")
        body = file.read_bytes()
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        if request.headers.get("If-None-Match") == etag:
            return self.log(request, 304, b"", headers={"ETag": etag})
        content_type = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        if content_type.startswith("text/"):
            content_type += "; charset=utf-8"
        self.log(request, 200, body, headers={"ETag": etag}, content_type=content_type)

    def log(self, request: BaseHTTPRequestHandler, status: int, body: bytes, **kw: Any) -> None:
        """Reply and remember the request, so tests can see what was asked and answered."""
        self.requests.append(("GET", request.path, status))
        reply(request, status, body, **kw)

    def file_for(self, path: str) -> Path | None:
        """The file under the current root that ``path`` names, never outside it."""
        relative = unquote(urlsplit(path).path).lstrip("/") or "index.html"
        candidate = (self.root / relative).resolve()
        if self.root.resolve() not in candidate.parents or not candidate.is_file():
            return None
        return candidate


def _handler(site: LocalSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "bootwatch-sitehost/1"

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            site.handle(self)

        def log_message(self, format: str, *args: object) -> None:
            pass  # the crawl records every fetch; no access log on the terminal

    return Handler


def reply(
    request: BaseHTTPRequestHandler,
    status: int,
    body: bytes,
    *,
    headers: dict[str, str] | None = None,
    content_type: str = "text/html; charset=utf-8",
) -> None:
    """Send one complete response."""
    request.send_response(status)
    for name, value in (headers or {}).items():
        request.send_header(name, value)
    if status != 304:
        request.send_header("Content-Type", content_type)
        request.send_header("Content-Length", str(len(body)))
    request.end_headers()
    if status != 304:
        request.wfile.write(body)
