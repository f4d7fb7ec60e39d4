"""Verdicts on article claims, the reports, the command, and the demo's sample article."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from db.asof import audit_inputs, facts_as_of
from db.connect import open_db
from tracker.audit.report import format_audit
from tracker.audit.verdicts import audit_text
from tracker.cli.main import cli
from tracker.demo.offline import SAMPLE_SITE

PROGRAMS = [{"slug": "camp", "provider": "Camp", "name": "Backend Bootcamp"}]
TODAY = date(2022, 11, 7)


def usd(amount, period="one_time", installments=None, amount_max=None, currency="USD"):
    return {"amount": amount, "amount_max": amount_max, "currency": currency, "period": period,
            "installments": installments}  # fmt: skip


FACTS = {
    "prices": [usd("2105.00"), usd("421.00", "installment", 5), usd("225.00", "credit"),
               usd("24.00", "month"), usd("34.00", "month"), usd("6770.00", currency="EUR")],
    "start_dates": [{"start": "2022-12-05", "end": "2023-03-18"}, {"start": "2023-08-28"}],
    "duration": {"weeks": 16, "months": None, "hours_per_week_min": 12, "hours_per_week_max": 12},
    "guarantees": [{"kind": "job_guarantee", "terms": "Get a job within 9 months of graduating",
                    "window": "within 9 months of graduating"}],
    "self_paced": None,
}  # fmt: skip
HISTORY = [
    {"field": "prices", "kind": "changed", "old": usd("1925.00"), "new": usd("2105.00"),
     "as_of": "2022-11-07"},
    {"field": "prices", "kind": "changed", "old": usd("215.00", "credit"),
     "new": usd("225.00", "credit"), "as_of": "2022-11-07"},
    {"field": "start_dates", "kind": "moved", "old": {"start": "2022-11-14", "end": "2023-02-25"},
     "new": {"start": "2022-12-05", "end": "2023-03-18"}, "as_of": "2022-11-07"},
    {"field": "guarantees", "kind": "removed", "old": {"kind": "money_back"}, "new": None,
     "as_of": "2022-10-30"},
    {"field": "guarantees", "kind": "changed", "old": {"kind": "job_guarantee"},
     "new": {"kind": "job_guarantee"}, "as_of": "2022-11-07"},
]  # fmt: skip


@pytest.mark.parametrize(
    "sentence, verdict, since, suggestion",
    [
        ("It costs $2,105.", "current", None, None),
        ("It costs $1,925.", "stale", "2022-11-07", "It costs $2,105."),
        ("Or five payments of $421.", "current", None, None),
        ("It costs $2,050.", "stale", None, "It costs $2,105."),
        ("A laptop from the shop costs $999.", "unverifiable", None, None),
        ("$24-$34/month", "current", None, None),
        ("$25-$34/month", "stale", None, "$24-$34/month"),
        ("It is $215 per credit.", "stale", "2022-11-07", "It is $225 per credit."),
        ("It costs 6,770 euros or $6,570.39.", "current", None, None),
        ("It costs $f439.", "unparseable", None, None),
        ("Graduates earn a salary of $90,000.", "unverifiable", None, None),
        ("The next batch runs Dec 5th, 2022 - Mar 18th, 2023.", "current", None, None),
        (
            "The next batch runs Nov 14th, 2022 - Feb 25th, 2023.",
            "stale",
            "2022-11-07",
            "The next batch runs Dec 5, 2022 - Mar 18, 2023.",
        ),
        ("The next batch starts Dec 5th.", "current", None, None),
        (
            "At the time of writing, the next start date is October 31st, 2022.",
            "expired",
            "2022-10-31",
            "At the time of writing, the next start date is Dec 5, 2022.",
        ),
        (
            "The only cohort starts Dec 5th, 2022.",
            "stale",
            None,
            "The two cohorts start Dec 5, 2022 and Aug 28, 2023.",
        ),
        ("It takes 16 weeks.", "current", None, None),
        ("It takes about four months.", "current", None, None),
        ("It takes 12 weeks.", "stale", None, "It takes 16 weeks."),
        ("They also guarantee a job offer.", "current", None, None),
        ("They guarantee a job offer within 9 months of graduating.", "current", None, None),
        (
            "They guarantee a job offer within six months of finishing.",
            "stale",
            "2022-11-07",
            "They guarantee a job offer within 9 months of graduating.",
        ),
        (
            "A 100% money-back guarantee.",
            "stale",
            "2022-10-30",
            "(remove: the page no longer states a money-back guarantee)",
        ),
        ("Full tuition refund if you withdraw within 14 days.", "unverifiable", None, None),
        (
            "There is no guarantee.",
            "stale",
            None,
            "(the page now offers: job guarantee (within 9 months of graduating))",
        ),
        ("It's self-paced.", "unverifiable", None, None),
    ],
    ids=lambda v: v[:45] if isinstance(v, str) and len(v) > 12 else None,
)
def test_verdicts(sentence, verdict, since, suggestion):
    text = f"## Camp Backend Bootcamp\n\n{sentence}\n"
    result = audit_text(text, PROGRAMS, {"camp": FACTS}, {"camp": HISTORY}, as_of=TODAY)
    assert [(f.verdict, f.since, f.suggestion) for f in result.findings] == [
        (verdict, since, suggestion)
    ]


def suggest(sentence: str, facts: dict = FACTS, history: list = HISTORY) -> str | None:
    text = f"## Camp Backend Bootcamp\n\n{sentence}\n"
    (finding,) = audit_text(
        text, PROGRAMS, {"camp": facts}, {"camp": history}, as_of=TODAY
    ).findings
    return finding.suggestion


THREE = {**FACTS, "start_dates": [*FACTS["start_dates"], {"start": "2024-01-08"}]}
ONE = {**FACTS, "start_dates": FACTS["start_dates"][:1]}


@pytest.mark.parametrize(
    "sentence, facts, suggestion",
    [
        ("Classes are live, and there is only one cohort on the calendar: it starts Dec 5th, 2022.",
         FACTS, "Classes are live, and there are two cohorts on the calendar: they start "
                "Dec 5, 2022 and Aug 28, 2023."),
        ("There's only one cohort: it starts Dec 5th, 2022.", THREE,
         "There are three cohorts: they start Dec 5, 2022, Aug 28, 2023 and Jan 8, 2024."),
        ("Dec 5th, 2022 is the only start date.", FACTS,
         "Dec 5, 2022 and Aug 28, 2023 are the two start dates."),
        ("A single batch begins Dec 5th, 2022.", FACTS,
         "Two batches begin Dec 5, 2022 and Aug 28, 2023."),
        ("The only cohort runs Dec 5th, 2022 - Mar 18th, 2023.", FACTS,
         "The two cohorts run Dec 5, 2022 - Mar 18, 2023 and Aug 28, 2023."),
        ("Upcoming start dates: Nov 14th, 2022.", FACTS,
         "Upcoming start dates: Dec 5, 2022 and Aug 28, 2023."),
        ("The next cohort starts Nov 14th, 2022.", FACTS, "The next cohort starts Dec 5, 2022."),
        ("The only cohort starts Oct 3rd, 2022.", ONE, "The only cohort starts Dec 5, 2022."),
        ("It takes twelve weeks.", FACTS, "It takes 16 weeks."),
        ("It takes 16 weeks at 20 hours a week.", FACTS, "It takes 16 weeks at 12 hours a week."),
        ("It takes about 6 months.", FACTS, "It takes about 16 weeks at 12 hours a week."),
        ("It is $215 per credit.", FACTS, "It is $225 per credit."),
        ("Or five payments of $385.", {**FACTS, "prices": [usd("421.00", "installment", 5)]},
         "Or five payments of $421."),
        ("They guarantee a job offer within six months of finishing.", FACTS,
         "They guarantee a job offer within 9 months of graduating."),
    ],
    ids=["there-is-only-one", "three-cohorts", "only-after-the-date", "a-single", "ranges",
         "plural-list", "next-one", "only-and-one-left", "number-word", "hours-a-week",
         "other-unit", "price", "installments", "guarantee-window"],
)  # fmt: skip
def test_a_suggestion_is_a_sentence_to_paste(sentence, facts, suggestion):
    assert suggest(sentence, facts) == suggestion
    assert ";" not in suggestion


def test_dates_listed_in_one_sentence_are_replaced_as_one_list():
    text = "## Camp\n\nCohorts start Nov 14th, 2022 and Jan 9th, 2023.\n"
    result = audit_text(text, PROGRAMS, {"camp": FACTS}, {"camp": HISTORY}, as_of=TODAY)
    assert [f.verdict for f in result.findings] == ["stale", "stale"]
    assert {f.suggestion for f in result.findings} == {
        "Cohorts start Dec 5, 2022 and Aug 28, 2023."
    }
    md = format_audit(result, "post.md", "md")
    assert "+ Cohorts start Dec 5, 2022 and Aug 28, 2023.\n" in md


def test_section_mapping_to_no_program_is_unverifiable_and_listed():
    text = "## Launch School\n\nIt costs $199/month.\n\n## How we picked\n\nWe read pages.\n"
    result = audit_text(text, PROGRAMS, {"camp": FACTS}, {}, as_of=TODAY)
    assert [(f.claim.line, f.verdict) for f in result.findings] == [(3, "unverifiable")]
    assert result.unmatched == [(1, "Launch School")]


def test_program_never_crawled_is_unverifiable():
    result = audit_text("## Camp\n\nIt costs $1.\n", PROGRAMS, {}, {}, as_of=TODAY)
    assert result.findings[0].note == "this program has not been crawled"


def test_markdown_leads_with_fixes_and_merges_a_line():
    text = "## Camp\n\nIt costs $1,925, or five payments of $385 and $2,105 later.\n"
    facts = {**FACTS, "prices": [usd("2105.00"), usd("421.00", "installment", 5)]}
    history = HISTORY + [{"field": "prices", "kind": "changed", "as_of": "2022-11-07",
                          "old": usd("385.00", "installment", 5),
                          "new": usd("421.00", "installment", 5)}]  # fmt: skip
    result = audit_text(text, PROGRAMS, {"camp": facts}, {"camp": history}, as_of=TODAY)
    md = format_audit(result, "post.md", "md")
    assert md.index("## To fix") < md.index("## Still current")
    assert "- It costs $1,925, or five payments of $385 and $2,105 later." in md
    assert "+ It costs $2,105, or five payments of $421 and $2,105 later." in md
    counts = "2 stale, 0 expired, 0 unparseable, 0 unverifiable, 1 current"
    assert f"3 claims as of {TODAY}: {counts}" in md


def test_html_is_escaped_and_json_is_documented_shape():
    text = "## Camp <script>alert(1)</script>\n\nIt costs $1,925 <b>now</b>.\n"
    result = audit_text(text, PROGRAMS, {"camp": FACTS}, {"camp": HISTORY}, as_of=TODAY)
    html = format_audit(result, "post.md", "html")
    assert "<script>" not in html and "&lt;b&gt;" in html
    data = json.loads(format_audit(result, "post.md", "json"))
    assert set(data) == {"article", "title", "as_of", "counts", "unmatched_sections", "claims"}
    claim = data["claims"][0]
    assert {k: claim[k] for k in ("line", "program", "field", "verdict", "since")} == {
        "line": 3, "program": "camp", "field": "prices", "verdict": "stale", "since": "2022-11-07"
    }  # fmt: skip
    assert claim["article_value"]["amount"] == "1925.00"
    assert claim["page_value"]["amount"] == "2105.00"
    assert set(claim) >= {"text", "article_value", "page_value", "suggestion"}


# The demo: the sample article, written against the 2022-10 pages, audited against both.

ARTICLE = SAMPLE_SITE / "article.md"
#: (line, field) of every claim the 2022-11 pages made stale (tracker/demo/sample_site/README.md).
STALE_LATER = {
    (19, "prices"), (19, "start_dates"),  # Nucamp table: price, next batch
    (20, "guarantees"),  # KnowledgeHut table: money-back guarantee removed
    (21, "prices"),  # Nashua table: in-state rate
    (22, "guarantees"),  # Technigo table: "no guarantee", now a tuition refund
    (23, "prices"),  # Springboard table: upfront price
    (61, "prices"),  # Nucamp prose: $1,925 and five payments of $385 (two claims)
    (70, "start_dates"),  # Nucamp prose: the batch moved
    (80, "guarantees"),  # KnowledgeHut prose: money-back guarantee removed
    (87, "prices"),  # Nashua prose: $215 per credit
    (98, "start_dates"),  # Technigo prose: "only one cohort", now two
    (107, "guarantees"),  # Technigo prose: "no money-back guarantee or refund"
    (113, "prices"),  # Springboard prose: $9,900 upfront
    (121, "guarantees"),  # Springboard prose: job guarantee window six -> 9 months
}  # fmt: skip


def sample_audit(db_path: Path, as_of: date):
    db = open_db(db_path)
    return audit_text(ARTICLE.read_text(), *audit_inputs(db, as_of.isoformat()), as_of=as_of)


def test_sample_article_against_the_pages_it_was_written_from(demo_db):
    result = sample_audit(demo_db, date(2022, 10, 20))
    assert [f for f in result.findings if f.verdict in ("stale", "expired")] == []
    odd = {(f.claim.line, f.verdict) for f in result.findings if f.verdict != "current"}
    assert odd == {(20, "unparseable"), (62, "unverifiable"), (88, "unparseable"),
                   (123, "unverifiable"), (129, "unverifiable")}  # fmt: skip
    assert result.unmatched == [(125, "Honorable mention: Launch School's Core Curriculum")]


def test_sample_article_against_the_later_pages(demo_db):
    result = sample_audit(demo_db, date(2022, 11, 7))
    stale = [f for f in result.findings if f.verdict == "stale"]
    assert {(f.claim.line, f.claim.fact.field) for f in stale} == STALE_LATER
    assert len(stale) == len(STALE_LATER) + 1  # line 61 holds two stale prices
    assert {f.since for f in stale} == {"2022-11-07"}
    assert not any(f.verdict == "expired" for f in result.findings)
    (technigo,) = [f for f in stale if f.claim.line == 98]
    assert technigo.suggestion == (
        "Classes are live online, and there are two cohorts on the calendar: they start"
        " Jan 31, 2023 and Aug 28, 2023."
    )
    assert (
        technigo.replaces
        == "there is only one cohort on the calendar: it starts January 31st, 2023"
    )


def test_sample_article_later_the_cohorts_expire(demo_db):
    result = sample_audit(demo_db, date(2023, 3, 1))
    expired = {f.claim.line for f in result.findings if f.verdict == "expired"}
    assert expired == {19, 22, 70, 98, 106}


def test_facts_as_of_picks_the_version_of_the_last_run_before(demo_db):
    db = open_db(demo_db)
    assert facts_as_of(db, "2022-10-01") == {}
    assert facts_as_of(db, "2022-10-31")["nucamp"]["prices"][0]["amount"] in ("1925.00", "385.00")
    later = {p["amount"] for p in facts_as_of(db)["nucamp"]["prices"]}
    assert later == {"2105.00", "421.00"}


def test_cli_audit(demo_db, tmp_path):
    runner = CliRunner()
    args = ["audit", str(ARTICLE), "--db", str(demo_db), "--as-of", "2022-11-07"]
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert result.output.startswith("# Audit of The 7 best backend bootcamps of 2022")
    out = tmp_path / "audit.html"
    assert runner.invoke(cli, [*args, "--format", "html", "-o", str(out)]).exit_code == 0
    assert out.read_text().startswith("<!DOCTYPE html>")
    data = json.loads(runner.invoke(cli, [*args, "--format", "json"]).output)
    assert data["counts"]["stale"] == len(STALE_LATER) + 1


@pytest.mark.parametrize(
    "args, message",
    [
        (["missing.md"], "cannot read the article"),
        (["ARTICLE", "--as-of", "2022-13-40"], "not a date"),
    ],
    ids=["missing article", "bad date"],
)
def test_cli_audit_user_errors(demo_db, args, message):
    args = [str(ARTICLE) if a == "ARTICLE" else a for a in args]
    result = CliRunner().invoke(cli, ["audit", *args, "--db", str(demo_db)])
    assert result.exit_code == 2
    assert message in result.output


def test_article_and_page_text_cannot_inject_markdown():
    from tracker.audit.report import _cell, _code

    cell = _cell("[click](javascript:alert(1)) <b>x</b> | next\x1b[2J")
    assert cell.startswith("\\[click\\](") and "\\<b>" in cell  # shown, not rendered
    assert "\\|" in cell and "\x1b" not in cell
    assert "`" not in _code("ends ``` the fence `here`")
