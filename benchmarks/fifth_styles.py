"""The fifth set: six styles in new markup and words (:class:`FifthVoice`), now for dev.

Written while the rules were being tuned on the fourth set
(:mod:`benchmarks.fourth_styles`), from how real program pages look and without reading
bootwatch's extraction rules, and held out for its first look; rules have been tuned on it
since (its starts and weekly loads first), so it scores in the dev group and
:mod:`benchmarks.sixth_styles` is the held-out set. A WordPress Divi builder page
(``et_pb_*`` modules with inline styles, a pricing-tables module comparing several plans
with the sign, sum and frequency in separate spans, number counters whose value is only a
``data-`` attribute, toggles, a countdown), an Astro page whose cohort picker is a
``client:only`` island with its data only in the ``props`` attribute (Astro's
``[type, value]`` serialization, dates as ``[3, ISO]``), a Docusaurus docs page (admonitions, tabs
whose inactive panels are ``hidden``, Markdown tables, a "last updated" footer), The Events
Calendar's month grid and list views with their Event JSON-LD, a Moodle category page of
cohort courses (custom fields, the enrolment-fee box, the upcoming-events block) and a
Google Doc published to the web (class-soup spans, a bullet list, a table, footnotes holding
the fine print). Same contract as :mod:`benchmarks.page_styles`: ``(head, sections)``
stating every fact and every negative. One module because the six share the voice and a few
helpers, and are read together as one set.

First look (8 programs a style, before any rule was changed for them), precision / recall:
prices 0.29/1.00, start dates 0.75/0.64, weeks 1.00/0.83, hours per week 1.00/0.67,
guarantees 0.56/0.46, income share 1.00/0.83; 129 false changes on redesigns, 43 on
restyled guarantee terms.
"""

from __future__ import annotations

import calendar
import html
import json
from datetime import date, datetime, timedelta, timezone

from fifth_voice import FifthVoice
from page_styles import Page
from pagegen import SIGNS, TODAY, Kit, Program

TITLES = {"job_guarantee": "Job Placement Guarantee", "money_back": "Risk-free trial",
          "tuition_refund": "Withdrawal & refund schedule"}  # fmt: skip
US = '<meta property="og:locale" content="en_US">'
MONTH = "tribe-events-calendar-month"


def _events(p: Program, v: FifthVoice) -> list[tuple[date, str, str]]:
    """The page's dated non-facts as calendar events: (day, title, the sentence saying it)."""
    n, first = v.negatives(), p.starts[0]
    deadline = v.deadline()
    return [
        (TODAY + timedelta(days=6), "Virtual info session", n["info"]),
        (TODAY + timedelta(days=12), "Campus open house", n["open_house"]),
        (deadline - timedelta(days=10), "Early registration ends", n["early"]),
        (deadline, "Priority application deadline", n["deadline"]),
        (first - timedelta(days=3), "New student orientation", n["orientation"]),
        (p.ends()[0], f"{v.season(first)} term ends", n["ends"]),
        (p.ends()[0] + timedelta(days=1), "Commencement & demo day", n["graduation"]),
    ]


