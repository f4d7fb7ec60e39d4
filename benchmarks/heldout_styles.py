"""Held-out page styles, so that scores say how bootwatch does on pages new to it.

:data:`FIRST` (Nuxt, Squarespace, definition list, time cards) and then :data:`SECOND`
(Drupal, microdata, Bootstrap) were each written after the styles before them and scored
once before any rule saw them (the README keeps those first looks); rules were then
improved on what they showed, so both are scored with the development styles since.

Same contract as :mod:`benchmarks.page_styles`: ``(head, sections)`` stating every fact and
every negative.

It is one module of about 270 lines for the same reason as benchmarks/page_styles.py: a
catalogue of short style functions.
"""

from __future__ import annotations

import json
from datetime import timedelta

from page_styles import Page, kinds
from pagegen import TODAY, Kit, Program


def nuxt(p: Program, k: Kit) -> Page:
    """A Nuxt 2 page: the state in ``window.__NUXT__``, a JavaScript object literal with
    unquoted keys; the server-rendered HTML shows a summary of it."""
    n = k.negatives()

    def js(value: object) -> str:
        if isinstance(value, dict):
            return "{" + ",".join(f"{key}:{js(v)}" for key, v in value.items()) + "}"
        if isinstance(value, list):
            return "[" + ",".join(js(v) for v in value) + "]"
        return json.dumps(value)

    state = {"program": {
        "name": p.name, "price": p.upfront, "currency": p.currency,
        "monthlyPrice": p.monthly,
        "intakes": [{"start": s.isoformat(), "end": e.isoformat()}
                    for s, e in zip(p.starts, p.ends(), strict=True)],
        "weeks": p.weeks,
        "weeklyHours": p.hours[0] if p.hours[0] == p.hours[1] else f"{p.hours[0]}-{p.hours[1]}",
        "isa": {"percent": p.isa[0], "months": p.isa[1]} if p.isa else None,
        "guarantee": [{"kind": kind, "text": k.terms(g)}
                      for (_, kind), g in zip(kinds(p), p.guarantees, strict=True)],
        "webinar": {"date": "2025-01-21"}, "avgSalary": 72000,
    }}  # fmt: skip
    script = (
        f"<script>window.__NUXT__=(function(a,b){{return {{layout:a,data:[{js(state)}],"
        f'serverRendered:b,token:"{k.token()}"}}}}("default",true));</script>'
    )
    plan = f" or {k.money(p.monthly)} a month" if p.monthly else ""
    nexts = ", ".join(k.day(s, "short") for s in p.starts)
    return [], [
        f'<div id="__nuxt"><div id="__layout"><h1 data-v-1a2b>{p.name}</h1>'
        f"<p data-v-1a2b>{n['tagline']} · {n['cta']}</p>",
        f"<p data-v-1a2b>{k.money(p.upfront)}{plan}</p><p data-v-1a2b>Starts: {nexts}</p>",
        f"<p data-v-1a2b>{n['salary']} {n['scholarship']}</p>"
        f"<p data-v-1a2b>{n['info']}</p></div></div>",
        script,
        f"<footer>{n['copyright']}</footer>",
    ]  # fmt: skip


