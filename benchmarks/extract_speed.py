"""How long extract_facts takes on real-size pages, against the floor any HTML extraction pays.

bootwatch's crawl must take at most 1.3x the wall time of a bare Scrapy spider that only
downloads the same pages, so extraction has to stay well under ~2 ms on a typical page and
grow no worse than the page. This script builds program pages of 30, 50, 100 and 150 KB
(mega-menu nav, inline styles and scripts, long prose, testimonials, FAQ, pricing and cohort
tables, a big footer; a third with JSON-LD, a third with ``__NEXT_DATA__``) from a seed, so
every run sees the same pages, and times ``extract_facts`` on them in a warm process.

The baseline is ``lxml.html.fromstring(page).text_content()`` on the same pages: parsing and
reading the text once is what any extractor pays, so the ratio says what extraction adds.

Each round uses fresh pages, so per-text caches do not flatter the figure; the median round
is reported. Run: ``.venv/bin/python benchmarks/extract_speed.py [--pages 12 --rounds 5]``.
"""

from __future__ import annotations

import argparse
import datetime
import json
import random
import statistics
import time
from collections.abc import Callable

import lxml.html
from synthetic import page_chrome  # benchmarks/ is on sys.path when run as a script

from tracker.extract.layers import extract_facts

SIZES_KB = (30, 50, 100, 150)
TODAY = datetime.date(2022, 11, 7)
PROSE = [  # mostly plain copy; about one sentence in three states a number a field could read
    "Our instructors have shipped production software at companies large and small.",
    "You will build real projects and present them to hiring partners at demo day.",
    "Mentors meet you on a video call and answer messages in between.",
    "The curriculum covers Python, SQL, REST APIs, Docker and cloud deployment.",
    "Each unit ends with a code review from a working engineer.",
    "Lessons are recorded, so you can catch up whenever your schedule allows.",
    "Our community channel is where students pair on problems late at night.",
    "Admissions looks for curiosity and persistence more than a degree.",
    "You learn to read other people's code, write tests and ship features in a team.",
    "Career services help with your resume, portfolio, LinkedIn profile and interviews.",
    "Alumni describe the experience as demanding, supportive and worth it.",
    "We partner with employers who hire our graduates for junior roles.",
    "Everything runs in the browser, so any laptop from the last few years will do.",
    "Team projects mirror how engineering teams plan, review and release software.",
    "Most students study {n} hours per week alongside a full-time job.",
    "The program runs {n} weeks part-time, or {m} weeks if you study full-time.",
    "Graduates report an average salary of ${k},000 in their first engineering role.",
    "Tuition can be paid upfront or spread over {n} monthly payments.",
    "Classes start on {date}, and applications close two weeks before.",
    "Posted on {date} by the admissions team.",
    "Career coaching continues for {n} months after you graduate.",
    "Scholarships of up to ${k},000 are available for women and veterans.",
    "If you do not land a job within {n} months, we refund your tuition.",
    "Seats are limited: only {n} spots left in the next cohort.",
]
MONTHS = "January February March April May June July August September October November".split()


def _date(rng: random.Random) -> str:
    return f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.choice((2022, 2023))}"


def _sentence(rng: random.Random) -> str:
    return rng.choice(PROSE).format(
        n=rng.randint(2, 24), m=rng.randint(12, 30), k=rng.randint(40, 120), date=_date(rng)
    )


def _paragraph(rng: random.Random) -> str:
    return "<p>" + " ".join(_sentence(rng) for _ in range(rng.randint(2, 6))) + "</p>"


