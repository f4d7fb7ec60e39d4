"""The eleventh set: seven styles in new markup and words (:class:`EleventhVoice`), now for dev.

Written while the rules were being tuned on the tenth set (:mod:`benchmarks.tenth_styles`),
from how francophone and Southeast Asian course pages look and without reading bootwatch's
extraction rules, and held out for its first look; rules are tuned on it since, so it scores
in the dev group (its programs still drawn by :func:`eleventh_voice.eleventh_program`, and a
development program redesigned into it keeps its own currency) and
:mod:`benchmarks.twentyfirst_styles` is the held-out set. A WordPress LearnDash course page (the
``ld-course-status`` price box, ``ld-tabs``, a lesson list whose items count topics and
quizzes and give a lesson's length, a related-courses grid with another course's price, the
post's ``<time>``), an Odoo eLearning and events page (``data-oe-*`` fields, the
``oe_currency_value`` monetary widget with the sign apart, slide durations as "01:30", event
cards with the day and month in separate spans and a ticket table whose one ticket is the
deposit), a Gatsby page whose Sanity document is also inlined as page data (Portable Text
blocks of spans and marks, sessions with ISO dates, ``_createdAt`` and ``_updatedAt``), Lit
web components server-rendered with declarative shadow DOM (``<template
shadowrootmode="open">``, ``<!--lit-part-->`` markers, slotted light-DOM children), a Tally
enrolment form (question blocks, session choices, a funding dropdown, a payment block for the
deposit, the form's close date in its page props), a Carrd one-pager (``<span class="p">``
paragraphs broken by ``<br />``, column containers, a countdown timer to the application
deadline as epoch seconds) and a Substack post announcing the cohort (post meta and date,
button and subscription widgets with the paid plan's price, the ``_preloads`` JSON with the
post's dates). Fees in euros, Canadian dollars, Swiss francs, dirhams, FCFA, rupiah, đồng,
ringgit and baht (:func:`eleventh_voice.eleventh_program`). Same contract as
:mod:`benchmarks.page_styles`: ``(head, sections)`` stating every fact and every negative.
One module because the seven share the voice and a few helpers, and are read together as one
set (about 590 lines).
"""

from __future__ import annotations

import html
import json
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from eleventh_voice import EleventhVoice
from page_styles import Page
from pagegen import Kit, Program

#: The negatives by where pages put them: (money talk, dates, outcomes, footer).
GROUPS = (
    ("salary", "junior", "funding", "fee", "pay", "deposit", "scholarship", "early"),
    ("deadline", "info", "open_house", "prep", "welcome", "holiday", "ends", "graduation"),
    ("outcome", "support", "credential"),
    ("post", "updated", "testimonial", "phone", "copyright"),
)
#: Section titles in the page's language.
WORDS = {
    "fr": {"price": "Tarif et financement", "sessions": "Prochaines sessions",
           "program": "Le programme", "promise": "Nos engagements", "dates": "Dates clés",
           "outcomes": "Résultats", "about": "À propos", "contents": "Contenu de la formation",
           "funding": "Comment financez-vous votre formation ?", "month": "mois",
           "job_guarantee": "Garantie emploi", "money_back": "Essai sans risque",
           "tuition_refund": "Abandon et remboursement"},
    "en": {"price": "Fees & financing", "sessions": "Upcoming intakes",
           "program": "The programme", "promise": "Our promise", "dates": "Key dates",
           "outcomes": "Outcomes", "about": "About", "contents": "Curriculum",
           "funding": "How will you fund your course?", "month": "month",
           "job_guarantee": "Job guarantee", "money_back": "Money-back guarantee",
           "tuition_refund": "Refund policy"},
}  # fmt: skip
MODULES = ("Fondamentaux du web", "JavaScript et React", "Back-end et bases de données",
           "Projet final")  # fmt: skip
MODULES_EN = ("Web foundations", "JavaScript & React", "Back-end & databases", "Final project")


def _groups(v: EleventhVoice) -> list[list[str]]:
    n = v.negatives()
    return [[n[x] for x in g] for g in GROUPS]


def _w(v: EleventhVoice) -> dict[str, str]:
    return WORDS["fr" if v.french else "en"]


def _fees(v: EleventhVoice) -> list[str]:
    """The fee, the plan and the income share, the lines every style states."""
    return [x for x in (v.fee_line(), v.plan(), v.isa()) if x]


def _starts(v: EleventhVoice) -> list[str]:
    return [v.starts_line(i, s) for i, s in enumerate(v.p.starts)]


def _modules(v: EleventhVoice) -> tuple[str, ...]:
    return MODULES if v.french else MODULES_EN


