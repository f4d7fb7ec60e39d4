"""The seventeenth set: seven styles in new markup and words (:class:`SeventeenthVoice`), for dev.

Written while the rules were being tuned on the sixteenth set (:mod:`benchmarks.sixteenth_styles`),
from how Balkan, Eastern European and Russian course pages look and without reading bootwatch's
extraction rules, and held out for its first look; rules are tuned on it since, so it scores in the
dev group (its programs still drawn by :func:`seventeenth_voice.seventeenth_program`, and a
development program redesigned into it keeps its own currency) and
:mod:`benchmarks.twentyfirst_styles` is the held-out set. A 1C-Bitrix catalog element page (the
``bx-catalog-element`` template with ``product-item-detail-*`` blocks, cohorts as SKU offers, tabs
of description, price and schedule, and the component's ``JCCatalogElement`` parameters in
single-quoted JavaScript with each offer's price), a GetCourse landing page (``lt-block`` sections
of ``f-text`` paragraphs, a countdown timer block, the offer widget's radio list of cohorts with
their price and the order form), a VK community page (the group header, the wiki page's
``wk_header``/``wk_text`` blocks and a ``wk_table`` of cohorts in figures and words, a market item
card, a pinned wall post cut at "Show more"), a Taplink mini-site (one narrow column of Vue
``block-item`` blocks: avatar, text, link buttons, a price list of cohorts, collapsed FAQ items,
messenger buttons), an OpenCart product page (the ``#product-product`` layout of Description,
Specification and Reviews tabs, the price with its "Ex Tax" line, cohorts as a required select
option), a Readymag page (absolutely placed ``rmwidget`` text widgets whose DOM order is the order
they were made, not the order read: each section's text before its title) and a uCoz site (a table
layout with side boxes, each section an ``eBlock`` entry of ``<br />``-broken lines with its
``eDetails`` line of views that change on every fetch). Fees in dinars, denars, convertible marks,
lekë, Moldovan lei, Belarusian and Russian roubles and euros
(:func:`seventeenth_voice.seventeenth_program`). Same contract as :mod:`benchmarks.page_styles`:
``(head, sections)`` stating every fact and every negative. One module because the seven share the
voice and a few helpers, and are read together as one set (about 500 lines).
"""

from __future__ import annotations

import json
from datetime import timedelta

from page_styles import Page
from pagegen import Kit, Program
from seventeenth_voice import SeventeenthVoice

#: The negatives by where pages put them: (money talk, dates, outcomes, footer).
GROUPS = (
    ("salary", "junior", "funding", "fee", "exam", "pay", "tax", "reference", "deposit",
     "scholarship", "early"),
    ("deadline", "info", "open_house", "prep", "welcome", "holiday", "winter", "schedule",
     "ends", "graduation"),
    ("outcome", "support", "credential"),
    ("post", "updated", "testimonial", "phone", "copyright"),
)  # fmt: skip
WORDS = {"price": "Fees & payment", "sessions": "Upcoming cohorts", "promise": "Guarantees",
         "dates": "Important dates", "about": "About the programme",
         "job_guarantee": "Employment guarantee", "money_back": "Money-back guarantee",
         "tuition_refund": "Withdrawal and refunds"}  # fmt: skip
#: Section titles the sites keep beside the English ones, per language.
LOCAL = {
    "sr": ("Cena i plaćanje", "Naredne generacije", "Garancije", "Važni datumi", "O programu"),
    "sr_cyr": ("Цена и плаћање", "Наредне генерације", "Гаранције", "Важни датуми",
               "О програму"),
    "bs": ("Cijena i plaćanje", "Naredne grupe", "Garancije", "Važni datumi", "O programu"),
    "mk": ("Цена и плаќање", "Следни групи", "Гаранции", "Важни датуми", "За програмата"),
    "sq": ("Tarifa dhe pagesa", "Grupet e ardhshme", "Garancitë", "Data të rëndësishme",
           "Rreth programit"),
    "ro": ("Preț și plată", "Grupele următoare", "Garanții", "Date importante",
           "Despre program"),
    "ru": ("Стоимость и оплата", "Ближайшие потоки", "Гарантии", "Важные даты", "О программе"),
}  # fmt: skip
TONGUE = {"rs": "sr", "mk": "mk", "ba": "bs", "al": "sq", "md": "ro", "by": "ru", "ru": "ru",
          "me": "bs", "xk": "sq"}  # fmt: skip


