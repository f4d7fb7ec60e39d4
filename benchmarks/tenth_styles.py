"""The tenth set: seven styles in new markup and words (:class:`TenthVoice`), now for dev.

Written while the rules were being tuned on the ninth set (:mod:`benchmarks.ninth_styles`),
from how college and public-training pages look and without reading bootwatch's extraction
rules, and held out for its first look; rules are tuned on it since, so it scores in the dev
group (its programs still drawn by :func:`tenth_voice.tenth_program`, and a development
program redesigned into it keeps its own currency) and :mod:`benchmarks.twentyfirst_styles` is
the held-out set. An Acalog
catalog program page (``acalog-core`` blocks, ``showCourse`` links, "Print-Friendly Page"
chrome), a Banner 9 class search result table (CRN, subject, seats, the meeting-times cell
of day letters, times, building and "Start Date"/"End Date" in mm/dd/yyyy, a fee table of
detail codes), a Drupal program finder (facet blocks with term names and counts, result
teasers whose date fields are ``<time datetime="...T12:00:00Z">``), a PeopleSoft class
detail page (``PSEDITBOX_DISPONLY`` spans, ``PSLEVEL1GRID`` grids, "Mo We 6:00PM - 9:45PM"),
an Ellucian Colleague Self-Service shell (knockout bindings and the sections in a JSON
script with ASP.NET ``\\/Date(ms)\\/`` stamps), an Adobe Acrobat "Export to HTML" flyer
(``.s1`` classes, absolutely styled paragraphs, lines broken where the PDF broke them, a
two-column table) and a course page that shows its iCalendar feed in a ``<pre>`` (folded
lines, escaped commas, ``VALUE=DATE`` starts, weekly ``RRULE``s, events for the info
session and the registration deadline). Fees are in US dollars, pounds and euros
(:func:`tenth_voice.tenth_program`). Same contract as :mod:`benchmarks.page_styles`:
``(head, sections)`` stating every fact and every negative. One module because the seven
share the voice and a few helpers, and are read together as one set.
"""

from __future__ import annotations

import html
import json
from datetime import date, timedelta

from page_styles import Page
from pagegen import TODAY, Kit, Program
from tenth_voice import TenthVoice, season

TITLES = {"job_guarantee": "Employment guarantee", "money_back": "Money-back guarantee",
          "tuition_refund": "Refund policy"}  # fmt: skip
#: The negatives by where pages put them: (money talk, dates, outcomes, footer).
GROUPS = (
    ("salary", "wage", "credit", "funding", "aid", "veterans", "books", "parking", "lab",
     "plan_fee"),
    ("registration", "deadline", "drop", "info", "orientation", "placement", "holiday", "ends",
     "graduation"),
    ("outcome", "support"),
    ("post", "updated", "testimonial", "phone", "copyright"),
)  # fmt: skip


def _groups(v: TenthVoice) -> list[list[str]]:
    n = v.negatives()
    return [[n[x] for x in g] for g in GROUPS]


def _fees(v: TenthVoice) -> list[str]:
    """The fee, the plan and the income share, the lines every style states."""
    p = v.p
    return [f"Tuition and fees: {v.fee_line()}", *([v.plan() or ""] if p.monthly else []),
            *([v.isa() or ""] if p.isa else [])]  # fmt: skip


def _code(p: Program) -> str:
    """The course's catalog code, as ``CIS 1105``."""
    return f"{p.track.replace('/', '')[:3].upper()} {1000 + p.seed % 900}"


