"""The third held-out set: new markup in new words (:class:`voice.Voice`).

Written after every rule so far, and scored before any rule is changed for it: an
EducationalOccupationalProgram JSON-LD graph, a hydration state with amounts in cents, a
HubSpot landing page, a Wix page of label and value paragraphs, a Jekyll page rendered
from Markdown with one table of key dates, and a vertical timeline of the admission
calendar. Same contract as :mod:`benchmarks.page_styles`: ``(head, sections)`` stating
every fact and every negative.
"""

from __future__ import annotations

import json
from datetime import timedelta

from page_styles import Page, kinds
from pagegen import Kit, Program
from voice import Voice


def edu_program(p: Program, k: Kit) -> Page:
    """A JSON-LD ``@graph``: the program with its deadline, length and salary, a Course with
    its instances, a webinar Event and a FAQPage whose answers hold the guarantees."""
    v = Voice(k)
    n = v.negatives()
    offers = [{"@type": "Offer", "price": p.upfront, "priceCurrency": p.currency,
               "category": "Tuition"}]  # fmt: skip
    if p.monthly:
        offers.append({"@type": "Offer", "priceSpecification": {
            "@type": "UnitPriceSpecification", "price": p.monthly, "priceCurrency": p.currency,
            "unitCode": "MON", "unitText": "month"}})  # fmt: skip
    program = {
        "@type": "EducationalOccupationalProgram", "name": p.name,
        "timeToComplete": f"P{p.weeks}W", "startDate": p.starts[0].isoformat(),
        "applicationDeadline": (p.starts[0] - timedelta(days=12)).isoformat(),
        "salaryUponCompletion": {"@type": "MonetaryAmountDistribution", "median": 68500,
                                 "currency": p.currency, "duration": "P1Y"},
        "financialAidEligible": "Need-based grants", "offers": offers,
    }  # fmt: skip
    # A weekly load of one figure; a range ("10 to 15 hours") is stated in the text only.
    load = {"courseWorkload": f"PT{p.hours[0]}H"} if p.hours[0] == p.hours[1] else {}
    course = {"@type": "Course", "name": p.name, "hasCourseInstance": [
        {"@type": "CourseInstance", "startDate": s.isoformat(), "endDate": e.isoformat(), **load}
        for s, e in zip(p.starts, p.ends(), strict=True)]}  # fmt: skip
    event = {"@type": "Event", "name": "Admissions webinar", "startDate": "2025-01-23T18:00"}
    answers = [(f"Is there a {t.lower()}?", v.terms(g))
               for (t, _), g in zip(kinds(p), p.guarantees, strict=True)]  # fmt: skip
    if p.isa:
        answers.append(("Can I pay later?", v.isa() or ""))
    faq = {"@type": "FAQPage", "mainEntity": [
        {"@type": "Question", "name": q, "acceptedAnswer": {"@type": "Answer", "text": a}}
        for q, a in answers]}  # fmt: skip
    page = {"@type": "WebPage", "datePublished": "2024-11-12", "dateModified": "2025-01-05"}
    graph = {"@context": "https://schema.org", "@graph": [program, course, event, faq, page]}
    plan = f" or {v.money(p.monthly)} monthly" if p.monthly else ""
    return [f'<script type="application/ld+json">{json.dumps(graph)}</script>'], [
        f"<header><h1>{p.name}</h1><p>{n['tagline']}</p><a>{n['button']}</a></header>",
        f"<section><p>{v.money(p.upfront)}{plan}. {n['scholarship']}</p>"
        f"<p>{n['early']}</p></section>",
        f"<section><p>{v.duration()}.</p><p>{n['prework']} {n['orientation']}</p></section>",
        f"<section><p>{n['salary']} {n['raise']}</p><p>{n['testimonial']}</p></section>",
        f"<section><p>{n['info']} {n['open_house']}</p><p>{n['laptop']}</p></section>",
        f"<footer>{n['updated']} {n['copyright']}</footer>",
    ]  # fmt: skip