def learndash(p: Program, k: Kit) -> Page:
    """A WordPress course page built with LearnDash (LD30 theme): the status box with the
    price and the join button, ``ld-tabs`` holding the post content, the lesson list (topics
    and quizzes counted, a lesson's length), a course-grid of related courses with another
    course's price ribbon, the post's published ``<time>``."""
    v = EleventhVoice(k)
    n, w = v.negatives(), _w(v)
    money, dates, perks, foot = _groups(v)
    pid = 1200 + p.seed

    def paras(items: list[str]) -> str:
        return "".join(f"<p>{x}</p>" for x in items)

    lessons = "".join(
        f'<div class="ld-item-list-item ld-item-lesson-item ld-lesson-item-{pid + i} '
        f'is_not_sample learndash-incomplete"><div class="ld-item-list-item-preview"><a '
        f'class="ld-item-name ld-primary-color-hover" href="/lecons/{pid + i}/"><div class="'
        f'ld-status-icon ld-status-incomplete"></div><div class="ld-item-title">Module {i + 1} '
        f'— {title}<span class="ld-item-components"><span class="ld-item-component">'
        f"{3 + i} {'Sujets' if v.french else 'Topics'}</span> <span class=\"ld-sep\">|</span>"
        f' <span class="ld-item-component">{1 + i % 2} Quiz</span></span></div></a><div '
        f'class="ld-item-details"><span class="ld-lesson-duration">{2 + i} h 30</span></div>'
        "</div></div>"
        for i, title in enumerate(_modules(v)))  # fmt: skip
    other = v.money(4_900 * v.scale)
    grid = (f'<div class="ld-course-list-items row"><div class="ld_course_grid col-sm-8 col-md-4">'
            f'<article class="thumbnail course"><div class="ribbon">{other}</div><div class='
            f'"caption"><h3 class="entry-title">Data Analyst</h3><p class="entry-content">'
            f"{'Formation courte, 100 % en ligne.' if v.french else 'Short course, online.'}"
            f'</p></div></article></div><div class="ld_course_grid col-sm-8 col-md-4"><article '
            f'class="thumbnail course"><div class="ribbon free">'
            f"{'Gratuit' if v.french else 'Free'}</div><div class=\"caption\"><h3>"
            f"{'Atelier découverte' if v.french else 'Intro workshop'}</h3></div></article>"
            "</div></div>")  # fmt: skip
    terms = "".join(f"<h4>{w[g.kind]}</h4><p>{v.terms(g)}</p>" for g in p.guarantees)
    return [f'<meta property="og:locale" content="{v.lang.replace("-", "_")}">'
            "<link rel='stylesheet' id='learndash-front-css' href='/wp-content/plugins/sfwd-lms/"
            "themes/ld30/assets/css/learndash.min.css?ver=4.18.1' media='all' />"
            "<link rel=\"https://api.w.org/\" href=\"/wp-json/\" />"], [
        f'<div id="page" class="site"><header id="masthead" class="site-header"><p class="site-'
        f'title"><a href="/" rel="home">{p.camp} Academy</a></p></header><div id="content" '
        f'class="site-content"><article id="post-{pid}" class="post-{pid} sfwd-courses type-'
        f'sfwd-courses status-publish hentry"><header class="entry-header"><h1 class="entry-'
        f'title">{p.name}</h1><time class="entry-date published" datetime="2024-11-12T09:14:00'
        f'+01:00">{foot[0]}</time></header>',
        f'<div class="learndash-wrapper"><div class="ld-course-status ld-course-status-not-'
        f'enrolled"><div class="ld-course-status-segment ld-course-status-seg-price"><span '
        f'class="ld-course-status-label">{"Prix" if v.french else "Price"}</span><div class='
        f'"ld-course-status-content"><span class="ld-course-status-price">'
        f"{v.money(p.upfront)}</span></div></div><div class=\"ld-course-status-segment ld-"
        f'course-status-seg-action"><span class="ld-course-status-label">'
        f"{'Commencer' if v.french else 'Get started'}</span><div class=\"ld-course-status-"
        f'content"><a class="btn-join" href="#candidature">{n["button"]}</a></div></div></div>',
        f'<div class="ld-tabs ld-tab-count-2"><div class="ld-tabs-navigation"><div class="ld-'
        f'tab ld-active" data-ld-tab="ld-tab-content-{pid}">{w["about"]}</div><div class="ld-'
        f'tab" data-ld-tab="ld-tab-materials-{pid}">{"Matériel" if v.french else "Materials"}'
        f'</div></div><div class="ld-tabs-content"><div class="ld-tab-content ld-visible" id='
        f'"ld-tab-content-{pid}"><p><strong>{n["tagline"]}</strong></p><p>{v.duration()}</p>'
        f'<h3>{w["sessions"]}</h3><ul>{"".join(f"<li>{x}</li>" for x in _starts(v))}</ul>'
        f'<h3>{w["price"]}</h3>{paras(_fees(v) + money)}'
        + (f'<h3>{w["promise"]}</h3>{terms}' if p.guarantees else "")
        + f'<h3>{w["dates"]}</h3>{paras(dates)}{paras(perks)}</div><div class="ld-tab-content"'
        f' id="ld-tab-materials-{pid}"><p>'
        f"{'Un ordinateur portable récent est nécessaire.' if v.french else 'Bring a laptop.'}"
        "</p></div></div></div>",
        f'<div class="ld-item-list ld-lesson-list"><div class="ld-section-heading"><h2>'
        f'{w["contents"]}</h2><div class="ld-item-list-actions"><span class="ld-expand-button">'
        f"{'Tout déplier' if v.french else 'Expand all'}</span></div></div><div class=\"ld-"
        f'item-list-items">{lessons}</div></div></div></article>',
        f'<aside class="related-courses"><h2>{"Vous aimerez aussi" if v.french else "More"}'
        f"</h2>{grid}</aside>",
        f'<footer id="colophon" class="site-footer"><blockquote>{foot[2]}</blockquote>'
        f"{paras([foot[1], foot[3], foot[4]])}</footer></div></div>",
    ]  # fmt: skip


