"""The nineteenth set: seven styles in new markup and words (:class:`NineteenthVoice`), for dev.

Written while the rules were being tuned on the eighteenth set
(:mod:`benchmarks.eighteenth_styles`), from how course pages of the Pacific Islands, the Indian
Ocean, the Caribbean and West and Central Africa look and without reading bootwatch's extraction
rules, and held out for its first look; rules are tuned on it since, so it scores in the dev
group (its programs still drawn by :func:`nineteenth_voice.nineteenth_program`, and a
development program redesigned into it keeps its own currency) and
:mod:`benchmarks.twentyfirst_styles` is the held-out set. A D2L
Brightspace Discover catalogue page (``d2l-*`` custom elements in light DOM: the course
overview's attribute chips, ``d2l-html-block`` descriptions, ``d2l-collapsible-panel``
sections titled by attribute and a ``d2l-table-wrapper`` of course offerings), a Calendly
scheduling page (the profile header, event-type cards whose descriptions carry the programme,
and a month calendar whose bookable days are info-call slots, not starts), a Typeform form
(the welcome screen, ``data-qa`` question blocks with lettered choices of cohorts, statement
screens and the ending screen, with the progress counter), an Airtable shared grid view (the
primary field in the left pane and every other field in the right pane, so a record's name and
its details are far apart in the DOM), a published Coda doc (``kr-`` canvas blocks, a page
list, callouts, collapsible lines and a ``role="grid"`` table of cohorts), a Padlet wall
(columns of post cards, each post its subject and body, with reactions and comment counts
that change on every fetch) and a Microsoft Sway (a storyline of ``card`` groups, heading,
text, emphasis and stack cards, each card's text in ``sway-text`` runs). Fees in tālā,
paʻanga, vatu, Solomon Islands dollars, Mauritian and Seychellois rupees, ariary, meticais,
kwanzas, escudos, gourdes, Guyanese, Surinamese, Barbadian and Liberian dollars, dalasi and
leones (:func:`nineteenth_voice.nineteenth_program`). Same contract as
:mod:`benchmarks.page_styles`: ``(head, sections)`` stating every fact and every negative.
One module because the seven share the voice and a few helpers, and are read together as one set
(about 460 lines).
"""

from __future__ import annotations

import calendar
import html
import json
import random
import re
from datetime import date

from nineteenth_voice import NineteenthVoice
from page_styles import Page
from pagegen import TODAY, Kit, Program

#: The negatives by where pages put them: (money talk, dates, outcomes, footer).
GROUPS = (
    ("salary", "abroad", "funding", "fee", "exam", "pay", "tax", "reference", "deposit",
     "scholarship", "early"),
    ("deadline", "info", "open_house", "prep", "welcome", "holiday", "break", "schedule",
     "ends", "graduation"),
    ("outcome", "support", "credential"),
    ("post", "updated", "testimonial", "phone", "copyright"),
)  # fmt: skip
WORDS = {"price": "Fees and payment", "sessions": "Upcoming cohorts", "promise": "Guarantees",
         "dates": "Important dates", "about": "About the programme",
         "job_guarantee": "Job guarantee", "money_back": "Money-back guarantee",
         "tuition_refund": "Refund policy"}  # fmt: skip
#: Section titles the sites keep beside the English ones, per language.
LOCAL = {
    "fr": ("Tarifs et paiement", "Prochaines promotions", "Garanties", "Dates importantes",
           "À propos du programme"),
    "pt": ("Propinas e pagamento", "Próximas turmas", "Garantias", "Datas importantes",
           "Sobre o programa"),
    "mg": ("Saram-pianarana", "Fampianarana manaraka", "Antoka", "Daty manan-danja",
           "Momba ny fandaharana"),
    "sm": ("Totogi", "Vasega o loʻo sau", "Faʻamaoniga", "Aso tāua", "E uiga i le polokalame"),
    "to": ("Totongi", "Ngaahi kalasi hoko", "Fakapapauʻi", "Ngaahi ʻaho mahuʻinga",
           "Fekauʻaki mo e polokalama"),
    "ht": ("Frè ak peman", "Pwochen pwomosyon", "Garanti", "Dat enpòtan", "Sou pwogram nan"),
    "nl": ("Kosten en betaling", "Komende groepen", "Garanties", "Belangrijke data",
           "Over het programma"),
    "bi": ("Skul fi", "Ol klas we oli kam", "Garanti", "Ol impoten dei", "Abaot long program"),
}  # fmt: skip


