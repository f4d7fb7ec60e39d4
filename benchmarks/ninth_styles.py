"""The ninth set: seven styles in new markup and words (:class:`NinthVoice`), now for dev.

Written while the rules were being tuned on the eighth set (:mod:`benchmarks.eighth_styles`),
from how real course pages look and without reading bootwatch's extraction rules, and held
out for its first look; rules are tuned on it since, so it scores in the dev group (its
programs still drawn by :func:`ninth_voice.ninth_program`, and a development program
redesigned into it keeps its own currency) and :mod:`benchmarks.twentyfirst_styles` is the
held-out set. A Kajabi sales page
(``kjb-settings-id`` sections, pricing blocks, a countdown timer to the deadline as a
``data-`` timestamp, testimonial and accordion blocks), a Jekyll page whose front matter
leaked (a byte-order mark before the ``---``: the YAML rendered as an ``<hr />`` and one
setext ``<h2>`` of ``key: value`` lines, above the kramdown body), a Microsoft Word "Save
as HTML" export (``xmlns:o`` namespaces, ``<!--[if gte mso 9]>`` document properties,
``MsoNormal`` paragraphs with unquoted attributes, ``<![if !supportLists]>`` bullets,
``mso-spacerun`` spaces), a Confluence page (``confluenceTable`` cells, status lozenges,
date lozenges as ``<time datetime>``, info panels, expand macros hiding the guarantees,
an inline task list), a Bubble.io app shell (an empty page element; the data only in a
JSON script, Bubble's typed field names, dates as epoch milliseconds of local midnight),
an Eventbrite organiser embed (a checkout widget script and ``__SERVER_DATA__`` events:
``start.local`` and ``start.utc``, ticket classes' costs in minor units beside a display
string, a free info-session event, "Sales end" dates) and an English page on a Hebrew or
Arabic site (``dir="rtl"`` chrome and nav in the site's language, English sections in
``dir="ltr"`` blocks, amounts isolated by ``<bdi>`` and direction marks). Prices are in
dirhams, riyals, shekels, lira, Nordic kronor and yen (:func:`ninth_voice.ninth_program`).
Same contract as :mod:`benchmarks.page_styles`: ``(head, sections)`` stating every fact and
every negative. One module because the seven share the voice and a few helpers, and are
read together as one set.
"""

from __future__ import annotations

import html
import json
from datetime import date, timedelta

from ninth_voice import NinthVoice
from page_styles import Page
from pagegen import TODAY, Kit, Program

TITLES = {"job_guarantee": "Placement promise", "money_back": "Cooling-off guarantee",
          "tuition_refund": "Pro-rata refund"}  # fmt: skip
#: The negatives by where pages put them: (money talk, dates, course perks, footer).
GROUPS = (
    ("salary", "junior", "deposit", "scholarship", "funding", "tax", "pay", "employer", "visa",
     "referral"),
    ("early", "deadline", "challenge", "info", "tour", "prep", "welcome", "break", "ends",
     "graduation"),
    ("support", "alumni", "rating"),
    ("post", "updated", "testimonial", "phone", "copyright"),
)  # fmt: skip
LRM, RLM = "\u200e", "\u200f"


def _groups(v: NinthVoice) -> list[list[str]]:
    n = v.negatives()
    return [[n[x] for x in g] for g in GROUPS]