def _odoo_amount(v: EleventhVoice, amount: int) -> str:
    """Odoo's monetary widget: the figure in ``oe_currency_value``, the sign apart, placed
    before or after as the currency is set up."""
    code = v.p.currency
    digits = 0 if code in ("XOF", "IDR", "VND") else 2
    if v.french and v.native:
        sep, dec = ("'", ".") if code == "CHF" else ("\u202f", ",")
    elif code in ("IDR", "VND"):
        sep, dec = ".", ","
    else:
        sep, dec = ",", "."
    figure = f"{amount:,}".replace(",", sep) + (f"{dec}00" if digits else "")
    sign = {"EUR": "€", "CAD": "$", "CHF": "CHF", "MAD": "DH", "XOF": "FCFA", "IDR": "Rp",
            "VND": "₫", "MYR": "RM", "THB": "฿"}.get(code, code)  # fmt: skip
    value = f'<span class="oe_currency_value">{figure}</span>'
    before = code in ("CHF", "IDR", "MYR", "THB") or not v.native
    return f"{sign}\u00a0{value}" if before else f"{value}\u00a0{sign}"


def odoo_slides(p: Program, k: Kit) -> Page:
    """An Odoo 17 website: an eLearning course header (``data-oe-model="slide.channel"``
    fields), the course's product price in the monetary widget, the slides list with each
    slide's duration as "01:30", the cohorts as website events (day and month in their own
    spans, the long date in an ``itemprop="startDate"`` span) and a ticket table whose one
    ticket is the deposit."""
    v = EleventhVoice(k)
    n, w = v.negatives(), _w(v)
    money, dates, perks, foot = _groups(v)
    cid = 40 + p.seed % 50

    def field(name: str, body: str, kind: str = "html") -> str:
        return (f'<div data-oe-model="slide.channel" data-oe-id="{cid}" data-oe-field="{name}" '
                f'data-oe-type="{kind}" class="oe_structure">{body}</div>')  # fmt: skip

    slides = "".join(
        f'<li class="o_wslides_slides_list_slide o_wslides_js_list_item" data-slide-id="'
        f'{cid * 10 + i}"><span class="o_wslides_slide_title">{title}</span><span class="badge '
        f'text-bg-light o_wslides_slide_duration">{1 + i:02d}:30</span></li>'
        for i, title in enumerate(_modules(v)))  # fmt: skip
    events = "".join(
        f'<article class="o_wevent_event card" itemscope="itemscope" itemtype="http://schema.org'
        f'/Event"><div class="o_wevent_event_date"><span class="o_wevent_event_day">{s.day}'
        f'</span><span class="o_wevent_event_month">{v.local(s).split(" ")[1]}</span></div>'
        f'<div class="card-body"><h5 class="card-title" itemprop="name">{v.cohort_name(i, s)}'
        f'</h5><span itemprop="startDate" data-oe-model="event.event" data-oe-field="date_begin"'
        f' data-oe-type="datetime">{v.long(s)}</span><p class="text-muted">{v.starts_line(i, s)}'
        f"</p></div></article>"
        for i, s in enumerate(p.starts))  # fmt: skip
    deposit = _odoo_amount(v, 300 * v.scale)
    tickets = (f'<table class="o_wevent_registration table"><tr><th>'
               f"{'Billet' if v.french else 'Ticket'}</th><th>"
               f"{'Prix' if v.french else 'Price'}</th></tr><tr><td>"
               f"{'Acompte de réservation' if v.french else 'Seat deposit'}</td><td><span "
               f'class="oe_price">{deposit}</span></td></tr></table>')  # fmt: skip
    price, tagline = _odoo_amount(v, p.upfront), f"<p>{n['tagline']}</p>"
    return [f'<meta name="generator" content="Odoo"><meta property="og:locale" content="'
            f'{v.lang.replace("-", "_")}"><script>var odoo = {{csrf_token: "{k.token()}", '
            f'debug: "", lang: "{v.lang.replace("-", "_")}"}};</script>'], [
        f'<div id="wrapwrap" class="o_wslides_channel_page"><header id="top" class="o_header_'
        f'standard"><a class="navbar-brand logo" href="/">{p.camp} Academy</a></header><main>',
        f'<div class="o_wslides_course_header o_wslides_gradient position-relative text-white">'
        f'<div class="container"><h1 class="display-4 o_wslides_course_title" data-oe-model="'
        f'slide.channel" data-oe-id="{cid}" data-oe-field="name" data-oe-type="char">{p.name}'
        f'</h1>{field("description_short", tagline)}<div class="o_wslides_'
        f'course_sidebar"><div class="o_product_price"><span class="oe_price" style="white-'
        f'space: nowrap;" data-oe-type="monetary" data-oe-expression="product.list_price">'
        f'{price}</span></div><a role="button" class="btn btn-primary o_wslides_js_course_join'
        f'_link" href="#">{n["button"]}</a></div></div></div>',
        '<div class="container o_wslides_course_main"><ul class="nav nav-tabs" role="tablist">'
        f'<li class="nav-item"><a class="nav-link active" href="#home">{w["about"]}</a></li>'
        f'<li class="nav-item"><a class="nav-link" href="#sessions">{w["sessions"]}</a></li>'
        "</ul>"
        + field("description", f"<p>{v.duration()}</p>"
                + "".join(f"<p>{x}</p>" for x in _fees(v) + money))
        + (field("x_guarantees", "".join(f"<p><b>{w[g.kind]}.</b> {v.terms(g)}</p>"
                                         for g in p.guarantees)) if p.guarantees else "")
        + f'<ul class="o_wslides_js_slides_list_container list-unstyled">{slides}</ul></div>',
        f'<section id="sessions" class="o_wevent_index container"><h2>{w["sessions"]}</h2>'
        f'<div class="o_wevent_events_list">{events}</div>{tickets}'
        + "".join(f"<p>{x}</p>" for x in dates) + "</section>",
        f'<section class="s_text_block">{"".join(f"<p>{x}</p>" for x in perks)}<blockquote '
        f'class="s_blockquote">{foot[2]}</blockquote></section></main><footer id="bottom" '
        f'class="o_footer">{"".join(f"<p>{x}</p>" for x in foot if x != foot[2])}<div class='
        '"o_footer_copyright"><span class="o_footer_copyright_name">Propulsé par <a href='
        '"https://www.odoo.com">Odoo</a></span></div></footer></div>',
    ]  # fmt: skip