def _voice(k: Kit) -> tuple[NineteenthVoice, dict[str, str], dict[str, str], list[list[str]]]:
    """The voice, its negatives, its section titles and its negatives grouped."""
    v = NineteenthVoice(k)
    n = v.negatives()
    tongue = v.tongue
    local = dict(zip(("price", "sessions", "promise", "dates", "about"), LOCAL[tongue],
                     strict=True)) if tongue else {}  # fmt: skip
    w = {key: f"{local[key]} · {t}" if key in local else t for key, t in WORDS.items()}
    return v, n, w, [[n[x] for x in g] for g in GROUPS]


def _fees(v: NineteenthVoice) -> list[str]:
    """The fee, the plan and the income share, the lines every style states."""
    return [x for x in (v.fee_line(), v.plan(), v.isa()) if x]


def _starts(v: NineteenthVoice) -> list[str]:
    return [v.starts_line(i, s) for i, s in enumerate(v.p.starts)]


def _terms(v: NineteenthVoice, w: dict[str, str]) -> list[tuple[str, str]]:
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


def brightspace(p: Program, k: Kit) -> Page:
    """A D2L Brightspace Discover catalogue page: ``d2l-*`` custom elements rendered in light
    DOM, the overview's attribute chips, ``d2l-html-block`` descriptions, sections in
    ``d2l-collapsible-panel`` elements titled only by their ``panel-title`` attribute (and a
    heading slot), and a ``d2l-table-wrapper`` of course offerings with their end dates."""
    v, n, w, (money, dates, perks, foot) = _voice(k)
    org = 6600 + p.seed

    def panel(title: str, body: str) -> str:
        return (f'<d2l-collapsible-panel panel-title="{html.escape(title)}" type="subtle" '
                f'heading-level="2" expanded><span slot="header" class="d2l-heading-4">{title}'
                f"</span><d2l-html-block>{body}</d2l-html-block>"
                "</d2l-collapsible-panel>")  # fmt: skip

    rows = "".join(f'<tr><td><d2l-link href="/d2l/le/discovery/view/course/{org}?section={i}">'
                   f"{v.cohort_name(i, s)}</d2l-link></td><td>{v.starts_line(i, s)}</td><td>"
                   f"Ends {v.numeric(e)}</td><td><d2l-status-indicator state=\"success\" text=\""
                   'Open"></d2l-status-indicator> Enrolment open</td></tr>'
                   for i, (s, e) in enumerate(zip(p.starts, p.ends(), strict=True)))  # fmt: skip
    terms = "".join(f'<h3 class="d2l-heading-3">{t}</h3><p>{x}</p>' for t, x in _terms(v, w))
    chips = "".join(f'<d2l-labs-attribute-list-item text="{t}">{t}</d2l-labs-attribute-list-'
                    "item>" for t in ("Self-enrol", "Instructor-led", p.track))  # fmt: skip
    return [f'<meta name="d2l-org-unit" content="{org}">'
            f'<script>window.D2L={{"LP":{{"Web":{{"UI":{{"Flyout":{{"sessionId":"{k.token()}"'
            f'}}}}}}}}}};D2L.OU={org};</script>'], [
        '<d2l-navigation><d2l-navigation-main-header><div slot="left"><d2l-navigation-link-image '
        f'text="{p.camp} Academy Learning"></d2l-navigation-link-image></div><div slot="right">'
        '<d2l-navigation-button-notification-icon icon="tier3:search" text="Search">'
        "</d2l-navigation-button-notification-icon></div></d2l-navigation-main-header>"
        "</d2l-navigation>",
        '<main class="d2l-page-main"><d2l-breadcrumbs><d2l-breadcrumb href="/d2l/le/discovery/'
        'view/home" text="Discover"></d2l-breadcrumb><d2l-breadcrumb-current-page text="'
        f'{html.escape(p.name)}"></d2l-breadcrumb-current-page></d2l-breadcrumbs><d2l-discover-'
        'course-overview><div class="d2l-course-overview-header"><img class="d2l-course-'
        f'image" src="/content/enforced/{org}/banner.jpg" alt=""><h1 class="d2l-heading-1">'
        f"{p.name}</h1><d2l-labs-attribute-list>{chips}</d2l-labs-attribute-list><div class="
        f'"d2l-body-compact">{n["tagline"]}</div><d2l-button primary>{n["button"]}</d2l-button>'
        f"</div></d2l-discover-course-overview>",
        panel(w["about"], _ps([v.hero(), v.duration(), *perks])),
        panel(w["price"], _ps(_fees(v)) + f"<ul>{_lis(money)}</ul>"),
        f'<h2 class="d2l-heading-2">{w["sessions"]}</h2><d2l-table-wrapper type="light"><table '
        'class="d2l-table"><thead><tr><th>Section</th><th>Start</th><th>End</th><th>Status</th>'
        f"</tr></thead><tbody>{rows}</tbody></table></d2l-table-wrapper>",
        panel(w["promise"], terms) if p.guarantees else "",
        panel(w["dates"], f"<ul>{_lis(dates)}</ul>"),
        f'<d2l-html-block class="d2l-discover-footer">{_ps(foot)}</d2l-html-block></main>',
    ]  # fmt: skip