def hydration(p: Program, k: Kit) -> Page:
    """A single-page app: ``window.__INITIAL_STATE__`` in snake case with money in cents and
    lower-case currency codes, an empty mount point and a ``<noscript>``."""
    v = Voice(k)
    n = v.negatives()
    state = {"program": {
        "id": p.seed, "name": p.name, "tagline": n["tagline"],
        "pricing": {"tuition_cents": p.upfront * 100, "currency": p.currency.lower(),
                    "installment_cents": p.monthly * 100 if p.monthly else None,
                    "installment_interval": "month", "deposit_cents": 50000},
        "sessions": [{"starts_on": s.isoformat(), "ends_on": e.isoformat(),
                      "apply_by": (s - timedelta(days=12)).isoformat(), "seats_left":
                      k.noise.randint(1, 20)} for s, e in zip(p.starts, p.ends(), strict=True)],
        "length_weeks": p.weeks, "hours_per_week": {"min": p.hours[0], "max": p.hours[1]},
        "guarantees": [{"kind": kind, "summary": n["cta"], "fine_print": v.terms(g)}
                       for (_, kind), g in zip(kinds(p), p.guarantees, strict=True)],
        "income_share": {"rate_percent": p.isa[0], "term_months": p.isa[1],
                         "income_floor_cents": p.isa[2] * 100} if p.isa else None,
        "outcomes": {"median_salary_cents": 6_850_000, "hired_within_180_days": 0.81},
        "events": [{"kind": "webinar", "at": "2025-01-23T18:00:00Z"}],
    }, "session": {"csrf": k.token(), "rendered_at": k.noise.randrange(10**9, 10**10)}}  # fmt: skip
    script = f"<script>window.__INITIAL_STATE__ = {json.dumps(state)};</script>"
    return [], [
        '<div id="root"></div>',
        script,
        f"<noscript>{p.name}: please enable JavaScript. {n['copyright']}</noscript>",
    ]


def hubspot(p: Program, k: Kit) -> Page:
    """A HubSpot landing page: rich-text modules in ``hs_cos_wrapper`` spans, a price split
    into a currency span and a number span, and a CTA module."""
    v = Voice(k)
    n = v.negatives()

    def module(kind: str, inner: str) -> str:
        return (f'<div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"'
                f' data-hs-cos-type="{kind}">{inner}</div>')  # fmt: skip

    sign = v.money(1).rstrip("1")
    price = (f'<div class="price"><span class="currency">{sign}</span><span class="amount">'
             f'{p.upfront:,}</span><span class="note">tuition, paid once</span></div>')  # fmt: skip
    if p.monthly:
        price += f"<p>Or choose {v.money(p.monthly)}/mo with our installment plan.</p>"
    starts = "<br>".join(f"{v.day(s, 'ordinal')}, {s.year}" for s in p.starts)
    promises = "".join(f"<h3><span style='color:#0a2540'>{t}</span></h3><p>{v.terms(g)}</p>"
                       for (t, _), g in zip(kinds(p), p.guarantees, strict=True))  # fmt: skip
    return [], [
        module("rich_text", f"<h1>{p.name}</h1><p><span>{n['tagline']}</span></p>"),
        module("cta", f"<a class='cta_button'>{n['button']}</a>"),
        module("rich_text", f"<h2>Tuition</h2>{price}<p>{v.isa() or ''}</p>"
               f"<p>{n['scholarship']} {n['laptop']}</p>"),
        module("rich_text", f"<h2>Start dates</h2><p>{starts}</p><p>{n['deadline']}</p>"),
        module("rich_text", f"<h2>Time commitment</h2><p>{v.duration()}</p>"),
        module("rich_text", promises),
        module("rich_text", f"<p>{n['salary']} {n['living']}</p><p>{n['testimonial']}</p>"
               f"<p>{n['info']} {n['demo_day']}</p>"),
        f"<footer>{n['referral']} {n['copyright']}</footer>",
    ]  # fmt: skip


def wix(p: Program, k: Kit) -> Page:
    """A Wix page: every label and every value is its own rich-text paragraph, cohorts as
    season headings over a date range."""
    v = Voice(k)
    n = v.negatives()

    def text(inner: str, font: int = 8) -> str:
        return (f'<div data-testid="richTextElement" class="wixui-rich-text"><p class="font_'
                f'{font} wixui-rich-text__text"><span class="wixui-rich-text__text">{inner}'
                "</span></p></div>")  # fmt: skip

    seasons = ["WINTER", "SPRING", "SUMMER", "FALL"]
    cohorts = "".join(
        text(f"{seasons[(s.month % 12) // 3]} {s.year}", 5)
        + text(f"{v.day(s, 'short')} – {v.day(e, 'short')}, {e.year}")
        for s, e in zip(p.starts, p.ends(), strict=True))  # fmt: skip
    money = text("Tuition", 5) + text(v.money(p.upfront, 3))
    if p.monthly:
        money += text("Payment plan", 5) + text(f"{v.money(p.monthly)} per month")
    promises = "".join(text(t, 5) + text(v.terms(g))
                       for (t, _), g in zip(kinds(p), p.guarantees, strict=True))  # fmt: skip
    return [], [
        text(p.name, 2) + text(n["tagline"], 6),
        f"<section>{money}{text(v.isa() or '')}{text(n['scholarship'])}</section>",
        f"<section>{text('Upcoming cohorts', 4)}{cohorts}{text(n['deadline'])}</section>",
        f"<section>{text('Schedule', 5)}{text(v.duration())}{text(n['last_day'])}</section>",
        f"<section>{promises}</section>",
        f"<section>{text(n['salary'])}{text(n['raise'])}{text(n['testimonial'])}</section>",
        f"<section>{text(n['open_house'])}{text(n['referral'])}{text(n['button'], 9)}</section>",
        f"<footer>{text(n['copyright'], 9)}</footer>",
    ]  # fmt: skip


