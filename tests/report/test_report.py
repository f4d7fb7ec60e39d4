"""Reports over the demo database: selection, Markdown lines, JSON shape, HTML, the CLI, and
page text that tries to inject markup, links or terminal escapes into every format."""

from __future__ import annotations

import itertools
import json
import os
import pty
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from db import history
from db.connect import open_db
from tests.helpers import PAYLOAD, hostile_copy
from tracker.cli.main import cli
from tracker.report import chart as report_chart
from tracker.report import html as report_html
from tracker.report import text as report


@pytest.fixture(scope="module")
def hostile_path(demo_db, tmp_path_factory) -> Path:
    return hostile_copy(demo_db, tmp_path_factory.mktemp("hostile") / "bootwatch.db")


@pytest.fixture
def demo(demo_db):
    return open_db(demo_db)


def unport(lines):
    """The demo site's port changes each run."""
    return [re.sub(r"127\.0\.0\.1:\d+", "127.0.0.1:PORT", line) for line in lines]


@pytest.mark.parametrize(
    "selection,count,programs",
    [
        ({}, 9, {"knowledgehut", "nashua-cc", "nucamp", "springboard", "technigo"}),
        ({"run_id": 1}, 7, None),
        ({"run_id": 2, "program": "nucamp"}, 3, {"nucamp"}),
        ({"program": "nucamp"}, 3, {"nucamp"}),
        ({"since": "2022-10-20"}, 16, None),
        ({"since": "2022-11-01"}, 9, None),
        ({"since": "2022-10-01", "program": "technigo"}, 3, {"technigo"}),
        ({"since": "2023-01-01"}, 0, set()),
    ],
    ids=["latest", "run", "run+program", "program", "since-all", "since", "since+program", "none"],
)
def test_select_changes(demo, selection, count, programs):
    rows = history.select_changes(demo, **selection)
    assert len(rows) == count
    if programs is not None:
        assert {r["program_slug"] for r in rows} == programs


@pytest.mark.parametrize(
    "selection,message",
    [({"run_id": 9}, "no run 9"), ({"program": "nope"}, "unknown program 'nope'")],
)
def test_select_changes_unknown(demo, selection, message):
    with pytest.raises(history.NotFound, match=message):
        history.select_changes(demo, **selection)


def unhash(lines):
    """Body hashes, checked apart (test_body_command_prints_the_evidence)."""
    return [re.sub(r"bodies [0-9a-f]{10} → [0-9a-f]{10}", "bodies OLD → NEW", line)
            for line in lines]  # fmt: skip


def test_markdown_for_one_program(demo):
    lines = unhash(unport(report.markdown(history.report_data(demo, program="nucamp"))))
    assert lines == [
        "# bootwatch: 3 changes in 1 program, 0 health problems (run 2, as of 2022-11-07; "
        "nucamp only)",
        "",
        "## Nucamp",
        "",
        "_Back End, SQL and DevOps with Python_ (`nucamp`)",
        "",
        "- **high** Nucamp tuition $1,925 -> $2,105 (+$180, +9.4%) "
        "([source](http://127.0.0.1:PORT/nucamp/overview.html); bodies OLD → NEW)",
        "- **high** Nucamp tuition (payment plan) 5 x $385 -> 5 x $421 (+$36, +9.4%) "
        "([source](http://127.0.0.1:PORT/nucamp/schedule.html); bodies OLD → NEW)",
        "- **medium** Nucamp cohort moved Nov 14, 2022 -> Dec 5, 2022 "
        "([source](http://127.0.0.1:PORT/nucamp/overview.html); bodies OLD → NEW)",
        "",
        "## Health",
        "",
        "No open problems.",
    ]


def test_markdown_lists_info_changes_apart(demo):
    lines = list(report.markdown(history.report_data(demo, since="2022-10-01")))
    assert lines[0].startswith("# bootwatch: 9 changes in 5 programs, 0 health problems")
    routine = lines[lines.index("### Also recorded") + 2 : lines.index("## Health") - 1]
    assert routine[0] == "- **info** Boot.dev now tracked (run 1, 2022-10-20)"
    assert len(routine) == 7 and all("**info**" in line for line in routine)