def calendly(p: Program, k: Kit) -> Page:
    """A Calendly scheduling page: the profile header and welcome message, event-type cards
    (name, length, the description holding the programme), and the booking calendar of the
    admissions call, whose bookable days are call slots and never a cohort's start."""
    v, n, w, (money, dates, perks, foot) = _voice(k)
    slug = f"{p.camp.lower()}-academy"
    ids = random.Random(p.seed * 13 + 5)

    def card(name: str, minutes: int, body: str) -> str:
        uuid = f"{_hex(ids)}-{_hex(ids, 4)}-{_hex(ids, 4)}"
        return (f'<div data-component="event-type-card" data-id="{uuid}" class="_2Z6hYf5y '
                f'_1nw4Uzr1"><a href="/{slug}/{_slug(name)}" class="_3W_QQgHn"><div class="'
                f'_2WD1bXzL"><h2 data-component="event-type-name" class="_3nC2TkcV">{name}</h2>'
                f'<div class="_1yrYKuQ-"><span data-component="duration">{minutes} min</span>'
                f'</div></div></a><div data-component="event-type-description" class="_37U0hYk'
                f'5 rich-text">{body}</div></div>')  # fmt: skip

    month = TODAY.replace(day=1)
    free = {d for d in range(TODAY.day + 1, 32) if (d * 7 + p.seed) % 3 == 0}
    cells = []
    for week in calendar.Calendar(firstweekday=6).monthdayscalendar(month.year, month.month):
        tds = []
        for day in week:
            if not day:
                tds.append('<td role="gridcell"></td>')
                continue
            d = date(month.year, month.month, day)
            label = f"{d:%A}, {d:%B} {day} - {'Times available' if day in free else 'No times'}"
            state = "" if day in free else " disabled"
            tds.append(f'<td role="gridcell"><button type="button" aria-label="{label}" class="'
                       f'_2GCtm4q_"{state}><span>{day}</span></button></td>')  # fmt: skip
        cells.append(f'<tr role="row">{"".join(tds)}</tr>')
    heads = "".join(f'<th role="columnheader" abbr="{d}">{d[:3].upper()}</th>'
                    for d in ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                              "Saturday"))  # fmt: skip
    booking = (f'<div data-container="booking-container" class="_1mYaBjGc"><h1 data-component='
               f'"event-type-name">Admissions call</h1><div data-component="duration">20 min'
               f'</div><div data-component="calendar"><h2>Select a Date &amp; Time</h2><div '
               f'data-testid="title">{month:%B %Y}</div><table role="grid" aria-label="'
               f'{month:%B %Y}"><thead><tr>{heads}</tr></thead><tbody>{"".join(cells)}</tbody>'
               f'</table><div data-component="timezone-field">Time zone: {v.city} local time'
               f'</div></div><p class="rich-text">{n["info"]}</p></div>')  # fmt: skip
    terms = "".join(f"<p><strong>{t}</strong> {x}</p>" for t, x in _terms(v, w))
    return [f'<meta property="og:url" content="https://calendly.com/{slug}">'
            f'<script>window.__CALENDLY_CONTEXT__={{"csrf":"{k.token()}",'
            f'"render_ms":{k.noise.randint(50, 900)}}};</script>'], [
        '<div data-container="profile-header" class="_3_z8Fvmn"><img data-component="profile-'
        f'avatar" src="https://d3v0px0pttie1i.cloudfront.net/uploads/user/avatar/{p.seed}/logo.'
        f'png" alt=""><h1 data-component="profile-name">{p.camp} Academy Admissions</h1><div '
        f'data-component="profile-welcome" class="rich-text"><p>{n["tagline"]}</p><p>Book a '
        f"call about the {p.name}. {v.hero()}</p></div></div>",
        card(f"{p.name}: programme overview", 30, _ps([v.duration(), *perks])),
        card(w["price"], 20, _ps(_fees(v)) + f"<ul>{_lis(money)}</ul>"),
        card(w["sessions"], 15, f"<ul>{_lis(_starts(v))}</ul>"),
        card(w["promise"], 15, terms) if p.guarantees else "",
        card(w["dates"], 30, f"<ul>{_lis(dates[:1] + dates[2:])}</ul>") + booking,
        f'<div data-component="cta"><a href="https://{p.camp.lower()}.academy/apply">'
        f'{n["button"]}</a></div><footer class="_1bb8n-t2">{_ps(foot)}<a href="/legal/cookie-'
        'notice">Cookie settings</a><span>Powered by Calendly</span></footer>',
    ]  # fmt: skip


