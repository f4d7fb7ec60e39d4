"""The thirteenth set: seven styles in new markup and words (:class:`ThirteenthVoice`), now for dev.

Written while the rules were being tuned on the twelfth set (:mod:`benchmarks.twelfth_styles`),
from how Latin American, South Asian and Egyptian course pages look and without reading bootwatch's
extraction rules, and held out for its first look; rules are tuned on it since, so it scores in the
dev group (its programs still drawn by :func:`thirteenth_voice.thirteenth_program`, and a
development program redesigned into it keeps its own currency) and
:mod:`benchmarks.twentyfirst_styles` is the held-out set. A Storyblok story rendered by Next.js
(blocks marked by ``<!--#storyblok#...-->`` editable comments, the story in ``__NEXT_DATA__`` with
its rich-text field as a ProseMirror-like JSON document whose labels are bold marks, cohort dates
as ``YYYY-MM-DD HH:mm``, ``first_published_at``), a Wagtail StreamField page (``block-*`` wrappers,
rich text whose paragraphs carry ``data-block-key``, a StructBlock per cohort, a TableBlock of
costs, the userbar), a Builder.io page (``builder-block`` divs with generated classes and a
``builder-styles`` sheet, the content JSON in ``__NEXT_DATA__``, a custom cohort picker whose dates
a browser stored in UTC, a footer symbol), a Strapi REST response shown raw
(``/api/courses?populate=*``: ``data``/``attributes``, a blocks rich-text field, the price as a
bare number, a repeatable instalments component, ``createdAt``/``publishedAt`` stamps), an HTMX
page (lazy ``hx-get`` placeholders, the fee and the cohorts in ``hx-swap-oob`` fragments at the end
of the response, ``hx-vals`` JSON naming cohort dates, ``hx-confirm`` text), a Hugo site (front
matter as ``article:*`` meta tags and a post-meta line, rendered ``notice`` and ``tabs``
shortcodes, a related-posts list with their dates) and a Sphinx course handbook (sections with
header links, a toctree, field lists, admonitions, a ``versionchanged`` note,
``DOCUMENTATION_OPTIONS``). Fees in Argentine, Colombian, Chilean and Uruguayan pesos, soles,
Pakistani rupees, taka and Egyptian pounds (:func:`thirteenth_voice.thirteenth_program`). Same
contract as :mod:`benchmarks.page_styles`: ``(head, sections)`` stating every fact and every
negative. One module because the seven share the voice and a few helpers, and are read together as
one set (about 480 lines).
"""

from __future__ import annotations

import html
import json
from datetime import date, datetime, time, timezone
from zoneinfo import ZoneInfo

from page_styles import Page
from pagegen import Kit, Program
from thirteenth_voice import ThirteenthVoice

#: The negatives by where pages put them: (money talk, dates, outcomes, footer).
GROUPS = (
    ("salary", "junior", "funding", "fee", "pay", "tax", "deposit", "scholarship", "early"),
    ("deadline", "info", "open_house", "prep", "welcome", "holiday", "ends", "graduation"),
    ("outcome", "support", "credential"),
    ("post", "updated", "testimonial", "phone", "copyright"),
)
#: Section titles; Spanish-speaking pages keep the local word beside the English one.
WORDS = {"price": "Tuition & payment", "sessions": "Upcoming cohorts", "program": "Programme",
         "promise": "Our guarantees", "dates": "Key dates", "outcomes": "Outcomes",
         "about": "About the course", "job_guarantee": "Job guarantee",
         "money_back": "Satisfaction guarantee",
         "tuition_refund": "Withdrawal and refunds"}  # fmt: skip
SPANISH = {"price": "Inversión", "sessions": "Próximas cohortes", "promise": "Garantías",
           "dates": "Fechas clave"}  # fmt: skip
ZONES = {"ar": "America/Argentina/Buenos_Aires", "co": "America/Bogota",
         "cl": "America/Santiago", "pe": "America/Lima", "uy": "America/Montevideo",
         "pk": "Asia/Karachi", "bd": "Asia/Dhaka", "eg": "Africa/Cairo"}  # fmt: skip


