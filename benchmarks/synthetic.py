"""The benchmark's synthetic bootcamp site: N program pages and a fast local server for them.

Pages are 30-150 KB like real bootcamp sites (inline styles and scripts, a mega-menu, a big
footer, testimonials, FAQ) in four templates: a pricing table, plain prose, JSON-LD and
Next.js ``__NEXT_DATA__``. Every page is built from its number, so a run is reproducible,
and ``variant`` moves its price (the benchmark's "5% of pages changed").

Each page also carries SSI echo comments (a CSRF token, a render time, a seat counter).
Served as static files they are inert comments; in the server's ``noise`` mode they are
expanded on every request, so every page's bytes change on every fetch while its facts
do not, as on sites that render per request.

The server is nginx from Debian's packages (installed when missing and we are root), in
one of three modes: ``conditional`` (ETag and Last-Modified, 304 on If-None-Match),
``plain`` (no ETag, If-Modified-Since ignored: always 200) and ``noise`` (SSI on: new
bytes every request, no validators). Without nginx, a threaded Python server does the same.

It is one module of about 440 lines because the pages and the server that adds their
noise share one page model: the SSI comments the templates write are what the server's
noise mode expands.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

KINDS = ("pricing-table", "prose", "json-ld", "next-data")
MONTHS = (
    "January February March April May June July August September October November December"
).split()
NOISE_TAGS = (
    '<meta name="csrf-token" content="<!--# echo var="request_id" -->">',
    '<script>window.__renderedAt="<!--# echo var="msec" -->";</script>',
    'Hurry: only <!--# echo var="connection_requests" --> seats left in the next cohort!',
)
PROSE = [
    "Our instructors have shipped production software at companies large and small.",
    "You will build real projects and present them to hiring partners at demo day.",
    "Mentors meet you on a video call every week and answer messages in between.",
    "The curriculum covers Python, SQL, REST APIs, Docker and cloud deployment.",
    "Each unit ends with a code review from a working engineer.",
    "Lessons are recorded, so you can catch up whenever your schedule allows.",
    "Our community channel is where students pair on problems late at night.",
    "Admissions looks for curiosity and persistence more than a degree.",
    "Career services help with your resume, portfolio, LinkedIn profile and interviews.",
    "Alumni describe the experience as demanding, supportive and worth it.",
    "Team projects mirror how engineering teams plan, review and release software.",
    "Graduates report an average salary of ${k},000 in their first engineering role.",
    "Posted on {date} by the admissions team.",
    "Scholarships of up to ${k},000 are available for women and veterans.",
]


def _date(rng: random.Random, year: int = 2023) -> str:
    return f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {year}"


def _sentence(rng: random.Random) -> str:
    return rng.choice(PROSE).format(k=rng.randint(40, 120), date=_date(rng, 2021))


def _paragraph(rng: random.Random) -> str:
    return "<p>" + " ".join(_sentence(rng) for _ in range(rng.randint(3, 7))) + "</p>"


ICON = (
    '<svg class="icon" width="24" height="24" viewBox="0 0 24 24" fill="none" aria-hidden="true">'
    '<path d="M12 2l3.09 6.26L22 9.27l-5 4.87 1.18 6.88L12 17.77l-6.18 3.25L7 14.14 2 9.27l'
    '6.91-1.01L12 2z" stroke="currentColor" stroke-width="2" stroke-linecap="round"/></svg>'
)
CLASSES = "flex flex-col items-center justify-between gap-4 px-6 py-8 md:flex-row lg:px-12"


def _card(rng: random.Random) -> str:
    """A marketing section as site builders write it: class soup and icons around a little
    text, so visible text is about a third of the bytes, as on real pages."""
    items = "".join(
        f'<div class="{CLASSES} rounded-xl shadow-sm"><div class="icon-wrap">{ICON}</div>'
        f'<div class="text-base leading-7 text-slate-600">{_sentence(rng)}</div></div>'
        for _ in range(rng.randint(2, 4))
    )
    return (
        f'<section class="{CLASSES}"><div class="container mx-auto"><h2 class="text-3xl '
        f'font-bold tracking-tight">Why learn with us</h2>{_paragraph(rng)}'
        f'<div class="grid grid-cols-1 gap-8 md:grid-cols-3">{items}</div></div></section>'
    )


def _links(rng: random.Random, count: int) -> str:
    words = "Courses Bootcamps Resources Blog Careers Pricing Reviews Webinars Events Jobs".split()
    return "".join(
        f'<li class="menu-item"><a href="/{rng.choice(words).lower()}/{i}" class="menu-link">'
        f"{rng.choice(words)} {rng.choice(words)}</a></li>"
        for i in range(count)
    )


def page_chrome(rng: random.Random, budget: int) -> tuple[str, str, str]:
    """Head (styles, scripts), navigation and footer filling about ``budget`` characters."""
    css = "".join(
        f".c{i}{{margin:{i % 9}px;padding:{i % 5}px;color:#{rng.randrange(16**6):06x}}}\n"
        for i in range(budget // 180)
    )
    js = "".join(
        f"window.__q{i}=function(a,b){{return a.push(['track','{rng.random():.6f}',b])}};\n"
        for i in range(budget // 260)
    )
    head = f"<style>{css}</style><script>{js}</script>"
    nav = f'<header><nav class="mega-menu"><ul>{_links(rng, budget // 500)}</ul></nav></header>'
    footer = f'<footer class="site-footer"><ul>{_links(rng, budget // 700)}</ul>'
    footer += "<address>100 Main Street, Suite 200, Springfield</address></footer>"
    return head, nav, footer


def facts_of(number: int, variant: int = 0) -> dict:
    """The facts page ``number`` states: what the generator writes, not what is extracted."""
    rng = random.Random(number)
    price = rng.randint(8, 19) * 1000 - 5 + 500 * variant
    weeks = rng.choice((12, 16, 24, 36))
    starts = sorted({(rng.randint(1, 12), rng.randint(1, 28)) for _ in range(3)})
    return {"price": price, "weeks": weeks, "starts": starts, "months": rng.randint(6, 12)}


def make_page(number: int, variant: int = 0) -> str:
    """Program page ``number`` (kind and size follow from it); ``variant`` moves its price."""
    rng = random.Random(number * 7919)
    kind = KINDS[number % len(KINDS)]
    target = rng.randint(30, 150) * 1024
    facts = facts_of(number, variant)
    price, weeks = facts["price"], facts["weeks"]
    starts = [f"{MONTHS[m - 1]} {d}, 2023" for m, d in facts["starts"]]
    head, nav, footer = page_chrome(rng, int(target * 0.45))
    if kind == "pricing-table":
        rows = "".join(f"<tr><td>{s}</td><td>Online</td></tr>" for s in starts)
        main = (
            f'<section id="tuition"><h2>Tuition</h2><table class="pricing"><tr><th>Plan</th>'
            f"<th>Price</th></tr><tr><td>Upfront</td><td>${price:,}</td></tr><tr><td>Monthly"
            f"</td><td>${price // 12:,}/month for 12 months</td></tr></table></section>"
            f"<section><h2>Upcoming cohorts</h2><table><tr><th>Start date</th><th>Format</th>"
            f"</tr>{rows}</table><p>The program takes {weeks} weeks.</p></section>"
        )
    elif kind == "prose":
        main = (
            f"<section><h2>Tuition</h2><p>Tuition is ${price:,} total, paid upfront or in "
            f"monthly installments.</p><h2>Dates</h2><p>The next cohorts start {starts[0]}"
            + "".join(f" and {s}" for s in starts[1:])
            + f". The program runs for {weeks} weeks, about 20 hours per week.</p></section>"
        )
    elif kind == "json-ld":
        course = {
            "@context": "https://schema.org", "@type": "Course", "name": f"Bootcamp {number}",
            "timeRequired": f"P{weeks}W",
            "offers": {"@type": "Offer", "price": f"{price}.00", "priceCurrency": "USD"},
            "hasCourseInstance": [
                {"@type": "CourseInstance", "startDate": f"2023-{m:02d}-{d:02d}"}
                for m, d in facts["starts"]
            ],
        }  # fmt: skip
        head += f'<script type="application/ld+json">{json.dumps(course)}</script>'
        main = f"<section><h2>Program</h2><p>A {weeks}-week program.</p></section>"
    else:
        props = {
            "program": {
                "tuition": {"amount": price, "currency": "USD"},
                "cohorts": [{"startDate": f"2023-{m:02d}-{d:02d}"} for m, d in facts["starts"]],
                "durationWeeks": weeks,
            },
            "posts": [{"title": _sentence(rng), "date": _date(rng, 2021)} for _ in range(20)],
            "testimonials": [{"quote": _sentence(rng)} for _ in range(15)],
        }
        blob = json.dumps({"props": {"pageProps": props}, "page": "/program"})
        head += f'<script id="__NEXT_DATA__" type="application/json">{blob}</script>'
        main = f"<section><h2>Program</h2><p>{weeks} weeks of full-stack work.</p></section>"
    main += (
        f"<section><h2>Job guarantee</h2><p>Get hired within {facts['months']} months of "
        f"graduating or get your money back.</p><p>{NOISE_TAGS[2]}</p></section>"
    )
    body = [f'<section class="hero"><h1>Software Engineering Bootcamp {number}</h1></section>']
    body.append(main)
    used = len(head) + len(nav) + len(footer) + len(main)
    while used < target:
        body.append(_card(rng))
        used += len(body[-1])
    return (
        f'<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>Bootcamp {number}'
        f"</title>{NOISE_TAGS[0]}{NOISE_TAGS[1]}{head}</head><body>{nav}<main>{''.join(body)}"
        f'</main>{footer}<div class="cookie-banner">This site uses cookies.</div></body></html>'
    )


def program_pages(pages: int) -> list[list[int]]:
    """Page numbers grouped by program: every fourth program has a second (tuition) page."""
    groups: list[list[int]] = []
    number = 0
    while number < pages:
        size = 2 if len(groups) % 4 == 3 and number + 1 < pages else 1
        groups.append(list(range(number, number + size)))
        number += size
    return groups


def write_site(root: Path, pages: int) -> None:
    (root / "p").mkdir(parents=True, exist_ok=True)
    for number in range(pages):
        write_page(root, number)


def write_page(root: Path, number: int, variant: int = 0) -> None:
    path = root / "p" / f"{number}.html"
    path.write_text(make_page(number, variant), encoding="utf-8")
    if variant:  # a new mtime a second later too, so Last-Modified moves with the content
        stamp = time.time() + 1
        os.utime(path, (stamp, stamp))


def write_config(path: Path, base_url: str, pages: int, *, concurrency: int) -> None:
    """programs.yaml for the site: politeness off for the benchmark only (said in output)."""
    lines = [
        "settings: {allow_private_hosts: true, download_delay: 0, autothrottle: false,"
        f" obey_robots: false, concurrency: {concurrency}, retries: 0}}",
        "programs:",
    ]
    for index, group in enumerate(program_pages(pages)):
        urls = ", ".join(f"'{base_url}/p/{n}.html'" for n in group)
        lines.append(f"  - {{slug: b{index}, provider: Camp {index}, name: P, urls: [{urls}]}}")
    path.write_text("\n".join(lines) + "\n")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def ensure_nginx() -> str | None:
    """The nginx binary, installing Debian's package when missing and we may; else None."""
    found = _nginx()
    if found or os.geteuid() != 0 or not shutil.which("apt-get"):
        return found
    quiet = subprocess.DEVNULL
    subprocess.run(["apt-get", "update"], check=False, stdout=quiet, stderr=quiet)
    subprocess.run(
        ["apt-get", "install", "-y", "nginx-light"], check=False, stdout=quiet, stderr=quiet
    )
    return _nginx()