def typeform(p: Program, k: Kit) -> Page:
    """A Typeform form as served: the welcome screen, ``data-qa`` question blocks numbered
    with their arrow, the cohorts as lettered choices of a multiple-choice question, statement
    screens carrying the fees, terms and notes, the ending screen and the progress counter."""
    v, n, w, (money, dates, perks, foot) = _voice(k)
    form = _hex(random.Random(p.seed * 3 + 1), 8)
    count = iter(range(1, 20))

    def block(kind: str, title: str, body: str, button: str = "OK") -> str:
        i = next(count)
        return (f'<div data-qa="block-{kind}" data-qa-index="{i}" class="sc-b4e1-0 hPqSdw"><div '
                f'class="sc-1t9g-0"><span data-qa="question-number">{i}→</span><h2 data-qa="'
                f'block-title" class="sc-2f39-0 kzEQdK"><span>{title}</span></h2></div><div '
                f'data-qa="block-description" class="sc-7b5b-0">{body}</div><button data-qa="ok-'
                f'button-visible" class="sc-fc2c-0">{button}</button><span class="sc-2bbc-0">'
                "press <strong>Enter ↵</strong></span></div>")  # fmt: skip

    letters = "ABCDEFGH"
    choices = "".join(f'<div role="radio" aria-checked="false" data-qa="choice-{i}" class="sc-'
                      f'8a2e-0"><span data-qa="choice-key" class="sc-1f9e">{letters[i]}</span>'
                      f'<span data-qa="choice-label">{x}</span></div>'
                      for i, x in enumerate(_starts(v)))  # fmt: skip
    terms = "".join(f"<p><strong>{t}:</strong> {x}</p>" for t, x in _terms(v, w))
    total = 7 if p.guarantees else 6
    return [f'<meta name="typeform:form-id" content="{form}">'
            f'<script>window.rendererData={{"formId":"{form}","responseId":"{k.token()}",'
            f'"landedAt":{k.noise.randrange(10**9, 2 * 10**9)}}};</script>'], [
        '<div data-qa="welcome-screen" class="sc-77af-0"><img src="https://images.typeform.com/'
        f'images/{form}/image/default" alt=""><h1 data-qa="welcome-screen-title">{p.name}: '
        f'application</h1><div data-qa="welcome-screen-description">{_ps([n["tagline"], v.hero()])}'
        f'</div><button data-qa="start-button">{n["button"]}</button><span class="sc-2bbc-0">'
        "Takes 4 minutes</span></div>",
        block("statement", w["about"], _ps([v.duration(), *perks]), "Continue"),
        block("statement", w["price"], _ps(_fees(v)) + _ps(money), "Got it"),
        block("multiple_choice", f"Which cohort would you like to join? ({w['sessions']})",
              f'<p class="sc-hint">Choose 1</p><div role="radiogroup" data-qa="choices">{choices}'
              "</div>"),
        block("statement", w["promise"], terms, "Continue") if p.guarantees else "",
        block("statement", w["dates"], _ps(dates), "Continue")
        + block("email", "What's your email?", "<p>We will send your entry test link.</p>"
                '<input type="email" placeholder="name@example.com" data-qa="email-input">'),
        f'<div data-qa="ending-screen" class="sc-4b8e-0" aria-hidden="true">{_ps(foot)}</div>'
        f'<div data-qa="progress-bar" class="sc-83b1-0"><span>0 of {total} answered</span>'
        '</div><a data-qa="brand" href="https://www.typeform.com/">Made with Typeform</a>',
    ]  # fmt: skip


