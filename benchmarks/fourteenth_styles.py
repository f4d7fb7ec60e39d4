"""The fourteenth set: seven styles in new markup and words (:class:`FourteenthVoice`), now for dev.

Written while the rules were being tuned on the thirteenth set
(:mod:`benchmarks.thirteenth_styles`), from how Caucasus, Central Asian and East and West
African course pages look and without reading bootwatch's extraction rules, and held out for
its first look; rules are tuned on it since, so it scores in the dev group (its programs still
drawn by :func:`fourteenth_voice.fourteenth_program`, and a development program redesigned into
it keeps its own currency) and :mod:`benchmarks.twentyfirst_styles` is the held-out set. A Duda
site (``dmRespRow``/``dmRespCol`` rows,
``dmNewParagraph`` text widgets with ``data-element-type``, a price-list widget, ``u_`` ids),
a Salesforce Experience Cloud LWR page (``community_layout`` regions, ``c-`` Lightning web
components with ``lightning-formatted-number`` and ``lightning-formatted-date-time`` values,
rich text in ``lightning-formatted-rich-text``, the Aura-era ``data-aura-rendered-by`` ids and
the site's ``window.__lwr`` bootstrap), a Craft CMS page rendered by Twig (Matrix blocks,
``entry`` ids, a SEOmatic JSON-LD graph, ``window.csrfTokenValue``), a Joomla 4 article
(Cassiopeia template, the article info block with its hits counter, module positions, a
``joomla-alert``), a TYPO3 page of content elements (``frame-type-*`` wrappers with ``c``
ids, ``ce-bodytext``, a ``contenttable``, ``TYPO3SEARCH`` comments), a Thinkific sales page
(a pricing section with payment-plan options, a curriculum of chapters whose lessons show
their lengths, a countdown, the ``Thinkific`` bootstrap JSON) and a Canvas Catalog listing
(``ic-`` layout, the course's enrollment and course dates as a definition list, the listing in
``ENV`` JSON). Fees in tenge, lari, dram, manat, so'm, tögrög, cedis, birr and Tanzanian,
Ugandan and Rwandan shillings and francs (:func:`fourteenth_voice.fourteenth_program`). Same
contract as :mod:`benchmarks.page_styles`: ``(head, sections)`` stating every fact and every
negative. One module because the seven share the voice and a few helpers, and are read
together as one set (about 370 lines).
"""

from __future__ import annotations

import html
import json
from datetime import date

from fourteenth_voice import FourteenthVoice
from page_styles import Page
from pagegen import Kit, Program

#: The negatives by where pages put them: (money talk, dates, outcomes, footer).
GROUPS = (
    ("salary", "junior", "funding", "fee", "pay", "tax", "reference", "deposit", "scholarship",
     "early"),
    ("deadline", "info", "open_house", "prep", "welcome", "holiday", "schedule", "ends",
     "graduation"),
    ("outcome", "support", "credential"),
    ("post", "updated", "testimonial", "phone", "copyright"),
)  # fmt: skip
WORDS = {"price": "Tuition & payment", "sessions": "Upcoming intakes", "program": "Programme",
         "promise": "Our guarantees", "dates": "Key dates", "outcomes": "Outcomes",
         "about": "About the course", "job_guarantee": "Employment guarantee",
         "money_back": "Money-back guarantee",
         "tuition_refund": "Withdrawal and refunds"}  # fmt: skip
#: Section titles that Russian-speaking pages keep beside the English ones.
RUSSIAN = {"price": "Стоимость", "sessions": "Ближайшие потоки", "dates": "Важные даты"}


def _voice(k: Kit) -> tuple[FourteenthVoice, dict[str, str], dict[str, str], list[list[str]]]:
    """The voice, its negatives, its section titles and its negatives grouped."""
    v = FourteenthVoice(k)
    n = v.negatives()
    local = RUSSIAN if v.kind in ("kz", "uz") else {}
    w = {key: f"{local[key]} / {t}" if key in local else t for key, t in WORDS.items()}
    return v, n, w, [[n[x] for x in g] for g in GROUPS]


def _fees(v: FourteenthVoice) -> list[str]:
    """The fee, the plan and the income share, the lines every style states."""
    return [x for x in (v.fee_line(), v.plan(), v.isa()) if x]


def _starts(v: FourteenthVoice) -> list[str]:
    return [v.starts_line(i, s) for i, s in enumerate(v.p.starts)]


