"""The twelfth set: seven styles in new markup and words (:class:`TwelfthVoice`), now for dev.

Written while the rules were being tuned on the eleventh set
(:mod:`benchmarks.eleventh_styles`), from how Central and Eastern European and East Asian course
pages look and without reading bootwatch's extraction rules, and held out for its first look;
rules are tuned on it since, so it scores in the dev group (its programs still drawn by
:func:`twelfth_voice.twelfth_program`, and a development program redesigned into it keeps its
own currency) and :mod:`benchmarks.twentyfirst_styles` is the held-out set. An Adobe Experience
Manager page of core components (``cmp-teaser``, ``cmp-text``, ``cmp-accordion``, a ``cmp-list``
of cohort pages that shows each page's modification date, ``data-cmp-data-layer`` attributes and
``adobeDataLayer`` with ``repo:modifyDate``), a Sitecore JSS page (the rendered components and
the layout-service route in ``__JSS_STATE__``: fields as ``{"value": ...}``, rich text as HTML
strings, date fields stored in UTC so a local midnight reads as the day before at 23:00Z, an
empty date as ``0001-01-01T00:00:00Z``), a Phoenix LiveView dead render (``data-phx-main`` and
signed session, ``phx-update="stream"`` cohort rows, ``phx-click`` buttons, a live component,
the flash group's reconnect notices), a Rails Hotwire page (``<turbo-frame>`` sections, the
price and terms delivered as inline ``<turbo-stream>`` ``<template>`` bodies, a Stimulus
countdown's deadline as a ``data-`` value, ``local_time`` ``<time>`` elements), an MkDocs
Material course handbook (admonitions, content tabs, a cohort table, header permalinks, the
git-revision dates, ``__config`` JSON), a WordPress REST API response shown as Chrome's raw JSON
view (``/wp-json/wp/v2/pages``: the block markup as an escaped ``content.rendered`` string,
``\\u`` escapes and ``\\/`` slashes, ACF date pickers as ``Ymd``, ``date``/``modified`` stamps)
and a Weebly site (``wsite-`` sections, paragraphs of ``<br />`` lines in ``<font>``, a
multi-column table, buttons, a Square product price widget for the deposit). Fees in koruna,
forint, lei, hryvnia, euros, leva, won, New Taiwan, Hong Kong dollars and yuan
(:func:`twelfth_voice.twelfth_program`). Same contract as :mod:`benchmarks.page_styles`:
``(head, sections)`` stating every fact and every negative. One module because the seven share
the voice and a few helpers, and are read together as one set (about 500 lines).
"""

from __future__ import annotations

import html
import json
from datetime import date, datetime, time, timezone
from zoneinfo import ZoneInfo

from page_styles import Page
from pagegen import Kit, Program
from twelfth_voice import TwelfthVoice

#: The negatives by where pages put them: (money talk, dates, outcomes, footer).
GROUPS = (
    ("salary", "junior", "funding", "fee", "pay", "deposit", "scholarship", "early"),
    ("deadline", "info", "open_house", "prep", "welcome", "holiday", "ends", "graduation"),
    ("outcome", "support", "credential"),
    ("post", "updated", "testimonial", "phone", "copyright"),
)
#: Section titles; East Asian pages keep the local word beside the English one.
WORDS = {"price": "Tuition & payment", "sessions": "Upcoming cohorts", "program": "Programme",
         "promise": "Our guarantees", "dates": "Key dates", "outcomes": "Outcomes",
         "about": "About the course", "job_guarantee": "Employment guarantee",
         "money_back": "Trial period", "tuition_refund": "Withdrawal and refunds"}  # fmt: skip
LOCAL = {"kr": {"price": "수강료 안내", "sessions": "모집 일정", "promise": "취업 보장"},
         "tw": {"price": "課程費用", "sessions": "開課梯次", "promise": "保證"},
         "cn": {"price": "学费", "sessions": "开班时间", "promise": "承诺"}}  # fmt: skip
MODULES = ("Web foundations", "JavaScript & React", "Back-end & databases", "Final project")


def _groups(v: TwelfthVoice) -> list[list[str]]:
    n = v.negatives()
    return [[n[x] for x in g] for g in GROUPS]


def _w(v: TwelfthVoice) -> dict[str, str]:
    """Section titles: "수강료 안내 · Tuition & payment" where the page keeps both."""
    local = LOCAL.get(v.kind, {})
    return {k: f"{local[k]} · {t}" if k in local else t for k, t in WORDS.items()}


