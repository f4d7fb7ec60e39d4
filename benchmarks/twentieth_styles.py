"""The twentieth set: seven styles in new markup and words (:class:`TwentiethVoice`), for dev.

Written while the rules were being tuned on the nineteenth set
(:mod:`benchmarks.nineteenth_styles`), from how bootcamps' sales and comparison pages in the
United States, Canada, the United Kingdom, Ireland, the Nordics, India and Turkey look and
without reading bootwatch's extraction rules, and held out for its first look; rules are tuned on
it since, so it scores in the dev group (its programs still drawn by
:func:`twentieth_voice.twentieth_program`, and a development program redesigned into it keeps its
own currency) and :mod:`benchmarks.twentyfirst_styles` is the held-out set. An Unbounce
landing page (``lp-pom-*`` boxes placed absolutely by a stylesheet
in the head, a label, its amount and its note often in separate boxes, and the comparison grid
built column by column, so a row's cells are far apart in the DOM), a ClickFunnels sales funnel
(``de``/``elHeadline`` editor blocks, a countdown whose digits change on every fetch, the list
price struck through above the fee, an order form with an order bump and testimonials), a
Mailchimp campaign archive (the archive bar, a hidden preheader, nested ``mcn`` email tables with
inline styles, the comparison as a table inside a table cell and the footer's mailing address), a
Google Slides deck published to the web (one ``<svg>`` per slide, the text in ``<text>`` lines of
``<tspan>`` runs wrapped where the slide's box wraps them, and the comparison as a slide table of
positioned cells), an Alpine.js page (the fees, cohorts, comparison, financing notes and FAQs live
in ``x-data`` JavaScript object literals, not JSON, and the visible HTML holds only the
``x-text``/``x-for`` templates that render them), a GitBook docs page (the space's sidebar, anchor
headings, tabs, hints, a ``role="table"`` grid, expandable blocks and the "Last updated" footer
with previous and next links) and a Circle.so community course lesson (the spaces sidebar, the
course's lesson list, the host's lesson body and the members' comments with like counts that
change on every fetch). None of the seven is a kind of page an earlier set used. Fees in US and
Canadian dollars, pounds, euros (Irish and Finnish), Swedish, Norwegian and Danish kronor, rupees
and lira (:func:`twentieth_voice.twentieth_program`). Same contract as
:mod:`benchmarks.page_styles`: ``(head, sections)`` stating every fact and every negative.
One module because the seven share the voice and a few helpers, and are read together as one set
(about 570 lines).
"""

from __future__ import annotations

import html
import itertools
import random
import re
import textwrap
from datetime import timedelta

from page_styles import Page
from pagegen import TODAY, Kit, Program
from twentieth_voice import TwentiethVoice

#: The negatives by where pages put them: (money talk, dates, outcomes, footer).
GROUPS = (
    ("average", "versus", "versus_part", "lender", "split", "was", "value", "employer",
     "grant", "referral", "scholarship"),
    ("deadline", "webinar", "open_house", "holiday", "demo", "ends"),
    ("hired", "raise", "salary", "partners", "trial", "survey", "content", "credential"),
    ("updated", "byline", "testimonial", "phone", "copyright"),
)  # fmt: skip
WORDS = {"price": "Tuition and financing", "sessions": "Upcoming cohorts",
         "promise": "Our guarantees", "dates": "Key dates", "about": "The program",
         "compare": "How we compare", "job_guarantee": "Job guarantee",
         "money_back": "Money-back guarantee", "tuition_refund": "Refund policy"}  # fmt: skip
#: Section titles the sites keep beside the English ones, per language.
LOCAL = {
    "sv": ("Pris och finansiering", "Kommande kursstarter", "Garantier", "Viktiga datum",
           "Om utbildningen", "Jämförelse"),
    "nb": ("Pris og finansiering", "Kommende oppstarter", "Garantier", "Viktige datoer",
           "Om studiet", "Sammenligning"),
    "da": ("Pris og finansiering", "Kommende holdstarter", "Garantier", "Vigtige datoer",
           "Om uddannelsen", "Sammenligning"),
    "fi": ("Hinta ja rahoitus", "Tulevat ryhmät", "Takuut", "Tärkeät päivämäärät",
           "Koulutuksesta", "Vertailu"),
    "tr": ("Ücret ve finansman", "Yaklaşan dönemler", "Garantiler", "Önemli tarihler",
           "Program hakkında", "Karşılaştırma"),
}  # fmt: skip
#: The time zone a countdown counts to midnight in, per country.
ZONES = {"us": "America/Chicago", "ca": "America/Toronto", "gb": "Europe/London",
         "ie": "Europe/Dublin", "se": "Europe/Stockholm", "no": "Europe/Oslo",
         "dk": "Europe/Copenhagen", "fi": "Europe/Helsinki", "in": "Asia/Kolkata",
         "tr": "Europe/Istanbul"}  # fmt: skip


