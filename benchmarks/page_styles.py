"""The benchmark's development page styles: how bootcamp sites write one program.

Each style takes a :class:`~benchmarks.pagegen.Program` and a :class:`~benchmarks.pagegen.Kit`
and returns ``(head, sections)``: HTML for ``<head>`` and the body's sections, which a
"reorder" re-crawl shuffles. Every style states every fact of the program and places every
negative of :meth:`Kit.negatives` in its own markup. The held-out styles are in
:mod:`benchmarks.heldout_styles`, scored apart.

It is one module of about 340 lines because it is a catalogue: each style is one short
function, and the set is read (and extended) in one place.
"""

from __future__ import annotations

import json
from datetime import timedelta

from pagegen import Kit, Program

Page = tuple[list[str], list[str]]


def _jsonld(data: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def _plan(p: Program, k: Kit, form: int = 0) -> str:
    return f"{k.money(p.monthly, form)}/month" if p.monthly else ""


def kinds(p: Program) -> list[tuple[str, str]]:
    titles = {"job_guarantee": "Job guarantee", "money_back": "Money-back guarantee",
              "tuition_refund": "Tuition refund"}  # fmt: skip
    return [(titles[g.kind], g.kind) for g in p.guarantees]


def next_data(p: Program, k: Kit) -> Page:
    """A client-rendered Next.js page: the facts live only in ``__NEXT_DATA__``."""
    n = k.negatives()
    program = {
        "slug": f"{p.camp.lower()}-{p.seed}",
        "title": p.name,
        "tagline": n["tagline"],
        "tuition": {"amount": p.upfront, "currency": p.currency,
                    "monthly": p.monthly, "scholarshipMax": 3000},  # fmt: skip
        "cohorts": [{"startDate": s.isoformat(), "endDate": e.isoformat(),
                     "applicationDeadline": (s - timedelta(days=10)).isoformat()}
                    for s, e in zip(p.starts, p.ends(), strict=True)],  # fmt: skip
        "schedule": {"durationWeeks": p.weeks, "hoursPerWeek": f"{p.hours[0]}-{p.hours[1]}"
                     if p.hours[0] != p.hours[1] else p.hours[0]},  # fmt: skip
        "guarantees": [{"type": kind, "headline": n["tagline"], "terms": k.terms(g)}
                       for (_, kind), g in zip(kinds(p), p.guarantees, strict=True)],
        "outcomes": {"averageSalary": 72000, "salaryIncrease": 23000},
    }  # fmt: skip
    if p.isa:
        program["isa"] = {"percent": p.isa[0], "months": p.isa[1], "minimumIncome": p.isa[2]}
    data = {
        "props": {"pageProps": {"program": program,
                                "events": [{"title": "Info session", "date": "2025-01-21"}],
                                "posts": [{"title": "Why we teach SQL first",
                                           "publishedAt": "2024-11-12T09:00:00Z"}]}},
        "page": "/programs/[slug]", "buildId": k.token(), "isFallback": False,
    }  # fmt: skip
    script = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>'
    shell = (f'<div id="__next"><header><a href="/">{p.camp}</a><span>{n["tagline"]}</span>'
             f'<a class="btn">{n["button"]}</a></header><main><h1>{p.name}</h1>'
             f"<p>{n['salary']}</p><p>{k.seats()}</p></main></div>")  # fmt: skip
    return [], [shell, script, f"<footer>{n['copyright']}</footer>"]


def json_ld(p: Program, k: Kit) -> Page:
    """schema.org Course with CourseInstances and an Offer; an info-session Event and a
    BlogPosting beside it; duration and guarantees only in visible text."""
    n = k.negatives()
    course = {
        "@context": "https://schema.org", "@type": "Course", "name": p.name,
        "provider": {"@type": "Organization", "name": p.camp},
        "offers": [{"@type": "Offer", "price": str(p.upfront), "priceCurrency": p.currency,
                    "category": "Paid"}],
        "hasCourseInstance": [{"@type": "CourseInstance", "courseMode": "online",
                               "startDate": s.isoformat(), "endDate": e.isoformat()}
                              for s, e in zip(p.starts, p.ends(), strict=True)],
    }  # fmt: skip
    event = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": f"Info session: {p.track}",
        "startDate": "2025-01-21T18:00:00-05:00",
    }
    post = {"@context": "https://schema.org", "@type": "BlogPosting",
            "headline": "Why we teach SQL first", "datePublished": "2024-11-12",
            "dateModified": "2025-01-05"}  # fmt: skip
    head = [_jsonld(course), _jsonld(event), _jsonld(post)]
    plan = f"<p>Prefer to spread it out? Pay {_plan(p, k)}.</p>" if p.monthly else ""
    asides = "".join(f"<aside class='promise'><h4>{t}</h4><p>{k.terms(g)}</p></aside>"
                     for (t, _), g in zip(kinds(p), p.guarantees, strict=True))  # fmt: skip
    isa = f"<p>{k.isa()}</p>" if p.isa else ""
    return head, [
        f"<section><h1>{p.name}</h1><p class='tag'>{n['tagline']}</p>"
        f"<a class='button'>{n['button']}</a></section>",
        f"<section><h2>Tuition</h2><p>{k.money(p.upfront)} total tuition.</p>{plan}{isa}"
        f"<p>{n['scholarship']}</p></section>",
        f"<section><h2>Schedule</h2><p>{k.duration()}.</p><p>{n['orientation']}</p></section>",
        f"<section>{asides}</section>",
        f"<section><h2>Outcomes</h2><p>{n['salary']} {n['raise']}</p>"
        f"<blockquote>{n['testimonial']}</blockquote></section>",
        f"<section><h2>Events</h2><p>{n['info']}</p><p>{n['open_house']}</p></section>",
        f"<footer><p>{n['updated']}</p><p>{n['copyright']}</p></footer>",
    ]  # fmt: skip


