"""Measure bootwatch's crawl against Scrapy's own floor, on a synthetic site, in one run.

Run from the repository root (``make bench`` runs the default)::

    .venv/bin/python benchmarks/run.py [--pages 1000] [--json bench.json] [--server auto]

It builds N program pages (benchmarks/synthetic.py), serves them from nginx on 127.0.0.1,
then measures, each in a child process, wall time, CPU (user+sys of every crawl process)
and peak RSS (the crawl's whole process tree, sampled) for:

- ``baseline``: a bare Scrapy spider (benchmarks/bare_spider.py) that only downloads;
- ``b_first``: bootwatch's first crawl into an empty database (tracker.run.crawl.run_crawl, the
  way ``bootwatch crawl`` runs it: Scrapy in a child process);
- ``c_304``: a second crawl, nothing changed, the server answering 304;
- ``c_plain``: the same without conditional support (every page a full 200);
- ``d_5pct``: a crawl after 5% of pages changed their price (server with 304s);
- ``c_noise1``/``c_noise``: two crawls where every page's bytes change on every request
  (token, time, seat counter) and no fact does: the first after the version, then again.

Both sides use 16 concurrent requests per domain (bootwatch's default is 1 and all the
pages are on one host), no delay, and AutoThrottle and robots.txt off: for the benchmark
only. Database figures are ``page_count * page_size`` after ``wal_checkpoint(TRUNCATE)``.
It also times the differ (tracker.run.detect.diff_run) per program on 2 versus 200 runs of
history. The machine may be shared and its speed drifts, so every crawl run stands between
two runs of the baseline (against the server in the same mode), and each crawl's ratios
are to the median of its own baselines; the short crawls run ``--repeat`` times and their
medians count. ``d_5pct`` restarts from the same database each time; the unchanged
re-crawls follow each other, as daily runs do, and their database growth is the last
run's (the first may add a one-off, counted once in the year's projection).

It is one script of about 520 lines because a benchmark run is one sequence (generate,
serve, crawl between baselines, time the differ, check targets, print) whose figures are
read from each other; the site is in benchmarks/synthetic.py and the bare spider in
benchmarks/bare_spider.py.
"""

from __future__ import annotations

import argparse
import compileall
import ctypes
import ctypes.util
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

import synthetic  # noqa: E402

AS_OF = date(2022, 11, 7)
CONCURRENCY = 16
CRAWLS = ("b_first", "c_304", "c_plain", "d_5pct", "c_noise1", "c_noise")
REPEATED = ("c_304", "c_plain", "d_5pct")  # short: repeated, median kept (with the baseline)
UNCHANGED = ("c_304", "c_plain")  # nothing changed: runs follow each other, as daily runs do
#: Issue #14's targets: first and noisy re-crawls within 1.3x bare Scrapy, 304 re-crawls
#: within 1.05x, peak memory (PSS of the crawl's processes) 150 MB at 5000 pages.
LIMITS = {"b_first": 1.3, "c_304": 1.05, "c_plain": 1.3, "d_5pct": 1.3, "c_noise1": 1.3,
          "c_noise": 1.3}  # fmt: skip
MAX_BYTES_PER_PAGE = 512
MAX_PSS_MB = 150
HISTORY_RATIO = 1.2
YEAR_LIMIT = 1 << 30
PR_SET_CHILD_SUBREAPER = 36


# --- probes: one measured crawl per child process, so rusage and RSS are its own ------------


