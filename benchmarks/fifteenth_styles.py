"""The fifteenth set: seven styles in new markup and words (:class:`FifteenthVoice`), now for dev.

Written while the rules were being tuned on the fourteenth set
(:mod:`benchmarks.fourteenth_styles`), from how Southern African, Central American, Caribbean
and Pacific course pages look and without reading bootwatch's extraction rules, and held out
for its first look; rules are tuned on it since, so it scores in the dev group (its programs
still drawn by :func:`fifteenth_voice.fifteenth_program`, and a development program redesigned
into it keeps its own currency) and :mod:`benchmarks.twentyfirst_styles` is the held-out set. A
Zoho Sites page
(``zpsection``/``zprow``/``zpelem-col`` grids, ``zpelement`` widgets with ``data-element-id``
and ``data-element-type``, a box of fees, the ``zs_`` page variables), a Docsify site (an empty
``#app`` that the browser fills: the course's README as raw Markdown in a ``text/markdown``
script, with a fee table, ``?>``/``!>`` helper callouts and a cover page, and
``window.$docsify``), an Umbraco Block Grid page (``umb-block-grid__layout-item`` blocks with
their element-type aliases, ``umb://element`` UDIs, column spans and nested areas), a Podia
sales page (a hero, a pricing card of one payment and a payment plan, a FAQ, the product in a
Stimulus controller's ``data-`` JSON with the price in cents), a Webnode site (``s``/``ez``/``b``
section and block classes, ``wnd-`` modifiers, an e-shop product block with its own price),
a GoDaddy Website Builder page (``data-ux``/``data-aid`` elements with generated ``c1-`` classes
and the ``Core.utils.renderBootstrap`` calls that repeat each widget's props) and a Strikingly
site (``s-page-section`` sections, repeatable items, a store product, and the site's ``$S``
page data). Fees in pula, Namibian dollars, kwacha, quetzales, colones, Dominican pesos,
Jamaican, Trinidadian and Fijian dollars and kina (:func:`fifteenth_voice.fifteenth_program`).
Same contract as :mod:`benchmarks.page_styles`: ``(head, sections)`` stating every fact and
every negative. One module because the seven share the voice and a few helpers, and are read
together as one set (about 400 lines).
"""

from __future__ import annotations

import html
import json

from fifteenth_voice import FifteenthVoice
from page_styles import Page
from pagegen import Kit, Program

#: The negatives by where pages put them: (money talk, dates, outcomes, footer).
GROUPS = (
    ("salary", "junior", "funding", "fee", "pay", "tax", "extra", "reference", "deposit",
     "scholarship", "early"),
    ("deadline", "info", "open_house", "prep", "welcome", "holiday", "schedule", "ends",
     "graduation"),
    ("outcome", "support", "credential"),
    ("post", "updated", "testimonial", "phone", "copyright"),
)  # fmt: skip
WORDS = {"price": "Fees & payment", "sessions": "Upcoming intakes", "promise": "Our guarantees",
         "dates": "Important dates", "outcomes": "Outcomes", "about": "About the course",
         "job_guarantee": "Job guarantee", "money_back": "Money-back guarantee",
         "tuition_refund": "Withdrawal and refunds"}  # fmt: skip
#: Section titles that Central American pages keep beside the English ones.
SPANISH = {"price": "Inversión", "sessions": "Próximas cohortes", "promise": "Garantías",
           "dates": "Fechas importantes"}  # fmt: skip


def _voice(k: Kit) -> tuple[FifteenthVoice, dict[str, str], dict[str, str], list[list[str]]]:
    """The voice, its negatives, its section titles and its negatives grouped."""
    v = FifteenthVoice(k)
    n = v.negatives()
    local = SPANISH if v.spanish else {}
    w = {key: f"{local[key]} · {t}" if key in local else t for key, t in WORDS.items()}
    return v, n, w, [[n[x] for x in g] for g in GROUPS]