def _js(value: object) -> str:
    """JSON as ``JSON.stringify`` writes it, with no ``</`` to end a script early."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).replace("</", "<\\/")


def _locale(v: NinthVoice) -> str:
    return f'<meta property="og:locale" content="{v.lang.replace("-", "_")}">'


def kajabi(p: Program, k: Kit) -> Page:
    """A Kajabi sales page: sections and blocks named by ``kjb-settings-id``, pricing
    blocks with a checkout link each, a countdown block whose end is a ``data-`` timestamp
    (the deadline), testimonial and accordion (FAQ) blocks."""
    v = NinthVoice(k)
    n = v.negatives()
    money, dates, perks, foot = _groups(v)
    ids = iter(range(1_600_000_000 + p.seed * 97, 1_700_000_000))

    def section(inner: str, kind: str = "") -> str:
        sid = next(ids)
        return (f'<div class="section section--global {kind}" kjb-settings-id="sections_{sid}_'
                f'settings_background_color"><div class="sizer"><div class="container"><div '
                f'class="row align-items-center">{inner}</div></div></div></div>')  # fmt: skip

    def block(kind: str, inner: str) -> str:
        bid = next(ids)
        col = 6 if kind == "pricing" else 12
        return (f'<div class="block-type--{kind} text-left col-{col}" id="block-{bid}"><div '
                f'class="block box-shadow-none" kjb-settings-id="sections_{bid}_blocks_{bid}_'
                f'settings_box_shadow">{inner}</div></div>')  # fmt: skip

    def text(*paras: str) -> str:
        return block("text", "".join(f"<p>{x}</p>" for x in paras))

    def price(title: str, amount: str, note: str) -> str:
        return block("pricing", f'<div class="pricing"><h3 class="pricing__title">{title}</h3>'
                     f'<h4 class="pricing__price">{amount}</h4><p class="pricing__text">{note}'
                     f'</p><a class="btn btn--solid btn--large btn--auto" href="/offers/'
                     f'{k.token()[:8]}/checkout">Enrol now</a></div>')  # fmt: skip

    prices = price("Pay in full", v.money(p.upfront), "One payment, lifetime access")
    if p.monthly:
        prices += price("Monthly", f"{v.money(p.monthly)}/month", v.plan() or "")
    cohorts = "".join(f"<li>{v.starts_line(i, s)}</li>" for i, s in enumerate(p.starts))
    faq = "".join(f'<div class="accordion"><div class="accordion__title">{TITLES[g.kind]}</div>'
                  f'<div class="accordion__body"><p>{v.terms(g)}</p></div></div>'
                  for g in p.guarantees)  # fmt: skip
    ends = f"{v.deadline().isoformat()}T23:59:00+00:00"
    return ['<meta name="kajabi-site" content="true">', _locale(v),
            '<link rel="stylesheet" href="https://kajabi-app-assets.kajabi-cdn.com/assets/'
            'core-0d125629e028a5a14579c81397830a1acd5cf5a9f3b2e8c2b.css">'], [
        section(block("text", f"<h1>{p.name}</h1><p>{n['tagline']}</p>")
                + f"<a class='btn btn--solid' href='#pricing'>{n['button']}</a>", "hero"),
        section(block("text", f"<h2>Upcoming cohorts</h2><ul>{cohorts}</ul><p>{v.duration()}"
                              "</p>") + text(*dates)),
        section(f'<span id="pricing"></span>{prices}'
                + text(*([v.isa() or ""] if p.isa else []), *money)),
        section(block("countdown", f'<div class="countdown" data-countdown-date="{ends}" data-'
                                   f'timezone="{v.zone}"><span class="countdown__days">--</span>'
                                   '<span class="countdown__label">days left to apply</span>'
                                   "</div>")),
        section(block("accordion", f"<h2>Our promises</h2>{faq}")) if p.guarantees else "",
        section(block("testimonial", f'<div class="testimonial__text">{foot[2]}</div>')
                + text(*perks)),
        f'<footer class="footer" kjb-settings-id="sections_footer_settings_background_color">'
        f'{"".join(f"<p>{x}</p>" for x in foot if x != foot[2])}<p>Powered by Kajabi</p>'
        "</footer>",
    ]  # fmt: skip


def jekyll(p: Program, k: Kit) -> Page:
    """A Jekyll page whose front matter leaked: a byte-order mark before the first ``---``
    makes it markdown, so the YAML shows as an ``<hr />`` and one setext ``<h2>`` of its
    ``key: value`` lines (ISO dates, a bare integer price), above the kramdown body: a
    table, lists and the minimal-mistakes theme's meta and sidebar."""
    v = NinthVoice(k)
    n = v.negatives()
    money, dates, perks, foot = _groups(v)
    yaml = [f'title: "{p.name}"', "layout: single", f"lang: {v.lang}",
            f"price: {p.upfront}", f"currency: {p.currency}",
            f"weeks: {p.weeks}", f'hours_per_week: "{v.per_week()}"',
            f"start_dates: [{', '.join(s.isoformat() for s in p.starts)}]",
            f"deadline: {v.deadline().isoformat()}", "toc: true"]  # fmt: skip
    if p.monthly:
        yaml.insert(5, f"monthly: {p.monthly}")
    slug = "-".join(x.split(":")[0].replace("_", "-") for x in yaml)
    rows = "".join(f"<tr>\n<td>{v.cohort_name(i, s)}</td>\n<td>{v.local(s)}</td>\n"
                   f"<td>{v.local(e)}</td>\n</tr>\n"
                   for i, (s, e) in enumerate(zip(p.starts, p.ends(), strict=True)))  # fmt: skip
    table = ("<table>\n<thead>\n<tr>\n<th>Cohort</th>\n<th>Start</th>\n<th>End</th>\n</tr>\n"
             f"</thead>\n<tbody>\n{rows}</tbody>\n</table>\n")  # fmt: skip
    fees = [f"<strong>Fee:</strong> {v.money(p.upfront)}"]
    fees += [v.plan() or ""] if p.monthly else []
    fees += [v.isa() or ""] if p.isa else []
    terms = "".join(f'<h3 id="{g.kind.replace("_", "-")}">{TITLES[g.kind]}</h3>\n'
                    f"<p>{v.terms(g)}</p>\n" for g in p.guarantees)  # fmt: skip

    def ul(items: list[str]) -> str:
        return "<ul>\n" + "".join(f"  <li>{x}</li>\n" for x in items) + "</ul>\n"

    return [f'<meta name="generator" content="Jekyll v4.3.3">{_locale(v)}<link rel="stylesheet"'
            ' href="/assets/css/main.css">'], [
        '<div class="masthead"><div class="masthead__inner-wrap"><a class="site-title" href="/">'
        f'{p.camp} Academy</a></div></div>',
        '<div id="main" role="main"><article class="page h-entry"><div class="page__inner-wrap">'
        f'<header><h1 id="page-title" class="page__title p-name">{p.name}</h1><p class="page__'
        'meta"><span class="page__meta-readtime"><i class="far fa-clock"></i> 4 minute read'
        '</span></p></header><section class="page__content e-content">'
        f'\ufeff<hr />\n<h2 id="{slug}">{chr(10).join(yaml)}</h2>\n'
        f"<p>{n['tagline']}</p>\n",
        f'<h2 id="dates">Dates</h2>\n{table}<p>{v.duration()}</p>\n{ul(dates)}',
        f'<h2 id="fees">Fees</h2>\n<p>{"<br />".join(fees)}</p>\n{ul(money)}',
        f'<h2 id="guarantees">Guarantees</h2>\n{terms}' if p.guarantees else "",
        f"{ul(perks)}<blockquote>\n<p>{foot[2]}</p>\n</blockquote>\n<p><a href=\"/apply/\" "
        f'class="btn btn--primary">{n["button"]}</a></p>\n</section><footer class="page__meta">'
        f'<p class="page__date"><strong>Updated:</strong> <time class="dt-published" datetime='
        f'"2025-01-06T00:00:00+00:00">{foot[1]}</time></p></footer></div></article></div>',
        f'<div class="page__footer"><footer>{"".join(f"<p>{x}</p>" for x in foot[:1] + foot[3:])}'
        "</footer></div>",
    ]  # fmt: skip