def _portable(items: list[tuple[str, str]]) -> list[dict]:
    """Sanity Portable Text blocks: (style, text), a style of "bullet" a list item."""
    blocks = []
    for i, (style, text) in enumerate(items):
        head, sep, rest = text.partition(" : " if " : " in text else ": ")
        spans = ([{"_type": "span", "_key": f"s{i}a", "text": f"{head}{sep}",
                   "marks": ["strong"]}, {"_type": "span", "_key": f"s{i}b", "text": rest,
                                          "marks": []}]
                 if rest and len(head) < 40 else
                 [{"_type": "span", "_key": f"s{i}a", "text": text, "marks": []}])  # fmt: skip
        block: dict = {"_type": "block", "_key": f"b{i:03x}", "style": "normal" if style == "bullet"
                 else style, "markDefs": [], "children": spans}  # fmt: skip
        if style == "bullet":
            block |= {"listItem": "bullet", "level": 1}
        blocks.append(block)
    return blocks


def _render(blocks: list[dict]) -> str:
    """Portable Text as ``@portabletext/react`` renders it."""
    out, in_list = [], False
    for b in blocks:
        inner = "".join(f"<strong>{html.escape(s['text'])}</strong>" if s["marks"] else
                        html.escape(s["text"]) for s in b["children"])  # fmt: skip
        if b.get("listItem") and not in_list:
            out.append("<ul>")
        if not b.get("listItem") and in_list:
            out.append("</ul>")
        in_list = bool(b.get("listItem"))
        tag = "li" if in_list else b["style"] if b["style"] != "normal" else "p"
        out.append(f"<{tag}>{inner}</{tag}>")
    return "".join(out) + ("</ul>" if in_list else "")