def _fees(v: FifteenthVoice) -> list[str]:
    """The fee, the plan and the income share, the lines every style states."""
    return [x for x in (v.fee_line(), v.plan(), v.isa()) if x]


def _starts(v: FifteenthVoice) -> list[str]:
    return [v.starts_line(i, s) for i, s in enumerate(v.p.starts)]


def _ps(items: list[str]) -> str:
    return "".join(f"<p>{x}</p>" for x in items)


def _lis(items: list[str]) -> str:
    return "".join(f"<li>{x}</li>" for x in items)


def zoho_sites(p: Program, k: Kit) -> Page:
    """A Zoho Sites page: ``zpsection`` sections of ``zprow`` rows and ``zpelem-col`` columns,
    ``zpelement`` widgets (heading, text, box, button) with ``data-element-id`` and
    ``data-element-type``, and the ``zs_`` page variables in the head."""
    v, n, w, (money, dates, perks, foot) = _voice(k)
    ids = iter(f"elm_{(p.seed * 7_368_787 + i * 2_654_435_761) % 36**8:x}" for i in range(80))

    def el(kind: str, body: str) -> str:
        return (f'<div data-element-id="{next(ids)}" data-element-type="{kind}" class="zpelement'
                f' zpelem-{kind} ">{body}</div>')  # fmt: skip

    def heading(t: str, tag: str = "h2") -> str:
        return el("heading", f'<{tag} class="zpheading zpheading-style-none zpheading-align-'
                  f'left " data-editor="true">{t}</{tag}>')  # fmt: skip

    def text(items: list[str]) -> str:
        return el("text", '<div class="zptext zptext-align-left " data-editor="true">'
                  f"{_ps(items)}</div>")  # fmt: skip

    def section(*cols: str) -> str:
        span = 12 // len(cols)
        inner = "".join(f'<div data-element-id="{next(ids)}" data-element-type="column" class='
                        f'"zpelem-col zpcol-12 zpcol-md-{span} zpcol-sm-12 zpalign-self- ">'
                        f"{c}</div>" for c in cols)  # fmt: skip
        return (f'<div data-element-id="{next(ids)}" data-element-type="section" class="zpsection'
                f' "><style type="text/css"></style><div class="zpcontainer-fluid zpcontainer">'
                f'<div data-element-id="{next(ids)}" data-element-type="row" class="zprow '
                f'zprow-container zpalign-items- zpjustify-content- ">{inner}</div></div>'
                "</div>")  # fmt: skip

    box = el("box", f'<div class="zpelem-box-container">{heading(w["price"], "h3")}'
             f"{text(_fees(v))}</div>")  # fmt: skip
    button = el("button", f'<div class="zpbutton-container zpbutton-align-left"><a class="'
                f'zpbutton-wrapper zpbutton zpbutton-type-primary zpbutton-size-md" href="/apply">'
                f'<span class="zpbutton-content">{n["button"]}</span></a></div>')  # fmt: skip
    return ['<meta name="generator" content="Zoho Sites">'
            f'<script>var zs_resource_url = "/"; var zs_site_resource_id = "{p.seed * 31_337}";'
            ' var zs_view = "site"; var zs_rendering_mode = "live"; var zs_resource_type = "1";'
            "</script>"], [
        '<div class="theme-container" data-theme-container><div data-headercontainer="zptheme-'
        f'data-headercontainer"><header class="theme-header">{p.camp} Academy</header></div>'
        '<div data-zs-app="zp-site-body" class="zpcontent-container page-container">',
        section(heading(p.name, "h1") + text([n["tagline"], v.hero()]) + button),
        section(heading(w["about"]) + text([v.duration()]), text(perks)),
        section(box, text(money)),
        section(heading(w["sessions"]) + text(_starts(v))),
        (section(heading(w["promise"]) + "".join(
            heading(w[g.kind], "h3") + text([v.terms(g)]) for g in p.guarantees))
         if p.guarantees else ""),  # fmt: skip
        section(heading(w["dates"]) + text(dates)),
        '</div><div data-footercontainer="zptheme-data-footercontainer"><footer class="theme-'
        f'footer">{section(text(foot[:3]), text(foot[3:]))}</footer></div></div>',
    ]  # fmt: skip