def word_html(p: Program, k: Kit) -> Page:
    """A Microsoft Word "Save as HTML" export: Office namespaces, document properties in
    ``<!--[if gte mso 9]>`` XML, ``MsoNormal`` and ``MsoListParagraph`` paragraphs with
    unquoted attributes, ``<![if !supportLists]>`` bullets, ``mso-spacerun`` spaces, a
    ``MsoTableGrid`` table, ``<o:p>`` ends."""
    v = NinthVoice(k)
    n = v.negatives()
    money, dates, perks, foot = _groups(v)

    def para(text: str, cls: str = "MsoNormal") -> str:
        return (f"<p class={cls}><span lang=EN-GB style='font-size:11.0pt;font-family:"
                f'"Calibri",sans-serif\'>{text}<o:p></o:p></span></p>\n')  # fmt: skip

    def bullets(items: list[str]) -> str:
        out = ""
        for i, x in enumerate(items):
            pos = "First" if i == 0 else "Last" if i == len(items) - 1 else "Middle"
            out += (
                f"<p class=MsoListParagraphCxSp{pos} style='text-indent:-18.0pt;mso-list:l0 "
                "level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'>·<span "
                "style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; "
                f"</span></span><![endif]><span lang=EN-GB>{x}<o:p></o:p></span></p>\n"
            )
        return out

    def cell(text: str, bold: bool = False) -> str:
        inner = f"<b>{text}</b>" if bold else text
        return (f"<td width=200 valign=top style='width:150.0pt;border:solid windowtext 1.0pt;"
                f"padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal style='margin-bottom:0cm'>"
                f"<span lang=EN-GB>{inner}<o:p></o:p></span></p></td>")  # fmt: skip

    rows = "".join(f"<tr>{cell(v.cohort_name(i, s))}{cell(v.numeric(s))}{cell(v.local(e))}</tr>"
                   for i, (s, e) in enumerate(zip(p.starts, p.ends(), strict=True)))  # fmt: skip
    table = (f"<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-"
             f"collapse:collapse;border:none'><tr>{cell('Cohort', True)}{cell('Start', True)}"
             f"{cell('Final presentations', True)}</tr>{rows}</table>\n")  # fmt: skip
    fee = (f"<b>Fee:</b><span style='mso-spacerun:yes'>  </span>{v.money(p.upfront, 1)}"
           f"<span style='mso-tab-count:1'> </span>")  # fmt: skip
    extra = ([v.plan() or ""] if p.monthly else []) + ([v.isa() or ""] if p.isa else [])
    props = ("<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>Admissions</o:Author>"
             "<o:LastAuthor>Programme Office</o:LastAuthor><o:Revision>7</o:Revision>"
             "<o:Created>2024-11-12T08:41:00Z</o:Created><o:LastSaved>2025-01-06T15:02:00Z"
             "</o:LastSaved><o:Pages>2</o:Pages><o:Words>812</o:Words></o:DocumentProperties>"
             "</xml><![endif]-->")  # fmt: skip
    return ['<meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft '
            'Word 15"><meta name=Originator content="Microsoft Word 15">', _locale(v), props,
            "<style><!-- p.MsoNormal, li.MsoNormal {margin:0cm; margin-bottom:8.0pt; font-size:"
            "11.0pt;} @page WordSection1 {size:595.3pt 841.9pt;} div.WordSection1 {page:"
            "WordSection1;} --></style>"], [
        f"<div class=WordSection1>\n<p class=MsoTitle><span lang=EN-GB>{p.name}<o:p></o:p></span>"
        f"</p>\n{para(n['tagline'], 'MsoSubtitle')}",
        para(fee) + "".join(para(x) for x in extra) + bullets(money),
        f"<h2><span lang=EN-GB>Cohorts<o:p></o:p></span></h2>\n{table}"
        + para(f"<b>Duration:</b> {v.duration()}") + bullets(dates),
        "<h2><span lang=EN-GB>Guarantees<o:p></o:p></span></h2>\n"
        + "".join(para(f"<b>{TITLES[g.kind]}.</b> {v.terms(g)}") for g in p.guarantees)
        if p.guarantees else "",
        bullets(perks) + "".join(para(x) for x in foot) + para(f"<u>{n['button']}</u>")
        + "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n</div>",
    ]  # fmt: skip