def probe(spec: dict) -> dict:
    """Run one crawl in this process (a child of the benchmark); return wall seconds."""
    if spec["kind"] == "bare":
        command = [sys.executable, "-m", "scrapy", "runspider", str(ROOT / "benchmarks" /
                   "bare_spider.py"), "-a", f"urls={spec['urls']}", *scrapy_flags()]  # fmt: skip
        env = {k: v for k, v in os.environ.items() if k != "SCRAPY_SETTINGS_MODULE"}
        started = time.perf_counter()
        with open(spec["log"], "w") as log:  # outside the project: no scrapy.cfg, no settings
            subprocess.run(command, check=True, cwd=spec["work"], stdout=log, stderr=log, env=env)
        return {"wall_s": time.perf_counter() - started}
    from config.loading import load_config
    from tracker.run.crawl import run_crawl

    config = load_config(spec["config"])
    adopt_orphans()
    started = time.perf_counter()
    result = run_crawl(
        Path(spec["db"]), config, Path(spec["config"]), as_of=AS_OF,
        scrapy_settings={"CONCURRENT_REQUESTS_PER_DOMAIN": CONCURRENCY},
    )  # fmt: skip
    wall = time.perf_counter() - started
    reap_orphans()
    run = result.run
    if run["status"] != "completed":
        print(result.log, file=sys.stderr)
    return {"wall_s": wall, "run": {k: run[k] for k in ("status", "programs_ok",
            "programs_failed", "pages_fetched", "pages_not_modified", "pages_failed")}}  # fmt: skip


def adopt_orphans() -> None:
    """Make this probe the reaper of the crawl's orphans. Scrapy's process does not wait
    for multiprocessing's fork server (nor the server's extraction workers); they exit just
    after it, and without a reaper in the tree their CPU would be missing from the rusage
    :func:`measure` reads. Linux only; elsewhere the CPU column undercounts."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)


def reap_orphans(timeout: float = 10.0) -> None:
    """Wait for every adopted process to exit, so its CPU counts in this probe's rusage."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:  # none left
            return
        if not pid:
            time.sleep(0.02)


def scrapy_flags() -> list[str]:
    """The baseline's settings: the ones bootwatch's crawl runs with that bear on speed."""
    settings = {
        "CONCURRENT_REQUESTS": CONCURRENCY, "CONCURRENT_REQUESTS_PER_DOMAIN": CONCURRENCY,
        "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "ROBOTSTXT_OBEY": False,
        "RETRY_TIMES": 0, "DOWNLOAD_MAXSIZE": 5 * 1024 * 1024, "DOWNLOAD_WARNSIZE": 0,
        "LOG_LEVEL": "INFO", "TELNETCONSOLE_ENABLED": False,
    }  # fmt: skip
    return [flag for k, v in settings.items() for flag in ("-s", f"{k}={v}")]


def measure(spec: dict) -> dict:
    """Start a probe, sample its process tree's RSS, and read its rusage when it exits."""
    command = [sys.executable, str(Path(__file__).resolve()), "--probe", json.dumps(spec)]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, cwd=ROOT)
    peak_rss = peak_pss = 0
    tree, last_scan = [child.pid], 0.0
    while True:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            break
        now = time.monotonic()
        if now - last_scan > 0.5:
            tree, last_scan = descendants(child.pid), now
        sizes = [memory(p) for p in tree]
        peak_rss = max(peak_rss, sum(r for r, _ in sizes))
        peak_pss = max(peak_pss, sum(p for _, p in sizes))
        time.sleep(0.05)
    child.returncode = os.waitstatus_to_exitcode(status)
    assert child.stdout is not None  # opened with stdout=PIPE
    out = json.loads(child.stdout.read() or "{}")
    if child.returncode != 0:
        raise SystemExit(f"probe {spec['kind']} failed with {child.returncode}")
    return {
        **out,
        "cpu_s": usage.ru_utime + usage.ru_stime,
        # Summed over the crawl's processes (the parent, Scrapy, extraction workers) at the
        # worst moment. RSS counts pages the forked workers share with Scrapy once per
        # process; PSS splits them, so it is what the crawl really occupies.
        "rss_mb": peak_rss / 2**20,
        "pss_mb": peak_pss / 2**20,
        "max_process_rss_mb": usage.ru_maxrss / 1024,  # the largest single process
    }


