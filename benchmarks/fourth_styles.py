"""The fourth set: six styles in new markup and words (:class:`FourthVoice`), now for dev.

Written after the rules were tuned on the unseen set (:mod:`benchmarks.unseen_styles`),
from how real course sites look and without reading bootwatch's extraction rules, and held
out for its first look; rules have been tuned on it since, so it scores in the dev group
and :mod:`benchmarks.fifth_styles` is the held-out set. An Angular SSR page with
its HTTP transfer cache in ``<script id="serverApp-state">``, a Shopify product page (one
variant per cohort, ``ProductGroup`` JSON-LD, ``ShopifyAnalytics.meta`` in pence or
cents), a university continuing-education catalogue entry (course code, fee, a table of
session dates), a Notion HTML export (page properties, callouts, toggles), an email
newsletter in one column of layout tables, and a mobile-app-like page of tabs and chips
whose inactive panels are ``hidden``. Same contract as :mod:`benchmarks.page_styles`:
``(head, sections)`` stating every fact and every negative. One module because the six
share the voice and a few helpers, and are read together as one set.

First look (8 programs a style, before any rule was changed for them), precision / recall:
prices 0.59/0.93, start dates 0.51/0.70, weeks 1.00/1.00, hours per week 1.00/0.17,
guarantees 0.72/0.43, income share 1.00/1.00; 233 false changes on redesigns.
"""

from __future__ import annotations

import json
from datetime import timedelta

from fourth_voice import FourthVoice
from page_styles import Page
from pagegen import SIGNS, Kit, Program

TITLES = {"job_guarantee": "Employment guarantee", "money_back": "Cooling-off period",
          "tuition_refund": "Refund policy"}  # fmt: skip
GB = '<meta property="og:locale" content="en_GB">'
AU = '<meta property="og:locale" content="en_AU">'


def angular_state(p: Program, k: Kit) -> Page:
    """Angular SSR: the course API's response in the HTTP transfer cache
    (``<script id="serverApp-state">``, keyed by a request hash), a rendered shell of
    components with the fee and duration; the intakes, guarantees and ISA are deferred
    blocks that only the state holds."""
    v = FourthVoice(k)
    n = v.negatives()
    low, high = p.hours
    course = {
        "id": 4000 + p.seed, "title": p.name, "strapline": n["tagline"],
        "fees": {"courseFee": f"{p.upfront}.00", "currency": p.currency,
                 "instalment": {"amount": f"{p.monthly}.00", "frequency": "MONTHLY"}
                 if p.monthly else None,
                 "earlyBirdSaving": "400.00", "bursaryMax": "2500.00"},
        "intakes": [{"commences": s.isoformat(), "concludes": e.isoformat(),
                     "enrolmentCloses": (s - timedelta(days=10)).isoformat(),
                     "campus": "Sydney CBD" if i % 2 else "Online (AEDT)"}
                    for i, (s, e) in enumerate(zip(p.starts, p.ends(), strict=True))],
        "durationWeeks": p.weeks,
        "studyLoadHoursPerWeek": {"min": low, "max": high},
        "contactHours": p.hours_total,
        "guarantees": [{"heading": TITLES[g.kind], "body": v.terms(g)} for g in p.guarantees],
        "incomeShare": v.isa(),
        "outcomes": {"medianSalary": n["salary"], "salaryBand": n["salary_range"]},
        "events": [n["info"], n["open_house"], n["graduation"]],
        "modifiedAt": "2025-01-06T03:20:11+11:00",
    }  # fmt: skip
    state = {
        str(1_000_000_000 + p.seed * 37): {
            "b": {"data": course}, "h": {"content-type": ["application/json"]}, "s": 200,
            "st": "OK", "u": f"https://api.{p.camp.lower()}.example/v2/courses/{4000 + p.seed}",
            "rt": "json",
        },
        "__nghData__": [{"t": {"2": "t0"}, "c": {"2": [{"i": "t0", "r": 1}]}}],
    }  # fmt: skip
    plan = f" or {v.money(p.monthly)} pcm" if p.monthly else ""
    return [AU], [
        f'<app-root ng-version="17.3.4" ngh="0" ng-server-context="ssr"><app-hero _nghost-ng-c1>'
        f"<h1 _ngcontent-ng-c1>{p.name}</h1><p _ngcontent-ng-c1>{n['tagline']}</p>"
        f"<a _ngcontent-ng-c1 class='btn'>{n['button']}</a></app-hero>",
        f"<app-key-facts><ul class='facts'><li><span>Course fee</span> "
        f"<strong>{v.money(p.upfront, 2)}</strong>{plan}</li><li><span>Duration</span> "
        f"<strong>{p.weeks} weeks</strong></li></ul><!--ngEsc--></app-key-facts>",
        "<app-intakes><!--container--></app-intakes><app-guarantees><!--container-->"
        "</app-guarantees>",
        f"<app-outcomes><p>{n['salary']} {n['raise']}</p><p>{n['scholarship']} "
        f"{n['living']} {n['referral']}</p><p>{n['testimonial']}</p></app-outcomes>",
        f"<app-dates><p>{n['deadline']} {n['early']}</p><p>{n['orientation']} {n['ends']}</p>"
        f"<p>{n['coaching']}</p></app-dates>",
        f"<app-footer><footer>{n['post']} · {n['updated']}<br>{n['phone']}<br>"
        f"{n['copyright']}<br>{n['cta']}</footer></app-footer></app-root>",
        f'<script id="serverApp-state" type="application/json">{json.dumps(state)}</script>',
    ]  # fmt: skip