def test_json_shape(demo):
    records = json.loads("\n".join(report.json_lines(history.report_data(demo))))
    assert len(records) == 9
    price = next(r for r in records if r["program"] == "nucamp" and r["field"] == "prices")
    assert set(price) == set(
        "id program provider field kind severity old new summary run_id as_of detected_at "
        "evidence".split()
    )
    assert price["old"]["amount"] == "1925.00" and price["new"]["amount"] == "2105.00"
    assert (price["kind"], price["severity"], price["run_id"]) == ("changed", "high", 2)
    evidence = price["evidence"]
    assert set(evidence) == set(
        "page_url old_snippet new_snippet old_body_hash new_body_hash".split()
    )
    assert evidence["page_url"].endswith("/nucamp/overview.html")
    assert "1925" in evidence["old_snippet"] and "2105" in evidence["new_snippet"]
    assert evidence["old_body_hash"] != evidence["new_body_hash"]


def test_timelines_and_field_history(demo):
    (nucamp,) = history.program_timelines(demo, "nucamp")
    # one-time prices only: the "5 x $385" plan is not the cheapest way in
    assert [(p["as_of"], p["price_min"], p["price_max"], p["price_period"])
            for p in nucamp["points"]] == [
        ("2022-10-20", 1925.0, 1925.0, "one_time"),
        ("2022-11-07", 2105.0, 2105.0, "one_time"),
    ]  # fmt: skip
    assert [p["start_dates"] for p in nucamp["points"]] == [["2022-11-14"], ["2022-12-05"]]
    rows = history.field_history(demo, "nucamp", "duration")
    assert [r["changed"] for r in rows] == [True, False]
    with pytest.raises(history.NotFound, match="did you mean 'prices'. choose from: prices,"):
        history.field_history(demo, "nucamp", "price")


def test_chart_geometry(demo):
    (nucamp,) = history.program_timelines(demo, "nucamp")
    chart = report_chart.chart(nucamp)
    prices, starts = chart["panels"]
    assert len(prices["bands"]) == 2 and len(starts["dots"]) == 2
    nov14, dec5 = (d["y"] for d in starts["dots"])
    assert dec5 < nov14  # the later start plots higher
    assert report_chart.chart({**nucamp, "points": []}) is None


def point(version, day, low, high, starts, period="one_time"):
    return {"version": version, "run_id": version, "as_of": day, "price_min": low,
            "price_max": high, "price_period": period, "currency": "USD",
            "start_dates": starts}  # fmt: skip


#: A schedule that ran four times on Nov 7: four versions that day, one a monthly price.
SAME_DAY = {"slug": "camp", "provider": "Camp", "name": "Backend", "last_as_of": "2022-11-20",
            "points": [point(1, "2022-10-01", 1925.0, 1925.0, ["2022-11-14"]),
                       point(2, "2022-11-07", 1990.0, 1990.0, ["2022-11-14", "2022-11-21"]),
                       point(3, "2022-11-07", 2050.0, 2050.0, ["2022-11-28"]),
                       point(4, "2022-11-07", 2105.0, 2105.0, ["2022-12-05"]),
                       point(5, "2022-11-07", 385.0, 385.0, ["2022-12-05"], "month"),
                       point(6, "2022-11-08", 2105.0, 2200.0, ["2022-12-05", "2023-01-09"])],
            }  # fmt: skip


def overlapping(labels):
    """Pairs of price labels whose estimated text boxes overprint each other."""
    width = lambda label: report_chart.CHAR * len(label["text"])  # noqa: E731
    return [(a["text"], b["text"]) for i, a in enumerate(labels) for b in labels[i + 1 :]
            if abs(a["y"] - b["y"]) < report_chart.LINE
            and a["x"] < b["x"] + width(b) and b["x"] < a["x"] + width(a)]  # fmt: skip