def measure_step(spec: dict, bare: dict, db: Path, repeat: int, *, restore: bool) -> dict:
    """The median of ``repeat`` runs of a crawl, each between two runs of the baseline, with
    its ratios to the median of those baselines and the bytes each run added to ``db``.

    The machine's speed drifts by a third within minutes, so a crawl is compared with the
    baseline as fast as the machine was just then, not with one measured minutes before.
    With ``restore`` every run starts from the same database state (a crawl after pages
    changed must see them change each time); without it the runs follow each other, as
    daily unchanged re-crawls do, so the last run's growth is the steady daily cost and
    the first run's may include a one-off (pages' rows first marked not modified)."""
    saved = db.with_suffix(".saved")
    if restore and repeat > 1:
        shutil.copyfile(db, saved)  # checkpointed by db_size: the file is the whole database
    runs, added, baselines = [], [], [measure(bare)]
    for attempt in range(repeat):
        if attempt and restore:
            for suffix in ("-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
            shutil.copyfile(saved, db)
        before = db_size(db)["bytes"] if db.exists() else 0
        runs.append(measure(spec))
        added.append(db_size(db)["bytes"] - before)
        baselines.append(measure(bare))
    saved.unlink(missing_ok=True)
    crawl, base = median_run(runs), median_run(baselines)
    return {**crawl, "added_bytes_runs": added, "baseline_runs": baselines,
            "wall_x": crawl["wall_s"] / base["wall_s"],
            "cpu_x": crawl["cpu_s"] / base["cpu_s"]}  # fmt: skip


def median_run(runs: list[dict]) -> dict:
    """The median run: wall and CPU time are the medians (of an even count, the mean of the
    middle two, so neither side of a ratio is the slower of them), the other figures the
    run of the lower-middle wall time's; every run's wall time is kept beside it."""
    ordered = sorted(runs, key=lambda r: r["wall_s"])
    middle = ordered[(len(ordered) - 1) // 2]
    return {**middle, "wall_s": statistics.median(r["wall_s"] for r in runs),
            "cpu_s": statistics.median(r["cpu_s"] for r in runs),
            "runs_wall_s": [r["wall_s"] for r in runs]}  # fmt: skip


def descendants(pid: int) -> list[int]:
    parents: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                with open(f"/proc/{entry.name}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            parents.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo += parents.get(current, [])
    return found


def memory(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of a process in bytes; zeros once it is gone."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            fields = dict(line.split(":", 1) for line in f if line[0].isupper())
        return int(fields["Rss"].split()[0]) * 1024, int(fields["Pss"].split()[0]) * 1024
    except (OSError, KeyError, ValueError):
        return 0, 0


# --- storage ---------------------------------------------------------------------------------


def db_size(path: Path) -> dict:
    """Bytes the database holds, after folding the WAL in; and per table (dbstat)."""
    conn = sqlite3.connect(path)
    conn.execute("pragma wal_checkpoint(TRUNCATE)")
    pages, size = conn.execute("pragma page_count").fetchone()[0], conn.execute(
        "pragma page_size").fetchone()[0]  # fmt: skip
    free = conn.execute("pragma freelist_count").fetchone()[0]
    try:
        tables = dict(conn.execute("select name, sum(pgsize) from dbstat group by name"))
    except sqlite3.OperationalError:
        tables = {}
    versions = conn.execute("select count(*) from program_versions").fetchone()[0]
    conn.close()
    return {"bytes": pages * size, "free_bytes": free * size, "tables": tables,
            "versions": versions}  # fmt: skip


# --- the differ's cost against history depth -------------------------------------------------


def history(work: Path, programs: int, rounds: int = 25) -> dict:
    """ms per program of diff_run with 2 runs of history and with 200 (built cheaply).

    The two are timed in alternation, round after round, which one goes first alternating
    too, and the fastest round of each compared: the machine's speed drifts by a fifth
    within a minute, and a busy moment only ever adds time, which timing one depth after
    the other, or taking medians of a few rounds, would read as the cost of history."""
    from tracker.run.detect import diff_run

    built = {runs: history_db(work / f"history-{runs}.db", programs, runs) for runs in (2, 200)}
    timings: dict[int, list[float]] = {runs: [] for runs in built}
    for round_number in range(rounds):
        order = list(built.items())
        for runs, (db, run_id) in order if round_number % 2 else order[::-1]:
            started = time.perf_counter()
            diff_run(db, run_id)
            timings[runs].append((time.perf_counter() - started) * 1000 / programs)
    for db, _ in built.values():
        db.close()
    return {f"ms_per_program_{runs}": min(t) for runs, t in timings.items()}


def history_db(path: Path, programs: int, runs: int) -> tuple[Any, int]:
    """A database of ``programs`` programs with ``runs`` runs of history, diffed once (the
    first diff of the last run writes; the timed re-diffs read the same). Every row is
    written by db/, as a crawl writes it: the history is the one the differ really reads."""
    from db.connect import open_db
    from db.runs import finish_run, start_run
    from db.store import record_program, sync_programs
    from tracker.extract.layers import extract_facts
    from tracker.run.detect import diff_run

    db = open_db(path)
    slugs = [f"h{n}" for n in range(programs)]
    urls = {slug: f"https://camp{n}.example/program" for n, slug in enumerate(slugs)}
    sync_programs(db, [{"slug": s, "provider": s, "name": "P", "urls": [urls[s]]} for s in slugs])
    run_id = start_run(db, as_of=AS_OF, config_path="bench", programs=programs)
    facts_of = {}
    for n, slug in enumerate(slugs):
        body = synthetic.make_page(n).encode()
        facts = facts_of[slug] = extract_facts(urls[slug], body.decode(), today=AS_OF)
        page = {"url": urls[slug], "outcome": "ok", "status": 200, "body": body, "facts": facts,
                "etag": f'"{n}"', "fetched_at": "2022-11-07T06:00:00Z"}  # fmt: skip
        record_program(db, run_id, slug, [page], facts)
    finish_run(db, run_id, status="completed")
    diff_run(db, run_id)
    for _ in range(runs - 1):  # later runs, nothing changed: 304s, stored as a crawl does
        run_id = start_run(db, as_of=AS_OF, config_path="bench", programs=programs)
        for n, slug in enumerate(slugs):
            page = {"url": urls[slug], "outcome": "not_modified", "status": 304, "etag": f'"{n}"',
                    "elapsed_ms": 3, "fetched_at": "2022-11-08T06:00:30Z"}  # fmt: skip
            record_program(db, run_id, slug, [page], facts_of[slug])
        finish_run(db, run_id, status="completed")
    diff_run(db, run_id)
    return db, run_id


# --- the run ---------------------------------------------------------------------------------


def cache_bytecode() -> None:
    """Compile bootwatch's modules into ``__pycache__``, as Python does on the first run on
    any machine that lets it. Where PYTHONDONTWRITEBYTECODE is set (this sandbox sets it),
    each crawl's Scrapy process and fork server would otherwise compile them from source,
    about 0.25 s of CPU each, while the bare spider imports only Scrapy, compiled when it
    was installed."""
    for package in ("config", "db", "spiders", "tracker"):
        compileall.compile_dir(ROOT / package, quiet=1)


def run(pages: int, server_kind: str, history_programs: int, work: Path, repeat: int) -> dict:
    site_root, db = work / "site", work / "bootwatch.db"
    cache_bytecode()
    work.chmod(0o755)  # nginx's workers run as nobody: they must reach the pages
    synthetic.write_site(site_root, pages)
    sizes = [p.stat().st_size for p in (site_root / "p").iterdir()]
    result: dict = {
        "meta": {
            "pages": pages, "programs": len(synthetic.program_pages(pages)),
            "page_kb_mean": sum(sizes) / len(sizes) / 1024, "page_kb_min": min(sizes) / 1024,
            "page_kb_max": max(sizes) / 1024, "concurrency_per_domain": CONCURRENCY,
            "autothrottle": False, "robots_txt": False, "download_delay": 0,
            "cpus": os.cpu_count(), "python": platform.python_version(),
            "date": time.strftime("%Y-%m-%dT%H:%M:%S"),
        },
        "crawls": {},
        "storage": {},
    }  # fmt: skip
    with synthetic.Server(site_root, work / "server", server_kind) as server:
        server.switch("conditional")
        config = work / "programs.yaml"
        synthetic.write_config(config, server.base_url, pages, concurrency=CONCURRENCY)
        url_file = work / "urls.txt"
        url_file.write_text("\n".join(f"{server.base_url}/p/{n}.html" for n in range(pages)))
        synthetic.fetch_throughput(server.base_url, min(pages, 200))  # warm the page cache
        result["server"] = {"kind": server.kind,
                            **synthetic.fetch_throughput(server.base_url, pages)}  # fmt: skip
        bare = {"kind": "bare", "urls": str(url_file), "work": str(work),
                "log": str(work / "bare.log")}  # fmt: skip
        crawl = {"kind": "crawl", "db": str(db), "config": str(config)}
        steps = [("b_first", "conditional"), ("c_304", "conditional"), ("c_plain", "plain"),
                 ("d_5pct", "conditional"), ("c_noise1", "noise"),
                 ("c_noise", "noise")]  # fmt: skip
        versions_before = 0
        for name, mode in steps:
            if name == "d_5pct":
                for number in range(0, pages, 20):  # 5% of pages: a new price
                    synthetic.write_page(site_root, number, variant=1)
            server.switch(mode)
            # Unchanged re-crawls run at least twice, so the last one's growth is the steady
            # cost even with --repeat 1.
            runs = max(repeat, 2) if name in UNCHANGED else repeat if name in REPEATED else 1
            figures = measure_step(crawl, bare, db, runs, restore=name == "d_5pct")
            result["crawls"][name] = figures
            if figures["run"]["pages_failed"]:
                raise SystemExit(f"{name}: pages failed; see the log above")
            size = db_size(db)
            added = figures["added_bytes_runs"][-1]  # the last run: the steady cost
            result["storage"][name] = {
                **size, "added_bytes": added, "added_per_page": added / pages,
                "first_run_added_per_page": figures["added_bytes_runs"][0] / pages,
                "versions_added": size["versions"] - versions_before,
            }  # fmt: skip
            versions_before = size["versions"]
    baselines = [b for figures in result["crawls"].values() for b in figures["baseline_runs"]]
    result["baseline"] = median_run(baselines)  # the table's row; ratios are each crawl's own
    result["history"] = history(work, min(history_programs, result["meta"]["programs"]))
    h = result["history"]
    h["ratio"] = h["ms_per_program_200"] / h["ms_per_program_2"]
    result["projection"] = projection(result)
    result["targets"] = targets(result)
    return result


def projection(result: dict) -> dict:
    """5000 pages crawled daily for a year: the first crawl, then every day the worst
    unchanged re-crawl, plus each page changing its facts four times in the year."""
    pages, storage = result["meta"]["pages"], result["storage"]
    first = storage["b_first"]["bytes"] / pages
    daily = max(storage[n]["added_per_page"] for n in ("c_304", "c_plain", "c_noise"))
    change = storage["d_5pct"]["added_bytes"] / max(1, pages // 20)  # per changed page
    # One-offs: the first noisy re-crawl, and what the first re-crawl adds beyond the steady
    # cost (each page's row grows once, when it is first marked not modified).
    noise_once = max(0, storage["c_noise1"]["added_per_page"])
    c_304 = storage["c_304"]
    first_recrawl = max(0, c_304["first_run_added_per_page"] - c_304["added_per_page"])
    per_page = first + noise_once + first_recrawl + 365 * daily + 4 * change
    return {"bytes": per_page * 5000, "assumes": "5000 pages, 365 daily runs at the worst "
            "steady unchanged re-crawl, 4 fact changes per page a year at d_5pct's cost per "
            "changed page, plus the first re-crawl's and the first noisy re-crawl's one-off "
            "growth", "per_page_bytes": per_page}  # fmt: skip


def targets(result: dict) -> list[dict]:
    crawls, storage = result["crawls"], result["storage"]
    rows = [{"target": f"{n} wall <= {limit}x baseline", "value": crawls[n]["wall_x"],
             "limit": limit} for n, limit in LIMITS.items()]  # fmt: skip
    for name in ("c_304", "c_plain", "c_noise1", "c_noise"):
        rows.append(
            {
                "target": f"{name} adds <= {MAX_BYTES_PER_PAGE} B/page",
                "value": storage[name]["added_per_page"],
                "limit": MAX_BYTES_PER_PAGE,
            }
        )
    rows.append(
        {
            "target": "year at 5000 pages < 1 GiB",
            "value": result["projection"]["bytes"],
            "limit": YEAR_LIMIT,
        }
    )
    rows.append(
        {
            "target": "differ 200 runs deep <= 1.2x 2 runs",
            "value": result["history"]["ratio"],
            "limit": HISTORY_RATIO,
        }
    )
    if result["meta"]["pages"] >= 5000:
        rows.append(
            {
                "target": f"peak memory (PSS) of the crawl <= {MAX_PSS_MB} MB",
                "limit": MAX_PSS_MB,
                "value": max(crawls[n]["pss_mb"] for n in CRAWLS),
            }
        )
    for row in rows:
        row["met"] = row["value"] <= row["limit"]
    return rows


def table(result: dict) -> str:
    meta, base = result["meta"], result["baseline"]
    lines = [
        f"bootwatch benchmark: {meta['pages']} pages ({meta['programs']} programs), "
        f"{meta['page_kb_min']:.0f}-{meta['page_kb_max']:.0f} KB (mean "
        f"{meta['page_kb_mean']:.0f} KB), {meta['cpus']} CPUs, server {result['server']['kind']}",
        f"benchmark only: AutoThrottle off, robots.txt off, no delay, {CONCURRENCY} requests per "
        "domain for both sides (bootwatch's default is 1)",
        f"server raw fetch (trivial client, 16 threads): {result['server']['pages_per_s']:.0f} "
        f"pages/s, {result['server']['mb_per_s']:.0f} MB/s",
        "",
        f"{'crawl':<10} {'wall s':>7} {'x base':>7} {'cpu s':>7} {'x base':>7} {'RSS MB':>7} "
        f"{'PSS MB':>7} {'DB +B/page':>11} {'versions+':>9}  fetched/unchanged/failed",
        f"{'baseline':<10} {base['wall_s']:>7.2f} {1:>7.2f} {base['cpu_s']:>7.2f} {1:>7.2f} "
        f"{base['rss_mb']:>7.0f} {base['pss_mb']:>7.0f}",
    ]
    for name in CRAWLS:
        c, s = result["crawls"][name], result["storage"][name]
        r = c["run"]
        lines.append(
            f"{name:<10} {c['wall_s']:>7.2f} {c['wall_x']:>7.2f} {c['cpu_s']:>7.2f} "
            f"{c['cpu_x']:>7.2f} {c['rss_mb']:>7.0f} {c['pss_mb']:>7.0f} "
            f"{s['added_per_page']:>11.0f} "
            f"{s['versions_added']:>9}  {r['pages_fetched']}/{r['pages_not_modified']}/"
            f"{r['pages_failed']}"
        )
    h, p = result["history"], result["projection"]
    lines += [
        "",
        f"database after b_first: {result['storage']['b_first']['bytes'] / 2**20:.1f} MiB "
        f"({result['storage']['b_first']['bytes'] / meta['pages'] / 1024:.1f} KiB/page)",
        f"differ per program: {h['ms_per_program_2']:.2f} ms at 2 runs, "
        f"{h['ms_per_program_200']:.2f} ms at 200 runs ({h['ratio']:.2f}x)",
        f"projection, 5000 pages daily for a year: {p['bytes'] / 2**20:.0f} MiB ({p['assumes']})",
        "",
        "targets:",
    ]
    lines += [f"  {'met ' if t['met'] else 'MISS'} {t['target']}: {t['value']:.4g}"
              for t in result["targets"]]  # fmt: skip
    return "\n".join(line.rstrip() for line in lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=1000, help="program pages (5000: scale run)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--server", choices=("auto", "nginx", "python"), default="auto")
    parser.add_argument("--history-programs", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs of the short crawls (the unchanged re-crawls at least "
                        "two), each between two runs of the baseline; medians count")  # fmt: skip
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    parser.add_argument("--probe", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.probe:
        print(json.dumps(probe(json.loads(args.probe))))
        return
    with tempfile.TemporaryDirectory(prefix="bootwatch-bench-") as temp:
        work = args.keep or Path(temp)
        work.mkdir(parents=True, exist_ok=True)
        result = run(args.pages, args.server, args.history_programs, work.resolve(), args.repeat)
    print(table(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