def _fees(v: TwelfthVoice) -> list[str]:
    """The fee, the plan and the income share, the lines every style states."""
    return [x for x in (v.fee_line(), v.plan(), v.isa()) if x]


def _starts(v: TwelfthVoice) -> list[str]:
    return [v.starts_line(i, s) for i, s in enumerate(v.p.starts)]


def _ps(items: list[str]) -> str:
    return "".join(f"<p>{x}</p>" for x in items)


def _midnight(v: TwelfthVoice, d: date) -> datetime:
    """A day's local midnight in the school's zone."""
    return datetime.combine(d, time(), ZoneInfo(v.zone))


def aem_core(p: Program, k: Kit) -> Page:
    """An Adobe Experience Manager site of core components: a responsive grid of a hero
    ``cmp-teaser``, ``cmp-title`` and ``cmp-text`` blocks, a ``cmp-accordion`` for the terms,
    a ``cmp-list`` of the cohorts' child pages that prints each page's last-modified date,
    ``data-cmp-data-layer`` JSON on every component and the page's ``adobeDataLayer``."""
    v = TwelfthVoice(k)
    n, w = v.negatives(), _w(v)
    money, dates, perks, foot = _groups(v)
    base = f"/content/{p.camp.lower()}/en/courses/{p.track.lower().replace('/', '-')}"
    ids = iter(f"{p.seed * 7919 + i:010x}"[-10:] for i in range(40))

    def layer(kind: str, **extra: str) -> tuple[str, str]:
        cid = f"{kind}-{next(ids)}"
        data = {cid: {"@type": f"{p.camp.lower()}/components/{kind}",
                      "repo:modifyDate": "2025-01-06T08:47:12Z", **extra}}  # fmt: skip
        return cid, html.escape(json.dumps(data, ensure_ascii=False), quote=True)

    def cmp(kind: str, body: str, cols: int = 12, extra: dict[str, str] | None = None) -> str:
        cid, data = layer(kind, **(extra or {}))
        return (f'<div class="{kind} aem-GridColumn aem-GridColumn--default--{cols}"><div '
                f'id="{cid}" class="cmp-{kind}" data-cmp-data-layer="{data}">{body}</div>'
                "</div>")  # fmt: skip

    def text(items: list[str], cols: int = 12) -> str:
        return cmp("text", _ps(items), cols)

    def title(t: str) -> str:
        return cmp("title", f'<h2 class="cmp-title__text">{t}</h2>', extra={"dc:title": t})

    items = "".join(
        f'<li class="cmp-list__item"><article><a class="cmp-list__item-link" href="{base}/'
        f'cohort-{i + 1}.html"><span class="cmp-list__item-title">{line}</span><span class='
        f'"cmp-list__item-date">{v.when(date(2024, 12, 2 + i))}</span></a></article></li>'
        for i, line in enumerate(_starts(v)))  # fmt: skip
    panels = "".join(
        f'<div class="cmp-accordion__item" data-cmp-hook-accordion="item" id="acc-{i}"><h3 '
        f'class="cmp-accordion__header"><button class="cmp-accordion__button" type="button" '
        f'aria-controls="acc-{i}-panel" data-cmp-hook-accordion="button"><span class="cmp-'
        f'accordion__title">{w[g.kind]}</span><span class="cmp-accordion__icon"></span></button>'
        f'</h3><div data-cmp-hook-accordion="panel" id="acc-{i}-panel" class="cmp-accordion__'
        f'panel cmp-accordion__panel--hidden" role="region"><div class="text"><div class="cmp-'
        f'text"><p>{v.terms(g)}</p></div></div></div></div>'
        for i, g in enumerate(p.guarantees))  # fmt: skip
    page_layer = {"page": {"@type": f"{p.camp.lower()}/components/page", "dc:title": p.name,
                           "xdm:language": v.lang, "xdm:template": "/conf/academy/settings/"
                           "wcm/templates/course-page", "repo:path": f"{base}.html",
                           "repo:modifyDate": "2025-01-06T08:47:12Z"}}  # fmt: skip
    return [f'<meta name="template" content="course-page"><link rel="stylesheet" href="/etc.'
            f'clientlibs/{p.camp.lower()}/clientlibs/clientlib-site.lc-9f8e7d1a-lc.min.css" '
            'type="text/css"><script>window.adobeDataLayer = window.adobeDataLayer || [];'
            f"adobeDataLayer.push({json.dumps(page_layer, ensure_ascii=False)});</script>"], [
        '<div class="root container responsivegrid"><div id="container-root" class="cmp-'
        'container"><div class="aem-Grid aem-Grid--12 aem-Grid--default--12">'
        + cmp("teaser", f'<div class="cmp-teaser__content"><p class="cmp-teaser__pretitle">'
              f'{p.camp} Academy · {v.city}</p><h1 class="cmp-teaser__title">{p.name}</h1><div '
              f'class="cmp-teaser__description"><p>{n["tagline"]}</p><p>{v.hero()}</p></div><div '
              f'class="cmp-teaser__action-container"><a class="cmp-teaser__action-link" href="'
              f'{base}/apply.html">{n["button"]}</a></div></div>',
              extra={"dc:title": p.name, "xdm:linkURL": f"{base}/apply.html"}),
        title(w["about"]) + text([v.duration()], 8) + text(perks, 4),
        title(w["price"]) + text(_fees(v)) + text(money),
        title(w["sessions"]) + cmp("list", f'<ul class="cmp-list">{items}</ul>')
        + text(dates),
        (title(w["promise"]) + cmp("accordion", panels) if p.guarantees else ""),
        '</div></div></div><footer class="experiencefragment"><div class="cmp-experience'
        f'fragment cmp-experiencefragment--footer">{text(foot)}</div></footer>',
    ]  # fmt: skip