def acalog(p: Program, k: Kit) -> Page:
    """An Acalog catalog program page: the catalog chrome (catalog select, "Print-Friendly
    Page", "Add to Portfolio"), ``acalog-core`` blocks of the program's text, required
    courses as ``showCourse`` links, the refund and guarantee policies as a core block."""
    v = TenthVoice(k)
    n = v.negatives()
    money, dates, perks, foot = _groups(v)
    cat = 30 + p.seed % 9

    def core(title: str, body: str) -> str:
        anchor = title.lower()[:8]
        return f'<div class="acalog-core"><h2><a name="{anchor}"></a>{title}</h2>{body}</div>'

    def paras(items: list[str]) -> str:
        return "".join(f"<p>{x}</p>" for x in items)

    courses = "".join(
        f'<li class="acalog-course"><span><a href="#" aria-expanded="false" onclick="'
        f"showCourse('{cat}', '{4000 + p.seed * 10 + i}', this, 'a:2:{{s:8:~location~;s:7:"
        f"~program~;s:4:~core~;s:5:~{i}~;}}'); return false;\">{_code(p)[:4]}{1105 + i * 10} - "
        f"{p.track} {title}</a></span></li>"
        for i, title in enumerate(("Foundations", "Projects", "Capstone")))  # fmt: skip
    starts = "".join(f"<li>{v.starts_line(i, s)}</li>" for i, s in enumerate(p.starts))
    return [f'<meta name="generator" content="Acalog ACMS">'
            f'<link rel="stylesheet" href="/acalog/css/gateway.css?v={cat}">'], [
        f'<table class="toplevel table_default"><tr><td class="block_n2_and_content"><form '
        f'name="select_catalog"><select name="catalog" title="Select a Catalog"><option '
        f'value="{cat}" selected>2024-2025 Workforce &amp; Continuing Education Catalog'
        f'</option></select></form><h1 id="acalog-content">{p.name}</h1><p><a href="#" '
        f'onclick="acalogPopup(\'preview_program.php?catoid={cat}&amp;print\'); return false;">'
        f'Print-Friendly Page (opens a new window)</a> <a href="#" class="portfolio">Add to My '
        f'Portfolio</a></p><p class="acalog-breadcrumb">{v.school} &gt; Programs</p>',
        core("Program Description", f"<p>{n['tagline']}</p><p>Non-credit certificate. "
             f"{v.duration()}</p>"),
        core("Cost", paras(_fees(v) + money)),
        core("Upcoming Start Dates", f"<ul>{starts}</ul>{paras(dates)}"),
        core("Required Courses", f'<ul class="acalog-course-list">{courses}</ul>'),
        core("Refund and Guarantee Policies", paras([v.terms(g) for g in p.guarantees]))
        if p.guarantees else "",
        core("Outcomes", paras(perks) + f"<blockquote>{foot[2]}</blockquote>"),
        f'<p><a class="btn" href="/register">{n["button"]}</a></p><div id="gateway-footer">'
        f'{"".join(f"<p>{x}</p>" for x in foot if x != foot[2])}<p>Acalog™ Academic Catalog '
        "Management System (ACMS™)</p></div></td></tr></table>",
    ]  # fmt: skip