def shopify(p: Program, k: Kit) -> Page:
    """A Shopify product page: the course as a product whose variants are the cohorts (the
    same price each), a struck-through compare-at price, a selling plan for monthly
    payments, ``ProductGroup`` JSON-LD and ``ShopifyAnalytics.meta`` in minor units."""
    v = FourthVoice(k)
    n = v.negatives()
    compare = int(round(p.upfront * 1.15, -2))
    handle = f"{p.camp.lower()}-{p.track.lower().replace('/', '-').replace(' ', '-')}"
    titles = [f"{v.day(s, 'dmy')} intake / Online" for s in p.starts]
    variants = [{"@type": "Product", "name": f"{p.name} - {t}", "sku": f"{handle}-{i + 1}",
                 "offers": {"@type": "Offer", "price": f"{p.upfront}.00",
                            "priceCurrency": p.currency,
                            "availability": "https://schema.org/InStock",
                            "url": f"/products/{handle}?variant={p.seed * 100 + i}"}}
                for i, t in enumerate(titles)]  # fmt: skip
    group = {"@context": "https://schema.org", "@type": "ProductGroup", "name": p.name,
             "productGroupID": str(p.seed * 977), "variesBy": ["https://schema.org/startDate"],
             "brand": {"@type": "Brand", "name": f"{p.camp} Academy"},
             "description": f"{v.duration()}. {n['tagline']}", "hasVariant": variants}  # fmt: skip
    meta = {"product": {"id": p.seed * 977, "vendor": f"{p.camp} Academy", "type": "Course",
                        "variants": [{"id": p.seed * 100 + i, "price": p.upfront * 100,
                                      "name": f"{p.name} - {t}", "public_title": t,
                                      "sku": f"{handle}-{i + 1}"}
                                     for i, t in enumerate(titles)]},
            "page": {"pageType": "product", "resourceType": "product"}}  # fmt: skip
    options = "".join(f'<option value="{p.seed * 100 + i}">{t}</option>'
                      for i, t in enumerate(titles))  # fmt: skip
    plan = (f'<label class="selling-plan"><input type="radio" name="selling_plan"> Monthly '
            f"payment plan: {v.money(p.monthly, 3)} / month</label>"
            if p.monthly else "")  # fmt: skip
    tabs = "".join(f"<details class='product__accordion'><summary>{TITLES[g.kind]}</summary>"
                   f"<div class='accordion__content rte'><p>{v.terms(g)}</p></div></details>"
                   for g in p.guarantees)  # fmt: skip
    isa = (f"<details class='product__accordion'><summary>Pay after you're hired</summary>"
           f"<div class='accordion__content rte'><p>{v.isa()}</p></div></details>"
           if p.isa else "")  # fmt: skip
    return [f'<script type="application/ld+json">{json.dumps(group)}</script>'], [
        f"<div class='announcement-bar'><p>{n['early']} {n['cta']}</p></div>",
        f"<section class='product'><h1 class='product__title'>{p.name}</h1>"
        f"<div class='price price--on-sale'><s class='price-item price-item--regular'>"
        f"{v.money(compare, 3)}</s> <span class='price-item price-item--sale'>"
        f"{v.money(p.upfront, 3)}</span><span class='badge'>Sale</span></div>"
        "<small class='product__tax'>Tax included.</small>",
        f"<variant-selects><label>Intake</label><select name='id'>{options}</select>"
        f"</variant-selects><fieldset class='selling-plans'><label><input type='radio' "
        f"name='selling_plan' checked> One-time purchase</label>{plan}</fieldset>"
        f"<button class='product-form__submit'>Add to cart</button></section>",
        f"<div class='product__description rte'><p>{v.duration()}.</p><p>{n['coaching']}</p>"
        f"<p>{n['salary']} {n['salary_range']}</p><p>{n['orientation']} {n['ends']} "
        f"{n['graduation']}</p></div>",
        tabs + isa,
        f"<div class='product-reviews'><p>{n['testimonial']}</p></div><div class='rte'>"
        f"<p>{n['scholarship']} {n['living']} {n['referral']} {n['raise']}</p>"
        f"<p>{n['deadline']} {n['info']} {n['open_house']}</p></div>",
        f"<footer class='footer'><p>{n['phone']}</p><p>{n['copyright']}</p><p>{n['post']} "
        f"{n['updated']}</p><a>{n['button']}</a></footer>",
        f"<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {{}};"
        f"window.ShopifyAnalytics.meta = {json.dumps(meta)};</script>",
    ]  # fmt: skip