def airtable(p: Program, k: Kit) -> Page:
    """An Airtable shared grid view: the view bar, then the grid as Airtable draws it, with
    the primary field (each record's name) in the left pane and every other field (its
    details and type) in the right pane, row by row, and the record count at the foot."""
    v, n, w, (money, dates, perks, foot) = _voice(k)
    ids = random.Random(p.seed * 41 + 9)
    records: list[tuple[str, str, str]] = [
        ("Programme", v.hero(), "Overview"),
        ("Duration", v.duration(), "Overview"),
    ]
    records += [(x.split(":")[0], x, "Fee") for x in _fees(v)]
    records += [(v.cohort_name(i, s), v.starts_line(i, s), "Cohort")
                for i, s in enumerate(p.starts)]  # fmt: skip
    records += [(t, x, "Policy") for t, x in _terms(v, w)]
    records += [(f"Money note {i}", x, "Note") for i, x in enumerate(money, 1)]
    records += [(f"Date note {i}", x, "Calendar") for i, x in enumerate(dates, 1)]
    records += [(f"About {i}", x, "Outcome") for i, x in enumerate([*perks, n["tagline"]], 1)]
    rids = [f"rec{_hex(ids, 14)}" for _ in records]
    left = "".join(f'<div class="dataRow leftPane rowExpansionEnabled" data-rowid="{r}" style="'
                   f'top: {33 * i}px;"><div class="cell primary read" data-columnid="fldName" '
                   f'data-columnindex="0"><div class="truncate">{name}</div></div></div>'
                   for i, (r, (name, _, _)) in enumerate(zip(rids, records, strict=True))
                   )  # fmt: skip
    right = "".join(f'<div class="dataRow rightPane" data-rowid="{r}" style="top: {33 * i}px;">'
                    f'<div class="cell read" data-columnid="fldDetails" data-columnindex="1"><div'
                    f' class="truncate-pre">{text}</div></div><div class="cell read" data-column'
                    f'id="fldType" data-columnindex="2"><div class="choiceToken"><div class="'
                    f'truncate">{kind}</div></div></div></div>'
                    for i, (r, (_, text, kind)) in enumerate(zip(rids, records, strict=True))
                    )  # fmt: skip
    share = f"shr{_hex(ids, 14)}"
    return [f'<meta property="og:title" content="{html.escape(p.name)} - Airtable">'
            f'<script>window.initData={{"sharedViewId":"{share}","csrfToken":"{k.token()}",'
            f'"pageLoadId":"pgl{k.token()[:14]}"}};</script>'], [
        f'<div id="viewBar" class="viewBar"><div class="viewName">{p.name} · Grid view</div><div '
        f'class="viewDescription">{n["button"]}: {p.camp.lower()}.academy/apply · '
        f"{foot[3]}</div></div>",
        '<div class="headerRow leftPane"><div class="cell header primary" data-columnindex="0">'
        "Name</div></div>"
        f'<div id="leftPane" class="paneContainer leftPaneWrapper">{left}</div>',
        '<div class="headerRow rightPane"><div class="cell header" data-columnindex="1">Details'
        '</div><div class="cell header" data-columnindex="2">Type</div></div>'
        f'<div id="rightPane" class="paneContainer rightPaneWrapper">{right}</div>',
        f'<div class="summaryBar"><span>{len(records)} records</span></div><div class="share'
        f'Footer">{_ps([foot[0], foot[1], foot[2], foot[4]])}<a href="https://airtable.com/'
        f'signup?shareId={share}">Sign up for free</a></div>',
    ]  # fmt: skip