def _groups(v: ThirteenthVoice) -> list[list[str]]:
    n = v.negatives()
    return [[n[x] for x in g] for g in GROUPS]


def _w(v: ThirteenthVoice) -> dict[str, str]:
    """Section titles: "Inversión · Tuition & payment" where the page keeps both."""
    local = SPANISH if v.latam else {}
    return {k: f"{local[k]} · {t}" if k in local else t for k, t in WORDS.items()}


def _fees(v: ThirteenthVoice) -> list[str]:
    """The fee, the plan and the income share, the lines every style states."""
    return [x for x in (v.fee_line(), v.plan(), v.isa()) if x]


def _starts(v: ThirteenthVoice) -> list[str]:
    return [v.starts_line(i, s) for i, s in enumerate(v.p.starts)]


def _terms(v: ThirteenthVoice) -> list[str]:
    return [v.terms(g) for g in v.p.guarantees]


def _ps(items: list[str]) -> str:
    return "".join(f"<p>{x}</p>" for x in items)


def _utc(v: ThirteenthVoice, d: date) -> str:
    """A day's local midnight in UTC, as a browser's date picker stores it."""
    local = datetime.combine(d, time(), ZoneInfo(ZONES[v.kind]))
    return local.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _script_json(data: object) -> str:
    """JSON as Next.js inlines it in a script: unescaped, with "</" broken so it cannot close
    the script."""
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")


def storyblok(p: Program, k: Kit) -> Page:
    """A Storyblok story rendered by Next.js: each block preceded by its ``#storyblok``
    editable comment and marked ``data-blok-c``/``data-blok-uid``, and the story in
    ``__NEXT_DATA__`` (``content.body`` of blocks, a rich-text field as a JSON document whose
    labels are bold marks, cohorts with ``start_date`` as ``YYYY-MM-DD HH:mm``)."""
    v = ThirteenthVoice(k)
    n, w = v.negatives(), _w(v)
    money, dates, perks, foot = _groups(v)
    uids = iter(f"{(p.seed * 40503 + i * 977) % 16**12:012x}" for i in range(60))

    def node(text: str) -> dict:
        head, sep, rest = text.partition(": ")
        if not sep or len(head) > 40:
            return {"type": "paragraph", "content": [{"type": "text", "text": text}]}
        return {"type": "paragraph", "content": [
            {"type": "text", "marks": [{"type": "bold"}], "text": head + ":"},
            {"type": "text", "text": " " + rest}]}  # fmt: skip

    def render(doc: dict) -> str:
        out = []
        for para in doc["content"]:
            out.append("<p>" + "".join(
                f"<b>{t['text']}</b>" if t.get("marks") else t["text"]
                for t in para["content"]) + "</p>")  # fmt: skip
        return "".join(out)

    def blok(component: str, fields: dict, body: str) -> tuple[dict, str]:
        uid = next(uids)
        edit = json.dumps({"name": component, "space": "287154", "uid": uid,
                           "id": str(60_000_000 + p.seed)})  # fmt: skip
        data = {"_uid": uid, "component": component, **fields,
                "_editable": f"<!--#storyblok#{edit}-->"}  # fmt: skip
        return data, (f"<!--#storyblok#{edit}--><div data-blok-c='{html.escape(edit)}' "
                      f'data-blok-uid="{60_000_000 + p.seed}-{uid}" class="blok blok-{component}"'
                      f">{body}</div>")  # fmt: skip

    def rich(component: str, title: str, items: list[str]) -> tuple[dict, str]:
        doc = {"type": "doc", "content": [node(x) for x in items]}
        heading = f"<h2>{title}</h2>" if title else ""
        return blok(component, {"title": title, "text": doc}, heading + render(doc))

    cohorts = [blok("cohort", {"name": v.cohort_name(i, s), "start_date": f"{s} 00:00",
                               "summary": line}, f"<li>{line}</li>")
               for i, (s, line) in enumerate(zip(p.starts, _starts(v), strict=True))]  # fmt: skip
    hero = blok("hero", {"headline": p.name, "subline": n["tagline"], "price_teaser": v.hero(),
                         "cta_label": n["button"]},
                f"<h1>{p.name}</h1><p>{n['tagline']}</p><p class='price-teaser'>{v.hero()}</p>"
                f"<a class='btn' href='/inscripcion'>{n['button']}</a>")  # fmt: skip
    blocks = [
        hero,
        rich("rich_text", w["about"], [v.duration(), *perks]),
        rich("pricing", w["price"], _fees(v) + money),
    ]
    sessions = blok(
        "cohort_list",
        {"title": w["sessions"], "cohorts": [c[0] for c in cohorts]},
        f"<h2>{w['sessions']}</h2><ul>{''.join(c[1] for c in cohorts)}</ul>",
    )
    blocks.append(sessions)
    if p.guarantees:
        blocks.append(rich("guarantees", w["promise"], _terms(v)))
    blocks += [rich("rich_text", w["dates"], dates), rich("footer", "", foot)]
    story = {"name": p.name, "created_at": "2024-11-12T09:14:08.512Z",
             "published_at": "2025-01-06T08:47:12.000Z",
             "first_published_at": "2024-11-12T12:00:31.000Z", "id": 60_000_000 + p.seed,
             "uuid": f"{next(uids)}-4f1c-9a2b-{next(uids)}", "full_slug": f"cursos/{p.seed}",
             "lang": "default", "content": {"_uid": next(uids), "component": "page",
                                            "body": [b[0] for b in blocks]}}  # fmt: skip
    data = {"props": {"pageProps": {"story": story, "key": f"cursos/{p.seed}"}},
            "page": "/[[...slug]]", "query": {"slug": ["cursos", str(p.seed)]},
            "buildId": "Xk2mY8pQ1vT0", "isFallback": False, "gsp": True}  # fmt: skip
    return ['<meta name="next-head-count" content="4"><link rel="preconnect" href="https://'
            'a.storyblok.com">'], [
        '<div id="__next"><main class="page">',
        *(b[1] for b in blocks[:-1]),
        f"</main><footer>{blocks[-1][1]}</footer></div>",
        '<script id="__NEXT_DATA__" type="application/json">'
        f"{_script_json(data)}</script>",
    ]  # fmt: skip