def catalogue(p: Program, k: Kit) -> Page:
    """A university continuing-education catalogue entry: a course code, a definition list
    of fee, credit and hours, a table of sessions (start, end, location, status) in
    day/month/year, and the refund and guarantee terms as numbered regulations."""
    v = FourthVoice(k)
    n = v.negatives()
    code = f"CE{p.track[:3].upper()}{4100 + p.seed % 90}"
    places = ["Online", "Bloomsbury campus", "Evening, Room G.14"]
    status = ["Open", "Few places left", "Waiting list", "Open"]
    rows = "".join(f"<tr><td>{code}-{i + 1:02d}</td><td>{v.day(s, 'slash')}</td>"
                   f"<td>{v.day(e, 'slash')}</td><td>{places[i % 3]}</td><td>{status[i]}</td>"
                   "</tr>"
                   for i, (s, e) in enumerate(zip(p.starts, p.ends(), strict=True)))  # fmt: skip
    hours = f"<dt>Contact hours</dt><dd>{p.hours_total}</dd>" if p.hours_total else ""
    plan = (f"<dt>Payment by instalments</dt><dd>{v.money(p.monthly)} per calendar month by "
            "direct debit</dd>" if p.monthly else "")  # fmt: skip
    regs = "".join(f"<li><strong>{TITLES[g.kind]}.</strong> {v.terms(g)}</li>"
                   for g in p.guarantees)  # fmt: skip
    if p.isa:
        regs += f"<li><strong>Deferred fees.</strong> {v.isa()}</li>"
    return [GB], [
        f"<div class='breadcrumb'>Continuing Education › Short courses › {p.track}</div>"
        f"<h1>{p.name} <span class='course-code'>({code})</span></h1><p class='lead'>"
        f"{n['tagline']}</p>",
        f"<dl class='course-details'><dt>Course code</dt><dd>{code}</dd><dt>Fee</dt><dd>"
        f"{v.money(p.upfront)} (VAT exempt)</dd>{plan}<dt>Duration</dt><dd>{p.weeks} weeks"
        f"</dd><dt>Study load</dt><dd>{v.per_week()} hours per week</dd>{hours}"
        "<dt>Credit</dt><dd>20 credits at FHEQ Level 4</dd><dt>Mode</dt><dd>Blended</dd></dl>",
        f"<h2>Session dates</h2><table class='sessions'><thead><tr><th>Session</th>"
        f"<th>Start</th><th>End</th><th>Location</th><th>Status</th></tr></thead><tbody>"
        f"{rows}</tbody></table><p class='note'>{n['deadline']} {n['early']}</p>",
        f"<h2>Fees and funding</h2><p>{n['scholarship']} {n['living']}</p><p>"
        f"{n['referral']}</p>",
        f"<h2>Terms and conditions</h2><ol class='regulations'>{regs}</ol>" if regs else "",
        f"<h2>Careers</h2><p>{n['salary']} {n['salary_range']} {n['raise']}</p>"
        f"<p>{n['coaching']}</p><blockquote>{n['testimonial']}</blockquote>",
        f"<h2>Key dates</h2><ul><li>{n['info']}</li><li>{n['open_house']}</li><li>"
        f"{n['orientation']}</li><li>{n['ends']}</li><li>{n['graduation']}</li></ul>",
        f"<footer><p>{n['updated']} · {n['post']}</p><p>{n['phone']}</p>"
        f"<p>{n['copyright']}</p><a>{n['button']}</a> <a>{n['cta']}</a></footer>",
    ]  # fmt: skip