def gatsby_sanity(p: Program, k: Kit) -> Page:
    """A Gatsby site on Sanity: the React tree rendered into ``#___gatsby`` with CSS-module
    class names, the course body as Portable Text, and the page's query result inlined as
    page data (the Sanity document: its blocks, price and instalments as numbers, sessions
    with ISO dates, ``_createdAt`` and ``_updatedAt``)."""
    v = EleventhVoice(k)
    n, w = v.negatives(), _w(v)
    money, dates, perks, foot = _groups(v)
    body = [("h2", w["program"]), ("normal", v.duration()), ("h2", w["price"]),
            *(("bullet", x) for x in _fees(v)), *(("normal", x) for x in money),
            *([("h2", w["promise"]), *(("normal", v.terms(g)) for g in p.guarantees)]
              if p.guarantees else []),
            ("h2", w["dates"]), *(("bullet", x) for x in dates),
            ("h2", w["outcomes"]), *(("normal", x) for x in perks)]  # fmt: skip
    blocks = _portable(body)
    sessions = [{"_key": f"ses{i}", "_type": "session", "label": v.cohort_name(i, s),
                 "startDate": s.isoformat(), "endDate": e.isoformat(),
                 "summary": v.starts_line(i, s)}
                for i, (s, e) in enumerate(zip(p.starts, p.ends(), strict=True))]  # fmt: skip
    slug, cid = p.track.lower().replace("/", "-").replace(" ", "-"), f"course-{p.seed}"
    doc = {"_id": cid, "_type": "course", "_createdAt": "2024-11-12T08:41:09Z",
           "_updatedAt": "2025-01-06T16:02:44Z", "title": p.name, "tagline": n["tagline"],
           "slug": {"current": slug},
           "price": {"amount": p.upfront, "currency": p.currency, "display": v.fee_line()},
           "installments": {"count": v.months(), "amount": p.monthly} if p.monthly else None,
           "sessions": sessions, "_rawBody": blocks, "footer": foot}  # fmt: skip
    page_data = {"componentChunkName": "component---src-templates-course-tsx",
                 "path": f"/formations/{slug}/",
                 "result": {"data": {"sanityCourse": doc}, "pageContext": {"id": cid}},
                 "staticQueryHashes": ["2841359383", "3649515864"]}  # fmt: skip
    data = json.dumps(page_data, ensure_ascii=False, separators=(",", ":"))
    data = data.replace("</", "<\\/")
    cards = "".join(
        f'<li class="session-module--card--2b1Xq"><span class="session-module--label--3Fv7D">'
        f'{x["label"]}</span><time datetime="{x["startDate"]}">{v.local(s)}</time></li>'
        for x, s in zip(sessions, p.starts, strict=True))  # fmt: skip
    return [f'<meta name="generator" content="Gatsby 5.13.3"><meta property="og:locale" '
            f'content="{v.lang.replace("-", "_")}"><link as="fetch" rel="preload" href="/page-'
            f'data{page_data["path"]}page-data.json" crossorigin="anonymous">'], [
        '<div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper">'
        f'<header class="header-module--header--3kF9a"><a href="/">{p.camp}</a></header><main>',
        f'<section class="hero-module--hero--2xYqa"><h1>{p.name}</h1><p>{n["tagline"]}</p><p '
        f'class="hero-module--price--1bV3c">{v.hero()}</p><a class="button-module--primary--'
        f'1hGd2" href="/candidater/">{n["button"]}</a></section>',
        f'<section class="sessions-module--wrap--1q2Zp"><h2>{w["sessions"]}</h2><ul>{cards}'
        "</ul></section>",
        f'<article class="portable-text-module--body--Qa1Pc">{_render(blocks)}</article>',
        f'<footer class="footer-module--footer--3Lx0D">{"".join(f"<p>{x}</p>" for x in foot)}'
        "</footer></main></div><div id=\"gatsby-announcer\" aria-live=\"assertive\" "
        'aria-atomic="true" style="position:absolute;width:1px;height:1px"></div></div>',
        f'<script id="gatsby-page-data" type="application/json">{data}</script>'
        '<script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="'
        f'{page_data["path"]}";window.___webpackCompilationHash="{k.token()[:20]}";/*]]>*/'
        "</script>",
    ]  # fmt: skip


def lit_shadow(p: Program, k: Kit) -> Page:
    """Lit web components server-rendered with declarative shadow DOM: each element's
    ``<template shadowrootmode="open">`` holds its styles, ``<!--lit-part-->`` markers around
    every binding and ``<slot>``s, while the light-DOM children carry the slotted text; the
    price and each session's date live only in a shadow root, the terms only in light DOM."""
    v = EleventhVoice(k)
    n, w = v.negatives(), _w(v)
    money, dates, perks, foot = _groups(v)

    def part(text: str) -> str:
        return f"<!--lit-part-->{text}<!--/lit-part-->"

    def shadow(tag: str, inner: str, light: str = "", attrs: str = "") -> str:
        return (f"<{tag}{attrs}><template shadowrootmode=\"open\"><style>:host{{display:block}}"
                f"</style><!--lit-part {tag[:6]}Q8Hm=-->{inner}<!--/lit-part--></template>{light}"
                f"</{tag}>")  # fmt: skip

    price = shadow("bw-price-card", '<div part="card"><slot name="label"></slot><!--lit-node 2-->'
                   f'<p class="amount">{part(v.money(p.upfront))}</p>'
                   + (f'<p class="plan">{part(v.plan() or "")}</p>' if p.monthly else "")
                   + '<slot></slot></div>',
                   f'<span slot="label">{w["price"]}</span>'
                   + "".join(f"<p>{x}</p>" for x in [v.fee_line(), *([v.isa()] if p.isa else [])]),
                   f' currency="{p.currency}"')  # fmt: skip
    sessions = "".join(
        shadow("bw-session", f'<!--lit-node 0--><time datetime="{s.isoformat()}">'
               f'{part(v.long(s))}</time> <slot></slot>', f"<span>{v.starts_line(i, s)}</span>",
               f' start="{s.isoformat()}" index="{i}"')
        for i, s in enumerate(p.starts))  # fmt: skip
    terms = "".join(
        shadow("bw-accordion-item", '<details part="details"><summary><slot name="summary">'
               "</slot></summary><slot></slot></details>",
               f'<span slot="summary">{w[g.kind]}</span><p>{v.terms(g)}</p>')
        for g in p.guarantees)  # fmt: skip
    facts = shadow("bw-facts", "<dl><dt>"
                   f"{'Durée' if v.french else 'Duration'}</dt><dd>{part(v.duration())}</dd></dl>"
                   "<slot></slot>", "".join(f"<p>{x}</p>" for x in money + dates))  # fmt: skip
    return [f'<meta property="og:locale" content="{v.lang.replace("-", "_")}">'
            '<script type="module" src="/assets/app-4f2a9c.js"></script><script>if(!HTMLTemplate'
            "Element.prototype.hasOwnProperty('shadowRootMode')){import('/assets/dsd-polyfill.js')}"
            "</script>"], [
        shadow("bw-site-header", '<header part="header"><slot name="brand"></slot><nav><slot '
               'name="nav"></slot></nav></header>', f'<a slot="brand" href="/">{p.camp}</a>'
               f'<a slot="nav" href="#apply">{n["button"]}</a>'),
        shadow("bw-hero", f"<h1>{part(p.name)}</h1><p>{part(n['tagline'])}</p><slot></slot>",
               f"<p>{v.hero()}</p>"),
        price,
        f'<section id="sessions"><h2>{w["sessions"]}</h2>{sessions}</section>',
        facts,
        f'<section id="promise"><h2>{w["promise"]}</h2>{terms}</section>' if p.guarantees else "",
        shadow("bw-footer", "<footer><slot></slot></footer>",
               "".join(f"<p>{x}</p>" for x in perks + foot)),
    ]  # fmt: skip