def sitecore_jss(p: Program, k: Kit) -> Page:
    """A Sitecore JSS (React, server-rendered) page: the components' HTML in ``#root`` and
    the layout-service response in ``__JSS_STATE__`` (``sitecore.context`` and the route,
    whose ``jss-main`` placeholder holds the components with ``{"value": ...}`` fields, rich
    text as HTML, item GUIDs, the cohorts' dates in UTC as Sitecore stores them)."""
    v = TwelfthVoice(k)
    n, w = v.negatives(), _w(v)
    money, dates, perks, foot = _groups(v)

    def guid(i: int) -> str:
        h = f"{(p.seed * 2654435761 + i * 40503) % 16**32:032X}"
        return f"{{{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}}}"

    def utc(d: date) -> str:
        return _midnight(v, d).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")

    def rich(items: list[str]) -> str:
        return "".join(f"<p>{html.escape(x, quote=False)}</p>" for x in items)

    sessions = [{"id": guid(20 + i), "name": f"cohort-{i + 1}", "fields": {
        "title": {"value": v.cohort_name(i, s)}, "summary": {"value": v.starts_line(i, s)},
        "startDate": {"value": utc(s)}, "endDate": {"value": "0001-01-01T00:00:00Z"}}}
        for i, s in enumerate(p.starts)]  # fmt: skip
    comps = [
        {"uid": guid(1), "componentName": "CourseHero", "dataSource": guid(2), "fields": {
            "heading": {"value": p.name}, "tagline": {"value": n["tagline"]},
            "priceTeaser": {"value": v.hero()}, "cta": {"value": {
                "href": "/apply", "text": n["button"], "linktype": "internal"}}}},
        {"uid": guid(3), "componentName": "RichText", "dataSource": guid(4), "fields": {
            "text": {"value": rich([v.duration(), *perks])}}},
        {"uid": guid(5), "componentName": "PriceBox", "dataSource": guid(6), "fields": {
            "title": {"value": w["price"]}, "body": {"value": rich(_fees(v) + money)}}},
        {"uid": guid(7), "componentName": "CohortList", "dataSource": guid(8), "fields": {
            "title": {"value": w["sessions"]}, "items": sessions}},
        {"uid": guid(9), "componentName": "RichText", "dataSource": guid(10), "fields": {
            "text": {"value": rich([v.terms(g) for g in p.guarantees] + dates)}}},
    ]  # fmt: skip
    state = {"sitecore": {"context": {"pageEditing": False, "site": {"name": p.camp.lower()},
                                      "pageState": "normal", "language": "en",
                                      "itemPath": f"/courses/{p.seed}"},
                          "route": {"name": f"course-{p.seed}", "displayName": p.name,
                                    "fields": {"pageTitle": {"value": p.name},
                                               "footer": {"value": rich(foot)}},
                                    "databaseName": "web", "deviceId": guid(0),
                                    "itemId": guid(11), "itemLanguage": "en", "itemVersion": 3,
                                    "layoutId": guid(12), "templateId": guid(13),
                                    "templateName": "Course Page",
                                    "placeholders": {"jss-main": comps}}}}  # fmt: skip
    data = json.dumps(state, ensure_ascii=False).replace("</", "<\\/")
    cohorts = "".join(
        f'<li class="cohort-list__item"><h3>{v.cohort_name(i, s)}</h3><p>{v.starts_line(i, s)}'
        "</p></li>" for i, s in enumerate(p.starts))  # fmt: skip
    return [f'<meta property="og:locale" content="{v.lang}"><link rel="stylesheet" href="/dist/'
            f'{p.camp.lower()}/static/css/main.3f9a1c2e.css">'], [
        '<div id="root"><header class="header"><a class="header__logo" href="/">'
        f"{p.camp} Academy</a></header><main>",
        f'<div class="component course-hero"><div class="component-content"><h1>{p.name}</h1>'
        f'<p class="course-hero__tagline">{n["tagline"]}</p><p class="course-hero__price">'
        f'{v.hero()}</p><a class="btn btn-primary" href="/apply">{n["button"]}</a></div></div>',
        f'<div class="component rich-text"><div class="component-content">'
        f"{rich([v.duration(), *perks])}</div></div>",
        f'<div class="component price-box"><div class="component-content"><h2>{w["price"]}</h2>'
        f"{rich(_fees(v) + money)}</div></div>",
        f'<div class="component cohort-list"><div class="component-content"><h2>'
        f'{w["sessions"]}</h2><ul>{cohorts}</ul></div></div>',
        f'<div class="component rich-text"><div class="component-content">'
        f"{rich([v.terms(g) for g in p.guarantees] + dates)}</div></div>",
        f'</main><footer class="footer">{rich(foot)}</footer></div>',
        f'<script type="application/json" id="__JSS_STATE__">{data}</script>',
    ]  # fmt: skip