def _voice(k: Kit) -> tuple[SeventeenthVoice, dict[str, str], dict[str, str], list[list[str]]]:
    """The voice, its negatives, its section titles and its negatives grouped."""
    v = SeventeenthVoice(k)
    n = v.negatives()
    tongue = TONGUE[v.kind]
    if tongue == "sr" and v.cyrillic:
        tongue = "sr_cyr"
    local = dict(zip(("price", "sessions", "promise", "dates", "about"), LOCAL[tongue],
                     strict=True))  # fmt: skip
    w = {key: f"{local[key]} · {t}" if key in local else t for key, t in WORDS.items()}
    return v, n, w, [[n[x] for x in g] for g in GROUPS]


def _fees(v: SeventeenthVoice) -> list[str]:
    """The fee, the plan and the income share, the lines every style states."""
    return [x for x in (v.fee_line(), v.plan(), v.isa()) if x]


def _starts(v: SeventeenthVoice) -> list[str]:
    return [v.starts_line(i, s) for i, s in enumerate(v.p.starts)]


def _terms(v: SeventeenthVoice, w: dict[str, str]) -> list[tuple[str, str]]:
    return [(w[g.kind], v.terms(g)) for g in v.p.guarantees]


def _ps(items: list[str], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "".join(f"<p{attr}>{x}</p>" for x in items)


def _lis(items: list[str]) -> str:
    return "".join(f"<li>{x}</li>" for x in items)


def _phpjs(value: object) -> str:
    """A value as Bitrix's ``CUtil::PhpToJSObject`` writes it: single-quoted keys and strings."""
    if isinstance(value, dict):
        return "{" + ",".join(f"'{k}':{_phpjs(x)}" for k, x in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ",".join(_phpjs(x) for x in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    return "'" + str(value).replace("\\", "\\\\").replace("'", "\\'") + "'"


def bitrix(p: Program, k: Kit) -> Page:
    """A 1C-Bitrix ``catalog.element`` page (the ``bootstrap_v4`` template): breadcrumbs, the
    ``bx-catalog-element`` block with the price, the cohorts as SKU offers and the buy button,
    ``product-item-detail-tab`` tabs of description, price and schedule, and the component's
    ``JCCatalogElement`` parameters, each offer with its price, in single-quoted JavaScript."""
    v, n, w, (money, dates, perks, foot) = _voice(k)
    area = f"bx_117848907_{1000 + p.seed}"
    offers = [{"ID": 5000 + p.seed * 10 + i, "NAME": v.cohort_name(i, s), "CAN_BUY": True,
               "ITEM_PRICES": [{"PRICE_TYPE_ID": "1", "PRICE": p.upfront, "BASE_PRICE": p.upfront,
                                "PRINT_PRICE": v.money(p.upfront), "CURRENCY": p.currency,
                                "DISCOUNT": 0, "PERCENT": 0}],
               "TREE": {"PROP_45": 100 + i}} for i, s in enumerate(p.starts)]  # fmt: skip
    params = {"CONFIG": {"USE_CATALOG": True, "SHOW_PRICE": True, "SHOW_DISCOUNT_PERCENT": False,
                         "MAIN_PICTURE_MODE": ["POPUP"]},
              "PRODUCT_TYPE": 3, "VISUAL": {"ID": area, "PRICE_ID": f"{area}_price",
                                             "BUY_LINK": f"{area}_buy_link"},
              "PRODUCT": {"ID": 1000 + p.seed, "NAME": p.name, "CATEGORY": p.track},
              "OFFERS": offers, "OFFER_SELECTED": 0}  # fmt: skip
    skus = "".join(f'<li class="product-item-scu-item-text-container" title="{v.cohort_name(i, s)}'
                   f'" data-treevalue="45_{100 + i}" data-onevalue="{100 + i}"><div class="product-'
                   f'item-scu-item-text-block"><div class="product-item-scu-item-text">'
                   f"{v.cohort_name(i, s)}</div></div></li>"
                   for i, s in enumerate(p.starts))  # fmt: skip
    tabs = (("description", "Описание / Description"), ("price", "Стоимость / Price"),
            ("schedule", "Расписание / Schedule"))  # fmt: skip

    def tab(value: str, body: str, active: bool = False) -> str:
        on = " active" if active else ""
        return (f'<div class="product-item-detail-tab-content{on}" data-entity="tab-container" '
                f'data-value="{value}">{body}</div>')  # fmt: skip

    terms = "".join(f"<h4>{t}</h4><p>{x}</p>" for t, x in _terms(v, w))
    return ['<link href="/bitrix/cache/css/s1/eshop_bootstrap_v4/template_5d1c.css" '
            'type="text/css" rel="stylesheet">'
            '<script src="/bitrix/js/main/core/core.min.js?1709812345"></script>'
            f"<script>BX.message({{'LANGUAGE_ID':'{v.lang[:2]}','SITE_ID':'s1','SITE_DIR':'/',"
            f"'bitrix_sessid':'{k.token()}'}});</script>"], [
        '<div class="bx-breadcrumb" itemprop="http://schema.org/breadcrumb" itemscope itemtype='
        '"http://schema.org/BreadcrumbList"><div class="bx-breadcrumb-item"><a href="/"><span>'
        'Главная</span></a></div><i class="bx-breadcrumb-item-angle fa fa-angle-right"></i><div '
        f'class="bx-breadcrumb-item"><a href="/catalog/"><span>Курсы</span></a></div><i class="'
        f'bx-breadcrumb-item-angle fa fa-angle-right"></i><div class="bx-breadcrumb-item"><span>'
        f'{p.track}</span></div></div><div class="bx-catalog-element bx-blue" id="{area}" '
        'itemscope itemtype="http://schema.org/Product"><div class="container-fluid"><div '
        f'class="row"><div class="col-xs-12"><h1 class="bx-title">{p.name}</h1></div></div><div '
        'class="row"><div class="col-md-6 col-sm-12"><div class="product-item-detail-slider-'
        'container"><div class="product-item-detail-slider-image"><img src="/upload/iblock/'
        f'4d2/course.jpg" alt="{p.name}"></div></div></div><div class="col-md-6 col-sm-12"><div '
        'class="product-item-detail-info-section"><div class="product-item-detail-info-'
        'container"><div class="product-item-detail-price-current" id="'
        f'{area}_price">{v.money(p.upfront)}</div></div><div class="product-item-detail-info-'
        'container" data-entity="sku-line-block"><div class="product-item-detail-info-container-'
        'title">Поток / Cohort</div><div class="product-item-scu-container"><ul class="product-'
        f'item-scu-item-list">{skus}</ul></div></div><div class="product-item-detail-info-'
        f'container"><p>{n["tagline"]}</p><p>{v.hero()}</p></div><div data-entity="main-button-'
        'container"><a class="btn btn-default product-item-detail-buy-button" id="'
        f'{area}_buy_link" href="javascript:void(0);"><span>{n["button"]}</span></a></div></div>'
        "</div></div></div>",
        '<div class="row"><div class="col-xs-12"><div class="product-item-detail-tabs-container">'
        '<ul class="product-item-detail-tabs-list">'
        + "".join(f'<li class="product-item-detail-tab{" active" if i == 0 else ""}" data-entity='
                  f'"tab" data-value="{val}"><a href="javascript:void(0);" class="product-item-'
                  f'detail-tab-link"><span>{t}</span></a></li>' for i, (val, t) in enumerate(tabs))
        + "</ul></div>"
        + tab("description", f"<h2>{w['about']}</h2>{_ps([v.duration(), *perks])}"
              + (f"<h3>{w['promise']}</h3>{terms}" if p.guarantees else ""), True),
        tab("price", f"<h2>{w['price']}</h2><ul>{_lis(_fees(v))}</ul>{_ps(money)}"),
        tab("schedule", f"<h2>{w['sessions']}</h2><ul>{_lis(_starts(v))}</ul><h3>{w['dates']}"
            f"</h3><ul>{_lis(dates)}</ul>") + "</div></div>",
        f'<footer class="bx-footer"><div class="bx-footer-section container">{_ps(foot)}</div>'
        "</footer>",
        f"<script>BX.message({{'ECONOMY_INFO_MESSAGE':'Скидка #ECONOMY#','BASIS_PRICE_MESSAGE':"
        f"'Цена #PRICE# за 1 #MEASURE#'}});var ob{area} = new JCCatalogElement({_phpjs(params)});"
        "</script>",
    ]  # fmt: skip


def getcourse(p: Program, k: Kit) -> Page:
    """A GetCourse landing page: ``lt-block`` sections (``data-code`` of the block type) of
    ``f-header`` titles and ``f-text`` paragraphs, a countdown timer block to the application
    deadline, and the offer widget: a radio list of offers (one per cohort, each with the
    price) and the order form with its submit button."""
    v, n, w, (money, dates, perks, foot) = _voice(k)
    ids = iter(range(1, 40))

    def block(code: str, title: str, body: str, dark: bool = False) -> str:
        bid = 500_000_000 + p.seed * 1_000 + next(ids)
        head = f'<h2 class="lt-normal-header f-header">{title}</h2>' if title else ""
        return (f'<div class="lt-block-wrapper"><div id="ltBlock{bid}" class="lt-block lt-normal-'
                f'block js-lt-block{" lt-dark-block" if dark else ""}" data-code="{code}" data-'
                f'block-id="{bid}"><div class="container"><div class="row"><div class="col-md-12">'
                f"{head}{body}</div></div></div></div></div>")  # fmt: skip

    def text(items: list[str]) -> str:
        return f'<div class="f-text lt-normal-text" data-editable="1">{_ps(items)}</div>'

    close = v.deadline()
    offers = "".join(f'<div class="offer-item"><label><input type="radio" name="formParams['
                     f'offer_id]" value="{3_100_000 + p.seed * 10 + i}"'
                     f'{" checked" if i == 0 else ""}> <span class="offer-title">'
                     f'{v.cohort_name(i, s)}</span> <span class="'
                     f'offer-price">{v.money(p.upfront)}</span></label></div>'
                     for i, s in enumerate(p.starts))  # fmt: skip
    form = (f'<form class="lt-normal-form lt-form" action="/pl/lite/block-public/process-html?id='
            f'{900 + p.seed}" method="post" data-open-new-window="0"><div class="offers-list">'
            f'{offers}</div><input type="text" maxlength="60" placeholder="Имя / Name" name="'
            'formParams[full_name]" class="form-control"><input type="text" maxlength="60" '
            'placeholder="Email" name="formParams[email]" class="form-control"><input type="'
            'text" placeholder="Телефон / Phone" name="formParams[phone]" class="form-control">'
            f'<button type="submit" class="btn f-btn button-md btn-success">{n["button"]}</button>'
            "</form>")  # fmt: skip
    timer = (f'<div class="lt-timer" data-timer-type="date" data-date="{close.isoformat()}T23:59:'
             '00+03:00"><span class="timer-days">00</span>:<span class="timer-hours">00</span>:'
             '<span class="timer-minutes">00</span></div>')  # fmt: skip
    terms = "".join(f'<h3 class="f-header">{t}</h3>{text([x])}' for t, x in _terms(v, w))
    return ['<meta name="generator" content="GetCourse">'
            f"<script>window.accountId = {40_000 + p.seed}; window.gcSessionId = '{k.token()}';"
            f"window.controllerId = 'lite'; window.requestTime = {k.noise.randrange(10**9)};"
            "</script>"], [
        block("cover", "", f'<h1 class="lt-cover-header f-header">{p.name}</h1>'
              + text([n["tagline"], v.hero()]), dark=True),
        block("text", w["about"], text([v.duration(), *perks])),
        block("price", w["price"], text(_fees(v)) + text(money)),
        block("timer", "", text([dates[0]]) + timer),
        block("list", w["sessions"], text(_starts(v))),
        block("faq", w["promise"], terms) if p.guarantees else "",
        block("text", w["dates"], text(dates[1:])),
        block("form", "", form),
        f'<div class="gc-footer">{block("footer", "", text(foot))}</div>',
    ]  # fmt: skip


def vk(p: Program, k: Kit) -> Page:
    """A VK community page: the group header with its status line, the community's wiki page
    (``wk_header`` titles, ``wk_text`` paragraphs, the cohorts as a ``wk_table`` in figures and
    words), a market item card with the price, and a pinned wall post cut at "Show more" with
    the rest of its lines hidden in the markup."""
    v, n, w, (money, dates, perks, foot) = _voice(k)
    group = 210_000_000 + p.seed * 97

    def header(t: str) -> str:
        return f'<h2 class="wk_header"><span class="wk_header_content">{t}</span></h2>'

    def wk(items: list[str]) -> str:
        return f'<div class="wk_text">{"<br>".join(items)}</div>'

    rows = "".join(f"<tr><td>{v.cohort_name(i, s)}</td><td>{v.native_day(s)}</td><td>"
                   f"{v.numeric(s)}</td><td>{v.starts_line(i, s)}</td></tr>"
                   for i, s in enumerate(p.starts))  # fmt: skip
    table = (f'<table class="wk_table"><tbody><tr><th>Поток / Cohort</th><th>Старт</th><th>Date'
             f"</th><th>Details</th></tr>{rows}</tbody></table>")  # fmt: skip
    market = (f'<div class="page_block"><div class="module_header"><span class="header_label">'
              f'Товары / Market</span></div><div class="market_row" data-id="-{group}_'
              f'{p.seed}"><div class="market_row_name"><a href="/market-{group}?w=product-'
              f'{group}_{p.seed}">{p.name}</a></div><div class="market_row_price">'
              f"{v.money(p.upfront)}</div></div></div>")  # fmt: skip
    lines = [x for _, x in _terms(v, w)]
    pinned = ""
    if lines:
        pinned = (f'<div class="page_block"><div id="post-{group}_{p.seed + 7}" class="_post post '
                  f'post--pinned" data-post-id="-{group}_{p.seed + 7}"><div class="post_header">'
                  f'<a class="author">{p.camp} Academy</a><span class="post_date">запись '
                  f'закреплена</span></div><div class="wall_post_text">🛡 {w["promise"]}<br>'
                  f'{lines[0]}<span style="display: none">'
                  + "".join(f"<br>{x}" for x in lines[1:])
                  + '</span><a class="wall_post_more" onclick="return wall.showMore(this);">'
                  'Показать полностью… / Show more</a></div><div class="like_views">'
                  f"{k.noise.randint(900, 9_999)}</div></div></div>")  # fmt: skip
    return [f'<meta property="og:title" content="{p.camp} Academy">'
            '<meta property="og:site_name" content="VK">'
            f"<script>var vk = {{id: 0, lang: 3, host: 'vk.com', loginscheme: 'https'}};"
            f"window.cur = {{oid: -{group}, gid: {group}}};</script>"], [
        f'<div id="page_header_cont" class="page_block"><div class="page_top"><h1 class="page_'
        f'name">{p.camp} Academy | {p.track}</h1><div class="page_current_info" id="page_current'
        f'_info"><span class="current_text">{n["tagline"]}</span></div></div><div class="page_'
        f'actions"><a class="FlatButton FlatButton--primary" href="/app{group}">{n["button"]}</a>'
        "</div></div>",
        f'<div class="page_block wiki_page"><div class="wiki_body">{header(p.name)}'
        f"{wk([v.hero()])}{header(w['about'])}{wk([v.duration(), *perks])}",
        header(w["price"]) + wk(_fees(v)) + wk(money),
        header(w["sessions"]) + table,
        header(w["dates"]) + wk(dates) + "</div></div>",
        market,
        pinned,
        f'<div class="page_block" id="public_contacts">{wk(foot)}</div>',
    ]  # fmt: skip


def taplink(p: Program, k: Kit) -> Page:
    """A Taplink mini-site: one narrow column of Vue ``block-item`` blocks (an avatar with the
    name, text blocks, link buttons, a price list with one item per cohort, collapsed FAQ
    items, messenger buttons) and the page's data in ``window.data``."""
    v, n, w, (money, dates, perks, foot) = _voice(k)
    handle = f"{p.camp.lower()}.academy"

    def item(kind: str, body: str) -> str:
        return (f'<div class="block-item" data-v-3c5e8a1f data-block-type="{kind}"><div class="'
                f'block-{kind}">{body}</div></div>')  # fmt: skip

    def textblock(items: list[str], title: str = "") -> str:
        head = f"<h3>{title}</h3>" if title else ""
        return item("text", f'<div class="text-block"><div class="text-block-inner">{head}'
                            f"{_ps(items)}</div></div>")  # fmt: skip

    def button(label: str, href: str) -> str:
        return item("link", f'<a class="btn-link btn-link-styled" href="{href}" target="_blank">'
                            f'<div class="btn-link-title">{label}</div></a>')  # fmt: skip

    prices = "".join(f'<div class="pricelist-item"><div class="pricelist-title">'
                     f'{v.cohort_name(i, s)}</div><div class="pricelist-price">'
                     f'{v.money(p.upfront)}</div><div class="pricelist-text">'
                     f"{v.starts_line(i, s)}</div></div>"
                     for i, s in enumerate(p.starts))  # fmt: skip
    faq = "".join(f'<div class="collapse-item"><a class="collapse-title">{t}</a><div class="'
                  f'collapse-text" style="display: none"><p>{x}</p></div></div>'
                  for t, x in _terms(v, w))  # fmt: skip
    data = {"page_id": 7_000_000 + p.seed, "nickname": handle, "title": p.name,
            "lang": v.lang[:2], "blocks_count": 12}  # fmt: skip
    return ['<meta name="generator" content="Taplink">'
            f'<meta property="og:url" content="https://taplink.cc/{handle}">'
            f"<script>window.data = {json.dumps(data)};</script>"], [
        '<div class="main-block"><div class="page"><div class="blocks-list">'
        + item("avatar", f'<div class="avatar-image"></div><div class="avatar-name">{p.name}</div>'
               f'<div class="avatar-nickname">@{handle}</div>')
        + textblock([n["tagline"], v.hero()])
        + button(n["button"], f"https://forms.{p.camp.lower()}.academy/apply"),
        textblock([v.duration(), *perks], w["about"]),
        textblock(_fees(v), w["price"]) + textblock(money),
        item("pricelist", f"<h3>{w['sessions']}</h3>{prices}"),
        item("collapse", f"<h3>{w['promise']}</h3>{faq}") if p.guarantees else "",
        textblock(dates, w["dates"]),
        item("socials", f'<a class="socials-item" href="viber://chat">Viber</a><a class="socials-'
             f'item" href="https://wa.me/">WhatsApp</a><a class="socials-item" href="https://t.me/'
             f'{p.camp.lower()}">Telegram</a>') + textblock(foot)
        + '<div class="footer-link"><a href="https://taplink.cc">Сделано в Taplink</a></div>'
        "</div></div></div>",
    ]  # fmt: skip


def opencart(p: Program, k: Kit) -> Page:
    """An OpenCart product page: the ``#product-product`` layout, thumbnails and the
    Description, Specification and Reviews tabs on the left, and on the right the brand and
    product code list, the price with its "Ex Tax" line, the cohorts as a required select
    option and the cart button."""
    v, n, w, (money, dates, perks, foot) = _voice(k)
    option = 220 + p.seed % 50
    choices = "".join(f'<option value="{option * 10 + i}">{v.cohort_name(i, s)}</option>'
                      for i, s in enumerate(p.starts))  # fmt: skip
    spec = "".join(f"<tr><td>{t}</td><td>{x}</td></tr>" for t, x in (
        ("Duration", v.duration()), ("Language", n["tagline"]),
        *((f"Cohort {i + 1}", line) for i, line in enumerate(_starts(v)))))  # fmt: skip
    terms = "".join(f"<h3>{t}</h3><p>{x}</p>" for t, x in _terms(v, w))
    return ['<meta name="generator" content="OpenCart">'
            '<link href="catalog/view/theme/default/stylesheet/stylesheet.css" rel="stylesheet">'
            '<script src="catalog/view/javascript/common.js"></script>'], [
        '<div id="product-product" class="container"><ul class="breadcrumb"><li><a href="index.'
        'php?route=common/home"><i class="fa fa-home"></i></a></li><li><a href="index.php?route='
        f'product/category&amp;path=20">Courses</a></li><li><a href="index.php?route=product/'
        f'product&amp;product_id={50 + p.seed}">{p.name}</a></li></ul><div class="row"><div id="'
        'content" class="col-sm-12"><div class="row"><div class="col-sm-4 col-sm-push-8"><h1>'
        f'{p.name}</h1><ul class="list-unstyled"><li>Brand: <a href="#">{p.camp} Academy</a></li>'
        f'<li>Product Code: {p.camp[:2].upper()}-{p.seed:04d}</li><li>Availability: In Stock'
        f'</li></ul><ul class="list-unstyled"><li><h2>{v.money(p.upfront)}</h2></li><li>Ex Tax: '
        f'{v.money(p.upfront)}</li></ul><div id="product"><h3>Available Options</h3><div class="'
        f'form-group required"><label class="control-label" for="input-option{option}">Cohort'
        f'</label><select name="option[{option}]" id="input-option{option}" class="form-control">'
        f'<option value=""> --- Please Select --- </option>{choices}</select></div><div class="'
        'form-group"><label class="control-label" for="input-quantity">Qty</label><input type='
        '"text" name="quantity" value="1" size="2" id="input-quantity" class="form-control">'
        '<button type="button" id="button-cart" data-loading-text="Loading..." class="btn '
        f'btn-primary btn-lg btn-block">{n["button"]}</button></div></div><p>{v.hero()}</p>'
        "</div>",
        '<div class="col-sm-8 col-sm-pull-4"><ul class="thumbnails"><li><a class="thumbnail" '
        f'href="image/catalog/course-{p.seed}.jpg"><img src="image/cache/catalog/course-{p.seed}'
        f'-228x228.jpg" alt="{p.name}"></a></li></ul><ul class="nav nav-tabs"><li class="active">'
        '<a href="#tab-description" data-toggle="tab">Description</a></li><li><a href="#tab-'
        'specification" data-toggle="tab">Specification</a></li><li><a href="#tab-review" data-'
        'toggle="tab">Reviews (3)</a></li></ul><div class="tab-content"><div class="tab-pane '
        f'active" id="tab-description"><h2>{w["about"]}</h2>{_ps(perks)}<h2>{w["price"]}</h2>'
        f"<ul>{_lis(_fees(v))}</ul>{_ps(money)}"
        + (f"<h2>{w['promise']}</h2>{terms}" if p.guarantees else "")
        + f"<h2>{w['dates']}</h2>{_ps(dates)}</div>",
        f'<div class="tab-pane" id="tab-specification"><table class="table table-bordered"><thead>'
        f'<tr><td colspan="2"><strong>{w["sessions"]}</strong></td></tr></thead><tbody>{spec}'
        "</tbody></table></div>",
        f'<div class="tab-pane" id="tab-review"><div id="review"><table class="table table-'
        f'striped table-bordered"><tr><td style="width: 50%;"><strong>{foot[2]}</strong></td>'
        '<td class="text-right">5/5</td></tr></table></div></div></div></div></div></div></div>'
        "</div>",
        '<footer><div class="container"><div class="row"><div class="col-sm-3"><h5>Information'
        f'</h5><ul class="list-unstyled"><li>{foot[0]}</li><li>{foot[1]}</li></ul></div><div '
        f'class="col-sm-3"><h5>Customer Service</h5><ul class="list-unstyled"><li>{foot[3]}</li>'
        f"</ul></div></div><hr><p>Powered By <a href=\"https://www.opencart.com\">OpenCart</a>"
        f"<br>{foot[4]}</p></div></footer>",
    ]  # fmt: skip


def readymag(p: Program, k: Kit) -> Page:
    """A Readymag page: absolutely placed ``rmwidget`` widgets (text, shape, button) on one
    fixed-width page, in the DOM in the order they were made rather than the order read (each
    section's text before its title, the title placed above it), and the project's
    ``window.ServerData`` in the head."""
    v, n, w, (money, dates, perks, foot) = _voice(k)
    wid = iter(range(1, 90))
    tops = iter(range(120, 12_000, 640))

    def widget(kind: str, body: str, left: int, top: int, width: int, height: int) -> str:
        z = next(wid)
        return (f'<div class="rmwidget widget-{kind}" data-id="{p.seed:x}{z:03x}" style="left: '
                f'{left}px; top: {top}px; width: {width}px; height: {height}px; z-index: {z};">'
                f'<div class="{kind}-content">{body}</div></div>')  # fmt: skip

    def text(items: list[str], style: str = "paragraph-1") -> str:
        return "".join(f'<p class="typography-{style}">{x}</p>' for x in items)

    def section(title: str, items: list[str], extra: str = "") -> str:
        top = next(tops)
        height = 40 + 28 * len(items)
        return (widget("shape", "", 0, top - 40, 1280, height + 120)
                + widget("text", text(items), 160, top + 72, 960, height)
                + widget("text", text([title], "heading-2"), 160, top, 960, 56)
                + extra)  # fmt: skip

    terms = [x for t, s in _terms(v, w) for x in (f"<b>{t}</b>", s)]
    hero = next(tops)
    return ['<meta name="generator" content="Readymag">'
            f'<script>window.ServerData = {{"mag": {{"num_id": {3_000_000 + p.seed}, "title": '
            f'{json.dumps(p.name)}, "uri": "{p.camp.lower()}"}}, "isMobile": false}};</script>'], [
        '<div class="mag-pages-container"><div class="page" style="width: 1280px; height: 7200px;'
        '">'
        + widget("text", text([n["tagline"], v.hero()]), 160, hero + 120, 720, 96)
        + widget("button", f'<a class="rm-button" href="#apply">{n["button"]}</a>', 160,
                 hero + 240, 240, 56)
        + widget("text", f'<h1 class="typography-heading-1">{p.name}</h1>', 160, hero, 960, 96),
        section(w["about"], [v.duration(), *perks]),
        section(w["price"], [*_fees(v), *money]),
        section(w["sessions"], _starts(v)),
        section(w["promise"], terms) if p.guarantees else "",
        section(w["dates"], dates),
        widget("text", text(foot, "paragraph-2"), 160, 6_900, 960, 200) + "</div></div>",
    ]  # fmt: skip


def ucoz(p: Program, k: Kit) -> Page:
    """A uCoz site: a table layout (header row, a left column of ``boxTable`` side boxes, the
    content column), each section an ``eBlock`` entry of the articles catalogue with its
    ``eTitle``, its ``eMessage`` of ``<br />``-broken lines and its ``eDetails`` line (views
    that change on every fetch, the author, the added date), and the uCoz footer banner."""
    v, n, w, (money, dates, perks, foot) = _voice(k)
    added = v.numeric(v.p.starts[0] - timedelta(days=60))

    def entry(title: str, lines: list[str]) -> str:
        return (f'<table border="0" width="100%" cellspacing="1" cellpadding="2" class="eBlock">'
                f'<tr><td class="eTitle" style="text-align:left;">{title}</td></tr><tr><td class='
                f'"eMessage" style="text-align:left;clear:both;padding-top:2px;padding-bottom:'
                f'2px;">{"<br />".join(lines)}</td></tr><tr><td class="eDetails">Категория: <a '
                f'href="/publ/kursy/1">Курсы</a> | Просмотров: {k.noise.randint(120, 9_999)} | '
                f"Добавил: admin | Дата: {added}</td></tr></table>")  # fmt: skip

    box = (f'<div class="boxTable"><div class="boxTitle">Меню сайта</div><div class="boxContent">'
           f'<ul class="uz"><li><a href="/">Главная</a></li><li><a href="/publ/">Курсы</a></li>'
           f'<li><a href="/index/0-3">Контакты</a></li></ul></div></div><div class="boxTable">'
           f'<div class="boxTitle">{w["sessions"]}</div><div class="boxContent">'
           f'{"<br />".join(_starts(v))}</div></div>')  # fmt: skip
    terms = [x for t, s in _terms(v, w) for x in (f"<b>{t}</b>", s)]
    return ['<link type="text/css" rel="stylesheet" href="/_st/my.css">'
            '<script src="/.s/src/jquery-1.12.4.min.js"></script>'
            '<script src="/.s/src/uwnd.min.js"></script>'], [
        '<table border="0" cellpadding="0" cellspacing="0" width="100%" class="main-table"><tr>'
        f'<td colspan="2" class="header-cell"><h1 id="site-logo">{p.name}</h1><div class="'
        f'slogan">{n["tagline"]}</div></td></tr><tr><td valign="top" width="220" class="left-'
        f'col">{box}</td><td valign="top" class="content-col">'
        + entry(p.name, [v.hero(), f'<a class="apply-btn" href="/index/0-5">{n["button"]}</a>']),
        entry(w["about"], [v.duration(), *perks]),
        entry(w["price"], [*_fees(v), *money]),
        entry(w["promise"], terms) if p.guarantees else "",
        entry(w["dates"], dates) + "</td></tr></table>",
        f'<div id="footer"><div class="copy">{"<br />".join(foot)}</div><div class="powered"><!-- '
        '"\' --><span class="pbRyQJqz"><a href="https://www.ucoz.ru/">Создать бесплатный сайт с '
        "uCoz</a></span></div></div>",
    ]  # fmt: skip


SEVENTEENTH = {f.__name__: f for f in (bitrix, getcourse, vk, taplink, opencart, readymag,
                                       ucoz)}  # fmt: skip