def tally_form(p: Program, k: Kit) -> Page:
    """A Tally enrolment form: title and text blocks, question blocks (a session choice
    whose options are the cohorts, a funding dropdown, a date question for availability),
    a payment block for the seat deposit, a consent checkbox, and the form's settings (the
    close date, created and updated stamps) in its Next.js page props."""
    v = EleventhVoice(k)
    n, w = v.negatives(), _w(v)
    money, dates, perks, foot = _groups(v)
    fid = f"w{p.seed:03d}Lx"

    def block(kind: str, inner: str) -> str:
        cls = f"tally-block tally-block-{kind}"
        return f'<div class="{cls}" data-block-type="{kind.upper()}">{inner}</div>'

    def text(items: list[str]) -> str:
        return "".join(block("text", f'<p class="tally-text">{x}</p>') for x in items)

    def question(title: str, body: str, required: bool = True) -> str:
        star = '<span class="tally-required-indicator">*</span>' if required else ""
        return block("title", f"<h3><span>{title}</span>{star}</h3>") + body

    options = "".join(
        f'<div class="tally-multiple-choice-option"><input type="radio" name="session" id='
        f'"opt{i}" value="{s.isoformat()}"><label for="opt{i}">{v.starts_line(i, s)}</label></div>'
        for i, s in enumerate(p.starts))  # fmt: skip
    funds = (("CPF", "OPCO", "France Travail", "Autofinancement") if v.french else
             ("Self-funded", "Employer", "Scholarship", "Instalments"))  # fmt: skip
    dropdown = "".join(f"<option>{x}</option>" for x in funds)
    deposit = 300 * v.scale
    fmt = "JJ/MM/AAAA" if v.french else "DD/MM/YYYY"
    props = {"props": {"pageProps": {"form": {
        "id": fid, "name": f"{p.name} — {'Candidature' if v.french else 'Application'}",
        "status": "PUBLISHED", "createdAt": "2024-11-12T10:03:51.000Z",
        "updatedAt": "2025-01-06T08:47:12.000Z", "settings": {
            "language": v.lang[:2], "closeDate": v.deadline().isoformat(), "closeTime": "23:59",
            "hasPartialSubmissions": False, "redirectOnCompletion": None},
        "payments": [{"amount": deposit, "currency": p.currency}]}}},
        "page": "/r/[formId]", "buildId": k.token()[:21]}  # fmt: skip
    consent = ("J'accepte les conditions générales de vente et la politique de confidentialité."
               if v.french else "I agree to the terms and the privacy policy.")  # fmt: skip
    return [f'<meta property="og:site_name" content="Tally Forms"><meta name="robots" content='
            f'"noindex"><meta property="og:locale" content="{v.lang.replace("-", "_")}">'], [
        f'<div id="__next"><main class="tally-page"><form class="tally-form" data-form-id="{fid}">'
        + block("form-title", f"<h1>{p.name}</h1>") + text([n["tagline"], v.duration()]),
        block("heading-2", f"<h2>{w['price']}</h2>") + text(_fees(v) + money),
        block("heading-2", f"<h2>{w['promise']}</h2>") + text([v.terms(g) for g in p.guarantees])
        if p.guarantees else "",
        question("Quelle session vous intéresse ?" if v.french else "Which intake?",
                 block("multiple-choice", options)),
        question(w["funding"], block("dropdown", f'<select name="funding"><option value="">'
                 f"{'Sélectionner' if v.french else 'Select'}</option>{dropdown}</select>")),
        question("Disponible à partir du" if v.french else "Available from",
                 block("input-date", f'<input type="text" inputmode="numeric" placeholder='
                       f'"{fmt}">'),
                 required=False),
        block("heading-2", f"<h2>{w['dates']}</h2>") + text(dates + perks),
        block("payment", f'<div class="tally-payment"><p>'
              f"{'Acompte de réservation' if v.french else 'Seat deposit'}</p><button type="
              f'"button" class="tally-payment-button">{"Payer" if v.french else "Pay"} '
              f"{v.money(deposit, 1)}</button><span>Stripe</span></div>"),
        block("checkbox", f'<label><input type="checkbox" required> {consent}</label>')
        + f'<button type="submit" class="tally-submit">{n["button"]}</button></form>'
        + text(foot) + '<a class="tally-made-with" href="https://tally.so">Made with Tally</a>'
        "</main></div>",
        f'<script id="__NEXT_DATA__" type="application/json">'
        f'{json.dumps(props, ensure_ascii=False, separators=(",", ":"))}</script>',
    ]  # fmt: skip