def banner_search(p: Program, k: Kit) -> Page:
    """A Banner 9 "Browse Classes" result table: one row per section (title, subject,
    course number, section, CRN, term, status with seats, and the meeting-times cell: day
    letters, times, building, "Start Date"/"End Date" in mm/dd/yyyy), then the class
    details of the first section (section notes, a fee table of detail codes)."""
    v = TenthVoice(k)
    n = v.negatives()
    money, dates, perks, foot = _groups(v)
    code, _, start, end = v.pattern()
    letters = "".join(
        f'<li class="ui-state-default{" ui-state-highlight" if c in code else ""}">'
        f'<span class="ui-pillbox-summary">{c}</span></li>' for c in "SMTWRFS")  # fmt: skip

    def row(i: int, s: date, e: date) -> str:
        seats = k.noise.randint(0, 24)
        return (f'<tr data-id="{v.crn + i}"><td data-property="courseTitle"><a href="#" class='
                f'"section-details-link">{p.name}</a></td><td data-property="subjectDescription">'
                f'Workforce Education</td><td data-property="courseNumber">{_code(p)}</td><td '
                f'data-property="sequenceNumber">{i + 1:03d}</td><td data-property="creditHours">'
                f'0</td><td data-property="courseReferenceNumber">{v.crn + i}</td><td data-'
                f'property="term">{v.cohort_name(i, s)}</td><td data-property="meetingTime"><div '
                f'class="meeting"><ul class="ui-pillbox">{letters}</ul><span>{start} - {end}'
                f"</span> Type: Class Building: Technology Center Room: 214 Start Date: "
                f"{v.slashed(s)} End Date: {v.slashed(e)}</div></td><td data-property="
                f'"status"><span class="status-{"full" if seats == 0 else "open"}">'
                f"{seats} of 24 seats remain.</span></td></tr>")  # fmt: skip

    rows = "".join(row(i, s, e) for i, (s, e) in enumerate(zip(p.starts, p.ends(), strict=True)))
    fees = (f'<table class="fee-table"><tr><th>Level</th><th>Description</th><th>Amount</th>'
            f'</tr><tr><td>All</td><td>CEWF Workforce Course Fee</td><td>'
            f"{v.money(p.upfront, 2)}</td></tr></table>")  # fmt: skip
    notes = "".join(f"<p>{x}</p>" for x in [
        n["tagline"], v.duration(), v.fee_line(), *_fees(v)[1:], *(v.terms(g) for g in
        p.guarantees), *money, *dates, *perks])  # fmt: skip
    return ['<meta name="application-name" content="Banner Student Registration 9.31">'
            '<link rel="stylesheet" href="/StudentRegistrationSsb/css/bannerSelfService.css">'], [
        f'<div id="header-main-section"><span class="institution">{v.school}</span></div>'
        '<div id="searchResults"><h1>Browse Classes</h1><div class="search-results-header">'
        f'Search Results — {len(p.starts)} Classes</div>',
        f'<table id="table1" class="grid" role="grid"><thead><tr><th>Title</th><th>Subject '
        f"Description</th><th>Course Number</th><th>Section</th><th>Hours</th><th>CRN</th>"
        f"<th>Term</th><th>Meeting Times</th><th>Status</th></tr></thead><tbody>{rows}"
        "</tbody></table></div>",
        f'<div id="classDetailsContentDetailsDiv" class="section-details"><h3>Section Notes '
        f"(CRN {v.crn})</h3>{notes}<h3>Fees</h3>{fees}</div>",
        f'<footer class="footer"><a href="/register">{n["button"]}</a>'
        f'{"".join(f"<p>{x}</p>" for x in foot)}<p>© 2012-2025 Ellucian Company L.P. and its '
        "affiliates.</p></footer>",
    ]  # fmt: skip