def wagtail(p: Program, k: Kit) -> Page:
    """A Wagtail page whose body is a StreamField: ``block-heading``, ``block-paragraph``
    rich text whose paragraphs carry ``data-block-key``, a ``block-cohort`` StructBlock per
    cohort with its DateBlock as a ``<time>``, a TableBlock of costs, a ``block-terms``
    list, and the Wagtail userbar's template."""
    v = ThirteenthVoice(k)
    n, w = v.negatives(), _w(v)
    money, dates, perks, foot = _groups(v)
    keys = iter(f"{(p.seed * 2654435761 + i * 97) % 36**5:05x}"[-5:] for i in range(80))

    def rich(items: list[str]) -> str:
        return "".join(f'<p data-block-key="{next(keys)}">{x}</p>' for x in items)

    def block(kind: str, body: str) -> str:
        return f'<div class="block-{kind}">{body}</div>'

    def heading(t: str) -> str:
        return block("heading", f"<h2>{t}</h2>")

    cohorts = "".join(
        block("cohort", f'<h3>{v.cohort_name(i, s)}</h3><time datetime="{s.isoformat()}">'
              f"{v.local(s)}</time>" + rich([line]))
        for i, (s, line) in enumerate(zip(p.starts, _starts(v), strict=True)))  # fmt: skip
    costs = "".join(f"<tr><td>{x}</td></tr>" for x in money[3:6])
    table = block("table", '<table><thead><tr><th scope="col">Other costs and taxes</th>'
                  f"</tr></thead><tbody>{costs}</tbody></table>")  # fmt: skip
    return ['<meta name="generator" content="Wagtail"><link rel="stylesheet" href="/static/'
            'css/site.4a1f.css">'], [
        f'<header class="site-header"><a href="/">{p.camp} Academy</a></header><main class='
        f'"course-page"><div class="hero"><h1>{p.name}</h1><p class="intro">{n["tagline"]}'
        f'</p><p class="lead">{v.hero()}</p><a class="button" href="/apply/">{n["button"]}'
        "</a></div><article>",
        heading(w["about"]) + block("paragraph", f'<div class="rich-text">'
                                     f"{rich([v.duration()])}</div>"),  # fmt: skip
        heading(w["price"]) + block("paragraph", f'<div class="rich-text">{rich(_fees(v))}'
                                     "</div>")  # fmt: skip
        + block("paragraph", f'<div class="rich-text">{rich(money[:3] + money[6:])}</div>')
        + table,
        heading(w["sessions"]) + cohorts,
        (heading(w["promise"]) + block("terms", "<ul>" + "".join(
            f"<li><strong>{w[g.kind]}</strong> {v.terms(g)}</li>" for g in p.guarantees)
            + "</ul>") if p.guarantees else ""),  # fmt: skip
        heading(w["dates"]) + block("paragraph", f'<div class="rich-text">{rich(dates)}</div>'),
        block("quote", f"<blockquote>{foot[2]}</blockquote>")
        + block("paragraph", f'<div class="rich-text">{rich(perks)}</div>') + "</article>",
        f'<footer class="site-footer">{_ps([foot[0], foot[1], foot[3], foot[4]])}</footer>'
        '</main><template id="wagtail-userbar-template"><aside><div class="w-userbar" data-'
        'wagtail-userbar part="userbar"><button aria-controls="wagtail-userbar-items">Go to '
        'Wagtail admin</button></div></aside></template>',
    ]  # fmt: skip