def liveview(p: Program, k: Kit) -> Page:
    """A Phoenix LiveView page as first rendered over HTTP: the ``data-phx-main`` root with
    its signed session and static tokens, ``phx-update="stream"`` cohort rows with
    ``phx-click`` join buttons, a live component (``data-phx-component``), a
    ``phx-hook`` money element with the amount in minor units, and the flash group's
    disconnect notices."""
    v = TwelfthVoice(k)
    n, w = v.negatives(), _w(v)
    money, dates, perks, foot = _groups(v)
    token = "SFMyNTY.g2gDaAJhBXQAAAAIZAACaWRtAAAAFHBoeC1GOS" + k.token()

    rows = "".join(
        f'<div id="cohorts-{p.seed * 10 + i}" class="cohort-row flex justify-between"><span>'
        f'{line}</span><button phx-click="choose_cohort" phx-value-id="{p.seed * 10 + i}" '
        f'class="rounded-lg bg-zinc-900 px-3 py-2">{n["button"]}</button></div>'
        for i, line in enumerate(_starts(v)))  # fmt: skip
    terms = "".join(
        f'<details class="group" phx-mounted="JS.transition(...)"><summary>{w[g.kind]}</summary>'
        f"<p>{v.terms(g)}</p></details>" for g in p.guarantees)  # fmt: skip
    minor = p.upfront * 100
    return ['<meta name="csrf-token" content="Ng8ZAD4vKjkbHXwNJyE6LQ"><link phx-track-static '
            'rel="stylesheet" href="/assets/app-4f2c1e0b.css"><script defer phx-track-static '
            'type="text/javascript" src="/assets/app-9b1d2a7c.js"></script>'], [
        f'<div id="phx-F9{p.seed:04d}qkXyZ" data-phx-main data-phx-session="{token}" '
        f'data-phx-static="SFMyNTY.g2gDaAJhBXQAAAADZAAKYXNzaWduX25ldw" class="phx-connected">'
        '<div id="flash-group"><div id="client-error" phx-connected="[[&quot;hide&quot;]]" '
        'hidden>We can&#39;t find the internet. Attempting to reconnect</div><div id="server-'
        'error" hidden>Something went wrong! Hang in there while we get back on track</div></div>'
        f'<header class="px-4 sm:px-6"><a href="/">{p.camp} Academy</a></header>'
        f'<main class="px-4 py-20"><h1 class="text-3xl font-semibold">{p.name}</h1><p>'
        f'{n["tagline"]}</p><p class="text-zinc-600">{v.duration()}</p>',
        f'<section id="price" data-phx-component="1"><h2>{w["price"]}</h2><p><span id="price-'
        f'amount" phx-hook="Money" data-minor="{minor}" data-currency="{p.currency}">'
        f'{v.money(p.upfront)}</span></p>{_ps(_fees(v) + money)}</section>',
        f'<section><h2>{w["sessions"]}</h2><div id="cohorts" phx-update="stream">{rows}</div>'
        f"{_ps(dates)}</section>",
        f'<section id="guarantees"><h2>{w["promise"]}</h2>{terms}</section>'
        if p.guarantees else "",
        f"<section>{_ps(perks)}</section></main><footer>{_ps(foot)}</footer></div>",
    ]  # fmt: skip