def coda(p: Program, k: Kit) -> Page:
    """A published Coda doc: the page list, ``kr-`` canvas blocks of headings and lines, a
    callout, collapsible lines, a ``role="grid"`` table of cohorts with a formula column, a
    button and the "Made with Coda" footer."""
    v, n, w, (money, dates, perks, foot) = _voice(k)
    ids = random.Random(p.seed * 19 + 11)

    def line(text: str, kind: str = "paragraph") -> str:
        return (f'<div class="kr-line kr-{kind}" data-coda-ui-id="{_hex(ids, 10)}"><span '
                f'class="kr-span" data-slate-string="true">{text}</span></div>')  # fmt: skip

    def heading(text: str, level: int = 1) -> str:
        return (f'<div class="kr-line kr-heading{level}" role="heading" aria-level="{level}" '
                f'data-coda-ui-id="{_hex(ids, 10)}"><span class="kr-span">{text}</span>'
                "</div>")  # fmt: skip

    def collapsible(title: str, body: str) -> str:
        return (f'<div class="kr-collapsible" data-collapsed="false"><div class="kr-collapsible'
                f'-toggle" role="button" aria-expanded="true">▾</div>{line(title, "bold")}'
                f'<div class="kr-collapsible-children">{body}</div></div>')  # fmt: skip

    rows = "".join(f'<div role="row" class="kr-row" data-row-id="i-{_hex(ids, 10)}"><div role="'
                   f'gridcell" class="kr-cell">{v.cohort_name(i, s)}</div><div role="gridcell" '
                   f'class="kr-cell kr-date">{v.local(s)}</div><div role="gridcell" class="kr-'
                   f'cell kr-formula">{v.starts_line(i, s)}</div></div>'
                   for i, s in enumerate(p.starts))  # fmt: skip
    grid = ('<div class="kr-table" role="grid" aria-label="Cohorts"><div role="row" class="kr-'
            'header-row"><div role="columnheader">Cohort</div><div role="columnheader">Start '
            'date</div><div role="columnheader">Announcement (formula)</div></div>'
            f"{rows}</div>")  # fmt: skip
    pages = "".join(f'<li class="kr-page-list-item"><a href="#{_slug(t)}">{t}</a></li>'
                    for t in ("Overview", "Fees", "Cohorts", "FAQ"))  # fmt: skip
    terms = "".join(collapsible(t, line(x)) for t, x in _terms(v, w))
    return [f'<meta name="coda:doc" content="d{_hex(ids, 10)}">'
            f'<script>window.codaParams={{"sessionToken":"{k.token()}","published":true,'
            f'"renderedAt":{k.noise.randrange(10**12, 10**13)}}};</script>'], [
        f'<nav class="kr-page-list" aria-label="Pages"><ul>{pages}</ul></nav><div class="kr-'
        f'canvas" data-coda-ui-id="canvas">{heading(p.name)}{line(n["tagline"])}'
        f'{line(v.hero(), "bold")}{line(v.duration())}',
        heading(w["price"], 2) + "".join(line(x) for x in _fees(v))
        + f'<div class="kr-callout kr-callout-info" role="note"><span class="kr-callout-icon">💡'
        f"</span>{''.join(line(x) for x in money[:3])}</div>"
        + "".join(line(x, "bulleted") for x in money[3:]),
        heading(w["sessions"], 2) + grid,
        (heading(w["promise"], 2) + terms) if p.guarantees else "",
        heading(w["dates"], 2) + "".join(line(x, "bulleted") for x in dates),
        heading("Outcomes", 2) + "".join(line(x) for x in perks)
        + f'<div class="kr-button" role="button"><span>{n["button"]}</span></div>',
        f'<div class="kr-line kr-quote">{foot[2]}</div>{"".join(line(x) for x in foot[:2])}'
        f'{line(foot[3])}{line(foot[4])}</div><footer class="kr-published-footer"><a href="'
        'https://coda.io/">Made with Coda</a></footer>',
    ]  # fmt: skip


