"""Finding an article's claims (table cells, prose) with line numbers, and naming programs."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.audit.claim_values import claimed_facts, hint_for
from tracker.audit.claims import match_program, parse_article

PROGRAMS = [
    {"slug": "bootdev", "provider": "Boot.dev", "name": "Back-end Developer Career Path"},
    {"slug": "clarusway", "provider": "Clarusway", "name": "Back-End Developer Course"},
    {"slug": "nucamp", "provider": "Nucamp", "name": "Back End, SQL and DevOps with Python"},
    {"slug": "nucamp-fs", "provider": "Nucamp", "name": "Full Stack Web and Mobile Development"},
    {
        "slug": "nashua-cc",
        "provider": "Nashua Community College",
        "name": "Back End Coding Boot Camp",
    },
    {"slug": "technigo", "provider": "Technigo", "name": "Backend Upskill Bootcamp"},
    {"slug": "springboard", "provider": "Springboard", "name": "Software Engineering Bootcamp"},
]
TODAY = date(2022, 10, 18)


@pytest.mark.parametrize(
    "name, slug",
    [
        ("Boot.dev's Online Backend Bootcamp", "bootdev"),
        ("1. Boot.dev's Online Backend Bootcamp", "bootdev"),
        ("Nashua Community College: Back End Coding Bootcamp", "nashua-cc"),
        ("Nucamp: Back End, SQL and DevOps with Python", "nucamp"),
        ("Nucamp Full Stack Web + Mobile", "nucamp-fs"),
        ("Back End, SQL and DevOps with Python", "nucamp"),
        ("[Technigo](https://www.technigo.io)", "technigo"),
        ("**Springboard**", "springboard"),
        ("Launch School's Core Curriculum", None),
        ("How we picked", None),
        ("The comparison at a glance", None),
    ],
    ids=lambda v: str(v)[:40],
)
def test_match_program(name, slug):
    assert match_program(name, PROGRAMS) == slug


@pytest.mark.parametrize(
    "text, hint, expected",
    [
        ("$1,925 total", None, [("prices", "1925.00", "one_time")]),
        ("$24-$34/month", None, [("prices", "24.00-34.00", "month")]),
        ("$490 per credit", None, [("prices", "490.00", "credit")]),
        ("five payments of $385", None, [("prices", "385.00", "installment")]),
        ("$f439", None, [("prices", None, "unparseable")]),
        ("costs about $1,9f25 in total", None, [("prices", None, "unparseable")]),
        ("Flexible", "prices", [("prices", None, "unparseable")]),
        ("N/A", "prices", []),
        ("Graduates earn a salary of $85,000.", None, [("other", None, "stat")]),
        ("Starts Nov 14th, 2022", None, [("start_dates", "2022-11-14", None)]),
        ("Nov 14th", "start_dates", [("start_dates", "2022-11-14", None)]),
        ("Jan 31st", "start_dates", [("start_dates", "2023-01-31", None)]),
        ("~12 months", "duration", [("duration", 12, "months")]),
        ("nine months", None, [("duration", 9, "months")]),
        ("16 weeks", None, [("duration", 16, "weeks")]),
        ("They also guarantee a job offer", None, [("guarantees", "job_guarantee", None)]),
        ("No guarantee", None, [("guarantees", None, None)]),
        ("Self-paced", None, [("self_paced", True, None)]),
        ("Python, Go, SQL", None, []),
        ("Last updated: October 18, 2022", None, []),
    ],
    ids=lambda v: str(v)[:30] if isinstance(v, str) else None,
)
def test_claimed_facts(text, hint, expected):
    def summary(read):
        v = read.value
        if read.kind != "fact":
            return (read.field, None, read.kind)
        if read.field == "prices":
            amount = v["amount"] + ("-" + v["amount_max"] if v["amount_max"] else "")
            return ("prices", amount, v["period"])
        if read.field == "start_dates":
            return ("start_dates", v["start"], v.get("end"))
        if read.field == "duration":
            unit = "weeks" if v["weeks"] else "months"
            return ("duration", v[unit], unit)
        if read.field == "guarantees":
            return ("guarantees", v["kind"], None)
        return (read.field, v["value"], None)

    facts = claimed_facts(text, hint=hint, today=TODAY, cell=True)
    assert [summary(r) for r in facts] == expected


@pytest.mark.parametrize(
    "heading, field",
    [("Price", "prices"), ("Tuition", "prices"), ("Duration", "duration"),
     ("Next start date", "start_dates"), ("Bonus info", None), ("Content", None)],
)  # fmt: skip
def test_hint_for(heading, field):
    assert hint_for(heading) == field


ARTICLE = """\
---
title: "Best backend bootcamps"
date: 2022-10-18
---

Intro with no facts. Last updated: October 18, 2022.

| Bootcamp | Style | Price | Duration | Bonus info |
|---|---|---|---|---|
| [Nucamp](https://nucamp.co) | Live | $1,925 | 16 weeks | Next batch Nov 14th |
| Launch School | Self-paced | $199/month | | |

## Nucamp: Back End, SQL and DevOps with Python

### Price

Nucamp costs $1,925 total,
or five payments of $385. It is cheap.

- Starts Nov 14th, 2022 - Feb 25th, 2023.

```
$999 in a code block is not a claim
```

## Codesmith

### Price

Codesmith costs $f439 a week.

## How we picked

We read the pages.
"""


def test_parse_article_finds_table_and_prose_claims_with_lines():
    article = parse_article(ARTICLE, PROGRAMS, today=date(2024, 1, 1))
    assert article.title == "Best backend bootcamps"
    assert article.written == date(2022, 10, 18)
    found = [(c.line, c.program, c.where, c.fact.field, c.fact.quote) for c in article.claims]
    assert found == [
        (10, "nucamp", "table", "prices", "$1,925"),
        (10, "nucamp", "table", "duration", "16 weeks"),
        (10, "nucamp", "table", "start_dates", "Nov 14th"),
        (11, None, "table", "self_paced", "Self-paced"),
        (11, None, "table", "prices", "$199/month"),
        (17, "nucamp", "prose", "prices", "$1,925"),
        (18, "nucamp", "prose", "prices", "five payments of $385"),
        (20, "nucamp", "prose", "start_dates", "Nov 14th, 2022 - Feb 25th, 2023"),
        (30, None, "prose", "prices", "$f439"),
    ]
    # A yearless date takes its next occurrence after the article's date, not the audit's.
    assert article.claims[2].fact.value["start"] == "2022-11-14"
    assert article.unmatched == [(11, "Launch School"), (26, "Codesmith")]


def test_article_without_front_matter_or_programs():
    article = parse_article("## Nucamp\n\nIt costs $1,925.\n", [], today=TODAY)
    assert article.title is None and article.written is None
    assert [(c.line, c.program) for c in article.claims] == [(3, None)]
    assert article.unmatched == [(1, "Nucamp")]
