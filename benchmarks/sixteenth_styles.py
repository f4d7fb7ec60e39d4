"""The sixteenth set: seven styles in new markup and words (:class:`SixteenthVoice`), now for dev.

Written while the rules were being tuned on the fifteenth set
(:mod:`benchmarks.fifteenth_styles`), from how Arab-world course pages look and without reading
bootwatch's extraction rules, and held out for its first look; rules are tuned on it since, so
it scores in the dev group (its programs still drawn by
:func:`sixteenth_voice.sixteenth_program`, and a development program redesigned into it keeps
its own currency) and :mod:`benchmarks.twentyfirst_styles` is the held-out set. A Salla store
product page (an Arabic storefront in ``dir="rtl"`` with English blocks ``dir="ltr"`` inside,
Twilight web components such as ``salla-product-options`` and ``salla-installment``, the price
in Arabic form and the product in a JSON object), a LearnWorlds course landing page
(``learnworlds-section`` blocks of ``lw-cols`` columns, a course card with its price, the
school's ``window.LW`` settings with the course's price as a string), an Open edX course about
page (the ``course-info`` header, the sidebar's ``important-dates`` list naming only the first
cohort's start and end, the effort and the price, the about, cohorts and FAQ sections), a
Telegram channel's web preview (``t.me/s/``: every section a ``tgme_widget_message`` bubble of
``<br/>``-broken lines and emoji, dated by its post's ``<time datetime>``), a WordPress page
built with WPBakery (``vc_row``/``wpb_column``/``wpb_text_column`` soup, a ``vc_tta``
accordion, a WPML language switcher, and one row whose shortcodes were left unrendered as
``[vc_column_text]`` text), a Hostinger Website Builder page (``block-layout`` grids of
``layout-element`` components placed by CSS variables, so the DOM order is not the order shown,
and an e-commerce product block) and a SharePoint Online modern page
(``CanvasZone``/``CanvasSection``/``ControlZone`` web parts, the rich text editor's
``cke_editable`` box, the cohorts as a list web part's ``ms-DetailsList`` rows and the
``_spPageContextInfo`` object). Fees in Jordanian, Kuwaiti, Bahraini, Tunisian and Algerian
dinars, Omani and Qatari rials, Iraqi dinars and Lebanese fresh dollars or pounds
(:func:`sixteenth_voice.sixteenth_program`). Same contract as :mod:`benchmarks.page_styles`:
``(head, sections)`` stating every fact and every negative. One module because the seven share
the voice and a few helpers, and are read together as one set (about 460 lines).
"""

from __future__ import annotations

import json
from datetime import date, timedelta

from page_styles import Page
from pagegen import TODAY, Kit, Program
from sixteenth_voice import SixteenthVoice

#: The negatives by where pages put them: (money talk, dates, outcomes, footer).
GROUPS = (
    ("salary", "junior", "funding", "fee", "exam", "pay", "tax", "reference", "deposit",
     "scholarship", "early"),
    ("deadline", "info", "open_house", "prep", "welcome", "holiday", "ramadan", "schedule",
     "ends", "graduation"),
    ("outcome", "support", "credential"),
    ("post", "updated", "testimonial", "phone", "copyright"),
)  # fmt: skip
WORDS = {"price": "Fees & payment", "sessions": "Upcoming cohorts", "promise": "Our guarantees",
         "dates": "Important dates", "outcomes": "Outcomes", "about": "About the programme",
         "job_guarantee": "Job guarantee", "money_back": "Money-back guarantee",
         "tuition_refund": "Withdrawal and refunds"}  # fmt: skip
#: Section titles that Arab pages keep beside the English ones, and Maghreb pages in French.
ARABIC = {"price": "الرسوم", "sessions": "الدفعات القادمة", "promise": "الضمانات",
          "dates": "مواعيد مهمة", "about": "عن البرنامج"}  # fmt: skip