def builder_io(p: Program, k: Kit) -> Page:
    """A Builder.io page in Next.js: ``builder-content`` and ``builder-block`` divs with
    generated ``builder-<id>`` classes styled by a ``builder-styles`` sheet, Text blocks as
    HTML options, a custom ``CohortPicker`` whose dates a browser's picker stored in UTC, a
    footer symbol, and the content entry in ``__NEXT_DATA__``."""
    v = ThirteenthVoice(k)
    n, w = v.negatives(), _w(v)
    money, dates, perks, foot = _groups(v)
    ids = iter(f"{(p.seed * 69069 + i * 1013904223) % 16**12:012x}" for i in range(60))
    entries: list[dict] = []

    def text(items: list[str], tag: str = "p") -> str:
        bid = next(ids)
        body = "".join(f"<{tag}>{x}</{tag}>" for x in items)
        entries.append({"@type": "@builder.io/sdk:Element", "id": f"builder-{bid}",
                        "component": {"name": "Text", "options": {"text": body}},
                        "responsiveStyles": {"large": {"marginTop": "20px"}}})  # fmt: skip
        return (f'<div class="builder-block builder-{bid} builder-has-component" builder-id="'
                f'builder-{bid}"><div class="builder-text">{body}</div></div>')  # fmt: skip

    def columns(*cols: str) -> str:
        bid = next(ids)
        inner = "".join(f'<div class="builder-column builder-column-{i}">{c}</div>'
                        for i, c in enumerate(cols))  # fmt: skip
        return (f'<div class="builder-block builder-{bid}" builder-id="builder-{bid}"><div '
                f'class="builder-columns css-1q9r0ky">{inner}</div></div>')  # fmt: skip

    picker = {"cohorts": [{"label": v.cohort_name(i, s), "start": _utc(v, s)}
                          for i, s in enumerate(p.starts)]}  # fmt: skip
    pid = next(ids)
    entries.append({"@type": "@builder.io/sdk:Element", "id": f"builder-{pid}",
                    "component": {"name": "CohortPicker", "options": picker}})  # fmt: skip
    picked = "".join(f'<label class="cohort-option"><input type="radio" name="cohort" value="'
                     f'{c["start"]}">{line}</label>'
                     for c, line in zip(picker["cohorts"], _starts(v), strict=True))  # fmt: skip
    sections = [
        text([p.name], "h1") + text([n["tagline"], v.hero()]),
        columns(text([v.duration()]), text(perks)),
        text([w["price"]], "h2") + columns(text(_fees(v)), text(money)),
        text([w["sessions"]], "h2") + f'<div class="builder-block builder-{pid}" builder-id='
        f'"builder-{pid}"><fieldset class="cohort-picker">{picked}</fieldset></div>',
        (text([w["promise"]], "h2") + text(_terms(v)) if p.guarantees else ""),
        text([w["dates"]], "h2") + text(dates)
        + f'<a class="builder-block builder-button" href="/apply" role="button">{n["button"]}'
        "</a>",
    ]  # fmt: skip
    symbol = text(foot)
    page = {"id": next(ids), "name": p.name, "modelId": next(ids), "published": "published",
            "createdDate": 1731402848000, "lastUpdated": 1736153232000,
            "data": {"title": p.name, "url": f"/courses/{p.seed}", "blocks": entries[:-1] + [
                {"@type": "@builder.io/sdk:Element", "id": f"builder-{next(ids)}",
                 "component": {"name": "Symbol", "options": {"symbol": {
                     "model": "symbol", "entry": next(ids), "data": {},
                     "content": {"data": {"blocks": [entries[-1]]}}}}}}]}}  # fmt: skip
    data = {"props": {"pageProps": {"page": page, "locale": v.lang}}, "page": "/[[...page]]",
            "buildId": "b8Qn3kz0", "isFallback": False, "gsp": True}  # fmt: skip
    css = "".join(f".builder-{x['id'][8:]}{{display:flex;flex-direction:column;}}"
                  for x in entries[:6])  # fmt: skip
    return [f'<style class="builder-styles">{css}</style>'], [
        f'<div id="__next"><div class="builder-content" builder-content-id="{page["id"]}" '
        f'builder-model="page">',
        *sections,
        f'</div><footer class="builder-symbol">{symbol}</footer></div>',
        '<script id="__NEXT_DATA__" type="application/json">'
        f"{_script_json(data)}</script>",
    ]  # fmt: skip