def _nginx() -> str | None:
    sbin = Path("/usr/sbin/nginx")  # root's PATH has it, others' may not
    return shutil.which("nginx") or (str(sbin) if sbin.exists() else None)


NGINX_CONF = """
worker_processes 1;
daemon off;
pid {work}/nginx.pid;
error_log {work}/nginx-error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    client_body_temp_path {work}/tmp;
    proxy_temp_path {work}/tmp;
    fastcgi_temp_path {work}/tmp;
    uwsgi_temp_path {work}/tmp;
    scgi_temp_path {work}/tmp;
    types {{ text/html html; text/plain txt; }}
    charset utf-8;
    server {{
        listen 127.0.0.1:{port};
        root {root};
        {mode}
    }}
}}
"""
MODES = {
    "conditional": "etag on; if_modified_since exact;",
    "plain": "etag off; if_modified_since off;",
    "noise": "ssi on; ssi_types text/html; etag off; if_modified_since off;",
}


class Server:
    """Serves ``root`` on 127.0.0.1:``port`` in a mode; :meth:`switch` changes the mode."""

    def __init__(self, root: Path, work: Path, kind: str = "auto") -> None:
        self.root, self.work, self.port = root, work, free_port()
        self.nginx = ensure_nginx() if kind in ("auto", "nginx") else None
        if kind == "nginx" and not self.nginx:
            raise SystemExit("nginx is not installed and cannot be installed here")
        self.kind = "nginx" if self.nginx else "python"
        self.process: subprocess.Popen | None = None
        self.python: PythonServer | None = None
        self.mode = ""

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def switch(self, mode: str) -> None:
        if mode == self.mode:
            return
        self.stop()
        self.mode = mode
        if self.nginx is None:  # kind "python"
            self.python = PythonServer(self.root, self.port, mode)
            return
        (self.work / "tmp").mkdir(parents=True, exist_ok=True)
        conf = self.work / "nginx.conf"
        conf.write_text(
            NGINX_CONF.format(work=self.work, port=self.port, root=self.root, mode=MODES[mode])
        )
        self.process = subprocess.Popen(
            [self.nginx, "-c", str(conf), "-p", str(self.work)], stderr=subprocess.DEVNULL
        )
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.05)
        raise SystemExit(f"nginx did not start: {(self.work / 'nginx-error.log').read_text()}")

    def stop(self) -> None:
        if self.process:
            self.process.send_signal(signal.SIGQUIT)  # graceful: workers finish and exit
            self.process.wait(timeout=10)
            self.process = None
        if self.python:
            self.python.close()
            self.python = None

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