def program_finder(p: Program, k: Kit) -> Page:
    """A Drupal 10 program finder: facet blocks (credential type, format, term, each with
    counts), a view of result teasers whose date fields are ``<time datetime>`` at noon
    UTC, the program's teaser opened out with its fields, others with a title only."""
    v = TenthVoice(k)
    n = v.negatives()
    money, dates, perks, foot = _groups(v)
    terms = sorted({f"{season(s, v.region == 'uk')} {s.year}" for s in p.starts})

    def facet(name: str, items: list[tuple[str, int]]) -> str:
        lis = "".join(
            f'<li class="facet-item"><a href="?f[0]={name.lower()}:{i}" rel="nofollow">'
            f'<span class="facet-item__value">{label}</span> <span class="facet-item__'
            f'count">({count})</span></a></li>'
            for i, (label, count) in enumerate(items)
        )
        return (f'<div class="block-facets"><h2 class="block-title">{name}</h2><ul class='
                f'"facets-widget-links">{lis}</ul></div>')  # fmt: skip

    def field(name: str, label: str, body: str) -> str:
        return (
            f'<div class="field field--name-field-{name} field--label-above"><div class='
            f'"field__label">{label}</div><div class="field__item">{body}</div></div>'
        )

    starts = "".join(f'<div class="field__item"><time datetime="{s.isoformat()}T12:00:00Z">'
                     f"{v.local(s)}</time> <span>{v.cohort_name(i, s)}</span></div>"
                     for i, s in enumerate(p.starts))  # fmt: skip
    others = "".join(
        f'<div class="views-row"><article class="node node--type-program node--'
        f'view-mode-teaser"><h3><a href="/programs/{t.lower().replace(" ", "-")}">'
        f"{t}</a></h3></article></div>"
        for t in ("Medical Coding Certificate", "Welding Level 1", "CDL Class A")
    )
    guarantees = "".join(f"<p><strong>{TITLES[g.kind]}.</strong> {v.terms(g)}</p>"
                         for g in p.guarantees)  # fmt: skip
    return ['<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">'
            '<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xk3.css">'], [
        f'<header role="banner"><a href="/" rel="home">{v.school}</a></header><h1 class="page-'
        'title">Program Finder</h1>',
        '<aside class="layout-sidebar-first" role="complementary">'
        + facet("Credential", [("Non-credit certificate", 14), ("Associate degree", 31)])
        + facet("Format", [("Evening", 9), ("Hybrid", 12), ("Online", 20)])
        + facet("Term", [(t, 3 + i) for i, t in enumerate(terms)]) + "</aside>",
        f'<div class="view view-program-finder"><div class="view-header">Showing 1-4 of 4 '
        f'results</div><div class="view-content"><div class="views-row"><article class="node '
        f'node--type-program node--view-mode-teaser node--expanded"><h2><a href="/programs/'
        f'{p.seed}">{p.name}</a></h2><p class="tagline">{n["tagline"]}</p>'
        + field("duration", "Length", v.duration())
        + field("tuition", "Cost", "".join(f"<p>{x}</p>" for x in _fees(v)))
        + f'<div class="field field--name-field-start-dates"><div class="field__label">Start '
        f'dates</div><div class="field__items">{starts}</div></div>'
        + (field("guarantees", "Guarantees and refunds", guarantees) if p.guarantees else "")
        + field("costs-aid", "Paying for your training", "".join(f"<p>{x}</p>" for x in money))
        + field("key-dates", "Key dates", "".join(f"<p>{x}</p>" for x in dates))
        + field("outcomes", "Outcomes", "".join(f"<p>{x}</p>" for x in perks))
        + f'<a class="button button--primary" href="/register">{n["button"]}</a></article>'
        f"</div>{others}</div></div>",
        f'<footer role="contentinfo">{"".join(f"<p>{x}</p>" for x in foot)}</footer>',
    ]  # fmt: skip