def confluence(p: Program, k: Kit) -> Page:
    """A Confluence page: breadcrumbs and "Created by ..., last modified on" metadata, a
    ``confluenceTable`` with status lozenges and date lozenges (``<time datetime>``), info
    and note panels, the guarantees in expand macros, an inline task list."""
    v = NinthVoice(k)
    n = v.negatives()
    money, dates, perks, foot = _groups(v)

    def panel(kind: str, *paras: str) -> str:
        body = "".join(f"<p>{x}</p>" for x in paras)
        return (f'<div class="confluence-information-macro confluence-information-macro-{kind} '
                f'conf-macro output-block" data-macro-name="{kind}" data-hasbody="true"><span '
                f'class="aui-icon aui-icon-small aui-iconfont-{kind} confluence-information-'
                f'macro-icon"> </span><div class="confluence-information-macro-body">{body}'
                "</div></div>")  # fmt: skip

    def lozenge(text: str, tone: str) -> str:
        return (
            f'<span class="status-macro aui-lozenge aui-lozenge-visual-refresh aui-lozenge-'
            f'{tone} conf-macro output-inline" data-macro-name="status">{text}</span>'
        )

    def when(d: date) -> str:
        return f'<time datetime="{d.isoformat()}" class="date-future">{d:%d %b %Y}</time>'

    rows = "".join(
        f'<tr><td class="confluenceTd">{v.cohort_name(i, s)}</td><td class="confluenceTd">'
        f'{when(s)}</td><td class="confluenceTd">{v.starts_line(i, s)}</td><td class='
        f'"confluenceTd">{lozenge("OPEN" if i == 0 else "PLANNED", "success" if i == 0 else "")}'
        "</td></tr>" for i, s in enumerate(p.starts))  # fmt: skip
    table = ('<div class="table-wrap"><table class="wrapped confluenceTable"><colgroup><col/>'
             '<col/><col/><col/></colgroup><tbody><tr><th class="confluenceTh">Cohort</th><th '
             'class="confluenceTh">Start</th><th class="confluenceTh">Notes</th><th class='
             f'"confluenceTh">Status</th></tr>{rows}</tbody></table></div>')  # fmt: skip
    fees = [f"<strong>Fee:</strong> {v.money(p.upfront, 2)}"]
    fees += [v.plan() or ""] if p.monthly else []
    fees += [v.isa() or ""] if p.isa else []
    expands = "".join(
        f'<div class="expand-container conf-macro output-block" data-macro-name="expand"><div '
        f'class="expand-control" id="expander-control-{i}"><span class="expand-icon aui-icon '
        f'aui-icon-small aui-iconfont-chevron-right"> </span><span class="expand-control-text">'
        f'{TITLES[g.kind]}</span></div><div class="expand-content expand-hidden" id="expander-'
        f'content-{i}"><p>{v.terms(g)}</p></div></div>'
        for i, g in enumerate(p.guarantees))  # fmt: skip
    done = ' class="checked"'
    tasks = "".join(f'<li data-inline-task-id="{i + 1}"{done if i < 2 else ""}><span>{x}</span>'
                    "</li>" for i, x in enumerate(dates))  # fmt: skip
    return [f'<meta name="confluence-space-key" content="ADM">{_locale(v)}<meta name="ajs-page-'
            f'id" content="{p.seed * 65537}">'], [
        f'<div id="breadcrumb-section"><ol id="breadcrumbs"><li><a href="/wiki/spaces/ADM">'
        f'Admissions</a></li><li><a href="/wiki/spaces/ADM/pages/1">Programmes</a></li></ol>'
        f'</div><h1 id="title-text" class="with-breadcrumbs">{p.name}</h1><div class="page-'
        f'metadata"><ul><li class="page-metadata-modification-info">Created by <span class='
        f'"author"><a class="url fn confluence-userlink user-mention">Admissions Team</a>'
        f'</span> · {foot[1]}</li></ul></div>',
        f'<div id="main-content" class="wiki-content">{panel("info", n["tagline"])}'
        f"<h2>Cohorts</h2>{table}<p><strong>Duration:</strong> {v.duration()}</p>",
        f'<h2>Fees</h2>{panel("tip", *fees)}<ul>{"".join(f"<li>{x}</li>" for x in money)}</ul>',
        f"<h2>Guarantees</h2>{expands}" if p.guarantees else "",
        f'<h2>Key dates</h2><ul class="inline-task-list" data-inline-tasks-content-id="'
        f'{p.seed}">{tasks}</ul>{panel("note", *perks)}',
        f'<p>{foot[2]}</p><p><a href="/apply">{n["button"]}</a></p></div><div id="likes-and-'
        f'labels-container"><ul class="label-list"><li><a class="aui-label-split-main">bootcamp'
        f'</a></li></ul></div><div class="footer">{" · ".join(foot[:1] + foot[3:])}</div>',
    ]  # fmt: skip