def notion(p: Program, k: Kit) -> Page:
    """A Notion page exported to HTML (or served by a Notion site builder): a properties
    table at the top, callouts with an emoji, toggles for the fine print, a simple table of
    intakes and ``<time>@...</time>`` dates."""
    v = FourthVoice(k)
    n = v.negatives()

    def prop(name: str, value: str) -> str:
        return (f'<tr class="property-row"><th><span class="icon property-icon"></span>{name}'
                f"</th><td>{value}</td></tr>")  # fmt: skip

    def callout(icon: str, text: str) -> str:
        return (f'<figure class="block-color-gray_background callout" style="display:flex">'
                f'<div style="font-size:1.5em"><span class="icon">{icon}</span></div>'
                f'<div style="width:100%">{text}</div></figure>')  # fmt: skip

    def toggle(title: str, body: str) -> str:
        return (f'<ul class="toggle"><li><details><summary>{title}</summary><p>{body}</p>'
                "</details></li></ul>")  # fmt: skip

    chips = "".join(f'<span class="selected-value select-value-color-blue">'
                    f"{v.day(s, 'dmy')}</span>" for s in p.starts)  # fmt: skip
    props = prop("Course fee", v.money(p.upfront, 1))
    if p.monthly:
        props += prop("Instalments", f"{v.money(p.monthly, 1)} / month")
    props += prop("Intakes", chips) + prop("Length", f"{p.weeks} weeks")
    props += prop("Hours / week", v.per_week())
    if p.hours_total:
        props += prop("Total hours", str(p.hours_total))
    rows = "".join(f"<tr><td><time>@{Kit.day(s)}</time></td><td><time>@{Kit.day(e)}</time>"
                   "</td></tr>"
                   for s, e in zip(p.starts, p.ends(), strict=True))  # fmt: skip
    fine = "".join(toggle(f"{TITLES[g.kind]} ▸", v.terms(g)) for g in p.guarantees)
    if p.isa:
        fine += toggle("Income share agreement ▸", v.isa() or "")
    return [AU], [
        f'<article class="page sans"><header><h1 class="page-title">{p.name}</h1>'
        f'<p class="page-description">{n["tagline"]}</p><table class="properties"><tbody>'
        f"{props}</tbody></table></header>",
        callout("💡", f"<p>{n['early']}</p><p>{n['deadline']}</p>"),
        f'<h2 class="">Intake calendar</h2><table class="simple-table"><thead>'
        f'<tr><th class="simple-table-header">Commences</th><th class="simple-table-header">'
        f"Concludes</th></tr></thead><tbody>{rows}</tbody></table>",
        f'<p class="">{v.duration()}.</p><p>{n["coaching"]}</p>',
        f'<h2 class="">The fine print</h2>{fine}' if fine else "",
        callout("💸", f"<p>{n['scholarship']} {n['living']} {n['referral']}</p>"),
        callout("📈", f"<p>{n['salary']} {n['salary_range']} {n['raise']}</p>"),
        f"<h3>Events</h3><ul class='bulleted-list'><li>{n['info']}</li><li>"
        f"{n['open_house']}</li><li>{n['orientation']}</li><li>{n['ends']}</li><li>"
        f"{n['graduation']}</li></ul><blockquote>{n['testimonial']}</blockquote>",
        f"<p>{n['post']} · {n['updated']}</p><p>{n['phone']} · {n['button']} · {n['cta']}</p>"
        f"<p>{n['copyright']}</p></article>",
    ]  # fmt: skip