def squarespace(p: Program, k: Kit) -> Page:
    """Squarespace-like blocks: html blocks of paragraphs, a summary block of blog posts and
    an event list, each with its own date markup."""
    n = k.negatives()

    def block(inner: str) -> str:
        return (f'<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content">'
                f"{inner}</div></div>")  # fmt: skip

    seasons = ["Winter", "Spring", "Summer", "Fall"]
    cohorts = "".join(
        f'<p class="">{seasons[i % 4]} cohort: <strong>{k.day(s)}</strong> to {k.day(e)}</p>'
        for i, (s, e) in enumerate(zip(p.starts, p.ends(), strict=True))
    )
    plan = f'<p class="">Monthly: {k.money(p.monthly)} per month</p>' if p.monthly else ""
    promises = "".join(
        f"<h4>{t}</h4><p class=''>{k.terms(g)}</p>"
        for (t, _), g in zip(kinds(p), p.guarantees, strict=True)
    )
    isa = f"<p class=''>{k.isa()}</p>" if p.isa else ""
    orientation = block(f"<p>{n['orientation']}</p>")
    return [], [
        block(f"<h1>{p.name}</h1><p class=''><em>{n['tagline']}</em></p>"),
        block(f"<h3>Investment</h3><p class=''>Full tuition: {k.money(p.upfront, 2)}</p>{plan}"
              f"{isa}<p class=''>{n['scholarship']}</p>"),
        block(f"<h3>Cohorts</h3>{cohorts}<p class=''>{n['deadline']}</p>"),
        block(f"<h3>Schedule</h3><p class=''>{k.duration()}</p>"),
        block(promises),
        '<div class="sqs-block summary-v2-block"><div class="summary-item">'
        '<a class="summary-title-link">Why we teach SQL first</a>'
        '<time class="summary-metadata-item summary-metadata-item--date" '
        'datetime="2024-11-12">Nov 12, 2024</time></div></div>',
        '<ul class="eventlist"><li class="eventlist-event"><h1 class="eventlist-title">Open '
        'House</h1><time class="event-date" datetime="2025-01-26">Sunday, January 26, 2025'
        f"</time></li></ul>{orientation}",
        block(f"<p>{n['salary']} {n['living']} {n['referral']}</p><p>{n['testimonial']}</p>"),
        f"<footer class='Footer'>{n['updated']} {n['copyright']}</footer>",
    ]  # fmt: skip


def definitions(p: Program, k: Kit) -> Page:
    """The program's key facts as a definition list, starts as several ``<dd>``."""
    n = k.negatives()
    pairs = [("Tuition", k.money(p.upfront))]
    if p.monthly:
        pairs.append(("Financing", f"from {k.money(p.monthly)}/month"))
    pairs += [("Next start dates", k.day(s, "dmy")) for s in p.starts]
    pairs += [("Application deadline", k.day(p.starts[0] - timedelta(days=12), "dmy")),
              ("Length", f"{p.weeks} weeks"),
              ("Workload", k.duration().split(", ", 1)[1]),
              ("Graduate salary (avg.)", k.money(72000)),
              ("Scholarship", f"up to {k.money(3000)}")]  # fmt: skip
    pairs += [(t, k.terms(g)) for (t, _), g in zip(kinds(p), p.guarantees, strict=True)]
    if p.isa:
        pairs.append(("Income share", k.isa() or ""))
    html, last = "", None
    for term, value in pairs:
        html += ("" if term == last else f"<dt>{term}</dt>") + f"<dd>{value}</dd>"
        last = term
    return [], [
        f"<h1>{p.name}</h1><p>{n['tagline']}</p>",
        f"<dl class='key-facts'>{html}</dl>",
        f"<p>{n['info']} {n['demo_day']} {n['living']}</p>",
        f"<p>{n['testimonial']}</p><p>{n['referral']}</p><a>{n['button']}</a>",
        f"<footer>{n['post']} {n['copyright']}</footer>",
    ]  # fmt: skip