def bubble(p: Program, k: Kit) -> Page:
    """A Bubble.io app shell: the page element is empty until the app runs, the data only in
    a JSON script with Bubble's typed field names (``price_number``, ``start_date``,
    ``cohorts_list_custom_cohort``) and dates as epoch milliseconds of local midnight."""
    v = NinthVoice(k)
    n = v.negatives()
    money, dates, perks, foot = _groups(v)
    uid = iter(f"{1_699_000_000_000 + p.seed * 1000 + i}x{p.seed * 7 + i:018d}"
               for i in range(100))  # fmt: skip
    cohorts = [{"_id": next(uid), "_type": "custom.cohort", "name_text": v.cohort_name(i, s),
                "start_date_date": v.epoch_ms(s), "end_date_date": v.epoch_ms(e),
                "label_text": v.starts_line(i, s), "open_boolean": i == 0,
                "Created Date": 1_731_400_000_000, "Modified Date": 1_736_150_000_000}
               for i, (s, e) in enumerate(zip(p.starts, p.ends(), strict=True))]  # fmt: skip
    course = {
        "_id": next(uid), "_type": "custom.course", "title_text": p.name,
        "tagline_text": n["tagline"], "price_number": p.upfront,
        "currency_option_currency": p.currency, "price_display_text": v.money(p.upfront),
        "monthly_number": p.monthly, "plan_text": v.plan(), "weeks_number": p.weeks,
        "hours_text": v.per_week(), "schedule_text": v.duration(), "isa_text": v.isa(),
        "guarantees_list_text": [f"{TITLES[g.kind]}: {v.terms(g)}" for g in p.guarantees],
        "fine_print_list_text": money, "key_dates_list_text": dates,
        "perks_list_text": perks, "footer_list_text": foot, "cta_text": n["button"],
        "cohorts_list_custom_cohort": [c["_id"] for c in cohorts],
        "deadline_date": v.epoch_ms(v.deadline()),
        "Created Date": 1_731_400_000_000, "Modified Date": 1_736_150_000_000,
    }  # fmt: skip
    data = {"app_version": "live", "page_name": "course", "page_id": "bTGbC",
            "current_page_thing": course, "things": cohorts,
            "timezone": v.zone, "locale": v.lang}  # fmt: skip
    return [f'<meta name="generator" content="Bubble">{_locale(v)}<script>window.bubble_'
            f"session_uid = '{k.token()}';window.bubble_is_leanjs = true;</script>"], [
        '<div class="bubble-element Page" style="background-color: rgb(255, 255, 255); '
        'min-height: 100vh; opacity: 0;"></div>',
        '<div id="loading-bar" class="loading-bar"><div class="progress"></div></div>'
        "<noscript>Please enable JavaScript to use this app.</noscript>",
        f'<script type="application/json" id="bubble-page-data">{_js(data)}</script>',
        '<script src="/package/run_js/e9c3f1a2b4/live/course/xfalse/x19/run.js"></script>',
    ]  # fmt: skip