def peoplesoft(p: Program, k: Kit) -> Page:
    """A PeopleSoft Campus Solutions class detail page: ``PSEDITBOX_DISPONLY`` spans with
    field ids, "Class Details", "Meeting Information" and "Class Availability" group boxes,
    days as "Mo We", other sections in a ``PSLEVEL1GRID``, notes as long text spans."""
    v = TenthVoice(k)
    n = v.negatives()
    money, dates, perks, foot = _groups(v)
    code, _, start, end = v.pattern()
    days = " ".join({"M": "Mo", "T": "Tu", "W": "We", "R": "Th", "F": "Fr"}[c] for c in code)
    times = f"{days} {start.replace(' ', '')} - {end.replace(' ', '')}"

    def disp(fid: str, text: str) -> str:
        return f'<span class="PSEDITBOX_DISPONLY" id="{fid}">{text}</span>'

    def label(text: str, fid: str, value: str) -> str:
        return (f'<tr><td><label class="PSDROPDOWNLABEL" for="{fid}">{text}</label></td><td>'
                f"{disp(fid, value)}</td></tr>")  # fmt: skip

    first, last = p.starts[0], p.ends()[0]
    span, seats = f"{v.slashed(first)} - {v.slashed(last)}", str(k.noise.randint(0, 24))
    grid = "".join(
        f'<tr class="PSLEVEL1GRIDODDROW"><td>{disp(f"CLASS_NBR${i}", str(v.crn + i))}</td><td>'
        f'{disp(f"SECTION${i}", f"{i + 1:03d}-LEC")}</td><td>'
        f'{disp(f"SESSION${i}", v.cohort_name(i, s))}'
        f'</td><td>{disp(f"MTG_DATES${i}", f"{v.slashed(s)} - {v.slashed(e)}")}</td><td>'
        f'{disp(f"MTG_SCHED${i}", times)}</td></tr>'
        for i, (s, e) in enumerate(zip(p.starts, p.ends(), strict=True)))  # fmt: skip
    notes = "".join(f'<span class="PSLONGEDITBOX" id="DERIVED_CLSRCH_SSR_CLASSNOTE_LONG${i}">'
                    f"{x}</span><br/>" for i, x in enumerate(
                        [n["tagline"], *money, *dates, *perks, *foot]))  # fmt: skip
    terms = "".join(f'<span class="PSLONGEDITBOX" id="SSR_CLS_DTL_WRK_DESCRLONG${i}"><b>'
                    f"{TITLES[g.kind]}:</b> {v.terms(g)}</span><br/>"
                    for i, g in enumerate(p.guarantees))  # fmt: skip
    return ['<meta name="generator" content="PeopleSoft Pure Internet Architecture">'
            '<link rel="stylesheet" href="/cs/csprd/cache/PSSTYLEDEF_TANGERINE_1.css">'], [
        f'<form name="win0" method="post" action="/psc/csprd/EMPLOYEE/SA/c/SA_LEARNER_SERVICES.'
        f'CLASS_SEARCH.GBL"><input type="hidden" name="ICSID" value="{k.token()}">'
        f'<span id="DERIVED_CLSRCH_DESCR200" class="PALEVEL0SECONDARY">{_code(p)} - 001 '
        f'{p.name}</span><br/><span id="DERIVED_CLSRCH_SSS_PAGE_KEYDESCR" class="PSEDITBOX_'
        f'DISPONLY">{v.school} | Workforce Education | Non-Credit</span>',
        f'<table class="PSGROUPBOXWBO"><tr><td class="PAGROUPBOXLABELLEVEL1">Class Details</td>'
        f"</tr>{label('Status', 'SSR_CLS_DTL_WRK_SSR_DESCRSHORT', 'Open')}"
        f"{label('Class Number', 'SSR_CLS_DTL_WRK_CLASS_NBR', str(v.crn))}"
        f"{label('Session', 'PSXLATITEM_XLATLONGNAME$31$', v.cohort_name(0, first))}"
        f"{label('Units', 'SSR_CLS_DTL_WRK_UNITS_RANGE', '0 units')}"
        f"{label('Dates', 'SSR_CLS_DTL_WRK_SSR_DATE_LONG', span)}"
        f"{label('Class Length', 'SSR_CLS_DTL_WRK_DURATION', v.duration())}"
        f"{label('Class Fees', 'SSR_CLS_DTL_WRK_FEE', v.fee_line())}</table>",
        f'<table class="PSGROUPBOXWBO"><tr><td class="PAGROUPBOXLABELLEVEL1">Meeting Information'
        f'</td></tr><tr><td><table class="PSLEVEL1GRID"><tr><th>Class Nbr</th><th>Section</th>'
        f"<th>Session</th><th>Meeting Dates</th><th>Days &amp; Times</th></tr>{grid}</table>"
        "</td></tr></table>",
        f'<table class="PSGROUPBOXWBO"><tr><td class="PAGROUPBOXLABELLEVEL1">Class Availability'
        f"</td></tr>{label('Class Capacity', 'SSR_CLS_DTL_WRK_ENRL_CAP', '24')}"
        f"{label('Available Seats', 'SSR_CLS_DTL_WRK_AVAILABLE_SEATS', seats)}"
        "</table>",
        f'<table class="PSGROUPBOXWBO"><tr><td class="PAGROUPBOXLABELLEVEL1">Payment Options'
        f'</td></tr><tr><td>{"<br/>".join(_fees(v)[1:])}</td></tr></table>',
        f'<table class="PSGROUPBOXWBO"><tr><td class="PAGROUPBOXLABELLEVEL1">Class Policies'
        f"</td></tr><tr><td>{terms}</td></tr></table>" if p.guarantees else "",
        f'<table class="PSGROUPBOXWBO"><tr><td class="PAGROUPBOXLABELLEVEL1">Class Notes</td>'
        f'</tr><tr><td>{notes}</td></tr></table><a class="PSPUSHBUTTON" id="DERIVED_CLS_DTL_'
        f'NEXT_PB">{n["button"]}</a></form>',
    ]  # fmt: skip