def strapi_json(p: Program, k: Kit) -> Page:
    """A Strapi v4 REST response (``/api/courses?filters[slug]=...&populate=*``) shown as
    Chrome's raw JSON view: ``data[0].attributes`` with the price as a bare number, a blocks
    rich-text ``description``, repeatable ``cohorts`` and ``installments`` components,
    ``createdAt``/``updatedAt``/``publishedAt`` stamps and the pagination ``meta``."""
    v = ThirteenthVoice(k)
    n, w = v.negatives(), _w(v)
    money, dates, perks, foot = _groups(v)

    def blocks(items: list[str], title: str = "") -> list[dict]:
        head = [{"type": "heading", "level": 2, "children": [{"type": "text", "text": title}]}]
        return (head if title else []) + [
            {"type": "paragraph", "children": [{"type": "text", "text": x}]} for x in items
        ]

    description = (blocks([n["tagline"], v.duration()]) + blocks(_fees(v) + money, w["price"])
                   + (blocks(_terms(v), w["promise"]) if p.guarantees else [])
                   + blocks(dates + perks, w["dates"]) + blocks(foot[2:]))  # fmt: skip
    attributes = {
        "title": p.name, "slug": p.name.lower().replace("/", "-").replace(" ", "-"),
        "price": p.upfront, "currency": p.currency, "price_label": v.fee_line(),
        "installments": ([{"id": 1, "count": v.months(), "amount": p.monthly,
                           "label": v.plan()}] if p.monthly else []),
        "description": description,
        "cohorts": [{"id": 10 + i, "name": v.cohort_name(i, s), "start_date": s.isoformat(),
                     "summary": line} for i, (s, line) in
                    enumerate(zip(p.starts, _starts(v), strict=True))],
        "cta_label": n["button"], "posted_note": foot[0], "updated_note": foot[1],
        "createdAt": "2024-11-12T09:14:08.512Z", "updatedAt": "2025-01-06T08:47:12.190Z",
        "publishedAt": "2024-11-12T12:00:31.004Z", "locale": v.lang.lower(),
    }  # fmt: skip
    body = {
        "data": [{"id": 40 + p.seed, "attributes": attributes}],
        "meta": {"pagination": {"page": 1, "pageSize": 25, "pageCount": 1, "total": 1}},
    }
    return ['<meta name="color-scheme" content="light dark">'], [
        '<pre style="word-wrap: break-word; white-space: pre-wrap;">'
        f"{html.escape(json.dumps(body, ensure_ascii=False), quote=False)}</pre>",
        '<div class="json-formatter-container"></div>',
    ]