def elementor(p: Program, k: Kit) -> Page:
    """A WordPress/Elementor export: widget soup, a split-up price table, icon lists."""
    n = k.negatives()

    def widget(kind: str, inner: str) -> str:
        return (f'<div class="elementor-element elementor-widget elementor-widget-{kind}">'
                f'<div class="elementor-widget-container">{inner}</div></div>')  # fmt: skip

    def heading(text: str) -> str:
        return widget("heading", f'<h2 class="elementor-heading-title">{text}</h2>')

    sign = k.money(1).rstrip("1")
    price = widget("price-table", (
        '<div class="elementor-price-table"><div class="elementor-price-table__header">'
        '<h3 class="elementor-price-table__heading">Full-Time Tuition</h3></div>'
        '<div class="elementor-price-table__price">'
        f'<span class="elementor-price-table__currency">{sign}</span>'
        f'<span class="elementor-price-table__integer-part">{p.upfront:,}</span></div>'
        f'<a class="elementor-price-table__button">{n["button"]}</a></div>'))  # fmt: skip
    if p.monthly:
        price += widget("text-editor", f"<p>Or pay in installments: {_plan(p, k)}.</p>")
    items = "".join(
        f'<li class="elementor-icon-list-item"><span class="elementor-icon-list-text">'
        f"Cohort {i + 1}: {k.day(s)} – {k.day(e)}</span></li>"
        for i, (s, e) in enumerate(zip(p.starts, p.ends(), strict=True)))  # fmt: skip
    toggles = "".join(
        f'<div class="elementor-toggle-item"><div class="elementor-tab-title">{t}</div>'
        f'<div class="elementor-tab-content"><p>{k.terms(g)}</p></div></div>'
        for (t, _), g in zip(kinds(p), p.guarantees, strict=True))  # fmt: skip
    isa = widget("text-editor", f"<p>{k.isa()}</p>") if p.isa else ""
    return [], [
        heading(p.name) + widget("text-editor", f"<p>{n['tagline']}</p>"),
        heading("Tuition") + price + isa + widget("text-editor", f"<p>{n['scholarship']}</p>"
                                                  f"<p>{n['early']}</p>"),
        heading("Dates") + widget("icon-list", f'<ul class="elementor-icon-list-items">{items}'
                                  "</ul>") + widget("text-editor", f"<p>{n['deadline']}</p>"),
        heading("Format") + widget("text-editor", f"<p>{k.duration()}</p>"),
        heading("Our promise") + widget("toggle", f'<div class="elementor-toggle">{toggles}'
                                        "</div>"),
        widget("testimonial", f"<div class='elementor-testimonial-content'>"
               f"{n['testimonial']}</div>") + widget("text-editor", f"<p>{n['raise']}</p>"),
        widget("text-editor", f"<p>{n['referral']}</p><p>{n['living']}</p><p>{k.seats()}</p>"),
        f"<footer class='site-footer'>{n['copyright']} · {n['updated']}</footer>",
    ]  # fmt: skip


