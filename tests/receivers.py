"""Real alert receivers on 127.0.0.1: a JSON webhook (Apprise json://) and an SMTP
server (aiosmtpd, for mailto://). Both record what arrived; the webhook can be "down"."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable
from email import message_from_bytes, policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from aiosmtpd.controller import Controller


class Webhook:
    """``with Webhook() as hook:`` accepts POSTs at ``hook.url`` (json://127.0.0.1:port/hook).

    ``hook.down = True`` answers 503 (and records nothing): the target is down."""

    def __init__(self) -> None:
        self.messages: list[dict[str, Any]] = []  # decoded JSON bodies, in arrival order
        self.headers: list[dict[str, str]] = []
        self.refused = 0
        self.down = False
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if receiver.down:
                    receiver.refused += 1
                    self.send_response(503)
                else:
                    receiver.messages.append(json.loads(body))
                    receiver.headers.append(dict(self.headers))
                    self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return self.server.server_address[1]

    def url(self, auth: str = "") -> str:
        return f"json://{auth}127.0.0.1:{self.port}/hook"

    def __enter__(self) -> Webhook:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


class Mailbox:
    """``with Mailbox() as box:`` an SMTP server; ``box.url(to)`` is the mailto:// URL."""

    def __init__(self) -> None:
        self.messages: list[Any] = []  # email.message.EmailMessage, in arrival order
        with socket.socket() as probe:  # aiosmtpd 1.4 cannot be given port 0
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        box = self

        class Handler:
            async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
                box.messages.append(message_from_bytes(envelope.content, policy=policy.default))
                return "250 OK"

        self.controller = Controller(Handler(), hostname="127.0.0.1", port=self.port)

    def url(self, to: str = "ops@example.com") -> str:
        return f"mailto://127.0.0.1:{self.port}?to={to}&from=bootwatch@example.com"

    def __enter__(self) -> Mailbox:
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.controller.stop()


def wait_for(condition: Callable[[], Any], timeout: float = 60.0, step: float = 0.1) -> Any:
    """Poll ``condition`` until it is truthy (and return it) or fail after ``timeout``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(step)
    raise AssertionError(f"timed out after {timeout}s waiting for {condition}")