def htmx(p: Program, k: Kit) -> Page:
    """A server-rendered page driven by htmx: ``hx-boost`` links, sections loaded later
    (``hx-get`` with ``hx-trigger="load"`` and an indicator), an enrol form whose buttons
    name their cohort in ``hx-vals`` JSON and ask ``hx-confirm``, and the fee box and cohort
    list sent as ``hx-swap-oob`` fragments at the end of the response."""
    v = ThirteenthVoice(k)
    n, w = v.negatives(), _w(v)
    money, dates, perks, foot = _groups(v)
    buttons = "".join(
        f"<button hx-post=\"/enrol\" hx-vals='{json.dumps({'cohort': s.isoformat()})}' "
        f'hx-confirm="{html.escape(line)}?" hx-target="#enrol-result">{v.cohort_name(i, s)}'
        "</button>"
        for i, (s, line) in enumerate(zip(p.starts, _starts(v), strict=True)))  # fmt: skip
    cohorts = "".join(f'<li id="cohort-{p.seed}-{i}">{line}</li>'
                      for i, line in enumerate(_starts(v)))  # fmt: skip
    return ['<script src="/static/htmx.min.js" integrity="sha384-HGfztofotfshcF7+8n44JQL2oJmowV'
            'ChPTg48S+jvZoztPfvwD79OC/LTtG6dMp+" crossorigin="anonymous"></script><meta name="'
            'htmx-config" content=\'{"defaultSwapStyle":"outerHTML"}\'>'], [
        f'<div class="page" hx-boost="true"><header><a href="/">{p.camp} Academy</a></header><main>'
        f"<h1>{p.name}</h1><p>{n['tagline']}</p><p class='lead'>{v.hero()}</p>",
        f'<section id="overview"><p>{v.duration()}</p>{_ps(perks)}</section>',
        f'<section id="fees" hx-get="/partials/fees/{p.seed}" hx-trigger="load" hx-indicator='
        f'"#spin-fees"><h2>{w["price"]}</h2><img id="spin-fees" class="htmx-indicator" src="/'
        'static/bars.svg" alt="Loading…"></section>',
        f'<section id="cohorts"><h2>{w["sessions"]}</h2><ul id="cohort-list" hx-get="/partials'
        f'/cohorts/{p.seed}" hx-trigger="revealed"><li>Loading…</li></ul><form id="enrol">'
        f'{buttons}</form><div id="enrol-result" aria-live="polite"></div></section>',
        (f'<section id="terms"><h2>{w["promise"]}</h2>' + "".join(
            f"<details><summary>{w[g.kind]}</summary><p>{v.terms(g)}</p></details>"
            for g in p.guarantees) + "</section>" if p.guarantees else ""),  # fmt: skip
        f'<section id="more-costs">{_ps(money)}</section><section id="dates"><h2>{w["dates"]}'
        f'</h2>{_ps(dates)}</section><div id="reviews" hx-get="/partials/reviews" hx-trigger="'
        f'load delay:500ms"><p>{foot[2]}</p></div><a href="/apply" class="button">'
        f'{n["button"]}</a></main><footer>{_ps(foot[:2] + foot[3:])}</footer></div>',
        f'<div id="fees" hx-swap-oob="innerHTML"><h2>{w["price"]}</h2>{_ps(_fees(v))}</div>'
        f'<ul id="cohort-list" hx-swap-oob="true">{cohorts}</ul>',
    ]  # fmt: skip