def docsify(p: Program, k: Kit) -> Page:
    """A Docsify site: the served HTML is an empty ``#app`` and the course's README, raw
    Markdown in ``text/markdown`` scripts that a small plugin hands to Docsify (headings, a
    fee table, lists, ``?>`` tip and ``!>`` warning callouts, a blockquote), with the cover
    page and ``window.$docsify`` in the head."""
    v, n, w, (money, dates, perks, foot) = _voice(k)
    cover = (f"# {p.name}\n\n> {n['tagline']}\n\n- {v.hero()}\n\n[{n['button']}](#/apply)\n"
             "[Read more](#programme)")  # fmt: skip
    config = {"name": f"{p.camp} Academy", "repo": "", "loadSidebar": False,
              "coverpage": "_coverpage.md", "subMaxLevel": 2, "auto2top": True}  # fmt: skip
    fees = "| Item | Details |\n| --- | --- |\n" + "".join(
        f"| {'Fee' if i == 0 else 'Option'} | {x} |\n" for i, x in enumerate(_fees(v))
    )
    rows = "\n".join(f"- {x}" for x in _starts(v))
    terms = "\n\n".join(f"### {w[g.kind]}\n\n{v.terms(g)}" for g in p.guarantees)
    notes = "\n".join(f"- {x}" for x in money)
    parts = [
        f"\n# {p.name}\n\n{n['tagline']}\n\n",
        f"\n## {w['about']} :id=programme\n\n{v.duration()}\n\n"
        + "\n".join(f"- {x}" for x in perks)
        + "\n\n",
        f"\n## {w['price']}\n\n{fees}\n{notes}\n\n",
        f"\n## {w['sessions']}\n\n{rows}\n\n?> {dates[0]}\n\n",
        (f"\n## {w['promise']}\n\n{terms}\n\n" if p.guarantees else ""),
        f"\n## {w['dates']}\n\n" + "\n".join(f"- {x}" for x in dates[1:]) + "\n\n"
        f"!> {foot[1]}\n\n> {foot[2]}\n\n---\n\n{foot[0]} · {foot[3]}\n\n{foot[4]}\n",
    ]
    # Each README part is its own script, so a reordered page reorders the Markdown's
    # sections; the plugin joins the parts in page order before Docsify renders them.
    return ['<meta name="description" content="Course handbook">'
            '<link rel="stylesheet" href="//cdn.jsdelivr.net/npm/docsify@4/lib/themes/vue.css">'
            f"<script>window.$docsify = {json.dumps(config)};</script>"
            f'<script type="text/markdown" id="_coverpage.md">{cover}</script>'], [
        '<div id="app">Loading ...</div>',
        *(f'<script type="text/markdown" class="readme-part">{x}</script>' for x in parts if x),
        '<script>window.$docsify.plugins = [function (hook) { hook.beforeEach(function (md) {'
        " var parts = document.querySelectorAll('script.readme-part'); return parts.length ?"
        " Array.from(parts, function (el) { return el.textContent; }).join('') : md;"
        " }); }];</script>"
        '<script src="//cdn.jsdelivr.net/npm/docsify@4"></script>',
    ]  # fmt: skip