def time_cards(p: Program, k: Kit) -> Page:
    """Cohort cards with ``<time datetime>``; blog teasers and events use ``<time>`` too."""
    n = k.negatives()
    cards = "".join(
        f"<article class='cohort'><h4>{s:%B} intake</h4><p><time datetime='{s.isoformat()}'>"
        f"{k.day(s, 'short')}</time> – <time datetime='{e.isoformat()}'>{k.day(e, 'short')}"
        "</time></p><a>Reserve a seat</a></article>"
        for s, e in zip(p.starts, p.ends(), strict=True))  # fmt: skip
    plan = f"<p class='sub'>{k.money(p.monthly)} / month</p>" if p.monthly else ""
    promises = "".join(
        f"<div class='promise'><b>{t}</b> {k.terms(g)}</div>"
        for (t, _), g in zip(kinds(p), p.guarantees, strict=True)
    )
    return [], [
        f"<h1>{p.name}</h1><p>{n['tagline']}</p>",
        f"<section class='cohorts'>{cards}</section>",
        f"<section class='price'><p class='big'>{k.money(p.upfront)}</p>{plan}"
        f"<p>{k.isa() or ''}</p><p>{n['scholarship']}</p></section>",
        f"<section><p>{k.duration()}</p></section><section>{promises}</section>",
        "<section class='events'><div class='event'>Info session <time datetime="
        "'2025-01-21T18:00'>Jan 21</time></div><div class='event'>Demo day <time datetime="
        f"'{(p.ends()[0] + timedelta(days=1)).isoformat()}'>soon</time></div></section>",
        "<section class='blog'><article><h5>Why we teach SQL first</h5><time datetime="
        "'2024-11-12'>November 12, 2024</time></article></section>",
        f"<p>{n['salary']} {n['living']} {n['referral']} {n['testimonial']}</p>",
        f"<footer>{n['updated']} {n['copyright']}</footer>",
    ]  # fmt: skip


# The second set: written after the rules were tuned on the development styles and on a
# first look at the four styles above, held out for one round of figures.


def drupal(p: Program, k: Kit) -> Page:
    """A Drupal node: labelled fields, a view of cohort rows with date-range spans, and a
    view of events beside it."""
    n = k.negatives()

    def field(name: str, label: str, items: list[str]) -> str:
        inner = "".join(f'<div class="field__item">{i}</div>' for i in items)
        return (f'<div class="field field--name-field-{name} field--label-above">'
                f'<div class="field__label">{label}</div><div class="field__items">{inner}'
                "</div></div>")  # fmt: skip

    rows = "".join(
        '<div class="views-row"><span class="date-display-range"><span class="date-display-'
        f'start">{k.day(s)}</span> to <span class="date-display-end">{k.day(e)}</span>'
        "</span></div>"
        for s, e in zip(p.starts, p.ends(), strict=True))  # fmt: skip
    money = [k.money(p.upfront)] + ([f"{k.money(p.monthly)} per month"] if p.monthly else [])
    events = (f'<div class="views-row">Info session<span class="date-display-single">'
              f'{k.day(TODAY_PLUS_6)}</span></div><div class="views-row">Demo day'
              f'<span class="date-display-single">{k.day(p.ends()[0] + timedelta(days=1))}'
              "</span></div>")  # fmt: skip
    return [], [
        f'<h1 class="page-title">{p.name}</h1><div class="field--name-field-tagline">'
        f"{n['tagline']}</div>",
        field("tuition", "Tuition", money) + (field("isa", "Income share", [k.isa() or ""])
                                              if p.isa else ""),
        f'<h2>Upcoming cohorts</h2><div class="view view-cohorts">{rows}</div>',
        f'<h2>Events</h2><div class="view view-events">{events}</div>',
        field("duration", "Program length", [k.duration()]),
        "".join(field("guarantee", t, [k.terms(g)])
                for (t, _), g in zip(kinds(p), p.guarantees, strict=True)),
        field("outcomes", "Outcomes", [n["salary"], n["raise"]])
        + field("aid", "Financial aid", [n["scholarship"], n["referral"], n["living"]]),
        f"<p>{n['deadline']} {n['orientation']}</p><p>{n['testimonial']}</p>",
        f'<footer role="contentinfo">{n["updated"]} {n["copyright"]}</footer>',
    ]  # fmt: skip