def _terms(v: FourteenthVoice) -> list[str]:
    return [v.terms(g) for g in v.p.guarantees]


def _ps(items: list[str]) -> str:
    return "".join(f"<p>{x}</p>" for x in items)


def duda(p: Program, k: Kit) -> Page:
    """A Duda site: ``dmRespRow``/``dmRespCol`` rows, ``dmNewParagraph`` text widgets with
    ``data-element-type`` and ``u_`` ids, a price-list widget, a button widget, and the
    ``dmAPI`` bootstrap."""
    v, n, w, (money, dates, perks, foot) = _voice(k)
    ids = iter(f"u_{(p.seed * 2_246_822_519 + i * 3_266_489_917) % 10**10}" for i in range(60))

    def text(items: list[str], tag: str = "p") -> str:
        body = "".join(f"<{tag} class='text-align-left'><span style='display: initial;'>{x}"
                       f"</span></{tag}>" for x in items)  # fmt: skip
        return (f'<div class="dmNewParagraph" data-element-type="paragraph" id="{next(ids)}" '
                f'data-version="5">{body}</div>')  # fmt: skip

    def row(*cols: str) -> str:
        inner = "".join(f'<div class="dmRespCol small-12 medium-{12 // len(cols)} large-'
                        f'{12 // len(cols)}" id="{next(ids)}">{c}</div>' for c in cols)  # fmt: skip
        return (f'<div class="dmRespRow" id="{next(ids)}"><div class="dmRespColsWrapper">'
                f"{inner}</div></div>")  # fmt: skip

    items = "".join(f'<li class="menuItemBox"><div class="menuItemName">{x}</div></li>'
                    for x in _fees(v))  # fmt: skip
    prices = (f'<div class="widget-price-list" data-element-type="dPriceListWidget" id="'
              f'{next(ids)}"><ul class="menuItems">{items}</ul></div>')  # fmt: skip
    config = {"siteAlias": f"d8a{p.seed:05d}", "currentLocale": v.lang, "pageAlias": "course",
              "isPublished": True}  # fmt: skip
    return [f"<script>window.dmAPI = {{}}; var _dm_rt_config = {json.dumps(config)};</script>"
            '<link rel="stylesheet" href="https://irp.cdn-website.com/d8a/files/d8a_1.min.css">'], [
        '<div id="dmRoot" class="dmBody"><div class="dmInner"><div class="dmContent">',
        row(text([p.name], "h1") + text([n["tagline"], v.hero()])
            + f'<a class="dmButtonLink dmWidget" data-element-type="dButtonLinkId" id="'
            f'{next(ids)}" href="/apply"><span class="text">{n["button"]}</span></a>'),
        row(text([w["about"]], "h2") + text([v.duration()]), text(perks)),
        row(text([w["price"]], "h2") + prices, text(money)),
        row(text([w["sessions"]], "h2") + text(_starts(v))),
        (row(text([w["promise"]], "h2") + text(_terms(v))) if p.guarantees else ""),
        row(text([w["dates"]], "h2") + text(dates)),
        '</div></div><div class="dmFooterContainer"><div id="fcontainer" class="dmFooter">'
        + row(text(foot[:3]), text(foot[3:])) + "</div></div></div>",
    ]  # fmt: skip


