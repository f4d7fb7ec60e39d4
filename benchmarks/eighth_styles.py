"""The eighth set: seven styles in new markup and words (:class:`EighthVoice`), now for dev.

Written while the rules were being tuned on the seventh set (:mod:`benchmarks.seventh_styles`),
from how real course pages look and without reading bootwatch's extraction rules, and held
out for its first look; rules are tuned on it since, so it scores in the dev group (its
programs still drawn by :func:`eighth_voice.eighth_program`, and a development program
redesigned into it keeps its own currency) and :mod:`benchmarks.twentyfirst_styles` is the
held-out set. A Wix site (rich-text
``wixui`` spans, a Pricing Plans widget whose amount and sign are separate ``aria-hidden``
spans under an ``aria-label`` naming the currency, the cohorts an Events widget that renders
in the browser, so its events are only in the ``wix-warmup-data`` JSON with UTC start times
and a formatted local date), a Qwik City page (resumable: every dynamic text between
``<!--t=N-->`` and ``<!---->`` comments, components in ``<!--qv-->`` virtual comments, the
state in ``<script type="qwik/json">`` with ``\\u0006`` dates), a Laravel + Inertia.js page
(nothing rendered but ``<div id="app" data-page="...">``: the page's props as HTML-escaped
JSON, money as minor units beside a formatted string, Carbon's UTC timestamps with
microseconds), a published Google Sites page (class-soup paragraphs and spans, collapsible
groups, an embedded calendar iframe), a Blogger post (lines split by ``<br />`` and
``&nbsp;``, a schedule table pasted from Word's ``MsoNormal`` paragraphs, a comment thread
with dates, labels and "Older Post"), an accessible provider page (a ``<caption>``ed intake
table with ``scope`` and ``headers``, ``visually-hidden`` labels, ``<abbr>`` units, the
guarantees in ``hidden`` accordion panels) and a Google Form for applications (the
description with line breaks, the intakes and payment choices as radio options with
``aria-label`` and ``data-value``, all again in ``FB_PUBLIC_LOAD_DATA_``'s nested arrays).
Prices are in naira, rand, shillings, pesos, New Zealand dollars and złoty
(:func:`eighth_voice.eighth_program`). Same contract as :mod:`benchmarks.page_styles`:
``(head, sections)`` stating every fact and every negative. One module because the seven
share the voice and a few helpers, and are read together as one set.
"""

from __future__ import annotations

import html
import json
from datetime import date

from eighth_voice import EighthVoice
from page_styles import Page
from pagegen import TODAY, Kit, Program

TITLES = {"job_guarantee": "Job guarantee", "money_back": "Money-back promise",
          "tuition_refund": "Refund policy"}  # fmt: skip
#: The negatives by where pages put them: (money talk, dates, course perks, footer).
GROUPS = (
    ("salary", "junior", "deposit", "scholarship", "stipend", "laptop", "funding", "tax", "pay",
     "referral"),
    ("early", "deadline", "test", "webinar", "open_day", "orientation", "ends", "demo_day"),
    ("attachment", "support", "alumni", "rating"),
    ("post", "updated", "testimonial", "phone", "copyright"),
)  # fmt: skip
CURRENCY_NAMES = {"NGN": "Nigerian nairas", "ZAR": "South African rand", "KES": "Kenyan "
                  "shillings", "PHP": "Philippine pesos", "NZD": "New Zealand dollars",
                  "PLN": "Polish złoty"}  # fmt: skip


def _groups(v: EighthVoice) -> list[list[str]]:
    n = v.negatives()
    return [[n[x] for x in g] for g in GROUPS]