def colleague(p: Program, k: Kit) -> Page:
    """An Ellucian Colleague Self-Service course page: knockout ``data-bind`` templates that
    are empty until the app runs, the sections in a JSON script whose dates are ASP.NET
    ``\\/Date(ms)\\/`` stamps beside display strings in m/d/yyyy."""
    v = TenthVoice(k)
    n = v.negatives()
    money, dates, perks, foot = _groups(v)
    _, words, start, end = v.pattern()
    ceus = p.hours_total and v.kind == "cc"
    sections = [{"Id": str(v.crn + i), "SectionNameDisplay": f"{_code(p).replace(' ', '-')}-"
                 f"{i + 1:02d}", "TermDisplay": v.cohort_name(i, s),
                 "StartDate": f"@{v.epoch_ms(s)}@", "EndDate": f"@{v.epoch_ms(e)}@",
                 "DatesDisplay": f"{v.plain(s)} - {v.plain(e)}", "Summary": v.starts_line(i, s),
                 "FormattedMeetingTimes": [{"DaysOfWeekDisplay": words, "StartTimeDisplay":
                                            start, "EndTimeDisplay": end,
                                            "InstructionalMethodDisplay": "Lecture"}],
                 "Capacity": 24, "Available": k.noise.randint(0, 24),
                 "IsNonTermOffering": True}
                for i, (s, e) in enumerate(zip(p.starts, p.ends(), strict=True))]  # fmt: skip
    course = {"Id": str(p.seed * 311), "SubjectCode": _code(p).split()[0], "Title": p.name,
              "Description": n["tagline"], "DurationDisplay": v.duration(),
              "CeusDisplay": f"{(p.hours_total or 0) / 10:g}" if ceus else None,
              "TuitionDisplay": v.fee_line(), "TuitionAmount": p.upfront,
              "PaymentPlanDisplay": v.plan(), "IncomeShareDisplay": v.isa(),
              "Policies": [f"{TITLES[g.kind]}: {v.terms(g)}" for g in p.guarantees],
              "CostNotes": money, "KeyDates": dates, "Outcomes": perks, "FooterNotes": foot,
              "RegisterText": n["button"], "Sections": sections}  # fmt: skip
    data = json.dumps(course, ensure_ascii=False).replace("</", "<\\/")
    data = data.replace('"@', '"\\/Date(').replace('@"', ')\\/"')
    return ['<meta name="application-name" content="Colleague Self-Service">'
            '<link rel="stylesheet" href="/Student/Content/Site.css?v=2.38">'], [
        f'<div id="user-profile-header"><span class="esg-header__brand">{v.school}</span></div>'
        '<div id="main-content" class="esg-page"><h1 data-bind="text: Title"></h1><p data-bind='
        '"text: Description"></p><div data-bind="foreach: Sections"><div class="esg-card">'
        '<span data-bind="text: TermDisplay"></span> <span data-bind="text: DatesDisplay">'
        "</span></div></div></div>",
        '<div id="spinner" class="esg-spinner">Loading course details...</div><noscript>'
        "JavaScript is required for Self-Service.</noscript>",
        f'<script type="text/javascript">var courseDetailsJson = {data};\n'
        "var courseDetailsModel = new Ellucian.Course.CourseDetailsViewModel(courseDetailsJson);"
        "\nko.applyBindings(courseDetailsModel, document.getElementById('main-content'));"
        "</script>",
    ]  # fmt: skip