def eventbrite(p: Program, k: Kit) -> Page:
    """An Eventbrite organiser embed: a checkout widget script per cohort, and the events in
    ``window.__SERVER_DATA__`` (``start.local`` and ``start.utc``, ticket classes' costs in
    minor units beside a display string, "sales end" times), with a free info-session event
    among them."""
    v = NinthVoice(k)
    n = v.negatives()
    money, dates, perks, foot = _groups(v)
    minor = 1 if p.currency == "JPY" else 100

    def cost(amount: int) -> dict:
        return {"display": v.money(amount, 1), "currency": p.currency,
                "value": amount * minor, "major_value": f"{amount:.2f}"}  # fmt: skip

    tickets = [{"name": "Full programme fee", "cost": cost(p.upfront), "free": False}]
    if p.monthly:
        tickets.append({"name": "Monthly instalment", "cost": cost(p.monthly), "free": False,
                        "description": v.plan()})  # fmt: skip
    eid = 900_000_000_000 + p.seed * 1000
    events = [{"id": str(eid + i), "name": {"text": f"{p.name} — {v.cohort_name(i, s)}"},
               "summary": v.starts_line(i, s),
               "start": {"timezone": v.zone, "local": f"{s.isoformat()}T09:00:00",
                         "utc": v.stamp(s)},
               "end": {"timezone": v.zone, "local": f"{e.isoformat()}T17:00:00",
                       "utc": v.stamp(e, 17)},
               "sales_end": f"{v.deadline(s).isoformat()}T23:59:00",
               "ticket_classes": tickets, "is_free": False, "online_event": False}
              for i, (s, e) in enumerate(zip(p.starts, p.ends(), strict=True))]  # fmt: skip
    info = TODAY + timedelta(days=8)
    events.append({"id": str(eid + 99), "name": {"text": f"Info session: {p.name}"},
                   "summary": n["info"], "start": {"timezone": v.zone, "local":
                   f"{info.isoformat()}T19:00:00", "utc": v.stamp(info, 19)},
                   "ticket_classes": [{"name": "General admission", "free": True}],
                   "is_free": True, "online_event": True})  # fmt: skip
    description = "".join(f"<p>{x}</p>" for x in [
        n["tagline"], v.duration(), v.isa() or "", *(v.terms(g) for g in p.guarantees),
        *money, *dates, *perks, *foot] if x)  # fmt: skip
    server = {"organizer": {"name": f"{p.camp} Academy", "url": f"https://www.eventbrite.com/o/"
                            f"{p.camp.lower()}-academy-{eid}"},
              "events": events, "description": {"html": description}}  # fmt: skip
    widgets = "".join(
        f'<div class="eb-card"><h3>{v.cohort_name(i, s)}</h3><p class="eb-date">'
        f'{s:%a}, {s:%b} {s.day} · 9:00 AM</p><button id="eventbrite-widget-modal-trigger-'
        f'{eid + i}" type="button">{n["button"]}</button></div>'
        for i, s in enumerate(p.starts))  # fmt: skip
    calls = "".join(f"window.EBWidgets.createWidget({{widgetType:'checkout',eventId:'{eid + i}',"
                    f"modal:true,modalTriggerElementId:'eventbrite-widget-modal-trigger-"
                    f"{eid + i}'}});" for i in range(len(p.starts)))  # fmt: skip
    return [f'<meta name="description" content="{html.escape(n["tagline"])}">{_locale(v)}'], [
        f'<header class="site"><h1>{p.name}</h1><p>{v.money(p.upfront)}</p></header>',
        f'<section class="eb-organizer-embed"><h2>Book your cohort</h2>{widgets}</section>',
        '<script src="https://www.eventbrite.com/static/widgets/eb_widgets.js"></script>'
        f"<script>{calls}</script>",
        f"<script>window.__SERVER_DATA__ = {_js(server)};</script>",
    ]  # fmt: skip