def carrd(p: Program, k: Kit) -> Page:
    """A Carrd one-pager: ``#wrapper > #main > .inner``, numbered elements (``text03``,
    ``buttons01``, ``container02``), paragraphs as ``<span class="p">`` inside one ``<p>``
    with lines broken by ``<br />``, a columns container, a list element, and a countdown
    timer to the application deadline set as epoch seconds in the page's script."""
    v = EleventhVoice(k)
    n, w = v.negatives(), _w(v)
    money, dates, perks, foot = _groups(v)
    ids = iter(range(1, 40))

    def text(items: list[str], cls: str = "style4", lines: bool = False) -> str:
        """One text element: a paragraph per item, or the items as lines of one paragraph."""
        if lines:
            inner = "<br />".join(items)
            return f'<p id="text{next(ids):02d}" class="{cls}"><span class="p">{inner}</span></p>'
        spans = "".join(f'<span class="p">{x.replace(" : ", " :<br />", 1)}</span>'
                        for x in items)  # fmt: skip
        return f'<p id="text{next(ids):02d}" class="{cls}">{spans}</p>'

    def title(t: str) -> str:
        return f'<h2 id="text{next(ids):02d}" class="style3">{t}</h2>'

    close = datetime.combine(v.deadline(), datetime.min.time(), ZoneInfo(v.zone))
    close = close + timedelta(hours=23, minutes=59)
    cohorts = "".join(f"<li>{x}</li>" for x in _starts(v))
    columns = (f'<div id="container02" class="style1 container columns"><div class="wrapper">'
               f'<div class="inner"><div>{title(w["price"])}{text(_fees(v))}</div><div>'
               f'{title(w["sessions"])}<ul id="list01" class="style1">{cohorts}</ul></div></div>'
               "</div></div>")  # fmt: skip
    return [f'<meta property="og:locale" content="{v.lang.replace("-", "_")}"><link href="'
            'assets/main.css?v=a1b2c3" rel="stylesheet" type="text/css" />'], [
        '<div id="wrapper"><div id="main"><div class="inner"><div id="container01" class="'
        'container default full screen" data-scroll-id="accueil"><div class="wrapper"><div '
        f'class="inner" data-onvisible-trigger="1"><h1 id="text{next(ids):02d}" class="style1">'
        f"{p.name}</h1>{text([n['tagline'], v.hero()], 'style2')}<ul id=\"buttons01\" "
        f'class="style1 buttons"><li><a href="#candidater" class="button n01"><span class="'
        f'label">{n["button"]}</span></a></li></ul></div></div></div><hr id="divider01" class='
        '"style1">',
        text([v.duration()]) + columns,
        title(w["promise"]) + text([v.terms(g) for g in p.guarantees]) if p.guarantees else "",
        text(money) + title(w["dates"]) + text(dates, lines=True)
        + '<div id="timer01" class="style1 timer"><ul><li class="days"></li><li class="hours">'
        '</li><li class="minutes"></li></ul></div>',
        text(perks) + f'<hr id="divider02" class="style1">{text(foot, "style5", True)}'
        '<p id="text39" class="style6">Made with <a href="https://carrd.co">Carrd</a></p>'
        "</div></div></div>",
        "<script>(function(){ /* Timer: timer01. */ new timer('timer01', "
        f"{int(close.timestamp())}, 'countdown', {{completeUrl: null, precision: 3}});"
        "})();</script>",
    ]  # fmt: skip


