"""Alerts: config validation, redaction, per-target filters, the digest text, the outbox's
backoff and crash safety, and notify-test against real receivers on 127.0.0.1."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone

import pytest
from click.testing import CliRunner

from config.loading import parse_config
from config.schema import ConfigError
from db import outbox
from db.connect import open_db
from tests.helpers import camp_config, camp_page, publish, run_job
from tests.receivers import Mailbox, Webhook
from tracker.alerts import digest
from tracker.alerts.targets import Target, redact, targets
from tracker.cli.main import cli
from tracker.run import deliver

NOW = datetime(2022, 11, 7, 6, 0, tzinfo=timezone.utc)
SECRET = "hunter2-s3cr3t"
PROGRAM = "programs:\n  - {slug: camp, provider: Camp, name: B, urls: ['https://camp.example/']}\n"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("settings: {schedule: '0 6 * *'}\n" + PROGRAM,
         "p.yaml:1: settings.schedule: invalid cron expression '0 6 * *' (Wrong number of fields"),
        (PROGRAM.replace("urls:", "schedule: '61 6 * * *', urls:"),
         "p.yaml:2: programs[0] (camp) schedule: invalid cron expression '61 6 * * *'"),
        (PROGRAM + f"alerts:\n  - url: 'bogus://user:{SECRET}@host/x'\n",
         "p.yaml:4: alerts[0].url: Apprise does not accept this bogus:// URL"),
        (PROGRAM + "alerts:\n  - {url: 'json://h/x', programs: [nope]}\n",
         "p.yaml:4: alerts[0].programs[0]: unknown program 'nope' (known: camp)"),
        (PROGRAM + "alerts:\n  - {url: 'json://h/x', severities: [urgent]}\n",
         "p.yaml:4: alerts[0].severities[0]: 'urgent' is not one of 'high', 'medium', 'low'"),
    ],
    ids=["settings-cron", "program-cron", "bad-apprise-url", "unknown-program", "bad-severity"],
)  # fmt: skip
def test_config_mistakes_are_one_line_without_secrets(text, message):
    with pytest.raises(ConfigError) as error:
        parse_config(text, "p.yaml")
    assert str(error.value).startswith(message)
    assert "\n" not in str(error.value) and SECRET not in str(error.value)


def test_bad_urls_exit_2_from_the_cli(tmp_path, monkeypatch):
    config = tmp_path / "p.yaml"
    config.write_text(PROGRAM + f"alerts:\n  - url: 'nothing-{SECRET}'\n")
    result = CliRunner().invoke(cli, ["notify-test", "--config", str(config)])
    assert result.exit_code == 2 and "alerts[0].url: not an Apprise URL" in result.output
    config.write_text(PROGRAM)
    monkeypatch.setenv("BOOTWATCH_ALERT_URLS", f"json://ok/x bogus://{SECRET}@h/")
    result = CliRunner().invoke(cli, ["notify-test", "--config", str(config)])
    assert result.exit_code == 2
    assert "BOOTWATCH_ALERT_URLS: URL 2: Apprise does not accept this bogus:// URL" in result.output
    assert SECRET not in result.output


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        (f"json://user:{SECRET}@127.0.0.1:8080/hook?+X-Token={SECRET}",
         "json://user:****@127.0.0.1:8080/hook?…"),
        ("json://hooks.example.com/services/T000/B000/XXXXXXXXXXXXXXXXXXXXXXXX",
         "json://hooks.example.com/services/T000/B000/X...X"),
        ("slack://T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7FQ", "slack://T...2/A...D/T...Q//"),
        ("tgram://123456789:abcdefg_hijklmnop/12315544/", "tgram://1...p/12315544/"),
        (f"mailto://bw:{SECRET}@smtp.example.com?to=ed@example.com",
         "mailto://bw:****@smtp.example.com/ed%40example.com?…"),
    ],
    ids=["json-password-and-header", "json-token-path", "slack", "telegram", "mailto"],
)  # fmt: skip
def test_redaction(url, shown):
    assert redact(url) == shown


def change(field="prices", severity="high", slug="camp", old=None, new=None, kind="changed"):
    return {"field": field, "severity": severity, "program_slug": slug, "kind": kind,
            "old": old, "new": new}  # fmt: skip


def option(amount):
    return {"amount": amount, "currency": "USD", "period": "one_time", "label": None}


@pytest.mark.parametrize(
    ("filters", "item", "wanted"),
    [
        ({}, change(), True),
        ({}, change(severity="info"), False),
        ({"severities": ("info",)}, change(severity="info"), True),
        ({"fields": ("start_dates",)}, change(), False),
        ({"programs": ("other",)}, change(), False),
        ({"min_price_change_percent": 5}, change(old=option("100"), new=option("104")), False),
        ({"min_price_change_percent": 5}, change(old=option("100"), new=option("95")), True),
        ({"min_price_change_percent": 5}, change(old=None, new=option("95"), kind="added"), True),
        ({"min_price_change_percent": 5}, change(field="duration"), True),
    ],
    ids=["default", "info-off", "info-on", "other-field", "other-program", "small-price-move",
         "big-price-drop", "price-added", "not-a-price"],
)  # fmt: skip
def test_filters(filters, item, wanted):
    assert digest.wanted(item, Target("json://h/x", **filters)) is wanted


def test_outbox_backoff_doubles_then_gives_up(db):
    outbox.enqueue(db, [{"target_id": "t1", "target": "json://h/x", "key": "run:1",
                         "kind": "digest", "title": "T", "body": "B"}], now=NOW)  # fmt: skip
    row = outbox.due(db, now=NOW)[0]
    waits = []
    for _ in range(4):
        row = outbox.mark_failed(db, row, "down", now=NOW, retry_seconds=60, max_attempts=4)
        if row["status"] == "pending":
            when = datetime.fromisoformat(row["next_attempt_at"].replace("Z", "+00:00"))
            waits.append((when - NOW).total_seconds())
            assert outbox.due(db, now=when - timedelta(seconds=1)) == []
            assert outbox.due(db, now=when)[0]["id"] == row["id"]
    assert waits == [60, 120, 240]
    assert (row["status"], row["attempts"], row["next_attempt_at"]) == ("failed", 4, None)
    assert outbox.due(db, now=NOW + timedelta(days=9)) == []
    assert outbox.due(db, now=NOW, force=True)[0]["id"] == row["id"]
    # Enqueueing the same (target, key) again adds nothing.
    again = {"target_id": "t1", "target": "x", "key": "run:1", "kind": "digest",
             "title": "T", "body": "B"}  # fmt: skip
    assert outbox.enqueue(db, [again], now=NOW) == 0


def test_digest_and_health_reach_email_once_even_if_the_process_dies_before_sending(
    tmp_path, site, db_path
):
    with Mailbox() as box:
        config = camp_config(tmp_path, site)  # no targets yet: runs are marked, not queued
        publish(site, camp_page(0))
        run_job(db_path, config)
        publish(site, camp_page(2))  # price and start date change
        run_job(db_path, config)
        db = open_db(db_path)
        target = Target(box.url(), severities=("high", "medium"))
        # The process "dies" right after queueing: nothing was sent yet.
        assert deliver.enqueue_runs(db, [target], now=NOW, runs=[2]) == 1
        assert box.messages == []
        # The next process sends it, once.
        for _ in range(2):
            sent = deliver.deliver(db, [target], now=NOW, retry_seconds=0, max_attempts=3)
        assert len(box.messages) == 1 and sent.sent == []
    mail = box.messages[0]
    assert mail["Subject"] == "bootwatch: 2 changes in 1 program (run 2, as of " + (
        db["runs"].get(2)["as_of"] + ")"
    )
    text = mail.get_body(("plain",)).get_content()
    assert "Camp tuition $1,925 -> $2,105" in text and "Camp cohort moved" in text
    html = mail.get_body(("html",)).get_content()
    assert f'href="{site.base_url}/camp/program.html"' in html


def test_health_alerts_once_when_opened_and_once_when_resolved(tmp_path, site, db_path):
    with Webhook() as hook:
        config = camp_config(tmp_path, site, hook.url())
        publish(site, camp_page(0))
        run_job(db_path, config)
        (site.root / "camp" / "program.html").unlink()  # 404 for three runs
        for _ in range(3):
            run_job(db_path, config)
        publish(site, camp_page(0))
        run_job(db_path, config)
        run_job(db_path, config)
    health = "\n".join(m["message"] for m in hook.messages if "problem" in m["title"])
    # Three runs failed, but each problem is told once when it opened, once when resolved.
    assert health.count("- **problem** **Camp** fetch failing") == 1
    assert health.count("- **resolved** **Camp** fetch failing") == 1
    assert health.count("- **problem** ") == health.count("- **resolved** ") == 2
    assert health.index("**problem** **Camp** fetch") < health.index("**resolved** **Camp** fetch")


def test_secrets_never_reach_the_database_logs_or_cli(tmp_path, site, db_path, caplog):
    caplog.set_level(logging.DEBUG)  # Apprise and urllib3 at their most talkative
    with Webhook() as hook:
        url = hook.url(auth=f"user:{SECRET}@") + f"?+X-Api-Key={SECRET}"
        config = camp_config(tmp_path, site, url)
        publish(site, camp_page(0))
        run_job(db_path, config)
        hook.down = True
        publish(site, camp_page(1))
        run_job(db_path, config)  # fails: last_error stored
        runner = CliRunner()
        args = ["--db", str(db_path), "--config", str(config)]
        listed = runner.invoke(cli, ["alerts", *args])
        assert "pending digest to json://user:****@127.0.0.1" in listed.output
        hook.down = False
        retried = runner.invoke(cli, ["alerts", "--retry", *args])
        tested = runner.invoke(cli, ["notify-test", "--config", str(config)])
        jobs = runner.invoke(cli, ["jobs", *args])
    assert retried.output.startswith("1 sent, 0 failed") and tested.exit_code == 0
    assert hook.headers[0]["X-Api-Key"] == SECRET  # the real URL was used to send
    assert len(hook.messages) == 2  # the digest, once, and the test message
    for result in (listed, retried, tested, jobs):
        assert SECRET not in result.output
    assert "sending JSON" in caplog.text or "JSON" in caplog.text  # Apprise did log
    assert SECRET not in caplog.text
    open_db(db_path).execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for path in db_path.parent.glob(db_path.name + "*"):
        assert SECRET.encode() not in path.read_bytes(), path.name
    assert targets([], {"BOOTWATCH_ALERT_URLS": url})[0].redacted.count("****") == 1
    assert SECRET not in repr(targets([], {"BOOTWATCH_ALERT_URLS": url}))


def test_a_manual_crawl_queues_its_digest_and_retry_exits_1_until_delivered(
    tmp_path, site, db_path
):
    with Webhook() as hook, Mailbox() as box:
        config = camp_config(tmp_path, site, hook.url(), box.url())
        runner = CliRunner()
        args = ["--db", str(db_path), "--config", str(config)]
        publish(site, camp_page(0))
        assert runner.invoke(cli, ["crawl", *args]).exit_code == 0
        publish(site, camp_page(2))  # price and start date change
        crawled = runner.invoke(cli, ["crawl", *args])
        assert crawled.exit_code == 0, crawled.output
        assert "Alerts: 2 messages queued; `bootwatch alerts --retry` sends" in crawled.output
        # Queued, not sent: the crawl sends nothing, and `alerts` lists what waits.
        listed = runner.invoke(cli, ["alerts", *args])
        assert hook.messages == [] and box.messages == []
        assert listed.exit_code == 0
        assert listed.output.count("pending digest to ") == 2
        assert "bootwatch: 2 changes in 1 program (run 2" in listed.output
        assert "(0 attempts, next try " in listed.output
        # The webhook is down: the mail goes, the webhook's digest does not, exit 1.
        hook.down = True
        failed = runner.invoke(cli, ["alerts", "--retry", *args])
        assert failed.exit_code == 1, failed.output
        assert failed.stdout.startswith("1 sent, 1 failed\n")
        assert failed.stderr == "Error: 1 alert could not be delivered (see above)\n"
        assert len(box.messages) == 1 and hook.refused == 1
        assert "(1 attempt, next try " in failed.stdout
        # Back up: delivered, exit 0, and nothing is left to list.
        hook.down = False
        delivered = runner.invoke(cli, ["alerts", "--retry", "--json", *args])
        assert delivered.exit_code == 0, delivered.output
        assert delivered.stderr == "1 sent, 0 failed\n"  # retry_seconds is 0: due at once
        assert delivered.stdout == "[]\n"
        assert [m["title"] for m in hook.messages] == [box.messages[0]["Subject"]]
        assert runner.invoke(cli, ["alerts", *args]).output == "No pending or failed alerts.\n"


def test_a_manual_crawl_without_targets_queues_nothing_and_says_so(tmp_path, site, db_path):
    config = camp_config(tmp_path, site)
    args = ["--db", str(db_path), "--config", str(config)]
    publish(site, camp_page(0))
    CliRunner().invoke(cli, ["crawl", *args])
    publish(site, camp_page(2))
    crawled = CliRunner().invoke(cli, ["crawl", *args])
    assert crawled.exit_code == 0 and "queued" not in crawled.output
    listed = CliRunner().invoke(cli, ["alerts", *args])
    assert (
        listed.output
        == "No pending or failed alerts (no alert targets: see `alerts:` in the README).\n"
    )
    retried = CliRunner().invoke(cli, ["alerts", "--retry", *args])
    assert retried.exit_code == 0 and retried.output.startswith("0 sent, 0 failed\n")