def turbo_stream(p: Program, k: Kit) -> Page:
    """A Rails Hotwire page: ``<turbo-frame>`` sections, the price box and the terms as
    inline ``<turbo-stream action="update">`` messages whose body is a ``<template>``, a
    ``turbo-cable-stream-source`` for seat updates, a Stimulus countdown whose deadline is a
    ``data-countdown-ends-at-value`` and ``local_time`` ``<time>`` elements."""
    v = TwelfthVoice(k)
    n, w = v.negatives(), _w(v)
    money, dates, perks, foot = _groups(v)
    close = _midnight(v, v.deadline()).replace(hour=23, minute=59)
    cid = 300 + p.seed

    def frame(fid: str, body: str) -> str:
        return f'<turbo-frame id="{fid}" target="_top">{body}</turbo-frame>'

    def stream(target: str, body: str) -> str:
        return (f'<turbo-stream action="update" target="{target}"><template>{body}</template>'
                "</turbo-stream>")  # fmt: skip

    cohorts = "".join(
        f'<li id="cohort_{cid * 10 + i}" class="cohort"><time data-local="date" datetime="'
        f'{s.isoformat()}">{v.local(s)}</time> · {line}</li>'
        for i, (s, line) in enumerate(zip(p.starts, _starts(v), strict=True)))  # fmt: skip
    terms = "".join(f"<h3>{w[g.kind]}</h3><p>{v.terms(g)}</p>" for g in p.guarantees)
    posted = (f'<time data-local="time" data-format="%e %B %Y" datetime="2024-11-12T08:14:00Z">'
              f"{foot[0]}</time>")  # fmt: skip
    return ['<meta name="turbo-cache-control" content="no-preview"><meta name="turbo-refresh-'
            'method" content="morph"><script type="importmap" data-turbo-track="reload">{"imports'
            '":{"application":"/assets/application-2b1c9d.js","@hotwired/turbo-rails":"/assets/'
            'turbo.min-3e6f1a.js"}}</script>'], [
        f'<main data-controller="course" data-course-id-value="{cid}"><h1>{p.name}</h1>'
        f"<p>{n['tagline']}</p>{posted}",
        frame(f"course_{cid}_overview", f"<p>{v.duration()}</p>{_ps(perks)}"),
        f'<turbo-frame id="course_{cid}_price"><div class="price-box">'
        '<p class="loading">…</p></div></turbo-frame>'
        + stream(f"course_{cid}_price", f'<div class="price-box"><h2>{w["price"]}</h2>'
                 f"{_ps(_fees(v))}</div>"),
        frame(f"course_{cid}_cohorts", f'<h2>{w["sessions"]}</h2><ul>{cohorts}</ul>')
        + '<turbo-cable-stream-source channel="Turbo::StreamsChannel" signed-stream-name="'
        f'ImdpZDovL2Jvb3R3YXRjaC9Db3Vyc2UvMzAw--{cid:x}9f1e"></turbo-cable-stream-source>',
        (f'<div id="course_{cid}_terms"></div>' + stream(f"course_{cid}_terms", terms)
         if p.guarantees else ""),
        f'<section class="money">{_ps(money)}</section><section class="dates">'
        f'<div data-controller="countdown" data-countdown-ends-at-value="{close.isoformat()}">'
        '<span data-countdown-target="days"></span></div>'
        f'{_ps(dates)}</section><a href="/apply" data-turbo-frame="_top" class="button">'
        f'{n["button"]}</a></main>',
        f"<footer>{_ps(foot[1:])}</footer>",
    ]  # fmt: skip