def newsletter(p: Program, k: Kit) -> Page:
    """An email newsletter in a browser: a hidden preheader, one 600-pixel column of layout
    tables with inline styles, marketing copy with year-less weekday dates, a tracking
    pixel and an unsubscribe footer."""
    v = FourthVoice(k)
    n = v.negatives()
    first, *rest = p.starts
    when = f"Our next intake commences {v.day(first, 'weekday')}"
    if rest:
        when += ", with further intakes on " + ", ".join(v.day(s, "weekday") for s in rest)
    plan = (f" Prefer to spread it out? Instalments from just {v.money(p.monthly)} pcm."
            if p.monthly else "")  # fmt: skip

    def row(html: str, pad: str = "16px 32px") -> str:
        return (f'<tr><td style="padding:{pad};font-family:Arial,sans-serif;font-size:16px;'
                f'line-height:24px;color:#222222">{html}</td></tr>')  # fmt: skip

    promises = "".join(row(f"<strong>{TITLES[g.kind]}:</strong> {v.terms(g)}")
                       for g in p.guarantees)  # fmt: skip
    pixel = (f'<img src="https://t.{p.camp.lower()}.example/o/{k.token()}.gif" width="1" '
             'height="1" alt="" style="display:block">')  # fmt: skip
    body = (
        row(f'<a href="#" style="color:#888">View this email in your browser</a> · '
            f"{n['post']}", "8px 32px")
        + row(f'<h1 style="margin:0;font-size:28px">{n["tagline"]}</h1><p>{p.name}</p>')
        + row(f"<p>G'day! {when}. {n['deadline']}</p>")
        + row(f"<p>The course fee is {v.money(p.upfront)}, all inclusive.{plan} "
              f"{v.isa() or ''}</p><p>{n['early']}</p>")
        + row(f"<p>What you're signing up for: {v.duration()}.</p><p>{n['coaching']}</p>")
        + promises
        + row(f'<a href="#" style="background:#ff5a1f;color:#fff;padding:12px 24px;'
              f'border-radius:4px">{n["button"]}</a> <p>{n["cta"]}</p>')
        + row(f"<p>{n['salary']} {n['salary_range']} {n['raise']}</p><p>"
              f"<em>{n['testimonial']}</em></p>")
        + row(f"<p>{n['scholarship']} {n['living']} {n['referral']}</p>")
        + row(f"<p>{n['info']} {n['open_house']}</p><p>{n['orientation']} {n['ends']} "
              f"{n['graduation']}</p>")
        + row(f'<p style="font-size:12px;color:#888">{n["copyright"]}<br>Level 3, 88 George '
              f"St, Sydney NSW 2000<br>{n['phone']}<br>{n['updated']}<br>You're receiving "
              'this because you downloaded a course guide. <a href="#">Unsubscribe</a></p>'
              f"{pixel}", "24px 32px")
    )  # fmt: skip
    return [], [
        '<div style="display:none;max-height:0;overflow:hidden">Intakes filling fast – '
        "secure your spot &#847;&zwnj;&nbsp;&#847;&zwnj;&nbsp;</div>",
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
        'style="background:#f4f4f4"><tr><td align="center"><table role="presentation" '
        f'width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">{body}'
        "</table></td></tr></table>",
    ]