def padlet(p: Program, k: Kit) -> Page:
    """A Padlet wall in the columns layout: the wall's title and description, then a column
    per section of post cards (each a subject and a body), with reactions and comment counts
    that change on every fetch, and the author line of each post."""
    v, n, w, (money, dates, perks, foot) = _voice(k)
    ids = random.Random(p.seed * 23 + 13)

    def post(subject: str, body: str) -> str:
        hearts, comments = k.noise.randint(0, 90), k.noise.randint(0, 12)
        return (f'<article class="surface-post" data-post-id="{ids.randrange(10**9, 10**10)}">'
                f'<div class="post-author">{p.camp} Academy · Admissions</div><h3 class="post-'
                f'subject">{subject}</h3><div class="post-body rich-text">{body}</div><div class'
                f'="post-reactions"><button aria-label="Like">❤️ {hearts}</button><span>'
                f"💬 {comments}</span></div></article>")  # fmt: skip

    def column(title: str, posts: list[str]) -> str:
        return (f'<section class="surface-section" data-section-id="{ids.randrange(10**6, 10**7)}'
                f'"><h2 class="section-title">{title}</h2>{"".join(posts)}<button class="add-'
                'post" aria-label="Add post">+</button></section>')  # fmt: skip

    starts = [post(v.cohort_name(i, s), f"<p>{v.starts_line(i, s)}</p>")
              for i, s in enumerate(p.starts)]  # fmt: skip
    return [f'<meta property="og:site_name" content="Padlet">'
            f'<script>window.$startingState={{"wall":{{"id":{p.seed * 1000 + 7}}},'
            f'"visitorToken":"{k.token()}"}};</script>'], [
        '<header class="surface-header"><div class="wall-icon">🎓</div><h1 class="wall-title">'
        f'{p.name}</h1><div class="wall-description">{n["tagline"]} {v.hero()}</div><a class="'
        f'wall-cta" href="https://{p.camp.lower()}.academy/apply">{n["button"]}</a></header>',
        column(w["about"], [post("The programme", _ps([v.duration(), *perks]))]),
        column(w["price"], [post(x.split(":")[0], f"<p>{x}</p>") for x in _fees(v)]
               + [post("Good to know", _ps(money))]),
        column(w["sessions"], starts),
        column(w["promise"], [post(t, f"<p>{x}</p>") for t, x in _terms(v, w)])
        if p.guarantees else "",
        column(w["dates"], [post("Calendar", f"<ul>{_lis(dates)}</ul>")]),
        column("Community", [post("From our graduates", _ps(foot[2:3])),
                             post("Contact", _ps([foot[3], foot[0], foot[1]]))])
        + f'<footer class="surface-footer"><p>{foot[4]}</p><span>Made with Padlet</span>'
        "</footer>",
    ]  # fmt: skip