def microdata(p: Program, k: Kit) -> Page:
    """schema.org microdata: a Course with an Offer and CourseInstances in ``<meta>`` and
    ``<time>``, an info-session Event marked up the same way."""
    n = k.negatives()
    instances = "".join(
        '<li itemprop="hasCourseInstance" itemscope itemtype="https://schema.org/CourseInstance">'
        f'<time itemprop="startDate" datetime="{s.isoformat()}">{k.day(s, "dmy")}</time> – '
        f'<time itemprop="endDate" datetime="{e.isoformat()}">{k.day(e, "dmy")}</time></li>'
        for s, e in zip(p.starts, p.ends(), strict=True))  # fmt: skip
    plan = f"<p>Or {k.money(p.monthly)} a month.</p>" if p.monthly else ""
    promises = "".join(
        f"<section><h3>{t}</h3><p>{k.terms(g)}</p></section>"
        for (t, _), g in zip(kinds(p), p.guarantees, strict=True)
    )
    return [], [
        '<div itemscope itemtype="https://schema.org/Course">'
        f'<h1 itemprop="name">{p.name}</h1><p>{n["tagline"]}</p>'
        '<div itemprop="offers" itemscope itemtype="https://schema.org/Offer">'
        f'<meta itemprop="priceCurrency" content="{p.currency}">'
        f'<p>Tuition: <span itemprop="price" content="{p.upfront}">{k.money(p.upfront)}'
        f"</span></p></div>{plan}<p>{k.isa() or ''}</p>"
        f"<h2>Dates</h2><ul>{instances}</ul></div>",
        '<div itemscope itemtype="https://schema.org/Event"><span itemprop="name">Open house'
        '</span> <time itemprop="startDate" datetime="2025-01-26">January 26</time></div>',
        f"<p>{k.duration()}</p>{promises}",
        f"<p>{n['salary']} {n['scholarship']} {n['living']} {n['referral']}</p>",
        f"<p>{n['deadline']} {n['demo_day']}</p><blockquote>{n['testimonial']}</blockquote>",
        f"<footer>{n['post']} {n['copyright']}</footer>",
    ]  # fmt: skip


def bootstrap(p: Program, k: Kit) -> Page:
    """Bootstrap tabs and an accordion of questions whose buttons are the questions."""
    n = k.negatives()

    def item(question: str, answer: str) -> str:
        return ('<div class="accordion-item"><h2 class="accordion-header"><button '
                f'class="accordion-button" type="button">{question}</button></h2>'
                '<div class="accordion-collapse collapse"><div class="accordion-body">'
                f"{answer}</div></div></div>")  # fmt: skip

    days = [k.day(s, "dmy") for s in p.starts]
    begin = ", ".join(days[:-1]) + f" and {days[-1]}" if len(days) > 1 else days[0]
    cost = f"Tuition: {k.money(p.upfront, 1)}"
    cost += f" (or {k.money(p.monthly, 1)} a month)." if p.monthly else "."
    promise = " ".join(k.terms(g) for g in p.guarantees)
    return [], [
        f'<div class="container"><h1 class="display-4">{p.name}</h1><p class="lead">'
        f'{n["tagline"]}</p><a class="btn btn-primary">{n["button"]}</a></div>',
        '<ul class="nav nav-tabs"><li class="nav-item"><a class="nav-link active">Overview</a>'
        '</li><li class="nav-item"><a class="nav-link">Tuition</a></li></ul>'
        f'<div class="tab-content"><div class="tab-pane active"><p>{k.duration()}</p></div>'
        f'<div class="tab-pane"><p>{cost}</p><p>{k.isa() or ""}</p><p>{n["scholarship"]}'
        "</p></div></div>",
        '<div class="accordion">'
        + item("When can I start?", f"<p>Classes begin {begin}.</p>")
        + item("What are the deadlines?", f"<p>{n['deadline']} {n['early']}</p>")
        + (item("What do you promise?", f"<p>{promise}</p>") if promise else "")
        + item("What happens after?", f"<p>{n['demo_day']} {n['salary']}</p>")
        + item("Can I meet you?", f"<p>{n['info']} {n['open_house']}</p>") + "</div>",
        f"<p>{n['living']} {n['referral']}</p><p>{n['testimonial']}</p>",
        f"<footer>{n['updated']} {n['copyright']}</footer>",
    ]  # fmt: skip


TODAY_PLUS_6 = TODAY + timedelta(days=6)
FIRST = {f.__name__: f for f in (nuxt, squarespace, definitions, time_cards)}
SECOND = {f.__name__: f for f in (drupal, microdata, bootstrap)}