def mkdocs_material(p: Program, k: Kit) -> Page:
    """An MkDocs Material course handbook: header and tabs, the ``md-typeset`` article with
    permalinked headings, admonitions (a collapsible ``details`` one), content tabs for the
    cohorts and the fees, a cohort table, the git-revision-date plugin's "Last update" and
    "Created" facts, and the theme's ``__config`` JSON."""
    v = TwelfthVoice(k)
    n, w = v.negatives(), _w(v)
    money, dates, perks, foot = _groups(v)

    def h2(t: str, anchor: str) -> str:
        return (f'<h2 id="{anchor}">{t}<a class="headerlink" href="#{anchor}" title="Permanent '
                'link">¶</a></h2>')  # fmt: skip

    def note(kind: str, title: str, items: list[str], fold: bool = False) -> str:
        if fold:
            return f'<details class="{kind}"><summary>{title}</summary>{_ps(items)}</details>'
        return (f'<div class="admonition {kind}"><p class="admonition-title">{title}</p>'
                f"{_ps(items)}</div>")  # fmt: skip

    rows = "".join(f"<tr><td>{v.cohort_name(i, s)}</td><td>{v.numeric(s)}</td><td>"
                   f"{v.starts_line(i, s)}</td></tr>" for i, s in enumerate(p.starts))  # fmt: skip
    table = ('<div class="md-typeset__scrollwrap"><div class="md-typeset__table"><table><thead>'
             f"<tr><th>Cohort</th><th>Start</th><th>Details</th></tr></thead><tbody>{rows}"
             "</tbody></table></div></div>")  # fmt: skip
    tabs = ('<div class="tabbed-set tabbed-alternate" data-tabs="1:2"><input checked="checked" '
            'id="__tabbed_1_1" name="__tabbed_1" type="radio"><input id="__tabbed_1_2" name="'
            '__tabbed_1" type="radio"><div class="tabbed-labels"><label for="__tabbed_1_1">'
            f'Upfront</label><label for="__tabbed_1_2">Other ways to pay</label></div><div class='
            f'"tabbed-content"><div class="tabbed-block"><p>{v.fee_line()}</p></div><div class='
            f'"tabbed-block">{_ps([x for x in (v.plan(), v.isa()) if x] or [n["pay"]])}</div>'
            "</div></div>")  # fmt: skip
    config = {"base": "..", "features": ["content.tabs.link", "navigation.tabs",
                                         "content.code.copy"],
              "search": "../assets/javascripts/workers/search.6ce7567c.min.js",
              "translations": {"clipboard.copy": "Copy to clipboard",
                               "search.result.placeholder": "Type to start searching"},
              "version": None}  # fmt: skip
    return ['<meta name="generator" content="mkdocs-1.6.1, mkdocs-material-9.5.49"><link rel='
            '"stylesheet" href="../assets/stylesheets/main.6f8fc17f.min.css">'], [
        '<div class="md-container" data-md-component="container"><header class="md-header" '
        f'data-md-component="header"><span class="md-header__topic">{p.camp} Academy Handbook'
        '</span></header><main class="md-main" data-md-component="main"><div class="md-main__'
        'inner md-grid"><div class="md-content" data-md-component="content"><article class="'
        f'md-content__inner md-typeset"><h1 id="course">{p.name}</h1><p><em>{n["tagline"]}</em>'
        f'</p><p>{v.duration()}</p><p><a class="md-button md-button--primary" href="../apply/">'
        f'{n["button"]}</a></p>',
        h2(w["sessions"], "cohorts") + table,
        h2(w["price"], "tuition") + tabs
        + note("info", "Funding and other costs", money),
        (h2(w["promise"], "guarantees")
         + "".join(note("success", w[g.kind], [v.terms(g)]) for g in p.guarantees)
         if p.guarantees else ""),
        h2(w["dates"], "dates") + note("warning", "Not start dates", dates, fold=True),
        h2(w["outcomes"], "outcomes") + _ps(perks) + f"<blockquote>{foot[2]}</blockquote>",
        '<aside class="md-source-file"><span class="md-source-file__fact"><span class="md-'
        'icon" title="Last update"></span><span class="git-revision-date-localized-plugin git-'
        f'revision-date-localized-plugin-date">{foot[1]}</span></span><span class="md-source-'
        'file__fact"><span class="md-icon" title="Created"></span><span class="git-revision-'
        f'date-localized-plugin git-revision-date-localized-plugin-date">{foot[0]}</span></span>'
        "</aside></article></div></div></main>",
        f'<footer class="md-footer"><div class="md-copyright">{_ps([foot[3], foot[4]])}Made '
        'with <a href="https://squidfunk.github.io/mkdocs-material/">Material for MkDocs</a>'
        "</div></footer></div>",
        f'<script id="__config" type="application/json">{json.dumps(config)}</script>',
    ]  # fmt: skip