def test_versions_of_one_day_each_get_a_slot_and_keep_their_labels():
    chart = report_chart.chart(SAME_DAY)
    prices, starts = chart["panels"]
    assert [b["title"] for b in prices["bands"]] == [
        "Oct 1, 2022, version 1: $1,925", "Nov 7, 2022, version 2: $1,990",
        "Nov 7, 2022, version 3: $2,050", "Nov 7, 2022, version 4: $2,105",
        "Nov 8, 2022, version 6: $2,105-$2,200",
    ]  # fmt: skip
    assert all(b["w"] >= report_chart.SLOT for b in prices["bands"])
    lefts = [b["x"] for b in prices["bands"]]
    assert lefts == sorted(lefts) and len(set(lefts)) == len(lefts)
    texts = [label["text"] for label in prices["labels"]]
    assert texts == ["$1,925", "$1,990", "$2,050", "$2,105", "$385/month, other period",
                     "$2,200", "$2,105"]  # fmt: skip
    assert overlapping(prices["labels"]) == []
    assert all(s["x2"] - s["x1"] >= report_chart.SLOT for s in starts["steps"])
    labels = [a["label"] for a in starts["axis"]]
    assert labels == ["Nov 14, 2022", "Nov 21, 2022", "Nov 28, 2022", "Dec 5, 2022", "Jan 9, 2023"]
    heights = [a["label_y"] for a in starts["axis"]]
    assert all(low - high >= report_chart.LINE for low, high in itertools.pairwise(heights))
    assert [t["label"] for t in chart["ticks"]] == [
        "Oct 1, 2022", "Nov 7, 2022", "Nov 8, 2022", "Nov 20, 2022"
    ]  # fmt: skip
    assert chart["ticks"][1]["x"] == prices["bands"][1]["x"]  # a day's tick: its first version


def test_slots_share_out_the_time_between_versions():
    day = date(2022, 11, 7)
    spans, x = report_chart._layout([day, day], date(2022, 11, 10))
    assert [round(x1 - x0) for x0, x1 in spans] == [report_chart.SLOT, 466 - report_chart.SLOT]
    spans, x = report_chart._layout([day, date(2022, 11, 9)], date(2022, 11, 11))
    assert [round(x1 - x0) for x0, x1 in spans] == [233, 233]  # two days each: halves
    assert x(date(2022, 11, 8)) == report_chart.LEFT + report_chart.SLOT + (233 - 44) / 2