def divi(p: Program, k: Kit) -> Page:
    """WordPress with the Divi builder: ``et_pb_section > et_pb_row > et_pb_column`` soup
    with inline styles, a pricing-tables module comparing the payment plans and a
    self-paced prep plan, number counters (the figure only in ``data-number-value``, drawn
    by script), blurbs per term, toggles for the fine print and a countdown timer."""
    v = FifthVoice(k)
    n = v.negatives()
    sign = SIGNS[p.currency]
    count = 0

    def module(kind: str, inner: str, attrs: str = "") -> str:
        nonlocal count
        count += 1
        return (f'<div class="et_pb_module et_pb_{kind} et_pb_{kind}_{count} '
                f'et_pb_bg_layout_light"{attrs}>{inner}</div>')  # fmt: skip

    def section(inner: str, bg: str = "#ffffff") -> str:
        return (f'<div class="et_pb_section et_section_regular" style="background-color:{bg};'
                f'padding:54px 0"><div class="et_pb_row" style="max-width:1080px">'
                f'<div class="et_pb_column et_pb_column_4_4 et-last-child">{inner}</div></div>'
                "</div>")  # fmt: skip

    def text(body: str) -> str:
        return module("text", f'<div class="et_pb_text_inner">{body}</div>')

    def plan(title: str, amount: str, freq: str, items: list[str], featured: bool = False) -> str:
        feat = " et_pb_featured_table" if featured else ""
        slash = f'<span class="et_pb_frequency"><span class="et_pb_frequency_slash">/</span>' \
                f"{freq}</span>" if freq else ""  # fmt: skip
        lis = "".join(f"<li><span>{i}</span></li>" for i in items)
        return (f'<div class="et_pb_pricing_table{feat}"><div class="et_pb_pricing_heading">'
                f'<h2 class="et_pb_pricing_title">{title}</h2></div><div class="'
                f'et_pb_pricing_content_top"><span class="et_pb_et_price"><span class="'
                f'et_pb_dollar_sign">{sign}</span><span class="et_pb_sum">{amount}</span>'
                f'{slash}</span></div><div class="et_pb_pricing_content"><ul class="'
                f'et_pb_pricing">{lis}</ul></div><div class="et_pb_button_wrapper"><a class="'
                f'et_pb_button et_pb_pricing_table_button" href="#apply">Enroll</a></div>'
                "</div>")  # fmt: skip

    included = ["Tuition &amp; fees included", "Laptop loaner program"]
    plans = plan("Pay in full", f"{p.upfront:,}", "", included, featured=True)
    if p.monthly:
        plans += plan("Payment plan", f"{p.monthly:,}", "mo", [v.plan() or "", "0% interest"])
    if p.isa:
        plans += plan("Income share", "0", "upfront", [v.isa() or ""])
    plans += plan("Foundations prep", "49", "mo", [n["prep"], "Not the bootcamp"])
    counters = "".join(
        module("number_counter", f'<div class="percent"><p><span class="percent-value"></span>'
               f'</p></div><h3 class="title">{label}</h3>',
               f' data-number-value="{value}" data-number-separator=""')
        for value, label in ((p.weeks, "Weeks"), (p.hours[1], "Hours a week"),
                             (12, "Credit hours")))  # fmt: skip
    blurbs = "".join(
        module("blurb", f'<div class="et_pb_blurb_content"><div class="et_pb_blurb_container">'
               f'<h4 class="et_pb_module_header">{v.season(s)} term</h4><div class="'
               f'et_pb_blurb_description"><p>Term begins {v.day(s)}</p></div></div></div>')
        for s in p.starts)  # fmt: skip
    toggles = "".join(
        module("toggle et_pb_toggle_item et_pb_toggle_close",
               f'<h5 class="et_pb_toggle_title">{TITLES[g.kind]}</h5><div class="'
               f'et_pb_toggle_content clearfix"><p>{v.terms(g)}</p></div>')
        for g in p.guarantees)  # fmt: skip
    left = max((p.starts[0] - TODAY).days - 12, 1)
    countdown = module("countdown_timer", f'<div class="et_pb_countdown_timer_container">'
                       f'<h4 class="title">Priority deadline in</h4><div class="days section '
                       f'values"><p class="value">{left}</p><p class="label">Day(s)</p></div>'
                       f"</div>", f' data-end-timestamp="{1736900000 + left * 86400}"')  # fmt: skip
    return [US, '<style id="et-builder-module-design-cached-inline-styles">.et_pb_section_0'
            "{background-color:#0b2545!important}</style>"], [
        section(module("fullwidth_header", f'<h1 class="et_pb_module_header">{p.name}</h1>'
                       f'<span class="et_pb_fullwidth_header_subhead">{n["tagline"]}</span>'
                       f'<a class="et_pb_button">{n["button"]}</a>'), "#0b2545"),
        section(counters + text(f"<p>Program length: {v.duration()}.</p><p>{n['capstone']}"
                                f"</p><p>{n['credits']}</p>")),
        section(text("<h2>Compare plans</h2>") + module("pricing_tables et_pb_pricing clearfix",
                f'<div class="et_pb_pricing_table_wrap">{plans}</div>')
                + text(f"<p>Program cost: {v.money(p.upfront, 1)} (tuition &amp; fees). "
                       f"{n['scholarship']} {n['wioa']}</p><p>{n['reimbursement']}</p>"),
                "#f4f6f8"),  # fmt: skip
        section(blurbs + text("<p>Next sessions: "
                              + ", ".join(v.day(s, "us") for s in p.starts) + "</p>")),
        section(text("<h2>Our promises</h2>") + toggles + text(f"<p>{n['placement']}</p>"))
        if p.guarantees else section(text(f"<p>{n['placement']}</p>")),
        section(countdown + text(f"<p>{n['deadline']} {n['early']}</p><p>{n['info']} "
                                 f"{n['open_house']}</p><p>{n['orientation']} {n['ends']} "
                                 f"{n['graduation']}</p><p>{n['waitlist']}</p>")),
        section(text(f"<p>{n['salary']} {n['salary_range']} {n['raise']}</p><blockquote>"
                     f"{n['testimonial']}</blockquote><p>{n['living']} {n['referral']}</p>")),
        f'<footer id="main-footer"><div id="footer-bottom"><p>{n["post"]} · {n["updated"]}'
        f"</p><p>{n['phone']}</p><p id='footer-info'>{n['copyright']}</p><p>{n['cta']}</p>"
        "</div></footer>",
    ]  # fmt: skip