def _wp_json(value: object) -> str:
    """JSON as WordPress's ``wp_json_encode`` prints it: non-ASCII as ``\\u`` escapes and
    every slash escaped."""
    return json.dumps(value, separators=(",", ":")).replace("/", "\\/")


def wp_rest_json(p: Program, k: Kit) -> Page:
    """The course page fetched from the WordPress REST API (``/wp-json/wp/v2/pages?slug=``)
    and shown as Chrome's raw JSON view: one ``<pre>`` holding the page object, its block
    markup in ``content.rendered``, its tagline in ``excerpt``, ``date`` and ``modified``
    stamps, ACF fields with the cohorts' date pickers as ``Ymd`` and the ``_links``."""
    v = TwelfthVoice(k)
    n, w = v.negatives(), _w(v)
    money, dates, perks, foot = _groups(v)
    pid, slug = 4100 + p.seed, p.name.lower().replace("/", "-").replace(" ", "-")

    def blocks(kind: str, items: list[str]) -> str:
        return "".join(f"<!-- wp:{kind} -->\n<p>{x}</p>\n<!-- /wp:{kind} -->\n\n" for x in items)

    def heading(t: str) -> str:
        return (
            f'<!-- wp:heading -->\n<h2 class="wp-block-heading">{t}</h2>\n<!-- /wp:heading -->\n\n'
        )

    content = (blocks("paragraph", [v.duration()]) + heading(w["sessions"])
               + "<!-- wp:list -->\n<ul class=\"wp-block-list\">"
               + "".join(f"<!-- wp:list-item -->\n<li>{x}</li>\n<!-- /wp:list-item -->"
                         for x in _starts(v)) + "</ul>\n<!-- /wp:list -->\n\n"
               + heading(w["price"]) + blocks("paragraph", _fees(v) + money)
               + (heading(w["promise"]) + blocks("paragraph", [v.terms(g) for g in p.guarantees])
                  if p.guarantees else "")
               + heading(w["dates"]) + blocks("paragraph", dates + perks)
               + blocks("paragraph", foot[2:]))  # fmt: skip
    site = f"https://{p.camp.lower()}.example"
    page = [{"id": pid, "date": "2024-11-12T09:14:00", "date_gmt": "2024-11-12T08:14:00",
             "guid": {"rendered": f"{site}/?page_id={pid}"}, "modified": "2025-01-06T09:47:12",
             "modified_gmt": "2025-01-06T08:47:12", "slug": slug, "status": "publish",
             "type": "page", "link": f"{site}/{slug}/", "title": {"rendered": p.name},
             "content": {"rendered": content, "protected": False},
             "excerpt": {"rendered": f"<p>{n['tagline']}</p>\n", "protected": False},
             "author": 2, "featured_media": pid + 7, "parent": 0, "menu_order": 0,
             "comment_status": "closed", "ping_status": "closed", "template": "",
             "meta": {"footnotes": ""},
             "acf": {"cta_label": n["button"], "posted_note": foot[0], "updated_note": foot[1],
                     "cohorts": [{"label": v.cohort_name(i, s), "start_date": f"{s:%Y%m%d}"}
                                 for i, s in enumerate(p.starts)]},
             "_links": {"self": [{"href": f"{site}/wp-json/wp/v2/pages/{pid}"}],
                        "collection": [{"href": f"{site}/wp-json/wp/v2/pages"}]}}]  # fmt: skip
    return ['<meta name="color-scheme" content="light dark">'], [
        '<pre style="word-wrap: break-word; white-space: pre-wrap;">'
        f"{html.escape(_wp_json(page), quote=False)}</pre>",
        '<div class="json-formatter-container"></div>',
    ]