def _content(rng: random.Random) -> str:
    """The sections every program page has: hero, tuition, cohorts, guarantee, stories, FAQ."""
    weeks = rng.choice((12, 16, 24, 36))
    price = rng.randint(8, 19) * 1000 - 5
    rows = "".join(
        f"<tr><td>{_date(rng)}</td><td>{_date(rng)}</td><td>{rng.choice(('Online', 'Remote'))}"
        "</td></tr>"
        for _ in range(4)
    )
    stories = "".join(
        f'<div class="story"><p>"{_sentence(rng)} {_sentence(rng)}" <strong>Student {i}</strong>'
        "</p></div>"
        for i in range(6)
    )
    faq = "".join(
        f"<details><summary>Question {i}: how does it work?</summary>{_paragraph(rng)}</details>"
        for i in range(8)
    )
    return (
        f'<section class="hero"><h1>Software Engineering Bootcamp</h1><p>Become a developer in'
        f" {weeks} weeks, about {rng.randint(15, 25)} hours per week.</p></section>"
        f'<section id="tuition"><h2>Tuition</h2><table><thead><tr><th>Plan</th><th>Price</th>'
        f"</tr></thead><tr><th>Upfront</th><td>${price:,}</td></tr><tr><th>Monthly</th>"
        f"<td>${price // 12:,}/month for 12 months</td></tr></table>{_paragraph(rng)}</section>"
        f"<section><h2>Upcoming cohorts</h2><table><thead><tr><th>Start</th><th>End</th>"
        f"<th>Format</th></tr></thead>{rows}</table></section>"
        f"<section><h2>Job guarantee</h2><p>Get hired within {rng.randint(6, 12)} months of "
        f"graduating or your money back.</p></section>"
        f"<section><h2>Student stories</h2>{stories}</section><section><h2>FAQ</h2>{faq}</section>"
    )


def _structured(rng: random.Random, kind: str) -> str:
    if kind == "json-ld":
        course = {"@context": "https://schema.org", "@type": "Course", "name": "Bootcamp",
                  "timeRequired": f"P{rng.randint(12, 36)}W",
                  "offers": {"@type": "Offer", "price": rng.randint(5, 20) * 1000,
                             "priceCurrency": "USD"}}  # fmt: skip
        return f'<script type="application/ld+json">{json.dumps(course)}</script>'
    if kind == "next-data":
        props = {"program": {"tuition": {"amount": rng.randint(5, 20) * 1000, "currency": "USD"},
                             "cohorts": [_date(rng) for _ in range(3)], "durationWeeks": 24},
                 "posts": [{"title": _sentence(rng), "date": _date(rng)} for _ in range(30)],
                 "testimonials": [{"quote": _sentence(rng)} for _ in range(20)]}  # fmt: skip
        blob = json.dumps({"props": {"pageProps": props}, "page": "/program"})
        return f'<script id="__NEXT_DATA__" type="application/json">{blob}</script>'
    return ""


def make_page(size_kb: int, seed: int, kind: str) -> str:
    """A program page of about ``size_kb`` KB: 40% nav, footer and head noise, the rest text."""
    rng = random.Random(seed)
    target = size_kb * 1024
    head, nav, footer = page_chrome(rng, int(target * 0.4))  # the crawl benchmark's chrome
    body = [_content(rng)]
    used = len(head) + len(nav) + len(footer) + len(body[0])
    while used < target:
        section = "<section><h2>Why learn with us</h2>" + _paragraph(rng) + "</section>"
        body.append(section)
        used += len(section)
    return (
        f'<!DOCTYPE html><html lang="en-US"><head><title>Bootcamp</title>{head}'
        f"{_structured(rng, kind)}</head><body>{nav}<main>{''.join(body)}</main>{footer}"
        '<div class="cookie-banner">This site uses cookies.</div></body></html>'
    )


def pages(size_kb: int, count: int, round_: int) -> list[str]:
    kinds = ("text", "json-ld", "next-data")
    return [make_page(size_kb, size_kb * 10_000 + round_ * 100 + i, kinds[i % 3])
            for i in range(count)]  # fmt: skip


def ms_per_page(fn: Callable[[str], object], batch: list[str]) -> float:
    start = time.perf_counter()
    for page in batch:
        fn(page)
    return (time.perf_counter() - start) * 1000 / len(batch)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=12, help="pages per size and round")
    parser.add_argument("--rounds", type=int, default=5, help="rounds; the median is reported")
    args = parser.parse_args()

    def extract(page: str) -> object:
        return extract_facts("https://example.com/program", page, today=TODAY)

    def baseline(page: str) -> object:
        return lxml.html.fromstring(page).text_content()

    for page in pages(30, 3, -1):  # warm up: imports, compiled regexes, dateparser's tables
        extract(page)
    print(f"{'size':>6} {'extract ms':>11} {'lxml ms':>8} {'ratio':>6}")
    for size in SIZES_KB:
        runs = [pages(size, args.pages, r) for r in range(args.rounds)]
        ours = statistics.median(ms_per_page(extract, batch) for batch in runs)
        floor = statistics.median(ms_per_page(baseline, batch) for batch in runs)
        print(f"{size:>4}KB {ours:>11.2f} {floor:>8.2f} {ours / floor:>6.1f}")


if __name__ == "__main__":
    main()