FRENCH = {"price": "Frais", "sessions": "Prochaines promotions", "promise": "Garanties",
          "dates": "Dates importantes", "about": "Le programme"}  # fmt: skip


def _voice(k: Kit) -> tuple[SixteenthVoice, dict[str, str], dict[str, str], list[list[str]]]:
    """The voice, its negatives, its section titles and its negatives grouped."""
    v = SixteenthVoice(k)
    n = v.negatives()
    local = FRENCH if v.french else ARABIC
    w = {key: f"{local[key]} · {t}" if key in local else t for key, t in WORDS.items()}
    return v, n, w, [[n[x] for x in g] for g in GROUPS]


def _fees(v: SixteenthVoice) -> list[str]:
    """The fee, the plan and the income share, the lines every style states."""
    return [x for x in (v.fee_line(), v.plan(), v.isa()) if x]


def _starts(v: SixteenthVoice) -> list[str]:
    return [v.starts_line(i, s) for i, s in enumerate(v.p.starts)]


def _ps(items: list[str], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "".join(f"<p{attr}>{x}</p>" for x in items)


def _lis(items: list[str]) -> str:
    return "".join(f"<li>{x}</li>" for x in items)


def _guid(seed: int, i: int) -> str:
    h = f"{(seed * 0x9E3779B97F4A7C15 + i * 0xBF58476D1CE4E5B9) % 16**32:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def salla(p: Program, k: Kit) -> Page:
    """A Salla store's product page: the Arabic storefront in ``dir="rtl"`` with the English
    description blocks ``dir="ltr"`` inside, Twilight web components (``salla-product-options``
    of cohorts, ``salla-installment``, ``salla-add-product-button``), the price as the store
    prints it, and the product in a JSON object for the theme's scripts."""
    v, n, w, (money, dates, perks, foot) = _voice(k)
    options = [{"id": 90_000 + p.seed * 10 + i, "name": v.cohort_name(i, s)}
               for i, s in enumerate(p.starts)]  # fmt: skip
    product = {"id": 1_400_000_000 + p.seed, "type": "service", "name": p.name,
               "url": f"https://{p.camp.lower()}.academy/ar/p{p.seed}", "price": p.upfront,
               "regular_price": p.upfront, "is_on_sale": False, "currency": p.currency,
               "options": [{"name": "الدفعة / Cohort", "type": "radio",
                            "values": options}]}  # fmt: skip
    radios = "".join(f'<label class="s-product-options-radio"><input type="radio" name="options'
                     f'[{p.seed}]" value="{o["id"]}"><span>{o["name"]}</span></label>'
                     for o in options)  # fmt: skip

    def block(title: str, body: str) -> str:
        return (f'<div class="s-block s-block--product-description"><h2 class="s-block__title">'
                f'{title}</h2><div class="article article--main" dir="ltr">{body}</div>'
                "</div>")  # fmt: skip

    return ['<link rel="stylesheet" href="https://cdn.salla.network/themes/raed/app.css">'
            '<script src="https://cdn.salla.network/js/twilight/latest/twilight.js"></script>'
            f"<script>window.productDetails = {json.dumps(product, ensure_ascii=False)};"
            "</script>"], [
        f'<div class="app-inner" dir="rtl"><header class="store-header"><a class="navbar-brand">'
        f'{p.camp} Academy</a><salla-search></salla-search></header><nav class="breadcrumbs">'
        f'<a href="/ar">الرئيسية</a> / <span>{p.track}</span></nav><section class="product-'
        f'single"><div class="product-single__details"><h1 class="product-title">{p.name}</h1>'
        f'<p class="product-subtitle" dir="ltr">{n["tagline"]}</p><div class="price-wrapper">'
        f'<h2 class="total-price text-primary">{v.money(p.upfront, 3)}</h2></div><salla-'
        f'installment price="{p.upfront}" language="ar" currency="{p.currency}"></salla-'
        'installment><salla-product-options><div class="s-product-options-wrapper"><label '
        f'class="s-product-options-label">الدفعة / Cohort</label>{radios}</div></salla-product-'
        f'options><salla-add-product-button product-id="{product["id"]}">{n["button"]}</salla-'
        "add-product-button></div></section></div>",
        block(w["about"], _ps([v.hero(), v.duration(), *perks])),
        block(w["price"], f"<ul>{_lis(_fees(v))}</ul>{_ps(money)}"),
        block(w["sessions"], f"<ul>{_lis(_starts(v))}</ul>"),
        (block(w["promise"], "".join(f"<h3>{w[g.kind]}</h3><p>{v.terms(g)}</p>"
                                     for g in p.guarantees))
         if p.guarantees else ""),  # fmt: skip
        block(w["dates"], f"<ul>{_lis(dates)}</ul>"),
        f'<footer class="store-footer" dir="ltr">{_ps(foot)}<p>متجر على منصة سلة · Powered by '
        "Salla</p></footer>",
    ]  # fmt: skip


def learnworlds(p: Program, k: Kit) -> Page:
    """A LearnWorlds course landing page: ``learnworlds-section`` blocks of ``lw-cols``
    columns with ``learnworlds-heading``/``learnworlds-main-text`` elements, a course card
    with its price and enrol button, and the school's ``window.LW`` settings holding the
    course with its price as a string."""
    v, n, w, (money, dates, perks, foot) = _voice(k)
    ids = iter(range(1, 60))

    def text(items: list[str]) -> str:
        return (f'<div class="learnworlds-main-text learnworlds-main-text-normal learnworlds-'
                f'element lw-body-text">{_ps(items)}</div>')  # fmt: skip

    def heading(t: str, level: int = 2) -> str:
        return (f'<h{level} class="learnworlds-heading{level} learnworlds-element lw-brand-text">'
                f"{t}</h{level}>")  # fmt: skip

    def section(kind: str, *cols: str) -> str:
        sid = f"{(p.seed * 2_246_822_519 + next(ids) * 3_266_489_917) % 16**12:012x}"
        span = 12 // len(cols)
        inner = "".join(f'<div class="col span_{span}_of_12"><div class="lw-col-content">{c}'
                        "</div></div>" for c in cols)  # fmt: skip
        return (f'<div class="learnworlds-section lw-section" id="section-{sid}" data-section-id='
                f'"{sid}" data-section-type="{kind}"><div class="learnworlds-section-content">'
                f'<div class="lw-cols {"multiple" if len(cols) > 1 else "single"}-cols">{inner}'
                "</div></div></div>")  # fmt: skip

    slug = p.track.lower().replace("/", "-").replace(" ", "-")
    course = {"id": slug, "title": p.name, "access": "paid", "price": f"{p.upfront}.00",
              "currency": p.currency, "afterPurchase": {"type": "course"}}  # fmt: skip
    card = (f'<div class="learnworlds-course-card lw-course-card" data-course-id="{slug}"><div '
            f'class="lw-course-card-title learnworlds-heading4">{p.name}</div><div class="lw-'
            f'course-card-price learnworlds-heading3">{v.money(p.upfront, 2)}</div><a class="'
            f'learnworlds-button learnworlds-button-solid-brand js-learnworlds-button" href="/'
            f'payment?product_id={slug}">{n["button"]}</a></div>')  # fmt: skip
    settings = {"school": {"name": f"{p.camp} Academy", "locale": v.lang}, "course": course}
    return ['<meta name="generator" content="LearnWorlds">'
            f"<script>window.LW = {json.dumps(settings)};</script>"], [
        section("hero", heading(p.name, 1) + text([n["tagline"], v.hero()]), card),
        section("text", heading(w["about"]) + text([v.duration()]), text(perks)),
        section("pricing", heading(w["price"]) + text(_fees(v)), text(money)),
        section("list", heading(w["sessions"]) + text(_starts(v))),
        (section("faq", heading(w["promise"]) + "".join(
            heading(w[g.kind], 3) + text([v.terms(g)]) for g in p.guarantees))
         if p.guarantees else ""),  # fmt: skip
        section("text", heading(w["dates"]) + text(dates)),
        f'<footer class="learnworlds-footer">{section("footer", text(foot[:3]), text(foot[3:]))}'
        "</footer>",
    ]  # fmt: skip


def openedx(p: Program, k: Kit) -> Page:
    """An Open edX course about page: the ``course-info`` header with the enrol button, the
    sidebar's ``important-dates`` list (course number, the first cohort's start and end only,
    the effort and the price), and the about, fees, cohorts, FAQ and dates sections."""
    v, n, w, (money, dates, perks, foot) = _voice(k)
    first, end = p.starts[0], p.ends()[0]

    def item(title: str, value: str, cls: str) -> str:
        return (f'<li class="important-dates-item"><span class="icon fa fa-info-circle" aria-'
                f'hidden="true"></span><p class="important-dates-item-title">{title}</p><span '
                f'class="important-dates-item-text {cls}">{value}</span></li>')  # fmt: skip

    def part(cls: str, title: str, body: str) -> str:
        return f'<section class="{cls}"><h2>{title}</h2>{body}</section>'

    number = f"{p.camp[:3].upper()}{100 + p.seed % 900}"
    sidebar = (item("Course Number", number, "course-number")
               + item("Classes Start", f"{first:%b %d, %Y}", "start-date")
               + item("Classes End", f"{end:%b %d, %Y}", "final-date")
               + item("Estimated Effort", f"{v.per_week()} hours/week", "effort")
               + item("Price", v.money(p.upfront, 2), "course-price"))  # fmt: skip
    faq = "".join(f'<article class="response"><h3>{w[g.kind]}</h3><p>{v.terms(g)}</p></article>'
                  for g in p.guarantees)  # fmt: skip
    return ['<link rel="stylesheet" href="/static/css/lms-main-v1.css">'
            f'<meta property="og:title" content="{p.name}">'
            f'<script>var edx = edx || {{}}; edx.courseId = "course-v1:{p.camp}+{number}+2025";'
            "</script>"], [
        f'<section class="course-info"><header class="course-profile"><div class="intro-inner-'
        f'wrapper"><section class="intro"><div class="heading-group"><h1>{p.name}<a href="/'
        f'dashboard">{p.camp} Academy</a></h1><br><span>{n["tagline"]}</span></div><p class="'
        f'course-short-description">{v.hero()}</p><div class="main-cta"><a href="/register?'
        f'course_id={number}" class="register">{n["button"]}</a></div></section></div></header>'
        "</section>",
        f'<div class="course-sidebar"><div class="course-summary"><ol class="important-dates">'
        f"{sidebar}</ol></div></div>",
        part("about", w["about"], _ps([v.duration(), *perks])),
        part("fees", w["price"], f"<ul>{_lis(_fees(v))}</ul>{_ps(money)}"),
        part("cohorts", w["sessions"], f"<ul>{_lis(_starts(v))}</ul>"),
        part("faq", w["promise"], faq) if p.guarantees else "",
        part("dates", w["dates"], _ps(dates)),
        f'<footer class="wrapper-footer edx-footer">{_ps(foot)}<a href="https://openedx.org">'
        "Powered by Open edX</a></footer>",
    ]  # fmt: skip


def telegram(p: Program, k: Kit) -> Page:
    """A Telegram channel's web preview (``t.me/s/``): the channel's header, then each section
    a ``tgme_widget_message`` bubble whose text is ``<br/>``-broken lines with emoji and bold,
    dated by its post's ``<time datetime>`` and counted in views that change on every fetch."""
    v, n, w, (money, dates, perks, foot) = _voice(k)
    channel = f"{p.camp.lower()}academy"
    number = iter(range(400 + p.seed % 300, 1_000))

    def views() -> str:
        return f"{k.noise.randint(10, 99) / 10:.1f}K"

    def message(day: date, lines: list[str]) -> str:
        post = next(number)
        text = "<br/>".join(lines)
        return (f'<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_'
                f'widget_message text_not_supported_wrap js-widget_message" data-post="{channel}/'
                f'{post}"><div class="tgme_widget_message_bubble"><div class="tgme_widget_message'
                f'_author accent_color"><a class="tgme_widget_message_owner_name" href="https://'
                f't.me/{channel}"><span dir="auto">{p.camp} Academy</span></a></div><div class='
                f'"tgme_widget_message_text js-message_text" dir="auto">{text}</div><div class="'
                f'tgme_widget_message_footer compact js-message_footer"><div class="tgme_widget_'
                f'message_info short js-message_info"><span class="tgme_widget_message_views">'
                f'{views()}</span><span class="tgme_widget_message_meta"><a class="tgme_widget_'
                f'message_date" href="https://t.me/{channel}/{post}"><time datetime="'
                f'{day.isoformat()}T09:{post % 60:02d}:00+00:00" class="time">09:{post % 60:02d}'
                "</time></a></span></div></div></div></div></div>")  # fmt: skip

    def posted(i: int) -> date:
        return TODAY - timedelta(days=3 * (7 - i) + p.seed % 3)

    terms = [x for g in p.guarantees for x in (f"✅ <b>{w[g.kind]}</b>", v.terms(g))]
    return [f'<meta property="og:title" content="{p.camp} Academy">'
            '<meta property="og:site_name" content="Telegram">'
            f'<link rel="canonical" href="https://t.me/s/{channel}">'], [
        f'<div class="tgme_channel_info"><div class="tgme_channel_info_header"><div class="tgme_'
        f'channel_info_header_title"><span dir="auto">{p.camp} Academy | أكاديمية</span></div>'
        f'<div class="tgme_channel_info_header_username"><a href="https://t.me/{channel}">@'
        f'{channel}</a></div></div><div class="tgme_channel_info_counters"><div class="tgme_'
        f'channel_info_counter"><span class="counter_value">{views()}</span> <span class="'
        'counter_type">subscribers</span></div></div></div><section class="tgme_channel_history'
        ' js-message_history">'
        + message(posted(0), [f"🚀 <b>{p.name}</b>", n["tagline"], "", f"💳 {v.hero()}",
                              f'<a href="https://forms.gle/{channel}">{n["button"]}</a>']),
        message(posted(1), [f"📘 <b>{w['about']}</b>", v.duration(), *perks]),
        message(posted(2), [f"💰 <b>{w['price']}</b>", *_fees(v), "", *money]),
        message(posted(3), [f"📅 <b>{w['sessions']}</b>", *(f"▫️ {x}" for x in _starts(v))]),
        message(posted(4), [f"🛡 <b>{w['promise']}</b>", *terms]) if p.guarantees else "",
        message(posted(5), [f"🗓 <b>{w['dates']}</b>", *dates]),
        message(posted(6), [f"📞 {foot[3]}", foot[2], "", foot[0], foot[1], foot[4]])
        + "</section>",
    ]  # fmt: skip


def wpbakery(p: Program, k: Kit) -> Page:
    """A WordPress page built with WPBakery: ``vc_row``/``wpb_column``/``wpb_text_column``
    soup with ``vc_custom_`` classes, a ``vc_tta`` accordion of guarantees, a WPML language
    switcher, and one row whose shortcodes a theme change left unrendered, shown as
    ``[vc_column_text]`` text around its paragraphs."""
    v, n, w, (money, dates, perks, foot) = _voice(k)
    custom = iter(1_612_345_678_901 + p.seed * 97 + i * 13 for i in range(40))

    def text(items: list[str]) -> str:
        return (f'<div class="wpb_text_column wpb_content_element"><div class="wpb_wrapper">'
                f"{_ps(items)}</div></div>")  # fmt: skip

    def heading(t: str, tag: str = "h2") -> str:
        return f'<{tag} style="text-align: left" class="vc_custom_heading">{t}</{tag}>'

    def row(*cols: str) -> str:
        span = 12 // len(cols)
        inner = "".join(f'<div class="wpb_column vc_column_container vc_col-sm-{span}"><div '
                        f'class="vc_column-inner"><div class="wpb_wrapper">{c}</div></div></div>'
                        for c in cols)  # fmt: skip
        return (f'<div class="vc_row wpb_row vc_row-fluid vc_custom_{next(custom)}">{inner}'
                "</div>")  # fmt: skip

    panels = "".join(
        f'<div class="vc_tta-panel" id="{g.kind}-{p.seed}" data-vc-content=".vc_tta-panel-body">'
        f'<div class="vc_tta-panel-heading"><h4 class="vc_tta-panel-title"><a href="#{g.kind}-'
        f'{p.seed}" data-vc-accordion><span class="vc_tta-title-text">{w[g.kind]}</span></a>'
        f'</h4></div><div class="vc_tta-panel-body">{text([v.terms(g)])}</div></div>'
        for g in p.guarantees)  # fmt: skip
    accordion = (f'<div class="vc_tta-container" data-vc-action="collapse"><div class="vc_general'
                 f' vc_tta vc_tta-accordion vc_tta-color-grey vc_tta-style-classic"><div class="'
                 f'vc_tta-panels-container"><div class="vc_tta-panels">{panels}</div></div></div>'
                 "</div>")  # fmt: skip
    raw = (f'<p>[vc_row][vc_column][vc_column_text css=".vc_custom_{next(custom)}{{margin-bottom:'
           f' 0px !important;}}"]</p>{heading(w["dates"], "h3")}{_ps(dates)}<p>[/vc_column_text]'
           "[/vc_column][/vc_row]</p>")  # fmt: skip
    cta = (f'<section class="vc_cta3-container"><div class="vc_general vc_cta3 vc_cta3-style-'
           f'classic vc_cta3-shape-rounded vc_cta3-align-left"><div class="vc_cta3_content-'
           f'container"><div class="vc_cta3-content"><header class="vc_cta3-content-header"><h2>'
           f'{v.hero()}</h2></header><p>{n["tagline"]}</p></div><div class="vc_cta3-actions"><div'
           f' class="vc_btn3-container vc_btn3-inline"><a class="vc_general vc_btn3 vc_btn3-size-'
           f'md vc_btn3-shape-rounded vc_btn3-color-primary" href="/apply/">{n["button"]}</a>'
           "</div></div></div></div></section>")  # fmt: skip
    return ['<meta name="generator" content="Powered by WPBakery Page Builder - drag and drop '
            'page builder for WordPress.">'
            f'<link rel="alternate" hreflang="ar" href="https://{p.camp.lower()}.academy/ar/">'
            '<style data-type="vc_shortcodes-custom-css">.vc_custom_1612345678901{padding-top: '
            "40px !important;}</style>"], [
        '<div class="wpml-ls-statics-shortcode_actions wpml-ls wpml-ls-legacy-list-horizontal">'
        '<ul><li class="wpml-ls-item wpml-ls-item-ar"><a href="/ar/" class="wpml-ls-link"><span '
        'class="wpml-ls-native" lang="ar">العربية</span></a></li><li class="wpml-ls-item wpml-'
        'ls-current-language wpml-ls-item-en"><span class="wpml-ls-native">English</span></li>'
        f'</ul></div><div class="entry-content">{row(heading(p.name, "h1") + cta)}',
        row(heading(w["about"]) + text([v.duration()]), text(perks)),
        row(heading(w["price"]) + text(_fees(v)), text(money)),
        row(heading(w["sessions"]) + text(_starts(v))),
        row(heading(w["promise"]) + accordion) if p.guarantees else "",
        f'<div class="wpb_text_column wpb_content_element">{raw}</div></div>',
        f'<footer id="colophon" class="site-footer">{row(text(foot[:3]), text(foot[3:]))}'
        "</footer>",
    ]  # fmt: skip


def hostinger(p: Program, k: Kit) -> Page:
    """A Hostinger Website Builder page: ``block`` sections of ``block-layout`` grids whose
    ``layout-element`` components (``GridTextBox``, ``GridButton``) are placed by CSS
    variables, so the DOM order is not the order shown (the fine print comes first, placed
    below), an e-commerce ``block-product`` with its price and cohort variants, and a
    language switcher."""
    v, n, w, (money, dates, perks, foot) = _voice(k)
    ids = iter(f"z{(p.seed * 40_503 + i * 7_919) % 36**5:x}" for i in range(80))

    def box(items: list[str], row: int, col: str = "2/12", title: str = "") -> str:
        head = f'<h2 class="font-primary">{title}</h2>' if title else ""
        return (f'<div id="{next(ids)}" class="layout-element layout-element--layout" style="'
                f'--grid-row: {row}/{row + 1}; --grid-column: {col}; --m-grid-row: {row}/'
                f'{row + 1}; --m-grid-column: 1/2;"><div class="text-box layout-element__'
                f'component layout-element__component--GridTextBox">{head}{_ps(items, "body")}'
                "</div></div>")  # fmt: skip

    def block(*elements: str) -> str:
        rows = " ".join("minmax(48px, auto)" for _ in elements)
        return (f'<section id="zyro-block-{next(ids)}" class="block" style="--block-padding: '
                f'56px 0 56px 0; --m-block-padding: 24px 16px;"><div class="block-background">'
                f'</div><div class="block-layout block-layout--layout" style="--grid-template-'
                f'rows: {rows}; --grid-template-columns: repeat(12, 1fr);">{"".join(elements)}'
                "</div></section>")  # fmt: skip

    variants = "".join(f"<option>{v.cohort_name(i, s)}</option>" for i, s in enumerate(p.starts))
    product = (f'<div id="{next(ids)}" class="layout-element" style="--grid-row: 2/3; --grid-'
               f'column: 8/12;"><div class="block-product"><h3 class="block-product__title font-'
               f'primary">{p.name}</h3><p class="block-product__price body-large">'
               f'{v.money(p.upfront, 2)}</p><select class="block-product__variants">{variants}'
               f'</select><button class="block-product__button grid-button">{n["button"]}'
               "</button></div></div>")  # fmt: skip
    button = (f'<div id="{next(ids)}" class="layout-element" style="--grid-row: 3/4; --grid-'
              f'column: 2/6;"><a class="grid-button layout-element__component layout-element__'
              f'component--GridButton" href="#contact">{n["button"]}</a></div>')  # fmt: skip
    terms = [x for g in p.guarantees for x in (f"<strong>{w[g.kind]}</strong>", v.terms(g))]
    return ['<meta name="generator" content="Hostinger Website Builder">'
            f'<link rel="alternate" hreflang="ar" href="https://{p.camp.lower()}.academy/ar">'], [
        '<header class="block-header"><div class="language-switcher"><a href="/ar" hreflang="ar">'
        'العربية</a> <a href="/fr" hreflang="fr">Français</a> <span>English</span></div>'
        '</header><main class="page">'
        + block(box([n["tagline"], v.hero()], 2, "2/7", p.name).replace("<h2", "<h1", 1)
                .replace("</h2>", "</h1>", 1), product, button),
        block(box(perks, 3), box([v.duration()], 2, title=w["about"])),
        block(box(money, 3), box(_fees(v), 2, title=w["price"])),
        block(box(_starts(v), 2, title=w["sessions"])),
        block(box(terms, 2, title=w["promise"])) if p.guarantees else "",
        block(box(dates, 2, title=w["dates"])) + "</main>",
        f'<footer class="block-footer">{block(box(foot[:3], 2, "2/7"), box(foot[3:], 2, "7/12"))}'
        "</footer>",
    ]  # fmt: skip


def sharepoint(p: Program, k: Kit) -> Page:
    """A SharePoint Online modern page: the page header (title, author and published line),
    ``CanvasZone`` > ``CanvasSection`` > ``ControlZone`` web parts, the rich text editor's
    ``cke_editable`` box, the cohorts as a list web part's ``ms-DetailsList`` rows, a quick
    links web part for the button, and ``_spPageContextInfo`` in the head."""
    v, n, w, (money, dates, perks, foot) = _voice(k)
    ids = iter(range(1, 60))

    def rte(title: str, items: list[str]) -> str:
        head = f"<h2>{title}</h2>" if title else ""
        return (f'<div class="ControlZone" data-automation-id="CanvasControl" id="'
                f'{_guid(p.seed, next(ids))}"><div data-sp-feature-tag="Rich Text Editor" class='
                f'"rte-webpart"><div data-automation-id="textBox" class="cke_editable '
                f'rteEmphasis">{head}{_ps(items)}</div></div></div>')  # fmt: skip

    def zone(*controls: str) -> str:
        span = 12 // len(controls)
        inner = "".join(f'<div class="CanvasSection CanvasSection-col-lg-{span}" data-automation-'
                        f'id="CanvasSection">{c}</div>' for c in controls)  # fmt: skip
        return (f'<div class="CanvasZone" data-automation-id="CanvasZone"><div class="Canvas'
                f'ZoneContainer">{inner}</div></div>')  # fmt: skip

    rows = "".join(f'<div role="row" class="ms-List-cell"><div class="ms-DetailsRow" data-item-'
                   f'index="{i}"><div role="gridcell" class="ms-DetailsRow-cell" data-automation-'
                   f'key="Title">{line}</div></div></div>'
                   for i, line in enumerate(_starts(v)))  # fmt: skip
    listpart = (f'<div class="ControlZone" data-automation-id="CanvasControl"><div data-sp-feature'
                f'-tag="List" class="listWebPart"><h2 role="heading">{w["sessions"]}</h2><div '
                f'role="grid" class="ms-DetailsList"><div role="row" class="ms-DetailsHeader">'
                '<span class="ms-DetailsHeader-cellName">Title</span></div><div class="ms-'
                f'List-page">{rows}</div></div></div></div>')  # fmt: skip
    links = (f'<div class="ControlZone" data-automation-id="CanvasControl"><div data-sp-feature-'
             f'tag="QuickLinksWebPart"><a data-automation-id="quick-links-item-title" href="/'
             f'sites/admissions/SitePages/Apply.aspx">{n["button"]}</a></div></div>')  # fmt: skip
    terms = [x for g in p.guarantees for x in (f"<strong>{w[g.kind]}</strong>", v.terms(g))]
    context = {"webAbsoluteUrl": f"https://{p.camp.lower()}academy.sharepoint.com/sites/"
               "admissions", "webTitle": f"{p.camp} Academy Admissions", "isSPO": True,
               "currentUICultureName": "en-US", "pageItemId": p.seed}  # fmt: skip
    return [f"<script>var _spPageContextInfo = {json.dumps(context)};</script>"
            '<meta name="generator" content="Microsoft SharePoint">'], [
        f'<div data-automation-id="pageHeader" class="pageHeader"><h1 data-automation-id="page'
        f'Title" role="heading" class="pageTitle">{p.name}</h1><div class="authorByline"><span>'
        f'Admissions team</span> · <span>{foot[0]}</span></div></div>',
        zone(rte("", [n["tagline"], v.hero()]), links),
        zone(rte(w["about"], [v.duration()]), rte("", perks)),
        zone(rte(w["price"], _fees(v)), rte("", money)),
        zone(listpart),
        zone(rte(w["promise"], terms)) if p.guarantees else "",
        zone(rte(w["dates"], dates)),
        zone(rte("", foot[1:])),
    ]  # fmt: skip


SIXTEENTH = {f.__name__: f for f in (salla, learnworlds, openedx, telegram, wpbakery, hostinger,
                                     sharepoint)}  # fmt: skip