def weebly(p: Program, k: Kit) -> Page:
    """A Weebly site: ``wsite-section`` bands, ``wsite-content-title`` headings, paragraphs
    whose lines are ``<br />``-broken inside ``<font>`` and ``<strong>``, a
    ``wsite-multicol`` table of two columns, ``wsite-button`` links, spacers, a Square
    product element selling the seat deposit, and the ``_W`` site script."""
    v = TwelfthVoice(k)
    n, w = v.negatives(), _w(v)
    money, dates, perks, foot = _groups(v)

    def para(items: list[str], lines: bool = True) -> str:
        body = "<br />".join(items) if lines else "".join(f"<span>{x}</span><br />"
                                                         for x in items)  # fmt: skip
        return (f'<div class="paragraph" style="text-align:left;"><font color="#2a2a2a">'
                f"{body}</font></div>")  # fmt: skip

    def title(t: str) -> str:
        return f'<h2 class="wsite-content-title"><strong>{t}</strong></h2>'

    def section(body: str, bg: int) -> str:
        return (f'<div class="wsite-section-wrap"><div class="wsite-section wsite-body-section '
                f'wsite-background-{bg}"><div class="wsite-section-content"><div class='
                f'"container"><div class="wsite-section-elements">{body}</div></div></div></div>'
                "</div>")  # fmt: skip

    spacer = '<div class="wsite-spacer" style="height:50px;"></div>'
    deposit = v.money(300 * v.scale, 1)
    cols = ('<div><div class="wsite-multicol"><div class="wsite-multicol-table-wrap" style="'
            'margin:0 -15px;"><table class="wsite-multicol-table"><tbody class="wsite-multicol-'
            'tbody"><tr class="wsite-multicol-tr"><td class="wsite-multicol-col" style="width:'
            f'50%; padding:0 15px;">{title(w["price"])}{para(_fees(v))}</td><td class="wsite-'
            f'multicol-col" style="width:50%; padding:0 15px;">{title(w["sessions"])}'
            f"{para(_starts(v), lines=False)}</td></tr></tbody></table></div></div>"
            "</div>")  # fmt: skip
    product = (f'<div class="wsite-com-product-element"><h3 class="wsite-com-product-title">'
               f'Seat deposit</h3><div class="wsite-com-product-price"><span class="wsite-com-'
               f'product-price-amount">{deposit}</span></div><a class="wsite-com-product-add" '
               'href="#">Add to cart</a></div>')  # fmt: skip
    button = (f'<div style="text-align:center;"><a class="wsite-button wsite-button-large '
              f'wsite-button-highlight" href="/apply.html"><span class="wsite-button-inner">'
              f'{n["button"]}</span></a></div>')  # fmt: skip
    return ['<link id="wsite-base-style" rel="stylesheet" type="text/css" href="//cdn2.editmysite'
            '.com/css/sites.css?buildTime=1734567890"><script>var STATIC_BASE = "//cdn1.'
            'editmysite.com/";</script>'], [
        f'<div class="wrapper"><div class="header"><span class="wsite-logo"><a href="/">{p.camp}'
        '</a></span></div><div id="wsite-content" class="wsite-elements wsite-not-footer">'
        + section(f'<h2 class="wsite-content-title"><font size="6">{p.name}</font></h2>'
                  f"{para([n['tagline'], v.hero()])}{button}", 12),
        section(para([v.duration()]) + spacer + cols, 3),
        (section(title(w["promise"]) + para([v.terms(g) for g in p.guarantees]), 5)
         if p.guarantees else ""),
        section(para(money) + product + spacer + title(w["dates"]) + para(dates), 7),
        section(para(perks) + para(foot, lines=False), 9) + "</div>",
        '<div class="footer-wrap"><div class="footer"><div class="wsite-footer">Powered by '
        '<a href="https://www.weebly.com">Weebly</a></div></div></div></div>'
        f'<script>_W = _W || {{}}; _W.storeCurrency = "{p.currency}"; _W.siteId = '
        f'"{1000 + p.seed}"; _W.relinquish = 1;</script>',
    ]  # fmt: skip


TWELFTH = {f.__name__: f for f in (aem_core, sitecore_jss, liveview, turbo_stream,
                                   mkdocs_material, wp_rest_json, weebly)}  # fmt: skip