def invoke(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_cli_report_formats(demo_db, tmp_path):
    result = invoke("report", "--db", str(demo_db))
    assert result.exit_code == 0 and result.output.startswith("# bootwatch: 9 changes")
    result = invoke("report", "--db", str(demo_db), "--run", "1", "--format", "json")
    assert [r["summary"] for r in json.loads(result.output)][0] == "Boot.dev now tracked"
    out = tmp_path / "report.html"
    result = invoke("report", "--db", str(demo_db), "--since", "2022-11-01", "--program",
                    "springboard", "--format", "html", "-o", str(out))  # fmt: skip
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr == f"Wrote {out}\n"  # said on stderr, so stdout stays clean
    assert "Springboard tuition (upfront) $9,900 -&gt; $10,500" in out.read_text()


def test_cli_history(demo_db):
    result = invoke("history", "nucamp", "prices", "--db", str(demo_db))
    assert result.output.splitlines() == [
        "nucamp prices",
        "  v1  run 1  as of 2022-10-20  $1,925; 5 x $385 (payment plan)",
        "  v2  run 2  as of 2022-11-07  $2,105; 5 x $421 (payment plan)",
    ]
    data = json.loads(invoke("history", "nucamp", "--db", str(demo_db), "--json").output)
    assert list(data["fields"]) == ["prices", "income_share", "start_dates", "self_paced",
                                    "duration", "guarantees"]  # fmt: skip


@pytest.mark.parametrize(
    "args,message",
    [
        (["report", "--since", "2022-11-01", "--run", "2"], "exclude each other"),
        (["report", "--run", "9"], "no run 9"),
        (["report", "--program", "nope"], "unknown program 'nope'"),
        (["history", "nope"], "unknown program 'nope'"),
        (["history", "nucamp", "price"], "unknown field 'price'; did you mean 'prices'?"),
    ],
)
def test_cli_user_errors(demo_db, args, message):
    result = CliRunner().invoke(cli, [*args, "--db", str(demo_db)])
    assert result.exit_code == 2 and message in result.output


def test_cli_report_without_database(tmp_path):
    result = CliRunner().invoke(cli, ["report", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "no such database" in result.output


# Page text is untrusted: the same hostile change through every format.


def test_markdown_neutralises_page_text(hostile_path):
    lines = list(report.markdown(history.report_data(open_db(hostile_path))))
    text = "\n".join(lines)
    line = next(line for line in lines if "job guarantee terms changed" in line)
    assert "\x1b" not in text and "\x07" not in text
    assert re.search(r"(?<!\\)<", text) is None  # no tag can open
    assert re.search(r"(?<!\\)\[(?!source\])", text) is None  # our links only
    for link in re.finditer(r"(?<!\\)\]\((.*?)\)", text):  # every link is ours, to http(s)
        assert text[link.start() - 7 : link.start()] == "[source"
        assert link.group(1).startswith("http://127.0.0.1:")
    assert "[source]" not in line  # a javascript: page URL gets no link
    assert "https\\://evil.example" in line and "www\\.evil.example" in line  # no autolinks
    assert "\\<script>" in line and "\\[click\\](javascript:alert(1))" in line
    health = lines[lines.index("## Health") + 2]
    assert health.startswith("- **Nucamp** value lost (prices): price vanished \\<script>")


def test_json_escapes_page_text_but_keeps_it(hostile_path):
    text = "\n".join(report.json_lines(history.report_data(open_db(hostile_path))))
    assert "<" not in text and ">" not in text and "\x1b" not in text
    hostile = next(r for r in json.loads(text) if r["id"] == "hostile")
    assert hostile["summary"].endswith(PAYLOAD)  # the data itself is unchanged
    assert hostile["evidence"]["page_url"] is None  # only http(s) URLs


def test_html_neutralises_page_text(hostile_path):
    page = report_html.report_page(history.report_data(open_db(hostile_path)))
    assert "<script" not in page.lower() and "<img" not in page.lower()
    assert "javascript:" not in page.split("&lt;script&gt;")[0]
    assert 'href="javascript' not in page and "\x1b" not in page and "\x07" not in page
    assert "&lt;script&gt;document.title=" in page
    assert "default-src 'none'" in page
    hrefs = re.findall(r'href="([^"]*)"', page)
    assert hrefs and all(h.startswith("http://127.0.0.1:") for h in hrefs)


@pytest.mark.parametrize(
    "url,expected",
    [
        ("https://a.example/x?y=1#z", "https://a.example/x?y=1#z"),
        ("http://a.example/a b)(c\"'<>", "http://a.example/a%20b%29%28c%22%27%3C%3E"),
        ("javascript:alert(1)", None),
        ("JaVaScRiPt:alert(1)", None),
        ("data:text/html,<script>", None),
        ("//evil.example/x", None),
        ("https:///no-host", None),
        (None, None),
    ],
)
def test_safe_url(url, expected):
    assert report.safe_url(url) == expected


def test_body_command_prints_the_evidence(demo_db, tmp_path):
    """The bodies a report names are the pages as they were, after the site is gone."""
    lines = report.markdown(history.report_data(open_db(demo_db), program="nucamp"))
    (line,) = [x for x in lines if "tuition $1,925 -> $2,105" in x]
    old, new = re.search(r"bodies ([0-9a-f]{10}) → ([0-9a-f]{10})", line).groups()
    runner = CliRunner()
    result = runner.invoke(cli, ["body", old, "--db", str(demo_db)])
    assert result.exit_code == 0, result.output
    assert "1,925" in result.stdout and "2,105" not in result.stdout
    saved = tmp_path / "after.html"
    result = runner.invoke(cli, ["body", new.upper(), "-o", str(saved), "--db", str(demo_db)])
    assert result.exit_code == 0, result.output
    assert "2,105" in saved.read_text() and f"{saved}:" in result.stderr


@pytest.mark.parametrize(
    ("digest", "message"),
    [("abc", "not a body hash"), ("zzzzzzzz", "not a body hash"),
     ("ffffffffff", "no stored body has a hash beginning 'ffffffffff'")],
    ids=["short", "not-hex", "unknown"],
)  # fmt: skip
def test_body_command_refuses_what_it_cannot_find(demo_db, digest, message):
    result = CliRunner().invoke(cli, ["body", digest, "--db", str(demo_db)])
    assert result.exit_code == 2 and message in result.output


def test_html_summary_marks_changed_words_like_its_evidence(demo):
    page = report_html.report_page(history.report_data(demo, program="springboard"))
    (summary,) = [p for p in re.findall(r'<p class="summary">.*?</p>', page) if "terms" in p]
    assert "{+" not in summary and "[-" not in summary
    assert "<ins>9</ins>" in summary and "<del>six</del>" in summary


def test_body_command_will_not_print_a_page_to_a_terminal(demo_db):
    """A page's raw bytes may hold escape codes; to a terminal, body asks for -o."""
    lines = report.markdown(history.report_data(open_db(demo_db), program="nucamp"))
    digest = re.search(r"bodies ([0-9a-f]{10})", "\n".join(lines)).group(1)
    leader, follower = pty.openpty()
    code = "from tracker.cli.main import cli; cli()"
    result = subprocess.run(
        [sys.executable, "-c", code, "body", digest, "--db", str(demo_db)],
        stdout=follower, stderr=subprocess.PIPE, text=True, timeout=60,
    )  # fmt: skip
    os.close(follower)
    os.close(leader)
    assert result.returncode == 2 and "give -o FILE, or pipe it" in result.stderr


def test_price_chart_labels_a_change_of_period_even_at_the_same_amount():
    points = [
        {"price_min": 300.0, "price_max": None, "currency": "USD", "price_period": "one_time"},
        {"price_min": 300.0, "price_max": None, "currency": "USD", "price_period": "month"},
    ]
    panel = report_chart._price_panel(points, [(0, 50), (50, 100)])
    assert [label["text"] for label in panel["labels"]] == ["$300, other period", "$300/month"]


def test_price_chart_draws_one_period_to_scale():
    """A total before a monthly price must not read as a price cut of 80%."""
    points = [
        {"price_min": 1925.0, "price_max": None, "currency": "USD", "price_period": "one_time"},
        {"price_min": 385.0, "price_max": 400.0, "currency": "USD", "price_period": "month"},
        {"price_min": 385.0, "price_max": 400.0, "currency": "USD", "price_period": "month"},
    ]
    panel = report_chart._price_panel(points, [(0, 50), (50, 100), (100, 150)])
    assert [band["x"] for band in panel["bands"]] == [50, 100]  # the monthly prices only
    assert all(report_chart.TOP <= band["y"] <= panel["bottom"] for band in panel["bands"])
    assert [label["text"] for label in panel["labels"]] == [
        "$1,925, other period",
        "$400/month",
        "$385/month",
    ]
    # The other period's label is on the panel's bottom row, below every band's labels.
    other, *scaled = panel["labels"]
    assert max(label["y"] for label in scaled) < other["y"] < panel["bottom"]


def test_price_chart_labels_another_period_range_once():
    month = {"price_min": 300.0, "price_max": 450.0, "currency": "USD", "price_period": "month"}
    total = {"price_min": 1925.0, "price_max": None, "currency": "USD", "price_period": None}
    panel = report_chart._price_panel([month, month, total], [(0, 50), (50, 100), (100, 150)])
    texts = [label["text"] for label in panel["labels"]]
    assert texts == ["$300-$450/month, other period", "$1,925"]


def test_history_says_not_found_as_show_does(demo_db):
    result = CliRunner().invoke(cli, ["history", "nucamp", "--db", str(demo_db)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    income = lines[lines.index("nucamp income_share") + 1]
    assert income.endswith("as of 2022-10-20  not found")
    prices = lines[lines.index("nucamp prices") + 1]
    assert prices.startswith("  v1  run 1  as of 2022-10-20  $1,925")
