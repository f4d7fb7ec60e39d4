"""A local site that can misbehave on demand, for crawl and fault tests (127.0.0.1 only)."""

from __future__ import annotations

from http.server import BaseHTTPRequestHandler

from tracker.sitehost import LocalSite


class FaultySite(LocalSite):
    """A LocalSite where ``faults[path] = status`` (or ``"*"`` for every page but
    robots.txt) makes the server answer that status instead of the file."""

    def __init__(self, root) -> None:  # type: ignore[no-untyped-def]
        super().__init__(root)
        self.faults: dict[str, int] = {}

    def handle(self, request: BaseHTTPRequestHandler) -> None:
        path = request.path.split("?")[0]
        status = self.faults.get(path, self.faults.get("*") if path != "/robots.txt" else None)
        if status is None:
            return super().handle(request)
        self.log(request, status, f"<html><body>error {status}</body></html>".encode())