def rtl_site(p: Program, k: Kit) -> Page:
    """An English page on a Hebrew or Arabic site: the chrome and nav ``dir="rtl"`` in the
    site's language, the English content in ``dir="ltr"`` blocks, amounts and dates isolated
    by ``<bdi>`` and direction marks, a language switcher."""
    v = NinthVoice(k)
    n = v.negatives()
    money, dates, perks, foot = _groups(v)
    hebrew = p.currency == "ILS"
    lang = "he" if hebrew else "ar"
    nav = (["ראשי", "מסלולים", "מחזורים", "צור קשר"] if hebrew
           else ["الرئيسية", "البرامج", "الدفعات", "اتصل بنا"])  # fmt: skip
    switch = "עברית" if hebrew else "العربية"

    def iso(text: str) -> str:
        return f"<bdi>{LRM}{text}{LRM}</bdi>"

    def block(title: str, *paras: str, lead: str = "") -> str:
        body = lead + "".join(f"<p>{x}</p>" for x in paras)
        return (f'<section dir="ltr" lang="en" class="content-block text-start"><h2>{title}</h2>'
                f"{body}</section>")  # fmt: skip

    cohorts = "".join(
        f'<li dir="ltr">{v.cohort_name(i, s)} {RLM}·{RLM} {iso(v.local(s))} {RLM}—{RLM} '
        f"<small>{v.starts_line(i, s)}</small></li>" for i, s in enumerate(p.starts))  # fmt: skip
    fees = [f"Fee: {iso(v.money(p.upfront))}"]
    fees += [v.plan() or ""] if p.monthly else []
    fees += [v.isa() or ""] if p.isa else []
    terms = [f"<strong>{TITLES[g.kind]}</strong> {v.terms(g)}" for g in p.guarantees]
    return [f'<link rel="alternate" hreflang="{lang}" href="/{lang}/">{_locale(v)}<link rel='
            '"stylesheet" href="/assets/rtl.css">'], [
        f'<div dir="rtl" lang="{lang}" class="site-header"><nav class="main-nav"><ul>'
        f'{"".join(f"<li>{x}</li>" for x in nav)}</ul></nav><div class="lang-switch"><a href='
        f'"/{lang}/" lang="{lang}">{switch}</a> | <a href="/en/" lang="en">English</a></div></div>',
        f'<div dir="rtl" class="page"><header dir="ltr" lang="en" class="hero"><h1>{p.name}</h1>'
        f'<p>{n["tagline"]}</p><a class="btn" href="/en/apply">{n["button"]}</a></header>',
        block("Cohorts", f"Duration: {v.duration()}", *dates,
              lead=f'<ul class="cohorts">{cohorts}</ul>'),
        block("Fees", *fees, *money),
        block("Our guarantees", *terms) if p.guarantees else "",
        block("Why us", *perks) + "</div>",
        f'<footer dir="rtl" lang="{lang}"><div dir="ltr" lang="en">'
        f'{"".join(f"<p>{x}</p>" for x in foot)}</div></footer>',
    ]  # fmt: skip


NINTH = {f.__name__: f for f in (kajabi, jekyll, word_html, confluence, bubble, eventbrite,
                                 rtl_site)}  # fmt: skip