def sway(p: Program, k: Kit) -> Page:
    """A Microsoft Sway: a storyline of card groups (a title card, heading cards, text cards
    of ``sway-text`` runs, an emphasis card and a stack of cohort cards), navigated by a
    ``Navigation`` pane, with the view count that changes on every fetch."""
    v, n, w, (money, dates, perks, foot) = _voice(k)
    ids = random.Random(p.seed * 29 + 17)

    def runs(text: str) -> str:
        return f'<span class="sway-text" data-run="{ids.randrange(10**5, 10**6)}">{text}</span>'

    def card(kind: str, items: list[str]) -> str:
        body = "".join(f'<div class="sway-paragraph">{runs(x)}</div>' for x in items)
        return f'<div class="sway-card sway-card-{kind}" role="group">{body}</div>'

    def group(title: str, cards: str) -> str:
        return (f'<div class="sway-group" data-group-id="{_hex(ids, 12)}"><div class="sway-card '
                f'sway-card-heading1" role="heading" aria-level="2">{runs(title)}</div>{cards}'
                "</div>")  # fmt: skip

    stack = ('<div class="sway-stack" data-stack-type="pile">'
             + "".join(card("text", [x]) for x in _starts(v)) + "</div>")  # fmt: skip
    terms = "".join(card("heading2", [t]) + card("text", [x]) for t, x in _terms(v, w))
    nav = "".join(f'<li role="treeitem">{t}</li>'
                  for t in (w["about"], w["price"], w["sessions"], w["dates"]))  # fmt: skip
    return [f'<meta name="application-name" content="Sway">'
            f'<script>window.SwayConfig={{"storyId":"{_hex(ids, 16)}","correlationId":'
            f'"{k.token()}","views":{k.noise.randint(100, 9999)}}};</script>'], [
        f'<nav class="sway-navigation" aria-label="Navigation"><ul role="tree">{nav}</ul></nav>'
        '<div class="sway-storyline" data-layout="vertical"><div class="sway-card sway-card-'
        f'title" role="heading" aria-level="1">{runs(p.name)}</div>'
        + card("text", [n["tagline"]]) + card("emphasis", [v.hero()]),
        group(w["about"], card("text", [v.duration(), *perks])),
        group(w["price"], card("text", _fees(v)) + card("text", money)),
        group(w["sessions"], stack),
        group(w["promise"], terms) if p.guarantees else "",
        group(w["dates"], card("text", dates) + card("button", [n["button"]])),
        group("Contact", card("quote", [foot[2]]) + card("text", [foot[0], foot[1], foot[3]]))
        + f'</div><footer class="sway-footer">{_ps([foot[4]])}<span>Made with Sway</span>'
        f"<span>{json.dumps('Report abuse')[1:-1]}</span></footer>",
    ]  # fmt: skip


NINETEENTH = {f.__name__: f for f in (brightspace, calendly, typeform, airtable, coda, padlet,
                                      sway)}  # fmt: skip