def salesforce(p: Program, k: Kit) -> Page:
    """A Salesforce Experience Cloud (LWR) page: ``community_layout`` regions holding ``c-``
    Lightning web components, the fee in ``lightning-formatted-number`` with its raw value and
    currency code, cohort dates in ``lightning-formatted-date-time`` values, rich text in
    ``lightning-formatted-rich-text``, Aura-era ``data-aura-rendered-by`` ids, and the
    ``window.__lwr`` bootstrap naming the record's fields."""
    v, n, w, (money, dates, perks, foot) = _voice(k)
    counter = iter(range(4, 200))

    def rich(items: list[str]) -> str:
        return (f'<lightning-formatted-rich-text class="slds-rich-text-editor__output" data-'
                f'aura-rendered-by="{next(counter)}:0">{"".join(f"<p>{x}</p>" for x in items)}'
                "</lightning-formatted-rich-text>")  # fmt: skip

    def card(title: str, body: str) -> str:
        return (f'<article class="slds-card"><div class="slds-card__header"><h2 class="slds-'
                f'card__header-title">{title}</h2></div><div class="slds-card__body slds-card__'
                f'body_inner">{body}</div></article>')  # fmt: skip

    fee = (f'<lightning-formatted-number value="{p.upfront}" format-style="currency" currency-'
           f'code="{p.currency}" currency-display-as="symbol">{html.escape(v.fee_line())}'
           "</lightning-formatted-number>")  # fmt: skip
    other = [x for x in _fees(v) if x != v.fee_line()]
    cohorts = "".join(
        f'<li class="slds-item"><lightning-formatted-date-time value="{s.isoformat()}" year="'
        f'numeric" month="long" day="2-digit"></lightning-formatted-date-time><span>{line}'
        "</span></li>" for s, line in zip(p.starts, _starts(v), strict=True))  # fmt: skip
    record = {"Id": f"a0B5g00000{p.seed:08d}AAC", "Name": p.name, "Tuition__c": p.upfront,
              "CurrencyIsoCode": p.currency, "Start_Dates__c": ";".join(map(str, p.starts)),
              "LastModifiedDate": "2025-01-06T08:47:12.000+0000"}  # fmt: skip
    boot = {"appId": "c/siteApp", "basePath": "/s", "locale": v.lang,
            "preloadData": {"record": record}}  # fmt: skip
    return ['<meta name="salesforce-community" content="0DB5g000000' + f'{p.seed:04d}">'
            f"<script>window.__lwr = {json.dumps(boot, ensure_ascii=False)};</script>"], [
        '<webruntime-app><community_layout-slds-flexible-layout><div class="comm-layout-column">'
        f'<c-course-hero><h1 class="slds-text-heading_large">{p.name}</h1><p>{n["tagline"]}'
        f'</p><p class="hero-price">{v.hero()}</p><lightning-button label="{n["button"]}">'
        f'<button class="slds-button slds-button_brand">{n["button"]}</button></lightning-'
        "button></c-course-hero>",
        f"<c-course-overview>{card(w['about'], rich([v.duration(), *perks]))}</c-course-overview>",
        f"<c-course-fees>{card(w['price'], fee + rich(other) + rich(money))}</c-course-fees>",
        "<c-cohort-list>" + card(w["sessions"], f'<ul class="slds-has-dividers_bottom">'
                                 f"{cohorts}</ul>") + "</c-cohort-list>",
        (f"<c-guarantees>{card(w['promise'], rich(_terms(v)))}</c-guarantees>"
         if p.guarantees else ""),  # fmt: skip
        f"<c-key-dates>{card(w['dates'], rich(dates))}</c-key-dates></div>",
        f"<c-site-footer><footer class=\"slds-p-around_medium\">{rich(foot)}</footer></c-site-"
        "footer></community_layout-slds-flexible-layout></webruntime-app>",
    ]  # fmt: skip


def craft(p: Program, k: Kit) -> Page:
    """A Craft CMS entry rendered by Twig: Matrix blocks (``matrix--text``, ``matrix--pricing``,
    ``matrix--cohorts``, ``matrix--accordion``) with their block ids, the entry's post date,
    SEOmatic's JSON-LD graph (a WebPage with its dates) and ``window.csrfTokenValue``."""
    v, n, w, (money, dates, perks, foot) = _voice(k)
    entry = 4100 + p.seed

    def block(kind: str, i: int, body: str) -> str:
        bid = entry * 10 + i
        return (f'<section class="matrix matrix--{kind}" data-block-id="{bid}" id="block-{bid}">'
                f'<div class="container">{body}</div></section>')  # fmt: skip

    pairs = list(enumerate(zip(p.starts, _starts(v), strict=True)))
    cohorts = "".join(f'<li class="cohort"><span class="cohort__name">{v.cohort_name(i, s)}'
                      f'</span><span class="cohort__date">{line}</span></li>'
                      for i, (s, line) in pairs)  # fmt: skip
    terms = "".join(f'<details class="accordion__item"><summary>{w[g.kind]}</summary><div '
                    f'class="accordion__body">{v.terms(g)}</div></details>'
                    for g in p.guarantees)  # fmt: skip
    seo = {"@context": "http://schema.org", "@graph": [
        {"@type": "WebPage", "name": p.name, "datePublished": "2024-11-12T09:14:00+05:00",
         "dateModified": "2025-01-06T08:47:12+05:00", "inLanguage": v.lang},
        {"@type": "Organization", "name": f"{p.camp} Academy"}]}  # fmt: skip
    return ['<meta name="generator" content="SEOmatic">'
            f'<script type="application/ld+json">{json.dumps(seo)}</script>'
            f'<script>window.csrfTokenName = "CRAFT_CSRF_TOKEN"; window.csrfTokenValue = "'
            f'{k.token()}";</script>'], [
        f'<header class="site-header"><a href="/">{p.camp} Academy</a></header><main id="main" '
        f'data-entry-id="{entry}"><div class="hero"><h1>{p.name}</h1><p>{n["tagline"]}</p><p '
        f'class="hero__price">{v.hero()}</p><a class="btn" href="/apply">{n["button"]}</a>'
        f'<p class="entry-meta"><time datetime="2024-11-12">{foot[0]}</time></p></div>',
        block("text", 1, f"<h2>{w['about']}</h2>{_ps([v.duration(), *perks])}"),
        block("pricing", 2, f"<h2>{w['price']}</h2><div class='pricing__main'>{_ps(_fees(v))}"
              f"</div><ul class='pricing__notes'>{''.join(f'<li>{x}</li>' for x in money)}</ul>"),
        block("cohorts", 3, f"<h2>{w['sessions']}</h2><ul class='cohorts'>{cohorts}</ul>"),
        (block("accordion", 4, f"<h2>{w['promise']}</h2>{terms}") if p.guarantees else ""),
        block("text", 5, f"<h2>{w['dates']}</h2>{_ps(dates)}")
        + block("quote", 6, f"<blockquote>{foot[2]}</blockquote>") + "</main>",
        f'<footer class="site-footer">{_ps([foot[1], foot[3], foot[4]])}</footer>',
    ]  # fmt: skip