def hugo(p: Program, k: Kit) -> Page:
    """A Hugo site's course post: the front matter as ``article:*`` meta tags and a
    post-meta line (date, reading time, tags), the body with rendered shortcodes (a
    ``notice`` box, ``tabs`` for the ways to pay, a ``figure`` with its caption), the cohorts
    as a Markdown table, and a related-posts list with their dates."""
    v = ThirteenthVoice(k)
    n, w = v.negatives(), _w(v)
    money, dates, perks, foot = _groups(v)
    names = ("Contado", "Cuotas") if v.latam else ("One-time", "Installments")
    tabs = [(names[0], [v.fee_line()]), (names[1], [x for x in (v.plan(), v.isa()) if x])]
    tabs = [t for t in tabs if t[1]]
    labels = "".join(f'<button class="tab-nav-button{" active" if i == 0 else ""}" data-tab-'
                     f'item="{t[0].lower()}" data-tab-group="pay-{p.seed}">{t[0]}</button>'
                     for i, t in enumerate(tabs))  # fmt: skip
    panels = "".join(f'<div class="tab-item{" active" if i == 0 else ""}" data-tab-item="'
                     f'{t[0].lower()}">{_ps(t[1])}</div>' for i, t in enumerate(tabs))  # fmt: skip
    rows = "".join(f"<tr><td>{v.cohort_name(i, s)}</td><td>{line}</td></tr>"
                   for i, (s, line) in enumerate(zip(p.starts, _starts(v), strict=True))
                   )  # fmt: skip
    related = "".join(f'<li><a href="/posts/{slug}/">{title}</a> <time datetime="{d}">'
                      f"{v.when(d)}</time></li>" for slug, title, d in (
                          ("pagar-en-cuotas", "How to pay in instalments", date(2024, 12, 3)),
                          ("demo-day-2024", "Demo Day 2024 highlights", date(2024, 10, 18)))
                      )  # fmt: skip
    return ['<meta name="generator" content="Hugo 0.139.3"><meta property="og:type" content="'
            'article"><meta property="article:section" content="posts"><meta property="article:'
            'published_time" content="2024-11-12T09:14:00-03:00"><meta property="article:modified'
            '_time" content="2025-01-06T08:47:12-03:00"><meta property="article:tag" content="'
            'bootcamp">'], [
        f'<header class="header"><nav class="nav"><a href="/" accesskey="h">{p.camp} Academy'
        '</a></nav></header><main class="main"><article class="post-single"><header class="'
        f'post-header"><h1 class="post-title">{p.name}</h1><div class="post-description">'
        f'{n["tagline"]}</div><div class="post-meta"><span title="2024-11-12 09:14:00 -0300">'
        f"{foot[0]}</span>&nbsp;·&nbsp;4 min&nbsp;·&nbsp;812 words&nbsp;·&nbsp;{p.camp} "
        "Admissions</div></header><div class=\"post-content\">"
        f"<p><strong>{v.hero()}</strong></p><p>{v.duration()}</p>",
        f'<h2 id="inversion">{w["price"]}<a hidden class="anchor" aria-hidden="true" href="#'
        f'inversion">#</a></h2><div class="tab-panel"><div class="tab-nav">{labels}</div><div '
        f'class="tab-content">{panels}</div></div><div class="notices info"><div class="label">'
        f"Info</div>{_ps(money)}</div>",
        f'<h2 id="cohortes">{w["sessions"]}</h2><table><thead><tr><th>Cohort</th><th>Start</th>'
        f"</tr></thead><tbody>{rows}</tbody></table>",
        (f'<h2 id="garantias">{w["promise"]}</h2>' + "".join(
            f"<h3>{w[g.kind]}</h3><p>{v.terms(g)}</p>" for g in p.guarantees)
         if p.guarantees else ""),  # fmt: skip
        f'<h2 id="fechas">{w["dates"]}</h2><div class="notices warning"><div class="label">'
        f'Not start dates</div>{_ps(dates)}</div><figure><img src="/images/demo-day.webp" alt'
        f'="Demo day"><figcaption><p>{foot[2]}</p></figcaption></figure>{_ps(perks)}'
        f'<p><a class="button" href="/apply/">{n["button"]}</a></p></div>',
        f'<footer class="post-footer"><p class="lastmod">{foot[1]}</p><ul class="post-tags"><li>'
        '<a href="/tags/bootcamp/">bootcamp</a></li></ul><h3>Related</h3><ul class="related">'
        f"{related}</ul></footer></article></main>",
        f'<footer class="footer">{_ps(foot[3:])}<span>Powered by <a href="https://gohugo.io/">'
        "Hugo</a></span></footer>",
    ]  # fmt: skip