def webflow(p: Program, k: Kit) -> Page:
    """A Webflow page: numbered utility classes, cohort cards as label/value div pairs."""
    n = k.negatives()
    cards = "".join(
        f'<div class="cohort-card w-inline-block"><div class="text-block-12">Starts</div>'
        f'<div class="text-block-13">{k.day(s, "short")}, {s.year}</div>'
        f'<div class="text-block-12">Ends</div><div class="text-block-14">'
        f"{k.day(e, 'short')}, {e.year}</div></div>"
        for s, e in zip(p.starts, p.ends(), strict=True))  # fmt: skip
    plan = f'<div class="price-sub">or {k.money(p.monthly)}/mo</div>' if p.monthly else ""
    tabs = "".join(f'<div class="w-tab-pane"><h5 class="heading-7">{t}</h5>'
                   f'<div class="paragraph-3">{k.terms(g)}</div></div>'
                   for (t, _), g in zip(kinds(p), p.guarantees, strict=True))  # fmt: skip
    isa = f'<div class="paragraph-4">{k.isa()}</div>' if p.isa else ""
    return [], [
        f'<div class="hero w-container"><h1 class="heading-2">{p.name}</h1>'
        f'<div class="badge">{n["tagline"]}</div><a class="button w-button">{n["button"]}</a>'
        f'<a class="button-2 w-button">{n["cta"]}</a></div>',
        f'<div class="section-price"><div class="price-tag">{k.money(p.upfront)}</div>{plan}'
        f'{isa}<div class="small-print">{n["scholarship"]} {n["referral"]}</div></div>',
        f'<div class="w-layout-grid grid-3">{cards}</div>'
        f'<div class="note">{n["deadline"]} {n["orientation"]}</div>',
        f'<div class="facts"><div class="fact-label">Commitment</div>'
        f'<div class="fact-value">{k.duration()}</div></div>',
        f'<div class="w-tabs"><div class="w-tab-content">{tabs}</div></div>',
        f'<div class="stats"><div class="stat">{n["salary"]}</div><div class="stat">'
        f'{n["living"]}</div></div><div class="quote">{n["testimonial"]}</div>',
        f'<div class="blog-teaser"><div class="date">{n["post"]}</div></div>'
        f'<div class="event">{n["open_house"]}</div>',
        f'<div class="footer">{n["copyright"]}</div>',
    ]  # fmt: skip


def calendar_table(p: Program, k: Kit) -> Page:
    """Cohorts as a calendar table (start, end, deadline columns); tuition in a table."""
    n = k.negatives()
    rows = "".join(
        f"<tr><td>{s:%B} {s.year}</td><td>{k.day(s)}</td><td>{k.day(e)}</td>"
        f"<td>{k.day(s - timedelta(days=14))}</td><td>Online</td></tr>"
        for s, e in zip(p.starts, p.ends(), strict=True))  # fmt: skip
    money = [("Pay upfront", k.money(p.upfront))]
    if p.monthly:
        money.append(("Monthly plan", _plan(p, k)))
    money += [("Scholarships", f"up to {k.money(3000)}"),
              ("Estimated living costs", f"{k.money(1200)}/month")]  # fmt: skip
    if p.isa:
        money.append(("Income Share Agreement", k.isa() or ""))
    money += [(t, k.terms(g)) for (t, _), g in zip(kinds(p), p.guarantees, strict=True)]
    tuition = "".join(f"<tr><th>{a}</th><td>{b}</td></tr>" for a, b in money)
    return [], [
        f"<h1>{p.name}</h1><p><em>{n['tagline']}</em></p>",
        "<h2>Cohort calendar</h2><table class='calendar'><thead><tr><th>Cohort</th>"
        "<th>Start date</th><th>End date</th><th>Apply by</th><th>Format</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>",
        f"<h2>Tuition &amp; guarantees</h2><table class='tuition'>{tuition}</table>",
        f"<h2>Time commitment</h2><table><tr><th>Length</th><td>{p.weeks} weeks</td></tr>"
        f"<tr><th>Weekly hours</th><td>{k.duration().split(', ', 1)[1]}</td></tr></table>",
        f"<h2>Outcomes</h2><table><tr><th>Average salary</th><td>{k.money(72000)}</td></tr>"
        f"<tr><th>Salary increase</th><td>{k.money(23000)}</td></tr></table>",
        f"<ul class='events'><li>{n['info']}</li><li>{n['demo_day']}</li></ul>"
        f"<p>{n['testimonial']}</p><button>{n['button']}</button>",
        f"<footer>{n['updated']} {n['copyright']}</footer>",
    ]  # fmt: skip