def umbraco(p: Program, k: Kit) -> Page:
    """An Umbraco Block Grid page: ``umb-block-grid__layout-item`` blocks carrying their
    element type's alias and key, an ``umb://element`` UDI, column and row spans as data and
    CSS variables, and nested ``umb-block-grid__area`` areas holding rich text."""
    v, n, w, (money, dates, perks, foot) = _voice(k)
    udis = iter(f"{(p.seed * 0x9E3779B97F4A7C15 + i * 0xBF58476D1CE4E5B9) % 16**32:032x}"
                for i in range(40))  # fmt: skip

    def item(alias: str, span: int, body: str) -> str:
        key = next(udis)
        return (f'<div class="umb-block-grid__layout-item" data-content-element-type-alias="'
                f'{alias}" data-content-element-type-key="{key[:8]}-{key[8:12]}-{key[12:16]}-'
                f'{key[16:20]}-{key[20:]}" data-element-udi="umb://element/{next(udis)}" data-'
                f'col-span="{span}" data-row-span="1" style=" --umb-block-grid--item-column-span:'
                f' {span}; --umb-block-grid--item-row-span: 1; ">{body}</div>')  # fmt: skip

    def rich(items: list[str]) -> str:
        return item("richTextBlock", 12, f'<div class="rte">{_ps(items)}</div>')

    def areas(alias: str, title: str, *cols: str) -> str:
        inner = "".join(f'<div class="umb-block-grid__area" data-area-col-span="{12 // len(cols)}'
                        f'" data-area-row-span="1" data-area-alias="col{i}" style="--umb-block-'
                        f'grid--grid-columns: 12; --umb-block-grid--area-column-span: '
                        f'{12 // len(cols)};"><div class="umb-block-grid__layout-container">{c}'
                        "</div></div>" for i, c in enumerate(cols))  # fmt: skip
        head = f'<h2 class="section__title">{title}</h2>' if title else ""
        return item(alias, 12, f'<section class="section">{head}<div class="umb-block-grid__'
                    f'area-container" style="--umb-block-grid--area-grid-columns: 12;">{inner}'
                    "</div></section>")  # fmt: skip

    hero = item("heroBlock", 12, f'<div class="hero"><h1>{p.name}</h1><p class="hero__lead">'
                f'{n["tagline"]}</p><p class="hero__price">{v.hero()}</p><a class="btn btn-'
                f'primary" href="/apply/">{n["button"]}</a></div>')  # fmt: skip
    return ['<link rel="stylesheet" href="/css/umbraco-blockgridlayout.css">'
            f'<meta property="og:locale" content="{v.lang.replace("-", "_")}">'], [
        '<main><div class="umb-block-grid" data-grid-columns="12" style="--umb-block-grid--grid-'
        'columns: 12;"><div class="umb-block-grid__layout-container">' + hero,
        areas("twoColumnSection", w["about"], rich([v.duration()]), rich(perks)),
        areas("twoColumnSection", w["price"], rich(_fees(v)), rich(money)),
        areas("oneColumnSection", w["sessions"], item("cohortListBlock", 12, '<ul class="'
              f'cohorts">{_lis(_starts(v))}</ul>')),  # fmt: skip
        (areas("oneColumnSection", w["promise"], *(rich([w[g.kind], v.terms(g)])
                                                   for g in p.guarantees))
         if p.guarantees else ""),  # fmt: skip
        areas("oneColumnSection", w["dates"], rich(dates)) + "</div></div></main>",
        f'<footer class="footer">{_ps(foot)}</footer>',
    ]  # fmt: skip