def _voice(k: Kit) -> tuple[TwentiethVoice, dict[str, str], dict[str, str], list[list[str]]]:
    """The voice, its negatives, its section titles and its negatives grouped."""
    v = TwentiethVoice(k)
    n = v.negatives()
    local = dict(zip(("price", "sessions", "promise", "dates", "about", "compare"),
                     LOCAL[v.tongue], strict=True)) if v.tongue in LOCAL else {}  # fmt: skip
    w = {key: f"{local[key]} · {t}" if key in local else t for key, t in WORDS.items()}
    return v, n, w, [[n[x] for x in g] for g in GROUPS]


def _fees(v: TwentiethVoice) -> list[str]:
    """The fee, the plan and the income share, the lines every style states."""
    return [x for x in (v.fee_line(), v.plan(), v.isa()) if x]


def _starts(v: TwentiethVoice) -> list[str]:
    return [v.starts_line(i, s) for i, s in enumerate(v.p.starts)]


def _terms(v: TwentiethVoice, w: dict[str, str]) -> list[tuple[str, str]]:
    return [(w[g.kind], v.terms(g)) for g in v.p.guarantees]


def _ps(items: list[str], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "".join(f"<p{attr}>{x}</p>" for x in items)


def _lis(items: list[str], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "".join(f"<li{attr}>{x}</li>" for x in items)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _hex(r: random.Random, n: int = 8) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def _table(rows: list[tuple[str, str, str, str]], attrs: str = "") -> str:
    """The comparison as a plain table, its first row the header."""
    head = "".join(f"<th>{x}</th>" for x in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{x}</td>" for x in r) + "</tr>" for r in rows[1:])
    return f"<table{attrs}><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def unbounce(p: Program, k: Kit) -> Page:
    """An Unbounce landing page: ``lp-pom-block`` sections and ``lp-pom-text`` boxes placed
    absolutely by the head's stylesheet, labels, amounts and notes in separate boxes, the
    comparison grid built column by column, a lead form and the footer block."""
    v, n, w, (money, dates, outs, foot) = _voice(k)
    ids = itertools.count(10)
    css: list[str] = []
    Box = tuple[str, int, int, int, int]  # text, left, top, width, font size

    def line(text: str, top: int, size: int = 16) -> list[Box]:
        """A line as designers lay it out: a label in one box, what follows it in another."""
        label, sep, rest = text.partition(": ")
        if sep and len(label) < 40:
            return [(label + ":", 40, top, 220, size), (rest, 270, top, 630, size)]
        return [(text, 40, top, 860, size)]

    def block(title: str, boxes: list[Box], extra: str = "") -> str:
        i = next(ids)
        height = max([t for _, _, t, _, _ in boxes] or [0]) + 120
        css.append(f"#lp-pom-block-{i}{{display:block;position:relative;margin:0 auto;width:"
                   f"960px;height:{height}px;}}")  # fmt: skip
        out = ""
        for text, left, top, width, size in [(f"<strong>{title}</strong>", 40, 20, 860, 32),
                                             *boxes]:  # fmt: skip
            j = next(ids)
            css.append(f"#lp-pom-text-{j}{{display:block;position:absolute;left:{left}px;top:"
                       f"{top}px;z-index:{j % 17 + 1};width:{width}px;height:auto;}}")  # fmt: skip
            out += (f'<div class="lp-element lp-pom-text nlh" id="lp-pom-text-{j}"><p><span '
                    f'style="font-size: {size}px;">{text}</span></p></div>')  # fmt: skip
        return (f'<div class="lp-element lp-pom-block" id="lp-pom-block-{i}"><div class="lp-'
                f'pom-block-content">{out}{extra}</div></div>')  # fmt: skip

    def lines(items: list[str], first: int = 80) -> list[Box]:
        return [b for j, x in enumerate(items) for b in line(x, first + 48 * j)]

    rows = v.comparison()
    grid = [(rows[r][c], 40 + 230 * c, 80 + 44 * r, 210, 15)
            for c in range(4) for r in range(len(rows))]  # fmt: skip
    m3 = v.money(p.upfront, 3)
    hero = v.hero().replace(m3, "").rstrip()
    page = f"{p.camp.lower()}-{_slug(p.track)}-{p.seed}"
    form = (f'<div class="lp-element lp-pom-form" id="lp-pom-form-{next(ids)}"><form action="'
            f'https://{page}.pages.example/fsg?pageId={page}&amp;variant=b" method="POST"><div '
            'class="lp-pom-form-field clearfix" id="container_email"><label for="email" class="'
            'main lp-form-label">Email *</label><input id="email" name="email" type="email" '
            'class="ub-input-item single text form_elem_email"></div><button type="submit" '
            f'class="lp-element lp-pom-button"><span class="label">{n["button"]}</span></button>'
            "</form></div>")  # fmt: skip
    sections = [
        block(p.name, [(n["tagline"], 40, 80, 860, 20), (hero, 40, 130, 560, 24),
                       (m3, 620, 130, 300, 44), *line(v.duration(), 200)]),
        block(w["price"], lines([*_fees(v), *money])),
        block(w["compare"], grid),
        block(w["sessions"], lines(_starts(v))),
        block(w["promise"], lines([x for t, x in _terms(v, w)])) if p.guarantees else "",
        block(w["dates"], lines(dates)),
        block("Outcomes", lines(outs), form),
        block(p.camp + " Academy", lines(foot)),
    ]  # fmt: skip
    return [f'<meta name="lp-version" content="v6.31.2"><style>{"".join(css)}</style>'
            f'<script>window.ub={{"page":{{"id":"{page}","variantId":"b","usedAs":"main"}},'
            f'"visitorId":"{k.token()}","hooks":{{}}}};</script>'], sections  # fmt: skip


def clickfunnels(p: Program, k: Kit) -> Page:
    """A ClickFunnels sales funnel: ``containerWrapper`` sections of ``de`` editor blocks, a
    countdown to the early-bird deadline whose digits change on every fetch, the list price
    struck through above the fee, an order form with an order bump, testimonials and the
    guarantee badge."""
    v, n, w, (money, dates, outs, foot) = _voice(k)
    ids = random.Random(p.seed * 31 + 7)

    def de(kind: str, inner: str, title: str = "") -> str:
        i = ids.randrange(10**4, 10**5)
        return (f'<div class="de el{kind}Wrapper ui-de-editable de-editable" id="{kind.lower()}'
                f'-{i}" data-de-type="{kind.lower()}" data-de-editing="false" data-title="'
                f'{title or kind.lower()}" data-ce="true" data-trigger="none" data-animate="fade"'
                f' data-delay="500"><div class="ne el{kind} lh3 elMargin0 elBGStyle0 hsTextShadow0'
                f'" data-bold="inherit" contenteditable="false">{inner}</div></div>')  # fmt: skip

    def section(*blocks: str) -> str:
        i = ids.randrange(10**4, 10**5)
        return (f'<div class="container fullContainer" id="section-{i}" data-title="Section"><div'
                f' class="containerInner ui-sortable"><div class="row bgCover noBorder" id="row-'
                f'{i + 1}"><div class="col-md-12 innerContent col_left" id="col-full-{i + 2}"><div'
                f' class="col-inner bgCover">{"".join(blocks)}</div></div></div></div>'
                "</div>")  # fmt: skip

    close = v.deadline() - timedelta(days=12)
    nz = k.noise
    timer = "".join(f'<div class="timer-col"><span class="timer-digit">{x:02d}</span><span '
                    f'class="timer-label">{label}</span></div>'
                    for x, label in ((nz.randint(0, 20), "Days"), (nz.randint(0, 23), "Hours"),
                                     (nz.randint(0, 59), "Minutes"), (nz.randint(0, 59),
                                                                      "Seconds")))  # fmt: skip
    options = "".join(f'<div class="elOrderProductOptinItem"><input type="radio" name="purchase'
                      f'[product_id]" value="{ids.randrange(10**6, 10**7)}"> <span class="'
                      f'elOrderProductOptinProductName">{x}</span></div>'
                      for x in _fees(v)[:2])  # fmt: skip
    bump = (f'<div class="elOrderBump"><input type="checkbox" id="bump-offer"> <b>YES! Add the '
            f"Interview Prep Pack</b> for just {v.money(v.amount(197))}: 20 mock interviews with "
            "senior engineers.</div>")  # fmt: skip
    quotes = "".join(f'<div class="elTestimonial"><div class="elTestimonialText">{x}</div>'
                     "</div>" for x in (foot[2], "“The comparison table sold me, the mentors "
                                        "kept me.” — a 2023 graduate"))  # fmt: skip
    terms = "".join(f"<b>{t}</b><br>{x}<br>" for t, x in _terms(v, w))
    return [f'<meta name="cf-page-id" content="{ids.randrange(10**7, 10**8)}">'
            f'<script>var CFAppDomain="app.clickfunnels.com";var CFSurveyParticipantID="'
            f'{k.token()}";</script>'], [
        section(de("Countdown", f'<div class="elCountdown" data-date="{close.isoformat()}" '
                   f'data-time="23:59:59" data-tz="{ZONES[v.kind]}" data-end-action="redirect">'
                   f'<div class="timer">{timer}</div></div>'),
                de("Headline", f"<b>{n['was']}</b>", "sub-headline")),
        section(de("Headline", f"<b>{p.name}</b>"), de("Headline", n["tagline"], "sub-headline"),
                de("Headline", v.hero(), "pre-headline"),
                de("Paragraph", _ps([v.duration(), *outs]))),
        section(de("Headline", f"<b>{w['price']}</b>"),
                de("Paragraph", f'<s class="elPriceStrike">{v.struck()}</s><br>'
                   + _ps(_fees(v))),
                de("OrderForm", f'<div class="elOrderProductOptions">{options}</div>{bump}'
                   f'<a href="#submit-form" class="elButton elButtonSize1 elButtonColor1">'
                   f'<span class="elButtonMain">{n["button"]}</span></a>'),
                de("Bullets", f"<ul>{_lis(money)}</ul>")),
        section(de("Headline", f"<b>{w['compare']}</b>"),
                de("HTML", _table(v.comparison(), ' class="cf-compare" style="width:100%"'))),
        section(de("Headline", f"<b>{w['sessions']}</b>"),
                de("SelectBox", '<select name="cohort" class="elInput">'
                   + "".join(f"<option>{x}</option>" for x in _starts(v)) + "</select>")),
        section(de("Image", '<img src="https://images.clickfunnels.com/badges/guarantee-seal.'
                   'png" alt="Guarantee seal">'), de("Paragraph", terms))
        if p.guarantees else "",
        section(de("Headline", f"<b>{w['dates']}</b>"), de("Bullets", f"<ul>{_lis(dates)}</ul>"),
                quotes),
        section(de("Paragraph", _ps([foot[0], foot[1], foot[3], foot[4]]))
                + '<div class="cf-powered">Powered by ClickFunnels</div>'),
    ]  # fmt: skip


def mailchimp(p: Program, k: Kit) -> Page:
    """A Mailchimp campaign archive page: the archive bar with the send date, a hidden
    preheader, the classic template's nested ``bodyTable`` / ``templateContainer`` tables of
    ``mcnTextBlock`` blocks with inline styles, the comparison as a table inside a text block's
    cell, and the footer with the mailing address and the unsubscribe links."""
    v, n, w, (money, dates, outs, foot) = _voice(k)
    ids = random.Random(p.seed * 37 + 3)
    td = (
        'style="padding-top:0;padding-right:18px;padding-bottom:9px;padding-left:18px;color:'
        '#202020;font-family:Helvetica;font-size:16px;line-height:150%;text-align:left;"'
    )

    def text(inner: str, edit: str) -> str:
        return (f'<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnText'
                f'Block" style="min-width:100%;"><tbody class="mcnTextBlockOuter"><tr><td valign='
                f'"top" class="mcnTextBlockInner" style="padding-top:9px;"><table align="left" '
                f'border="0" cellpadding="0" cellspacing="0" style="max-width:100%;min-width:100%'
                f';" width="100%" class="mcnTextContentContainer"><tbody><tr><td valign="top" '
                f'class="mcnTextContent" mc:edit="{edit}" {td}>{inner}</td></tr></tbody></table>'
                "</td></tr></tbody></table>")  # fmt: skip

    def h(title: str) -> str:
        return (
            f'<h2 style="display:block;margin:0;padding:0;color:#202020;font-family:'
            f'Helvetica;font-size:22px;font-weight:bold;line-height:125%;">{title}</h2>'
        )

    sent = TODAY - timedelta(days=2)
    subject = f"Last call for early-bird pricing: {p.name}"
    cell = 'style="border:1px solid #e5e5e5;padding:6px;font-family:Helvetica;font-size:14px;"'
    rows = "".join("<tr>" + "".join(f"<td {cell}>{x}</td>" for x in r) + "</tr>"
                   for r in v.comparison())  # fmt: skip
    compare = (f'<table border="0" cellpadding="0" cellspacing="0" width="100%" style="border-'
               f'collapse:collapse;">{rows}</table>')  # fmt: skip
    terms = "".join(f"<strong>{t}</strong><br>{x}<br><br>" for t, x in _terms(v, w))
    brs = "<br>".join
    return [f'<meta property="og:title" content="{html.escape(subject)}">'
            f'<script>window.mc_archive={{"u":"{_hex(ids, 24)}","id":"{_hex(ids, 10)}",'
            f'"e":"{k.token()}"}};</script>'], [
        '<div id="awesomewrap"><div id="awesomebar"><ul id="awesomebar-nav"><li><a href="'
        'https://us21.campaign-archive.com/home/?u=a1">Past Issues</a></li><li><a href="'
        'https://eepurl.com/ixYz">Subscribe</a></li><li>RSS</li></ul><div id="awesomebar-date"'
        f'>{sent:%b} {sent.day}, {sent.year}</div></div></div>'
        '<span class="mcnPreviewText" style="display:none;font-size:0px;line-height:0px;max-'
        f'height:0px;max-width:0px;opacity:0;overflow:hidden;">{n["tagline"]} {n["was"]}</span>',
        '<center><table align="center" border="0" cellpadding="0" cellspacing="0" height="100%"'
        ' width="100%" id="bodyTable"><tr><td align="center" valign="top" id="bodyCell"><table '
        'border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer" style'
        '="max-width:600px!important;"><tr><td valign="top" id="templateHeader">'
        + text(f'<h1 style="font-size:26px;">{p.name}</h1>{v.hero()}<br>{v.duration()}', "header")
        + '</td></tr><tr><td valign="top" id="templateBody">'
        + text(h(w["price"]) + brs(_fees(v)) + f"<br><s>{v.struck()}</s><br>" + brs(money),
               "body_content")
        + text(h(w["compare"]) + compare, "body_content01")
        + text(h(w["sessions"]) + "<ul>" + _lis(_starts(v)) + "</ul>", "body_content02")
        + (text(h(w["promise"]) + terms, "body_content03") if p.guarantees else "")
        + text(h(w["dates"]) + brs(dates), "body_content04")
        + text(h("Why students choose us") + brs(outs) + f'<br><a href="https://{p.camp.lower()}'
               f'.example/apply" style="color:#007c89;">{n["button"]}</a>', "body_content05")
        + '</td></tr><tr><td valign="top" id="templateFooter">'
        + text(f"<em>{foot[4]}</em><br>{brs(foot[:4])}<br><br><strong>Our mailing address is:"
               f"</strong><br>{p.camp} Academy<br>{v.city}<br><br>Want to change how you receive "
               'these emails?<br>You can <a href="https://us21.list-manage.com/profile">update '
               'your preferences</a> or <a href="https://us21.list-manage.com/unsubscribe">'
               "unsubscribe from this list</a>.", "footerContent")
        + "</td></tr></table></td></tr></table></center>",
    ]  # fmt: skip


def google_slides(p: Program, k: Kit) -> Page:
    """A Google Slides deck published to the web: one ``<svg>`` per slide in the punch
    viewer, each text box a ``<text>`` of ``<tspan>`` lines wrapped where the box wraps them,
    the comparison a slide table of positioned cells, and the viewer's slide counter."""
    v, n, w, (money, dates, outs, foot) = _voice(k)
    ids = random.Random(p.seed * 43 + 19)
    slides: list[str] = []

    def lines(text: str, x: int, y: int, width: int = 64, size: int = 14) -> tuple[str, int]:
        spans = textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)
        out = "".join(f'<tspan x="{x}" y="{y + i * (size + 6)}" style="font-family:Arial;font-'
                      f'size:{size}px">{html.escape(t, quote=False)}</tspan>'
                      for i, t in enumerate(spans))  # fmt: skip
        return f'<text fill="#202124">{out}</text>', y + len(spans) * (size + 6) + 8

    def slide(title: str, items: list[str], extra: str = "") -> str:
        sid = f"g{_hex(ids, 10)}_0_{len(slides)}"
        body, y = lines(title, 40, 48, 40, 28)
        for item in items:
            part, y = lines(item, 40, y + 4)
            body += part
        svg = (f'<div class="punch-viewer-svgpage-a11yelement" aria-label="{html.escape(title)}'
               f'" role="region"><svg class="punch-viewer-svgpage-svgcontainer" viewBox="0 0 960'
               f' 540" width="960" height="{max(540, y + 40)}"><g class="punch-viewer-svgpage" '
               f'id="{sid}"><path fill="#ffffff" d="M0 0L960 0L960 540L0 540L0 0Z"/>{body}'
               f"{extra}</g></svg></div>")  # fmt: skip
        slides.append(svg)
        return svg

    rows = v.comparison()
    cells = "".join(f'<path fill="none" stroke="#9aa0a6" d="M{40 + 220 * c} {90 + 44 * r}h220v44'
                    f'h-220z"/>' + lines(rows[r][c], 48 + 220 * c, 116 + 44 * r, 28, 12)[0]
                    for r in range(len(rows)) for c in range(4))  # fmt: skip
    sections = [
        slide(p.name, [n["tagline"], v.hero()]),
        slide(w["about"], [v.duration(), *outs[:4]]),
        slide(w["price"], [*_fees(v), f"List price: {v.struck()}"]),
        slide("Financing and funding", money),
        slide(w["compare"], [], cells),
        slide(w["sessions"], _starts(v)),
        slide(w["promise"], [f"{t}: {x}" for t, x in _terms(v, w)]) if p.guarantees else "",
        slide(w["dates"], dates),
        slide("Why us", outs[4:]),
        slide(n["button"], foot),
    ]
    count = len([s for s in sections if s])
    return [f'<meta property="og:type" content="article"><meta name="google" content="notran'
            f'slate"><script>DOCS_timing={{"pl":{k.noise.randrange(10**12, 10**13)}}};var _docs'
            f'_flag_initialData={{"docs-crq":"{k.token()}"}};</script>'], [
        '<div class="punch-viewer-container"><div class="punch-viewer-nav-v2"><div class="punch'
        f'-viewer-navbar-title">{p.name} - Google Slides</div><div class="punch-viewer-page-'
        f'counter">Slide 1 of {count}</div></div></div>',
        *sections,
    ]  # fmt: skip


def _js(text: str) -> str:
    """A JavaScript single-quoted string literal inside a double-quoted HTML attribute."""
    literal = "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"
    return html.escape(literal, quote=False).replace('"', "&quot;")


def _jslist(items: list[str]) -> str:
    return "[" + ", ".join(_js(x) for x in items) + "]"


def alpine(p: Program, k: Kit) -> Page:
    """An Alpine.js page (with Tailwind classes): the fees, the cohorts, the comparison, the
    financing notes, the outcomes and the FAQs live in ``x-data`` JavaScript object literals
    (unquoted keys, single-quoted strings, not JSON), and the visible HTML holds only the
    ``x-text`` and ``x-for`` templates that render them; the hero and key dates are static."""
    v, n, w, (money, dates, outs, foot) = _voice(k)
    fees = _fees(v)
    plans = ", ".join(f"option{i}: {{ label: {_js(x.split(':')[0])}, line: {_js(x)} }}"
                      for i, x in enumerate(fees))  # fmt: skip
    rows = "[" + ", ".join(_jslist(list(r)) for r in v.comparison()[1:]) + "]"
    cohorts = ", ".join(f"{{ id: {i}, name: {_js(v.cohort_name(i, s))}, line: "
                        f"{_js(v.starts_line(i, s))}, seats: {k.noise.randint(2, 18)} }}"
                        for i, s in enumerate(p.starts))  # fmt: skip
    faqs = [(t, x) for t, x in _terms(v, w)]
    faq = ", ".join(f"{{ q: {_js(q)}, a: {_js(a)} }}" for q, a in faqs)
    x_for = '<template x-for="(row, i) in rows" :key="i"><tr><template x-for="cell in row">'
    return ['<script defer src="https://cdn.jsdelivr.net/npm/alpinejs@3.14.1/dist/cdn.min.js">'
            f'</script><script>window.__csrf="{k.token()}";</script>'], [
        '<header class="sticky top-0 z-50 bg-white/90 backdrop-blur" x-data="{ open: false }">'
        f'<a href="/" class="font-bold">{p.camp} Academy</a><button @click="open = !open" '
        'class="md:hidden">Menu</button></header>',
        f'<section class="mx-auto max-w-5xl px-6 py-24"><h1 class="text-5xl font-extrabold">'
        f'{p.name}</h1><p class="mt-4 text-xl">{n["tagline"]}</p><p class="mt-2">{v.hero()}'
        f'</p><p class="mt-2 text-slate-600">{v.duration()}</p></section>',
        f'<section id="pricing" class="py-16" x-data="{{ plan: \'option0\', plans: {{ {plans} '
        f'}}, list: {_js(v.struck())} }}"><h2 class="text-3xl">{w["price"]}</h2><div class="'
        'flex gap-2"><template x-for="(p, key) in plans" :key="key"><button @click="plan = key"'
        ' :class="plan === key ? \'bg-indigo-600 text-white\' : \'\'" x-text="p.label">'
        '</button></template></div><p class="line-through text-slate-400" x-text="list"></p>'
        '<p class="text-2xl" x-text="plans[plan].line"></p></section>',
        f'<section id="financing" x-data="{{ notes: {_jslist(money)} }}"><ul><template x-for="'
        'note in notes"><li x-text="note"></li></template></ul></section>',
        f'<section id="compare" x-data="{{ head: {_jslist(list(v.comparison()[0]))}, rows: '
        f'{rows} }}"><h2 class="text-3xl">{w["compare"]}</h2><table class="w-full"><thead><tr>'
        '<template x-for="h in head"><th x-text="h"></th></template></tr></thead><tbody>'
        f'{x_for}<td x-text="cell"></td></template></tr></template></tbody></table></section>',
        f'<section id="cohorts" x-data="{{ picked: 0, cohorts: [{cohorts}] }}"><h2>{w["sessions"]}'
        '</h2><template x-for="c in cohorts" :key="c.id"><label class="block"><input type="radio"'
        ' x-model="picked" :value="c.id"> <span x-text="c.line"></span> <span x-text="c.seats + '
        '\' seats left\'"></span></label></template></section>',
        f'<section id="faq" x-data="{{ open: null, faqs: [{faq}] }}"><h2>{w["promise"]}</h2>'
        '<template x-for="(f, i) in faqs" :key="i"><div><button @click="open = open === i ? null'
        ' : i" x-text="f.q"></button><div x-show="open === i" x-collapse x-text="f.a"></div>'
        "</div></template></section>" if p.guarantees else "",
        f'<section id="dates" class="py-16"><h2>{w["dates"]}</h2><ul class="space-y-2">'
        f"{_lis(dates)}</ul></section>",
        f'<section id="outcomes" x-data="{{ i: 0, stats: {_jslist(outs)} }}" x-init="setInterval'
        '(() => i = (i + 1) % stats.length, 4000)"><template x-for="(s, j) in stats"><p x-show="'
        f'i === j" x-text="s"></p></template><a href="/apply" class="btn">{n["button"]}</a>'
        "</section>",
        f'<footer class="border-t py-10 text-sm">{_ps(foot)}</footer>',
    ]  # fmt: skip


def gitbook(p: Program, k: Kit) -> Page:
    """A GitBook docs page: the space's sidebar of pages, anchor headings with their direct
    links, tabs for the ways to pay, hints, a ``role="table"`` grid, expandable blocks for the
    guarantees, and the footer with "Last updated" and the previous and next pages."""
    v, n, w, (money, dates, outs, foot) = _voice(k)
    ids = random.Random(p.seed * 47 + 23)

    def heading(title: str, level: int = 2) -> str:
        slug = _slug(title)
        return (f'<h{level} id="{slug}" class="group relative grid scroll-m-12"><div class="'
                f'absolute -ml-8 flex"><a href="#{slug}" aria-label="Direct link to heading" '
                f'class="opacity-0 group-hover:opacity-100">#</a></div><div class="flex-1">'
                f"{title}</div></h{level}>")  # fmt: skip

    def hint(style: str, items: list[str]) -> str:
        return (
            f'<div class="hint rounded-md" data-hint-style="{style}"><div class="hint-icon"'
            f' aria-hidden="true"></div><div class="hint-content">{_ps(items)}</div></div>'
        )

    fees = _fees(v)
    tabs = "".join(f'<button role="tab" id="tab-{i}" aria-selected="{str(i == 0).lower()}" '
                   f'aria-controls="panel-{i}">{x.split(":")[0]}</button>'
                   for i, x in enumerate(fees))  # fmt: skip
    panels = "".join(f'<div role="tabpanel" id="panel-{i}" aria-labelledby="tab-{i}"'
                     f'{"" if i == 0 else " hidden"}><p>{x}</p></div>'
                     for i, x in enumerate(fees))  # fmt: skip
    rows = v.comparison()
    grid = ('<div role="table" class="table-wrapper"><div role="rowgroup">'
            + "".join('<div role="row" class="flex">' + "".join(
                f'<div role="{"columnheader" if r == 0 else "cell"}" class="flex-1">{x}</div>'
                for x in row) + "</div>" for r, row in enumerate(rows))
            + "</div></div>")  # fmt: skip
    terms = "".join(f"<details><summary>{t}</summary><p>{x}</p></details>"
                    for t, x in _terms(v, w))  # fmt: skip
    pages = "".join(f'<li><a href="/programs/{_slug(t)}" class="toclink">{t}</a></li>'
                    for t in ("Welcome", "Admissions", p.track, "Financing", "FAQ"))  # fmt: skip
    space = _hex(ids, 20)
    return [f'<meta name="generator" content="GitBook (11.3.2)"><script>self.__next_f=self.__'
            f'next_f||[];self.__next_f.push([1,"{k.token()}"]);</script>'], [
        f'<aside class="toc" data-space="{space}"><div class="font-semibold">{p.camp} Academy '
        f"Handbook</div><ul>{pages}</ul></aside>",
        '<main class="page-body"><nav aria-label="Breadcrumb"><ol><li>Programs</li><li>'
        f'{p.track}</li></ol></nav><header><h1 class="text-4xl font-bold">{p.name}</h1><p class'
        f'="text-lg">{n["tagline"]}</p></header><p>{v.hero()}</p><p>{v.duration()}</p>',
        heading(w["price"]) + f'<div class="tabs"><div role="tablist">{tabs}</div>{panels}'
        f"</div><p>List price, for reference: <del>{v.struck()}</del></p>"
        + hint("info", money[:5]) + f"<ul>{_lis(money[5:])}</ul>",
        heading(w["compare"]) + grid,
        heading(w["sessions"]) + f"<ol>{_lis(_starts(v))}</ol>",
        (heading(w["promise"]) + terms) if p.guarantees else "",
        heading(w["dates"]) + hint("warning", dates[:1]) + f"<ul>{_lis(dates[1:])}</ul>",
        heading("Outcomes") + hint("success", outs[:3]) + _ps(outs[3:])
        + f'<p><a class="button primary" href="/apply">{n["button"]}</a></p></main>',
        f'<footer class="page-footer"><p>{foot[0]}</p><p>Last updated 9 days ago</p><p>'
        f"{foot[1]}</p><blockquote>{foot[2]}</blockquote>{_ps(foot[3:])}<div class=\"page-"
        'links"><a href="/programs/admissions">Previous: Admissions</a><a href="/programs/faq"'
        '>Next: FAQ</a></div><a href="https://www.gitbook.com/">Powered by GitBook</a></footer>',
    ]  # fmt: skip


def circle(p: Program, k: Kit) -> Page:
    """A Circle.so community course lesson: the community's spaces sidebar, the course's
    sections and lessons with their completion marks, the host's lesson body in the editor's
    rich text, and the members' comments with like counts that change on every fetch."""
    v, n, w, (money, dates, outs, foot) = _voice(k)
    ids = random.Random(p.seed * 53 + 29)
    host = foot[1].split(" at ")[0].removeprefix("By ")

    def block(title: str, inner: str) -> str:
        return (f'<div class="lesson-section" data-testid="lesson-body-section"><h2 data-'
                f'block-id="{_hex(ids, 12)}">{title}</h2>{inner}</div>')  # fmt: skip

    def comment(name: str, ago: str, text: str) -> str:
        return (f'<div class="comment" data-testid="comment-{ids.randrange(10**6, 10**7)}"><div '
                f'class="comment__author"><span class="author__name">{name}</span><span class="'
                f'comment__time">{ago}</span></div><div class="comment__body trix-content">'
                f'{text}</div><button class="comment__like">Like · {k.noise.randint(0, 40)}'
                "</button></div>")  # fmt: skip

    lessons = "".join(f'<li class="lesson-item"><a href="/c/{_slug(p.track)}/sections/'
                      f'{ids.randrange(10**5, 10**6)}/lessons/{i}">{t}</a><span class="lesson-'
                      f'status">{"Completed" if i < 2 else ""}</span></li>'
                      for i, t in enumerate(("Start here", "Meet your cohort", "Pre-course: HTML"
                                             " and CSS", "Your first project")))  # fmt: skip
    rows = v.comparison()
    compare = "<ul>" + _lis([" | ".join(r) for r in [("Compare", *rows[0][1:]), *rows[1:]]])
    compare += "</ul>"
    terms = "".join(f"<p><strong>{t}</strong></p><p>{x}</p>" for t, x in _terms(v, w))
    spaces = "".join(f'<li class="sidebar__space"><a href="/c/{_slug(t)}"># {t}</a></li>'
                     for t in ("announcements", "introductions", "cohort-chat", "jobs-board")
                     )  # fmt: skip
    return [f'<meta name="csrf-token" content="{k.token()}"><script>window.circleUser={{'
            f'"community_id":{p.seed * 11 + 3},"members":"{k.noise.randint(900, 4000)} members"'
            "};</script>"], [
        f'<aside class="sidebar"><div class="sidebar__community">{p.camp} Academy Community</div>'
        f'<ul class="sidebar__spaces">{spaces}</ul><div class="sidebar__courses">Courses</div>'
        f'<ul class="course-outline">{lessons}</ul></aside>',
        f'<main class="lesson"><div class="lesson__header"><h1>Start here: {p.name}</h1><div '
        f'class="lesson__meta">Lesson 1 of 4 · {host} (Host)</div></div><div class="trix-'
        f'content">{_ps([n["tagline"], v.hero(), v.duration()])}</div>',
        block(w["price"], _ps(_fees(v)) + f"<p><del>{v.struck()}</del></p><ul>{_lis(money)}"
              "</ul>"),
        block(w["compare"], compare),
        block(w["sessions"], f"<ul>{_lis(_starts(v))}</ul>"),
        block(w["promise"], terms) if p.guarantees else "",
        block(w["dates"], f"<ul>{_lis(dates)}</ul>"),
        block("Outcomes", _ps(outs) + f'<p><a href="/apply">{n["button"]}</a></p>') + "</main>",
        '<section class="comments"><h3>Comments</h3>'
        + comment(foot[2].split("— ")[-1].split(",")[0], "3d", foot[2])
        + comment("Sam O.", "2d", "Is the pre-course included in the fee?")
        + comment(host, "2d", f"Yes! {foot[3]}")
        + f'</section><footer class="community-footer">{_ps([foot[0], foot[1], foot[4]])}'
        "<span>Powered by Circle</span></footer>",
    ]  # fmt: skip


TWENTIETH = {f.__name__: f for f in (unbounce, clickfunnels, mailchimp, google_slides, alpine,
                                     gitbook, circle)}  # fmt: skip