class PythonServer:
    """The fallback: a threaded http.server with nginx's three modes."""

    def __init__(self, root: Path, port: int, mode: str) -> None:
        self.root, self.mode = root, mode
        self.server = ThreadingHTTPServer(("127.0.0.1", port), self.handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def handler(self) -> type[BaseHTTPRequestHandler]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802
                path = site.root / self.path.lstrip("/")
                if not path.is_file() or site.root not in path.resolve().parents:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                body = path.read_bytes()
                headers = {"Content-Type": "text/html; charset=utf-8"}
                if site.mode == "conditional":
                    etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
                    headers["ETag"] = etag
                    if self.headers.get("If-None-Match") == etag:
                        self.send_response(304)
                        self.send_header("ETag", etag)
                        self.end_headers()
                        return
                elif site.mode == "noise":
                    body = expand_noise(body)
                self.send_response(200)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        return Handler

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def expand_noise(body: bytes) -> bytes:
    """What nginx's SSI does to the noise comments: a token, a time, a counter."""
    values = {
        b"request_id": os.urandom(16).hex().encode(),
        b"msec": f"{time.time():.3f}".encode(),
        b"connection_requests": str(random.randint(2, 40)).encode(),
    }
    for name, value in values.items():
        body = body.replace(b'<!--# echo var="' + name + b'" -->', value)
    return body


def fetch_throughput(base_url: str, pages: int, threads: int = 16) -> dict:
    """Raw fetch speed with a trivial client (keep-alive http.client, ``threads`` at once):
    the server's ceiling, to show it is not what a crawl waits on."""
    urls = [f"/p/{n}.html" for n in range(pages)]
    host, port = base_url.removeprefix("http://").split(":")
    local = threading.local()

    def get(path: str) -> int:
        conn = getattr(local, "conn", None)
        if conn is None:
            conn = local.conn = http.client.HTTPConnection(host, int(port), timeout=30)
        conn.request("GET", path)
        response = conn.getresponse()
        body = response.read()
        if response.status != 200:
            raise SystemExit(f"the server answered {path} with {response.status}")
        return len(body)

    started = time.perf_counter()
    with ThreadPoolExecutor(threads) as pool:
        total = sum(pool.map(get, urls))
    seconds = time.perf_counter() - started
    return {"pages_per_s": pages / seconds, "mb_per_s": total / seconds / 1e6, "seconds": seconds}