def markdown(p: Program, k: Kit) -> Page:
    """A Jekyll page rendered from Markdown: bold labels in paragraphs and one "key dates"
    table in which starts, deadlines and graduations share a column."""
    v = Voice(k)
    n = v.negatives()
    rows = []
    for s, e in zip(p.starts, p.ends(), strict=True):
        rows += [("Applications due", v.day(s - timedelta(days=12))),
                 ("Classes start", v.day(s)),
                 ("Graduation", v.day(e + timedelta(days=2)))]  # fmt: skip
    table = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
    plan = f" (or {v.money(p.monthly, 1)} a month)" if p.monthly else ""
    promises = "".join(f"<li><strong>{t}:</strong> {v.terms(g)}</li>"
                       for (t, _), g in zip(kinds(p), p.guarantees, strict=True))  # fmt: skip
    return [], [
        f'<h1 id="program">{p.name}</h1><p><em>{n["tagline"]}</em></p>',
        f'<h2 id="cost">Cost</h2><p><strong>Tuition:</strong> {v.money(p.upfront, 1)}{plan}</p>'
        f"<p>{v.isa() or ''}</p><blockquote><p>{n['scholarship']}</p></blockquote>",
        '<h2 id="dates">Key dates</h2><table><thead><tr><th>What</th><th>When</th></tr>'
        f"</thead><tbody>{table}</tbody></table>",
        f'<h2 id="format">Format</h2><p>{v.duration()}.</p><p>{n["prework"]}</p>',
        f'<h2 id="promise">Guarantees</h2><ul>{promises}</ul>' if promises else "",
        f'<h2 id="outcomes">Outcomes</h2><p>{n["salary"]} {n["raise"]}</p>'
        f"<p>{n['living']} {n['referral']}</p>",
        f"<p class='post-meta'>{n['post']}</p><footer>{n['copyright']}</footer>",
    ]  # fmt: skip


def timeline(p: Program, k: Kit) -> Page:
    """The admission calendar as a vertical timeline: each step a date above its label,
    cohort starts among deadlines, tours and ceremonies."""
    v = Voice(k)
    n = v.negatives()
    first = p.starts[0]
    steps = [(first - timedelta(days=30), "Scholarship applications close"),
             (first - timedelta(days=12), "Final application deadline"),
             (first - timedelta(days=7), "Onboarding week")]  # fmt: skip
    steps += [(s, f"Cohort {i + 1} begins") for i, s in enumerate(p.starts)]
    steps += [(p.ends()[0] + timedelta(days=2), "Graduation & hiring fair")]
    items = "".join(
        f"<li class='timeline-item'><span class='timeline-date'>{v.day(d, 'short')}, {d.year}"
        f"</span><span class='timeline-label'>{label}</span></li>"
        for d, label in sorted(steps))  # fmt: skip
    plan = f"<li>Monthly: {v.money(p.monthly, 2)}</li>" if p.monthly else ""
    promises = "".join(f"<div class='callout'><h4>{t}</h4><p>{v.terms(g)}</p></div>"
                       for (t, _), g in zip(kinds(p), p.guarantees, strict=True))  # fmt: skip
    return [], [
        f"<h1>{p.name}</h1><p class='kicker'>{n['tagline']}</p>",
        f"<h2>Admissions calendar</h2><ol class='timeline'>{items}</ol>",
        f"<h2>Investment</h2><ul><li>Upfront: {v.money(p.upfront, 2)}</li>{plan}</ul>"
        f"<p>{v.isa() or ''}</p><p>{n['scholarship']} {n['laptop']}</p>",
        f"<h2>Commitment</h2><p>{v.duration()}.</p>",
        promises,
        f"<p>{n['salary']} {n['living']} {n['referral']}</p><p>{n['testimonial']}</p>"
        f"<p>{n['info']} {n['open_house']}</p><a>{n['button']}</a>",
        f"<footer>{n['updated']} {n['copyright']}</footer>",
    ]  # fmt: skip


FRESH = {f.__name__: f for f in (edu_program, hydration, hubspot, wix, markdown, timeline)}