def app_tabs(p: Program, k: Kit) -> Page:
    """A mobile-app-like page: a tab bar (``role=tablist``) over four panels, only the
    first shown (the others carry ``hidden``, as the ARIA tabs pattern does), cohorts as
    chips in day.month.year and key figures as cards."""
    v = FourthVoice(k)
    n = v.negatives()
    tabs = ["Overview", "Dates", "Fees", "Guarantees"]
    bar = "".join(f'<button role="tab" id="tab-{i}" aria-controls="panel-{i}" '
                  f'aria-selected="{str(i == 0).lower()}" tabindex="{0 if i == 0 else -1}">'
                  f"{t}</button>" for i, t in enumerate(tabs))  # fmt: skip

    def panel(i: int, html: str) -> str:
        hidden = "" if i == 0 else " hidden"
        return (f'<div role="tabpanel" id="panel-{i}" aria-labelledby="tab-{i}" tabindex="0"'
                f"{hidden}>{html}</div>")  # fmt: skip

    def card(label: str, value: str) -> str:
        return (f'<div class="card"><div class="card__label">{label}</div>'
                f'<div class="card__value">{value}</div></div>')  # fmt: skip

    chips = "".join(f'<span class="chip chip--filter" role="option">{v.day(s, "dotted")}'
                    "</span>" for s in p.starts)  # fmt: skip
    fees = card("Upfront", v.money(p.upfront, 2))
    if p.monthly:
        fees += card("Monthly", f"{v.money(p.monthly, 2)}<small>/mo</small>")
    if p.isa:
        fees += card("Income share", v.isa() or "")
    overview = card("Length", f"{p.weeks} wks") + card("Per week", f"{v.per_week()} h")
    if p.hours_total:
        overview += card("Total", f"{p.hours_total} h")
    promises = "".join(f'<div class="card"><div class="card__label">{TITLES[g.kind]}</div>'
                       f"<p>{v.terms(g)}</p></div>" for g in p.guarantees)  # fmt: skip
    sign = SIGNS[p.currency]
    return [
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="apple-itunes-app" content="app-id=1488612345">'
    ], [
        f'<header class="appbar"><button aria-label="Back">←</button><h1>{p.name}</h1>'
        f"</header><p class='subtitle'>{n['tagline']}</p>",
        f'<div role="tablist" aria-label="Course">{bar}</div>',
        panel(0, f'<div class="cards">{overview}</div><p>{n["coaching"]}</p><div class="chips">'
              f'<span class="chip">{n["salary"]}</span><span class="chip">Up to {sign}2.5k '
              f"bursary</span></div><p>{n['salary_range']} {n['raise']}</p>"),
        panel(1, f'<h2>Choose an intake</h2><div class="chips" role="listbox">{chips}</div>'
              f"<ul class='list'><li>{n['deadline']}</li><li>{n['early']}</li><li>"
              f"{n['info']}</li><li>{n['open_house']}</li><li>{n['orientation']}</li><li>"
              f"{n['ends']}</li><li>{n['graduation']}</li></ul>"),
        panel(2, f'<div class="cards">{fees}</div><p>{n["scholarship"]} {n["living"]} '
              f"{n['referral']}</p>"),
        panel(3, promises or "<p>No guarantees are offered on this course.</p>"),
        f'<nav class="bottom-bar"><a>{n["button"]}</a><a>{n["cta"]}</a></nav>'
        f"<footer><p>{n['testimonial']}</p><p>{n['post']} · {n['updated']}</p><p>"
        f"{n['phone']}</p><p>{n['copyright']}</p></footer>",
    ]  # fmt: skip


FOURTH = {f.__name__: f for f in (angular_state, shopify, catalogue, notion, newsletter, app_tabs)}