def podia(p: Program, k: Kit) -> Page:
    """A Podia sales page: hero, text and pricing sections (a card of one payment and of
    the payment plan), a FAQ of guarantees, and the product in a Stimulus controller's
    ``data-`` JSON with the price in cents and the plan's instalment count."""
    v, n, w, (money, dates, perks, foot) = _voice(k)
    plans = [{"id": p.seed * 10, "type": "one_time", "price_cents": p.upfront * 100}]
    if p.monthly:
        plans.append({"id": p.seed * 10 + 1, "type": "installments", "interval": "month",
                      "price_cents": p.monthly * 100, "installments": v.months()})  # fmt: skip
    product = {"id": 480_000 + p.seed, "name": p.name, "currency": p.currency.lower(),
               "plans": plans, "cohort_based": True}  # fmt: skip
    data = html.escape(json.dumps(product, ensure_ascii=False))
    options = "".join(f'<div class="pricing-option"><span class="pricing-option__label">{x}'
                      "</span></div>" for x in _fees(v))  # fmt: skip
    faq = "".join(f'<details class="faq__item"><summary>{w[g.kind]}</summary><p>{v.terms(g)}</p>'
                  "</details>" for g in p.guarantees)  # fmt: skip
    return ['<meta name="generator" content="Podia">'
            '<link rel="stylesheet" href="https://cdn.podia.com/assets/storefront.css">'], [
        f'<div data-controller="checkout" data-checkout-product-value="{data}"><section class="'
        f'podia-section section-hero"><h1>{p.name}</h1><p class="subtitle">{n["tagline"]}</p>'
        f'<p class="hero-price">{v.hero()}</p><a class="button" data-action="checkout#open" '
        f'href="/{p.camp.lower()}/buy">{n["button"]}</a></section>',
        f'<section class="podia-section section-text"><h2>{w["about"]}</h2>'
        f"{_ps([v.duration(), *perks])}</section>",
        f'<section class="podia-section section-pricing"><h2>{w["price"]}</h2><div class="'
        f'pricing-card">{options}</div><div class="section-text">{_ps(money)}</div></section>',
        f'<section class="podia-section section-list"><h2>{w["sessions"]}</h2><ul>'
        f"{_lis(_starts(v))}</ul></section>",
        (f'<section class="podia-section section-faq"><h2>{w["promise"]}</h2>{faq}</section>'
         if p.guarantees else ""),  # fmt: skip
        f'<section class="podia-section section-text"><h2>{w["dates"]}</h2>{_ps(dates)}'
        f'</section><section class="podia-section section-testimonials"><blockquote>{foot[2]}'
        "</blockquote></section></div>",
        f'<footer class="storefront-footer">{_ps([foot[0], foot[1], foot[3], foot[4]])}<p>'
        "Powered by Podia</p></footer>",
    ]  # fmt: skip


def webnode(p: Program, k: Kit) -> Page:
    """A Webnode site: ``s`` sections with ``wnd-`` modifiers, ``ez`` layout cells and ``b``
    blocks (``b-text``, ``b-text-h1``), an e-shop product block with its own price and
    variants, and Webnode's generator tag and ``wnd`` page settings."""
    v, n, w, (money, dates, perks, foot) = _voice(k)

    def block(items: list[str]) -> str:
        return f'<div class="b b-text cf">{_ps(items)}</div>'

    def cells(*cols: str) -> str:
        inner = "".join(f'<div class="cw s-{12 // len(cols)}-12"><div class="ez-c">{c}</div>'
                        "</div>" for c in cols)  # fmt: skip
        return f'<div class="ez cf wnd-{"no-" if len(cols) == 1 else ""}cols">{inner}</div>'

    def section(title: str, body: str, kind: str = "basic") -> str:
        head = f'<h2 class="b b-text-h2">{title}</h2>' if title else ""
        return (f'<section class="s s-basic wnd-background-color wnd-s-{kind}"><div class="'
                f's-w"><div class="s-o"><div class="s-c">{head}{body}</div></div></div>'
                "</section>")  # fmt: skip

    variants = "".join(f'<option value="{i}">{v.cohort_name(i, s)}</option>'
                       for i, s in enumerate(p.starts))  # fmt: skip
    product = (f'<div class="b-e-product"><h3 class="b-e-title">{p.name}</h3><div class="b-e-'
               f'price"><span class="price-amount">{v.money(p.upfront)}</span></div><select '
               f'class="b-e-variant" name="variant">{variants}</select><a class="b-e-button" '
               f'href="/cart">{n["button"]}</a></div>')  # fmt: skip
    settings = {"projectId": 1_200_000 + p.seed, "lang": v.lang[:2], "page": "course"}
    return ['<meta name="generator" content="Webnode 2">'
            f"<script>var wnd = {{}}; wnd.settings = {json.dumps(settings)};</script>"], [
        '<div id="wrapper" class="wnd-layout"><header class="l-h cf"><div class="logo">'
        f"{p.camp} Academy</div></header><main class=\"l-m\">"
        + section("", f'<h1 class="b b-text-h1">{p.name}</h1>'
                  + cells(block([n["tagline"], v.hero()]), product), "hero"),
        section(w["about"], cells(block([v.duration()]), block(perks))),
        section(w["price"], cells(block(_fees(v)), block(money))),
        section(w["sessions"], cells(block(_starts(v)))),
        (section(w["promise"], cells(*(block([f"<strong>{w[g.kind]}</strong>", v.terms(g)])
                                       for g in p.guarantees)))
         if p.guarantees else ""),  # fmt: skip
        section(w["dates"], cells(block(dates))) + "</main>",
        f'<footer class="l-f cf"><div class="sf">{cells(block(foot[:3]), block(foot[3:]))}'
        '</div><div class="pb">Made with <a href="https://www.webnode.com">Webnode</a></div>'
        "</footer></div>",
    ]  # fmt: skip