def joomla(p: Program, k: Kit) -> Page:
    """A Joomla 4 article in the Cassiopeia template: ``com-content-article item-page`` with
    its ``article-info`` block (author, category, published date, hits counter), the body in
    ``itemprop="articleBody"``, tables the editor pasted, a ``joomla-alert`` and modules in the
    sidebar and footer positions."""
    v, n, w, (money, dates, perks, foot) = _voice(k)
    hits = k.noise.randrange(1200, 9000)
    pairs = list(enumerate(zip(p.starts, _starts(v), strict=True)))
    rows = "".join(f"<tr><td>{v.cohort_name(i, s)}</td><td>{line}</td></tr>"
                   for i, (s, line) in pairs)  # fmt: skip
    module = "".join(f'<div class="moduletable"><div class="mod-custom custom">{_ps(x)}</div>'
                     "</div>" for x in (perks, dates[5:]))  # fmt: skip
    return ['<meta name="generator" content="Joomla! - Open Source Content Management">'
            '<script type="application/json" class="joomla-script-options new">{"joomla.jtext"'
            ':{"ERROR":"Error","MESSAGE":"Message"},"system.paths":{"root":"","base":""}}'
            "</script>"], [
        f'<div class="site-grid"><div class="grid-child container-component"><joomla-alert type'
        f'="info" role="alert"><div class="alert-message">{dates[0]}</div></joomla-alert>'
        f'<div class="com-content-article item-page" itemscope itemtype="https://schema.org/'
        f'Article"><div class="page-header"><h1 itemprop="headline">{p.name}</h1></div>'
        f'<dl class="article-info text-muted"><dt class="article-info-term">Details</dt><dd '
        f'class="createdby" itemprop="author">Written by {p.camp} Admissions</dd><dd class="'
        f'category-name">Category: Courses</dd><dd class="published"><time datetime="2024-11-'
        f'12T09:14:00+00:00" itemprop="datePublished">{foot[0]}</time></dd><dd class="hits">'
        f'<meta itemprop="interactionCount" content="UserPageVisits:{hits}">Hits: {hits}</dd>'
        f'</dl><div itemprop="articleBody" class="com-content-article__body"><p><strong>'
        f'{n["tagline"]}</strong></p><p>{v.hero()}</p><p>{v.duration()}</p>',
        f"<h2>{w['price']}</h2>{_ps(_fees(v))}<ul>{''.join(f'<li>{x}</li>' for x in money)}</ul>",
        f'<h2>{w["sessions"]}</h2><table class="table table-striped"><tbody>{rows}</tbody>'
        "</table>",
        (f"<h2>{w['promise']}</h2>" + "".join(
            f"<h3>{w[g.kind]}</h3><p>{v.terms(g)}</p>" for g in p.guarantees)
         if p.guarantees else ""),  # fmt: skip
        f"<h2>{w['dates']}</h2>{_ps(dates[1:5])}<p><a class=\"btn btn-primary\" href=\"/apply\">"
        f"{n['button']}</a></p></div></div></div>",
        f'<div class="grid-child container-sidebar-right">{module}</div></div>'
        f'<footer class="container-footer footer"><div class="grid-child">'
        f"{_ps([foot[2], foot[1], foot[3], foot[4]])}</div></footer>",
    ]  # fmt: skip