def cohort_lists(p: Program, k: Kit) -> Page:
    """Cohorts as an ``<ol>``, key dates that are not starts as a ``<ul>`` next to it."""
    n = k.negatives()
    starts = "".join(f"<li>{k.day(s, 'dmy')} – {k.day(e, 'dmy')}</li>"
                     for s, e in zip(p.starts, p.ends(), strict=True))  # fmt: skip
    pay = [f"<li>Tuition: {k.money(p.upfront, 1)}</li>"]
    if p.monthly:
        pay.append(f"<li>Payment plan: {_plan(p, k, 1)}</li>")
    if p.isa:
        pay.append(f"<li>{k.isa()}</li>")
    pay.append(f"<li>{n['scholarship']}</li>")
    promises = "".join(f"<li><strong>{t}.</strong> {k.terms(g)}</li>"
                       for (t, _), g in zip(kinds(p), p.guarantees, strict=True))  # fmt: skip
    return [], [
        f"<header><h1>{p.name}</h1><nav><a>{n['button']}</a></nav></header>",
        f"<h3>Upcoming cohorts</h3><ol class='cohorts'>{starts}</ol>",
        f"<h3>Key dates</h3><ul><li>{n['deadline']}</li><li>{n['early']}</li>"
        f"<li>{n['info']}</li><li>{n['orientation']}</li><li>{n['demo_day']}</li></ul>",
        f"<h3>What you pay</h3><ul>{''.join(pay)}</ul>",
        f"<h3>How long</h3><ul><li>{k.duration()}</li></ul>",
        f"<h3>Guarantees</h3><ul>{promises}</ul>" if promises else "",
        f"<h3>Why us</h3><ul><li>{n['tagline']}</li><li>{n['salary']}</li><li>{n['raise']}"
        f"</li><li>{n['referral']}</li></ul><p>{k.seats()}</p>",
        f"<footer><small>{n['post']}</small> <small>{n['copyright']}</small></footer>",
    ]  # fmt: skip


def faq(p: Program, k: Kit) -> Page:
    """Facts answered in a FAQ of ``<details>``: the question says what the list is."""
    n = k.negatives()

    def qa(q: str, a: str) -> str:
        return f"<details class='faq'><summary>{q}</summary><div class='answer'>{a}</div>" \
               "</details>"  # fmt: skip

    dates = "".join(f"<li>{k.day(s, 'noyear')}</li>" for s in p.starts)
    cost = f"Tuition is {k.money(p.upfront)} if you pay upfront"
    cost += f", or {k.money(p.monthly)} per month on our payment plan." if p.monthly else "."
    promise = " ".join(k.terms(g) for g in p.guarantees)
    return [], [
        f"<h1>{p.name}</h1><p>{n['tagline']}</p><a class='cta'>{n['cta']}</a>",
        "<h2>Frequently asked questions</h2>"
        + qa("When does the next cohort start?", f"<p>Upcoming start dates:</p><ul>{dates}</ul>")
        + qa("When is the application deadline?", f"<p>{n['deadline']} {n['early']}</p>")
        + qa("How much does it cost?", f"<p>{cost}</p><p>{n['scholarship']}</p>")
        + (qa("Do you offer an Income Share Agreement?", f"<p>{k.isa()}</p>") if p.isa else "")
        + qa("How long is the program?", f"<p>The program runs {k.duration()}.</p>")
        + (qa("Is there a guarantee?", f"<p>Yes. {promise}</p>") if promise else "")
        + qa("What do graduates earn?", f"<p>{n['salary']} {n['raise']}</p>")
        + qa("Can I visit?", f"<p>{n['open_house']} {n['info']}</p>")
        + qa("What does it cost to live there?", f"<p>{n['living']}</p>"),
        f"<section class='reviews'><p>{n['testimonial']}</p></section>",
        f"<footer>{n['referral']} {n['copyright']} <a>{n['button']}</a></footer>",
    ]  # fmt: skip