def substack(p: Program, k: Kit) -> Page:
    """A Substack post announcing the next cohort: the post header (title, subtitle, the
    author's byline and the post date), the body in ``body markup`` paragraphs and lists,
    a captioned button, a subscription widget with the paid plan's price, likes and
    comments, and ``window._preloads`` (the post's dates and counts) as escaped JSON."""
    v = EleventhVoice(k)
    n, w = v.negatives(), _w(v)
    money, dates, perks, foot = _groups(v)
    first = p.starts[0]
    posted = date(2024, 11, 12)
    stamp = f"{posted.day} {'nov.' if v.french else 'Nov'} {posted.year}"
    paid, thanks, email, join = (
        ("Abonnement payant : 5 € par mois ou 50 € par an.", "Merci de votre lecture ! "
         "Abonnez-vous gratuitement pour recevoir nos prochains articles.",
         "Saisissez votre e-mail…", "S’abonner") if v.french else
        ("Paid subscription: $5/month or $50/year.", "Thanks for reading! Subscribe for free "
         "to receive new posts.", "Type your email…", "Subscribe"))  # fmt: skip
    lead = (f"Bonne nouvelle : les candidatures pour la {v.cohort_name(0, first)} sont ouvertes, "
            f"et nous ouvrons {len(p.starts)} sessions cette année."
            if v.french else f"Good news: applications for {v.cohort_name(0, first)} are open, "
            f"and we are running {len(p.starts)} intakes this year.")  # fmt: skip
    preloads = {"post": {"id": 150_000_000 + p.seed, "title": p.name, "subtitle": n["tagline"],
                         "post_date": f"{posted.isoformat()}T07:00:00.000Z",
                         "updated_at": "2025-01-06T09:12:40.551Z", "audience": "everyone",
                         "reactions": {"❤": 40 + p.seed % 60}, "comment_count": p.seed % 17,
                         "wordcount": 812},
                "pub": {"name": f"{p.camp} Hebdo" if v.french else f"{p.camp} Weekly",
                        "language": v.lang[:2]}}  # fmt: skip
    compact = json.dumps(preloads, ensure_ascii=False, separators=(",", ":"))
    escaped = json.dumps(compact, ensure_ascii=False)

    def ps(items: list[str]) -> str:
        return "".join(f"<p>{x}</p>" for x in items)

    def ul(items: list[str]) -> str:
        return "<ul>" + "".join(f"<li><p>{x}</p></li>" for x in items) + "</ul>"

    def h3(t: str) -> str:
        return f'<h3 class="header-anchor-post">{t}</h3>'

    attrs = html.escape(json.dumps({"url": "https://apply.example", "text": n["button"]}))
    button = (f'<div class="captioned-button-wrap" data-attrs="{attrs}">'
              f'<p class="button-wrapper"><a class="button primary" href="https://apply.example">'
              f'<span>{n["button"]}</span></a></p></div>')  # fmt: skip
    widget = (f'<div class="subscription-widget-wrap"><div class="subscription-widget show-'
              f'subscribe"><div class="preamble"><p class="cta-caption">'
              f"{thanks}</p><p>{paid}</p></div><form class=\"subscription-widget-subscribe\">"
              f'<input type="email" placeholder="{email}"><input type="submit" value="{join}">'
              "</form>"
              "</div></div>")  # fmt: skip
    return [f'<meta property="og:type" content="article"><meta property="article:published_time"'
            f' content="{posted.isoformat()}T07:00:00+00:00"><meta property="og:locale" content="'
            f'{v.lang.replace("-", "_")}">'], [
        f'<div id="entry"><div id="main" class="main typography"><article class="typography '
        f'newsletter-post post"><div class="post-header"><h1 class="post-title published">'
        f'{p.name}</h1><h3 class="subtitle">{n["tagline"]}</h3><div class="pencraft pc-display-'
        f'flex post-meta"><a class="pencraft frontend-pencraft-Text-module__decoration-hover-'
        f'underline" href="/@team">{"L’équipe" if v.french else "The"} {p.camp}'
        f'{"" if v.french else " team"}</a><div class="pencraft pc-reset color-pub-secondary-'
        f'text meta-EgzBVA">{stamp}</div><div class="pencraft byline-note">{foot[0]}</div>'
        "</div></div>",
        f'<div class="available-content"><div dir="auto" class="body markup">'
        f"<p>{lead}</p>{ul(_starts(v))}<p>{v.duration()}</p>{h3(w['price'])}{ps(_fees(v))}"
        + (h3(w["promise"]) + ps([v.terms(g) for g in p.guarantees]) if p.guarantees else "")
        + f"{ps(money)}{button}{h3(w['dates'])}{ul(dates)}{ps(perks)}{widget}"
        f"<p>{foot[2]}</p></div></div>",
        f'<div class="post-footer"><div class="post-ufi"><span class="like-count">'
        f"{k.noise.randint(40, 300)}</span><span class=\"comment-count\">{p.seed % 17}</span>"
        f'</div>{ps([foot[1], foot[3], foot[4]])}</div></article></div></div>',
        f"<script>window._preloads = JSON.parse({escaped})</script>",
    ]  # fmt: skip


ELEVENTH = {f.__name__: f for f in (learndash, odoo_slides, gatsby_sanity, lit_shadow,
                                    tally_form, carrd, substack)}  # fmt: skip