def typo3(p: Program, k: Kit) -> Page:
    """A TYPO3 page of content elements: ``frame frame-default frame-type-*`` wrappers with
    ``c<uid>`` ids, ``ce-header`` and ``ce-bodytext``, a ``contenttable`` of costs, a
    ``frame-type-bullets`` list, and the ``TYPO3SEARCH_begin``/``_end`` comments."""
    v, n, w, (money, dates, perks, foot) = _voice(k)
    uids = iter(range(300 + p.seed * 20, 400 + p.seed * 20))

    def ce(kind: str, title: str, body: str) -> str:
        head = f'<header><h2 class="">{title}</h2></header>' if title else ""
        return (f'<div id="c{next(uids)}" class="frame frame-default frame-type-{kind} frame-'
                f'layout-0">{head}{body}</div>')  # fmt: skip

    def text(title: str, items: list[str]) -> str:
        return ce("text", title, f'<div class="ce-bodytext">{_ps(items)}</div>')

    costs = "".join(f"<tr><td>{x}</td></tr>" for x in money)
    bullets = "".join(f"<li>{x}</li>" for x in _starts(v))
    return ['<meta name="generator" content="TYPO3 CMS"><link rel="stylesheet" href="/typo3temp/'
            'assets/compressed/merged-3f2a.css" media="all">'], [
        f'<header class="page-header"><a href="/">{p.camp} Academy</a></header><main>'
        "<!--TYPO3SEARCH_begin-->"
        + ce("header", "", f"<header><h1>{p.name}</h1><p>{n['tagline']}</p></header>")
        + text("", [v.hero(), v.duration()]),
        text(w["price"], _fees(v)) + ce("table", "", '<table class="contenttable contenttable-'
                                        f'0"><tbody>{costs}</tbody></table>'),  # fmt: skip
        ce("bullets", w["sessions"], f'<ul class="ce-bullets">{bullets}</ul>'),
        (text(w["promise"], _terms(v)) if p.guarantees else ""),
        text(w["dates"], dates),
        text(w["outcomes"], [*perks, foot[2]]) + ce("uploads", "", f'<ul class="ce-uploads"><li>'
                                                  f'<a href="/fileadmin/guide.pdf">{n["button"]}'
                                                  "</a></li></ul>")  # fmt: skip
        + "<!--TYPO3SEARCH_end--></main>",
        f'<footer class="page-footer">{_ps([foot[0], foot[1], foot[3], foot[4]])}</footer>',
    ]  # fmt: skip


def thinkific(p: Program, k: Kit) -> Page:
    """A Thinkific course sales page: a banner, a pricing section whose payment options are
    radio cards (one-time and a payment plan), a curriculum of chapters whose lessons show
    their lengths, a countdown to the deadline in a ``data-`` value, FAQ, and the
    ``Thinkific`` bootstrap JSON."""
    v, n, w, (money, dates, perks, foot) = _voice(k)
    options = "".join(f'<label class="product-pricing__option"><input type="radio" name="'
                      f'price_id" value="{p.seed * 100 + i}"><span>{x}</span></label>'
                      for i, x in enumerate(_fees(v)))  # fmt: skip
    lessons = "".join(f'<li class="course-player__lesson"><span>Lesson {i + 1}</span><span '
                      f'class="lesson-length">{12 + i * 7}:{(i * 23) % 60:02d}</span></li>'
                      for i in range(4))  # fmt: skip
    faq = "".join(f'<div class="faq__item"><h3 class="faq__question">{w[g.kind]}</h3><div '
                  f'class="faq__answer">{v.terms(g)}</div></div>'
                  for g in p.guarantees)  # fmt: skip
    boot = {"current_user": None, "site": {"subdomain": p.camp.lower(), "locale": v.lang},
            "product": {"id": 230_000 + p.seed, "name": p.name,
                        "slug": f"course-{p.seed}"}}  # fmt: skip
    close = v.deadline().isoformat()
    return [f"<script>window.Thinkific = {json.dumps(boot)};</script><meta name=\"thinkific\" "
            'content="landing-page">'], [
        f'<div class="landing-page"><section class="section banner"><h1 class="banner__heading">'
        f'{p.name}</h1><p class="banner__subheading">{n["tagline"]}</p><p>{v.hero()}</p><a '
        f'class="button button-primary" href="/enroll/{p.seed}">{n["button"]}</a></section>',
        f'<section class="section text"><h2>{w["about"]}</h2>{_ps([v.duration(), *perks])}'
        "</section>",
        f'<section class="section pricing"><h2>{w["price"]}</h2><form class="product-pricing">'
        f'{options}</form><div class="pricing__notes">{_ps(money)}</div></section>',
        f'<section class="section text"><h2>{w["sessions"]}</h2>{_ps(_starts(v))}</section>'
        f'<section class="section curriculum"><h2>Curriculum</h2><ul class="course-curriculum">'
        f"{lessons}</ul></section>",
        (f'<section class="section faq"><h2>{w["promise"]}</h2>{faq}</section>'
         if p.guarantees else ""),  # fmt: skip
        f'<section class="section countdown" data-countdown-end="{close}T23:59:00"><h2>'
        f"{w['dates']}</h2>{_ps(dates)}</section><section class=\"section testimonials\">"
        f"<blockquote>{foot[2]}</blockquote></section></div>",
        f'<footer class="footer">{_ps([foot[0], foot[1], foot[3], foot[4]])}<p>Powered by '
        "Thinkific</p></footer>",
    ]  # fmt: skip