def pricing_cards(p: Program, k: Kit) -> Page:
    """Payment options as cards with big numbers; the next starts as stat cards."""
    n = k.negatives()

    def card(title: str, big: str, small: str) -> str:
        return (f"<div class='card'><h3>{title}</h3><p class='price'>{big}</p>"
                f"<p class='fine'>{small}</p><button>Enroll now</button></div>")  # fmt: skip

    cards = [card("Pay upfront", k.money(p.upfront), "Save with one payment")]
    if p.monthly:
        cards.append(card("Monthly", f"{k.money(p.monthly)}<span>/mo</span>", "Flexible"))
    if p.isa:
        cards.append(card("Income Share", f"{p.isa[0]}%", k.isa() or ""))
    starts = "".join(
        f"<div class='stat-card'><span class='label'>Next start</span>"
        f"<strong>{k.day(s, 'short')}, {s.year}</strong></div>"
        for s in p.starts
    )
    promises = "".join(f"<div class='card promise'><h4>{t}</h4><p>{k.terms(g)}</p></div>"
                       for (t, _), g in zip(kinds(p), p.guarantees, strict=True))  # fmt: skip
    return [], [
        f"<div class='hero'><h1>{p.name}</h1><span class='pill'>{n['tagline']}</span></div>",
        f"<div class='cards'>{''.join(cards)}</div><p>{n['scholarship']}</p>",
        f"<div class='stats'>{starts}<div class='stat-card'><span class='label'>Apply by"
        f"</span><strong>{n['deadline']}</strong></div></div>",
        f"<div class='stats'><div class='stat-card'><span class='label'>Duration</span>"
        f"<strong>{k.duration()}</strong></div><div class='stat-card'><span class='label'>"
        f"Avg. salary</span><strong>{k.money(72000)}</strong></div></div>",
        f"<div class='cards'>{promises}</div>",
        f"<div class='cards'><div class='card'>{n['referral']}</div><div class='card'>"
        f"{n['living']}</div><div class='card'>{n['demo_day']}</div></div>",
        f"<footer>{n['testimonial']} {n['updated']} {n['copyright']}</footer>",
    ]  # fmt: skip


def prose(p: Program, k: Kit) -> Page:
    """Only paragraphs: several starts in one sentence, figures of every kind in between."""
    n = k.negatives()
    first, *rest = p.starts
    then = " and ".join(k.day(d, "noyear") for d in rest)
    dates = f"Our next cohort starts on {k.day(first, 'noyear')}" + (
        f", followed by {then}." if rest else ".")  # fmt: skip
    if len(rest) > 1:
        dates = (f"Our next cohort starts on {k.day(first, 'noyear')}, followed by "
                 f"{', '.join(k.day(d, 'noyear') for d in rest[:-1])} and "
                 f"{k.day(rest[-1], 'noyear')}.")  # fmt: skip
    cost = f"Tuition is {k.money(p.upfront)}"
    cost += (f", or you can spread it over monthly payments of {k.money(p.monthly)}."
             if p.monthly else ".")  # fmt: skip
    return [], [
        f"<article><h1>{p.name}</h1><p>{n['tagline']}. {n['post']}</p>",
        f"<p>{dates} {n['deadline']} {n['orientation']}</p>",
        f"<p>{cost} {n['scholarship']} {k.isa() or ''}</p>",
        f"<p>The course takes {k.duration()}. {n['demo_day']}</p>",
        "".join(f"<p>{k.terms(g)}</p>" for g in p.guarantees),
        f"<p>{n['salary']} {n['raise']} {n['living']} {n['referral']}</p>",
        f"<p>{n['testimonial']}</p><p>{n['info']} {n['open_house']}</p></article>",
        f"<footer>{n['updated']} {n['copyright']}</footer>",
    ]  # fmt: skip


DEV = {f.__name__: f for f in (next_data, json_ld, elementor, webflow, calendar_table,
                               cohort_lists, faq, pricing_cards, prose)}  # fmt: skip