def _js(value: object) -> str:
    """JSON as ``JSON.stringify`` writes it: no spaces, UTF-8 kept, no ``</`` to end a
    script early."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).replace("</", "<\\/")


def _locale(v: EighthVoice) -> str:
    return f'<meta property="og:locale" content="{v.lang.replace("-", "_")}">'


def wix_warmup(p: Program, k: Kit) -> Page:
    """A Wix site: rich-text elements of ``wixui`` spans, the Pricing Plans widget (sign
    and amount in ``aria-hidden`` spans, the ``aria-label`` names the currency), and an
    Events widget that renders in the browser from the ``wix-warmup-data`` script only."""
    v = EighthVoice(k)
    n = v.negatives()
    money, dates, perks, foot = _groups(v)
    comp = iter(f"comp-l{p.seed * 131 + i:x}" for i in range(100))

    def rich(*paras: str, tag: str = "p", font: int = 8) -> str:
        body = "".join(f'<{tag} class="font_{font} wixui-rich-text__text"><span style="color:'
                       f'#1B2430;" class="wixui-rich-text__text">{x}</span></{tag}>'
                       for x in paras)  # fmt: skip
        c = next(comp)
        return (f'<div id="{c}" class="HcOXKn c9GqVL QxJLC3 {c} wixui-rich-text" data-testid='
                f'"richTextElement">{body}</div>')  # fmt: skip

    def plan(name: str, amount: int, recurrence: str, extra: str = "") -> str:
        shown, called = v.money(amount), CURRENCY_NAMES.get(p.currency, p.currency)
        number = next(g for g in (f"{amount:,}", f"{amount:,}".replace(",", " ")) if g in shown)
        symbol = shown.replace(number, "").strip()
        sign = f'<span data-hook="price-currency" aria-hidden="true">{symbol}</span>'
        amount_span = f'<span data-hook="price-amount" aria-hidden="true">{number}</span>'
        parts = sign + amount_span if shown.index(number) else amount_span + sign
        return (
            f'<div data-hook="plan-card" class="sCxgC3"><h2 data-hook="plan-name">{name}'
            f'</h2><div data-hook="price" class="Hx4fZk" aria-label="{amount:,} '
            f'{called}">{parts}</div><span data-hook="recurrence">'
            f'{recurrence}</span>{extra}<button data-hook="plan-cta">Select</button></div>'
        )

    plans = plan("Pay in full", p.upfront, "One-time payment")
    if p.monthly:
        plans += plan("Instalments", p.monthly, "Every month",
                      f'<span data-hook="plan-duration">Valid for {v.months()} months</span>'
                      f'<p data-hook="plan-description">{v.plan()}</p>')  # fmt: skip
    events = [{"id": f"{p.seed:x}-{i}", "title": v.cohort_name(i, s), "slug": f"cohort-{i}",
               "status": 0, "description": f"{v.starts_line(i, s)}. {v.mode().capitalize()}.",
               "scheduling": {"config": {"startDate": v.stamp(s), "endDate": v.stamp(e, 17),
                                         "timeZoneId": v.zone, "scheduleTbd": False},
                              "formatted": f"{v.local(s)}, 9:00 – {v.local(e)}, 17:00"},
               "location": {"name": f"{p.camp} campus", "type": "VENUE"},
               "registration": {"type": "RSVP", "status": "OPEN"}}
              for i, (s, e) in enumerate(zip(p.starts, p.ends(), strict=True))]  # fmt: skip
    warmup = {"appsWarmupData": {"140603ad-af8d-84a5-2c80-a0f60cb47351": {
        f"widget{next(comp)}": {"events": events, "hasMore": False, "language": "en",
                                 "locale": v.lang, "timeZone": v.zone}}}}  # fmt: skip
    terms = "".join(f'<div data-testid="collapsible-text" class="Pn1fa7"><h3>{TITLES[g.kind]}'
                    f'</h3><p class="fVVz2V">{v.terms(g)}</p><button class="Tt4jL2">Read more'
                    "</button></div>" for g in p.guarantees)  # fmt: skip
    isa = rich(v.isa() or "") if p.isa else ""
    return ['<meta name="generator" content="Wix.com Website Builder">', _locale(v)], [
        '<div id="SITE_CONTAINER"><main id="PAGES_CONTAINER"><section class="wixui-section">'
        + rich(p.name, tag="h1", font=0) + rich(n["tagline"], n["alumni"], n["rating"])
        + f'<a class="wixui-button" href="/apply">{n["button"]}</a></section>',
        '<section class="wixui-section">' + rich("Fees", tag="h2", font=2)
        + f'<div data-hook="pricing-plans-widget">{plans}</div>' + isa + rich(*money)
        + "</section>",
        '<section class="wixui-section">' + rich("Upcoming cohorts", tag="h2", font=2)
        + '<div data-hook="events-widget" class="QFrCHa" aria-busy="true"></div>'
        + rich(f"Duration: {v.duration()}", *perks) + rich(*dates) + "</section>",
        f'<section class="wixui-section">{rich("Our promise", tag="h2", font=2)}{terms}'
        "</section>" if p.guarantees else "",
        f'<footer class="wixui-footer">{rich(*foot)}</footer></main></div>',
        '<script type="application/json" id="wix-warmup-data">'
        f"{_js(warmup)}</script>",
    ]  # fmt: skip


def qwik(p: Program, k: Kit) -> Page:
    """A Qwik City page, resumable: each dynamic text between ``<!--t=N-->`` and ``<!---->``,
    components in ``<!--qv-->`` virtual comments, handlers in ``on:click`` attributes, and
    the state in ``<script type="qwik/json">`` (dates prefixed ``\\u0006``)."""
    v = EighthVoice(k)
    n = v.negatives()
    money, dates, perks, foot = _groups(v)
    ids = iter(range(1, 400))

    def t(text: str) -> str:
        return f"<!--t={next(ids):x}-->{text}<!---->"

    def comp(name: str, inner: str) -> str:
        i = next(ids)
        return f"<!--qv q:id={i:x} q:key={name}:{i:x}-->{inner}<!--/qv-->"

    cohorts = "".join(
        f'<li q:key="{i}" class="cohort"><button on:click="q-Cx9f2a.js#s_pick[{i}]" q:id="'
        f'{next(ids):x}">{t(v.cohort_name(i, s))}</button><span>{t(v.starts_line(i, s))}</span>'
        f"</li>" for i, s in enumerate(p.starts))  # fmt: skip
    plan = f"<p>{t(v.plan() or '')}</p>" if p.monthly else ""
    isa = f"<p>{t(v.isa() or '')}</p>" if p.isa else ""
    promise = "".join(f"<article><h3>{t(TITLES[g.kind])}</h3><p>{t(v.terms(g))}</p></article>"
                      for g in p.guarantees)  # fmt: skip
    objs: list[object] = [p.name, p.upfront, p.currency, p.monthly or "\u0001", p.weeks,
                          v.per_week()]  # fmt: skip
    objs += [f"\u0006{s.isoformat()}T00:00:00.000Z" for s in p.starts]
    state = {"refs": {"b": "0 1 2 3"}, "ctx": {}, "objs": objs,
             "subs": [["2 #4 3 #4"], ["2 #7 5 #7"]]}  # fmt: skip
    lis = "".join(f"<li>{t(x)}</li>" for x in dates)
    return [f'<meta name="generator" content="Qwik">{_locale(v)}<link rel="modulepreload" '
            'href="/build/q-Cx9f2a.js">'], [
        f'<div q:container="paused" q:version="1.5.1" q:render="ssr" q:base="/build/" '
        f'q:manifest-hash="{p.seed * 977 % 16**6:06x}">'
        + comp("hero", f"<header><h1>{t(p.name)}</h1><p>{t(n['tagline'])}</p><a href='/apply' "
                       f"q:link>{t(n['button'])}</a></header>"),
        comp("fees", f"<section><h2>Fees</h2><p class='price'>{t(v.money(p.upfront))}</p>"
                     f"{plan}{isa}<ul>{''.join(f'<li>{t(x)}</li>' for x in money)}</ul>"
                     "</section>"),
        comp("cohorts", f"<section><h2>Upcoming cohorts</h2><ul>{cohorts}</ul><p>Duration: "
                        f"{t(v.duration())}</p><ul>{lis}</ul></section>"),
        comp("promise", f"<section><h2>Our promise</h2>{promise}</section>")
        if p.guarantees else "",
        comp("footer", f"<footer><ul>{''.join(f'<li>{t(x)}</li>' for x in perks + foot)}</ul>"
                       "</footer>") + "</div>",
        f'<script type="qwik/json">{_js(state)}</script><script q:func="qwik/json">'
        "document.currentScript.qFuncs=[];</script>",
    ]  # fmt: skip


def inertia(p: Program, k: Kit) -> Page:
    """A Laravel + Inertia.js page without server rendering: the body holds only
    ``<div id="app" data-page="...">``, the route's props as HTML-escaped JSON (money in
    minor units beside a formatted string, Carbon UTC timestamps with microseconds)."""
    v = EighthVoice(k)
    n = v.negatives()
    money, dates, perks, foot = _groups(v)

    def cash(amount: int) -> dict:
        return {"amount": str(amount * 100), "currency": p.currency,
                "formatted": v.money(amount, 1)}  # fmt: skip

    course = {
        "id": p.seed, "title": p.name, "slug": f"{p.camp.lower()}-{p.seed}",
        "tagline": n["tagline"], "price": cash(p.upfront),
        "instalment": {**cash(p.monthly), "months": v.months(), "label": v.plan()}
        if p.monthly else None,
        "duration_weeks": p.weeks, "hours_per_week": v.per_week(), "schedule": v.duration(),
        "isa": v.isa(), "created_at": "2024-06-03T09:12:44.000000Z",
    }  # fmt: skip
    cohorts = [{"id": 40 + i, "name": v.cohort_name(i, s),
                "starts_at": v.stamp(s).replace(".000Z", ".000000Z"),
                "starts_on_human": v.local(s), "ends_on_human": v.local(e),
                "summary": v.starts_line(i, s)}
               for i, (s, e) in enumerate(zip(p.starts, p.ends(), strict=True))]  # fmt: skip
    page = {
        "component": "Courses/Show",
        "props": {"errors": {}, "auth": {"user": None}, "flash": {"message": None},
                  "course": course, "cohorts": cohorts,
                  "guarantees": [{"title": TITLES[g.kind], "body": v.terms(g)}
                                 for g in p.guarantees],
                  "fine_print": money, "key_dates": dates, "perks": perks,
                  "testimonial": foot[2], "footer": [x for x in foot if x != foot[2]],
                  "cta": n["button"]},
        "url": f"/courses/{course['slug']}",
        "version": k.token()[:32],
    }  # fmt: skip
    return [f'<meta name="description" content="{n["tagline"]}">{_locale(v)}<link rel='
            f'"preload" as="script" href="/build/assets/app-{k.token()[:8]}.js">'], [
        f'<div id="app" data-page="{html.escape(_js(page))}"></div>',
        f'<script type="module" src="/build/assets/app-{k.token()[:8]}.js"></script>',
    ]  # fmt: skip


def google_sites(p: Program, k: Kit) -> Page:
    """A published Google Sites page: paragraphs and spans in generated class names, bold
    by inline style, collapsible groups (``role="button"`` with ``aria-expanded``), an
    embedded Google Calendar iframe beside the typed list of cohorts."""
    v = EighthVoice(k)
    n = v.negatives()
    money, dates, perks, foot = _groups(v)

    def para(text: str, bold: str = "") -> str:
        label = (f'<span class="C9DxTc aw5Odc" style="font-weight: 700;">{bold}</span>'
                 if bold else "")  # fmt: skip
        return (f'<p dir="ltr" class="zfr3Q CDt4Ke" style="padding-top: 6pt;">{label}<span '
                f'class="C9DxTc">{text}</span></p>')  # fmt: skip

    def box(*inner: str) -> str:
        return (f'<div class="oKdM2c ZZyype Kzv0Me"><div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-'
                f'AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec OjCsFc dmUFtb wHaque g5GTcb"><div class='
                f'"tyJCtd mGzaTb Depvyb baZpAe">{"".join(inner)}</div></div></div>')  # fmt: skip

    def fold(title: str, *inner: str) -> str:
        return (f'<div class="dhtgD"><div class="EmVfjc" role="button" tabindex="0" aria-'
                f'expanded="false" aria-label="{title}"><span class="C9DxTc">{title}</span>'
                f'</div><div class="s4Ngjb" style="display: none;">{"".join(inner)}</div>'
                "</div>")  # fmt: skip

    cohorts = [para(f"{v.cohort_name(i, s)} — {v.numeric(s)}") for i, s in enumerate(p.starts)]
    fees = [para(v.money(p.upfront), "Fee: ")]
    if p.monthly:
        fees.append(para(v.plan() or ""))
    if p.isa:
        fees.append(para(v.isa() or ""))
    cal = (f'<iframe src="https://calendar.google.com/calendar/embed?src={p.camp.lower()}'
           f'academy%40gmail.com&amp;ctz={v.zone.replace("/", "%2F")}&amp;mode=AGENDA" '
           'width="100%" height="400" frameborder="0"></iframe>')  # fmt: skip
    return [f'<meta property="og:title" content="{p.name}">{_locale(v)}'], [
        box(f'<h1 id="h.{p.seed:x}t1" dir="ltr" class="zfr3Q duRjpb CDt4Ke">{p.name}</h1>',
            para(n["tagline"]), para(f'<a href="https://forms.gle/x{p.seed}">{n["button"]}</a>')),
        box('<h2 dir="ltr" class="zfr3Q OmQG5e CDt4Ke">Fees &amp; payment</h2>', *fees,
            *(para(x) for x in money)),
        box('<h2 dir="ltr" class="zfr3Q OmQG5e CDt4Ke">Upcoming cohorts</h2>', *cohorts,
            para(v.duration(), "Duration: "), f'<div class="w536ob">{cal}</div>'),
        box('<h2 dir="ltr" class="zfr3Q OmQG5e CDt4Ke">Guarantees</h2>',
            *(fold(TITLES[g.kind], para(v.terms(g))) for g in p.guarantees))
        if p.guarantees else "",
        box(fold("Important dates", *(para(x) for x in dates)), *(para(x) for x in perks)),
        box(*(para(x) for x in foot), para("Report abuse · Page details")),
    ]  # fmt: skip


def blogger(p: Program, k: Kit) -> Page:
    """A Blogger post announcing the programme: lines split by ``<br />`` and ``&nbsp;``,
    bold labels, the schedule pasted from Word (``MsoNormal`` paragraphs in a
    ``MsoTableGrid`` table), a comment thread with its dates, labels and "Older Post"."""
    v = EighthVoice(k)
    n = v.negatives()
    money, dates, perks, foot = _groups(v)

    def line(text: str, bold: str = "") -> str:
        label = f"<b>{bold}</b>&nbsp;" if bold else ""
        return f'<span style="font-family: verdana;">{label}{text}</span><br />'

    def cell(text: str, head: bool = False) -> str:
        inner = f'<span lang="EN-GB">{text}</span>'
        inner = f"<b>{inner}</b>" if head else inner
        return (f'<td style="border: 1pt solid windowtext; padding: 0cm 5.4pt;" valign="top" '
                f'width="200"><p class="MsoNormal" style="margin-bottom: 0cm;">{inner}<o:p>'
                "</o:p></p></td>")  # fmt: skip

    rows = "".join(f"<tr>{cell(v.cohort_name(i, s))}{cell(v.local(s))}{cell(v.local(e))}</tr>"
                   for i, (s, e) in enumerate(zip(p.starts, p.ends(), strict=True)))  # fmt: skip
    table = (f'<table border="1" cellpadding="0" cellspacing="0" class="MsoTableGrid" style='
             f'"border-collapse: collapse; border: none;"><tbody><tr>{cell("Cohort", True)}'
             f'{cell("Resumption date", True)}{cell("Last class", True)}</tr>{rows}</tbody>'
             "</table>")  # fmt: skip
    plan = line(v.plan() or "") if p.monthly else ""
    isa = line(v.isa() or "") if p.isa else ""
    terms = "".join(line(v.terms(g), f"{TITLES[g.kind]}:") for g in p.guarantees)
    body = (
        f'<div style="text-align: left;">{line(n["tagline"])}<br />'
        + line(v.money(p.upfront, 3), "Tuition:") + plan + isa + line(v.duration(), "Duration:")
        + "<br />" + "".join(line(x) for x in money) + "<br /></div>" + table
        + f'<div><br />{terms}<br />{"".join(line(x) for x in dates + perks)}</div>'
    )  # fmt: skip
    comment = ('<div class="comments" id="comments"><h4>2 comments:</h4><dl id="comments-block">'
               '<dt class="comment-author"><a name="c1">Emeka</a> said...</dt><dd class='
               '"comment-body"><p>Is there a weekend class? Thanks</p></dd><dd class="comment-'
               'footer"><span class="comment-timestamp"><a href="#c1">'
               f'{v.numeric(date(2025, 1, 3))} 10:12</a></span></dd><dt class="comment-author '
               'blog-author">Admin said...</dt><dd class="comment-body"><p>Hi Emeka, please see '
               'the schedule in the post. Do apply!</p></dd></dl></div>')  # fmt: skip
    return [f'<meta content="blogger" name="generator">{_locale(v)}<link rel="alternate" type='
            f'"application/atom+xml" href="https://{p.camp.lower()}academy.blogspot.com/feeds/'
            'posts/default">'], [
        f'<div class="post hentry uncustomized-post-template"><h3 class="post-title entry-'
        f'title">{p.name}: Fees, Dates &amp; How to Apply ({TODAY.year})</h3><div class="post-'
        'header"><span class="post-timestamp"><abbr class="published" title="2024-11-12T10:15:'
        f'00+01:00">{foot[0]}</abbr></span></div><div class="post-body entry-content" id="post-'
        f'body-{p.seed * 7919}">{body}</div>',
        f'<div class="post-footer"><span class="post-labels">Labels: <a rel="tag">bootcamp</a>, '
        f'<a rel="tag">tech</a></span><p>{n["button"]}</p></div></div>{comment}',
        '<div class="blog-pager" id="blog-pager"><a class="blog-pager-older-link">Older Post'
        '</a> <a class="home-link">Home</a></div>',
        f'<div class="sidebar"><p>{foot[2]}</p><p>{" · ".join(foot[1:2] + foot[3:])}</p>'
        '<p>Powered by Blogger.</p></div>',
    ]  # fmt: skip


def accessible(p: Program, k: Kit) -> Page:
    """A provider's accessible programme page: a ``<caption>``ed intake table whose cells
    name their ``headers``, ``visually-hidden`` labels, ``<abbr>`` units, key facts in a
    row-headed table, the guarantees in accordion panels that are ``hidden`` until opened."""
    v = EighthVoice(k)
    n = v.negatives()
    money, dates, perks, foot = _groups(v)
    sr = '<span class="visually-hidden">{}</span>'
    rows = "".join(
        f'<tr><th scope="row" id="i{i}" headers="h-name">{v.cohort_name(i, s)}</th><td headers'
        f'="i{i} h-start">{sr.format("Start date: ")}<time datetime="{s.isoformat()}">'
        f'{v.numeric(s)}</time></td><td headers="i{i} h-end">{sr.format("End date: ")}<time '
        f'datetime="{e.isoformat()}">{v.numeric(e)}</time></td><td headers="i{i} h-close">'
        f'{sr.format("Applications close: ")}{v.numeric(v.deadline(s))}</td><td headers="i{i} '
        f'h-mode">{v.mode()}</td></tr>'
        for i, (s, e) in enumerate(zip(p.starts, p.ends(), strict=True)))  # fmt: skip
    intakes = (
        '<table class="table intakes"><caption>Intakes and key dates <span class="visually-'
        'hidden">(scroll sideways on small screens)</span></caption><thead><tr><th scope="col" '
        'id="h-name">Intake</th><th scope="col" id="h-start">Start date</th><th scope="col" id='
        '"h-end">End date</th><th scope="col" id="h-close">Applications close</th><th scope='
        f'"col" id="h-mode">Study mode</th></tr></thead><tbody>{rows}</tbody></table>'
    )
    low, high = p.hours
    per = f"{low}" if low == high else f"{low} to {high}"
    facts = [("Fees", f"{v.money(p.upfront)} {sr.format('(whole programme)')}"),
             ("Duration", f"{p.weeks} weeks"),
             ("Study load", f'{per} <abbr title="hours per week">hrs/wk</abbr>'),
             ("Schedule", v.duration())]  # fmt: skip
    if p.monthly:
        facts.insert(1, ("Payment plan", v.plan() or ""))
    if p.isa:
        facts.append(("Income share", v.isa() or ""))
    table = "".join(f'<tr><th scope="row">{a}</th><td>{b}</td></tr>' for a, b in facts)
    panels = "".join(
        f'<h3 class="accordion__heading"><button class="accordion__button" aria-expanded="'
        f'false" aria-controls="acc-{i}" id="acc-{i}-btn">{TITLES[g.kind]}</button></h3><div '
        f'class="accordion__panel" id="acc-{i}" role="region" aria-labelledby="acc-{i}-btn" '
        f"hidden><p>{v.terms(g)}</p></div>" for i, g in enumerate(p.guarantees))  # fmt: skip
    return [f'{_locale(v)}<link rel="stylesheet" href="/assets/govuk-frontend.min.css">'], [
        '<a class="skip-link" href="#main">Skip to main content</a><div role="region" aria-'
        'label="Cookie banner" class="cookie-banner"><p>We use cookies to make this site work.'
        '</p><button>Accept</button></div>',
        f'<main id="main"><h1>{p.name}</h1><p class="lead">{n["tagline"]}</p><table class='
        f'"table key-facts"><caption class="visually-hidden">Key facts</caption><tbody>{table}'
        "</tbody></table>",
        f'<h2 id="intakes">Intakes</h2>{intakes}<ul>{"".join(f"<li>{x}</li>" for x in dates)}'
        "</ul>",
        f'<h2>Guarantees</h2><div class="accordion">{panels}</div>' if p.guarantees else "",
        f'<h2>Fees, funding and support</h2>{"".join(f"<p>{x}</p>" for x in money + perks)}'
        f'<a class="button" href="/apply">{n["button"]}</a></main>',
        f'<footer><blockquote>{foot[2]}</blockquote><ul>'
        f'{"".join(f"<li>{x}</li>" for x in foot if x != foot[2])}</ul></footer>',
    ]  # fmt: skip


def google_form(p: Program, k: Kit) -> Page:
    """A Google Form for applications: the description's lines broken by ``<br>``, the
    intakes and payment choices as radio options (``aria-label``, ``data-value``), and all
    of it again in ``FB_PUBLIC_LOAD_DATA_``'s nested arrays."""
    v = EighthVoice(k)
    n = v.negatives()
    money, dates, perks, foot = _groups(v)
    lines = [n["tagline"], f"Fee: {v.money(p.upfront)}", v.plan() or "", v.isa() or "",
             f"Duration: {v.duration()}", *(v.terms(g) for g in p.guarantees), *money,
             *dates, *perks, *foot]  # fmt: skip
    description = "\n".join(x for x in lines if x)
    intake = [v.starts_line(i, s) for i, s in enumerate(p.starts)]
    payment = [f"Full payment — {v.money(p.upfront)}"] + ([v.plan() or ""] if p.monthly else [])
    questions = [("Full name", 0, []), ("Phone number (WhatsApp)", 0, []),
                 ("Which intake would you like to join?", 2, intake),
                 ("How will you pay?", 2, payment)]  # fmt: skip
    data = [
        None,
        [
            description,
            [
                [
                    100 + i,
                    q,
                    None,
                    kind,
                    [[200 + i, [[o, None, None, None, 0] for o in opts] or None, 1]],
                ]
                for i, (q, kind, opts) in enumerate(questions)
            ],
            None,
            None,
            None,
            [0, 0],
            None,
            None,
            p.name,
        ],
        "/forms",
        p.name,
        None,
        0,
    ]

    def radio(text: str) -> str:
        value = html.escape(text)
        return (f'<div class="nWQGrd zwllIb"><label class="docssharedWizToggleLabeledContainer '
                f'ajBQVb"><div class="Od2TWd hYsg7c" data-value="{value}" aria-label="{value}" '
                f'role="radio" aria-checked="false" tabindex="0"></div><span dir="auto" class="'
                f'aDTYNe snByac OvPDhc OIC90c">{text}</span></label></div>')  # fmt: skip

    def item(q: str, kind: int, opts: list[str]) -> str:
        field = (
            f'<div role="radiogroup" aria-label="{q}">{"".join(radio(o) for o in opts)}</div>'
            if kind == 2
            else '<input type="text" class="whsOnd zHQkBf">'
        )
        return (f'<div class="Qr7Oae" role="listitem"><div class="geS5n"><div role="heading" '
                f'aria-level="3" class="M7eMe">{q}<span class="vnumgf" aria-label="Required '
                f'question"> *</span></div>{field}</div></div>')  # fmt: skip

    shown = "<br>".join(html.escape(x) for x in lines if x)
    return ['<meta name="referrer" content="strict-origin-when-cross-origin">', _locale(v),
            f'<meta property="og:description" content="{html.escape(n["tagline"])}">'], [
        f'<div class="Uc2NEf"><div class="teQAzf"><div class="ahS2Le"><div class="F9yp7e ikZYwf'
        f' LgNcQe" dir="auto" role="heading" aria-level="1">{p.name} — Application</div></div>'
        f'<div class="cBGGJ OIC90c" dir="auto">{shown}</div></div>',
        "".join(item(*q) for q in questions),
        '<div class="lRwqcd"><div role="button" class="uArJ5e UQuaGc Y5sE8d VkkpIf"><span class='
        f'"NPEfkd RveJvd snByac">{n["button"]}</span></div></div><div class="ECvBRb">Never '
        "submit passwords through Google Forms.</div></div>",
        f"<script>var FB_PUBLIC_LOAD_DATA_ = {_js(data)};</script>",
    ]  # fmt: skip


EIGHTH = {f.__name__: f for f in (wix_warmup, qwik, inertia, google_sites, blogger, accessible,
                                  google_form)}  # fmt: skip