def canvas_catalog(p: Program, k: Kit) -> Page:
    """A Canvas Catalog listing (Instructure): the ``ic-`` layout, the listing's enrollment
    window and course dates as a definition list with ``<time>``s (the catalog's own
    enrollment dates are not cohort starts), the description as rich text, and the listing in
    ``ENV`` JSON with its price as a string."""
    v, n, w, (money, dates, perks, foot) = _voice(k)
    first = p.starts[0]
    opens = date(2024, 11, 12)
    listing = {"id": 900 + p.seed, "title": p.name, "price": f"{p.upfront}.00",
               "currency": p.currency, "enrollment_open": opens.isoformat(),
               "enrollment_close": v.deadline().isoformat(),
               "start_date": first.isoformat(), "end_date": p.ends()[0].isoformat(),
               "visibility": "public"}  # fmt: skip
    cohorts = "".join(f"<li>{x}</li>" for x in _starts(v))
    return ["<script>ENV = " + json.dumps({"LISTING": listing, "LOCALE": v.lang}) + ";</script>"
            '<link rel="stylesheet" href="/dist/brandable_css/catalog.css">'], [
        '<div class="ic-app"><header class="ic-app-header">Course Catalog</header><main class="'
        f'ic-Layout-contentMain"><div class="listing-header"><h1>{p.name}</h1><p>'
        f"{n['tagline']}</p><p class=\"listing-price\">{v.hero()}</p></div>"
        f'<dl class="listing-details"><dt>Enrollment opens</dt><dd><time datetime="{opens}">'
        f"{v.when(opens)}</time></dd><dt>Enrollment closes</dt><dd><time datetime=\""
        f'{v.deadline()}">{v.when(v.deadline())}</time></dd><dt>Course dates</dt><dd>'
        f"{v.numeric(first)} – {v.numeric(p.ends()[0])}</dd><dt>Duration</dt><dd>"
        f"{v.duration()}</dd></dl>",
        f'<div class="listing-description user_content"><h2>{w["price"]}</h2>{_ps(_fees(v))}'
        f"{_ps(money)}</div>",
        f'<div class="user_content"><h2>{w["sessions"]}</h2><ul>{cohorts}</ul></div>',
        (f'<div class="user_content"><h2>{w["promise"]}</h2>{_ps(_terms(v))}</div>'
         if p.guarantees else ""),  # fmt: skip
        f'<div class="user_content"><h2>{w["dates"]}</h2>{_ps(dates)}<h2>{w["outcomes"]}</h2>'
        f'{_ps(perks)}<blockquote>{foot[2]}</blockquote></div><button class="btn btn-primary '
        f'enroll">{n["button"]}</button></main>',
        f'<footer class="ic-app-footer">{_ps([foot[0], foot[1], foot[3], foot[4]])}</footer>'
        "</div>",
    ]  # fmt: skip


FOURTEENTH = {f.__name__: f for f in (duda, salesforce, craft, joomla, typo3, thinkific,
                                      canvas_catalog)}  # fmt: skip