def godaddy(p: Program, k: Kit) -> Page:
    """A GoDaddy Website Builder page: widgets of ``data-ux`` elements (``Block``,
    ``HeadingMajor``, ``Text``, ``ContentCard``) with ``data-aid`` names and generated
    ``x-el c1-*`` classes, each followed by the ``Core.utils.renderBootstrap`` call that
    carries the widget's props again for the client."""
    v, n, w, (money, dates, perks, foot) = _voice(k)
    count = iter(range(1, 200))

    def cls() -> str:
        a = next(count)
        return f"x-el x-el-div c1-{a:x} c1-{a + 40:x} c1-b c1-c c1-d"

    def texts(aid: str, items: list[str]) -> str:
        return "".join(f'<p data-ux="Text" data-aid="{aid}_{i}" class="{cls()}">{x}</p>'
                       for i, x in enumerate(items))  # fmt: skip

    def widget(name: str, title: str, body: str, props: dict) -> str:
        wid = f"widget-{(p.seed * 40_503 + next(count) * 9973) % 16**8:08x}"
        head = (f'<h2 data-ux="SectionHeading" data-aid="{name.upper()}_SECTION_TITLE_RENDERED" '
                f'class="{cls()}">{title}</h2>' if title else "")  # fmt: skip
        boot = json.dumps({"widgetId": wid, "section": "section1", "category": "neutral",
                           "props": {"title": title, **props}})  # fmt: skip
        return (f'<div id="{wid}" class="widget widget-{name}"><div data-ux="Widget" role="region"'
                f' class="{cls()}"><div data-ux="Block" class="{cls()}"><section data-ux="Section"'
                f' class="{cls()}"><div data-ux="Container" class="{cls()}">{head}{body}</div>'
                f"</section></div></div></div><script>Core.utils.renderBootstrap({boot});"
                "</script>")  # fmt: skip

    cards = "".join(f'<div data-ux="ContentCard" data-aid="CONTENT_CARD_{i}" class="{cls()}">'
                    f'<h4 data-ux="ContentCardHeading" class="{cls()}">{w[g.kind]}</h4><p '
                    f'data-ux="ContentCardText" class="{cls()}">{v.terms(g)}</p></div>'
                    for i, g in enumerate(p.guarantees))  # fmt: skip
    return ['<meta name="generator" content="Starfield Technologies; Go Daddy Website Builder '
            '8.0.0000"><script src="//img1.wsimg.com/blobby/go/gpub/core.min.js"></script>'], [
        widget("header", "", f'<h1 data-ux="HeadingMajor" data-aid="HEADER_TAGLINE_RENDERED" '
               f'class="{cls()}">{p.name}</h1>' + texts("HEADER_TAGLINE2", [n["tagline"],
               v.hero()]) + f'<a data-ux="Button" data-aid="HEADER_CTA_BTN" class="{cls()}" '
               f'href="/apply">{n["button"]}</a>', {"tagline": p.name}),  # fmt: skip
        widget("about", w["about"], texts("ABOUT_DESCRIPTION", [v.duration(), *perks]),
               {"description": v.duration()}),
        widget("content", w["price"], texts("CONTENT_DESCRIPTION", [*_fees(v), *money]),
               {"items": _fees(v)}),
        widget("content", w["sessions"], texts("CONTENT_COHORTS", _starts(v)),
               {"items": _starts(v)}),
        (widget("content", w["promise"], cards, {"cards": [g.kind for g in p.guarantees]})
         if p.guarantees else ""),  # fmt: skip
        widget("content", w["dates"], texts("CONTENT_DATES", dates), {}),
        widget("footer", "", texts("FOOTER_TEXT", foot), {"copyright": foot[4]}),
    ]  # fmt: skip