def acrobat_flyer(p: Program, k: Kit) -> Page:
    """An Adobe Acrobat "Export to HTML" flyer: ``.s1``..``.s4`` class styles, every line
    a ``<p>`` with inline padding and ``text-indent:0pt``, sentences broken where the PDF's
    two columns broke them, a borderless table of sessions, empty ``<br/>`` spacers."""
    v = TenthVoice(k)
    n = v.negatives()
    money, dates, perks, foot = _groups(v)

    def line(text: str, cls: str = "s3", pad: int = 5) -> str:
        return (f'<p class="{cls}" style="padding-top: 2pt;padding-left: {pad}pt;text-indent: '
                f'0pt;line-height: 112%;text-align: left;">{text}</p>')  # fmt: skip

    def broken(text: str, width: int = 46) -> str:
        """``text`` as the PDF's column set it: one ``<p>`` per line, broken at spaces."""
        out, cur = [], ""
        for word in text.split(" "):
            if cur and len(cur) + len(word) >= width:
                out.append(cur)
                cur = word
            else:
                cur = f"{cur} {word}" if cur else word
        return "".join(line(x) for x in [*out, cur])

    spacer = '<p style="text-indent: 0pt;text-align: left;"><br/></p>'
    cell = (
        '<td style="width:160pt;border-top-style:solid;border-top-width:1pt"><p class="s4" '
        'style="padding-left: 5pt;text-indent: 0pt;text-align: left;">{}</p></td>'
    )
    rows = "".join(f"<tr>{cell.format(v.cohort_name(i, s))}{cell.format(v.local(s))}"
                   f"{cell.format(v.local(e))}</tr>"
                   for i, (s, e) in enumerate(zip(p.starts, p.ends(), strict=True)))  # fmt: skip
    table = (f'<table style="border-collapse:collapse;margin-left:5.5pt" cellspacing="0"><tr>'
             f"{cell.format('Session')}{cell.format('First class')}{cell.format('Last class')}"
             f"</tr>{rows}</table>")  # fmt: skip
    price = v.money(p.upfront, 3)
    fees = [f"Tuition: {price} (books included)", *_fees(v)[1:]]
    return ['<meta name="generator" content="Adobe Acrobat Pro 24.4">'
            '<style type="text/css"> * {margin:0; padding:0; text-indent:0; } .s1 { color: '
            "#003B71; font-family:Arial, sans-serif; font-weight: bold; font-size: 24pt; } "
            ".s2 { color: #F5A800; font-family:Arial, sans-serif; font-weight: bold; font-size: "
            "14pt; } .s3 { color: black; font-family:Calibri, sans-serif; font-size: 11pt; } "
            ".s4 { color: black; font-family:Calibri, sans-serif; font-size: 10pt; } </style>"], [
        line(p.name, "s1") + line(v.school, "s2") + broken(n["tagline"]) + spacer,
        line("WHEN &amp; HOW LONG", "s2") + table + spacer + broken(v.duration())
        + "".join(broken(x) for x in dates),
        line("COST", "s2") + "".join(broken(x) for x in fees + money) + spacer,
        line("OUR PROMISE", "s2") + "".join(broken(v.terms(g)) for g in p.guarantees)
        if p.guarantees else "",
        "".join(broken(x) for x in perks + foot) + line(f"<u>{n['button']}</u>", "s2")
        + '<p style="padding-left: 300pt;text-indent: 0pt;text-align: left;"><span><img '
        'width="120" height="40" alt="image" src="flyer/Image_001.png"/></span></p>',
    ]  # fmt: skip


def fold(text: str) -> str:
    """An iCalendar content line folded at 75 octets (RFC 5545), continuations indented."""
    out: list[str] = []
    cur = ""
    for ch in text:
        if len((cur + ch).encode()) > (75 if not out else 74):
            out.append(cur)
            cur = ""
        cur += ch
    return "\r\n ".join([*out, cur])