def sphinx(p: Program, k: Kit) -> Page:
    """A Sphinx course handbook (Read the Docs theme): sections with ``headerlink``
    anchors, a ``toctree-wrapper`` of the handbook's pages, a field list of the course's
    facts, admonitions, a ``versionchanged`` note, the footer's "Last updated on", and
    ``DOCUMENTATION_OPTIONS``."""
    v = ThirteenthVoice(k)
    n, w = v.negatives(), _w(v)
    money, dates, perks, foot = _groups(v)

    def section(sid: str, title: str, body: str) -> str:
        return (f'<section id="{sid}"><h2>{title}<a class="headerlink" href="#{sid}" title="'
                f'Link to this heading">¶</a></h2>{body}</section>')  # fmt: skip

    def fields(items: list[tuple[str, str]]) -> str:
        odd = ("odd", "even")
        rows = "".join(f'<dt class="field-{odd[i % 2]}">{name}<span class="colon">:</span></dt>'
                       f'<dd class="field-{odd[i % 2]}"><p>{value}</p></dd>'
                       for i, (name, value) in enumerate(items))  # fmt: skip
        return f'<dl class="field-list simple">{rows}</dl>'

    def admonition(kind: str, title: str, items: list[str]) -> str:
        return (f'<div class="admonition {kind}"><p class="admonition-title">{title}</p>'
                f"{_ps(items)}</div>")  # fmt: skip

    toc = "".join(f'<li class="toctree-l1"><a class="reference internal" href="{h}.html">{t}'
                  "</a></li>" for h, t in (("admissions", "Admissions"), ("fees", "Fees"),
                                           ("campus", "Campus and holidays")))  # fmt: skip
    facts = [("Duration", v.duration()), ("Fee", v.fee_line())]
    facts += [("Plan", x) for x in (v.plan(),) if x] + [("ISA", x) for x in (v.isa(),) if x]
    cohorts = "".join(f"<li><p>{line}</p></li>" for line in _starts(v))
    opts = {"VERSION": "2025.1", "LANGUAGE": "en", "COLLAPSE_INDEX": False, "BUILDER": "html",
            "FILE_SUFFIX": ".html", "HAS_SOURCE": True, "SOURCELINK_SUFFIX": ".txt"}  # fmt: skip
    return ['<meta name="generator" content="Docutils 0.21.2: https://docutils.sourceforge.io/">'
            f'<script>const DOCUMENTATION_OPTIONS = {json.dumps(opts)};</script>'], [
        '<div class="wy-grid-for-nav"><nav class="wy-nav-side"><div class="wy-menu wy-menu-'
        f'vertical" role="navigation"><ul>{toc}</ul></div></nav><section class="wy-nav-content-'
        'wrap"><div class="wy-nav-content"><div class="rst-content"><div role="main" class="'
        'document"><div itemprop="articleBody">'
        f'<section id="course"><h1>{p.name}<a class="headerlink" href="#course" title="Link to '
        f'this heading">¶</a></h1><p>{n["tagline"]}</p><p>{v.hero()}</p>'
        + fields(facts) + '<div class="toctree-wrapper compound"><ul>' + toc + "</ul></div>",
        section("cohorts", w["sessions"], f'<ul class="simple">{cohorts}</ul>'
                + '<div class="versionchanged"><p><span class="versionmodified changed">Changed '
                "in version 2025.1: </span>cohorts now start on weekdays only.</p></div>"),
        section("costs", w["price"], admonition("note", "Other costs and funding", money)),
        (section("guarantees", w["promise"], "".join(
            admonition("tip", w[g.kind], [v.terms(g)]) for g in p.guarantees))
         if p.guarantees else ""),  # fmt: skip
        section("dates", w["dates"], admonition("warning", "Not start dates", dates)),
        section("outcomes", w["outcomes"], _ps(perks) + f"<blockquote><div><p>{foot[2]}</p>"
                "</div></blockquote>")
        + f'<p><a class="reference external" href="/apply">{n["button"]}</a></p></section>'
        "</div></div>",
        f'<footer><div role="contentinfo">{_ps([foot[0], foot[3], foot[4], foot[1]])}</div>'
        'Built with <a href="https://www.sphinx-doc.org/">Sphinx</a>.'
        "</footer></div></div></section></div>",
    ]  # fmt: skip


THIRTEENTH = {f.__name__: f for f in (storyblok, wagtail, builder_io, strapi_json, htmx, hugo,
                                      sphinx)}  # fmt: skip