def _astro(value: object) -> object:
    """A value in Astro's island props serialization: ``[type, value]`` all the way down
    (0 a plain value or object, 1 an array, 3 a Date)."""
    if isinstance(value, dict):
        return [0, {key: _astro(item) for key, item in value.items()}]
    if isinstance(value, list):
        return [1, [_astro(item) for item in value]]
    if isinstance(value, date):
        moment = datetime(value.year, value.month, value.day, tzinfo=timezone.utc)
        return [3, moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")]
    return [0, value]


def astro_island(p: Program, k: Kit) -> Page:
    """An Astro page: static HTML for the hero and the non-facts, the fee card an island
    rendered on the server (``ssr``), and the cohort picker a ``client:only`` island that
    is empty in the HTML: its cohorts, length, promises and ISA live only in ``props``."""
    v = FifthVoice(k)
    n = v.negatives()

    def island(uid: str, name: str, props: dict, inner: str = "", ssr: bool = True) -> str:
        serialized = {key: _astro(value) for key, value in props.items()}
        attrs = html.escape(json.dumps(serialized, separators=(",", ":"), ensure_ascii=False))
        client = "visible" if ssr else "only"
        opts = html.escape(json.dumps({"name": name, "value": True if ssr else "react"}))
        return (f'<astro-island uid="{uid}" prefix="r{len(uid)}" component-url="/_astro/'
                f'{name}.C{uid[:4]}.js" component-export="default" renderer-url="/_astro/'
                f'client.BxZ3.js" props="{attrs}"{" ssr" if ssr else ""} client="{client}" '
                f'opts="{opts}" await-children>{inner}</astro-island>')  # fmt: skip

    fee = {"programCost": p.upfront, "currency": p.currency, "label": "Tuition & fees",
           "paymentPlan": {"monthly": p.monthly, "months": round(p.upfront / p.monthly)}
           if p.monthly else None, "prepPlan": n["prep"]}  # fmt: skip
    plan = f"<p>Or a {v.plan()}.</p>" if p.monthly else ""
    low, high = p.hours
    picker = {
        "program": {"title": p.name, "pace": v.pace(),
                    "cohorts": [{"term": v.season(s), "termBegins": s, "lastDayOfClass": e,
                                 "registerBy": s - timedelta(days=14), "seatsLeft":
                                 k.noise.randint(2, 19)}
                                for s, e in zip(p.starts, p.ends(), strict=True)],
                    "lengthWeeks": p.weeks, "hoursPerWeek": {"min": low, "max": high},
                    "clockHours": p.hours_total, "creditHours": 12,
                    "guarantees": [{"title": TITLES[g.kind], "finePrint": v.terms(g)}
                                   for g in p.guarantees],
                    "isa": v.isa(), "placement": n["placement"]},
        "events": [{"label": title, "date": d} for d, title, _ in _events(p, v)],
        "updatedAt": date(2025, 1, 7),
    }  # fmt: skip
    return [
        '<link rel="stylesheet" href="/_astro/index.DkQ2rm.css">'
        "<script>(()=>{var e=async t=>{await(await t())()};(self.Astro||(self.Astro={}))"
        ".only=e;window.dispatchEvent(new Event('astro:only'))})();</script>"
    ], [
        f'<header class="hero astro-j7pv25f6"><h1>{p.name}</h1><p>{n["tagline"]}</p>'
        f'<a class="btn" href="#info">{n["button"]}</a></header>',
        island("Z1ku3Cq", "FeeCard", {"fee": fee},
               f'<div class="fee-card"><span>Tuition &amp; fees</span> <strong>'
               f"{v.money(p.upfront)}</strong>{plan}</div>"),
        island("ZbXo9f", "CohortPicker", picker, ssr=False),
        f'<section class="funding astro-j7pv25f6"><p>{n["scholarship"]} {n["wioa"]}</p><p>'
        f"{n['reimbursement']} {n['living']}</p><p>{n['referral']}</p><p>{n['prep']}</p>"
        "</section>",
        f'<section class="outcomes"><p>{n["salary"]} {n["salary_range"]} {n["raise"]}</p>'
        f"<blockquote>{n['testimonial']}</blockquote><p>{n['credits']} {n['capstone']}</p>"
        "</section>",
        f'<section class="dates"><ul>{"".join(f"<li>{s}</li>" for _, _, s in _events(p, v))}'
        f"</ul><p>{n['waitlist']}</p></section>",
        f"<footer><p>{n['post']} · {n['updated']}</p><p>{n['phone']}</p><p>"
        f"{n['copyright']}</p><p>{n['cta']}</p></footer>",
    ]  # fmt: skip


def docusaurus(p: Program, k: Kit) -> Page:
    """A Docusaurus docs page for the program: a sidebar, Markdown headings, paragraphs and
    tables, admonitions (``:::tip``, ``:::info``, ``:::warning``), tabs for the payment
    options whose inactive panels carry ``hidden``, a collapsible ``<details>`` and the
    theme's "last updated" footer."""
    v = FifthVoice(k)
    n = v.negatives()

    def admonition(kind: str, title: str, body: str) -> str:
        return (f'<div class="theme-admonition theme-admonition-{kind} admonition_xJq3 alert '
                f'alert--{"success" if kind == "tip" else kind}"><div class="admonitionHeading_'
                f'Gvgb"><span class="admonitionIcon_Rf37"><svg viewBox="0 0 12 16"><path d="M6.'
                f'5 0C3.48 0 1 2.19 1 5"></path></svg></span>{title}</div><div class="'
                f'admonitionContent_BuS1"><p>{body}</p></div></div>')  # fmt: skip

    tabs = [("Pay in full", f"<p><strong>Tuition &amp; fees:</strong> {v.money(p.upfront)}"
             f"</p><p>{n['reimbursement']}</p>")]  # fmt: skip
    if p.monthly:
        tabs.append(("Payment plan", f"<p>Choose a {v.plan()}, no interest.</p>"))
    if p.isa:
        tabs.append(("Income share", f"<p>{v.isa()}</p>"))
    bar = "".join(f'<li role="tab" tabindex="{0 if i == 0 else -1}" aria-selected="'
                  f'{str(i == 0).lower()}" class="tabs__item tabItem_LNqP'
                  f'{" tabs__item--active" if i == 0 else ""}">{t}</li>'
                  for i, (t, _) in enumerate(tabs))  # fmt: skip
    panels = "".join(f'<div role="tabpanel" class="tabItem_Ymn6"{" hidden" if i else ""}>{b}'
                     "</div>" for i, (_, b) in enumerate(tabs))  # fmt: skip
    rows = "".join(f"<tr><td>{v.season(s)}</td><td>{v.day(s, 'abbr')}</td><td>"
                   f"{v.day(e, 'abbr')}</td><td>{'Online' if i % 2 else 'Main campus'}</td></tr>"
                   for i, (s, e) in enumerate(zip(p.starts, p.ends(), strict=True)))  # fmt: skip
    glance = (f"<tr><td>Program length</td><td>{p.weeks} weeks</td></tr><tr><td>Weekly hours"
              f"</td><td>{v.per_week()} ({v.pace().lower()})</td></tr>")  # fmt: skip
    if p.hours_total:
        glance += f"<tr><td>Clock hours</td><td>{p.hours_total}</td></tr>"
    glance += "<tr><td>Credit hours</td><td>12</td></tr>"
    kinds = {"job_guarantee": "tip", "money_back": "info", "tuition_refund": "note"}
    promises = "".join(admonition(kinds[g.kind], TITLES[g.kind], v.terms(g))
                       for g in p.guarantees)  # fmt: skip
    return [US, '<meta name="docusaurus_locale" content="en"><meta name="docsearch:version" '
            'content="current">'], [
        '<aside class="theme-doc-sidebar-container"><nav class="menu thin-scrollbar"><ul class='
        '"theme-doc-sidebar-menu menu__list"><li class="menu__list-item"><a class="menu__link">'
        'Admissions</a></li><li class="menu__list-item"><a class="menu__link menu__link--active"'
        '>Program overview</a></li><li class="menu__list-item"><a class="menu__link">Financial '
        "aid</a></li></ul></nav></aside>",
        f'<article><div class="theme-doc-markdown markdown"><header><h1>{p.name}</h1></header>'
        f"<p><em>{n['tagline']}</em></p><p>{n['button']} · {n['cta']}</p>"
        f"<h2 id='at-a-glance'>At a glance</h2><table><thead><tr><th>Item</th><th>Detail</th>"
        f"</tr></thead><tbody>{glance}</tbody></table><p>{n['capstone']} {n['credits']}</p>",
        f"<h2 id='sessions'>Upcoming sessions</h2><p>Next session: "
        f"{v.day(p.starts[0], 'weekday')}.</p><table><thead><tr><th>Cohort</th><th>Term begins"
        f"</th><th>Last day of class</th><th>Location</th></tr></thead><tbody>{rows}</tbody>"
        f"</table>" + admonition("warning", "Deadlines", f"{n['deadline']} {n['early']}"),
        f"<h2 id='tuition'>Tuition</h2><div class='tabs-container tabList__CuJ'><ul role="
        f"'tablist' aria-orientation='horizontal' class='tabs'>{bar}</ul><div class="
        f"'margin-top--md'>{panels}</div></div>"
        + admonition("info", "Funding", f"{n['scholarship']} {n['wioa']}"),
        f"<h2 id='guarantees'>Guarantees</h2>{promises}<p>{n['placement']}</p>"
        if p.guarantees else f"<p>{n['placement']}</p>",
        f"<h2 id='outcomes'>Outcomes</h2><p>{n['salary']} {n['salary_range']} {n['raise']}</p>"
        f"<blockquote><p>{n['testimonial']}</p></blockquote><details class='details_lb9f alert "
        f"alert--info' data-collapsed='true'><summary>Other costs and perks</summary><div><p>"
        f"{n['living']} {n['referral']} {n['prep']}</p></div></details>",
        f"<h2 id='key-dates'>Key dates</h2><ul><li>{n['info']}</li><li>{n['open_house']}</li>"
        f"<li>{n['orientation']}</li><li>{n['ends']}</li><li>{n['graduation']}</li><li>"
        f"{n['waitlist']}</li></ul></div></article>",
        f'<footer class="theme-doc-footer docusaurus-mt-lg"><div class="theme-last-updated">'
        f"<span>{n['updated']} by <b>Admissions Team</b></span></div><p>{n['post']}</p>"
        f"<nav class='pagination-nav'><a class='pagination-nav__link--prev'>« Financial aid</a>"
        f"<a class='pagination-nav__link--next'>Career services »</a></nav><p>{n['phone']}</p>"
        f"<p>{n['copyright']}</p></footer>",
    ]  # fmt: skip


def events_calendar(p: Program, k: Kit) -> Page:
    """A WordPress page with The Events Calendar: a short program summary, the month grid
    of the first cohort's month (day cells with ``data-date``, events by title and time),
    the list view of upcoming events (cohorts as multi-day events with a cost, year-less
    "March 10 @ 9:00 am" as the plugin prints this year's dates) and Event JSON-LD for
    every event, info sessions included."""
    v = FifthVoice(k)
    n = v.negatives()
    tz = "-05:00"
    events = [(s, e, f"{v.season(s)} cohort: {p.track}", v.money(p.upfront),
               f"Classes start the week of {v.day(s)}.")
              for s, e in zip(p.starts, p.ends(), strict=True)]  # fmt: skip
    events += [(d, d, title, "Free", said) for d, title, said in _events(p, v)]
    events.sort(key=lambda x: x[0])
    first = p.starts[0]
    cells = []
    for week in calendar.Calendar().monthdatescalendar(first.year, first.month):
        days = []
        for d in week:
            other = "" if d.month == first.month else f" {MONTH}__day--other-month"
            items = "".join(f'<article class="tribe-events-calendar-month__calendar-event"><h3 '
                            f'class="tribe-events-calendar-month__calendar-event-title"><a>{t}'
                            f'</a></h3><time datetime="09:00">9:00 am</time></article>'
                            for s, _, t, _, _ in events if s == d)  # fmt: skip
            days.append(f'<div role="gridcell" class="tribe-events-calendar-month__day{other}" '
                        f'data-date="{d.isoformat()}"><time class="tribe-events-calendar-month__'
                        f'day-date-daynum" datetime="{d.isoformat()}">{d.day}</time><div class='
                        f'"tribe-events-calendar-month__events">{items}</div></div>')  # fmt: skip
        cells.append(f'<div role="row" class="tribe-events-calendar-month__week">{"".join(days)}'
                     "</div>")  # fmt: skip
    head = "".join(f'<div role="columnheader" class="tribe-events-calendar-month__header-column">'
                   f"{name}</div>" for name in calendar.day_abbr)  # fmt: skip
    rows = []
    for s, e, title, cost, said in events:
        when = f'<span class="tribe-event-date-start">{s:%B} {s.day} @ 9:00 am</span> - '
        when += (f'<span class="tribe-event-date-end">{e:%B} {e.day} @ 5:00 pm</span>' if e != s
                 else '<span class="tribe-event-time">11:00 am</span>')  # fmt: skip
        rows.append(
            f'<div class="tribe-events-calendar-list__event-row"><div class="tribe-events-'
            f'calendar-list__event-date-tag"><time class="tribe-events-calendar-list__event-date'
            f'-tag-datetime" datetime="{s.isoformat()}"><span class="tribe-events-calendar-list'
            f'__event-date-tag-weekday">{s:%a}</span><span class="tribe-events-calendar-list__'
            f'event-date-tag-daynum">{s.day}</span></time></div><article class="tribe-events-'
            f'calendar-list__event"><div class="tribe-events-calendar-list__event-datetime-'
            f'wrapper"><time datetime="{s.isoformat()}">{when}</time></div><h3 class="tribe-'
            f'events-calendar-list__event-title"><a>{title}</a></h3><div class="tribe-events-'
            f'calendar-list__event-description"><p>{said}</p></div><div class="tribe-events-c-'
            f'small-cta"><span class="tribe-events-c-small-cta__price">{cost}</span></div>'
            "</article></div>")  # fmt: skip
    ld = [{"@context": "http://schema.org", "@type": "Event", "name": title,
           "description": said, "startDate": f"{s.isoformat()}T09:00:00{tz}",
           "endDate": f"{e.isoformat()}T{'17:00' if e != s else '11:00'}:00{tz}",
           "eventAttendanceMode": "https://schema.org/MixedEventAttendanceMode",
           "offers": {"@type": "Offer", "price": "0" if cost == "Free" else str(p.upfront),
                      "priceCurrency": p.currency, "availability": "InStock"},
           "organizer": {"@type": "Person", "name": f"{p.camp} Community College"}}
          for s, e, title, cost, said in events]  # fmt: skip
    promises = "".join(f"<h3>{TITLES[g.kind]}</h3><p>{v.terms(g)}</p>" for g in p.guarantees)
    plan = f"<li>Or a {v.plan()}</li>" if p.monthly else ""
    isa = f"<li>{v.isa()}</li>" if p.isa else ""
    return [US, f'<script type="application/ld+json">{json.dumps(ld)}</script>'], [
        f'<div class="wp-block-group program-summary"><h1 class="entry-title">{p.name}</h1>'
        f"<p class='has-large-font-size'>{n['tagline']}</p><ul><li>Program cost: "
        f"{v.money(p.upfront, 3)}</li>{plan}{isa}<li>Program length: {v.duration()}</li></ul>"
        f"<p>{n['credits']} {n['capstone']}</p></div>",
        f'<div class="tribe-events-view tribe-events-view--month"><h2 class="tribe-events-c-top'
        f'-bar__datepicker-button">{first:%B %Y}</h2><div class="tribe-events-calendar-month" '
        f'role="grid"><div role="row" class="tribe-events-calendar-month__header">{head}</div>'
        f"{''.join(cells)}</div></div>",
        f'<div class="tribe-events-view tribe-events-view--list"><h2>Upcoming events</h2>'
        f'<div class="tribe-events-calendar-list">{"".join(rows)}</div><a class="tribe-events-'
        f'c-subscribe-dropdown__button">Subscribe to calendar</a></div>',
        f"<div class='wp-block-group'><h2>Guarantees</h2>{promises}<p>{n['placement']}</p></div>",
        f"<div class='wp-block-group'><p>{n['scholarship']} {n['wioa']} {n['reimbursement']}"
        f"</p><p>{n['living']} {n['referral']} {n['prep']}</p><p>{n['waitlist']}</p></div>",
        f"<div class='wp-block-group'><p>{n['salary']} {n['salary_range']} {n['raise']}</p>"
        f"<blockquote class='wp-block-quote'>{n['testimonial']}</blockquote></div>",
        f"<footer class='site-footer'><p>{n['post']} · {n['updated']}</p><p>{n['phone']}</p>"
        f"<p>{n['copyright']}</p><a>{n['button']}</a> <p>{n['cta']}</p></footer>",
    ]  # fmt: skip


def moodle(p: Program, k: Kit) -> Page:
    """A Moodle category page: the program description, one course box per cohort (its
    course short name and custom fields: term begins, last day, cost, length), the
    enrolment-fee box ("This course requires a payment for entry.") and the upcoming-events
    block with Moodle's year-less "Tuesday, 21 January, 6:00 PM" dates."""
    v = FifthVoice(k)
    n = v.negatives()

    def field(name: str, value: str) -> str:
        short = name.lower().replace(" ", "").replace("&amp;", "")
        return (f'<div class="customfield customfield_text customfield_{short}"><span class='
                f'"customfieldname">{name}</span><span class="customfieldseparator">: </span>'
                f'<span class="customfieldvalue">{value}</span></div>')  # fmt: skip

    boxes = "".join(
        f'<div class="coursebox clearfix {"odd" if i % 2 else "even"}" data-courseid="'
        f'{300 + p.seed * 4 + i}" data-type="1"><div class="info"><h3 class="coursename"><a '
        f'class="aalink">{p.track} Bootcamp — {v.season(s)} ({p.track[:2].upper()}-'
        f'{s.year}{v.season(s)[:2].upper()})</a></h3><div class="moreinfo"></div><div class='
        f'"enrolmenticons"><i class="icon fa fa-money" title="Enrolment fee"></i></div></div>'
        f'<div class="content"><div class="customfields-container">'
        f"{field('Term begins', v.day(s, 'moodle'))}"
        f"{field('Last day of class', v.day(e, 'moodle'))}"
        f"{field('Delivery', 'Hybrid' if i % 2 else 'On campus')}</div></div></div>"
        for i, (s, e) in enumerate(zip(p.starts, p.ends(), strict=True)))  # fmt: skip
    facts = field("Program length", f"{p.weeks} weeks")
    facts += field("Weekly commitment", f"{v.per_week()} hours")
    if p.hours_total:
        facts += field("Clock hours", str(p.hours_total))
    facts += field("Credit hours", "12") + field("Tuition &amp; fees", v.money(p.upfront, 1))
    plan = f"<p>Payment options: a {v.plan()}.</p>" if p.monthly else ""
    promises = "".join(f"<h4>{TITLES[g.kind]}</h4><p>{v.terms(g)}</p>" for g in p.guarantees)
    isa = f"<h4>Income Share Agreement</h4><p>{v.isa()}</p>" if p.isa else ""
    upcoming = "".join(
        f'<div class="event"><span class="icon fa fa-calendar"></span><h6 class="d-inline"><a>'
        f'{title}</a></h6><div class="date"><a>{d:%A}, {d.day} {d:%B}</a>, 6:00 PM</div>'
        f"<div class='description'>{said}</div></div>"
        for d, title, said in _events(p, v))  # fmt: skip
    return [], [
        f'<div id="page-header"><nav aria-label="Navigation bar"><ol class="breadcrumb"><li '
        f'class="breadcrumb-item">Workforce Training</li><li class="breadcrumb-item">Tech '
        f"Bootcamps</li></ol></nav><h1 class='h2'>{p.name}</h1><p>{n['tagline']}</p></div>",
        f'<div class="box py-3 generalbox info"><div class="no-overflow"><p>{v.duration()}. '
        f"{n['capstone']}</p><p>{n['credits']}</p>{plan}<p>{n['scholarship']} {n['wioa']} "
        f"{n['reimbursement']}</p></div></div>",
        f'<div class="customfields-container program-facts">{facts}</div>',
        f'<div class="course_category_tree clearfix"><div class="content"><div class="courses '
        f'category-browse category-browse-7">{boxes}</div></div></div>',
        f'<div class="box py-3 generalbox" id="enrol-fee"><p>This course requires a payment '
        f'for entry.</p><p><b>Cost: {v.money(p.upfront, 4)}</b></p><button class="btn '
        f'btn-secondary">Select payment type</button></div>',
        f'<div class="box py-3 generalbox policies"><h3>Policies</h3>{promises}{isa}<p>'
        f"{n['placement']}</p></div>",
        f'<section class="block_calendar_upcoming block card"><h5 class="card-title">Upcoming '
        f'events</h5><div class="card-text content">{upcoming}</div><p>{n["waitlist"]}</p>'
        f"</section>",
        f'<section class="block_html block card"><div class="no-overflow"><p>{n["salary"]} '
        f"{n['salary_range']} {n['raise']}</p><p>{n['testimonial']}</p><p>{n['living']} "
        f"{n['referral']} {n['prep']}</p></div></section>",
        f'<footer id="page-footer"><div class="logininfo">You are not logged in. (<a>Log in'
        f"</a>)</div><p>{n['post']} · {n['updated']}</p><p>{n['phone']}</p><p>"
        f"{n['copyright']}</p><a>{n['button']}</a> <p>{n['cta']}</p><a>Get the mobile app</a>"
        "</footer>",
    ]  # fmt: skip


def gdocs(p: Program, k: Kit) -> Page:
    """A Google Doc published to the web: the publish banner, class-soup paragraphs whose
    label and value are separate ``<span class="c1">`` runs, empty spacer paragraphs, a
    bullet list, a table of cohorts and footnotes holding the guarantee fine print."""
    v = FifthVoice(k)
    n = v.negatives()

    def para(*runs: tuple[str, str]) -> str:
        spans = "".join(f'<span class="{c}">{t}</span>' for c, t in runs)
        return f'<p class="c2">{spans}</p><p class="c2 c12"><span class="c0"></span></p>'

    def cell(text: str) -> str:
        return f'<td class="c7" colspan="1" rowspan="1"><p class="c6"><span class="c0">{text}' \
               "</span></p></td>"  # fmt: skip

    rows = "".join(f'<tr class="c4">{cell(v.season(s))}{cell(v.day(s, "abbr"))}'
                   f"{cell(v.day(e, 'us'))}</tr>"
                   for s, e in zip(p.starts, p.ends(), strict=True))  # fmt: skip
    refs = "".join(f'<sup><a href="#ftnt{i}" id="ftnt_ref{i}">[{i}]</a></sup>'
                   for i in range(1, len(p.guarantees) + 1))  # fmt: skip
    notes = "".join(f'<div><p class="c3"><a href="#ftnt_ref{i}" id="ftnt{i}">[{i}]</a><span '
                    f'class="c10">&nbsp;{TITLES[g.kind]}: {v.terms(g)}</span></p></div>'
                    for i, g in enumerate(p.guarantees, 1))  # fmt: skip
    bullets = [f"Program length: {v.duration()}", n["capstone"], n["credits"]]
    if p.monthly:
        bullets.append(f"Prefer monthly? Choose a {v.plan()}.")
    if p.isa:
        bullets.append(v.isa() or "")
    lis = "".join(f'<li class="c2 li-bullet-0"><span class="c0">{b}</span></li>' for b in bullets)
    return [], [
        '<div id="banners"><div id="publish-banner"><span>Published using Google Docs</span> '
        '<a>Report abuse</a> <a>Learn more</a></div><div id="footer-info">Updated '
        "automatically every 5 minutes</div></div>",
        '<div id="contents"><style type="text/css">.c0{font-weight:400;font-size:11pt}.c1{'
        'font-weight:700}.c12{height:11pt}</style><div class="doc-content"><p class="c2 title">'
        f'<span class="c5">{p.name}</span></p><p class="c2 subtitle"><span class="c0">'
        f"{n['tagline']}</span></p>",
        para(("c1", "Program cost: "), ("c0", f"{v.money(p.upfront)} (tuition &amp; fees)")),
        f'<ul class="c8 lst-kix_q3x2m1-0 start">{lis}</ul>',
        f'<p class="c2"><span class="c1">Next sessions</span></p><table class="c9"><tr class='
        f'"c4">{cell("Cohort")}{cell("Classes start the week of")}{cell("Last day")}</tr>{rows}'
        "</table>",
        para(("c1", "Guarantees"), ("c0", refs)) + para(("c0", n["placement"]))
        if p.guarantees else para(("c0", n["placement"])),
        para(("c1", "Paying for it: "), ("c0", f"{n['scholarship']} {n['wioa']} "
                                               f"{n['reimbursement']} {n['living']}"))
        + para(("c0", f"{n['referral']} {n['prep']}")),
        para(("c1", "Dates to know: "), ("c0", f"{n['deadline']} {n['early']} {n['info']} "
                                               f"{n['open_house']} {n['orientation']} "
                                               f"{n['ends']} {n['graduation']} {n['waitlist']}")),
        para(("c0", f"{n['salary']} {n['salary_range']} {n['raise']}"))
        + para(("c0", n["testimonial"])),
        para(("c0", f"{n['post']} · {n['updated']} · {n['phone']} · {n['button']} · "
                    f"{n['cta']}")) + para(("c0", n["copyright"])),
        f'<hr class="c11">{notes}</div></div>',
    ]  # fmt: skip


FIFTH = {f.__name__: f for f in (divi, astro_island, docusaurus, events_calendar, moodle, gdocs)}