def strikingly(p: Program, k: Kit) -> Page:
    """A Strikingly site: ``s-page-section`` sections with ``s-title`` and ``s-rich-text``
    components, ``s-repeatable-item`` columns, a Simple Store product with its price, and the
    site's ``$S`` page data holding the sections' texts as the editor saved them."""
    v, n, w, (money, dates, perks, foot) = _voice(k)

    def rich(items: list[str]) -> str:
        return (f'<div class="s-component s-text"><div class="s-component-content s-font-body">'
                f"{_ps(items)}</div></div>")  # fmt: skip

    def section(sid: str, title: str, *cols: str) -> str:
        items = "".join(f'<div class="s-repeatable-item s-block-item s-{12 // len(cols)}-12">{c}'
                        "</div>" for c in cols)  # fmt: skip
        head = f'<div class="s-title s-font-title"><h2>{title}</h2></div>' if title else ""
        return (f'<div class="s-page-section s-section s-columns-section" id="{sid}-'
                f'{p.seed}"><div class="container">{head}<div class="s-repeatable s-block">'
                f"{items}</div></div></div>")  # fmt: skip

    product = (f'<div class="s-ecommerce-row"><div class="s-ecommerce-product" data-product-id='
               f'"{7000 + p.seed}"><div class="s-ecommerce-product-name">{p.name}</div><div '
               f'class="s-ecommerce-product-price">{v.money(p.upfront, 2)}</div></div>'
               "</div>")  # fmt: skip
    data = {"pageData": {"sections": [
        {"type": "hero", "title": p.name, "subtitle": n["tagline"]},
        {"type": "columns", "title": w["about"], "items": [v.duration()]},
        {"type": "ecommerce", "products": [{"name": p.name, "price": f"{p.upfront}.00",
                                            "currency": p.currency}]}]},
        "siteData": {"publicUrl": f"{p.camp.lower()}.mystrikingly.com",
                     "locale": v.lang}}  # fmt: skip
    return ['<meta name="generator" content="Strikingly">'
            f"<script>window.$S = window.$S || {{}}; $S.stores = {json.dumps(data)};</script>"], [
        '<div id="s-content" class="s-variation-default"><div class="s-page-section s-hero-'
        f'section" id="hero-{p.seed}"><div class="container"><div class="s-title s-font-title">'
        f'<h1>{p.name}</h1></div>{rich([n["tagline"], v.hero()])}<a class="s-common-button '
        f's-font-body" href="#contact">{n["button"]}</a></div></div>',
        section("about", w["about"], rich([v.duration()]), rich(perks)),
        section("store", w["price"], product + rich(_fees(v)), rich(money)),
        section("intakes", w["sessions"], rich(_starts(v))),
        (section("guarantees", w["promise"], *(rich([f"<strong>{w[g.kind]}</strong>",
                                                     v.terms(g)]) for g in p.guarantees))
         if p.guarantees else ""),  # fmt: skip
        section("dates", w["dates"], rich(dates)) + "</div>",
        f'<div class="s-footer-section">{rich(foot)}<p>Powered by Strikingly</p></div>',
    ]  # fmt: skip


FIFTEENTH = {f.__name__: f for f in (zoho_sites, docsify, umbraco, podia, webnode, godaddy,
                                     strikingly)}  # fmt: skip