def ics_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")


def ics_feed(p: Program, k: Kit) -> Page:
    """A course page that shows its iCalendar feed in a ``<pre>``: the calendar's
    description holds the course, each cohort a ``VALUE=DATE`` event with a weekly
    ``RRULE`` for its class meetings, the info session and the registration deadline
    events beside them; lines folded at 75 octets, commas escaped."""
    v = TenthVoice(k)
    n = v.negatives()
    money, dates, perks, foot = _groups(v)
    code, _, start, _ = v.pattern()
    byday = ",".join({"M": "MO", "T": "TU", "W": "WE", "R": "TH", "F": "FR"}[c] for c in code)
    hour = int(start.split(":")[0]) + (12 if "PM" in start and not start.startswith("12") else 0)
    stamp = "20250106T150200Z"
    desc = "\\n".join(ics_escape(x) for x in [
        n["tagline"], v.duration(), *_fees(v), *(v.terms(g) for g in p.guarantees), *money,
        *perks, *foot, *(d for d in dates if d not in (n["info"], n["deadline"]))])  # fmt: skip
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Modern Campus//Destiny One//EN",
             "CALSCALE:GREGORIAN", "METHOD:PUBLISH", f"X-WR-CALNAME:{ics_escape(p.name)}",
             f"X-WR-TIMEZONE:{v.zone}", f"X-WR-CALDESC:{desc}"]  # fmt: skip
    for i, (s, e) in enumerate(zip(p.starts, p.ends(), strict=True)):
        lines += ["BEGIN:VEVENT", f"UID:{v.crn + i}-{p.seed}@destinyone.example",
                  f"DTSTAMP:{stamp}", f"DTSTART;VALUE=DATE:{s:%Y%m%d}",
                  f"DTEND;VALUE=DATE:{e + timedelta(days=1):%Y%m%d}",
                  f"SUMMARY:{ics_escape(v.cohort_name(i, s))}: {ics_escape(p.name)}",
                  f"DESCRIPTION:{ics_escape(v.starts_line(i, s))}", "END:VEVENT",
                  "BEGIN:VEVENT", f"UID:{v.crn + i}-meetings-{p.seed}@destinyone.example",
                  f"DTSTAMP:{stamp}", f"DTSTART;TZID={v.zone}:{s:%Y%m%d}T{hour:02d}0000",
                  f"RRULE:FREQ=WEEKLY;BYDAY={byday};UNTIL={e:%Y%m%d}T235959Z",
                  f"SUMMARY:Class meeting ({ics_escape(v.cohort_name(i, s))})",
                  "LOCATION:Technology Center\\, Room 214", "END:VEVENT"]  # fmt: skip
    info, close = TODAY + timedelta(days=8), v.deadline()
    for uid, when, summary in (("info", info, n["info"]), ("deadline", close, n["deadline"])):
        lines += ["BEGIN:VEVENT", f"UID:{uid}-{p.seed}@destinyone.example", f"DTSTAMP:{stamp}",
                  f"DTSTART;VALUE=DATE:{when:%Y%m%d}", f"SUMMARY:{ics_escape(summary)}",
                  "END:VEVENT"]  # fmt: skip
    lines.append("END:VCALENDAR")
    feed = "\r\n".join(fold(x) for x in lines) + "\r\n"
    return ['<link rel="alternate" type="text/calendar" href="/courses/feed.ics">'], [
        f"<header><h1>{p.name}</h1><p>{v.school}</p></header>",
        f'<p>Subscribe to this course\'s calendar: <a href="webcal://{p.camp.lower()}.example/'
        f'courses/{p.seed}.ics">{n["button"]}</a>. The feed reads:</p>',
        f'<pre class="ics-source">{html.escape(feed)}</pre>',
    ]  # fmt: skip


TENTH = {f.__name__: f for f in (acalog, banner_search, program_finder, peoplesoft, colleague,
                                 acrobat_flyer, ics_feed)}  # fmt: skip
